// A closed article's text stays on disk (server/src/articleText.ts): the index keeps a fingerprint,
// reads the text back when an answer quotes it, and never hands out a text its offsets do not fit.
// Open articles keep their text in memory. Real files in a temporary folder, the real analyser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { analyzeArticle, ArticleAnalysis } from '../../server/src/analysis';
import { CorpusIndex } from '../../server/src/corpusIndex';
import { ArticleText, type ClosedTexts } from '../../server/src/articleText';
import { HoverProvider } from '../../server/src/features/hover';
import { buildTimeline } from '../../server/src/features/timeline';

const A = 'President Joe Biden met Volodymyr Zelensky in Vilnius on Tuesday. “We stand with Ukraine 🇺🇦,” Biden said.\n';
const B = 'President Joe Biden arrived in Kyiv on Wednesday, July 12, 2023. Biden said: “Ukraine will join NATO.”\n';

/** Files on disk, and a ClosedTexts over them that counts its reads. */
function corpusOnDisk(texts: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'news-lens-closed-'));
  const uris = texts.map((t, k) => { const p = join(dir, `a${k}.txt`); writeFileSync(p, t); return pathToFileURL(p).href; });
  const open = new Set<string>();
  let reads = 0;
  const closedTexts: ClosedTexts = {
    isOpen: uri => open.has(uri),
    read: uri => { reads++; try { return readFileSync(fileURLToPath(uri), 'utf8'); } catch { return null; } },
  };
  return { dir, uris, open, closedTexts, reads: () => reads, done: () => rmSync(dir, { recursive: true, force: true }) };
}

test('ArticleText: in memory until let go, then read back; a text that changed reads as empty, never as the new text', () => {
  let disk: string | null = A;
  const t = new ArticleText(A, () => disk);
  assert.equal(t.inMemory, true);
  assert.equal(t.value, A);
  t.release();
  assert.equal(t.inMemory, false);
  assert.equal(t.value, A, 'read back');
  assert.ok(t.is(A) && !t.is(B) && !t.is(A.slice(0, -1)));
  disk = A.replace('Biden met', 'Biden saw'); // same length, other text
  assert.equal(t.value, '', 'the analysed offsets do not fit the file now');
  disk = null;
  assert.equal(t.value, '', 'the file is gone');
  t.hold(B);
  assert.equal(t.inMemory, false, 'only the same text is held');
  t.hold(A);
  assert.equal(t.inMemory, true);
  disk = B;
  assert.equal(t.value, A);
  const kept = new ArticleText(A, undefined);
  kept.release();
  assert.equal(kept.inMemory, true, 'a text that cannot be read back stays');
});

test('a closed article is read back from disk for a hover\'s context line and the timeline; an open one is never read', () => {
  const c = corpusOnDisk([A, B]);
  try {
    c.open.add(c.uris[0]);
    const index = new CorpusIndex({ analyse: analyzeArticle, closedTexts: c.closedTexts });
    index.setNow(c.uris[0], 'a0.txt', A);
    index.setNow(c.uris[1], 'a1.txt', B);
    assert.equal(c.reads(), 0, 'nothing read while indexing');
    assert.equal(index.article(c.uris[0])!.text, A);
    assert.equal(c.reads(), 0, 'the open article is in memory');
    assert.equal(index.article(c.uris[1])!.text, B);
    assert.equal(c.reads(), 1, 'the closed one is read back');
    // hover on "Biden" in the open article quotes the closed one's line
    const hover = new HoverProvider(index).provideHover(c.uris[0], index.article(c.uris[0])!.lines.positionAt(A.indexOf('Biden') + 1));
    const md = JSON.stringify(hover);
    assert.match(md, /President \*\*Joe Biden\*\* arrived in Kyiv/);
    const timeline = buildTimeline(index);
    const july = timeline.dates.find(d => d.uri === c.uris[1] && /July/.test(d.text));
    assert.ok(july, 'the closed article\'s date is on the timeline');
    assert.match(july!.sentence, /^President Joe Biden arrived in Kyiv on Wednesday, July 12, 2023\.$/);
    // the file changes on disk before the watcher says so: no context from a text the offsets do not fit
    writeFileSync(fileURLToPath(c.uris[1]), 'Entirely different.\n' + B);
    assert.equal(index.article(c.uris[1])!.text, '');
    assert.doesNotMatch(JSON.stringify(new HoverProvider(index).provideHover(c.uris[0], index.article(c.uris[0])!.lines.positionAt(A.indexOf('Biden') + 1))), /Entirely/);
    // the watcher's update: analysed again, and read back as it is now
    const now = readFileSync(fileURLToPath(c.uris[1]), 'utf8');
    index.setNow(c.uris[1], 'a1.txt', now);
    assert.equal(index.article(c.uris[1])!.text, now);
  } finally { c.done(); }
});

test('opening a closed article holds its text in memory; closing it lets the text go back to disk', () => {
  const c = corpusOnDisk([A]);
  try {
    const index = new CorpusIndex({ analyse: analyzeArticle, closedTexts: c.closedTexts });
    const uri = c.uris[0];
    index.setNow(uri, 'a0.txt', A);
    index.article(uri)!.text;
    assert.equal(c.reads(), 1);
    // opened with the same text: not analysed again, and from now on in memory
    c.open.add(uri);
    index.setNow(uri, 'a0.txt', A);
    index.article(uri)!.text; index.linked.articles.get(uri)!.text;
    assert.equal(c.reads(), 1, 'held once opened');
    // closed again (the server reloads it from disk): back on disk
    c.open.delete(uri);
    index.setNow(uri, 'a0.txt', A);
    assert.equal(index.linked.articles.get(uri)!.text, A);
    assert.equal(c.reads(), 2);
  } finally { c.done(); }
});

test('a closed article\'s text is not kept alive by its mentions or quotes (pieces the cache cuts from the text)', () => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  // a long two-byte text (some 8 MB), with a quote and names at its start; the analysis's texts are
  // cut from the text as the cache's reader cuts them (the text is made inside load: a test's own
  // variable would hold it)
  const small = analyzeArticle(A);
  assert.ok(small.quotes.length && small.named.length);
  const cut = (a: ArticleAnalysis, t: string): ArticleAnalysis => {
    const re = <M extends { start: number; end: number }>(m: M) => ({ ...m, text: t.slice(m.start, m.end) });
    return { ...a, text: t, mentions: a.mentions.map(re), named: a.named.map(re), quotes: a.quotes.map(re) };
  };
  const load = (closedTexts: ClosedTexts | undefined) => {
    const index = new CorpusIndex({ analyse: t => cut(small, t), closedTexts });
    index.setNow('file:///nowhere/big.txt', 'big.txt', A + 'Nothing new — “quiet”. '.repeat(180_000));
    void index.linked;
    return index;
  };
  const retained = (closedTexts: ClosedTexts | undefined) => {
    gc(); gc();
    const before = process.memoryUsage().heapUsed;
    const index = load(closedTexts);
    gc(); gc();
    const mb = (process.memoryUsage().heapUsed - before) / 1048576;
    assert.ok(index.linked.articles.get('file:///nowhere/big.txt')!.quotes.some(q => q.text.length >= 13));
    return mb;
  };
  const inMemory = retained(undefined);
  const onDisk = retained({ isOpen: () => false, read: () => null });
  assert.ok(inMemory > 6, `the control keeps the text: ${inMemory.toFixed(1)} MB`);
  assert.ok(onDisk < 1, `a closed article keeps ${onDisk.toFixed(1)} MB`);
});
