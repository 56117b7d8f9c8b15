import { analyzeArticles } from './article';
import { ArticleAnalysis, Mention, Quote } from './types';
import { AliasRules, NO_ALIAS_RULES, linkCorrected, EntityRecord } from './link';
import { applyCorrections, CorrectionSet, NO_CORRECTIONS } from './corrections';

// linkCorrected and EntityRecord live in link.ts (the link worker loads it without the analysis); they are part of this module's API too.
export { linkCorrected };
export type { EntityRecord };

/** One input article: a path or URI (only used as a label) and its text. */
export interface ArticleInput { readonly file: string; readonly text: string }


export interface AnnotatedArticle {
  file: string;
  publicationDate: string | null;
  mentions: Mention[];
  quotes: Quote[];
}

/** The CLI's JSON document; other tools and the evaluation read exactly this shape. */
export interface CorpusAnnotation {
  articles: AnnotatedArticle[];
  entities: EntityRecord[];
}

/**
 * How much text one batch of analyzeArticles holds: about 180,000 wink tokens, whose token
 * objects and indexes take some 15-20 MB while the batch is analysed. Only a bound on memory:
 * any batch of more than a few articles gets the warm caches analyzeArticles is for.
 */
export const BATCH_CHARS = 1_000_000;

/** Analyses every article (in batches of at most BATCH_CHARS characters), then links entity mentions across the corpus. */
export function annotateCorpus(inputs: readonly ArticleInput[], rules: AliasRules = NO_ALIAS_RULES, corrections: CorrectionSet = NO_CORRECTIONS): CorpusAnnotation {
  const analyses: ArticleAnalysis[] = [];
  for (const [b, e] of batches(inputs.map(i => i.text.length), BATCH_CHARS)) {
    for (const a of analyzeArticles(inputs.slice(b, e).map(i => i.text))) analyses.push(a);
  }
  return linkArticles(inputs.map(i => i.file), analyses, rules, corrections);
}

/** Consecutive [first, end) ranges of items whose sizes add up to at most `limit`; an item larger than that is a batch of its own. */
export function batches(sizes: readonly number[], limit: number): [number, number][] {
  const out: [number, number][] = [];
  for (let b = 0; b < sizes.length;) {
    let e = b + 1, total = sizes[b];
    while (e < sizes.length && total + sizes[e] <= limit) total += sizes[e++];
    out.push([b, e]);
    b = e;
  }
  return out;
}

/** Links already-analysed articles (the server keeps per-article analyses and relinks cheaply). */
export function linkArticles(files: readonly string[], raw: readonly ArticleAnalysis[], rules: AliasRules = NO_ALIAS_RULES, corrections: CorrectionSet = NO_CORRECTIONS): CorpusAnnotation {
  const analyses = raw.map((a, k) => applyCorrections(a, files[k], corrections));
  const { ids, entities } = linkCorrected(analyses, rules, corrections);
  return { articles: analyses.map((a, k) => annotateArticle(files[k], a, ids[k])), entities };
}

/** One article's output: its mentions and quotes with the entity ids linking gave its named mentions (`ids`, in `named` order). */
export function annotateArticle(file: string, a: ArticleAnalysis, ids: readonly string[]): AnnotatedArticle {
  // Both lists are sorted by start: walk them together instead of keying a map by span.
  let j = 0;
  const mentions = a.mentions.map(m => {
    while (j < a.named.length && a.named[j].start < m.start) j++;
    const n = a.named[j];
    const entity = n && n.start === m.start && n.end === m.end && n.type === m.type ? ids[j] : null;
    return { type: m.type, text: m.text, start: m.start, end: m.end, entity, value: m.value };
  });
  const quotes = a.quotes.map((q, i) => {
    const s = a.quoteSpeakers[i];
    return { text: q.text, start: q.start, end: q.end, speaker: s === null ? null : ids[s], speakerText: q.speakerText };
  });
  return { file, publicationDate: a.publicationDate, mentions, quotes };
}
