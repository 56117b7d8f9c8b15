import * as vscode from 'vscode';
import { decodeSemanticTokens } from '../helpers/semanticTokens';

export const SEED_001 = '001_dd51f5e195fdcee6.txt';

export function seedUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the tests need a workspace folder holding seeds/');
  return vscode.Uri.joinPath(folder.uri, 'seeds', name);
}

/** Polls until check returns a value (not undefined), instead of sleeping a fixed time. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined> | T | undefined, timeoutMs = 30000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (e) { last = e; }
    await new Promise(r => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${last}` : ''}`);
}

export interface DecodedToken { line: number; character: number; length: number; type: string }

export function decode(tokens: vscode.SemanticTokens, legend: vscode.SemanticTokensLegend): DecodedToken[] {
  return decodeSemanticTokens(Array.from(tokens.data), legend.tokenTypes).map(({ modifiers: _m, ...t }) => t);
}

export function hoverText(hovers: vscode.Hover[] | undefined): string {
  return (hovers ?? []).flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : c.value))).join('\n');
}

export const SEED_000 = '000_79485a8c7ba75c49.txt';
export const SEED_002 = '002_c5c97a9daaac34f1.txt';
export const SEEDS = [SEED_000, SEED_001, SEED_002];

/** Every match of `re` (must be /g) in the document, as ranges computed from its text. */
export function rangesOf(doc: vscode.TextDocument, re: RegExp): vscode.Range[] {
  if (!re.global) throw new Error(`rangesOf needs a /g regex, got ${re}`);
  return [...doc.getText().matchAll(re)].map(m => new vscode.Range(doc.positionAt(m.index!), doc.positionAt(m.index! + m[0].length)));
}

/** A range as "line:char-line:char", for readable deepEqual failures. */
export const showRange = (r: vscode.Range) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;

/** A location as "file.txt@line:char-line:char". */
export const showLocation = (l: vscode.Location) => `${l.uri.path.split('/').pop()}@${showRange(l.range)}`;

/** Sorts "file@range" strings by file, then by position. */
export function sortedLocations(ls: vscode.Location[]): string[] {
  return [...ls].sort((a, b) => a.uri.toString().localeCompare(b.uri.toString()) || a.range.start.compareTo(b.range.start)).map(showLocation);
}

/** The original bytes of a seed, read from the extension's own folder (not the test workspace). */
export async function originalSeed(name: string): Promise<Uint8Array> {
  const ext = vscode.extensions.getExtension('news-lens.news-lens');
  if (!ext) throw new Error('extension news-lens.news-lens not found');
  return vscode.workspace.fs.readFile(vscode.Uri.joinPath(ext.extensionUri, 'seeds', name));
}

/** Opens a seed in an editor and returns both. */
export async function openSeed(name: string): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor }> {
  const doc = await vscode.workspace.openTextDocument(seedUri(name));
  const editor = await vscode.window.showTextDocument(doc);
  return { doc, editor };
}
