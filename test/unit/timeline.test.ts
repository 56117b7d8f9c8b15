import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plotDate, sentenceAround } from '../../server/src/features/timeline';

test('timeline: a value with a known year is plotted on its first day, at its precision', () => {
  assert.deepEqual(plotDate('2022-03-15'), { day: '2022-03-15', precision: 'day' });
  assert.deepEqual(plotDate('2022-03-15T21:18:51Z'), { day: '2022-03-15', precision: 'time' });
  assert.deepEqual(plotDate('2022-03-15TMO'), { day: '2022-03-15', precision: 'time' });
  assert.deepEqual(plotDate('2022-03'), { day: '2022-03-01', precision: 'month' });
  assert.deepEqual(plotDate('1991'), { day: '1991-01-01', precision: 'year' });
  // ISO weeks start on Monday; week 1 holds January 4th (2022-W12 is March 21-27; 2021-W01 starts 2021-01-04; 2020-W01 on 2019-12-30).
  assert.deepEqual(plotDate('2022-W12'), { day: '2022-03-21', precision: 'week' });
  assert.deepEqual(plotDate('2021-W01'), { day: '2021-01-04', precision: 'week' });
  assert.deepEqual(plotDate('2020-W01'), { day: '2019-12-30', precision: 'week' });
});

test('timeline: no guessed day for an unknown year, a duration, no value or a malformed one', () => {
  for (const v of ['XXXX-12-11', 'XXXX-12-12T09:00', 'XXXX-05', 'P21M', 'P3D', null, '', '2022-13', 'soon']) assert.equal(plotDate(v), null, String(v));
});

test('timeline: the sentence around a date stops at sentence ends and never crosses a line', () => {
  const text = 'Headline here\nBiden spoke on Tuesday. Zelensky answered on Wednesday, "we will see." Then Dr. Smith left.\nNext line.';
  const at = (s: string) => { const i = text.indexOf(s); return sentenceAround(text, i, i + s.length); };
  const slice = (r: [number, number]) => text.slice(r[0], r[1]);
  assert.equal(slice(at('Tuesday')), 'Biden spoke on Tuesday.');
  assert.equal(slice(at('Wednesday')), 'Zelensky answered on Wednesday, "we will see."');
  assert.equal(slice(at('Headline')), 'Headline here');
  assert.equal(slice(at('Next line')), 'Next line.');
});
