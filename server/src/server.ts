import {
  createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, InitializeResult, InitializeParams,
  CancellationToken, DidChangeConfigurationNotification, FileChangeType, ResponseError, ErrorCodes,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { readFile } from 'node:fs/promises';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// module by module, not './analysis': this thread does not analyse, and loads the analyser (and the
// gazetteer's tables) only if it has to (corpusIndex.ts's analyzeArticle)
import type { ArticleAnalysis } from './analysis/types';
import { parseAliasRules, NO_ALIAS_RULES, type AliasRules } from './analysis/link';
import { parseCorrections, NO_CORRECTIONS, type Correction, type CorrectionSet } from './analysis/corrections';
import { CorpusIndex, analyzeArticle } from './corpusIndex';
import { AnalysisCache, analyserVersion, cachedAnalyser, contentHash } from './analysisCache';
import { AnalysisPool } from './analysisPool';
import { LinkWorker } from './linker';
import { Workspace, NewsLensSettings, DEFAULT_SETTINGS, ArticleFile } from './workspace';
import { createHash } from 'node:crypto';
import { legend } from './legend';
import { SemanticTokensProvider } from './features/semanticTokens';
import { HoverProvider } from './features/hover';
import { DefinitionProvider } from './features/definition';
import { ReferencesProvider } from './features/references';
import { DocumentHighlightProvider } from './features/documentHighlight';
import { DocumentSymbolProvider } from './features/documentSymbols';
import { WorkspaceSymbolProvider } from './features/workspaceSymbols';
import { InlayHintsProvider } from './features/inlayHints';
import { DiagnosticsProvider } from './features/diagnostics';
import { CodeLensProvider } from './features/codeLens';
import { CodeActionsProvider, CORRECT_COMMAND } from './features/codeActions';
import { toLocation } from './features/shared';
import { buildTimeline } from './features/timeline';
import { ClampedTextDocument } from './documentSync';
import { checkSettings } from './settingsCheck';
import { compactHeap } from './compactHeap';
import { readArticleFile, readArticleFileSync, ArticleRead } from './articleFiles';
import { writeFileAtomic, leftoverTemporaries, looksCutShort, describeWriteError } from './correctionsFile';

// createConnection picks the transport from argv: --node-ipc (the VS Code client), --stdio (tests, other editors).
const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(ClampedTextDocument);
/** How long an edited article waits for the next keystroke before it is re-analysed. */
const EDIT_DEBOUNCE_MS = 150;
/** What makes the analyses: this bundle, and the data files the build put beside it (dist/data, see esbuild.mjs). */
function analyserFiles(): string[] {
  const data = join(__dirname, 'data');
  return [__filename, ...(existsSync(data) ? readdirSync(data).sort().map(f => join(data, f)) : [])];
}
/** The analysis cache: --cache-dir (standalone server) or the client's storage folder (initializationOptions.cacheDir). */
let cache: AnalysisCache | undefined;
function openCache(dir: string | undefined): void {
  if (!dir || cache) return;
  try {
    cache = new AnalysisCache(dir, analyserVersion(analyserFiles()));
    cache.prune(dir);
  } catch (e) {
    connection.console.warn(`News Lens: no analysis cache in ${dir}: ${(e as Error).message}`);
  }
}
const cacheArg = process.argv.indexOf('--cache-dir');
/**
 * How long the analysis workers stay after their last job (an edit's analysis), or after they
 * started without one, before they end (ms); the next edit starts them again, which loads the
 * model again (about 0.6 s on this machine's cores).
 */
const ANALYSIS_IDLE_MS = 60_000;
/**
 * Analysis runs in worker threads, so that the server goes on answering while an article is
 * analysed. They start once an article is not in the cache, when an article is opened, or with
 * an edit: a warm start does not share the cores with their loading the model. They end once a
 * load is analysed (see loadCorpusNow) and a minute after their last job.
 */
const pool = new AnalysisPool(__filename, undefined, { deferred: true, idleMs: ANALYSIS_IDLE_MS });
/** The hash of the text being loaded, worked out by the loading loop (which needs it for the packs): not hashed twice. */
let hashHint: { text: string; hash: string } | undefined;
async function analyseOffThread(text: string): Promise<ArticleAnalysis> {
  const hash = !cache ? '' : hashHint?.text === text ? hashHint.hash : contentHash(text);
  const hit = cache?.get(text, hash);
  if (hit) return hit;
  let analysis: ArticleAnalysis;
  try {
    analysis = await pool.analyse(text);
  } catch (e) {
    if (!pool.dead) throw e;
    analysis = analyzeArticle(text); // no worker can start: analyse here rather than not at all
  }
  cache?.put(text, analysis, hash);
  return analysis;
}
/** Linking runs in its own worker thread: after an edit that changes names, the server answers from the last link meanwhile. */
const relearnDelayArg = process.argv.indexOf('--test-relearn-delay-ms');
const linker = new LinkWorker(__filename, { kind: 'link', relearnDelayMs: relearnDelayArg >= 0 ? Number(process.argv[relearnDelayArg + 1]) : 0 });
const corpus = new CorpusIndex({
  linker,
  debounceMs: EDIT_DEBOUNCE_MS, onUpdate: () => refreshAll(),
  analyse: text => cachedAnalyser(cache, analyzeArticle)(text),
  analyseAsync: analyseOffThread,
  onError: (uri, e) => connection.console.error(`News Lens: cannot analyse ${uri}: ${e.message}`),
  onRelearned: ms => connection.console.info(`News Lens: the link worker relearned the corpus (${(ms / 1000).toFixed(1)} s after the kept link was adopted)`),
  // a closed article's text stays on disk, read again when an answer quotes it (articleText.ts)
  closedTexts: { isOpen: uri => documents.get(uri) !== undefined, read: rereadArticle },
});
/** An article's text read again from disk, quietly (its load said what was wrong with it), or null. */
function rereadArticle(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  const read = readArticleFileSync(fileURLToPath(uri));
  return read.ok ? read.text : null;
}
const semanticTokens = new SemanticTokensProvider(corpus);
const hover = new HoverProvider(corpus);
const definition = new DefinitionProvider(corpus);
const references = new ReferencesProvider(corpus);
const highlights = new DocumentHighlightProvider(corpus);
const documentSymbols = new DocumentSymbolProvider(corpus);
const workspaceSymbols = new WorkspaceSymbolProvider(corpus);
const inlayHints = new InlayHintsProvider(corpus);
const diagnostics = new DiagnosticsProvider(corpus);
const codeLens = new CodeLensProvider(corpus);
const codeActions = new CodeActionsProvider(corpus);

let workspace = new Workspace([]);
let settings: NewsLensSettings = DEFAULT_SETTINGS;
let canConfigure = false;
let canRefresh = { tokens: false, inlay: false, lens: false };
let ready: Promise<void> = Promise.resolve();
let currentRules: AliasRules = NO_ALIAS_RULES;

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const folders = params.workspaceFolders?.map(f => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  workspace = new Workspace(folders);
  const ws = params.capabilities.workspace;
  canConfigure = !!ws?.configuration;
  canRefresh = { tokens: !!ws?.semanticTokens?.refreshSupport, inlay: !!ws?.inlayHint?.refreshSupport, lens: !!ws?.codeLens?.refreshSupport };
  const opts = params.initializationOptions as { settings?: unknown; cacheDir?: string } | undefined;
  if (opts?.settings) settings = useSettings(opts.settings);
  semanticTokens.numbers = settings.highlight.numbers;
  openCache(cacheArg >= 0 ? process.argv[cacheArg + 1] : opts?.cacheDir);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      semanticTokensProvider: { legend, full: { delta: true }, range: true },
      definitionProvider: true,
      referencesProvider: true,
      documentHighlightProvider: true,
      documentSymbolProvider: { label: 'News Lens' },
      workspaceSymbolProvider: true,
      inlayHintProvider: true,
      codeLensProvider: { resolveProvider: false },
      codeActionProvider: { codeActionKinds: ['quickfix'] },
      executeCommandProvider: { commands: [CORRECT_COMMAND] },
    },
    serverInfo: { name: 'news-lens', version: '0.1.0' },
  };
});

