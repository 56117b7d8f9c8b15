import { nlp } from './nlp';
import { isGivenName, nameAbbreviations } from './gazetteer';

/** One wink token with its place in the article, in UTF-16 code units. */
export interface Token {
  /** The text between start and end, read without an ʻokina or an ayin's mark ("ʻOfa" is "Ofa"; see makeToken). */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Universal POS tag from wink (PROPN, NOUN, VERB, PUNCT, ...). */
  readonly pos: string;
  readonly sentence: number;
  /** CAP, SENTENCE_START, NEWLINE, GAP and ONE_SPACE bits: read them with capital(), startsSentence() and so on. */
  readonly flags: number;
}

/**
 * The bits of Token.flags. Five booleans and the whitespace string before the token used to be
 * fields of their own; a long text has a hundred thousand tokens, all alive to the end of the
 * analysis, and each field of each is copied by the garbage collector as they age.
 */
export const CAP = 1, SENTENCE_START = 2, NEWLINE = 4, GAP = 8, ONE_SPACE = 16;
/** Starts with a capital letter. */
export const capital = (t: Token) => (t.flags & CAP) !== 0;
/** The first real word of its sentence (wink's paragraph-break tokens do not count). */
export const startsSentence = (t: Token) => (t.flags & SENTENCE_START) !== 0;
/** The whitespace before it holds a line break. */
export const afterNewline = (t: Token) => (t.flags & NEWLINE) !== 0;
/** Some whitespace comes before it. */
export const afterSpace = (t: Token) => (t.flags & GAP) !== 0;
/** Exactly one plain space comes before it. */
export const afterOneSpace = (t: Token) => (t.flags & ONE_SPACE) !== 0;

/**
 * Builds a token (or a piece of one): every token has this one shape, which keeps the code that
 * reads them fast. `flags` gives the whitespace and sentence bits; CAP is worked out from the text.
 */
export function makeToken(text: string, start: number, end: number, pos: string, sentence: number, flags: number, cap = isCapText(text)): Token {
  // ("ʻOfa", "Nukuʻalofa", "Haʻapai", "ʿAbd": the ʻokina and the mark for an ayin are read as no letter
  // at all, as the spellings without them are: every shape, list and name test then sees "Ofa" and
  // "Nukualofa", while spans and names keep the text's own letters, which offsets point to)
  if (text.length > 1 && (text.includes('\u02bb') || text.includes('\u02bf'))) text = text.replace(MODIFIER_MARKS, '') || text;
  return { text, start, end, pos, sentence, flags: (flags & ~CAP) | (cap ? CAP : 0) };
}
const MODIFIER_MARKS = /[\u02bb\u02bf]/g;

const CAP_LETTER = /^[\p{Lu}]/u;
const NGUNI_PREFIXED = /^[eu]\p{Lu}\p{Ll}{3,}/u;
const LETTER = /[\p{L}]/u;
/** Starts with a capital letter: A-Z and the rest of ASCII are decided by code, others by the expressions. */
function isCapText(text: string): boolean {
  const c = text.charCodeAt(0);
  // ("I'm", "I’ve", "I'd", "I'll": the pronoun with its verb, which wink keeps in one token, is no name's word)
  if (c === 73 && (text[1] === "'" || text[1] === '’') && text.length <= 4) return false;
  if (c >= 65 && c <= 90) return true;
  // "d'Ivoire", "d’Estaing", "l'Aquila": an elided French or Italian article glued to a name is
  // part of that name
  if ((c === 100 || c === 108) && (text[1] === "'" || text[1] === '’') && CAP_LETTER.test(text.slice(2))) return true;
  // ("eThekwini", "uMhlathuze", "eSwatini": a Nguni name's locative or class prefix, in lowercase before its capital)
  if ((c === 101 || c === 117) && text.length >= 5 && NGUNI_PREFIXED.test(text)) return true;
  if (c < 128) return false;
  // ("ʻOfa", "ʻAbd": an ʻokina or an ayin's mark before a capital opens a name)
  if ((c === 0x2bb || c === 0x2bf) && text.length > 1) return CAP_LETTER.test(text.slice(1));
  return CAP_LETTER.test(text) && LETTER.test(text);
}

/** Only whitespace: decided by the first character for nearly every token. */
function isBlank(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c > 32 && c < 127) return false;
  return text.trim() === '';
}

