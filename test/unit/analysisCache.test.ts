// The persistent analysis cache: hits, invalidation by content and by analyser version, and
// recovery from truncated or corrupt files; the same for the folder packs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, writeFileSync, readFileSync, existsSync, rmSync, statSync, utimesSync } from 'node:fs';
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

test('a cache whose folder is removed while it runs makes it again: a write may be lost, the next ones land', async () => {
  const root = mkdtempSync(join(tmpdir(), 'nl-cache-'));
  const cache = new AnalysisCache(root, 'v1');
  const analysis = analyzeArticle(TEXT);
  cache.put(TEXT, analysis);
  await cache.settled();
  assert.ok(existsSync(fileOf(cache, TEXT)));
  rmSync(cache.dir, { recursive: true, force: true }); // (a user clearing the cache)
  for (let i = 0; i < 2 && !existsSync(fileOf(cache, TEXT)); i++) { cache.put(TEXT, analysis); await cache.settled(); }
  assert.ok(existsSync(fileOf(cache, TEXT)), 'written again within two writes');
  assert.ok(new AnalysisCache(root, 'v1').get(TEXT), 'and read back');
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

// ---------- the folder packs ----------

const FOLDER = 'file:///news/archive';
const TEXTS = [TEXT, readSeed('001_dd51f5e195fdcee6.txt'), readSeed('002_c5c97a9daaac34f1.txt')];

/** A cache whose pack for FOLDER holds TEXTS' analyses, its per-text files removed (so only the pack can answer). */
async function packed(root = mkdtempSync(join(tmpdir(), 'nl-pack-'))): Promise<{ root: string; first: AnalysisCache; fresh: ReturnType<typeof analyzeArticle>[] }> {
  const first = new AnalysisCache(root, 'v1');
  await first.openPacks([FOLDER]);
  const fresh = TEXTS.map(t => cachedAnalyser(first, analyzeArticle)(t));
  first.writePack(FOLDER, TEXTS.map(t => contentHash(t)));
  await first.settled();
  first.closePacks();
  for (const t of TEXTS) rmSync(fileOf(first, t));
  return { root, first, fresh };
}

test('a pack: the next start answers every article of the folder from it, with the same analyses, in one read', async () => {
  const { root, first, fresh } = await packed();
  assert.ok(existsSync(first.packPath(FOLDER)));
  assert.ok(!readdirSync(join(first.dir, 'packs')).some(f => f.endsWith('.tmp')), 'no temporary file left');
  const second = new AnalysisCache(root, 'v1');
  await second.openPacks([FOLDER]);
  const { calls, analyse } = counting();
  const again = TEXTS.map(t => cachedAnalyser(second, analyse)(t));
  assert.equal(calls.n, 0, 'not analysed again');
  assert.deepEqual([second.hits, second.packHits, second.misses], [3, 3, 0]);
  assert.deepEqual(again, JSON.parse(JSON.stringify(fresh)));
  // the named mentions are the mentions themselves, as analyzeArticle gives them
  for (const a of again) for (const n of a.named) assert.ok(a.mentions.includes(n));
  // the folder did not change: the pack is not written again
  const before = statSync(second.packPath(FOLDER)).mtimeMs;
  second.writePack(FOLDER, TEXTS.map(t => contentHash(t)));
  await second.settled();
  assert.equal(statSync(second.packPath(FOLDER)).mtimeMs, before);
  // another folder, or another analyser version, has no pack
  const other = new AnalysisCache(root, 'v1');
  await other.openPacks(['file:///news/other']);
  assert.equal(other.get(TEXT), undefined);
  const v2 = new AnalysisCache(root, 'v2');
  await v2.openPacks([FOLDER]);
  assert.equal(v2.get(TEXT), undefined);
});

test('a pack answers by the hash of the text: a file changed on disk is a miss, and the pack is rewritten without its old text', async () => {
  const { root } = await packed();
  const c = new AnalysisCache(root, 'v1');
  await c.openPacks([FOLDER]);
  const changed = TEXTS[1] + '\nSpokeswoman Quennevieve Marchbanks declined to comment.\n';
  const { calls, analyse } = counting();
  const now = [TEXTS[0], changed, TEXTS[2]].map(t => cachedAnalyser(c, analyse)(t));
  assert.equal(calls.n, 1, 'only the changed text is analysed');
  assert.ok(now[1].mentions.some(m => m.text.includes('Marchbanks')), 'the new text, not the pack\'s');
  c.writePack(FOLDER, [TEXTS[0], changed, TEXTS[2]].map(t => contentHash(t)));
  await c.settled();
  c.closePacks();
  const lines = readFileSync(c.packPath(FOLDER), 'utf8').trim().split('\n');
  assert.equal(lines.length, 4, 'a header and three analyses');
  assert.ok(lines.some(l => l.startsWith(contentHash(changed))) && !lines.some(l => l.startsWith(contentHash(TEXTS[1]))));
});

test('a truncated, corrupt or foreign pack is a miss (the files or the analyser answer) and is rewritten whole', async () => {
  const { root, first } = await packed();
  const path = first.packPath(FOLDER);
  const whole = readFileSync(path, 'utf8');
  const lines = whole.split('\n');
  const cases: [string, string, number][] = [
    // [what, pack content, how many texts it still answers]
    ['cut short in its last line', whole.slice(0, whole.indexOf(lines[3]) + 100), 2],
    ['cut short in its header', whole.slice(0, 20), 0],
    ['empty', '', 0],
    ['garbage', '\u0000\u0000garbage\n' + lines.slice(1).join('\n'), 0],
    ['one line corrupt', [lines[0], lines[1].replace(/"mentions":\[/, '"mentions":[{'), lines[2], lines[3], ''].join('\n'), 2],
    ['one line not an analysis', [lines[0], lines[1].slice(0, 65) + '{"mentions":3}', lines[2], lines[3], ''].join('\n'), 2],
    ['another folder\'s', whole.replace(JSON.stringify(FOLDER), JSON.stringify('file:///elsewhere')), 0],
    ['another version\'s', whole.replace('"version":"v1"', '"version":"v0"'), 0],
  ];
  for (const [what, content, answered] of cases) {
    writeFileSync(path, content);
    const c = new AnalysisCache(root, 'v1');
    await c.openPacks([FOLDER]);
    const { calls, analyse } = counting();
    const got = TEXTS.map(t => cachedAnalyser(c, analyse)(t));
    assert.equal(c.packHits, answered, what);
    assert.equal(calls.n, 3 - answered, `${what}: the others are analysed again`);
    got.forEach((a, k) => assert.deepEqual(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(analyzeArticle(TEXTS[k]))), what));
    c.writePack(FOLDER, TEXTS.map(t => contentHash(t)));
    await c.settled();
    c.closePacks();
    assert.equal(readFileSync(path, 'utf8'), whole, `${what}: rewritten whole`);
    for (const t of TEXTS) rmSync(fileOf(c, t), { force: true });
  }
});

test('a temporary pack left by a process killed mid-write is ignored, and removed once it is old', async () => {
  const { root, first } = await packed();
  const tmp = `${first.packPath(FOLDER)}.4242.deadbeef.tmp`;
  writeFileSync(tmp, readFileSync(first.packPath(FOLDER), 'utf8').slice(0, 100));
  const c = new AnalysisCache(root, 'v1');
  await c.openPacks([FOLDER]);
  assert.equal(TEXTS.filter(t => c.get(t)).length, 3, 'the whole pack answers');
  assert.ok(existsSync(tmp), 'a fresh one may be another window\'s write');
  c.closePacks();
  utimesSync(tmp, new Date(Date.now() - 3600_000), new Date(Date.now() - 3600_000));
  await new AnalysisCache(root, 'v1').openPacks([FOLDER]);
  assert.ok(!existsSync(tmp));
});
