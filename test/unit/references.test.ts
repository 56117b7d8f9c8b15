// Shift+F12 keeps its answers for entities with many mentions while their list of mentions is the
// same (ReferencesProvider): an edit to an article that names the entity, anywhere in the corpus,
// makes the next answer anew.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle, ArticleAnalysis, lineIndex } from '../../server/src/analysis';
import { CorpusIndex } from '../../server/src/corpusIndex';
import { ReferencesProvider } from '../../server/src/features/references';

const memo = new Map<string, ArticleAnalysis>();
const analyse = (t: string) => { let a = memo.get(t); if (!a) memo.set(t, (a = analyzeArticle(t))); return a; };
const uriOf = (k: number) => `file:///corpus/a${k}.news.txt`;
const TEXT = 'President Joe Biden met Volodymyr Zelensky in Vilnius on Tuesday. Biden said the alliance would stand firm.';

test('references kept for a much-mentioned entity are the ones made anew, before and after an edit that moves its mentions', () => {
  const index = new CorpusIndex({ analyse });
  for (let k = 0; k < 6; k++) index.setNow(uriOf(k), `a${k}.news.txt`, TEXT);
  const kept = new ReferencesProvider(index, { keepFrom: 2 });
  const at = lineIndex(TEXT).positionAt(TEXT.indexOf('Biden') + 1);
  const fresh = () => new ReferencesProvider(index).provideReferences(uriOf(0), at);
  const first = kept.provideReferences(uriOf(0), at);
  assert.equal(first.length, 12, 'two mentions in each of six articles');
  assert.deepEqual(first, fresh());
  assert.equal(kept.provideReferences(uriOf(0), at), first, 'the same list: the answer is kept');
  // an edit in another article shifts its mentions: the kept answer gives way
  index.setNow(uriOf(3), 'a3.news.txt', 'Overnight, rain fell.\n' + TEXT);
  const after = kept.provideReferences(uriOf(0), at);
  assert.deepEqual(after, fresh());
  assert.notDeepEqual(after, first, 'the third article\'s mentions moved a line down');
  // an article that stops naming it takes its mentions out
  index.setNow(uriOf(5), 'a5.news.txt', 'Overnight, rain fell.');
  assert.equal(kept.provideReferences(uriOf(0), at).length, 10);
  assert.deepEqual(kept.provideReferences(uriOf(0), at), fresh());
});
