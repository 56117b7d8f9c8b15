import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findQuotes } from '../../server/src/analysis/quotes';
import { analyzeArticle } from '../../server/src/analysis';
import { fuzzParams } from '../helpers/hostileText';

// findQuotes visits the quotation marks once each, and its two look-aheads to the end of the line
// are answered from counts kept per line. Before, each look-ahead scanned to the end of the line
// at every mark that asked, which was quadratic in the marks of one line. The old finder is kept
// below as the reference (its comments left out): the new one must find exactly the same spans.

const OPEN_BEFORE = /[\s([{—–\-:;/]/;
const LETTER = /[\p{L}\p{N}]/u;

/**
 * findQuotes as it was before it was made linear (commit 1017253), with the marks learnt since:
 * '„' closed by '“' and guillemets.
 */
function referenceFindQuotes(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let open = -1, openSingle = -1, nested = 0, closer = '';
  const close = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s && !isNameOnly(text.slice(s, e))) spans.push({ start: s, end: e });
  };
  const step = (i: number) => {
    const c = text[i];
    const atEnd = i === text.length || c === '\n' || c === '\r';
    if (atEnd) {
      if (open >= 0) close(open, i);
      open = -1; openSingle = -1; nested = 0; closer = '';
      return;
    }
    const prev = i > 0 ? text[i - 1] : '\n';
    const next = text[i + 1] ?? '';
    if (open < 0 && openSingle < 0) {
      if (c === '«') { open = i + 1; closer = '»'; return; }
      if (c === '“' || c === '„' || (c === '"' && (i === 0 || OPEN_BEFORE.test(prev) || prev === '\n') && next && !/\s/.test(next))) { open = i + 1; closer = c === '„' ? '“' : ''; return; }
      if (c === '"' && (prev === ',' || OPEN_BEFORE.test(prev)) && /^\s[^\s"]/.test(text.slice(i + 1, i + 3)) || c === '"' && prev === ',' && /^[\p{Lu}[]/u.test(next)) {
        if (gluedOpenerCloses(text, i)) { open = i + 1; return; }
      }
      if ((c === '‘' || c === "'") && (i === 0 || /[\s(\[“"]/.test(prev)) && LETTER.test(next) && !/^\d0s\b/.test(text.slice(i + 1, i + 5))) { openSingle = i + 1; return; }
    } else if (open >= 0) {
      if (closer && c === closer && nested === 0) { close(open, i); open = -1; closer = ''; return; }
      if (c === '«' || c === '»') return;
      if ((c === '“' || c === '„' || (c === '"' && /\s/.test(prev) && LETTER.test(next))) && closingMarksAhead(text, i) >= 2 * (nested + 1)) { nested++; return; }
      if (c === '”' || c === '"') { if (nested > 0) { nested--; return; } close(open, i); open = -1; closer = ''; }
    } else if (openSingle >= 0) {
      if ((c === '’' || c === "'") && !/\s/.test(prev) && !LETTER.test(next)) { close(openSingle, i); openSingle = -1; }
    }
  };
  const marks = /[\n\r"'“„”‘’«»]/g;
  for (let m = marks.exec(text); m; m = marks.exec(text)) step(m.index);
  step(text.length);
  return spans;
}
function closingMarksAhead(text: string, i: number): number {
  let n = 0;
  for (let j = i + 1; j < text.length && text[j] !== '\n'; j++) if (text[j] === '"' || text[j] === '”') n++;
  return n;
}
function gluedOpenerCloses(text: string, i: number): boolean {
  const close = text.indexOf('"', i + 1);
  if (close < 0) return false;
  const lineEnd = text.indexOf('\n', i);
  return lineEnd < 0 || close < lineEnd;
}
function isNameOnly(quoted: string): boolean {
  if (quoted.length > 80 || /\s\S+\s/.test(quoted.trim())) return false;
  const words = quoted.split(/\s+/).filter(Boolean);
  return words.length <= 6 && words.every(w => /^[\p{Lu}\d]/u.test(w)) && !/[.,!?;:]$/.test(quoted) && words.length > 0 && words.length < 3;
}

// Short lines of the pieces the finder reacts to: every kind of mark (guillemets too, which it
// ignores), letters and capitals, apostrophes inside words, the punctuation an opening mark may
// follow, "90s", line breaks of each kind, and the contexts that ask the two look-aheads: a
// straight mark glued to a comma or before a space, a mark between a space and a word.
const MARKS = ['"', '“', '”', '„', '‘', '’', "'", '«', '»', '‹', '›'];
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 5, arbitrary: fc.constantFrom('a', 'word', 'no', 'Anna', 'Berg', 'UN', 'it’s', "don't", 'x1', '90s', 'é', '𝐀') },
  { weight: 5, arbitrary: fc.constantFrom(' ', ' ', '  ', '\t', '\u00a0') },
  { weight: 3, arbitrary: fc.constantFrom(',', '.', ':', ';', '(', '[', '—', '-', '/', '!', '?') },
  { weight: 2, arbitrary: fc.constantFrom('\n', '\r', '\r\n', '\n\n') },
  { weight: 3, arbitrary: fc.constantFrom(',"', ', " ', ':" ', ' " ', ',"A', ' "a', ' “a', ' „a', '” ', '" ') },
);
const line = fc.array(piece, { maxLength: 40 }).map(ps => ps.join(''));

test('findQuotes: the same spans as the old quadratic finder on random lines of mixed marks', () => {
  fc.assert(fc.property(line, text => {
    assert.deepEqual(findQuotes(text), referenceFindQuotes(text), JSON.stringify(text));
  }), fuzzParams(20000, 11));
});

test('findQuotes: the same spans as the old finder on several lines with many marks each', () => {
  const marky = fc.array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...MARKS) }, { weight: 2, arbitrary: piece }), { maxLength: 120 }).map(ps => ps.join(''));
  fc.assert(fc.property(fc.array(marky, { minLength: 1, maxLength: 5 }), fc.constantFrom('\n', '\r\n', '\r', ' '), (lines, sep) => {
    const text = lines.join(sep);
    assert.deepEqual(findQuotes(text), referenceFindQuotes(text), JSON.stringify(text));
  }), fuzzParams(3000, 12));
});

// Lines made of opening marks that are never (or seldom) closed: each took the old finder a scan
// to the end of the line per mark. Short copies are checked against the old finder; 200 KB copies
// must come back (they took the old finder minutes) with every span inside the text.
const UNCLOSED: readonly [string, string][] = [
  ['straight marks before words', '"a '],
  ['curly opening marks', '“ '],
  ['curly opening marks before words', '“a '],
  ['low opening marks', '„b '],
  ['straight marks glued to commas', 'x, " y '],
  ['a nested quote that never closes', '"a “b” '],
];

test('findQuotes: lines of unclosed marks give the old finder’s spans', () => {
  for (const [what, unit] of UNCLOSED) {
    for (const text of [unit.repeat(700), 'Lead: ' + unit.repeat(500) + '”\nNext line "closed" here.', unit.repeat(300) + '\r' + unit.repeat(300)]) {
      assert.deepEqual(findQuotes(text), referenceFindQuotes(text), what);
    }
  }
});

test('findQuotes: a 200 KB line of unclosed marks is read to its end, every quote inside the text', () => {
  for (const [what, unit] of UNCLOSED) {
    const text = unit.repeat(Math.ceil(200_000 / unit.length));
    const spans = findQuotes(text);
    for (const s of spans) assert.ok(0 <= s.start && s.start < s.end && s.end <= text.length, `${what}: span ${s.start}-${s.end} of ${text.length}`);
    // The closed quote after the long line is still found where it is.
    const tail = text + '\nShe said "yes".';
    const last = findQuotes(tail).at(-1);
    assert.deepEqual(last && tail.slice(last.start, last.end), 'yes', what);
  }
});

test('analyzeArticle: a 200 KB line of unclosed marks is analysed, its quotes inside the document', () => {
  const text = 'Maria Santos said "we will appeal."\n' + '“a '.repeat(70_000) + '\nShe added: "The ruling ignores the evidence."';
  const a = analyzeArticle(text);
  for (const q of a.quotes) {
    assert.ok(0 <= q.start && q.start < q.end && q.end <= text.length, `quote ${q.start}-${q.end} of ${text.length}`);
    assert.equal(text.slice(q.start, q.end), q.text);
  }
  // The long line is read too (it is no longer blanked): its first mark opens a quote that is never
  // closed, so it runs to the end of the line, and the quotes around it are unchanged.
  const line = text.indexOf('\n') + 1;
  assert.deepEqual(a.quotes.map(q => [q.start, q.end]), [
    [text.indexOf('we'), text.indexOf('."') + 1], [line + 1, text.indexOf('\n', line) - 1], [text.lastIndexOf('The'), text.length - 1],
  ]);
  assert.deepEqual([a.quotes[0].text, a.quotes[2].text], ['we will appeal.', 'The ruling ignores the evidence.']);
});

test('quotes: a name given with "known to his followers as" or "whom employees call" is no quotation; "what he called" still is', () => {
  const texts = (t: string) => analyzeArticle(t).quotes.map(q => q.text);
  assert.deepEqual(texts('Headline\n\nThe blogger, known to his followers as “Baba Kijiji,” was arrested. The founder, whom workers still call "the old man," retired.'), []);
  assert.deepEqual(texts('Headline\n\nShe denounced what he called "a betrayal of voters," and left.'), ['a betrayal of voters,']);
});

test('quotes: a title after "memoir", "report" or "the title", a hashtag and a lowercase term before its noun are no quotations', () => {
  const texts = (t: string) => analyzeArticle(t).quotes.map(q => q.text);
  assert.deepEqual(texts('Headline\n\nHer memoir, "Salt and Stone: Lagos, Money and the Port Nobody Wanted", sold well. A report under the title "Counting the Cost of Clean Air" followed. The "#SaveTheReef" campaign grew. Officials set targets against a "business as usual" baseline.'), []);
  // (a lowercase phrase before a noun, in a sentence where someone calls it so, is that speaker's words)
  assert.deepEqual(texts('Headline\n\nThe mayor called it a "deeply cynical" plan.'), ['deeply cynical']);
});

test('quotes: words read out from placards, and those listed with them, are quotations though written in Title Case', () => {
  const texts = (t: string) => analyzeArticle(t).quotes.map(q => q.text);
  assert.deepEqual(texts('Headline\n\nCrowds held banners that read “Homes Not Hotels” and “Rent Freeze Now”. Others carried signs reading "Who Sold the Port?"'),
    ['Homes Not Hotels', 'Rent Freeze Now', 'Who Sold the Port?']);
});

test('quotes: a title after "titled", a name after "known as the", their glosses, and a term owned by a possessive are no quotations', () => {
  const texts = (t: string) => analyzeArticle(t).quotes.map(q => q.text);
  assert.deepEqual(texts('Headline\n\nThe report, titled "Votar sin miedo" ("Voting without fear"), was long. A second, titled "Review of Procurement Practices Concerning Regional Hospital Contracts", followed. Voters picked a blank column known as the “kotak kosong”, or “empty box”. Analysts noted that the firm\'s "risk control" unit had signed every form.'), []);
  // (a slogan and its gloss stay quotations together)
  assert.deepEqual(texts('Headline\n\nSome chanted "Trabalho não é descartável" ("Work is not disposable").'), ['Trabalho não é descartável', 'Work is not disposable']);
});

test('quote finder: names given with an object between, self-styled terms, a heading, a work named in apposition after it', () => {
  const texts = (t: string) => analyzeArticle(t).quotes.map(q => q.text);
  assert.deepEqual(texts('Headline\n\nWorkers nicknamed the animal “el Viejo” (“the Old One”). Its staff nickname "the night army" and the press dubbed them "the odd couple of jazz". The practice, known across Ontario as "corridor care", spread. Posts came from self-styled "food freedom" groups.'), []);
  assert.deepEqual(texts('Headline\n\nA list under the heading "Lost goats" ran long. Hundreds sang "Tierra de los libres", the 1968 protest song, and then "Nuestra Patria", the national anthem.'), []);
  // (words on banners, in another language and listed after others, are quotations)
  assert.deepEqual(texts('Headline\n\nMarchers carried banners reading "Educación pública, ya" and "No a la deuda", the two demands.'), ['Educación pública, ya', 'No a la deuda']);
  // (a source's words still are, with a noun for a work elsewhere after them)
  assert.deepEqual(texts('Headline\n\n"We will not stop," the singer said, the album still unreleased.'), ['We will not stop,']);
});

test('quote finder: what people habitually call a thing, or refer to as, is a name; a slogan and the gloss of words read out are quotations', () => {
  const texts = (t: string) => analyzeArticle(t).quotes.map(q => q.text);
  assert.deepEqual(texts('Headline\n\nThey came in a vehicle of the type residents call the “blindado”, or “armoured one”. Inmates referred to one of the cells as "the Attic".'), []);
  assert.deepEqual(texts('Headline\n\nMany wore T-shirts printed with the party slogan, "One Land for All", and carried placards that read "Haki kwa Otieno" ("Justice for Otieno").'), ['One Land for All', 'Haki kwa Otieno', 'Justice for Otieno']);
  // (what a source called something once, in the past, stays its words)
  assert.deepEqual(texts('Headline\n\nThe delegation pulled out, citing what it called the "one-sided position" of the hosts.'), ['one-sided position']);
});

test('quote finder: a song sung by its title; a term after her, his or an adjective before its noun', () => {
  const texts = (t: string) => analyzeArticle(t).quotes.map(q => q.text);
  assert.deepEqual(texts('Headline\n\nThe crowd sang "Land of Hope". Later it sang “Our Harbour,” the town anthem, and miners were singing "Gracias a la vida" at the gate.'), []);
  // (lowercase words sung are the song's words, and a sentence sung is a quotation)
  assert.deepEqual(texts('Headline\n\nThe fans sang "we are the river" all night.'), ['we are the river']);
  assert.deepEqual(texts('Headline\n\nHe spent his "rainy day" savings on it. The league\'s much-vaunted "fair play" rules failed, and the cases came from "neutral" regional inspectors.'), []);
  // (a verb or a noun between the determiner and the mark makes it someone's words)
  assert.deepEqual(texts('Headline\n\nThe ministry said the agency expected "many more" arrests. The court said the bank\'s managers had "locked in" customers.'), ['many more', 'locked in']);
});

test('quote finder: one plural noun for people in a sentence where no one speaks is a scare quote; a word someone calls people stays a quotation', () => {
  const texts = (t: string) => analyzeArticle(t).quotes.map(q => q.text);
  assert.deepEqual(texts('Headline\n\nTalk shows filled with "experts" who had never seen a ballot box.'), []);
  assert.deepEqual(texts('Headline\n\nThe minister described the protesters as "hooligans" on Monday.'), ['hooligans']);
});

test('quotes: a plural noun for people in scare quotes inside a noun phrase is no quotation, even where someone speaks; someone called so is', () => {
  const texts = (t: string) => analyzeArticle(t).quotes.map(q => q.text);
  assert.deepEqual(texts('Headline\n\nThe hearing was watched by a handful of “observers” from a foundation who, lawyers said, took photographs. The court heard the firm\'s two "media experts", who admitted they had never worked in a newsroom, the judge said. Senators questioned two "consultants" paid by the company, Senator Ana Ruiz said.\n\nHe called the strikers "traitors" who had sold out the club, the coach said.'),
    ['traitors']);
});

test('quotes: a designation ("designated a "gatekeeper"") and what things are called, no one saying it, are no quotations', () => {
  const texts = (t: string) => analyzeArticle(t).quotes.map(q => q.text);
  assert.deepEqual(texts('Headline\n\nSuch compounds are often called "forever chemicals" because they last. The federation has designated the strait a "warlike operations area", it said. Orvane has been designated a "gatekeeper" under the act. The minister called the plan "reckless", he said.'),
    ['reckless']);
});