const WORD_CHAR = /[\p{L}\p{M}]/u;
/**
 * Whether the token `v`, placed right at `offset` with no space before it, continues the word that
 * ends there: two letters (or combining marks) meet, and one of them is beyond ASCII. wink's own
 * splits between ASCII letters ("gon" "na") are kept.
 */
function joinsWord(text: string, offset: number, v: string): boolean {
  const a = text.charCodeAt(offset - 1), b = v.charCodeAt(0);
  if (a < 128 && b < 128) return false;
  return WORD_CHAR.test(text[offset - 1]) && WORD_CHAR.test(v[0]);
}

/** A wink entity span, as token indices (inclusive) plus wink's type. */
export interface WinkEntity {
  readonly type: string;
  readonly firstToken: number;
  readonly lastToken: number;
}

export interface TokenizedText {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly winkEntities: readonly WinkEntity[];
  /** Sentences as [firstToken, lastToken] inclusive. */
  readonly sentences: readonly (readonly [number, number])[];
  /**
   * Compact indexes built while the tokens are placed, so that later passes can skip the tokens
   * they never match without reading each token object (a long text has a hundred thousand):
   * the first UTF-16 code unit of every token, the tokens that start with a capital letter, and
   * the tokens longer than four characters with a hyphen inside ("UN-backed", "anti-Pyongyang").
   */
  readonly firstChar: readonly number[];
  /** The start of every token, for binary searches that read no token object. */
  readonly starts: readonly number[];
  readonly capitals: readonly number[];
  readonly hyphenated: readonly number[];
}

/** Longer runs of non-space characters than this are cut for wink (see breakLongRuns). */
export const MAX_RUN = 256;
const LONG_RUN = new RegExp(`\\S{${MAX_RUN + 1},}`, 'g');

/**
 * wink's tokenizer takes time quadratic in the length of a run of characters with no space in it:
 * 50,000 letters take 2 s, 50,000 "ab1" 12 s (found by the fuzz tests), and one such line would
 * stall the server. No word is 256 characters long, so wink reads a copy of the text in
 * which every MAX_RUN/2-th character of such a run is a space. The copy has the same length, so
 * every offset still points into the real text; the replaced characters belong to no token, as if
 * they were whitespace. A surrogate pair is replaced whole (two spaces), so no pair is split.
 */
export function breakLongRuns(text: string): string {
  if (text.length <= MAX_RUN || !hasLongRun(text)) return text;
  LONG_RUN.lastIndex = 0;
  return text.replace(LONG_RUN, run => {
    const chars = run.split('');
    const high = (k: number) => { const c = run.charCodeAt(k); return c >= 0xd800 && c <= 0xdbff; };
    const low = (k: number) => { const c = run.charCodeAt(k); return c >= 0xdc00 && c <= 0xdfff; };
    for (let at = MAX_RUN >> 1; at < chars.length; at += MAX_RUN >> 1) {
      const p = low(at) && high(at - 1) ? at - 1 : at; // the start of a pair, or a lone code unit
      chars[p] = ' ';
      if (high(p) && low(p + 1)) chars[p + 1] = ' ';
    }
    return chars.join('');
  });
}

/**
 * Whether the text holds a run of more than MAX_RUN characters none of which is whitespace (as
 * `\s` counts it), which is what LONG_RUN finds. The expression restarts at every character of
 * every word, and took a fiftieth of the analysis of a long text only to find that nearly every
 * text has no such run. Here each window of MAX_RUN + 1 characters is read from its end back to
 * its last space, and the next window starts just after that space: prose has a space every few
 * characters, so a window costs a handful of reads and moves the search on by some 250 characters.
 * No character is read more than twice.
 */
export function hasLongRun(text: string): boolean {
  const need = MAX_RUN + 1;
  for (let from = 0; from + need <= text.length;) {
    let p = from + need - 1;
    while (p >= from) {
      const c = text.charCodeAt(p);
      if (!(c > 32 && c < 127) && isJsSpace(c)) break;
      p--;
    }
    if (p < from) return true; // no space in the window
    from = p + 1;
  }
  return false;
}

