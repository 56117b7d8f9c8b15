// Scoring functions for scripts/eval.mjs. Pure, dependency-free, unit-tested in test/unit/scoring.test.ts.
//
// Shapes used here:
//   span item   { doc, type, start, end, ... }           (doc: any label that names the article)
//   gold entity { doc, type, start, end, canonical }
//   sys entity  { doc, type, start, end, entity }        (entity: id or null)
//   gold quote  { doc, start, end, speaker }             (speaker: canonical name or null)
//   sys quote   { doc, start, end, speaker }             (speaker: system entity id or null)

/** The key of an exact span within a document (type not included). */
export const spanKey = m => `${m.doc}\u0000${m.start}\u0000${m.end}`;
/** The key of an exact typed span. */
export const typedKey = m => `${m.type}\u0000${spanKey(m)}`;

/** Maps system types onto scored types: TIME and DURATION count as DATE; unscored types give null. */
export function scoredType(type) {
  if (type === 'TIME' || type === 'DURATION' || type === 'DATE') return 'DATE';
  if (type === 'PERSON' || type === 'ORG' || type === 'PLACE' || type === 'QUOTE') return type;
  return null;
}

/** Division that gives null (undefined) instead of NaN. */
export const ratio = (a, b) => (b > 0 ? a / b : null);

/**
 * Precision, recall and F1 on exact spans. Duplicate spans on either side count once.
 * precision is null when the system found nothing, recall is null when the gold is empty;
 * F1 = 2·tp / (gold + sys), null only when both are empty.
 */
export function prf(gold, sys, key = spanKey) {
  const g = new Set(gold.map(key));
  const s = new Set(sys.map(key));
  let tp = 0;
  for (const k of s) if (g.has(k)) tp++;
  return {
    gold: g.size, sys: s.size, tp,
    precision: ratio(tp, s.size),
    recall: ratio(tp, g.size),
    f1: ratio(2 * tp, g.size + s.size),
  };
}

/** prf for each type in `types`, comparing only items of that type (items carry .type). */
export function prfByType(gold, sys, types) {
  const out = {};
  for (const t of types) out[t] = prf(gold.filter(m => m.type === t), sys.filter(m => m.type === t));
  return out;
}

/**
 * Pairs each system entity mention with the gold entity mention of the same type and exact span.
 * Returns [{ gold, sys }], one pair per gold mention (the first system mention on that span wins).
 */
export function matchEntityMentions(goldEntities, sysEntities) {
  const byKey = new Map();
  for (const s of sysEntities) { const k = typedKey(s); if (!byKey.has(k)) byKey.set(k, s); }
  const seen = new Set();
  const pairs = [];
  for (const g of goldEntities) {
    const k = typedKey(g);
    if (seen.has(k)) continue;
    seen.add(k);
    const s = byKey.get(k);
    if (s) pairs.push({ gold: g, sys: s });
  }
  return pairs;
}

/**
 * Aligns each system entity id to the gold canonical name that shares most of its exactly matched
 * mentions (pairs from matchEntityMentions). Ties go to the canonical name that sorts first, so
 * the result is deterministic. Ids with no matched mention are absent from the map.
 */
export function alignEntities(pairs) {
  const votes = new Map(); // id -> Map(canonical -> count)
  for (const { gold, sys } of pairs) {
    if (sys.entity == null || gold.canonical == null) continue;
    let v = votes.get(sys.entity);
    if (!v) votes.set(sys.entity, v = new Map());
    v.set(gold.canonical, (v.get(gold.canonical) ?? 0) + 1);
  }
  const align = new Map();
  for (const [id, v] of votes) {
    const best = [...v].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0];
    align.set(id, best[0]);
  }
  return align;
}

/** Each gold item with the first system item of exactly the same span, skipping unmatched gold. */
function* exactPairs(gold, sys) {
  const sysBySpan = new Map();
  for (const x of sys) { const k = spanKey(x); if (!sysBySpan.has(k)) sysBySpan.set(k, x); }
  for (const g of gold) {
    const s = sysBySpan.get(spanKey(g));
    if (s) yield [g, s];
  }
}

/**
 * Speaker accuracy over the gold quotes whose span a system quote matches exactly. A system speaker
 * is correct when its entity id aligns to the gold speaker's canonical name; null == null is correct.
 */
export function speakerAccuracy(goldQuotes, sysQuotes, alignment) {
  let total = 0, correct = 0;
  const errors = [];
  for (const [g, s] of exactPairs(goldQuotes, sysQuotes)) {
    total++;
    const want = g.speaker ?? null;
    const got = s.speaker == null ? null : (alignment.get(s.speaker) ?? `<unaligned ${s.speaker}>`);
    if (want === got) correct++;
    else errors.push({ doc: g.doc, start: g.start, end: g.end, gold: want, system: got });
  }
  return { total, correct, accuracy: ratio(correct, total), errors };
}

/**
 * Date-normalization accuracy over gold DATE mentions with an exact system DATE match (system TIME
 * and DURATION count as DATE): correct when the values are equal, null == null included.
 */
