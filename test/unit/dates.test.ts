import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateMentions, findPublicationDate } from '../../server/src/analysis/dates';
import { tokenize } from '../../server/src/analysis/tokens';
import { readSeed, nth } from '../helpers/paths';
import { analyzeArticle } from '../../server/src/analysis';

const seed000 = readSeed('000_79485a8c7ba75c49.txt');
const seed001 = readSeed('001_dd51f5e195fdcee6.txt');
const seed002 = readSeed('002_c5c97a9daaac34f1.txt');

type Row = [text: string, start: number, value: string | null];
/** Every temporal mention of a text as [text, start, value], checking the offsets on the way. */
function dates(text: string, pub: string | null = findPublicationDate(tokenize(text))): Row[] {
  return dateMentions(tokenize(text), pub).map(m => {
    assert.equal(text.slice(m.start, m.end), m.text);
    return [m.text, m.start, m.value];
  });
}
const find = (rows: Row[], t: string, n = 0) => rows.filter(r => r[0] === t)[n];

test('publication date: dateline, leading date line, latest full date, or null', () => {
  assert.equal(findPublicationDate(tokenize(seed001)), '2022-03-15');
  assert.equal(findPublicationDate(tokenize('North Korea puts military on alert\n\nFriday, August 21, 2015\n\nThe report came yesterday.')), '2015-08-21');
  assert.equal(findPublicationDate(tokenize('Published: 3 June 2019\nThe mayor spoke.')), '2019-06-03');
  assert.equal(findPublicationDate(tokenize('The law passed on March 2, 2020 and took effect on January 1, 2021.')), '2021-01-01');
  assert.equal(findPublicationDate(tokenize(seed000)), null);
  assert.equal(findPublicationDate(tokenize(seed002)), null, 'month-days and bare years are not full dates');
});

test('seed 001: dateline split into date and GMT time; weekdays resolved by tense', () => {
  const rows = dates(seed001);
  assert.deepEqual(rows[0], ['Tue, 15 Mar 2022', 78, '2022-03-15']);
  assert.deepEqual(rows[1], ['21:18:51 GMT', 95, '2022-03-15T21:18:51Z']);
  assert.deepEqual(find(rows, 'next week'), ['next week', 163, '2022-W12']);
  assert.deepEqual(find(rows, 'Tuesday'), ['Tuesday', nth(seed001, 'said Tuesday') + 5, '2022-03-15']);
  assert.deepEqual(find(rows, 'March 24'), ['March 24', 378, '2022-03-24']);
  assert.deepEqual(find(rows, '24 March'), ['24 March', 1512, '2022-03-24']);
  assert.deepEqual(find(rows, 'Sunday'), ['Sunday', 2765, '2022-03-13'], 'past tense: the latest Sunday');
  assert.deepEqual(find(rows, 'Tuesday morning'), ['Tuesday morning', 3381, '2022-03-15TMO']);
  assert.deepEqual(find(rows, 'Wednesday'), ['Wednesday', 3729, '2022-03-16'], '"is scheduled to": the next one');
  assert.equal(rows.length, 11, JSON.stringify(rows));
});

test('seed 002: no publication date, so no guessed year; anchored "the following day" and "9 a.m."', () => {
  const rows = dates(seed002);
  assert.deepEqual(rows[0], ['December 11', 80, 'XXXX-12-11']);
  assert.deepEqual(find(rows, 'the following day'), ['the following day', 1197, 'XXXX-12-12']);
  assert.deepEqual(find(rows, 'the coming year'), ['the coming year', 1444, null]);
  assert.deepEqual(find(rows, '9 a.m.'), ['9 a.m.', 1572, 'XXXX-12-12T09:00']);
  assert.deepEqual(find(rows, 'October'), ['October', 2023, 'XXXX-10']);
  assert.deepEqual(find(rows, '21-month'), ['21-month', nth(seed002, '21-month-old'), 'P21M']);
  assert.deepEqual(find(rows, '2022'), ['2022', 4891, '2022']);
  assert.deepEqual(find(rows, 'Earlier this week'), ['Earlier this week', 6533, null]);
  assert.deepEqual(find(rows, 'next week'), ['next week', 6708, null]);
  assert.deepEqual(find(rows, 'recent weeks'), ['recent weeks', 7509, null]);
  assert.deepEqual(find(rows, 'last year'), ['last year', 7604, null]);
  const texts = rows.map(r => r[0]);
  assert.ok(!texts.includes('winter'), 'a vague season is no date');
  assert.ok(!texts.some(t => t.includes('year-old') || t === '37-year' || t === '52-year'), 'ages are no dates');
  assert.equal(rows.length, 22, JSON.stringify(rows));
});

