// Generators of hostile article text for the fuzz tests (fast-check), and the invariants every
// span and range the analysis or the server returns must keep. Shared by the unit and protocol
// fuzzers; pure, no LSP or VS Code imports.
import fc from 'fast-check';

/** Reproducible by default; FUZZ_SEED picks another seed, FUZZ_RUNS scales every numRuns. */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261202);
export const FUZZ_SCALE = Number(process.env.FUZZ_RUNS ?? 1);
export const runs = (n: number) => Math.max(1, Math.round(n * FUZZ_SCALE));
/** fast-check parameters for one property: seeded, scaled, failures shrunk and printed. */
export const fuzzParams = (numRuns: number, salt: number) => ({ seed: FUZZ_SEED + salt, numRuns: runs(numRuns), endOnFailure: false });

// Real words, so the recogniser has something to find: names, bodies, places, speech verbs, dates.
const WORDS = ['said', 'says', 'told', 'the', 'of', 'in', 'on', 'and', 'President', 'Joe', 'Biden', 'Volodymyr', 'Zelensky', 'Zelenskiy',
  'Mr.', 'Dr', 'Smith', 'United Nations', 'U.S.', 'Kyiv', 'New York', 'Paris', 'Reuters', 'CNN', 'Inc.', 'Tuesday', 'last week',
  'March 24', '2022', '12:30 p.m.', '$5 million', '40%', 'third', 'dozens', 'According to', 'he', 'she', 'they', 'Ms', 'O’Brien',
  'Jean-Luc', 'al-Assad', 'Erdoğan', 'Łódź', 'Đức', 'São Paulo', 'Müller', 'McDonald', 'Washington (CNN) —', 'By', 'Updated'];
const QUOTES = ['"', '“', '”', '‘', '’', "'", '«', '»', '„', '‹', '›', '「', '」', '``', "''", '"“', '”"', '“‘', '’”'];
const SPACES = [' ', ' ', ' ', '  ', '\n', '\n\n', '\r\n', '\r', '\r\r\n', '\t', '\u00a0', '\u2028', '\u2029', '\u3000', '\u200b', '\ufeff'];
const RTL = ['שלום', 'עולם', 'مرحبا', 'بالعالم', '\u200f', '\u200e', '\u202e', '\u202b', '\u202c', 'אמר', 'قال'];
const COMBINING = ['\u0301', '\u0308', '\u0327', '\u20dd', '\u0489', '\u0300\u0301\u0302\u0303', '\u034f', '\u0e49'];
const ASTRAL = ['😀', '🗞️', '👩🏽‍⚕️', '🇺🇦', '𝐀𝐁𝐂', '𠜎', '𝔘𝔫𝔦', '🏳️‍🌈', '\u{10FFFF}', '\u{1F600}\u0301'];
const PUNCT = ['.', ',', ';', ':', '—', '–', '-', '…', '(', ')', '[', ']', '!', '?', '/', '\\', '@', '#', '.\n', '."', '?”'];

const pick = (xs: readonly string[]) => fc.constantFrom(...xs);
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map(c => String.fromCharCode(c));
/** A fragment: one hostile ingredient, weighted so that most text still looks like prose. */
export const fragment: fc.Arbitrary<string> = fc.oneof(
  { weight: 30, arbitrary: pick(WORDS) },
  { weight: 14, arbitrary: pick(SPACES) },
  { weight: 8, arbitrary: pick(QUOTES) },
  { weight: 6, arbitrary: pick(PUNCT) },
  { weight: 4, arbitrary: pick(RTL) },
  { weight: 3, arbitrary: fc.tuple(pick(['e', 'a', 'Z', 'ж', 'ि']), pick(COMBINING)).map(([a, b]) => a + b) },
  { weight: 2, arbitrary: pick(COMBINING) }, // a mark with nothing to combine with
  { weight: 4, arbitrary: pick(ASTRAL) },
  { weight: 2, arbitrary: loneSurrogate },
  { weight: 2, arbitrary: fc.constant('\u0000') },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },          // any code point, astral included
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },        // multi-code-point graphemes
  { weight: 2, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 6 }) },    // control characters
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 0xffff }).map(c => String.fromCharCode(c)) }, // any code unit
);

