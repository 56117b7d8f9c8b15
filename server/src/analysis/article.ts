import { dateMentions, findPublicationDate } from './dates';
import { tokenize } from './tokens';
import { ArticleAnalysis, isTemporal } from './types';
import { winkMentions } from './winkMentions';
import { namedMentions } from './entities';
import { findQuotes, attributeQuotes } from './quotes';

/** Analyses one article on its own. Pure: the same text always gives the same result. */
export function analyzeArticle(text: string): ArticleAnalysis {
  const tokenized = tokenize(text);
  const publicationDate = findPublicationDate(tokenized);
  // wink's quantities stay; its DATE/TIME/DURATION spans are replaced by the DATE layer's
  const dates = dateMentions(tokenized, publicationDate);
  const quantities = winkMentions(tokenized)
    .filter(m => !isTemporal(m.type) && !dates.some(d => d.start < m.end && m.start < d.end)); // "21" in "21-month"
  // Tokens inside dates never start a name ("Wednesday", "Christmas").
  const blocked = new Set<number>();
  for (const t of tokenized.tokens) if (dates.some(d => d.start < t.end && t.start < d.end)) blocked.add(t.index);
  for (const e of tokenized.winkEntities) if (isTemporal(e.type as never)) for (let i = e.firstToken; i <= e.lastToken; i++) blocked.add(i);
  const named = namedMentions(tokenized, blocked);
  const found = attributeQuotes(tokenized, findQuotes(text), named);
  const quotes = found.map(q => ({ text: q.text, start: q.start, end: q.end, speaker: null, speakerText: q.speakerText }));
  const numbers = quantities.filter(m => !named.some(n => n.start < m.end && m.start < n.end));
  const mentions = [...numbers, ...dates, ...named.map(({ key: _k, role: _r, ...m }) => ({ ...m }))].sort((a, b) => a.start - b.start);
  return { text, publicationDate, mentions, quotes, named, quoteSpeakers: found.map(q => q.speaker) };
}