test('seed 000: modifiers stay in, vague plurals and prepositions stay out', () => {
  const rows = dates(seed000);
  assert.deepEqual(rows.map(r => r[0]), ['Wednesday', 'last week', 'the last several months', 'Christmas', 'A couple months later', 'May', 'Friday']);
  assert.deepEqual(find(rows, 'Christmas'), ['Christmas', 1830, 'XXXX-12-25']);
  assert.deepEqual(find(rows, 'May'), ['May', 2273, 'XXXX-05']);
  assert.deepEqual(find(rows, 'Wednesday'), ['Wednesday', 96, null], 'no publication date: a weekday stays unknown');
});

test('relative expressions against a publication date', () => {
  const text = 'Friday, July 21, 2017\n\nThe team won on Tuesday, days after visas were denied until last week. ' +
    'This year the event moved; next year it will be held in Mexico. "Seventeen years ago, this was impossible," he said. ' +
    'Yesterday the town was quiet, and today it is busy. Laws are expected next month.';
  const rows = dates(text);
  assert.deepEqual(rows, [
    ['Friday, July 21, 2017', 0, '2017-07-21'],
    ['Tuesday', nth(text, 'Tuesday'), '2017-07-18'],
    ['last week', nth(text, 'last week'), '2017-W28'],
    ['This year', nth(text, 'This year'), '2017'],
    ['next year', nth(text, 'next year'), '2018'],
    ['Seventeen years ago', nth(text, 'Seventeen'), '2000'],
    ['Yesterday', nth(text, 'Yesterday'), '2017-07-20'],
    ['today', nth(text, 'today'), '2017-07-21'],
    ['next month', nth(text, 'next month'), '2017-08'],
  ]);
});

test('seasons, year end, ranges and a future weekday', () => {
  const text = 'Thursday, February 23, 2023\n\nClaims made before last summer must be cleared by year end. ' +
    'Talks run from Thursday to Friday, and the minister will visit Paris on Friday and said so on Wednesday.';
  assert.deepEqual(dates(text), [
    ['Thursday, February 23, 2023', 0, '2023-02-23'],
    ['last summer', nth(text, 'last summer'), '2022-06/2022-08'],
    ['year end', nth(text, 'year end'), '2023'],
    ['Thursday to Friday', nth(text, 'Thursday to'), '2023-02-23/2023-02-24'],
    ['Friday', nth(text, 'Friday and'), '2023-02-24'],
    ['Wednesday', nth(text, 'Wednesday'), '2023-02-22'],
  ]);
});

test('durations: attributive, approximate, working days; ages and vague plurals dropped', () => {
  const text = 'The six-month program follows an 11-year lull and nearly two decades of war. ' +
    'A 37-year-old man waited within 48 hours, then twenty working days, for years and within weeks, roughly four months.';
  assert.deepEqual(dates(text, '2020-01-01'), [
    ['six-month', 4, 'P6M'],
    ['11-year', 33, 'P11Y'],
    ['nearly two decades', 50, 'P20Y'],
    ['48 hours', nth(text, '48 hours'), 'PT48H'],
    ['twenty working days', nth(text, 'twenty'), 'P20D'],
    ['roughly four months', nth(text, 'roughly'), 'P4M'],
  ]);
  const types = dateMentions(tokenize(text), '2020-01-01').map(m => m.type);
  assert.ok(types.every(t => t === 'DURATION'), JSON.stringify(types));
});

