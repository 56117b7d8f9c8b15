import { tokenize } from './tokens';
import { ArticleAnalysis } from './types';
import { winkMentions } from './winkMentions';

/** Analyses one article on its own. Pure: the same text always gives the same result. */
export function analyzeArticle(text: string): ArticleAnalysis {
  const tokenized = tokenize(text);
  const mentions = winkMentions(tokenized).sort((a, b) => a.start - b.start);
  return { text, publicationDate: null, mentions, quotes: [] };
}
