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

/**
 * `compute`, its answers remembered per string as written (keys detached, so no entry keeps an
 * article alive): for the word and phrase tests the rules ask of the same capitalised words over
 * and over. The memo is emptied when it reaches `limit` entries, so a long run of new words costs
 * bounded memory.
 */
export function rememberedPerWord<T>(compute: (word: string) => T, limit = 50000): (word: string) => T {
  const memo = new Map<string, T>();
  return word => {
    let v = memo.get(word);
    if (v === undefined && !memo.has(word)) {
      v = compute(word);
      if (memo.size >= limit) memo.clear();
      memo.set(detached(word), v);
    }
    return v as T;
  };
}
