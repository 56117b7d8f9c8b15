import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize, analyzeArticle, lineIndex, nlp, PIPE } from '../../server/src/analysis';
import { lastTokenAtOrBefore, afterSpace, afterOneSpace, afterNewline, capital, hasLongRun, isJsSpace, MAX_RUN } from '../../server/src/analysis/tokens';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { SEEDS, readSeed, repoRoot } from '../helpers/paths';
import { Workspace, DEFAULT_SETTINGS } from '../../server/src/workspace';

test('tokens cover every seed exactly: value + preceding whitespace rebuild the text', () => {
  for (const seed of SEEDS) {
    const text = readSeed(seed);
    const { tokens } = tokenize(text);
    assert.ok(tokens.length > 500, `${seed} has ${tokens.length} tokens`);
    tokens.forEach((t, i) => assert.equal(text.slice(t.start, t.end), t.text, `${seed} token ${i}`));
    // the whitespace before each token is what its flags say it is
    const spaces = tokens.map((t, i) => text.slice(i > 0 ? tokens[i - 1].end : 0, t.start));
    tokens.forEach((t, i) => {
      const s = spaces[i];
      assert.deepEqual([afterSpace(t), afterOneSpace(t), afterNewline(t), capital(t)], [s.length > 0, s === ' ', /[\r\n]/.test(s), /^\p{Lu}/u.test(t.text)], `${seed} token ${i}`);
    });
    const rebuilt = tokens.map((t, i) => spaces[i] + t.text).join('');
    assert.equal(text.startsWith(rebuilt), true);
    assert.match(text.slice(rebuilt.length), /^\s*$/, 'only trailing whitespace is left over');
  }
});

test('offsets are UTF-16 code units after emoji, curly quotes and CRLF', () => {
  const text = 'He said “hi 😀 there” 😀😀 on\r\nTuesday at 9 a.m. and on Dec 5, 2022 🇺🇦.';
  const dates = analyzeArticle(text).mentions.filter(m => m.type === 'DATE' || m.type === 'TIME');
  assert.deepEqual(dates.map(m => [m.type, m.text, m.start, m.end]), [
    ['DATE', 'Tuesday', 31, 38],
    ['TIME', '9 a.m.', 42, 48],
    ['DATE', 'Dec 5, 2022', 56, 67],
  ]);
  for (const m of dates) assert.equal(text.slice(m.start, m.end), m.text);
  const lines = lineIndex(text);
  assert.deepEqual(lines.positionAt(31), { line: 1, character: 0 });
  assert.equal(lines.offsetAt(1, 0), 31);
});

test('an empty or whitespace-only article has no mentions and does not throw', () => {
  assert.deepEqual(analyzeArticle('').mentions, []);
  assert.deepEqual(analyzeArticle('   \n\n  ').mentions, []);
});

test('workspace: corpus membership by the include and exclude globs', async () => {
  const ws = new Workspace([pathToFileURL(repoRoot).href]);
  const at = (p: string) => pathToFileURL(join(repoRoot, p)).href;
  assert.equal(ws.isArticle(at('seeds/001_dd51f5e195fdcee6.txt'), DEFAULT_SETTINGS), true);
  assert.equal(ws.isArticle(at('notes/today.news'), DEFAULT_SETTINGS), true);
  assert.equal(ws.isArticle(at('node_modules/x/seeds/a.txt'), DEFAULT_SETTINGS), false);
  assert.equal(ws.isArticle(at('README.md'), DEFAULT_SETTINGS), false);
  assert.equal(ws.isArticle('file:///elsewhere/seeds/a.txt', DEFAULT_SETTINGS), false);
  const listed = await ws.listArticles(DEFAULT_SETTINGS);
  assert.deepEqual(listed.filter(u => u.includes('/seeds/')).map(u => u.split('/').pop()), ['000_79485a8c7ba75c49.txt', '001_dd51f5e195fdcee6.txt', '002_c5c97a9daaac34f1.txt']);
});

test("News Lens' shorter wink pipe reads the same tokens, tags, sentences and entities as wink's default", () => {
  // A default instance for comparison only: it learns no custom patterns, so sharing the model is safe.
  const defaultWink = winkNLP(model);
  const ours = nlp();
  assert.deepEqual(PIPE, ['sbd', 'pos', 'ner']);
  const its = ours.its;
  const texts = [...SEEDS.map(readSeed), 'He said “hi 😀 there” on\r\nTuesday at 9 a.m., and 21% of $5m on Dec 5, 2022.'];
  for (const text of texts) {
    const a = defaultWink.readDoc(text), b = ours.readDoc(text);
    assert.deepEqual(b.tokens().out(its.value), a.tokens().out(its.value));
    assert.deepEqual(b.tokens().out(its.pos), a.tokens().out(its.pos));
    assert.deepEqual(b.sentences().out(its.span), a.sentences().out(its.span));
    assert.deepEqual(b.entities().out(its.detail), a.entities().out(its.detail));
    assert.deepEqual(b.entities().out(its.span), a.entities().out(its.span));
  }
});

test('tokenize indexes first characters, starts, capitals and long hyphenated tokens', () => {
  const tk = tokenize('The UN-backed plan, said Biden. #NATO met in anti-war Kyiv.');
  tk.tokens.forEach((t, i) => assert.equal(tk.firstChar[i], t.text.charCodeAt(0)));
  assert.deepEqual(tk.starts, tk.tokens.map(t => t.start));
  assert.deepEqual(tk.capitals.map(i => tk.tokens[i].text), tk.tokens.filter(t => /^\p{Lu}/u.test(t.text)).map(t => t.text));
  assert.deepEqual(tk.hyphenated.map(i => tk.tokens[i].text), ['UN-backed', 'anti-war']);
});