test('years, decades, modifiers that are dropped from the value, recurring and disjunctions', () => {
  const text = 'He led it for nearly a decade, until the end of 2014, after the 2022 invasion. ' +
    'It peaked in the 1990s and early 2020; the games come every four years, 20 or 30 years ago.';
  assert.deepEqual(dates(text, '2023-05-01'), [
    ['nearly a decade', nth(text, 'nearly'), 'P10Y'],
    ['the end of 2014', nth(text, 'the end'), '2014'],
    ['2022', nth(text, '2022'), '2022'],
    ['the 1990s', nth(text, 'the 1990s'), '199'],
    ['early 2020', nth(text, 'early 2020'), '2020'],
    ['every four years', nth(text, 'every'), null],
    ['20 or 30 years ago', nth(text, '20 or'), null],
  ]);
});

test('times: a.m./p.m. anchored to the day in the sentence, GMT gives Z, part of day merged', () => {
  const text = 'The attack happened Monday night at 10:30 p.m. ET. The vote is on March 3 at 9 a.m. and ends 17:00 GMT.';
  assert.deepEqual(dates(text, '2022-03-02'), [
    ['Monday night', 20, '2022-02-28TNI'],
    ['10:30 p.m. ET', 36, '2022-02-28T22:30'],
    ['March 3', nth(text, 'March 3'), '2022-03-03'],
    ['9 a.m.', nth(text, '9 a.m.'), '2022-03-03T09:00'],
    ['17:00 GMT', nth(text, '17:00'), '2022-03-03T17:00Z'],
  ]);
});

test('without a publication date: month-days keep XXXX, relatives and weekdays stay null', () => {
  const text = 'She arrived on December 11, left in May, and returns next week on Friday.';
  assert.deepEqual(dates(text, null), [
    ['December 11', 15, 'XXXX-12-11'],
    ['May', 36, 'XXXX-05'],
    ['next week', 53, null],
    ['Friday', 66, null],
  ]);
});

test('date values: a participle after another verb tells no tense ("will stay shut until February"); a day right after a clock time is its day', () => {
  const values = (text: string, pub: string) => dateMentions(tokenize(text), pub).map(m => [m.text, m.value]);
  assert.deepEqual(values('Schools will stay shut until mid-February.', '2024-01-07'), [['mid-February', '2024-02']]);
  assert.deepEqual(values('The road remained closed in December.', '2024-01-07'), [['December', '2023-12']]);
  assert.deepEqual(values('Officials spoke on Thursday. The council will meet at 9 a.m. tomorrow.', '2024-01-07'),
    [['Thursday', '2024-01-04'], ['9 a.m. tomorrow', '2024-01-08T09:00']]);
});

test('a clock time takes the day written right after it over one earlier in the sentence', () => {
  const t = 'Truce ends\n\nWednesday, September 17, 2025\n\nThe truce, agreed on Sunday night, collapsed at 1430 GMT on Tuesday.';
  const m = analyzeArticle(t).mentions.find(x => x.text === '1430 GMT');
  assert.equal(m?.value, '2025-09-16T14:30Z');
});

test('date values: a weekday whose closing price or close is meant is past, whatever the sentence\'s tense', () => {
  const values = (text: string, pub: string) => dateMentions(tokenize(text), pub).map(m => [m.text, m.value]);
  // 2025-09-15 is a Monday
  assert.deepEqual(values('The board will recommend the offer, a 31% premium to Friday\'s closing price.', '2025-09-15'), [['Friday', '2025-09-12']]);
  assert.deepEqual(values('Shares will open on Wednesday, below Tuesday\'s close.', '2025-09-15'), [['Wednesday', '2025-09-17'], ['Tuesday', '2025-09-09']]);
});

