import * as vscode from 'vscode';
import picomatch from 'picomatch';

// Bringing one's own articles in: a folder or a file joins the corpus (newsLens.corpus.include in
// the workspace's settings) and its open .txt files become News Articles. Any plain-text file
// the corpus globs cover is switched to the news language when it opens, so a folder added once
// stays annotated.

const NEWS = 'news';

/** The workspace folder holding a URI and the path inside it with forward slashes. */
function inWorkspace(uri: vscode.Uri): { folder: vscode.WorkspaceFolder; path: string } | undefined {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return undefined;
  const root = folder.uri.path.endsWith('/') ? folder.uri.path : folder.uri.path + '/';
  return { folder, path: uri.path === folder.uri.path ? '' : uri.path.startsWith(root) ? uri.path.slice(root.length) : uri.path };
}

/** A path as a glob that matches only itself. */
const literal = (path: string) => path.replace(/[*?[\]{}()!+@\\]/g, c => `\\${c}`);

/** Adds globs to the workspace's newsLens.corpus.include (keeping the user's or the default globs it starts from); returns the list. */
async function include(globs: string[]): Promise<string[]> {
  const config = vscode.workspace.getConfiguration('newsLens');
  const seen = config.inspect<string[]>('corpus.include');
  const current = seen?.workspaceValue ?? seen?.globalValue ?? seen?.defaultValue ?? [];
  const added = globs.filter(g => !current.includes(g));
  if (added.length) await config.update('corpus.include', [...current, ...added], vscode.ConfigurationTarget.Workspace);
  return [...current, ...added];
}

/** Whether the corpus settings cover a file (the server's own test: globs relative to its workspace folder). */
export function inCorpus(uri: vscode.Uri): boolean {
  const where = inWorkspace(uri);
  if (!where || uri.scheme !== 'file') return false;
  const config = vscode.workspace.getConfiguration('newsLens');
  const included = picomatch(config.get<string[]>('corpus.include') ?? [], { dot: false });
  const excluded = picomatch(config.get<string[]>('corpus.exclude') ?? [], { dot: true });
  return included(where.path) && !excluded(where.path);
}

/** Switches a plain-text document to the news language; returns the document as it is now. */
async function toNews(doc: vscode.TextDocument): Promise<vscode.TextDocument> {
  return doc.languageId === NEWS ? doc : vscode.languages.setTextDocumentLanguage(doc, NEWS);
}

const isPlainTxt = (doc: vscode.TextDocument) => doc.languageId === 'plaintext' && doc.uri.path.toLowerCase().endsWith('.txt');

/** Every open plain-text document the corpus covers becomes a News Article. */
export async function switchOpenCorpusFiles(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments) if (isPlainTxt(doc) && inCorpus(doc.uri)) await toNews(doc);
}

export interface FolderResult { glob: string; switched: string[] }

/** "News Lens: Use This Folder as a News Corpus": from the Explorer's context menu (uri, selection) or the palette (a folder picker). */
export async function useFolderAsCorpus(uri?: vscode.Uri, selected?: vscode.Uri[]): Promise<FolderResult[]> {
  let folders = (selected?.length ? selected : uri ? [uri] : []).filter(u => u instanceof vscode.Uri);
  if (!folders.length) {
    const picked = await vscode.window.showOpenDialog({
      canSelectFolders: true, canSelectFiles: false, canSelectMany: true, openLabel: 'Use as News Corpus',
      defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
    });
    folders = picked ?? [];
  }
  const results: FolderResult[] = [];
  for (const folder of folders) {
    const where = inWorkspace(folder);
    if (!where) {
      vscode.window.showErrorMessage(`News Lens: ${folder.fsPath} is not inside a workspace folder. Add it to the workspace first (File > Add Folder to Workspace…).`);
      continue;
    }
    const glob = where.path ? `${literal(where.path)}/**/*.txt` : '**/*.txt';
    results.push({ glob, switched: [] });
  }
  if (!results.length) return results;
  await include(results.map(r => r.glob));
  for (const doc of vscode.workspace.textDocuments) {
    if (!isPlainTxt(doc)) continue;
    const r = results.find(r => picomatch(r.glob)(inWorkspace(doc.uri)?.path ?? '\0'));
    if (r) { await toNews(doc); r.switched.push(doc.uri.toString()); }
  }
  vscode.window.setStatusBarMessage(`News Lens: added ${results.map(r => r.glob).join(', ')} to the corpus`, 5000);
  return results;
}

/** "News Lens: Annotate This File": one file joins the corpus (when in the workspace) and becomes a News Article. */
export async function annotateFile(uri?: vscode.Uri): Promise<{ glob: string | null; languageId: string } | undefined> {
  const target = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
  if (!target) { vscode.window.showInformationMessage('News Lens: open a text file first.'); return undefined; }
  const where = inWorkspace(target);
  const glob = where?.path ? literal(where.path) : null;
  if (glob) await include([glob]);
  const doc = await toNews(await vscode.workspace.openTextDocument(target));
  if (!uri || vscode.window.activeTextEditor?.document.uri.toString() === target.toString()) await vscode.window.showTextDocument(doc);
  return { glob, languageId: doc.languageId };
}