connection.onInitialized(() => {
  if (canConfigure) connection.client.register(DidChangeConfigurationNotification.type, { section: 'newsLens' });
  ready = loadCorpus();
});

/** How many corpus files are read between two turns of the event loop while the corpus loads. */
const LOAD_BATCH = 200;

/** Reads settings, the aliases and corrections files, and every corpus article, with progress. */
/** True while loadCorpus reads the corpus: the status bar then shows indexing progress, not a count. */
let loading = false;
async function loadCorpus(): Promise<void> {
  loading = true;
  try { await loadCorpusNow(); } finally { loading = false; }
  refreshAll();
}
async function loadCorpusNow(): Promise<void> {
  if (canConfigure) {
    try { settings = useSettings(await connection.workspace.getConfiguration('newsLens')); } catch { /* keep defaults */ }
  }
  semanticTokens.numbers = settings.highlight.numbers;
  await loadRules();
  const progress = await connection.window.createWorkDoneProgress().catch(() => undefined);
  try {
    // the packs and the kept link are read while the folders are listed
    const packs = cache?.openPacks(workspace.folders);
    const kept = cache?.readLink(workspace.folders);
    const files = await workspace.listArticleFiles(settings);
    await packs;
    progress?.begin('News Lens: indexing the corpus', 0, `${files.length} articles`, false);
    let done = 0, lastPercent = -1;
    indexing(0, files.length);
    const tick = () => {
      // one progress message per percent: one per article cost the LSP thread a write each
      const percent = Math.round((++done / files.length) * 100);
      if (percent !== lastPercent || done === files.length) { lastPercent = percent; progress?.report(percent, `${done} / ${files.length} articles`); }
      indexing(done, files.length);
    };
    // Every file is read (blocking: a stat and a read, far cheaper than fs/promises' five round
    // trips each) and hashed, a batch at a time with a turn of the event loop between batches so
    // that the server goes on answering.
    const texts: (string | null)[] = new Array(files.length).fill(null);
    const hashes: string[] = new Array(files.length).fill('');
    for (let i = 0; i < files.length; i++) {
      const f = files[i];
      const open = documents.get(f.uri);
      texts[i] = open ? open.getText() : readFromDiskNow(f.path, f.file);
      if (texts[i] !== null) {
        if (cache) hashes[i] = contentHash(texts[i]!);
        if (!cache?.packHas(hashes[i])) pool.start(); // a text to analyse, most likely: the model loads meanwhile
      }
      if (i % LOAD_BATCH === LOAD_BATCH - 1) await new Promise(r => setImmediate(r));
    }
    // The link kept by the last load answers at once when the corpus is as it was then: the same
    // files with the same texts, the same analyser (the cache's version), aliases and corrections.
    const linkKey = cache ? corpusKey(files, texts, hashes) : '';
    const keptLink = await kept;
    // The corpus is linked once it is all analysed (or its kept link adopted), not in batches
    // while it loads: then the analysis workers are gone (below) before the link worker and this
    // thread grow to their largest. (Linked in batches, the three were at their largest at once
    // at the end of a cold start: 640 MB at 10,000 articles, of which the analysis worker 120 MB
    // of heap and its isolate.) The link then follows the analysis: about 3 s at 10,000 articles.
    const keepable = keptLink?.key === linkKey;
    corpus.holdLinks = true;
    // Then each text goes to the index: one the cache knows is in it within the batch; the others
    // wait for the analysis pool.
    const hashesOf = new Map<string, string[]>();
    const loads: Promise<void>[] = [];
    for (let i = 0; i < files.length; i++) {
      const f = files[i], text = texts[i];
      if (text === null) { tick(); continue; }
      try {
        if (cache) {
          hashHint = { text, hash: hashes[i] };
          let list = hashesOf.get(f.folder);
          if (!list) hashesOf.set(f.folder, (list = []));
          list.push(hashes[i]);
        }
        loads.push(corpus.load(f.uri, f.file, text, cache ? hashes[i] : undefined).catch(e => connection.console.warn(`News Lens: cannot read ${f.uri}: ${(e as Error).message}`)).finally(tick));
        // a closed article's text is the index's now, which lets it go once analysed (on disk: articleText.ts)
        if (!documents.get(f.uri)) texts[i] = null;
      } finally { hashHint = undefined; }
      if (i % LOAD_BATCH === LOAD_BATCH - 1) await new Promise(r => setImmediate(r));
    }
    await Promise.all(loads);
    for (const d of documents.all()) if (!corpus.has(d.uri)) await corpus.load(d.uri, workspace.relativePath(d.uri).path, d.getText());
    // Articles the settings no longer cover (a folder taken out of newsLens.corpus.include) leave,
    // unless they are open.
    const listed = new Set(files.map(f => f.uri));
    for (const u of corpus.uris) if (!listed.has(u) && !documents.get(u)) corpus.delete(u);
    // Each folder's pack is rewritten in the background when its articles changed, and the packs
    // read at start are let go now, not once the link settles: at 10,000 articles they are 17 MB,
    // held through the link worker's relearn after a warm start (and through a cold start's link).
    if (cache) {
      for (const folder of workspace.folders) cache.writePack(folder, hashesOf.get(folder) ?? []);
      cache.closePacks();
    }
    // (an editor may have opened or edited an article since it was read: the key no longer holds)
    const asRead = () => {
      const at = new Map(files.map((f, i) => [f.uri, i]));
      return documents.all().every(d => { const i = at.get(d.uri); return i !== undefined && corpus.article(d.uri)?.text === texts[i]; });
    };
    const adopted = keepable && !!keptLink && asRead() && corpus.adoptLink(keptLink.delta);
    // the analysis workers end for the link and the cache's writing (an edit meanwhile starts them again)
    if (!corpus.pending) await pool.idle();
    // the analyses' garbage goes before the link's answer comes (see compactHeap.ts). (Not after a
    // warm start: there the heap is what survives and the young generation, and compacting it
    // left the peak as it was.)
    if (!adopted) logCompaction('the analysis', compactHeap());
    corpus.holdLinks = false;
    await corpus.linkSettled();
    // the link rewritten in the background when the corpus changed
    if (cache) {
      if (!adopted && keptLink?.key !== linkKey && documents.all().every(d => listed.has(d.uri))) cache.writeLink(workspace.folders, linkKey, corpus.linkSnapshot());
      // (a window closed before this line shows leaves the next start less to reuse: said in the log)
      const t0 = performance.now(), c = cache;
      void c.settled().then(() => connection.console.info(`News Lens: analysis cache written (${((performance.now() - t0) / 1000).toFixed(1)} s after indexing)`));
    }
    connection.console.info(`News Lens: ${corpus.uris.length} articles, ${corpus.linked.annotation.entities.length} entities` +
      (cache ? ` (analysis cache: ${cache.hits} hits, ${cache.misses} misses; ${cache.packHits} from the folder packs${adopted ? '; the link kept from the last start' : ''})` : ''));
  } finally {
    corpus.holdLinks = false; // (a load that failed half-way must not leave links held)
    cache?.closePacks();
    progress?.done();
  }
}

