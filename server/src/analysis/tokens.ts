import { nlp } from './nlp';

/** One wink token with its place in the article, in UTF-16 code units. */
export interface Token {
  readonly index: number;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Universal POS tag from wink (PROPN, NOUN, VERB, PUNCT, ...). */
  readonly pos: string;
  readonly sentence: number;
  /** The text between the previous token and this one (whitespace), as wink saw it. */
  readonly space: string;
  /** Starts with a capital letter. */
  readonly cap: boolean;
  /** The first real word of its sentence (wink's paragraph-break tokens do not count). */
  readonly sentenceStart: boolean;
  /** The whitespace before it holds a line break. */
  readonly newline: boolean;
  /** Some whitespace comes before it. */
  readonly gap: boolean;
}

/** Builds a token (or a piece of one): every token has this one shape, which keeps the code that reads them fast. */
export function makeToken(index: number, text: string, start: number, end: number, pos: string, sentence: number, space: string, sentenceStart: boolean, newline: boolean, gap: boolean, cap = isCapText(text)): Token {
  return { index, text, start, end, pos, sentence, space, cap, sentenceStart, newline, gap };
}

const CAP = /^[\p{Lu}]/u;
const LETTER = /[\p{L}]/u;
/** Starts with a capital letter: A-Z and the rest of ASCII are decided by code, others by the expressions. */
function isCapText(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return CAP.test(text) && LETTER.test(text);
}

/** Only whitespace: decided by the first character for nearly every token. */
function isBlank(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c > 32 && c < 127) return false;
  return text.trim() === '';
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

/**
 * Tokenises with wink and places every token at its UTF-16 offset. wink keeps every
 * character as either a token value or the whitespace before one, so each value is found
 * at or just after the end of the one before; we check that as we go rather than trust it.
 * Only values and tags are read back from wink: each `.out()` is a pass over the document,
 * and the whitespace between tokens is already in the text.
 */
export function tokenize(text: string): TokenizedText {
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
  for (let i = 0; i < values.length; i++) {
    while (i > sentenceEnd && k < sentences.length - 1) sentenceEnd = sentences[++k][1];
    const v = values[i];
    let start = offset;
    // Most tokens follow the last one directly or after one space: no search, no new string.
    if (!text.startsWith(v, start)) {
      start = text.charCodeAt(offset) === 32 && text.startsWith(v, offset + 1) ? offset + 1 : text.indexOf(v, offset);
      if (start < 0) throw new Error(`tokenize: cannot place token ${JSON.stringify(v)} at ${offset}`);
    }
    const space = start === offset ? '' : start === offset + 1 && text.charCodeAt(offset) === 32 ? ' ' : text.slice(offset, start);
    const end = start + v.length;
    const sentenceStart = k !== lastSentence;
    if (pos[i] !== 'SPACE' && !isBlank(v)) lastSentence = k;
    const gap = space.length > 0;
    const newline = gap && space !== ' ' && (space.includes('\n') || space.includes('\r'));
    const t = makeToken(i, v, start, end, pos[i], k, space, sentenceStart, newline, gap);
    tokens[i] = t;
    firstChar[i] = v.charCodeAt(0);
    starts[i] = start;
    if (t.cap) capitals.push(i);
    if (v.length > 4 && v.includes('-')) hyphenated.push(i);
    offset = end;
  }
  // its.type, not its.detail: the detail of an entity also rebuilds its text, which is not needed here
  const types = doc.entities().out(its.type) as unknown as string[];
  const spans = doc.entities().out(its.span) as unknown as [number, number][];
  const winkEntities = spans.map((s, j) => ({ type: types[j], firstToken: s[0], lastToken: s[1] }));
  return { text, tokens, winkEntities, sentences, firstChar, starts, capitals, hyphenated };
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