test('a month\'s or a weekday\'s short form beside a name is part of the name, not a date', () => {
  const dates = (text: string) => analyzeArticle(`Headline\n\nMon, 6 Oct 2025\n\n${text}`).mentions.filter(m => m.type === 'DATE' || m.type === 'TIME').map(m => m.text);
  assert.deepEqual(dates('By Jan Kowalczyk and Robert Hale.'), ['Mon, 6 Oct 2025']);
  assert.deepEqual(dates('The film starred Lê Thu Thảo.'), ['Mon, 6 Oct 2025']);
  assert.deepEqual(dates('Sun Yat-sen was born in Guangdong.'), ['Mon, 6 Oct 2025']);
  // a surname's particles between them: "Jan de Vries", "Jan van der Berg", and the whole is the person
  assert.deepEqual(dates('Bank economist Jan de Vries and analyst Jan van der Berg agreed.'), ['Mon, 6 Oct 2025']);
  assert.deepEqual(analyzeArticle('Bank economist Jan de Vries agreed.').mentions.filter(m => m.type === 'PERSON').map(m => m.text), ['Jan de Vries']);
  // with a day's number, or another calendar word, they are dates
  assert.deepEqual(dates('Talks resume Thu 9 Oct, it said. It opened on Jan 5.'), ['Mon, 6 Oct 2025', 'Thu 9 Oct', 'Jan 5']);
});

test('durations with a word between the count and the unit, or "another"; "each" before an approximation stays out', () => {
  const temporal = (text: string) => analyzeArticle(`Headline\n\nMon, 6 Oct 2025\n\n${text}`).mentions.filter(m => ['DATE', 'TIME', 'DURATION'].includes(m.type) && m.start > 26).map(m => [m.text, m.value]);
  assert.deepEqual(temporal('Had he batted another hour, they would have won.'), [['another hour', 'PT1H']]);
  assert.deepEqual(temporal('Staff want three extra days of leave and two additional weeks of pay.'), [['three extra days', 'P3D'], ['two additional weeks', 'P2W']]);
  assert.deepEqual(temporal('It says a single day of strikes costs millions.'), [['a single day', 'P1D']]);
  assert.deepEqual(temporal('The towns, each about half an hour away, agreed.'), [['about half an hour', 'PT30M']]);
  assert.deepEqual(temporal('Each week about 40 people arrive.'), [['Each week', null]]);
});

test('hours in words with a curly apostrophe take the part of the day after them', () => {
  const temporal = (text: string) => analyzeArticle(`Headline\n\nSun, 10 Mar 2024\n\n${text}`).mentions.filter(m => ['DATE', 'TIME'].includes(m.type) && m.start > 26).map(m => [m.text, m.value]);
  assert.deepEqual(temporal('It ended at three o’clock in the afternoon.'), [['three o’clock in the afternoon', '2024-03-10T15:00']]);
  assert.deepEqual(temporal("It ended at three o'clock in the afternoon."), [["three o'clock in the afternoon", '2024-03-10T15:00']]);
});

test('named days that move from year to year: "Black Friday", "Super Tuesday" are one date, not a weekday', () => {
  const temporal = (text: string) => analyzeArticle(`Headline\n\nSun, 10 Mar 2024\n\n${text}`).mentions.filter(m => ['DATE', 'TIME'].includes(m.type) && m.start > 26).map(m => [m.text, m.value]);
  assert.deepEqual(temporal('Black Friday sales rose.'), [['Black Friday', null]]);
  assert.deepEqual(temporal('Voters turned out on Super Tuesday.'), [['Super Tuesday', null]]);
});

test('a bare month after "last year" or "this year" in its sentence falls in that year; after a year the sentence is about, it does not', () => {
  const temporal = (text: string) => analyzeArticle(`Headline\n\nFri, 13 Feb 2026\n\n${text}`).mentions.filter(m => ['DATE', 'TIME'].includes(m.type) && m.start > 26).map(m => [m.text, m.value]);
  assert.deepEqual(temporal('The union threatened to strike twice last year, in April and again in November.'), [['last year', '2025'], ['April', '2025-04'], ['November', '2025-11']]);
  assert.deepEqual(temporal('She expects one more cut this year, probably in May.'), [['this year', '2026'], ['May', '2026-05']]);
  assert.deepEqual(temporal('Growth will be 1.1% in 2027, revised down from 1.3% in November.'), [['2027', '2027'], ['November', '2025-11']]);
});

test('"the 11th of next month" is one date, that day of the month after publication', () => {
  const values = (text: string, pub: string) => dateMentions(tokenize(text), pub).map(m => [m.text, m.value]);
  assert.deepEqual(values('The budget returns to councillors on the 11th of next month.', '2025-12-09'), [['the 11th of next month', '2026-01-11']]);
  assert.deepEqual(values('It met on the 3rd of this month.', '2025-05-09'), [['the 3rd of this month', '2025-05-03']]);
});