function logCompaction(after: string, ms: number | undefined): void {
  if (ms !== undefined) connection.console.log(`News Lens: compacted the heap after ${after} in ${ms.toFixed(0)} ms (${(process.memoryUsage().heapTotal / 1048576).toFixed(0)} MB now)`);
}

/**
 * What a kept link was made from: the analyser's version, the aliases and corrections, and each
 * listed file's URI, path in its folder and text hash (open files count with their live text).
 */
function corpusKey(files: readonly ArticleFile[], texts: readonly (string | null)[], hashes: readonly string[]): string {
  const h = createHash('sha256');
  h.update(JSON.stringify([cache?.version, currentRules, corpus.corrections]));
  files.forEach((f, i) => { if (texts[i] !== null) h.update(`\n${f.uri}\u0000${f.file}\u0000${hashes[i]}`); });
  return h.digest('hex');
}

let lastIndexing = 0;
/** Indexing progress for the client's status bar, a few times a second at most. */
function indexing(done: number, total: number): void {
  const now = Date.now();
  if (done !== 0 && done !== total && now - lastIndexing < 250) return;
  lastIndexing = now;
  connection.sendNotification('newsLens/indexing', { done, total });
}

/** Settings checked against the defaults' shape; each bad value is reported and its default used. */
function useSettings(raw: unknown): NewsLensSettings {
  const { settings: checked, problems } = checkSettings(raw);
  for (const p of problems) reportConfigProblem(p);
  return checked;
}

