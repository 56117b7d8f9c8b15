// The server at scale, over a real LSP connection: the persistent cache (its folder packs and
// kept link) across restarts, files
// changed on disk (workspace/didChangeWatchedFiles), and hovers while a huge article is analysed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync, copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  HoverRequest, ReferencesRequest, WorkspaceSymbolRequest, DocumentSymbolRequest, DidChangeWatchedFilesNotification, FileChangeType, MarkupContent, Location,
} from 'vscode-languageserver-protocol/node';
import { LspSession } from '../helpers/lspClient';
import { SEEDS, seedPath, readSeed, nth } from '../helpers/paths';
import { lineIndex } from '../../server/src/analysis';

/** A workspace folder holding the three seeds as *.news.txt articles. */
function corpusFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nl-scale-'));
  mkdirSync(join(dir, 'news'));
  for (const s of SEEDS) copyFileSync(seedPath(s), join(dir, 'news', s.replace(/\.txt$/, '.news.txt')));
  return dir;
}
const articlePath = (dir: string, seed: string) => join(dir, 'news', seed.replace(/\.txt$/, '.news.txt'));

/** The server's "N articles, M entities (analysis cache: h hits, m misses; p from the folder packs[; the link kept…])" line. */
async function indexed(session: LspSession): Promise<{ hits: number; misses: number; packed: number; keptLink: boolean }> {
  await session.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'zzz' }); // waits for the load
  const line = session.logs.find(l => /analysis cache:/.test(l));
  assert.ok(line, `the load is logged with cache figures: ${session.logs.join(' | ')}`);
  const m = /(\d+) hits, (\d+) misses; (\d+) from the folder packs/.exec(line!)!;
  return { hits: Number(m[1]), misses: Number(m[2]), packed: Number(m[3]), keptLink: /the link kept from the last start/.test(line!) };
}

/** What a client sees of the whole corpus: the entity list, and where the seeds' first names are referenced. */
async function answers(s: LspSession, dir: string): Promise<unknown> {
  const entities = await s.connection.sendRequest('newsLens/entities') as { id: string; name: string; mentions: number }[];
  const refs = [];
  for (const seed of SEEDS) {
    const text = readSeed(seed);
    const at = lineIndex(text).positionAt(nth(text, 'Biden') + 1);
    refs.push(await s.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri: pathToFileURL(articlePath(dir, seed)).href }, position: at, context: { includeDeclaration: true } }));
  }
  return { entities, refs };
}

/** The cache's version folder (one per analyser). */
const versionDir = (cache: string) => join(cache, readdirSync(cache).find(n => n.startsWith('analysis-'))!);