test('a weekday after "until" joins the date after its comma; a lowercase "march" with no number is the walk, no month', () => {
  const dates = (text: string) => analyzeArticle(text).mentions.filter(m => m.type === 'DATE').map(m => m.text);
  assert.deepEqual(dates('The union gave the city until Thursday, 21 May to answer.'), ['Thursday, 21 May']);
  assert.deepEqual(dates('At the end of the march, the crowd sang outside the hall.'), []);
  assert.deepEqual(dates('By the start of the march on Tuesday, 2,000 people had come.'), ['Tuesday']);
  assert.deepEqual(dates('The rules changed in late march 2020 and again at the end of March.'), ['late march 2020', 'the end of March'], 'with a year, or capitalised, it is the month');
});

test('"a" and a unit before a noun modify it ("a night bus", "a day trip"); "for a night" is a stretch of time', () => {
  const dates = (text: string) => analyzeArticle(text).mentions.filter(m => ['DATE', 'TIME', 'DURATION'].includes(m.type)).map(m => m.text);
  assert.deepEqual(dates('Many residents have never taken a night bus. A day trip costs $5.'), []);
  assert.deepEqual(dates('They stayed for a night in Lyon and left a day later.'), ['a night', 'a day later']);
});

test('hours in words before "in the morning"; "the best part of" a stretch; a weekday\'s plural part recurs; a stretch of time before "yesterday"', () => {
  const rows = (text: string) => analyzeArticle(text).mentions.filter(m => ['DATE', 'TIME', 'DURATION'].includes(m.type)).map(m => [m.text, m.value ?? null]);
  const pub = 'Tuesday, March 10, 2026\n\n';
  assert.deepEqual(rows(pub + 'We waited at the clinic until three in the morning on Monday.').slice(1), [['three in the morning', '2026-03-09T03:00'], ['Monday', '2026-03-09']]);
  assert.deepEqual(rows(pub + 'The plan took the best part of five years.').slice(1).map(r => r[0]), ['the best part of five years']);
  assert.deepEqual(rows(pub + 'The wards stand empty on Sunday evenings.').slice(1), [['Sunday evenings', null]]);
  assert.deepEqual(rows(pub + 'Staff worked for more than nine hours yesterday.').slice(1).map(r => r[0]), ['more than nine hours', 'yesterday']);
});

test('a year after "with", "above", "ahead of" or a verb of entering, and before a measure ("2019 levels"), is a date; a count before a plural is not', () => {
  const dates = (text: string) => analyzeArticle(text).mentions.filter(m => m.type === 'DATE').map(m => m.text);
  assert.deepEqual(dates('Emissions stayed above 2018 levels, compared with 2015 levels a decade ago.'), ['2018', '2015', 'a decade ago']);
  assert.deepEqual(dates('France enters 2028 with no budget, a warning ahead of 2029.'), ['2028', '2029']);
  assert.deepEqual(dates('A union with 2000 members marched, and sales rose above 1950 units.'), []);
});

test('a month\'s full name alone mid-sentence is a date ("spent March teaching", "the committee\'s May meeting"), not inside a name', () => {
  const dates = (text: string) => analyzeArticle('Tuesday, March 10, 2026\n\n' + text).mentions.filter(m => m.type === 'DATE').slice(1).map(m => m.text);
  assert.deepEqual(dates('She spent April touring, and the board\'s May meeting was cut. I kept thinking about May, when it rained.'), ['April', 'May', 'May']);
  assert.deepEqual(dates('They may agree. The Long March rocket flew. June Carter sang. Puffins nest on the Isle of May.'), []);
});