/** A problem with the user's configuration: a line in the output channel and a notification. */
function reportConfigProblem(message: string): void {
  connection.console.error(`News Lens: ${message}`);
  connection.window.showErrorMessage(`News Lens: ${message}`);
}

/** An article's text from disk, or null (with one log line saying why) when it must be skipped. */
async function readFromDisk(uri: string): Promise<string | null> {
  return readResult(await readArticleFile(fileURLToPath(uri)), workspace.relativePath(uri).path);
}
/** readFromDisk, blocking, for the corpus load (which yields between batches). */
function readFromDiskNow(path: string, name: string): string | null {
  return readResult(readArticleFileSync(path), name);
}
function readResult(read: ArticleRead, name: string): string | null {
  if (!read.ok) { connection.console.warn(`News Lens: skipped ${name}: ${read.reason}`); return null; }
  if (read.invalidBytes) connection.console.warn(`News Lens: ${name} is not valid UTF-8: ${read.invalidBytes} bad byte sequence${read.invalidBytes === 1 ? '' : 's'} read as U+FFFD`);
  return read.text;
}

async function readConfigFile(name: string): Promise<string | null> {
  const path = workspace.configFile(name);
  if (!path) return null;
  try { return await readFile(path, 'utf8'); } catch { return null; }
}

