import { nlp } from './nlp';

/** One wink token with its place in the article, in UTF-16 code units. */
export interface Token {
  readonly index: number;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Universal POS tag from wink (PROPN, NOUN, VERB, PUNCT, ...). */
  readonly pos: string;
  /** wink's token type (word, number, punctuation, emoji, ...). */
  readonly kind: string;
  readonly sentence: number;
  /** Whitespace before the token, as wink saw it. */
  readonly space: string;
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
}

/**
 * Tokenises with wink and places every token at its UTF-16 offset. wink keeps every
 * character as either a token value or the whitespace before one, so walking the two
 * in order reproduces the text exactly; we check that as we go rather than trust it.
 */
export function tokenize(text: string): TokenizedText {
  const engine = nlp();
  const its = engine.its;
  const doc = engine.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const kinds = doc.tokens().out(its.type) as string[];
  const sentences = (doc.sentences().out(its.span) as unknown as [number, number][]).map(s => [s[0], s[1]] as const);
  const sentenceOf = new Array<number>(values.length).fill(0);
  sentences.forEach(([a, b], k) => { for (let i = a; i <= b; i++) sentenceOf[i] = k; });

  const tokens: Token[] = [];
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    offset += spaces[i].length;
    let start = offset;
    if (text.startsWith(values[i], start) === false) {
      // Defensive: re-synchronise on the next occurrence should wink ever normalise a value.
      const found = text.indexOf(values[i], start);
      if (found < 0) throw new Error(`tokenize: cannot place token ${JSON.stringify(values[i])} at ${start}`);
      start = found;
    }
    const end = start + values[i].length;
    tokens.push({ index: i, text: values[i], start, end, pos: pos[i], kind: kinds[i], sentence: sentenceOf[i], space: spaces[i] });
    offset = end;
  }
  const details = doc.entities().out(its.detail) as unknown as { type: string }[];
  const spans = doc.entities().out(its.span) as unknown as [number, number][];
  const winkEntities = spans.map((s, k) => ({ type: details[k].type, firstToken: s[0], lastToken: s[1] }));
  return { text, tokens, winkEntities, sentences };
}