test('analysis cache: the second start reads every article from the folder pack, with the link kept; a changed file is analysed again', async () => {
  const dir = corpusFolder(), cache = mkdtempSync(join(tmpdir(), 'nl-cache-'));
  try {
    let s = await LspSession.start(dir, ['--cache-dir', cache]);
    assert.deepEqual(await indexed(s), { hits: 0, misses: 3, packed: 0, keptLink: false });
    const cold = await answers(s, dir);
    await s.stop();
    assert.deepEqual(readdirSync(join(versionDir(cache), 'packs')).map(f => f.replace(/^.*\./, '')).sort(), ['link', 'pack'], 'a pack and a link, whole (no temporary file)');
    s = await LspSession.start(dir, ['--cache-dir', cache]);
    assert.deepEqual(await indexed(s), { hits: 3, misses: 0, packed: 3, keptLink: true });
    assert.deepEqual(await answers(s, dir), cold, 'the kept link answers as the link did');
    // the link worker relearns the corpus behind the kept link, and says when it has
    assert.match(await s.waitForLog(/the link worker relearned the corpus/), /relearned the corpus \(\d+\.\d s after the kept link was adopted\)/);
    // an edit after the start links incrementally on top of the kept link
    const open = articlePath(dir, SEEDS[2]);
    const added = readSeed(SEEDS[2]) + '\nSpokeswoman Quennevieve Marchbanks declined to comment.\n';
    const openUri = await s.open(open, added);
    const found = await s.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'Marchbanks' });
    assert.ok((found ?? []).some(x => /Marchbanks/.test(x.name) && (x.location as Location).uri === openUri), JSON.stringify(found));
    await s.stop();
    // a changed article misses, the link is not the kept one, and the answers come from its new text
    const path = articlePath(dir, SEEDS[0]);
    const text = readSeed(SEEDS[0]) + '\nSpokeswoman Quennevieve Marchbanks declined to comment.\n';
    writeFileSync(path, text);
    s = await LspSession.start(dir, ['--cache-dir', cache]);
    assert.deepEqual(await indexed(s), { hits: 2, misses: 1, packed: 2, keptLink: false });
    const uri = pathToFileURL(path).href;
    const hover = await s.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: lineIndex(text).positionAt(nth(text, 'Marchbanks') + 2) });
    assert.match((hover!.contents as MarkupContent).value, /Marchbanks/);
    await s.stop();
    // and the start after that has it all in the pack again
    s = await LspSession.start(dir, ['--cache-dir', cache]);
    assert.deepEqual(await indexed(s), { hits: 3, misses: 0, packed: 3, keptLink: true });
    await s.stop();
    // an editor that opens an article with unsaved text as the server starts: not the kept link's corpus
    s = await LspSession.start(dir, ['--cache-dir', cache]);
    const other = articlePath(dir, SEEDS[1]);
    const unsaved = readSeed(SEEDS[1]) + '\nSpokesman Aurelio Pennywhistle declined to comment.\n';
    const otherUri = await s.open(other, unsaved);
    assert.equal((await indexed(s)).keptLink, false);
    const named = await s.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'Pennywhistle' });
    assert.ok((named ?? []).some(x => /Pennywhistle/.test(x.name) && (x.location as Location).uri === otherUri), JSON.stringify(named));
    await s.stop();
  } finally {
    rmSync(dir, { recursive: true, force: true }); rmSync(cache, { recursive: true, force: true });
  }
});

test('the analysis workers end once a cold load is analysed; an edit starts them again and is analysed off-thread', async () => {
  const dir = corpusFolder(), cache = mkdtempSync(join(tmpdir(), 'nl-cache-'));
  let s: LspSession | undefined;
  type Status = { analysisWorkers: number; analysisWorkersStarted: number };
  try {
    s = await LspSession.start(dir, ['--cache-dir', cache]);
    assert.deepEqual(await indexed(s), { hits: 0, misses: 3, packed: 0, keptLink: false });
    const loaded = await s.connection.sendRequest('newsLens/status') as Status;
    assert.ok(loaded.analysisWorkersStarted >= 1, 'the cold load was analysed in workers');
    assert.equal(loaded.analysisWorkers, 0, 'and they ended with it');
    // an edit that adds a name: analysed in a worker started again, found by Ctrl+T
    const open = articlePath(dir, SEEDS[2]);
    const uri = await s.open(open);
    const text = readSeed(SEEDS[2]);
    const end = lineIndex(text).positionAt(text.length);
    await s.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: end, end }, text: '\nSpokeswoman Quennevieve Marchbanks declined to comment.\n' }],
    });
    const found = await s.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'Marchbanks' });
    assert.ok((found ?? []).some(x => x.name === 'Quennevieve Marchbanks' && (x.location as Location).uri === uri), JSON.stringify(found));
    const edited = await s.connection.sendRequest('newsLens/status') as Status;
    assert.ok(edited.analysisWorkersStarted > loaded.analysisWorkersStarted, 'the edit started a worker again');
    assert.ok(edited.analysisWorkers >= 1, 'which stays for the edits to come');
    assert.ok(!s.logs.some(l => /cannot analyse/.test(l)), s.logs.join(' | '));
    await s.stop();
    s = undefined;
  } finally {
    await s?.stop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true }); rmSync(cache, { recursive: true, force: true });
  }
});