export function dateValueAccuracy(goldDates, sysDates) {
  let total = 0, correct = 0;
  const errors = [];
  for (const [g, s] of exactPairs(goldDates, sysDates)) {
    total++;
    if ((g.value ?? null) === (s.value ?? null)) correct++;
    else errors.push({ doc: g.doc, text: g.text, gold: g.value ?? null, system: s.value ?? null });
  }
  return { total, correct, accuracy: ratio(correct, total), errors };
}

/**
 * B-cubed precision/recall/F1 of a clustering. items: [{ gold: clusterKey, sys: clusterKey }], one per
 * mention. For each item, P = |same sys cluster ∩ same gold cluster| / |same sys cluster| and
 * R = the same over |same gold cluster|; both are averaged over items. A sys key of null makes
 * the item a singleton.
 */
export function bcubed(items) {
  const n = items.length;
  if (n === 0) return { items: 0, precision: null, recall: null, f1: null };
  const sysKey = (it, i) => (it.sys == null ? `\u0000singleton${i}` : String(it.sys));
  const gSize = new Map(), sSize = new Map(), both = new Map();
  items.forEach((it, i) => {
    const g = String(it.gold), s = sysKey(it, i), b = `${g}\u0001${s}`;
    gSize.set(g, (gSize.get(g) ?? 0) + 1);
    sSize.set(s, (sSize.get(s) ?? 0) + 1);
    both.set(b, (both.get(b) ?? 0) + 1);
  });
  let p = 0, r = 0;
  items.forEach((it, i) => {
    const g = String(it.gold), s = sysKey(it, i), common = both.get(`${g}\u0001${s}`);
    p += common / sSize.get(s);
    r += common / gSize.get(g);
  });
  p /= n; r /= n;
  return { items: n, precision: p, recall: r, f1: p + r > 0 ? 2 * p * r / (p + r) : 0 };
}

/** B-cubed over exactly matched PERSON/ORG/PLACE mentions: gold cluster = type+canonical, sys = entity id. */
export function aliasGrouping(pairs) {
  return bcubed(pairs.map(({ gold, sys }) => ({ gold: `${gold.type}:${gold.canonical}`, sys: sys.entity ?? null })));
}

/**
 * Spans of compromise matches (`.out('offset')` entries), following ANNOTATION.md: the span runs from
 * the first term to the end of the last term (dropping trailing punctuation compromise glues on);
 * a leading "the" and a trailing possessive are dropped. Offsets are JS string indices.
 */
export function compromiseEntitySpans(text, matches) {
  const out = [];
  for (const m of matches) {
    const terms = m.terms ?? [];
    if (terms.length === 0) continue;
    let start = terms[0].offset.start;
    const last = terms[terms.length - 1];
    let end = last.offset.start + last.offset.length;
    const lead = /^the\s+/i.exec(text.slice(start, end));
    if (lead && end - start > lead[0].length) start += lead[0].length;
    const poss = /(?:['’]s|(?<=s)['’])$/.exec(text.slice(start, end));
    if (poss && end - start > poss[0].length) end -= poss[0].length;
    if (end > start) out.push({ start, end, text: text.slice(start, end) });
  }
  return out;
}

const QUOTE_MARKS = /["'“”‘’«»„‟‚‛]/;

/**
 * Spans of compromise quotations, with the marks left out (ANNOTATION.md): from the first term
 * (compromise puts the opening mark in its `pre`) to the end of the last term plus whatever of its
 * `post` comes before the closing mark (punctuation inside the marks stays in).
 */
export function compromiseQuoteSpans(text, matches) {
  const out = [];
  for (const m of matches) {
    const terms = m.terms ?? [];
    if (terms.length === 0) continue;
    const first = terms[0], last = terms[terms.length - 1];
    let start = first.offset.start;
    // Text in the first term's pre after the opening mark belongs to the quote ("(" in `"(sic)`).
    const pre = first.pre ?? '';
    const openAt = lastIndexOfMark(pre);
    if (openAt >= 0) start -= pre.length - openAt - 1;
    let end = last.offset.start + last.offset.length;
    const post = last.post ?? '';
    const closeAt = post.search(QUOTE_MARKS);
    if (closeAt >= 0) end += closeAt;
    // Trim whitespace and any mark that still sits at an edge.
    while (start < end && (/\s/.test(text[start]) || QUOTE_MARKS.test(text[start]))) start++;
    while (end > start && (/\s/.test(text[end - 1]) || QUOTE_MARKS.test(text[end - 1]))) end--;
    if (end > start) out.push({ start, end, text: text.slice(start, end) });
  }
  return out;
}

function lastIndexOfMark(s) {
  for (let i = s.length - 1; i >= 0; i--) if (QUOTE_MARKS.test(s[i])) return i;
  return -1;
}

/** Checks that every gold mention's text equals the slice of the article; returns the mismatches. */
export function goldMismatches(doc, text, mentions) {
  const bad = [];
  for (const m of mentions) {
    if (!Number.isInteger(m.start) || !Number.isInteger(m.end) || m.start < 0 || m.end > text.length || m.start >= m.end
        || text.slice(m.start, m.end) !== m.text) {
      bad.push({ doc, type: m.type, start: m.start, end: m.end, gold: m.text, article: text.slice(m.start, m.end) });
    }
  }
  return bad;
}
