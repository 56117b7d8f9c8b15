import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { seedUri, waitFor, rangesOf, showLocation, openSeed, SEEDS, SEED_000, SEED_002 } from './helpers';

// Issue 12 inside a real VS Code: the status bar, next/previous mention, the timeline's data, and
// bringing one's own articles in (a folder, then one file). Expectations come from the seed and
// fixture texts; the last suite puts the workspace's settings back as they were.

interface Api { statusText(): string; timeline(): { dates: { plot: unknown; apart: string | null }[]; articles: unknown[] } | undefined }
const ZELENSKY = /(?:Volodymyr )?Zelenski?y\b/g;

function api(): Api {
  const ext = vscode.extensions.getExtension<Api>('news-lens.news-lens');
  assert.ok(ext?.isActive, 'the extension is active');
  return ext.exports;
}
const statusSays = (text: string, timeoutMs = 30000) =>
  waitFor(`the status bar to say "${text}" (it says "${api().statusText()}")`, () => (api().statusText() === text ? true : undefined), timeoutMs);

suite('Issue 12: status bar, mention navigation, timeline', () => {
  suiteSetup(async () => {
    await openSeed(SEED_002);
    await statusSays('$(book) News Lens: 3 articles', 60000);
  });

  test('the status bar counts the corpus: "News Lens: 3 articles", and a click opens the entity explorer', () => {
    assert.equal(api().statusText(), '$(book) News Lens: 3 articles');
  });

  test('Alt+F7 (newsLens.nextMention) walks the mentions of the entity under the cursor, across articles, and back', async () => {
    const { doc, editor } = await openSeed(SEED_002);
    const here = rangesOf(doc, ZELENSKY);
    const text = doc.getText();
    const at = doc.positionAt(text.indexOf('Biden invited Zelenskiy') + 'Biden invited '.length + 2);
    const k = here.findIndex(r => r.contains(at));
    assert.ok(k >= 0 && k + 1 < here.length, 'the cursor is on a mention with one after it');
    editor.selection = new vscode.Selection(at, at);
    const next = await vscode.commands.executeCommand<vscode.Location>('newsLens.nextMention');
    assert.equal(showLocation(next), showLocation(new vscode.Location(doc.uri, here[k + 1])));
    assert.equal(vscode.window.activeTextEditor!.selection.start.compareTo(here[k + 1].start), 0, 'the cursor moved there');
    const back = await vscode.commands.executeCommand<vscode.Location>('newsLens.previousMention');
    assert.equal(showLocation(back), showLocation(new vscode.Location(doc.uri, here[k])));
    // After the last mention of seed 002 (the last article) comes the first of seed 000.
    vscode.window.activeTextEditor!.selection = new vscode.Selection(here.at(-1)!.start, here.at(-1)!.start);
    const wrapped = await vscode.commands.executeCommand<vscode.Location>('newsLens.nextMention');
    const doc000 = await vscode.workspace.openTextDocument(seedUri(SEED_000));
    assert.equal(showLocation(wrapped), showLocation(new vscode.Location(doc000.uri, rangesOf(doc000, ZELENSKY)[0])));
    assert.equal(vscode.window.activeTextEditor!.document.uri.toString(), doc000.uri.toString(), 'seed 000 is now the active editor');
  });

  test('the keybindings are Alt+F7 / Shift+Alt+F7 in news files', () => {
    const manifest = vscode.extensions.getExtension('news-lens.news-lens')!.packageJSON;
    const keys = new Map(manifest.contributes.keybindings.map((k: { command: string; key: string; when: string }) => [k.command, k]));
    assert.equal((keys.get('newsLens.nextMention') as { key: string }).key, 'alt+f7');
    assert.equal((keys.get('newsLens.previousMention') as { key: string }).key, 'shift+alt+f7');
    for (const k of keys.values()) assert.match((k as { when: string }).when, /editorLangId == news/);
  });

  test('News Lens: Show Timeline opens a webview fed with every date, plotted or listed apart', async () => {
    await vscode.commands.executeCommand('newsLens.showTimeline');
    const data = await waitFor('the timeline to get its data', () => api().timeline(), 30000);
    assert.equal(data.articles.length, 3);
    assert.ok(data.dates.some(d => d.plot) && data.dates.some(d => d.apart === 'unknown-year'));
    const tab = vscode.window.tabGroups.all.flatMap(g => g.tabs).find(t => t.label === 'News Lens Timeline');
    assert.ok(tab, 'a "News Lens Timeline" tab is open');
    assert.ok(tab.input instanceof vscode.TabInputWebview);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});

suite('Issue 12: your own articles (Use This Folder as a News Corpus, Annotate This File)', () => {
  const folder = () => vscode.workspace.workspaceFolders![0].uri;
  const mine = () => vscode.Uri.joinPath(folder(), 'my articles');
  const loose = () => vscode.Uri.joinPath(folder(), 'notes', 'ports-reopen.txt');
  const FILES = ['harbour-strike.txt', 'ports-reopen.txt'];

  suiteSetup(async () => {
    const ext = vscode.extensions.getExtension('news-lens.news-lens')!;
    for (const f of FILES) {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(ext.extensionUri, 'test/fixtures/own-articles', f));
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(mine(), f), bytes);
    }
    await vscode.workspace.fs.writeFile(loose(), await vscode.workspace.fs.readFile(vscode.Uri.joinPath(ext.extensionUri, 'test/fixtures/own-articles', FILES[1])));
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.getConfiguration('newsLens').update('corpus.include', undefined, vscode.ConfigurationTarget.Workspace);
    // Closed editors do not close their documents at once: back to plain text, they leave the server.
    for (const d of vscode.workspace.textDocuments) if (d.languageId === 'news' && !d.uri.path.includes('/seeds/')) await vscode.languages.setTextDocumentLanguage(d, 'plaintext');
    await vscode.workspace.fs.delete(mine(), { recursive: true });
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder(), 'notes'), { recursive: true });
    await statusSays('$(book) News Lens: 3 articles');
  });

  test('a .txt file outside the corpus opens as plain text and is not analysed', async () => {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(mine(), FILES[0]));
    await vscode.window.showTextDocument(doc);
    assert.equal(doc.languageId, 'plaintext');
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Hipkins');
    assert.deepEqual(symbols.map(s => s.name), []);
  });

  test('"Use This Folder as a News Corpus" adds its glob to the workspace settings, switches its open file to News Article and indexes it', async () => {
    const results = await vscode.commands.executeCommand<{ glob: string; switched: string[] }[]>('newsLens.useFolderAsCorpus', mine(), [mine()]);
    assert.deepEqual(results.map(r => r.glob), ['my articles/**/*.txt']);
    const include = vscode.workspace.getConfiguration('newsLens').inspect<string[]>('corpus.include')!;
    assert.deepEqual(include.workspaceValue, [...include.defaultValue!, 'my articles/**/*.txt'], 'the defaults are kept, the folder added');
    const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === vscode.Uri.joinPath(mine(), FILES[0]).toString());
    assert.equal(open?.languageId, 'news');
    assert.deepEqual(results[0].switched, [open!.uri.toString()]);
    await statusSays(`$(book) News Lens: ${SEEDS.length + FILES.length} articles`);
    // Both articles, the unopened one read from disk: "Chris Hipkins" is one entity in 2 articles.
    const symbols = await waitFor('Chris Hipkins in the workspace symbols', async () => {
      const s = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Hipkins');
      return s.length ? s : undefined;
    });
    assert.deepEqual(symbols.map(s => s.name), ['Chris Hipkins']);
    const at = open!.positionAt(open!.getText().indexOf('Hipkins told'));
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', open!.uri, at);
    assert.deepEqual([...new Set(refs.map(r => r.uri.path.split('/').pop()))].sort(), FILES);
  });

  test('a .txt file opened later in that folder opens as a News Article by itself', async () => {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(mine(), FILES[1]));
    await vscode.window.showTextDocument(doc);
    await waitFor('ports-reopen.txt to become a News Article', () =>
      vscode.workspace.textDocuments.find(d => d.uri.toString() === doc.uri.toString() && d.languageId === 'news') ? true : undefined, 10000);
  });

  test('"Annotate This File" brings one file in: its path in the settings, News Article, counted', async () => {
    const doc = await vscode.workspace.openTextDocument(loose());
    await vscode.window.showTextDocument(doc);
    assert.equal(doc.languageId, 'plaintext');
    const result = await vscode.commands.executeCommand<{ glob: string; languageId: string }>('newsLens.annotateFile');
    assert.deepEqual(result, { glob: 'notes/ports-reopen.txt', languageId: 'news' });
    assert.ok(vscode.workspace.getConfiguration('newsLens').get<string[]>('corpus.include')!.includes('notes/ports-reopen.txt'));
    assert.equal(vscode.window.activeTextEditor?.document.languageId, 'news');
    await statusSays(`$(book) News Lens: ${SEEDS.length + FILES.length + 1} articles`);
  });
});