/** Quotes that nest and interleave: “a ‘b “c” d’ e”, or never close. */
export const nestedQuotes: fc.Arbitrary<string> = fc.letrec<{ q: string }>(tie => ({
  q: fc.oneof({ depthSize: 'small', withCrossShrink: true },
    fc.array(pick(WORDS), { maxLength: 4 }).map(ws => ws.join(' ')),
    fc.tuple(pick(QUOTES), fc.array(tie('q'), { maxLength: 3 }), fc.option(pick(QUOTES), { nil: '' }), pick(WORDS))
      .map(([open, inner, close, w]) => `${open}${inner.join(' ')}${close} ${w}`)),
})).q;

/** Text of ordinary size (up to a few hundred fragments), including the empty and blank documents. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 20, arbitrary: fc.array(fragment, { maxLength: 200 }).map(fs => fs.join('')) },
  { weight: 4, arbitrary: fc.array(fc.oneof(fragment, nestedQuotes), { maxLength: 60 }).map(fs => fs.join(' ')) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\n', '\r\n', '\r', '\t\t\n  ', '\u0000', '\ufeff', '\u00a0\u2028') },
  { weight: 1, arbitrary: fc.array(pick(SPACES), { maxLength: 40 }).map(fs => fs.join('')) },
);

/** One line of about 100 KB: repeated fragments with no line break, sometimes with no space either. */
export const longLine: fc.Arbitrary<string> = fc.tuple(fc.array(fragment, { minLength: 1, maxLength: 12 }), fc.boolean())
  .map(([fs, spaces]) => {
    const unit = fs.join(spaces ? ' ' : '').replace(/[\r\n\u2028\u2029]/g, spaces ? ' ' : 'x') || 'x';
    return unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
  });

// ---------------------------------------------------------------------------------------------
// Invariants

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** True when an offset falls between the two halves of a surrogate pair. */
export function splitsSurrogate(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

/** Checks a [start, end) span of `text`; returns a problem, or null. */
export function spanProblem(text: string, s: { start: number; end: number; text?: string }, what: string): string | null {
  if (!Number.isInteger(s.start) || !Number.isInteger(s.end)) return `${what}: non-integer offsets ${s.start}..${s.end}`;
  if (s.start < 0 || s.end > text.length || s.start > s.end) return `${what}: ${s.start}..${s.end} outside 0..${text.length}`;
  if (splitsSurrogate(text, s.start)) return `${what}: start ${s.start} splits a surrogate pair`;
  if (splitsSurrogate(text, s.end)) return `${what}: end ${s.end} splits a surrogate pair`;
  if (s.text !== undefined && text.slice(s.start, s.end) !== s.text) return `${what}: text ${JSON.stringify(s.text)} is not text.slice(${s.start}, ${s.end}) = ${JSON.stringify(text.slice(s.start, s.end))}`;
  return null;
}

/** The lines of a document as LSP counts them (\r\n, \r and \n end a line), without their endings. */
export function lspLines(text: string): { starts: number[]; lengths: number[] } {
  const starts = [0], lengths: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 || c === 10) {
      lengths.push(i - starts[starts.length - 1]);
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  lengths.push(text.length - starts[starts.length - 1]);
  return { starts, lengths };
}

export interface Pos { line: number; character: number }
export interface Rng { start: Pos; end: Pos }

/** Checks an LSP position against a document; returns its offset, or a problem. */
export function positionProblem(text: string, lines: ReturnType<typeof lspLines>, p: Pos, what: string): string | number {
  if (!p || !Number.isInteger(p.line) || !Number.isInteger(p.character) || p.line < 0 || p.character < 0) return `${what}: malformed position ${JSON.stringify(p)}`;
  if (p.line >= lines.starts.length) return `${what}: line ${p.line} past the last line ${lines.starts.length - 1}`;
  if (p.character > lines.lengths[p.line]) return `${what}: ${p.line}:${p.character} past the end of the line (length ${lines.lengths[p.line]})`;
  const offset = lines.starts[p.line] + p.character;
  if (splitsSurrogate(text, offset)) return `${what}: ${p.line}:${p.character} splits a surrogate pair`;
  return offset;
}

export function rangeProblem(text: string, lines: ReturnType<typeof lspLines>, r: Rng, what: string): string | null {
  if (!r) return `${what}: no range`;
  const a = positionProblem(text, lines, r.start, `${what} start`);
  if (typeof a === 'string') return a;
  const b = positionProblem(text, lines, r.end, `${what} end`);
  if (typeof b === 'string') return b;
  return a <= b ? null : `${what}: start after end ${JSON.stringify(r)}`;
}