test('lastTokenAtOrBefore finds the token covering an offset, in UTF-16 units past emoji and curly quotes', () => {
  const text = 'He said “hi 😀 there” on Tuesday.';
  const tk = tokenize(text);
  for (let offset = -1; offset <= text.length; offset++) {
    // the last token whose start is at or before the offset, found by a plain scan
    let expected = -1;
    tk.tokens.forEach((t, i) => { if (t.start <= offset) expected = i; });
    assert.equal(lastTokenAtOrBefore(tk.starts, offset), expected, `offset ${offset}`);
  }
  const there = tk.tokens.findIndex(t => t.text === 'there');
  assert.equal(tk.tokens[there].start, text.indexOf('there'));
  assert.equal(lastTokenAtOrBefore(tk.starts, text.indexOf('there') + 2), there);
});

test('isJsSpace is \\s for every UTF-16 code unit', () => {
  for (let c = 0; c < 0x10000; c++) assert.equal(isJsSpace(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
});

test('hasLongRun finds exactly the runs of more than MAX_RUN non-space characters that \\S{MAX_RUN+1,} finds', () => {
  const longRun = new RegExp(`\\S{${MAX_RUN + 1}}`);
  const spaces = [' ', '\n', '\r\n', '\t', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u2028'];
  const words = ['a', 'word', '“quoted”', '😀', '\u0085', '\u200b', 'x'.repeat(MAX_RUN - 1), 'x'.repeat(MAX_RUN), 'y'.repeat(MAX_RUN + 1)];
  // exact lengths at the start, the middle and the end of a text
  for (const n of [MAX_RUN - 1, MAX_RUN, MAX_RUN + 1, 2 * MAX_RUN + 3]) {
    for (const text of ['z'.repeat(n), 'z'.repeat(n) + ' a', 'a ' + 'z'.repeat(n), 'a b ' + 'z'.repeat(n) + '\nc']) {
      assert.equal(hasLongRun(text), longRun.test(text), `${n} in ${text.length}`);
    }
  }
  // random mixes of words and every kind of space (a fixed seed, so a failure repeats)
  let seed = 7;
  const next = (k: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % k; };
  for (let i = 0; i < 2000; i++) {
    let text = '';
    for (let k = next(60); k > 0; k--) text += next(3) ? words[next(words.length)] : spaces[next(spaces.length)];
    assert.equal(hasLongRun(text), longRun.test(text), JSON.stringify(text.slice(0, 80)));
  }
});

test('an abbreviated title or "Bros." before a name stays one token, in the same sentence as the name', () => {
  const t = tokenize('Led by the Rev. Al Sharpton 🙂, Sens. Mitt Romney and Warner Bros. Discovery agreed.');
  const words = t.tokens.map(x => x.text);
  for (const w of ['Rev.', 'Sens.', 'Bros.']) assert.ok(words.includes(w), w);
  assert.equal(t.sentences.length, 1);
  // every token's text is its slice of the real text (the full stop included), in UTF-16 offsets
  for (const x of t.tokens) assert.equal(t.text.slice(x.start, x.end), x.text);
  assert.equal(tokenize('He thanked the Rev. the next day.').sentences.length, 1);
  // other full stops still end sentences (and "Bros." before a capital is read as before a name,
  // though "the Bros. They left." ends one: a rare case)
  assert.equal(tokenize('He met the Rev. Ann Lee. Then he left.').sentences.length, 2);
});

test('a short capitalised word and a full stop before a quotation or a line break end the sentence ("broadcaster Kan.")', () => {
  const named = (text: string) => analyzeArticle(text).mentions.filter(m => m.type === 'ORG' || m.type === 'PLACE').map(m => m.text);
  assert.deepEqual(named('She told the public broadcaster Nev. “We are confident,” she said.'), ['Nev']);
  assert.deepEqual(named('He spoke to the public broadcaster Conn.\n\nIt aired on Monday.'), ['Conn']);
  // after a comma it is a state's abbreviation, its stop kept ("Wichita, Kan.")
  assert.deepEqual(named('The plant is in Wichita, Kan.\n\nIt opened in 1990.'), ['Wichita', 'Kan.']);
});

test('an article is tokenised the same whatever was read before it: wink\'s remembered words do not change its splits', () => {
  const words = (t: string) => tokenize(t).tokens.map(k => k.text);
  const article = 'Friday, May 1, 2026\n\nNext spring\'s fair opens in June. Kowalczykówna\'s stall sold out, Varrick said.';
  const first = words(article);
  assert.deepEqual(first.slice(7, 10), ['Next', 'spring', '\'s']);
  // (words wink keeps whole before a full stop the first time it meets them, and so remembers)
  // (and a plain name met before, alone and with a possessive, which wink answers from its cache)
  words('It was bigger than last spring\'s. We met at Kowalczykówna\'s. Varrick came. It was Varrick\'s.');
  assert.deepEqual(words(article), first);
  assert.deepEqual(analyzeArticle(article).mentions.filter(m => m.type === 'DATE').map(m => m.text), ['Friday, May 1, 2026', 'Next spring', 'June']);
});
