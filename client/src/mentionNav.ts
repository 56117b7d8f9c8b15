import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';

interface MentionLocation { uri: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }

/**
 * Next / previous mention of the entity under the cursor, in corpus order (article by article),
 * wrapping around: after the last mention in this article comes the first in the next one.
 */
export async function goToMention(client: LanguageClient, step: 1 | -1): Promise<vscode.Location | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'news') return undefined;
  const uri = editor.document.uri.toString();
  // A selected mention (what the last jump left) is asked for at its start: its end is past it.
  const at = editor.selection.isEmpty ? editor.selection.active : editor.selection.start;
  const entity = await client.sendRequest<{ id: string; name: string } | null>('newsLens/entityAt', { textDocument: { uri }, position: at });
  if (!entity) {
    vscode.window.setStatusBarMessage('News Lens: the cursor is not on a person, organization or place', 3000);
    return undefined;
  }
  const all = await client.sendRequest<MentionLocation[]>('newsLens/entityMentions', { id: entity.id });
  if (!all.length) return undefined;
  const range = (m: MentionLocation) => new vscode.Range(m.range.start.line, m.range.start.character, m.range.end.line, m.range.end.character);
  const here = all.findIndex(m => m.uri === uri && range(m).contains(at));
  let next: number;
  if (here >= 0) next = (here + step + all.length) % all.length;
  else {
    // Not inside a mention of it (a stale position): the first one after (or before) the cursor.
    const order = (m: MentionLocation) => (m.uri === uri ? range(m).start.compareTo(at) : m.uri < uri ? -1 : 1);
    next = step === 1 ? all.findIndex(m => order(m) > 0) : all.map(order).lastIndexOf(-1);
    if (next < 0) next = step === 1 ? 0 : all.length - 1;
  }
  const target = all[next];
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(target.uri));
  const r = range(target);
  const shown = await vscode.window.showTextDocument(doc, { selection: r, preserveFocus: false });
  shown.revealRange(r, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  vscode.window.setStatusBarMessage(`News Lens: ${entity.name}, mention ${next + 1} of ${all.length}`, 3000);
  return new vscode.Location(doc.uri, r);
}