/** `\s` of a regular expression, for one UTF-16 code unit: ECMAScript's WhiteSpace and LineTerminator. */
export function isJsSpace(c: number): boolean {
  if (c < 128) return c === 32 || c >= 9 && c <= 13;
  return c === 0xa0 || c === 0x1680 || c >= 0x2000 && c <= 0x200a || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

// "Lee Sang-jun", "Park Ji-jun": wink reads a lowercase syllable hyphenated onto a capitalised one as
// the month "jun"; inside a name it is no date.
const MONTH_SYLLABLE = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)$/;
// "according to Jan Egeland", "June Carter sang": a month's name that is also a given name, right
// before a capitalised name and after no word that leads a date ("in June Congress voted"), is
// the person's given name.
const MONTH_NAME = /^(?:Jan|January|Feb|February|Mar|March|Apr|April|May|Jun|June|Jul|July|Aug|August|Sep|Sept|September|Oct|October|Nov|November|Dec|December)$/;
const DATE_LEAD = /^(?:in|on|by|since|until|till|from|to|through|during|last|next|this|that|early|late|mid|of|before|after|between|every|each|around|about|throughout|the|,)$/i;
const WORD = /^\p{Lu}\p{Ll}+(?:[-'’]\p{L}+)?$/u;
function monthGivenName(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k], next = tokens[k + 1], prev = tokens[k - 1];
  if (!next || !MONTH_NAME.test(t.text) || !isGivenName(t.text) || !WORD.test(next.text) || MONTH_NAME.test(next.text) || next.start !== t.end + 1) return false;
  if (/^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/.test(next.text)) return false;
  return !prev || !DATE_LEAD.test(prev.text) || prev.text === 'to' && /^according$/i.test(tokens[k - 2]?.text ?? '');
}

// "Jan-Willem Terpstra", "May-Britt Moser", "Jan-Erik Larsson": a month's name hyphened onto a capitalised
// name, with no space either side, opens a given name.
function hyphenedGivenName(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k], h = tokens[k + 1], after = tokens[k + 2];
  return !!after && MONTH_NAME.test(t.text) && h.text === '-' && h.start === t.end && after.start === h.end && capital(after) && /^\p{Lu}\p{Ll}+$/u.test(after.text) && !MONTH_NAME.test(after.text);
}

function nameSyllable(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k], h = tokens[k - 1], before = tokens[k - 2];
  return !!before && MONTH_SYLLABLE.test(t.text) && h.text === '-' && h.end === t.start && before.end === h.start && capital(before);
}

/**
 * "the Rev. Al Sharpton", "Sens. Mitt Romney", "Warner Bros. Discovery": wink splits some
 * abbreviations before a name into a word and a full stop that ends the sentence, which cuts the
 * name off its title. wink reads a copy of the text in which the full stop of such an abbreviation,
 * before a space and a capital letter, is a letter; the copy has the same length, and the tokens
 * made from it take their text from the real one. Returns the copy and the offsets changed.
 */
const ABBREVIATION_BEFORE_NAME = new RegExp(`(?<![\\p{L}.])(?:${nameAbbreviations.join('|')})\\.(?= \\p{L})`, 'gu');
/**
 * "Rep. Jane Doe, D-N.Y., said": wink splits an initialism it does not know ("N" "." "Y.") and ends
 * the sentence inside it. Before a comma an initialism ends no sentence: its full stops are letters
 * in wink's copy too, and it is one token.
 */
const INITIALISM_END = /(?:^|[^\p{L}.])((?:\p{Lu}\.){2,4})$/u;
function protectAbbreviations(text: string): { text: string; dots: number[] } {
  const dots: number[] = [];
  ABBREVIATION_BEFORE_NAME.lastIndex = 0;
  for (let m = ABBREVIATION_BEFORE_NAME.exec(text); m; m = ABBREVIATION_BEFORE_NAME.exec(text)) dots.push(m.index + m[0].length - 1);
  // (found from each ".," in the text, read back a few characters: a pattern over the whole text,
  // with its look-behind, cost 3% of the analysis)
  for (let at = text.indexOf('.,'); at >= 0; at = text.indexOf('.,', at + 2)) {
    const m = INITIALISM_END.exec(text.slice(Math.max(0, at - 8), at + 1));
    if (m) for (let k = at + 1 - m[1].length + 1; k <= at; k += 2) dots.push(k);
  }
  // ("the China-U.S. deal", "the Alberta-N.W.T. boundary": and an initialism hyphened onto a name,
  // which wink cuts into a letter, a full stop and the rest; its last stop stays one where a
  // capital letter follows, a sentence's end as it may be)
  for (let at = text.indexOf('-'); at >= 0; at = text.indexOf('-', at + 1)) {
    const m = HYPHENED_INITIALISM.exec(text.slice(at, at + 10));
    if (!m) continue;
    const last = at + m[0].length - 1, keepLast = /^\s+\p{Lu}/u.test(text.slice(last + 1, last + 3));
    for (let k = at + 2; k <= last; k += 2) if (k < last || !keepLast) dots.push(k);
  }
  if (!dots.length) return { text, dots };
  dots.sort((a, b) => a - b);
  let out = '', from = 0;
  for (const d of dots) { out += text.slice(from, d) + 'x'; from = d + 1; }
  return { text: out + text.slice(from), dots };
}

