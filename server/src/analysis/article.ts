import { dateMentions, findPublicationDate, weekdayInName, MONTH_LETTERS } from './dates';
import { tokenize, lastTokenAtOrBefore, overlapIndex, TokenizedText } from './tokens';
import { ArticleAnalysis, Mention, isTemporal } from './types';
import { winkMentions } from './winkMentions';
import { namedMentions } from './entities';
import { findQuotes, attributeQuotes, quotedTitles } from './quotes';

/** Analyses one article on its own. Pure: the same text always gives the same result. */
export function analyzeArticle(text: string): ArticleAnalysis {
  return analyzeArticles([text])[0];
}

/**
 * Analyses several articles, each on its own, exactly as analyzeArticle would, but stage by
 * stage: every article is read by wink, then every article gets its dates, then its names, then
 * its quotes. Each stage's code and tables stay warm in the processor's caches across the
 * articles instead of being evicted by wink's model between two stages of one article; on the
 * bench's 114 articles this made the whole analysis about a tenth faster. The tokens of all the
 * articles are held at once, so callers bound the batch (annotateCorpus does).
 */
export function analyzeArticles(texts: readonly string[]): ArticleAnalysis[] {
  const tokenized = texts.map(tokenize);
  const publicationDates = tokenized.map(findPublicationDate);
  // wink's quantities stay; its DATE/TIME/DURATION spans are replaced by the DATE layer's
  const dates = tokenized.map((t, k) => dateMentions(t, publicationDates[k]));
  const named = tokenized.map((t, k) => namedMentions(t, blockedTokens(t, dates[k])));
  // Every line is read for quotes, however long: the finder and the attribution are both linear in
  // it. (Lines over 20,000 characters used to be blanked for them, because each quote on a line read
  // its whole line and sentence, so a line of thousands of quotes was quadratic: '“a” ' 5,000 times
  // under a headline took 7 s. What each quote reads is now bounded; see attributeQuotes.)
  // (a "Related news" list is of other articles' headlines: works, no name inside one a mention)
  tokenized.forEach((t, k) => {
    const related = relatedNews(t.text);
    if (related) { named[k] = outside(named[k], [related]); dates[k] = outside(dates[k], [related]); }
  });
  const found = tokenized.map((t, k) => {
    const spans = findQuotes(t.text);
    // (no name inside a work's quoted title is a mention: ANNOTATION.md §5)
    const titles = quotedTitles(t.text, spans);
    if (titles.length) named[k] = outside(named[k], titles);
    return attributeQuotes(t, spans, named[k], titles);
  });
  return tokenized.map((t, k) => {
    const inDate = overlapIndex(dates[k]);
    const quantities = winkMentions(t)
      .filter(m => !isTemporal(m.type) && !inDate(m.start, m.end)); // "21" in "21-month"
    const quotes = found[k].map(q => ({ text: q.text, start: q.start, end: q.end, speaker: null, speakerText: q.speakerText }));
    const inNamed = overlapIndex(named[k]);
    const numbers = quantities.filter(m => !inNamed(m.start, m.end));
    // The named mentions are listed as they are (their extra fields, such as the linking key, ride
    // along): corpus linking copies every mention into its output anyway.
    const mentions: Mention[] = [...numbers, ...dates[k], ...named[k]].sort((a, b) => a.start - b.start);
    return { text: t.text, publicationDate: publicationDates[k], mentions, quotes, named: named[k], quoteSpeakers: found[k].map(q => q.speaker) };
  });
}

/**
 * The lines of a "Related news" list (Wikinews ends articles with one): the block of lines after
 * its heading, up to the first blank line after them; null if the article has none.
 */
function relatedNews(text: string): { start: number; end: number } | null {
  const heading = RELATED_HEADING.exec(text);
  if (!heading) return null;
  let start = heading.index + heading[0].length;
  while (text[start] === '\n' || text[start] === '\r' || text[start] === ' ' || text[start] === '\t') start++;
  const blank = /\n[ \t]*\r?\n/.exec(text.slice(start));
  const end = blank ? start + blank.index : text.length;
  return end > start ? { start, end } : null;
}
const RELATED_HEADING = /^[ \t]*Related (?:news|articles|stories)[ \t]*:?[ \t]*$/im;

/** The mentions (sorted by start) not inside any of the spans (sorted by start, not nested): one sweep. */
function outside<M extends { start: number; end: number }>(mentions: readonly M[], spans: readonly { start: number; end: number }[]): M[] {
  const out: M[] = [];
  let j = 0;
  for (const m of mentions) {
    while (j < spans.length && spans[j].end <= m.start) j++;
    if (!(j < spans.length && m.start >= spans[j].start && m.end <= spans[j].end)) out.push(m);
  }
  return out;
}
/**
 * Tokens inside dates never start a name ("Wednesday", "Christmas"): a byte per token, 1 if blocked.
 * (A long text has tens of thousands of them: a set hashed each one in, and piecesOf hashed them
 * again to read them back.)
 */
function blockedTokens(tokenized: TokenizedText, dates: readonly Mention[]): Uint8Array {
  const tokens = tokenized.tokens;
  const blocked = new Uint8Array(tokens.length);
  for (const d of dates) {
    // the tokens that overlap the date: from the last one starting at or before its start
    for (let i = Math.max(0, lastTokenAtOrBefore(tokenized.starts, d.start)); i < tokens.length && tokens[i].start < d.end; i++) if (tokens[i].end > d.start) blocked[i] = 1;
  }
  for (const e of tokenized.winkEntities) {
    // (nor "MAR" in "The Movement for Action and Renewal (MAR) won": letters no date is made of)
    if (!isTemporal(e.type as never) || e.firstToken === e.lastToken && (weekdayInName(tokens, e.firstToken) || MONTH_LETTERS.test(tokens[e.firstToken].text))) continue;
    for (let i = e.firstToken; i <= e.lastToken; i++) blocked[i] = 1;
  }
  return blocked;
}
