/**
 * A copy of a string that keeps nothing else alive, for the memos' keys and values. V8 makes a
 * slice of 13 characters or more (a token, a name, a regex match) a view of the whole string it
 * was cut from, and a concatenation holds its parts: a memo entry made from an article kept the
 * whole article's text. The memos outlive their articles (tens of thousands of entries), so an
 * analysis worker that had read 8,000 articles held some 40 MB of their texts.
 */
export function detached(s: string): string {
  // the concatenation is flattened into a new string, of which the slice is a view
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/** What rememberedPerWord keeps for an answer of `undefined`. */
const NO_ANSWER: unique symbol = Symbol('no answer');

/**
 * `compute`, its answers remembered per string as written (keys detached, so no entry keeps an
 * article alive): for the word and phrase tests the rules ask of the same capitalised words over
 * and over. The memo is emptied when it reaches `limit` entries, so a long run of new words costs
 * bounded memory.
 */
export function rememberedPerWord<T>(compute: (word: string) => T, limit = 50000): (word: string) => T {
  // An answer of `undefined` is kept as NO_ANSWER, so that every remembered answer costs one lookup:
  // most words are in no list (knownAs answers undefined for nearly every name), and telling an
  // unknown word from one remembered as undefined cost a second lookup, has(), on every call.
  const memo = new Map<string, T | typeof NO_ANSWER>();
  return word => {
    const v = memo.get(word);
    if (v !== undefined) return v === NO_ANSWER ? undefined as T : v as T;
    const computed = compute(word);
    if (memo.size >= limit) memo.clear();
    memo.set(detached(word), computed === undefined ? NO_ANSWER : computed);
    return computed;
  };
}