test('recurring times ("every single day", "every weekend"), seasons after "that" or "in the", sports seasons; a stretch of time before "by" a year', () => {
  const dates = (text: string) => analyzeArticle('Tuesday, March 10, 2026\n\n' + text).mentions.filter(m => ['DATE', 'TIME', 'DURATION'].includes(m.type)).slice(1).map(m => m.text);
  assert.deepEqual(dates('She trains every single day and races every weekend.'), ['every single day', 'every weekend']);
  assert.deepEqual(dates('Children walk for an hour every morning, and the city will build homes every year until 2031.'), ['an hour', 'every morning', 'every year', '2031']);
  assert.deepEqual(dates('Ten people died that summer. The group first appeared in the spring.'), ['that summer', 'the spring']);
  assert.deepEqual(dates('He died two days after the fall. The party rose after the fall of the regime.'), ['two days']);
  assert.deepEqual(dates('He scored nine goals this season and six the previous season.'), ['this season', 'the previous season']);
  assert.deepEqual(dates('Waits should fall to six months by 2029.'), ['six months', '2029']);
});

test('a year before a singular noun after an adjective, a verb or "one"; after "as early as"; two years after "of"; no year before a unit or a plural', () => {
  const dates = (text: string) => analyzeArticle('Tuesday, March 10, 2026\n\n' + text).mentions.filter(m => m.type === 'DATE').slice(1).map(m => m.text);
  assert.deepEqual(dates('Inquiry into deadly 2019 ferry sinking opens. One 2004 report was lost, and the team wins 2025 Ashford Cup.'), ['2019', '2004', '2025']);
  assert.deepEqual(dates('Staff warned as early as 1997 that the dam leaked, and the slump revived memories of 2008 and 2009.'), ['1997', '2008', '2009']);
  assert.deepEqual(dates('She ran 1500 m, and the mayor won 2000 votes.'), []);
});

test('a month\'s short form in capitals after a lowercase word is a body\'s initials ("the APR"), not a month; with a day or a year it is the month', () => {
  const dates = (text: string) => analyzeArticle('Tuesday, March 10, 2026\n\n' + text).mentions.filter(m => ['DATE', 'TIME', 'DURATION'].includes(m.type)).slice(1).map(m => m.text);
  assert.deepEqual(dates('He said the APR would file challenges, and MAR officials agreed.'), []);
  assert.deepEqual(dates('The vote moved to APR 2027.'), ['APR 2027']);
});

test('seasons of weather or work are no dates; "Mar" in a place\'s name is no March; every weekday and every quarter recur; "a little over", "little more than", "that same", "about that"', () => {
  const dates = (text: string) => analyzeArticle('Tuesday, March 10, 2026\n\n' + text).mentions.filter(m => ['DATE', 'TIME', 'DURATION'].includes(m.type)).slice(1).map(m => m.text);
  assert.deepEqual(dates('The rainy season will begin in mid-May, and the hurricane season later. He played well this season.'), ['mid-May', 'this season']);
  assert.deepEqual(dates('It ran in Viña del Mar, Savanna-la-Mar and Mar del Plata, and closed on Mar 3.'), ['Mar 3']);
  assert.deepEqual(dates('He drives to Whitefield every weekday and reports every quarter.'), ['every weekday', 'every quarter']);
  assert.deepEqual(dates('The drought was the worst in at least a thousand years, and the hearing lasted a little over two hours.'), ['at least a thousand years', 'a little over two hours']);
  assert.deepEqual(dates('It was the second ruling in little more than a year. We changed it more than a year ago.'), ['little more than a year', 'more than a year ago']);
  assert.deepEqual(dates('My husband does not speak about that night. Adi messaged me that same night.'), ['that night', 'that same night']);
});

test('"Overnight," opening a sentence; a year "at the earliest"; "as far back as" and "as recently as" a year; "four school days"', () => {
  const dates = (text: string) => analyzeArticle('Tuesday, March 10, 2026\n\n' + text).mentions.filter(m => ['DATE', 'TIME', 'DURATION'].includes(m.type)).slice(1).map(m => m.text);
  assert.deepEqual(dates('Overnight, strong winds pushed the flames into the hills.'), ['Overnight']);
  assert.deepEqual(dates('She said the start date was 2027 at the earliest.'), ['2027']);
  assert.deepEqual(dates('The firm had warned the ministry as far back as 2019, and as recently as 2024.'), ['2019', '2024']);
  // (a count, then a kind of day; "the school day" alone is no stretch of time)
  assert.deepEqual(dates('Students lost four school days to strikes, and shares fell for three trading days. The school day ends early.'), ['four school days', 'three trading days']);
});