/** Loads .newslens/aliases.json and corrections.json; a malformed file is reported, never fatal. */
async function loadRules(): Promise<void> {
  let rules: AliasRules = NO_ALIAS_RULES;
  let corrections: CorrectionSet = NO_CORRECTIONS;
  const aliases = await readConfigFile('aliases.json');
  if (aliases !== null) {
    try { rules = parseAliasRules(aliases, '.newslens/aliases.json'); } catch (e) { reportConfigProblem(`${(e as Error).message}; no aliases are used until it is fixed`); }
  }
  const fixes = await readConfigFile('corrections.json');
  if (fixes !== null) {
    try { corrections = parseCorrections(fixes, '.newslens/corrections.json'); } catch (e) {
      const message = (e as Error).message;
      const broken = looksCutShort(message) ? `${message}: it stops mid-way, a half-written file` : message;
      reportConfigProblem(`${broken}; no corrections are applied, and News Lens will not save new ones over it until it is fixed`);
    }
  }
  const path = workspace.configFile('corrections.json');
  const temporaries = path ? await leftoverTemporaries(path) : [];
  if (temporaries.length) connection.console.warn(`News Lens: an interrupted save left ${temporaries.join(', ')} in .newslens/; corrections.json itself is whole and is the one used`);
  currentRules = rules;
  corpus.setRules(rules, corrections);
}

