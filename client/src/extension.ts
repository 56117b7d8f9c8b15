import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { EntityExplorer } from './explorer';
import { CorpusStatus } from './statusBar';
import { goToMention } from './mentionNav';
import { useFolderAsCorpus, annotateFile, switchOpenCorpusFiles } from './corpusFolder';
import { TimelinePanel } from './timeline';
import { serverOptions as launchOptions } from '../../server/src/launch';

let client: LanguageClient | undefined;

interface EntityRecord { id: string; type: string; name: string; mentions: number; articles: number; aliases: { text: string; count: number }[] }
interface MentionLocation { uri: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }

/** What the extension gives other extensions (and the tests): the client, the status bar text, the timeline's data. */
export interface NewsLensApi { client: LanguageClient; statusText(): string; timeline(): unknown }

export async function activate(context: vscode.ExtensionContext): Promise<NewsLensApi> {
  // vscode-languageclient 11 needs a LogOutputChannel; a plain OutputChannel breaks activation.
  const output = vscode.window.createOutputChannel('News Lens', { log: true });
  context.subscriptions.push(output);

  const serverModule = context.asAbsolutePath('dist/server.js');
  // the server's memory flags and environment, shared with bin/news-lens-server.js and the bench
  const serverOptions: ServerOptions = launchOptions(serverModule, TransportKind.ipc);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'news' }],
    outputChannel: output,
    // the server's analysis cache lives in the extension's storage, never in the user's folders
    initializationOptions: { cacheDir: vscode.Uri.joinPath(context.globalStorageUri, 'cache').fsPath },
    synchronize: {
      configurationSection: 'newsLens',
      // Articles changed on disk, and the aliases and corrections files.
      fileEvents: [vscode.workspace.createFileSystemWatcher('**/*.{txt,news}'), vscode.workspace.createFileSystemWatcher('**/.newslens/*.json')],
    },
  };
  client = new LanguageClient('newsLens', 'News Lens', serverOptions, clientOptions);
  const lc = client;

  const explorer = new EntityExplorer(lc);
  const locations = (ms: MentionLocation[]) => ms.map(m => new vscode.Location(vscode.Uri.parse(m.uri), new vscode.Range(m.range.start.line, m.range.start.character, m.range.end.line, m.range.end.character)));

  /**
   * Shows every mention of an entity in the references view (falls back to the peek view).
   * The references view searches at the active editor's cursor, so the cursor must sit inside
   * a mention: the user's own when it is on one, else the start of the entity's first mention.
   */
  async function showMentions(entityId: string, onMention: boolean): Promise<vscode.Location[]> {
    const found = locations(await lc.sendRequest<MentionLocation[]>('newsLens/entityMentions', { id: entityId }));
    if (!found.length) return found;
    let editor = vscode.window.activeTextEditor;
    if (!onMention || !editor) {
      const first = found[0];
      editor = await vscode.window.showTextDocument(first.uri, { selection: new vscode.Range(first.range.start, first.range.start), preserveFocus: false });
    }
    const at = editor.selection.active;
    try {
      await vscode.commands.executeCommand('references-view.findReferences', editor.document.uri, at);
    } catch {
      await vscode.commands.executeCommand('editor.action.showReferences', editor.document.uri, at, found);
    }
    return found;
  }

  async function pickEntity(placeHolder: string, exclude?: string): Promise<EntityRecord | undefined> {
    const entities = await lc.sendRequest<EntityRecord[]>('newsLens/entities');
    const picked = await vscode.window.showQuickPick(
      entities.filter(e => e.id !== exclude).map(e => ({ label: e.name, description: `${e.type} · ${e.mentions} mentions in ${e.articles} articles`, detail: e.aliases.map(a => a.text).join(', '), entity: e })),
      { placeHolder, matchOnDescription: true, matchOnDetail: true });
    return picked?.entity;
  }

  const status = new CorpusStatus();
  context.subscriptions.push(
    status,
    vscode.window.registerTreeDataProvider('newsLens.entities', explorer),
    lc.onNotification('newsLens/corpusChanged', (p: { articles: number }) => { explorer.refresh(); status.corpus(p); TimelinePanel.current?.changed(); }),
    lc.onNotification('newsLens/indexing', (p: { done: number; total: number }) => status.indexing(p)),
    vscode.commands.registerCommand('newsLens.nextMention', () => goToMention(lc, 1)),
    vscode.commands.registerCommand('newsLens.previousMention', () => goToMention(lc, -1)),
    vscode.commands.registerCommand('newsLens.useFolderAsCorpus', (uri?: vscode.Uri, selected?: vscode.Uri[]) => useFolderAsCorpus(uri, selected)),
    vscode.commands.registerCommand('newsLens.annotateFile', (uri?: vscode.Uri) => annotateFile(uri)),
    vscode.commands.registerCommand('newsLens.showTimeline', () => { TimelinePanel.show(context, lc); }),
    // A plain-text file the corpus globs cover opens as a News Article.
    vscode.workspace.onDidOpenTextDocument(() => void switchOpenCorpusFiles()),
    vscode.workspace.onDidChangeConfiguration(e => { if (e.affectsConfiguration('newsLens.corpus')) void switchOpenCorpusFiles(); }),
    vscode.commands.registerCommand('newsLens.restartServer', async () => {
      output.info('Restarting the News Lens language server');
      await lc.restart();
    }),
    vscode.commands.registerCommand('newsLens.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('newsLens.showExplorer', () => vscode.commands.executeCommand('newsLens.entities.focus')),
    vscode.commands.registerCommand('newsLens.refreshExplorer', () => explorer.refresh()),
    // With the cursor on a mention: all its mentions. Otherwise: pick an entity first.
    vscode.commands.registerCommand('newsLens.findAllMentions', async (entityId?: string) => {
      let id = typeof entityId === 'string' ? entityId : undefined;
      let onMention = false;
      const editor = vscode.window.activeTextEditor;
      if (!id && editor && editor.document.languageId === 'news') {
        const at = await lc.sendRequest<{ id: string } | null>('newsLens/entityAt', {
          textDocument: { uri: editor.document.uri.toString() }, position: editor.selection.active,
        });
        id = at?.id;
        onMention = !!id;
      }
      if (!id) id = (await pickEntity('Find all mentions of…'))?.id;
      return id ? showMentions(id, onMention) : [];
    }),
    vscode.commands.registerCommand('newsLens.mergeEntity', async (args: { entity: string; name: string; into?: string }) => {
      const target = args.into ? { name: args.into } : await pickEntity(`Merge ${args.name} into…`, args.entity);
      if (!target) return undefined;
      return vscode.commands.executeCommand('newsLens.correct', { action: 'merge', entity: args.name, into: target.name });
    }),
  );
  await lc.start();
  void switchOpenCorpusFiles();
  return { client: lc, statusText: () => status.text, timeline: () => TimelinePanel.current?.last };
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  if (running?.isRunning()) await running.stop();
}