test('analysis cache: while the link worker relearns the corpus behind the kept link, an edit\'s new name is found by Ctrl+T at once; after it, the answers are a cold start\'s', async () => {
  const dir = corpusFolder(), cache = mkdtempSync(join(tmpdir(), 'nl-cache-'));
  let s: LspSession | undefined;
  try {
    s = await LspSession.start(dir, ['--cache-dir', cache]);
    await indexed(s);
    await s.stop();
    // the worker's relearn made as slow as a huge corpus's: 12 s a message
    s = await LspSession.start(dir, ['--cache-dir', cache, '--test-relearn-delay-ms', '12000']);
    assert.equal((await indexed(s)).keptLink, true);
    // a first edit without new names starts the analysis workers (the model loads): the timing below is the link's
    const first = articlePath(dir, SEEDS[0]);
    const firstUri = await s.open(first, readSeed(SEEDS[0]) + '\nIt rained.\n');
    await s.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: firstUri } });
    const open = articlePath(dir, SEEDS[2]);
    const added = readSeed(SEEDS[2]) + '\nSpokeswoman Quennevieve Marchbanks declined to comment. Marchbanks met President Joe Biden later.\n';
    const t0 = Date.now();
    const openUri = await s.open(open, added);
    const found = await s.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'Marchbanks' });
    const ms = Date.now() - t0;
    assert.ok((found ?? []).some(x => x.name === 'Quennevieve Marchbanks' && (x.location as Location).uri === openUri), JSON.stringify(found));
    assert.ok(!s.logs.some(l => /the link worker relearned the corpus/.test(l)), 'found before the relearn landed');
    assert.ok(ms < 2000, `found in ${ms} ms`);
    // references of the new name, and hover on a known one, answer from the provisional link
    const at = lineIndex(added).positionAt(added.lastIndexOf('Marchbanks met') + 2);
    const refs = await s.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri: openUri }, position: at, context: { includeDeclaration: true } });
    assert.equal(refs?.length, 2, JSON.stringify(refs));
    const biden = await s.connection.sendRequest(HoverRequest.type, { textDocument: { uri: openUri }, position: lineIndex(added).positionAt(added.lastIndexOf('Joe Biden') + 2) });
    assert.match((biden!.contents as MarkupContent).value, /Biden/);
    // the relearn lands: what a client sees is what a cold start with the same edit sees
    await s.waitForLog(/the link worker relearned the corpus/);
    const warm = await answers(s, dir);
    const after = await s.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'Marchbanks' });
    await s.stop();
    s = await LspSession.start(dir);
    await s.open(first, readSeed(SEEDS[0]) + '\nIt rained.\n');
    await s.open(open, added);
    assert.deepEqual(warm, await answers(s, dir));
    assert.deepEqual(after, await s.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'Marchbanks' }));
    await s.stop();
    s = undefined;
  } finally {
    await s?.stop().catch(() => undefined); // a failed assertion leaves no server behind
    rmSync(dir, { recursive: true, force: true }); rmSync(cache, { recursive: true, force: true });
  }
});

test('analysis cache: a corrupt pack and link are not trusted: the articles are read from the files or analysed again, and both are rewritten', async () => {
  const dir = corpusFolder(), cache = mkdtempSync(join(tmpdir(), 'nl-cache-'));
  try {
    let s = await LspSession.start(dir, ['--cache-dir', cache]);
    await indexed(s);
    const cold = await answers(s, dir);
    await s.stop();
    const packs = join(versionDir(cache), 'packs');
    const file = (ext: string) => join(packs, readdirSync(packs).find(f => f.endsWith(ext))!);
    const [pack, link] = [file('.pack'), file('.link')];
    const whole = { pack: readFileSync(pack, 'utf8'), link: readFileSync(link, 'utf8') };
    // cut short mid-way, as by a crash without the temporary file
    writeFileSync(pack, whole.pack.slice(0, Math.floor(whole.pack.length / 2)));
    writeFileSync(link, whole.link.slice(0, Math.floor(whole.link.length / 2)));
    s = await LspSession.start(dir, ['--cache-dir', cache]);
    const r = await indexed(s);
    assert.equal(r.keptLink, false);
    assert.equal(r.hits, 3, 'the per-article files answer what the pack no longer does');
    assert.ok(r.packed < 3);
    assert.deepEqual(await answers(s, dir), cold);
    await s.stop();
    assert.equal(readFileSync(pack, 'utf8'), whole.pack, 'the pack is rewritten whole');
    // garbage, and no per-article files either: every article is analysed again
    writeFileSync(pack, '\u0000garbage');
    writeFileSync(link, '{"link":1,"version":"');
    for (const d of readdirSync(versionDir(cache))) if (d !== 'packs') rmSync(join(versionDir(cache), d), { recursive: true });
    s = await LspSession.start(dir, ['--cache-dir', cache]);
    assert.deepEqual(await indexed(s), { hits: 0, misses: 3, packed: 0, keptLink: false });
    assert.deepEqual(await answers(s, dir), cold);
    await s.stop();
    s = await LspSession.start(dir, ['--cache-dir', cache]);
    assert.deepEqual(await indexed(s), { hits: 3, misses: 0, packed: 3, keptLink: true });
    assert.deepEqual(await answers(s, dir), cold);
    await s.stop();
  } finally {
    rmSync(dir, { recursive: true, force: true }); rmSync(cache, { recursive: true, force: true });
  }
});

