// The persistent analysis cache: hits, invalidation by content and by analyser version, and
// recovery from truncated or corrupt files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeArticle } from '../../server/src/analysis';
import { AnalysisCache, cachedAnalyser, contentHash, analyserVersion } from '../../server/src/analysisCache';
import { readSeed } from '../helpers/paths';

const TEXT = readSeed('000_79485a8c7ba75c49.txt');
const fileOf = (c: AnalysisCache, text: string) => { const h = contentHash(text); return join(c.dir, h.slice(0, 2), `${h}.json`); };
/** analyzeArticle, counting its calls. */
function counting() { const calls = { n: 0 }; return { calls, analyse: (t: string) => { calls.n++; return analyzeArticle(t); } }; }

test('a second cache on the same folder and version answers from disk, with the same analysis', async () => {
  const root = mkdtempSync(join(tmpdir(), 'nl-cache-'));
  const first = new AnalysisCache(root, 'v1');
  const { calls, analyse } = counting();
  const fresh = cachedAnalyser(first, analyse)(TEXT);
  await first.settled();
  assert.equal(calls.n, 1);
  const second = new AnalysisCache(root, 'v1');
  const again = cachedAnalyser(second, analyse)(TEXT);
  assert.equal(calls.n, 1, 'not analysed again');
  assert.equal(second.hits, 1);
  assert.deepEqual(again, JSON.parse(JSON.stringify(fresh)));
  assert.ok(again.mentions.some(m => m.type === 'PERSON'), 'a real analysis');
  assert.ok(!readdirSync(join(first.dir, contentHash(TEXT).slice(0, 2))).some(f => f.endsWith('.tmp')), 'no temporary file left');
});

test('a changed text, or another analyser version, is a miss; the old version folder is pruned', async () => {
  const root = mkdtempSync(join(tmpdir(), 'nl-cache-'));
  const v1 = new AnalysisCache(root, 'v1');
  v1.put(TEXT, analyzeArticle(TEXT));
  await v1.settled();
  assert.equal(v1.get(TEXT + ' More.'), undefined, 'other content');
  assert.ok(v1.get(TEXT));
  const v2 = new AnalysisCache(root, 'v2');
  assert.equal(v2.get(TEXT), undefined, 'other analyser');
  v2.prune(root);
  assert.ok(!existsSync(v1.dir) && existsSync(v2.dir));
});

test('a truncated or corrupt file, or one that is not what its name says, is a miss and is rewritten', async () => {
  const root = mkdtempSync(join(tmpdir(), 'nl-cache-'));
  const c = new AnalysisCache(root, 'v1');
  const { calls, analyse } = counting();
  const cached = cachedAnalyser(c, analyse);
  cached(TEXT);
  await c.settled();
  const path = fileOf(c, TEXT);
  const whole = readFileSync(path, 'utf8');
  const bad = [whole.slice(0, Math.floor(whole.length / 2)), '', '\u0000\u0000garbage', JSON.stringify({ version: 'v1', hash: 'other', analysis: JSON.parse(whole).analysis }), JSON.stringify({ version: 'v1', hash: contentHash(TEXT), analysis: { mentions: 3 } })];
  for (const content of bad) {
    writeFileSync(path, content);
    const before = calls.n;
    const a = cached(TEXT);
    assert.equal(calls.n, before + 1, 'analysed again');
    assert.ok(a.mentions.length > 0);
    await c.settled();
    assert.equal(readFileSync(path, 'utf8'), whole, 'rewritten whole');
  }
});

test('the analyser version follows the bytes of the code it hashes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nl-ver-'));
  const f = join(dir, 'server.js');
  writeFileSync(f, 'analyse v1');
  const a = analyserVersion([f]);
  assert.equal(analyserVersion([f]), a);
  writeFileSync(f, 'analyse v2');
  assert.notEqual(analyserVersion([f]), a);
});
