// CorpusIndex keeps one object per mention: the linked view is made of the analysis's own objects,
// their entity ids filled in where they are (corpusIndex.ts, annotateInPlace). These check that
// the answers stay those of a from-scratch link however the analyses arrive.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle, linkArticles, parseCorrections, ArticleAnalysis, NO_ALIAS_RULES, NO_CORRECTIONS, CorrectionSet } from '../../server/src/analysis';
import { CorpusIndex } from '../../server/src/corpusIndex';
import { LINKING_SENTENCES } from '../helpers/linkSentences';

const uriOf = (k: number) => `file:///corpus/a${k}.news.txt`;
const fileOf = (k: number) => `a${k}.news.txt`;

function assertLinked(index: CorpusIndex, texts: string[], corrections: CorrectionSet = NO_CORRECTIONS): void {
  const want = linkArticles(texts.map((_, k) => fileOf(k)), texts.map(t => analyzeArticle(t)), NO_ALIAS_RULES, corrections);
  assert.deepEqual(index.linked.annotation.articles, want.articles);
  assert.deepEqual(index.linked.annotation.entities, want.entities);
}

test('an analyser that hands one object to two articles (a memo) still gives each article its own ids', () => {
  const memo = new Map<string, ArticleAnalysis>();
  const analyse = (text: string) => { let a = memo.get(text); if (!a) memo.set(text, (a = analyzeArticle(text))); return a; };
  const same = LINKING_SENTENCES.slice(0, 3).join(' ');
  const index = new CorpusIndex({ analyse });
  const texts = [same, same, LINKING_SENTENCES.slice(3, 6).join(' ')];
  texts.forEach((t, k) => index.setNow(uriOf(k), fileOf(k), t));
  assertLinked(index, texts);
  // the two articles' mentions are not shared objects: editing one leaves the other's ids as they were
  const [a0, a1] = [index.linked.articles.get(uriOf(0))!, index.linked.articles.get(uriOf(1))!];
  assert.ok(a0.mentions.length > 0);
  assert.ok(a0.mentions.every((m, i) => m !== a1.mentions[i]));
  texts[0] = LINKING_SENTENCES.slice(6, 9).join(' ');
  index.setNow(uriOf(0), fileOf(0), texts[0]);
  assertLinked(index, texts);
  // and a correction on one of them applies to it alone
  const m = index.linked.articles.get(uriOf(1))!.mentions.find(x => x.entity)!;
  const corrections = parseCorrections(JSON.stringify({ version: 1, corrections: [{ action: 'notEntity', file: fileOf(1), start: m.start, end: m.end, text: m.text }] }));
  index.setRules(NO_ALIAS_RULES, corrections);
  assertLinked(index, texts, corrections);
});

test('an analysis read back from JSON (the cache: each named mention twice) is kept as one object per mention', () => {
  const texts = [0, 1, 2].map(k => LINKING_SENTENCES.slice(k * 3, k * 3 + 3).join(' '));
  const index = new CorpusIndex({ analyse: text => JSON.parse(JSON.stringify(analyzeArticle(text))) as ArticleAnalysis });
  texts.forEach((t, k) => index.setNow(uriOf(k), fileOf(k), t));
  assertLinked(index, texts);
  for (let k = 0; k < texts.length; k++) {
    const analysis = index.article(uriOf(k))!.analysis;
    const view = index.linked.articles.get(uriOf(k))!;
    // the view's mentions are the analysis's objects, and each named mention is one object in both lists
    assert.equal(view.mentions, analysis.mentions);
    for (const n of analysis.named) assert.ok(analysis.mentions.includes(n));
    // the postings hold those same objects
    for (const m of view.mentions) if (m.entity) assert.ok(index.linked.mentionsOf.get(m.entity)!.some(x => x.uri === uriOf(k) && x.item === m));
  }
});