test('didChangeWatchedFiles: an article created, changed and deleted on disk updates references across the corpus', async () => {
  const dir = corpusFolder();
  const s = await LspSession.start(dir);
  try {
    const seed = readSeed(SEEDS[1]);
    const seedUri = pathToFileURL(articlePath(dir, SEEDS[1])).href;
    const at = lineIndex(seed).positionAt(nth(seed, 'Stoltenberg') + 2);
    const refs = async () => (await s.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri: seedUri }, position: at, context: { includeDeclaration: true } }) ?? []) as Location[];
    const before = await refs();
    assert.ok(before.length > 0);
    const path = join(dir, 'news', 'new.news.txt');
    const uri = pathToFileURL(path).href;
    const inNew = () => refs().then(r => r.filter(l => l.uri === uri).length);

    writeFileSync(path, 'NATO chief Jens Stoltenberg spoke in Brussels on Monday. Stoltenberg said the alliance was united.\n');
    await s.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri, type: FileChangeType.Created }] });
    assert.equal(await inNew(), 2, 'created: both mentions join the entity');

    writeFileSync(path, 'Jens Stoltenberg left.\n');
    await s.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri, type: FileChangeType.Changed }] });
    assert.equal(await inNew(), 1, 'changed: one mention left');

    rmSync(path);
    await s.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri, type: FileChangeType.Deleted }] });
    assert.equal(await inNew(), 0, 'deleted: gone');
    assert.deepEqual(await refs(), before);
  } finally {
    await s.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a 10 MB article is analysed off the LSP thread: hovers on a seed keep answering meanwhile', async () => {
  const dir = corpusFolder();
  const s = await LspSession.start(dir);
  try {
    await s.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'zzz' }); // the corpus is loaded
    const seed = readSeed(SEEDS[1]);
    const seedUri = pathToFileURL(articlePath(dir, SEEDS[1])).href;
    const onName = lineIndex(seed).positionAt(nth(seed, 'Stoltenberg') + 2);
    // a 10 MB article: the seeds over and over, under a name found nowhere else
    const head = 'Spokeswoman Quennevieve Marchbanks declined to comment.\n\n';
    let big = head;
    while (big.length < 10_000_000) for (const x of SEEDS) big += readSeed(x) + '\n\n';
    const bigUri = pathToFileURL(join(dir, 'news', 'big.news.txt')).href;
    await s.open(join(dir, 'news', 'big.news.txt'), big);
    const onBig = { line: 0, character: head.indexOf('Marchbanks') + 2 };

    for (let i = 0; i < 5; i++) {
      const hover = await s.connection.sendRequest(HoverRequest.type, { textDocument: { uri: seedUri }, position: onName });
      assert.match((hover!.contents as MarkupContent).value, /Stoltenberg/, 'the seed answers');
    }
    // the hovers came back while the big article was still being analysed: it is not in the index yet
    assert.equal(await s.connection.sendRequest(HoverRequest.type, { textDocument: { uri: bigUri }, position: onBig }), null);
    // a cross-corpus request waits for it, and then it is there
    const found = await s.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'Marchbanks' });
    assert.ok((found ?? []).some(x => /Marchbanks/.test(x.name)));
    const hover = await s.connection.sendRequest(HoverRequest.type, { textDocument: { uri: bigUri }, position: onBig });
    assert.match((hover!.contents as MarkupContent).value, /Marchbanks/);
  } finally {
    await s.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
