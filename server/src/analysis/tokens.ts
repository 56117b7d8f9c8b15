import { nlp } from './nlp';

/** One wink token with its place in the article, in UTF-16 code units. */
export interface Token {
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
  return { text, start, end, pos, sentence, flags: (flags & ~CAP) | (cap ? CAP : 0) };
}

const CAP_LETTER = /^[\p{Lu}]/u;
const LETTER = /[\p{L}]/u;
/** Starts with a capital letter: A-Z and the rest of ASCII are decided by code, others by the expressions. */
function isCapText(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return CAP_LETTER.test(text) && LETTER.test(text);
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
    const end = start + v.length;
    const sentenceStart = k !== lastSentence;
    if (pos[i] !== 'SPACE' && !isBlank(v)) lastSentence = k;
    // the whitespace before it: none, one plain space (most tokens), or something to look into
    const oneSpace = start === offset + 1 && text.charCodeAt(offset) === 32;
    let newline = false;
    if (start > offset && !oneSpace) {
      for (let c = offset; c < start && !newline; c++) { const ch = text.charCodeAt(c); newline = ch === 10 || ch === 13; }
    }
    const t = makeToken(v, start, end, pos[i], k, (sentenceStart ? SENTENCE_START : 0) | (newline ? NEWLINE : 0) | (start > offset ? GAP : 0) | (oneSpace ? ONE_SPACE : 0));
    tokens[i] = t;
    firstChar[i] = v.charCodeAt(0);
    starts[i] = start;
    if (capital(t)) capitals.push(i);
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
