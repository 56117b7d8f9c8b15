// What issue 12 added to the server, through the built server over stdio: numbers left out of the
// semantic tokens unless newsLens.highlight.numbers is on, the indexing progress the status bar
// shows, the timeline request, and bin/news-lens-server.js as other editors start it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  SemanticTokensRequest, DidChangeConfigurationNotification, createProtocolConnection, StreamMessageReader, StreamMessageWriter,
  ShutdownRequest, ExitNotification,
} from 'vscode-languageserver-protocol/node';
import { LspSession, decodeSemanticTokens, assertAnswersOnSeeds } from '../helpers/lspClient';
import { SEEDS, readSeed, repoRoot } from '../helpers/paths';
import { analyzeArticle, lineIndex, Mention } from '../../server/src/analysis';
import type { Timeline } from '../../server/src/features/timeline';

const [, S001, S002] = SEEDS;
let ws: string;
let session: LspSession;
const indexing: { done: number; total: number }[] = [];
const corpusChanged: { articles: number }[] = [];
const uriOf = (seed: string) => pathToFileURL(join(ws, 'seeds', seed)).href;

before(async () => {
  ws = mkdtempSync(join(tmpdir(), 'news-lens-ship-'));
  cpSync(join(repoRoot, 'seeds'), join(ws, 'seeds'), { recursive: true });
  session = await LspSession.start(ws);
  session.connection.onNotification('newsLens/indexing', (p: { done: number; total: number }) => { indexing.push(p); });
  session.connection.onNotification('newsLens/corpusChanged', (p: { articles: number }) => { corpusChanged.push(p); });
  for (const s of [S001, S002]) await session.open(join(ws, 'seeds', s));
});
after(async () => {
  if (session) await session.stop();
  rmSync(ws, { recursive: true, force: true });
});

/** The seed's mentions of the given types, as "line:character:length" (what a token would cover). */
function spansOf(seed: string, types: string[]): string[] {
  const text = readSeed(seed);
  const lines = lineIndex(text);
  return analyzeArticle(text).mentions.filter((m: Mention) => types.includes(m.type) && !m.text.includes('\n'))
    .map(m => { const p = lines.positionAt(m.start); return `${p.line}:${p.character}:${m.end - m.start}`; });
}

async function tokenTypesAt(seed: string): Promise<Map<string, string>> {
  const legend = session.initializeResult!.capabilities.semanticTokensProvider!.legend;
  const full = await session.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: uriOf(seed) } });
  return new Map(decodeSemanticTokens(full!.data, legend.tokenTypes).map(t => [`${t.line}:${t.character}:${t.length}`, t.type]));
}

test('numbers: cardinals and ordinals get no token by default; dates and money keep theirs', async () => {
  const numbers = spansOf(S002, ['CARDINAL', 'ORDINAL']);
  const dates = spansOf(S002, ['DATE']);
  assert.ok(numbers.length >= 3 && dates.length >= 3, `seed 002 has numbers (${numbers.length}) and dates (${dates.length})`);
  const tokens = await tokenTypesAt(S002);
  for (const n of numbers) assert.equal(tokens.get(n), undefined, `no token on the number at ${n}`);
  for (const d of dates) assert.equal(tokens.get(d), 'newsDate', `the date at ${d} is a newsDate token`);
});

test('numbers: newsLens.highlight.numbers = true colours them as newsQuantity, at once', async () => {
  await session.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { newsLens: { highlight: { numbers: true } } } });
  const numbers = spansOf(S002, ['CARDINAL', 'ORDINAL']);
  let tokens = new Map<string, string>();
  for (let i = 0; i < 50; i++) {
    tokens = await tokenTypesAt(S002);
    if (numbers.every(n => tokens.get(n) === 'newsQuantity')) break;
    await new Promise(r => setTimeout(r, 100));
  }
  for (const n of numbers) assert.equal(tokens.get(n), 'newsQuantity', `the number at ${n} is a newsQuantity token`);
  await session.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { newsLens: {} } });
});

test('status: indexing progress counts up to the corpus size, then corpusChanged gives the article count', async () => {
  for (let i = 0; i < 100 && !corpusChanged.length; i++) await new Promise(r => setTimeout(r, 100));
  assert.ok(indexing.length >= 2, JSON.stringify(indexing));
  assert.deepEqual(indexing[0], { done: 0, total: 3 });
  assert.ok(indexing.some(p => p.done === 3 && p.total === 3), JSON.stringify(indexing));
  for (let k = 1; k < indexing.length; k++) if (indexing[k].total === indexing[k - 1].total) assert.ok(indexing[k].done >= indexing[k - 1].done || indexing[k].done === 0);
  assert.equal(corpusChanged.at(-1)!.articles, 3);
});

test('timeline: every date of the corpus, plotted when its year is known, listed apart otherwise', async () => {
  const t = await session.connection.sendRequest<Timeline>('newsLens/timeline');
  assert.equal(t.articles.length, 3);
  // One entry per DATE / TIME / DURATION mention the analysis finds, in every seed.
  let expected = 0;
  for (const seed of SEEDS) {
    const temporal = analyzeArticle(readSeed(seed)).mentions.filter(m => m.type === 'DATE' || m.type === 'TIME' || m.type === 'DURATION');
    const got = t.dates.filter(d => d.uri === uriOf(seed));
    assert.deepEqual(got.map(d => d.text), temporal.map(m => m.text), seed);
    for (const [k, m] of temporal.entries()) {
      const d = got[k];
      assert.equal(d.value, m.value);
      if (m.value && /^\d{4}/.test(m.value) && m.type !== 'DURATION') {
        assert.ok(d.plot, `${m.text} = ${m.value} is plotted`);
        assert.equal(d.plot!.day.slice(0, 4), m.value.slice(0, 4));
        assert.equal(d.apart, null);
      } else {
        assert.equal(d.plot, null, `${m.text} = ${m.value} is not plotted`);
        assert.equal(d.apart, m.value?.startsWith('XXXX') ? 'unknown-year' : m.type === 'DURATION' || m.value?.startsWith('P') ? 'duration' : 'unresolved');
      }
    }
    expected += temporal.length;
  }
  assert.equal(t.dates.length, expected);
  assert.ok(t.dates.some(d => d.apart === 'unknown-year') && t.dates.some(d => d.apart === 'duration') && t.dates.filter(d => d.plot).length >= 5);
  // Who: the entities of a date are the ones named in its sentence.
  const text001 = readSeed(S001);
  const tuesday = t.dates.find(d => d.uri === uriOf(S001) && d.entities.length)!;
  assert.ok(tuesday, 'some date of seed 001 has entities in its sentence');
  assert.ok(text001.includes(tuesday.sentence.slice(0, 40)), tuesday.sentence);
  const names = new Map(t.entities.map(e => [e.id, e.name]));
  for (const id of tuesday.entities) assert.ok(names.has(id), `${id} is listed among the timeline's entities`);
});

test('bin/news-lens-server.js speaks LSP over stdio with no flag, as Neovim starts it', async () => {
  const child = spawn(process.execPath, [join(repoRoot, 'bin/news-lens-server.js')], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  conn.listen();
  try {
    await assertAnswersOnSeeds(conn, ws);
    await conn.sendRequest(ShutdownRequest.type);
    await conn.sendNotification(ExitNotification.type);
  } finally {
    conn.dispose();
    child.kill();
  }
});
