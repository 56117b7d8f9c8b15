import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize, analyzeArticle, lineIndex } from '../../server/src/analysis';
import { SEEDS, readSeed } from '../helpers/paths';

test('tokens cover every seed exactly: value + preceding whitespace rebuild the text', () => {
  for (const seed of SEEDS) {
    const text = readSeed(seed);
    const { tokens } = tokenize(text);
    assert.ok(tokens.length > 500, `${seed} has ${tokens.length} tokens`);
    for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text, `${seed} token ${t.index}`);
    const rebuilt = tokens.map(t => t.space + t.text).join('');
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
