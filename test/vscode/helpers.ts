import * as vscode from 'vscode';

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
  const out: DecodedToken[] = [];
  let line = 0, character = 0;
  const d = tokens.data;
  for (let i = 0; i < d.length; i += 5) {
    line += d[i];
    character = d[i] === 0 ? character + d[i + 1] : d[i + 1];
    out.push({ line, character, length: d[i + 2], type: legend.tokenTypes[d[i + 3]] });
  }
  return out;
}

export function hoverText(hovers: vscode.Hover[] | undefined): string {
  return (hovers ?? []).flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : c.value))).join('\n');
}