/** A hyphen, then two to four capital letters each with its full stop: "-U.S.", "-N.W.T.". */
const HYPHENED_INITIALISM = /^-(?:\p{Lu}\.){2,4}/u;
const SHORT_WORD_STOP = /^\p{Lu}\p{Ll}+\.$/u;
/** What follows a full stop that ends a sentence for certain: a line break, the end, or an opening quotation mark. */
const SENTENCE_AFTER = /^(?:[ \t]*$|[ \t]*[\r\n]|[ \t]+["“‘])/;
/** A word wink kept whole with a possessive "'s" on it: "year's", "Biden's" (not "it's", "let's", which wink expands). */
const POSSESSIVE_WORD = /^\p{L}[\p{L}\p{M}.-]*\p{L}['’]s$/u;
/** Writes a full stop ending at `end` as a token of its own at index n (of the token, first-character and start lists); returns the next index. */
function addStop(tokens: Token[], firstChar: number[], starts: number[], n: number, end: number, sentence: number): number {
  tokens[n] = makeToken('.', end - 1, end, 'PUNCT', sentence, 0);
  firstChar[n] = 46;
  starts[n] = end - 1;
  return n + 1;
}
/** A mark that opens a quotation or an aside. */
const OPENING_MARK = /^["“‘'(]$/;
/** Whether token j is a closing quotation mark right after a full stop, "!" or "?". */
function closesSentence(tokens: Token[], j: number): boolean {
  const t = tokens[j], stop = tokens[j - 1];
  return !!stop && /^["”’']$/.test(t.text) && !afterSpace(t) && (stop.text === '.' || stop.text === '!' || stop.text === '?');
}
/** Whether token j is a quotation mark (or bracket) that opens a sentence, or a quotation after ":" or ",". */
function opensQuotation(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  if (!OPENING_MARK.test(t.text)) return false;
  if (startsSentence(t)) return true;
  const before = tokens[j - 1];
  return (t.text === '"' || t.text === '“') && afterSpace(t) && !!before && (before.text === ':' || before.text === ',');
}
/**
 * Tokenises with wink and places every token at its UTF-16 offset. wink keeps every
 * character as either a token value or the whitespace before one, so each value is found
 * at or just after the end of the one before; we check that as we go rather than trust it.
 * Only values and tags are read back from wink: each `.out()` is a pass over the document,
 * and the whitespace between tokens is already in the text.
 */
export function tokenize(original: string): TokenizedText {
  const { text, dots } = protectAbbreviations(breakLongRuns(original));
  const engine = nlp();
  const its = engine.its;
  const doc = engine.readDoc(text);
  const all = doc.tokens();
  const values = all.out(its.value) as string[];
  const pos = all.out(its.pos) as string[];
  const sentences = (doc.sentences().out(its.span) as unknown as [number, number][]).map(s => [s[0], s[1]] as const);

  const tokens: Token[] = new Array(values.length);
  const firstChar: number[] = new Array(values.length); // a plain array: a typed array per article costs an allocation outside the heap
  const starts: number[] = new Array(values.length);
  const capitals: number[] = [];
  const hyphenated: number[] = [];
  let offset = 0;
  let k = 0; // current sentence
  let sentenceEnd = sentences.length ? sentences[0][1] : values.length; // its last token
  let lastSentence = -1; // the sentence of the last token that was not a paragraph break
  // wink splits a word at every letter beyond Latin-1 ("Erdo" "ğ" "an", "Ł" "ód" "ź"): such pieces,
  // touching with no space between two letters, are joined back into one token. `index` maps wink's
  // token numbers to ours; it is made only when a word is joined (most texts never need it).
  let index: number[] | undefined;
  let n = 0; // tokens placed so far
  for (let i = 0; i < values.length; i++) {
    while (i > sentenceEnd && k < sentences.length - 1) sentenceEnd = sentences[++k][1];
    const v = values[i];
    let start = offset;
    // Most tokens follow the last one directly or after one space: no search, no new string.
    if (!text.startsWith(v, start)) {
      start = text.charCodeAt(offset) === 32 && text.startsWith(v, offset + 1) ? offset + 1 : text.indexOf(v, offset);
      if (start < 0) throw new Error(`tokenize: cannot place token ${JSON.stringify(v)} at ${offset}`);
    }
    const end = start + v.length;
    if (start === offset && n > 0 && joinsWord(text, offset, v)) {
      const prev = tokens[n - 1];
      // wink reads a last letter and a full stop as an initial ("Đứ" "c."): the stop is its own token
      const stop = v.length > 1 && v.charCodeAt(v.length - 1) === 46 /* . */ ? 1 : 0;
      const joined = text.slice(prev.start, end - stop);
      const tag = capital(prev) ? 'PROPN' : prev.pos === 'X' ? pos[i] : prev.pos;
      tokens[n - 1] = makeToken(joined, prev.start, end - stop, tag, prev.sentence, prev.flags);
      // ("ʻOfa": wink's "ʻ" and "Ofa" joined make a capitalised word the list of capitals must hold)
      if (capital(tokens[n - 1]) && !capital(prev)) capitals.push(n - 1);
      if (joined.length > 4 && joined.includes('-') && hyphenated[hyphenated.length - 1] !== n - 1) hyphenated.push(n - 1);
      if (!index) { index = new Array(values.length); for (let j = 0; j < i; j++) index[j] = j; }
      index[i] = n - 1;
      if (stop) { index[i] = n; n = addStop(tokens, firstChar, starts, n, end, prev.sentence); }
      offset = end;
      continue;
    }
    if (index) index[i] = n;
    // ('"The bank is cutting."', 'He said: "The bank ...': the word right after an opening
    // quotation mark that opens a sentence, or follows a colon or a comma, opens a sentence too;
    // and so does the word after a quotation that ends in a full stop, which wink reads on with:
    // '"... is cutting." Analysts said')
    const sentenceStart = k !== lastSentence || n > 0 && (start === offset ? opensQuotation(tokens, n - 1) : closesSentence(tokens, n - 1));
    if (pos[i] !== 'SPACE' && !isBlank(v)) lastSentence = k;
    // the whitespace before it: none, one plain space (most tokens), or something to look into
    const oneSpace = start === offset + 1 && text.charCodeAt(offset) === 32;
    let newline = false;
    if (start > offset && !oneSpace) {
      for (let c = offset; c < start && !newline; c++) { const ch = text.charCodeAt(c); newline = ch === 10 || ch === 13; }
    }
    // ('told public broadcaster Kan. "We are ...': wink reads a short capitalised word and a full stop
    // as an abbreviation ("Kan.", "Ill."); before a quotation, a line break or the end of the text,
    // after no comma ("Wichita, Kan."), and no title's abbreviation, the stop ends the sentence
    const stop = v.length >= 3 && v.length <= 6 && v.charCodeAt(v.length - 1) === 46 && SHORT_WORD_STOP.test(v) && !(n > 0 && tokens[n - 1].text === ',')
      && SENTENCE_AFTER.test(text.slice(end, end + 3)) && !nameAbbreviations.includes(v.slice(0, -1)) ? 1 : 0;
    // ('smaller than last year's.', 'It was Biden's.': before a full stop or a comma wink keeps a
    // possessive it has not met in one token, which it splits everywhere else ("year" "'s"): the
    // "'s" is a token of its own, and the word is tagged as its case says, wink having read the whole
    // as a name)
    // ("St. John's", a city: not after "St.")
    const own = !stop && v.length >= 4 && POSSESSIVE_WORD.test(v) && !/\bSt\.? $|\bSaint $/.test(text.slice(Math.max(0, start - 7), start)) ? 2 : 0;
    // (the token list grows by one: wink's numbers map onto ours from here on)
    if ((stop || own) && !index) { index = new Array(values.length); for (let j = 0; j < i; j++) index[j] = j; index[i] = n; }
    const t = makeToken(stop ? v.slice(0, -1) : own ? v.slice(0, -2) : v, start, end - stop - own, own ? (/^\p{Lu}/u.test(v) ? 'PROPN' : 'NOUN') : pos[i], k, (sentenceStart ? SENTENCE_START : 0) | (newline ? NEWLINE : 0) | (start > offset ? GAP : 0) | (oneSpace ? ONE_SPACE : 0));
    tokens[n] = t;
    firstChar[n] = t.text.charCodeAt(0);
    starts[n] = start;
    if (capital(t)) capitals.push(n);
    if (v.length > 4 && v.includes('-')) hyphenated.push(n);
    n++;
    if (stop) n = addStop(tokens, firstChar, starts, n, end, k);
    if (own) {
      tokens[n] = makeToken(v.slice(-2), end - 2, end, 'PART', k, 0);
      firstChar[n] = v.charCodeAt(v.length - 2);
      starts[n] = end - 2;
      n++;
    }
    offset = end;
  }
  if (index) {
    tokens.length = firstChar.length = starts.length = n;
    const at = index;
    for (let s = 0; s < sentences.length; s++) sentences[s] = [at[sentences[s][0]], at[sentences[s][1]]];
  }
  // the protected abbreviations take their full stop back
  for (const d of dots) {
    const j = lastTokenAtOrBefore(starts, d), t = tokens[j];
    if (t && t.end > d) tokens[j] = makeToken(original.slice(t.start, t.end), t.start, t.end, t.pos, t.sentence, t.flags);
  }
  // its.type, not its.detail: the detail of an entity also rebuilds its text, which is not needed here
  const types = doc.entities().out(its.type) as unknown as string[];
  const spans = doc.entities().out(its.span) as unknown as [number, number][];
  const winkEntities = spans.map((s, j) => ({ type: types[j], firstToken: index ? index[s[0]] : s[0], lastToken: index ? index[s[1]] : s[1] }))
    .filter(e => !(e.firstToken === e.lastToken && (nameSyllable(tokens, e.firstToken) || monthGivenName(tokens, e.firstToken) || hyphenedGivenName(tokens, e.firstToken))));
  return { text: original, tokens, winkEntities, sentences, firstChar, starts, capitals, hyphenated };
}

/**
 * Index of the last token (or piece) starting at or before `offset`, -1 if none, searched in the
 * list of their starts (TokenizedText.starts): a search in a long text reads seventeen numbers
 * from one array instead of seventeen token objects scattered over the heap.
 */
export function lastTokenAtOrBefore(starts: readonly number[], offset: number): number {
  let lo = 0, hi = starts.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}

/** Index of the last item whose key is <= value, in an array sorted by that key; -1 if none. */
export function lastAtOrBefore<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0, hi = items.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) <= value) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}

/**
 * Answers "does any of these spans overlap [start, end)?": the spans sorted by start, with the
 * running maximum of their ends; the spans starting before `end` overlap iff the furthest end
 * among them is past `start`. A cursor finds that prefix, so queries in text order (tokens,
 * mentions) cost O(1) each: a long text has thousands of mentions and a hundred thousand
 * tokens, and testing each against every span (`some` inside a loop) would be quadratic.
 */
export function overlapIndex(spans: readonly { start: number; end: number }[]): (start: number, end: number) => boolean {
  const sorted = spans.map(s => [s.start, s.end] as const).sort((a, b) => a[0] - b[0]);
  const n = sorted.length;
  const starts = sorted.map(s => s[0]);
  const maxEnd: number[] = new Array(n);
  let m = -Infinity;
  for (let i = 0; i < n; i++) { if (sorted[i][1] > m) m = sorted[i][1]; maxEnd[i] = m; }
  let k = 0; // number of spans that start before the last query's end
  return (start, end) => {
    while (k < n && starts[k] < end) k++;
    while (k > 0 && starts[k - 1] >= end) k--;
    return k > 0 && maxEnd[k - 1] > start;
  };
}
