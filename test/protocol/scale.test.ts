// The server at scale, over a real LSP connection: the persistent cache across restarts, files
// changed on disk (workspace/didChangeWatchedFiles), and hovers while a huge article is analysed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  HoverRequest, ReferencesRequest, WorkspaceSymbolRequest, DidChangeWatchedFilesNotification, FileChangeType, MarkupContent, Location,
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

/** The server's "N articles, M entities (analysis cache: h hits, m misses)" line. */
async function indexed(session: LspSession): Promise<{ hits: number; misses: number }> {
  await session.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'zzz' }); // waits for the load
  const line = session.logs.find(l => /analysis cache:/.test(l));
  assert.ok(line, `the load is logged with cache figures: ${session.logs.join(' | ')}`);
  const m = /(\d+) hits, (\d+) misses/.exec(line!)!;
  return { hits: Number(m[1]), misses: Number(m[2]) };
}

test('analysis cache: the second start reads every article from the cache; a changed file is analysed again', async () => {
  const dir = corpusFolder(), cache = mkdtempSync(join(tmpdir(), 'nl-cache-'));
  try {
    let s = await LspSession.start(dir, ['--cache-dir', cache]);
    assert.deepEqual(await indexed(s), { hits: 0, misses: 3 });
    await s.stop();
    s = await LspSession.start(dir, ['--cache-dir', cache]);
    assert.deepEqual(await indexed(s), { hits: 3, misses: 0 });
    await s.stop();
    // a changed article misses, and the answers come from its new text
    const path = articlePath(dir, SEEDS[0]);
    const text = readSeed(SEEDS[0]) + '\nSpokeswoman Quennevieve Marchbanks declined to comment.\n';
    writeFileSync(path, text);
    s = await LspSession.start(dir, ['--cache-dir', cache]);
    assert.deepEqual(await indexed(s), { hits: 2, misses: 1 });
    const uri = pathToFileURL(path).href;
    const hover = await s.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: lineIndex(text).positionAt(nth(text, 'Marchbanks') + 2) });
    assert.match((hover!.contents as MarkupContent).value, /Marchbanks/);
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
