import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/analysis';
import { findQuotes } from '../../server/src/analysis/quotes';

// Many quotes on one long line. Lines over 20,000 characters used to be blanked before the quotes
// were looked for, because attributing each quote read its whole line and sentence (quadratic in
// the quotes of a line); what each quote reads is now bounded, and such lines are analysed like
// any other. What is checked here is what the text says, not how long it takes.

/** Every quote lies inside the text and is its slice; speakers are named mentions. */
function assertSound(text: string, a: ReturnType<typeof analyzeArticle>) {
  assert.equal(a.quoteSpeakers.length, a.quotes.length);
  a.quotes.forEach((q, i) => {
    assert.ok(0 <= q.start && q.start < q.end && q.end <= text.length, `quote ${i}: ${q.start}-${q.end} of ${text.length}`);
    assert.equal(text.slice(q.start, q.end), q.text);
    const k = a.quoteSpeakers[i];
    if (k !== null) assert.equal(a.named[k].text, q.speakerText);
  });
}
const spansAndSpeakers = (a: ReturnType<typeof analyzeArticle>) => a.quotes.map(q => [q.start, q.end, q.speakerText]);

const STORY = '"We will not give up," said Anna Berg, the union\'s leader. She added: "The port stays closed." '
  + 'Officials at the Transport Ministry said the talks would resume on Monday. Berg told reporters the strike was "a last resort". ';

test('quotes: 50 KB of paragraphs on one line get the quotes and speakers they get one paragraph per line', () => {
  const units = Math.ceil(50_000 / STORY.length);
  const line = 'Port strike goes on\n\n' + STORY.repeat(units).trimEnd();
  // the same text with a line break for the space between two paragraphs: every offset stays
  const paragraphs = line.replace(/ (?="We will)/g, '\n');
  assert.equal(paragraphs.length, line.length);
  const one = analyzeArticle(line), many = analyzeArticle(paragraphs);
  assertSound(line, one);
  assert.equal(one.quotes.length, 3 * units);
  assert.deepEqual(spansAndSpeakers(one), spansAndSpeakers(many));
  assert.ok(one.quotes.every(q => q.speakerText === 'Anna Berg' || q.speakerText === 'Berg'), 'every quote is Berg’s');
});

test('quotes: a pronoun on a long line of quotes goes back to the person named before them', () => {
  const line = 'Paul Reed arrived.\n\n' + '"It is over," he said. '.repeat(2_200).trimEnd();
  const a = analyzeArticle(line);
  assertSound(line, a);
  assert.equal(a.quotes.length, 2_200);
  assert.ok(a.quotes.every(q => q.speakerText === 'Paul Reed'));
  assert.deepEqual(spansAndSpeakers(a), spansAndSpeakers(analyzeArticle(line.replace(/ (?=")/g, '\n'))));
});

test('quotes: 12,500 quoted words on one line are every one a quote; under a headline, scare quotes', () => {
  const line = '“a” '.repeat(12_500);
  const a = analyzeArticle(line);
  assertSound(line, a);
  assert.deepEqual(a.quotes.map(q => q.start), Array.from({ length: 12_500 }, (_, i) => 4 * i + 1));
  assert.ok(a.quotes.every(q => q.text === 'a' && q.speakerText === null));
  // Below a headline a lone lowercase word no one says is a scare quote, as on short lines.
  const below = 'Headline\n\n' + line;
  assert.equal(findQuotes(below).length, 12_500);
  assert.deepEqual(analyzeArticle(below).quotes, []);
  assert.deepEqual(analyzeArticle('Headline\n\n' + '“a” '.repeat(3)).quotes, []);
});

test('quotes: a quote after a sentence of thousands of words still finds its verb beside it', () => {
  // (the lead-in sentences before a quote are read only when they are of a size prose has)
  const text = 'Anna Berg spoke. ' + 'word '.repeat(5_000) + 'end. ' + '“a” '.repeat(2_000) + '\n"We are ready," said Anna Berg.';
  const a = analyzeArticle(text);
  assertSound(text, a);
  assert.equal(a.quotes.length, 2_001);
  assert.equal(a.quotes.at(-1)!.speakerText, 'Anna Berg');
});

test('names: a 100 KB run of capitalised words is read like any other line, every mention inside the text', () => {
  const text = 'Headline\n\n' + 'Byȩ Paris '.repeat(10_000) + 'met Anna Berg in Vienna.\n';
  const a = analyzeArticle(text);
  for (const m of a.mentions) assert.equal(text.slice(m.start, m.end), m.text);
  // the ordinary sentence at its end still gives its names
  assert.ok(a.mentions.some(m => m.type === 'PLACE' && m.text === 'Vienna'));
});
