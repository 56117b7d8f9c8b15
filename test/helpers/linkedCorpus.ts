// What the tests of a corpus linked by the link worker share: articles analysed once per distinct
// text, the URIs of a generated corpus, and the view the features see of a linked index.
import { analyzeArticle, ArticleAnalysis } from '../../server/src/analysis';
import { CorpusIndex } from '../../server/src/corpusIndex';

const memo = new Map<string, ArticleAnalysis>();
/** analyzeArticle, once per distinct text (the generated corpora repeat a few texts thousands of times). */
export const analyse = (t: string): ArticleAnalysis => { let a = memo.get(t); if (!a) memo.set(t, (a = analyzeArticle(t))); return a; };
/** The URI of article k of a generated corpus. */
export const uriOf = (k: number) => `file:///corpus/a${String(k).padStart(5, '0')}.news.txt`;
/** What the features see: the entity list, and every article's mentions with their entities. */
export function view(index: CorpusIndex): unknown {
  const linked = index.linked;
  return {
    entities: linked.annotation.entities,
    articles: index.uris.map(u => [u, linked.articles.get(u)!.mentions.map(m => `${m.start}:${m.entity}`)]),
  };
}