let refreshTimer: NodeJS.Timeout | undefined;
/** After the corpus changes: diagnostics for open articles, and a nudge to re-ask for tokens, hints and lenses. */
function refreshAll(): void {
  if (refreshTimer) clearTimeout(refreshTimer);
  refreshTimer = setTimeout(() => {
    refreshTimer = undefined;
    void corpus.flushAll();
    for (const d of documents.all()) publishDiagnostics(d.uri);
    if (canRefresh.tokens) connection.languages.semanticTokens.refresh();
    if (canRefresh.inlay) connection.languages.inlayHint.refresh();
    if (canRefresh.lens) connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
    if (!loading) connection.sendNotification('newsLens/corpusChanged', { articles: corpus.uris.length });
  }, 150);
}

function publishDiagnostics(uri: string): void {
  guarded('diagnostics', undefined, () => connection.sendDiagnostics({ uri, diagnostics: diagnostics.provideDiagnostics(uri, settings) }))();
}

// A request must never take the server down: log the failure and answer empty.
function guarded<A extends unknown[], R>(name: string, fallback: R, fn: (...args: A) => R): (...args: A) => R {
  return (...args: A) => {
    try { return fn(...args); } catch (e) {
      connection.console.error(`${name} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      return fallback;
    }
  };
}
/**
 * Requests wait for the first corpus load, so the first answer is already cross-article. Then
 * they analyse the edits still waiting for a pause in typing, so that they see them; hover does
 * not: it answers at once from the last analysis while the user types.
 */
const ONE_DOCUMENT = new Set(['semanticTokens', 'semanticTokens/delta', 'semanticTokens/range', 'documentHighlight', 'documentSymbol', 'inlayHint', 'codeLens']);
function after<P, R>(name: string, fallback: R, fn: (params: P, token: CancellationToken) => R): (params: P, token: CancellationToken) => Promise<R> {
  return async (params, token) => {
    await ready;
    await diskWork;
    // hover answers at once; a request about one document alone waits for that document's edits; the rest for every edit
    if (name !== 'hover') {
      const uri = (params as { textDocument?: { uri?: string } }).textDocument?.uri;
      await (uri && ONE_DOCUMENT.has(name) ? corpus.flush(uri) : corpus.flushAll());
      await corpus.linkSettled();
    }
    return guarded(name, fallback, fn)(params, token);
  };
}

connection.languages.semanticTokens.on(after('semanticTokens', { data: [] }, (p: { textDocument: { uri: string } }) => semanticTokens.provideFull(p.textDocument.uri)));
connection.languages.semanticTokens.onDelta(after('semanticTokens/delta', { data: [] }, (p: { textDocument: { uri: string }; previousResultId: string }) => semanticTokens.provideDelta(p.textDocument.uri, p.previousResultId)));
connection.languages.semanticTokens.onRange(after('semanticTokens/range', { data: [] }, (p: { textDocument: { uri: string }; range: import('vscode-languageserver/node').Range }) => semanticTokens.provideRange(p.textDocument.uri, p.range)));
connection.onHover(after('hover', null, (p: import('vscode-languageserver/node').HoverParams, token) => hover.provideHover(p.textDocument.uri, p.position, token)));
connection.onDefinition(after('definition', null, (p: import('vscode-languageserver/node').DefinitionParams) => definition.provideDefinition(p.textDocument.uri, p.position)));
connection.onReferences(after('references', [], (p: import('vscode-languageserver/node').ReferenceParams) => references.provideReferences(p.textDocument.uri, p.position)));
connection.onDocumentHighlight(after('documentHighlight', [], (p: import('vscode-languageserver/node').DocumentHighlightParams) => highlights.provideDocumentHighlights(p.textDocument.uri, p.position)));
connection.onDocumentSymbol(after('documentSymbol', [], (p: import('vscode-languageserver/node').DocumentSymbolParams) => documentSymbols.provideDocumentSymbols(p.textDocument.uri)));
connection.onWorkspaceSymbol(after('workspaceSymbol', [], (p: import('vscode-languageserver/node').WorkspaceSymbolParams) => workspaceSymbols.provideWorkspaceSymbols(p.query)));
connection.languages.inlayHint.on(after('inlayHint', [], (p: import('vscode-languageserver/node').InlayHintParams) => (settings.inlayHints.enabled ? inlayHints.provideInlayHints(p.textDocument.uri, p.range) : [])));
connection.onCodeLens(after('codeLens', [], (p: import('vscode-languageserver/node').CodeLensParams) => codeLens.provideCodeLenses(p.textDocument.uri)));
connection.onCodeAction(after('codeAction', [], (p: import('vscode-languageserver/node').CodeActionParams) => codeActions.provideCodeActions(p)));

// Custom requests for the client's explorer, quick pick and Find All Mentions.
connection.onRequest('newsLens/entities', after('entities', [], () => corpus.linked.annotation.entities));
connection.onRequest('newsLens/entityMentions', after('entityMentions', [], (p: { id: string }) => {
  const linked = corpus.linked;
  return (linked.mentionsOf.get(p.id) ?? []).map(m => ({ ...toLocation(m.uri, linked.articles.get(m.uri)!.lines, m.item), text: m.item.text }));
}));
connection.onRequest('newsLens/timeline', after('timeline', { articles: [], entities: [], dates: [] }, () => buildTimeline(corpus)));
connection.onRequest('newsLens/entityAt', after('entityAt', null, (p: { textDocument: { uri: string }; position: { line: number; character: number } }) => {
  const a = corpus.linked.articles.get(p.textDocument.uri);
  const m = a && corpus.mentionAt(p.textDocument.uri, a.lines.offsetAt(p.position.line, p.position.character));
  return m?.entity ? { id: m.entity, name: corpus.linked.entities.get(m.entity)!.name } : null;
}));

// The server's process, corpus size and memory: the in-editor fault tests kill the process and watch
// it come back; the soak (npm run soak) starts it with --expose-gc and asks for a collection first,
// so that what it reports is what is still held, not garbage not yet collected.
connection.onRequest('newsLens/status', (p: { gc?: boolean } | undefined) => {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (p?.gc && gc) gc();
  return { pid: process.pid, articles: corpus.uris.length, memory: process.memoryUsage(), collected: !!(p?.gc && gc), analysisWorkers: pool.workers, analysisWorkersStarted: pool.spawned };
});

// Corrections: appended to .newslens/corrections.json, then applied across the corpus at once.
connection.onExecuteCommand(async params => {
  await ready;
  if (params.command !== CORRECT_COMMAND) return null;
  const arg = params.arguments?.[0] as (Correction & { uri?: string }) | undefined;
  const path = workspace.configFile('corrections.json');
  if (!arg || !path) throw new ResponseError(ErrorCodes.InvalidParams, 'News Lens: a correction needs a workspace folder and a correction');
  const { uri: _u, ...correction } = arg;
  // The file on disk is the base (the user may have edited it); one that does not parse is theirs to fix.
  let onDisk: string | null = null;
  try { onDisk = await readFile(path, 'utf8'); } catch (e) {
    // Only a file that is not there may be created; one that cannot be read is not replaced either.
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') {
      const message = `.newslens/corrections.json cannot be read (${(e as NodeJS.ErrnoException).code}), so it is not replaced. The correction was not applied.`;
      reportConfigProblem(message);
      throw new ResponseError(ErrorCodes.InvalidRequest, `News Lens: ${message}`);
    }
  }
  let base: CorrectionSet = NO_CORRECTIONS;
  try { if (onDisk !== null) base = parseCorrections(onDisk, '.newslens/corrections.json'); } catch (e) {
    const why = (e as Error).message;
    const message = `${looksCutShort(why) ? `${why}: it stops mid-way, a half-written file` : why}; fix or remove it first: News Lens does not overwrite it. The correction was not applied.`;
    reportConfigProblem(message);
    throw new ResponseError(ErrorCodes.InvalidRequest, `News Lens: ${message}`);
  }
  const set: CorrectionSet = { version: 1, corrections: [...base.corrections, correction as Correction] };
  parseCorrections(JSON.stringify(set)); // never write a file we could not read back
  try { await writeFileAtomic(path, JSON.stringify(set, null, 2) + '\n'); } catch (e) {
    const message = describeWriteError(e as NodeJS.ErrnoException, path);
    reportConfigProblem(message);
    throw new ResponseError(ErrorCodes.InvalidRequest, `News Lens: ${message}`);
  }
  corpus.setRules(currentRules, set);
  await corpus.linkSettled(); // every answer after the command has the correction
  refreshAll();
  return { corrections: set.corrections.length };
});


connection.onDidChangeConfiguration(async change => {
  const fresh = canConfigure ? await connection.workspace.getConfiguration('newsLens').catch(() => undefined) : (change.settings as { newsLens?: unknown })?.newsLens;
  settings = useSettings(fresh);
  ready = loadCorpus();
});

/** Files changed on disk, read in order; requests wait for them, so that they answer with what is on disk. */
let diskWork: Promise<void> = Promise.resolve();
connection.onDidChangeWatchedFiles(change => {
  diskWork = diskWork.then(() => onDiskChanges(change.changes)).catch(e => connection.console.error(`News Lens: ${(e as Error).message}`));
});
async function onDiskChanges(changes: import('vscode-languageserver/node').FileEvent[]): Promise<void> {
  await ready;
  for (const c of changes) {
    if (/\/\.newslens\/(aliases|corrections)\.json$/.test(c.uri)) { await loadRules(); continue; }
    if (documents.get(c.uri)) continue; // an open document counts with its live text
    if (c.type === FileChangeType.Deleted) corpus.delete(c.uri);
    else if (corpus.has(c.uri) || workspace.isArticle(c.uri, settings)) {
      await reloadFromDisk(c.uri);
    }
  }
  await corpus.linkSettled();
  refreshAll();
}

/** Puts an article in the corpus under its workspace-relative path (the key corrections use); `now` skips the typing debounce. */
function setArticle(uri: string, text: string, now = false): void {
  if (now) void corpus.load(uri, workspace.relativePath(uri).path, text);
  else corpus.set(uri, workspace.relativePath(uri).path, text);
}

/** Re-reads an article from disk; one that can no longer be read leaves the corpus. */
async function reloadFromDisk(uri: string): Promise<void> {
  const text = await readFromDisk(uri);
  if (text === null) corpus.delete(uri); else setArticle(uri, text, true);
}

// An article opened is likely to be edited: the analysis workers, if they ended, start now, so
// that the first edit does not wait for the model (about 0.6 s); unused, they end a minute later.
documents.onDidOpen(e => { pool.start(); guarded('open', undefined, () => setArticle(e.document.uri, e.document.getText(), true))(); refreshAll(); });
// an edit is analysed once typing pauses; the index calls refreshAll then (onUpdate)
// (the analysis workers, if they ended, start now: the model loads while the edit waits for the pause)
documents.onDidChangeContent(e => { pool.start(); guarded('change', undefined, () => setArticle(e.document.uri, e.document.getText()))(); });
documents.onDidClose(async e => {
  semanticTokens.forget(e.document.uri);
  connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  // Back to the text on disk when the article is part of the corpus; gone otherwise.
  await ready;
  const onDisk = workspace.isArticle(e.document.uri, settings);
  if (onDisk) await reloadFromDisk(e.document.uri);
  else corpus.delete(e.document.uri);
  refreshAll();
});

// A pack or cache file being written is finished before the server is told to exit (a process
// killed mid-write leaves only a temporary file, and the next start falls back on the files).
connection.onShutdown(async () => { await Promise.race([cache?.settled(), new Promise(r => setTimeout(r, 1500))]); });

process.on('uncaughtException', e => connection.console.error(`News Lens: ${e.stack ?? e.message}`));
documents.listen(connection);
connection.listen();
