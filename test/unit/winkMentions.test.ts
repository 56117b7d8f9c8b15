import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/analysis';
import { readSeed, nth } from '../helpers/paths';

const seed001 = readSeed('001_dd51f5e195fdcee6.txt');
const seed002 = readSeed('002_c5c97a9daaac34f1.txt');

test('seed 001: wink dates and times sit at their exact offsets', () => {
  const byText = (t: string, n = 0) => analyzeArticle(seed001).mentions.filter(m => m.text === t)[n];
  // "…Jen Psaki said Tuesday." on the first body line
  const tuesday = byText('Tuesday');
  assert.equal(tuesday.type, 'DATE');
  assert.equal(tuesday.start, 285);
  assert.equal(tuesday.start, nth(seed001, 'said Tuesday') + 'said '.length);
  assert.equal(tuesday.end, tuesday.start + 'Tuesday'.length);
  const march24 = byText('March 24');
  assert.equal(march24.type, 'DATE');
  assert.equal(march24.start, nth(seed001, 'March 24'));
  assert.equal(byText('next week').start, nth(seed001, 'next week'));
});

test('seed 002: TIME, MONEY and DATE types come through from wink', () => {
  const mentions = analyzeArticle(seed002).mentions;
  const time = mentions.find(m => m.type === 'TIME');
  assert.deepEqual(time && [time.text, time.start], ['9 a.m.', nth(seed002, '9 a.m.')]);
  const money = mentions.filter(m => m.type === 'MONEY').map(m => m.text);
  assert.ok(money.includes('$106 billion'), JSON.stringify(money));
  const dates = mentions.filter(m => m.type === 'DATE').map(m => m.text);
  assert.ok(dates.includes('December 11') && dates.includes('December 12'), JSON.stringify(dates));
  for (const m of mentions) assert.equal(seed002.slice(m.start, m.end), m.text);
});
