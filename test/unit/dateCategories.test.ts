import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/analysis';

// DATE categories that unseen news needs, each shown on sentences written for these tests (not taken
// from the gold articles), so that a rule is seen to carry over. Every text opens with a date line,
// as news does, which fixes the publication date its values count from.

type Row = [text: string, value: string | null];
/** The DATE/TIME/DURATION mentions of an article as [text, value], checking the offsets on the way. */
function dates(pubLine: string, body: string): Row[] {
  const text = `Headline\n\n${pubLine}\n\n${body}`;
  return analyzeArticle(text).mentions
    .filter(m => m.type === 'DATE' || m.type === 'TIME' || m.type === 'DURATION')
    .map(m => {
      assert.equal(text.slice(m.start, m.end), m.text);
      return [m.text, m.value] as Row;
    })
    .slice(1); // the date line itself
}
// Thursday, March 12, 2015
const THU = 'Thursday, March 12, 2015';
// Sunday, October 4, 2020
const SUN = 'Sunday, October 4, 2020';

test('times: local time, wire times in GMT, hours in words, clock ranges, "9.30am"', () => {
  assert.deepEqual(dates(THU, 'The tremor woke residents at 4:10 a.m. local time.'), [['4:10 a.m. local time', '2015-03-12T04:10']]);
  // (the small hours after 23:30 on Thursday fall on Friday, whatever the zone: see smallHours)
  assert.deepEqual(dates(THU, 'The ferry left port at 2330 local time and sank by 0200 GMT.'),
    [['2330 local time', '2015-03-12T23:30'], ['0200 GMT', '2015-03-13T02:00Z']]);
  assert.deepEqual(dates(THU, 'The mayor arrived at four o\'clock in the afternoon.'), [['four o\'clock in the afternoon', '2015-03-12T16:00']]);
  assert.deepEqual(dates(THU, 'The polls stay open from 7 a.m. to 9 p.m. and results come between 10 and 11 p.m.'),
    [['7 a.m. to 9 p.m.', '2015-03-12T07:00/2015-03-12T21:00'], ['11 p.m.', '2015-03-12T23:00']]);
  assert.deepEqual(dates(THU, 'Counting began at 9.30am.'), [['9.30am', '2015-03-12T09:30']], 'the full stop stays out');
  assert.deepEqual(dates(THU, 'The summit opens at 10:00 Brussels time.'), [['10:00 Brussels time', '2015-03-12T10:00']]);
});

test('times: a clock time takes the day its sentence gives, before or after it', () => {
  assert.deepEqual(dates(THU, 'The bridge collapsed at 6 p.m. on Monday.'), [['6 p.m.', '2015-03-09T18:00'], ['Monday', '2015-03-09']]);
  assert.deepEqual(dates(THU, 'On Tuesday, the gates opened at 8:15.'), [['Tuesday', '2015-03-10'], ['8:15', '2015-03-10T08:15']]);
});

test('times: "overnight" is the night before publication in a past-tense report', () => {
  assert.deepEqual(dates(THU, 'Snow fell overnight across the region.'), [['overnight', '2015-03-11TNI']]);
  assert.deepEqual(dates(THU, 'Guests booked an overnight stay.'), [], 'an overnight stay is no time');
  // with a day in the sentence: the night before it, or that day's night when the sentence gives its evening
  assert.deepEqual(dates(THU, 'Talks ended on Tuesday, hours after shelling overnight.'), [['Tuesday', '2015-03-10'], ['overnight', '2015-03-09TNI']]);
  assert.deepEqual(dates(THU, 'A warning went out on Monday evening, forecasting snow overnight.'), [['Monday evening', '2015-03-09TEV'], ['overnight', '2015-03-09TNI']]);
});

test('tense and days: "open"/"close" after a plural subject are the verb; a day after another event is not a clock time\'s', () => {
  assert.deepEqual(dates(THU, 'Polls close at 8 p.m. on Sunday.'), [['8 p.m.', '2015-03-15T20:00'], ['Sunday', '2015-03-15']]);
  assert.deepEqual(dates(THU, 'Stores open on Friday.'), [['Friday', '2015-03-13']]);
  assert.deepEqual(dates(THU, 'The stores were open on Monday.'), [['Monday', '2015-03-09']]);
  assert.deepEqual(dates(THU, 'Shares opened at 14:30 GMT ahead of the two-day meeting, which ends Friday.'), [['14:30 GMT', '2015-03-12T14:30Z'], ['two-day', 'P2D'], ['Friday', '2015-03-13']]);
});

test('times: "the evening", "that morning" belong to the day the article last gave', () => {
  assert.deepEqual(dates(THU, 'Crowds gathered in the square on Tuesday. In the evening, the band played.'),
    [['Tuesday', '2015-03-10'], ['the evening', '2015-03-10TEV']]);
  assert.deepEqual(dates(THU, 'He watched the evening news.'), [], '"the evening news" is a programme');
});

test('durations: "one week on", halves, ordinal units, approximations, many hours', () => {
  assert.deepEqual(dates(THU, 'One month on, the shelters are still full.'), [['One month on', null]]);
  assert.deepEqual(dates(THU, 'The count took half an hour; the repairs a year and a half, the trial two and a half years.'),
    [['half an hour', 'PT30M'], ['a year and a half', 'P18M'], ['two and a half years', 'P30M']]);
  assert.deepEqual(dates(THU, 'The striker equalised in the 88th minute.'), [['the 88th minute', null]]);
  assert.deepEqual(dates(THU, 'The fuel runs out by the third or fourth day.'), [['the third or fourth day', null]]);
  assert.deepEqual(dates(THU, 'The message was posted just over 48 hours ago.'), [['just over 48 hours ago', '2015-03-10']]);
  assert.deepEqual(dates(THU, 'Volunteers searched for many hours.'), [['many hours', null]]);
  assert.deepEqual(dates(THU, 'The trial may last at least six weeks, the appeal at most two years, the ban up to five years.'),
    [['at least six weeks', 'P6W'], ['at most two years', 'P2Y'], ['up to five years', 'P5Y']]);
  assert.deepEqual(dates(THU, 'Fewer than 48 hours passed.'), [['Fewer than 48 hours', 'PT48H']]);
});

test('spans of years written with a hyphen or a dash, and quarters', () => {
  assert.deepEqual(dates(THU, 'The 2006-2009 period saw growth; the 1981-82 recession did not.'), [['2006-2009', '2006/2009'], ['1981-82', '1981/1982']]);
  assert.deepEqual(dates(THU, 'The 2011–12 season was cancelled.'), [['2011–12', '2011/2012']]);
  assert.deepEqual(dates(THU, 'Sales fell in Q2 2014.'), [['Q2 2014', '2014-Q2']]);
  assert.deepEqual(dates(THU, 'The score was 2019-2018 at the break.'), [], 'years that do not increase are no span');
});

test('a year named as such is that year, not a duration of one year', () => {
  assert.deepEqual(dates(THU, 'The dam was finished in the year 1998.'), [['the year 1998', '1998']]);
  assert.deepEqual(dates(THU, 'Spending for fiscal year 2016 was cut.'), [['fiscal year 2016', '2016']]);
  assert.deepEqual(dates(THU, 'The job took a year.'), [['a year', 'P1Y']]);
});

test('durations: attributive ones; ages of people and things are no dates, the running time of an event is', () => {
  assert.deepEqual(dates(THU, 'Parliament approved a six-month extension.'), [['six-month', 'P6M']]);
  assert.deepEqual(dates(THU, 'The 14-month-old strike has closed the port.'), [['14-month', 'P14M']]);
  assert.deepEqual(dates(THU, 'A 300 year old oak fell on a 12-year-old car.'), []);
});

test('recurring expressions: "every year" has a null value; "his every day routine" is no time', () => {
  assert.deepEqual(dates(THU, 'The fair returns to the valley every year.'), [['every year', null]]);
  assert.deepEqual(dates(THU, 'Walking was part of his every day routine.'), []);
});

test('dates: "Month, Year", "early in" a year, a year naming an event, a spaced dash as an aside', () => {
  assert.deepEqual(dates(THU, 'The mine closed in November, 2009.'), [['November, 2009', '2009-11']]);
  assert.deepEqual(dates(THU, 'A referendum is planned early in 2016.'), [['early in 2016', '2016']]);
  assert.deepEqual(dates(THU, 'Tickets for Expo 2020 went on sale.'), [['2020', '2020']]);
  assert.deepEqual(dates(THU, 'Passengers of Flight 1956 were rebooked.'), [], 'a number that names a flight is no year');
  assert.deepEqual(dates(THU, 'The parade is held on Anzac Day - April 25 - each year.'),
    [['Anzac Day', '2015-04-25'], ['April 25', '2015-04-25'], ['each year', null]]);
});

test('dates: decades and centuries', () => {
  assert.deepEqual(dates(THU, 'The club was founded in the 1920s and thrived in the fifties and the \'80s.'),
    [['the 1920s', '192'], ['the fifties', '195'], ['the \'80s', '198']]);
  assert.deepEqual(dates(THU, 'Castles of the 12th century line the river.'), [['the 12th century', '11']]);
});

test('named days: fixed dates from the list, moving feasts null, and not inside a name', () => {
  assert.deepEqual(dates(THU, 'Shops close on Boxing Day and Good Friday.'), [['Boxing Day', '2014-12-26'], ['Good Friday', null]]);
  assert.deepEqual(dates(THU, 'The comic was drawn by Jack Christmas.'), []);
  assert.deepEqual(dates(THU, 'Tourists flew to Easter Island.'), []);
});

test('values: "the end of the month", "the year before", a month-day with "this year", weekends by tense', () => {
  assert.deepEqual(dates(THU, 'The new rules apply from the end of the month.'), [['the end of the month', '2015-03']]);
  assert.deepEqual(dates(THU, 'Exports fell in 2013, after a rise the year before.'), [['2013', '2013'], ['the year before', '2012']]);
  assert.deepEqual(dates(THU, 'The fair ends on June 2 this year.'), [['June 2 this year', '2015-06-02']]);
  assert.deepEqual(dates(THU, 'Thousands marched this weekend and will march again next weekend.'),
    [['this weekend', '2015-03-07/2015-03-08'], ['next weekend', '2015-03-14/2015-03-15']]);
});

test('values: weekdays by tense, and on the day of publication', () => {
  assert.deepEqual(dates(SUN, 'The ferry sank on Sunday.'), [['Sunday', '2020-10-04']]);
  assert.deepEqual(dates(SUN, 'The ferry sank last Sunday.'), [['last Sunday', '2020-09-27']], 'written on a Sunday: a week back');
  assert.deepEqual(dates(SUN, 'The council meets next Sunday.'), [['next Sunday', '2020-10-11']]);
  assert.deepEqual(dates(SUN, 'Investigators said they found the recorder on Friday.'), [['Friday', '2020-10-02']]);
  assert.deepEqual(dates(SUN, 'The inquiry will report on Friday.'), [['Friday', '2020-10-09']]);
  assert.deepEqual(dates(SUN, 'The hearing is scheduled for Tuesday.'), [['Tuesday', '2020-10-06']]);
  assert.deepEqual(dates(SUN, 'Hosts Chile beat Peru on Saturday.'), [['Saturday', '2020-10-03']], '"beat" is past here');
});

test('values: "today" in a quotation the article dates to an earlier day; "today" meaning nowadays', () => {
  assert.deepEqual(dates(SUN, '"We reopen the mine today," the manager said on Thursday.'), [['today', '2020-10-01'], ['Thursday', '2020-10-01']]);
  assert.deepEqual(dates(SUN, '"Tomorrow we vote," the senator told reporters on Friday.'), [['Tomorrow', '2020-10-03'], ['Friday', '2020-10-02']]);
  assert.deepEqual(dates(SUN, 'The council said today that it would appeal.'), [['today', '2020-10-04']]);
  assert.deepEqual(dates(SUN, 'Trust in the press is as low today as it was a decade ago.'), [['today', null], ['a decade ago', '2010']]);
  // the day of the quote's own sentence, not an earlier day nearby
  assert.deepEqual(dates(SUN, 'Last Monday, the pits were shut. On Friday, the manager said: "Today we reopen."'),
    [['Last Monday', '2020-09-28'], ['Friday', '2020-10-02'], ['Today', '2020-10-02']]);
  // no day beside the quote: the day the story is at, the last day named before it outside quotations
  assert.deepEqual(dates(SUN, 'The dockers voted on Saturday to end the strike.\n\n"Tonight we go home with our heads up," their leader said. "Tomorrow the cranes move again."'),
    [['Saturday', '2020-10-03'], ['Tonight', '2020-10-03TNI'], ['Tomorrow', '2020-10-04']]);
  // a day named inside an earlier quotation is the speaker's, not the story's; a story day more than a
  // week back is no longer the story's day
  assert.deepEqual(dates(SUN, 'The vote was held on Friday. "We said on Wednesday that we would win," she said. "Today we did."'),
    [['Friday', '2020-10-02'], ['Wednesday', '2020-09-30'], ['Today', '2020-10-02']]);
  assert.deepEqual(dates(SUN, 'The dam was finished on September 1. Its gates were tested for a month.\n\n"Today the valley is safe," the engineer said.'),
    [['September 1', '2020-09-01'], ['a month', 'P1M'], ['Today', '2020-10-04']]);
});

test('vague stretches are no dates: a bare "year", "the early days"', () => {
  assert.deepEqual(dates(THU, 'The group dates from the early days of radio and celebrates the year of the horse.'), []);
});

test('durations written as a range have no single value; rates recur', () => {
  assert.deepEqual(dates(THU, 'Trains ran 10-15 minutes late.'), [['10-15 minutes', null]]);
  assert.deepEqual(dates(THU, 'The works will take between four and six weeks.'), [['four and six weeks', null]]);
  assert.deepEqual(dates(THU, 'The plant burns 2 million tonnes a year.'), [['a year', null]]);
  assert.deepEqual(dates(THU, 'The plant was shut for a year.'), [['a year', 'P1Y']]);
  assert.deepEqual(dates(THU, 'The board met after a months-long delay.'), [], 'no number: vague');
});

test('anniversaries counted from a day, mid-year and mid-afternoon, the end of the century, earlier in the week', () => {
  assert.deepEqual(dates(THU, 'Twenty years ago today, the dam burst.'), [['Twenty years ago today', '1995-03-12']]);
  assert.deepEqual(dates(THU, 'The line opens in mid-2017.'), [['mid-2017', '2017']]);
  assert.deepEqual(dates(THU, 'The storm hit on Tuesday. By mid-afternoon, roads were shut.'), [['Tuesday', '2015-03-10'], ['mid-afternoon', '2015-03-10TAF']]);
  assert.deepEqual(dates(THU, 'Sea levels may rise a metre by the end of the century.'), [['the end of the century', '20']]);
  assert.deepEqual(dates(THU, 'At the end of the day, voters decide.'), [], 'an idiom, not a time');
  assert.deepEqual(dates(THU, 'Earlier in the week, the bank cut rates.'), [['Earlier in the week', '2015-W11']]);
  assert.deepEqual(dates(THU, 'Talks resume within the next few weeks.'), [['the next few weeks', null]]);
  assert.deepEqual(dates(THU, 'It was the fourth crash in as many years.'), []);
});

test('values: a past-tense sentence may name a date a few weeks ahead; a range of ranges runs end to end', () => {
  assert.deepEqual(dates(THU, 'The launch was postponed until April 20.'), [['April 20', '2015-04-20']]);
  assert.deepEqual(dates(THU, 'The ban applied from 2009 until last summer.'), [['2009 until last summer', '2009/2014-08']]);
});

test('anaphoric times: "that night", "that day", "that year", "the early hours of Monday"; "7 am" is no verb', () => {
  assert.deepEqual(dates(THU, 'The flood peaked on Monday. Later that night, the levee broke.'),
    [['Monday', '2015-03-09'], ['Later that night', '2015-03-09TNI']]);
  assert.deepEqual(dates(THU, 'Profits fell in 2011. That year, the bank closed 40 branches.'), [['2011', '2011'], ['That year', '2011']]);
  assert.deepEqual(dates(THU, 'Officials said that day-care fees would rise.'), [], 'a compound, not a time');
  assert.deepEqual(dates(THU, 'Fire crews worked into the early hours of Tuesday.'), [['the early hours of Tuesday', '2015-03-10']]);
  assert.deepEqual(dates(THU, 'The figures, released at 6 am on Monday, were revised.'), [['6 am', '2015-03-09T06:00'], ['Monday', '2015-03-09']]);
});

test('"N years later" counts from a date its sentence gives, else stays null; "between midnight and 1 a.m." is one range', () => {
  assert.deepEqual(dates(THU, 'The band formed in 1994 and split 11 years later.'), [['1994', '1994'], ['11 years later', '2005']]);
  assert.deepEqual(dates(THU, 'She was detained on March 2 and freed four days later.'), [['March 2', '2015-03-02'], ['four days later', '2015-03-06']]);
  assert.deepEqual(dates(THU, 'Three weeks later, the board resigned.'), [['Three weeks later', null]]);
  assert.deepEqual(dates(THU, 'The shots were heard between midnight and 1 a.m.'), [['midnight and 1 a.m.', '2015-03-12T00:00/2015-03-12T01:00']]);
  // ANNOTATION.md §7: a range is one span, "between" left out like "from"; "and" alone joins two dates
  assert.deepEqual(dates(THU, 'Output grew between July 2003 and December 2004, and fell in 2006 and 2007.'),
    [['July 2003 and December 2004', '2003-07/2004-12'], ['2006', '2006'], ['2007', '2007']]);
  assert.deepEqual(dates(THU, 'It took two and a half years; pay rose between 2 and 3 percent.'), [['two and a half years', 'P30M']]);
});

test('"the next year or two" is one span with no value; "Today," opening a sentence in the present means nowadays', () => {
  assert.deepEqual(dates(THU, 'Prices should settle within the next month or two.'), [['the next month or two', null]]);
  assert.deepEqual(dates(THU, 'Today, about a million people speak the language.'), [['Today', null]]);
  assert.deepEqual(dates(THU, 'Today, the minister resigned.'), [['Today', '2015-03-12']]);
});

test('recurring: frequencies are one span with a null value; "every year since 1990" is two mentions', () => {
  assert.deepEqual(dates(THU, 'The committee meets twice a month and reports once a year.'), [['twice a month', null], ['once a year', null]]);
  assert.deepEqual(dates(THU, 'Nurses check the wards four times a day.'), [['four times a day', null]]);
  assert.deepEqual(dates(THU, 'The race has been run every year since 1971.'), [['every year', null], ['1971', '1971']]);
});

test('match minutes: "a 78th-minute penalty" as well as "the 78th minute"; a "2nd-year student" is no date', () => {
  assert.deepEqual(dates(THU, 'A 78th-minute penalty settled it.'), [['78th-minute', null]]);
  assert.deepEqual(dates(THU, 'The 2nd-year students protested.'), []);
});

test('"the night of March 12" takes its day and part; a clock range past midnight ends the next day', () => {
  assert.deepEqual(dates(THU, 'The dam failed on the night of March 7.'), [['the night of March 7', '2015-03-07TNI']]);
  assert.deepEqual(dates(THU, 'The curfew lasts from 9pm to 5am.'), [['9pm to 5am', '2015-03-12T21:00/2015-03-13T05:00']]);
});

test('a clock time takes the day its sentence gives, past a bracketed time in another zone', () => {
  assert.deepEqual(dates('Tuesday, October 10, 2023', 'The ferry sank at 3 p.m. local time (1200 GMT) on Monday.'), [
    ['3 p.m. local time', '2023-10-09T15:00'], ['1200 GMT', '2023-10-09T12:00Z'], ['Monday', '2023-10-09'],
  ]);
});

test('ranges of days in one month are one span: "October 10 to 12", "March 3–5, 2016"; a month range stays whole', () => {
  assert.deepEqual(dates(THU, 'Talks will run from March 16 to 18 in Geneva.'), [['March 16 to 18', '2015-03-16/2015-03-18']]);
  assert.deepEqual(dates(THU, 'The congress met on June 3–5, 2013, in Lyon.'), [['June 3–5, 2013', '2013-06-03/2013-06-05']]);
  assert.deepEqual(dates(THU, 'The exhibition ran from January 8 through February 20.'), [['January 8 through February 20', '2015-01-08/2015-02-20']]);
  // the second number is no day when a unit or a clock follows it
  assert.deepEqual(dates(THU, 'The strike began on March 2 at 5 p.m.').map(r => r[0]), ['March 2', '5 p.m.']);
});

test('seasons with a modifier, "spring" included, which wink reads as a verb; a recurring one has a null value', () => {
  assert.deepEqual(dates(SUN, 'This spring the river flooded the valley.'), [['This spring', '2020-03/2020-05']]);
  assert.deepEqual(dates(SUN, 'The lake floods every spring, and farmers move uphill.'), [['every spring', null]]);
  assert.deepEqual(dates(SUN, 'The bridge will reopen next spring.'), [['next spring', '2021-03/2021-05']]);
  assert.deepEqual(dates(SUN, 'Water levels spring back quickly.'), []);
});

test('a day of the month as an ordinal: "the 21st of May", "on the 15th"; "the 15th time" is no date', () => {
  assert.deepEqual(dates(THU, 'The vote was held on the 3rd of March.'), [['the 3rd of March', '2015-03-03']]);
  assert.deepEqual(dates(THU, 'The ministry said the deadline falls on the 20th.'), [['the 20th', '2015-03-20']]);
  assert.deepEqual(dates(THU, 'Payments stopped on the 2nd, officials said.'), [['the 2nd', '2015-03-02']]);
  assert.deepEqual(dates(THU, 'It was the 15th time the team had lost.'), []);
  assert.deepEqual(dates(THU, 'She finished 15th in the final.'), []);
});

test('"the past fortnight" and "a fortnight ago", which wink does not know; "the late 19th century" drops its modifier', () => {
  assert.deepEqual(dates(SUN, 'Officials met twice in the past fortnight.'), [['the past fortnight', 'P2W']]);
  assert.deepEqual(dates(SUN, 'The school was built in the late 19th century.'), [['the late 19th century', '18']]);
});

test('a fiscal or financial year named by its kind and number is that year', () => {
  assert.deepEqual(dates('March 3, 2025', 'Profits for fiscal 2024 were flat, and in financial 2023 they fell.'), [['fiscal 2024', '2024'], ['financial 2023', '2023']]);
});

test('British clock times with a full stop, and a weekday after a court\'s name', () => {
  assert.deepEqual(dates('July 22, 2025', 'Police were called at 8.15pm, and the match ended at 9.30 pm.'), [['8.15pm', '2025-07-22T20:15'], ['9.30 pm', '2025-07-22T21:30']]);
  assert.deepEqual(dates('July 22, 2025', 'He will appear before Leeds Crown Court on Wednesday.'), [['Wednesday', '2025-07-23']]);
});

test('a vote\'s count before "late Tuesday" stays out of the date; a number before a modifier and a unit stays in', () => {
  assert.deepEqual(dates('June 18, 2025', 'The council voted 7-3 late Tuesday to approve it. Work will take two more weeks.'), [['late Tuesday', '2025-06-17'], ['two more weeks', 'P2W']]);
});

test('a month after "prepared to" or "threatened to" is the next one; "was willing to skip class Thursday night" stays past', () => {
  assert.deepEqual(dates('January 21, 2025', 'The union said nurses were prepared to strike again in March.'), [['March', '2025-03']]);
  assert.deepEqual(dates('January 21, 2025', 'Drivers threatened to walk out in April.'), [['April', '2025-04']]);
  assert.deepEqual(dates('January 21, 2025', 'She admitted she was willing to skip class Thursday night.'), [['Thursday night', '2025-01-16TNI']]);
});

test('a weekday written with a month and day picks the year where that day falls on it', () => {
  // 29 October was a Tuesday in 2024, a Wednesday in 2025
  assert.deepEqual(dates('September 5, 2025', 'The agency had issued a red alert on Tuesday, Oct. 29.'), [['Tuesday, Oct. 29', '2024-10-29']]);
  assert.deepEqual(dates('September 5, 2025', 'The hearing opens on Wednesday, Oct. 29.'), [['Wednesday, Oct. 29', '2025-10-29']]);
});

test('a quarter of the year: "the fourth quarter of 2024" is Q4; a bare one where the sentence is about money, by tense; a game\'s is none', () => {
  assert.deepEqual(dates('February 19, 2025', 'Its share fell in the fourth quarter of 2024.'), [['the fourth quarter of 2024', '2024-Q4']]);
  assert.deepEqual(dates('February 19, 2025', 'Profits fell in the fourth quarter, and sales will rise in the first quarter.'), [['the fourth quarter', '2024-Q4'], ['the first quarter', '2025-Q1']]);
  assert.deepEqual(dates('February 19, 2025', 'The Hawks led by nine points in the fourth quarter.'), []);
});

test('a span\'s end in the days just ahead ("until Friday morning", "through the weekend") runs on to the coming day, even after a past verb', () => {
  assert.deepEqual(dates('Thursday, October 31, 2024', 'The railway suspended all trains until Friday morning.'), [['Friday morning', '2024-11-01TMO']]);
  assert.deepEqual(dates('Thursday, October 31, 2024', 'Forecasters warned of heavy rain through the weekend.'), [['the weekend', '2024-11-02/2024-11-03']]);
  assert.deepEqual(dates('Saturday, November 9, 2024', 'The Met Office issued a warning until 6pm on Sunday.'), [['6pm', '2024-11-10T18:00'], ['Sunday', '2024-11-10']]);
  // a weekday further back stays in the past
  assert.deepEqual(dates('Thursday, October 31, 2024', 'The road was closed until Monday.'), [['Monday', '2024-10-28']]);
});

test('"the second half of the year" is that year (it was a one-second duration); "second-quarter earnings" is the quarter', () => {
  assert.deepEqual(dates('July 29, 2025', 'Sales will rise in the second half of the year, after falling in the first half of last year.'), [['the second half of the year', '2025'], ['the first half of last year', '2024']]);
  assert.deepEqual(dates('July 29, 2025', 'Shares rose ahead of second-quarter earnings. The Hawks won the fourth-quarter battle.'), [['second-quarter', '2025-Q2']]);
});

test('"before" opening a clause and "past" before a clock time stay out of the span; "the past 30 days" keeps its modifier', () => {
  assert.deepEqual(dates('July 29, 2025', 'Passengers waited nearly 40 minutes before buses arrived.'), [['nearly 40 minutes', 'PT40M']]);
  assert.deepEqual(dates('July 29, 2025', 'The meeting stretched past 2 a.m., and sales rose over the past 30 days.'), [['2 a.m.', '2025-07-29T02:00'], ['the past 30 days', 'P30D']]);
});

test('a clock time takes an Asian or Australian zone after it; "the first six months" is one span', () => {
  assert.deepEqual(dates('June 23, 2025', 'The statement came at 21:05 KST, and the market opened at 9 a.m. HKT.'), [['21:05 KST', '2025-06-23T21:05'], ['9 a.m. HKT', '2025-06-23T09:00']]);
  assert.deepEqual(dates('June 23, 2025', 'It sold 500,000 units in the first six months.'), [['the first six months', 'P6M']]);
});

test('a clock time right before a weekday is one time on that day; a bare year after a preposition of time', () => {
  assert.deepEqual(dates(THU, 'The curfew began at 8 p.m. Monday and lasts until 6 a.m. Sunday.'), [['8 p.m. Monday', '2015-03-09T20:00'], ['6 a.m. Sunday', '2015-03-15T06:00']]);
  assert.deepEqual(dates(THU, 'The firm raised its dividend for 2015 and froze hiring until 2017.'), [['2015', '2015'], ['2017', '2017']]);
  // a count of things after "for" is no year
  assert.deepEqual(dates(THU, 'It sold the plots for 2000 farmers.'), []);
});

test('"following" with no determiner before it is a preposition and stays out of the span', () => {
  assert.deepEqual(dates(THU, 'Following Tuesday\'s vote, the council resigned.'), [['Tuesday', '2015-03-10']]);
  assert.deepEqual(dates(THU, 'Prices fell following Monday\'s announcement.'), [['Monday', '2015-03-09']]);
  assert.deepEqual(dates(THU, 'Following weeks of talks, they signed.'), []);
  // "the following week" keeps it
  assert.deepEqual(dates(THU, 'They met again the following week.').map(r => r[0]), ['the following week']);
});

test('a time zone written in words, "later than" as a comparison, and a time counted from today', () => {
  assert.deepEqual(dates(THU, 'The results came at 2 p.m. Central European Time.'), [['2 p.m. Central European Time', '2015-03-12T14:00']]);
  assert.deepEqual(dates(THU, 'The crew braked about eight seconds later than recommended.'), [['about eight seconds', 'PT8S']]);
  assert.deepEqual(dates(THU, 'The unions will strike again a week from today, and vote two days from now.'), [['a week from today', '2015-03-19'], ['two days from now', '2015-03-14']]);
});

test('a noun wink reads as a verb after "for" or "of" does not set the tense of a weekday', () => {
  // Thursday, March 12, 2015: the ministry asked on Monday the 9th, not the coming Monday
  assert.deepEqual(dates(THU, 'The ministry asked neighbouring states for help on Monday evening.'), [['Monday evening', '2015-03-09TEV']]);
  assert.deepEqual(dates(THU, 'Farmers appealed for help on Monday.'), [['Monday', '2015-03-09']]);
  assert.deepEqual(dates(THU, 'Teams will ask for help on Monday.'), [['Monday', '2015-03-16']]);
});

test('decades wink does not know, past and future, and "thousand" in a count of years', () => {
  assert.deepEqual(dates(THU, 'Such droughts may be normal by the 2050s, and were rare in the 1890s.'), [['the 2050s', '205'], ['the 1890s', '189']]);
  assert.deepEqual(dates(THU, 'Weavers have worked here for two thousand years.'), [['two thousand years', 'P2000Y']]);
});

test('durations written in several units are one duration', () => {
  assert.deepEqual(dates(THU, 'She finished in 3 hours 41 minutes 9 seconds, 1 minute 2 seconds ahead.'),
    [['3 hours 41 minutes 9 seconds', 'PT3H41M9S'], ['1 minute 2 seconds', 'PT1M2S']]);
  assert.deepEqual(dates(THU, 'The hearing lasted two hours and 15 minutes.'), [['two hours and 15 minutes', 'PT2H15M']]);
  assert.deepEqual(dates(THU, 'He served four years and six months.'), [['four years and six months', 'P4Y6M']]);
  // a span of durations is still no one value
  assert.deepEqual(dates(THU, 'Trains ran 10-15 minutes late.'), [['10-15 minutes', null]]);
});

test('a clock time in a past-tense sentence with no day of its own is on the day the story is at', () => {
  assert.deepEqual(dates(SUN, 'The ferry sank on Friday off the coast.\n\nThe last passenger was pulled from the water at 4:20 p.m.'),
    [['Friday', '2020-10-02'], ['4:20 p.m.', '2020-10-02T16:20']]);
  // not in the present or future, not in a quotation, and not from a day more than a week back
  assert.deepEqual(dates(SUN, 'The ferry sank on Friday.\n\nDivers resume the search at 7 a.m.'), [['Friday', '2020-10-02'], ['7 a.m.', '2020-10-04T07:00']]);
  assert.deepEqual(dates(SUN, 'The dam was finished on September 1. Its gates were tested for a month.\n\nWater reached the spillway at 6 a.m.'),
    [['September 1', '2020-09-01'], ['a month', 'P1M'], ['6 a.m.', '2020-10-04T06:00']]);
});

test('a clock time with "last night" or "yesterday" in its span is on that day; "the same evening" is the day named last', () => {
  assert.deepEqual(dates(THU, "The cables were cut at 11 o'clock last night."), [["11 o'clock last night", '2015-03-11T23:00']]);
  assert.deepEqual(dates(THU, 'Wales host Italy on Saturday, while France play England the same evening. Both sides trained the following morning.'),
    [['Saturday', '2015-03-14'], ['the same evening', '2015-03-14TEV'], ['the following morning', '2015-03-15TMO']]);
});

test('a quarter of an hour; seasons written with a slash; a year after "the <noun> of"', () => {
  assert.deepEqual(dates(THU, 'They led with a quarter of an hour to go and held on for three quarters of an hour.'),
    [['a quarter of an hour', 'PT15M'], ['three quarters of an hour', 'PT45M']]);
  assert.deepEqual(dates(THU, 'Prices for the 2015/16 season rose; the 2010/15 plan did not.'), [['2015/16', '2015/2016']]);
  assert.deepEqual(dates(THU, 'It was the longest walkout since the strikes of 2011 and 2012, and the deaths of 2000 people.'),
    [['2011', '2011'], ['2012', '2012']]);
});

test('"next July", "last March", "that August"; a plan "for Friday"; a noun after a hyphenated count is no verb', () => {
  // THU is March 12, 2015
  assert.deepEqual(dates(THU, 'The rise is due next February; prices fell last June. In 2011 the lake dried up that August, and that year no rain fell.'),
    [['next February', '2016-02'], ['last June', '2014-06'], ['2011', '2011'], ['that August', '2011-08'], ['that year', '2011']]);
  assert.deepEqual(dates(THU, 'He cancelled a trip to Oslo planned for Friday.'), [['Friday', '2015-03-13']]);
  assert.deepEqual(dates(THU, 'Ana Ruiz admitted that her side had lost the match in a 40-minute spell on Tuesday afternoon.'), [['40-minute', 'PT40M'], ['Tuesday afternoon', '2015-03-10TAF']]);
});

test('a duration in descending units joined by "and" is one; a part of a year; a lowercase "sun." is no Sunday', () => {
  assert.deepEqual(dates(THU, 'She finished two minutes and 51 seconds behind, with Ruiz at one hour and 40 minutes.'),
    [['two minutes and 51 seconds', 'PT2M51S'], ['one hour and 40 minutes', 'PT1H40M']]);
  assert.deepEqual(dates(THU, 'Exports fell in the first eight months of 2014.'), [['the first eight months of 2014', '2014']]);
  assert.deepEqual(dates(THU, 'The comet may break apart as it nears the sun.'), []);
});

test('"may" and "might" look ahead; "could" does not tell (it is also past ability)', () => {
  // THU is March 12, 2015: a February still to come is next year's
  assert.deepEqual(dates(THU, 'The comet might be visible from February.'), [['February', '2016-02']]);
  assert.deepEqual(dates(THU, 'Voters could cast ballots from February 14 to 20.'), [['February 14 to 20', '2015-02-14/2015-02-20']]);
});

test('a day something is called "for" lies ahead; a rule "takes effect"; "expected by"; midday is noon', () => {
  // THU is March 12, 2015
  assert.deepEqual(dates(THU, 'The union called a strike for Monday, over Tuesday\'s dismissals.'), [['Monday', '2015-03-16'], ['Tuesday', '2015-03-10']]);
  assert.deepEqual(dates(THU, 'The law takes effect on January 1.'), [['January 1', '2016-01-01']]);
  assert.deepEqual(dates(THU, 'The first shipment arrived last week; the second, which he expected by September, has not.'), [['last week', '2015-W10'], ['September', '2015-09']]);
  assert.deepEqual(dates(THU, 'Officials said on Wednesday that no one had been hurt by midday.'), [['Wednesday', '2015-03-11'], ['midday', '2015-03-11T12:00']]);
});

test('a stretch of time and the point it runs until are two expressions, not a range', () => {
  // ("until 2021" comes from wink as a candidate of its own, right after the duration)
  assert.deepEqual(dates(SUN, 'She ran the charity for six years until 2019.'), [['six years', 'P6Y'], ['2019', '2019']]);
  assert.deepEqual(dates(SUN, 'The ferry was held for two weeks until March 3.'), [['two weeks', 'P2W'], ['March 3', '2020-03-03']]);
  assert.deepEqual(dates(SUN, 'The coalition governed for nearly a decade till 2016.'), [['nearly a decade', 'P10Y'], ['2016', '2016']]);
  // two points joined by "until" stay one range
  assert.deepEqual(dates(SUN, 'The exhibition runs from May 3 until June 9.').map(r => r[0]), ['May 3 until June 9']);
});

test('times: a weekday inside a clock time\'s span is its day, whatever day the sentence gave first', () => {
  assert.deepEqual(dates(THU, 'The quake struck at 4 a.m. Wednesday (2100 GMT Tuesday).'),
    [['4 a.m. Wednesday', '2015-03-11T04:00'], ['2100 GMT Tuesday', '2015-03-10T21:00Z']]);
  assert.deepEqual(dates(THU, 'The vote closed at 1800 GMT Monday, or 8 p.m. Monday in Kyiv.'),
    [['1800 GMT Monday', '2015-03-09T18:00Z'], ['8 p.m. Monday', '2015-03-09T20:00']]);
});

test('a count of decades or centuries is a duration, with its modifiers ("roughly four centuries")', () => {
  assert.deepEqual(dates(THU, 'The kingdom flourished roughly four centuries before the conquest.'), [['roughly four centuries', 'P400Y']]);
  assert.deepEqual(dates(THU, 'The dynasty ruled for nearly 3 centuries.'), [['nearly 3 centuries', 'P300Y']]);
  assert.deepEqual(dates(THU, 'The feud lasted two decades.'), [['two decades', 'P20Y']]);
  // (a bare plural is vague: no date)
  assert.deepEqual(dates(THU, 'The feud lasted for centuries.'), []);
});

test('overnight after an earlier day in the sentence is that day\'s night; after the day of publication, the night before', () => {
  // Tuesday, March 10, 2015 is two days before THU
  assert.deepEqual(dates(THU, 'The storm hit the coast late Tuesday, and crews worked overnight to restore power.'),
    [['late Tuesday', '2015-03-10'], ['overnight', '2015-03-10TNI']]);
  assert.deepEqual(dates(THU, 'Talks ended on Thursday, hours after drones struck overnight.'), [['Thursday', '2015-03-12'], ['overnight', '2015-03-11TNI']]);
});

test('a clock time right before "on" and a day takes that day', () => {
  // the local time is Wednesday night; the time in UTC is on the day the text gives
  // (written on a Tuesday, the local time is Monday night's; the time in UTC is on the day the text gives)
  assert.deepEqual(dates('Tuesday, March 10, 2015', 'A strong quake struck the coast late Monday.\n\nThe quake hit at 11:40 p.m. local time (0340 UTC on Tuesday), officials said.'),
    [['late Monday', '2015-03-09'], ['11:40 p.m. local time', '2015-03-09T23:40'], ['0340 UTC', '2015-03-10T03:40Z'], ['Tuesday', '2015-03-10']]);
});

test('a weekday after another and "and" or "or" is the first such day after it', () => {
  // written on a Thursday: schools stay shut today and tomorrow, not last Friday
  assert.deepEqual(dates(THU, 'Schools would stay closed on Thursday and Friday while engineers inspected buildings.'), [['Thursday', '2015-03-12'], ['Friday', '2015-03-13']]);
  assert.deepEqual(dates(SUN, 'Forecasters expect sunshine on Saturday and Sunday.'), [['Saturday', '2020-10-10'], ['Sunday', '2020-10-11']]);
});

test('what lies ahead: a day something is called for, what someone hopes to do, what someone said could happen', () => {
  // Thursday, March 12, 2015: a demonstration called for a day of a month still to come
  assert.deepEqual(dates(THU, 'The union has called a national march for June 14, the anniversary of the strike.'), [['June 14', '2015-06-14']]);
  // Sunday, October 4, 2020: a month after "hoped to" and after "said it could" is the coming one
  assert.deepEqual(dates(SUN, 'The government still hoped to hold the vote in February.'), [['February', '2021-02']]);
  assert.deepEqual(dates(SUN, 'The board said it would keep canteens open and could extend the school year in June.'), [['June', '2021-06']]);
  // ("could" with no one saying it is past ability: it tells nothing, and news' past stands)
  assert.deepEqual(dates(SUN, 'Back then, workers could vote only in June.'), [['June', '2020-06']]);
});

test('"this decade" and "this century" have the decade\'s and the century\'s own values', () => {
  assert.deepEqual(dates(SUN, 'It is the longest strike this decade, and the worst flood this century.'), [['this decade', '202'], ['this century', '20']]);
});

test('a past with a verb\'s prefix ("upheld"), an attributive century ("17th-century") and "early this morning"', () => {
  // Thursday, March 12, 2015: "upheld" is past, so "on Wednesday" is the day before
  assert.deepEqual(dates(THU, 'The Court of Appeal on Wednesday upheld the ruling.'), [['Wednesday', '2015-03-11']]);
  assert.deepEqual(dates(THU, 'A 17th-century portrait was stolen from the museum.'), [['17th-century', '16']]);
  assert.deepEqual(dates(THU, 'The results were published early this morning.'), [['early this morning', '2015-03-12TMO']]);
});

test('"the end of the quarter" is this quarter; "the end of the season" a date with no value', () => {
  assert.deepEqual(dates(THU, 'The company expects to close the deal by the end of the quarter.'), [['the end of the quarter', '2015-Q1']]);
  assert.deepEqual(dates(THU, 'The striker will miss the rest of the campaign until the end of the season.'), [['the end of the season', null]]);
});

test('"on Thursday morning", in an article published that Thursday, names its day: what it anchors is no fallback', () => {
  // Thursday, March 12, 2015: the regulator spoke on Thursday; its "yesterday" is Wednesday, not the
  // day before the story's Tuesday
  assert.deepEqual(dates(THU, 'The network failed on Tuesday.\n\nThe regulator said on Thursday morning that it had opened an inquiry.\n\n"What happened yesterday is unacceptable," its president told reporters.'),
    [['Tuesday', '2015-03-10'], ['Thursday morning', '2015-03-12TMO'], ['yesterday', '2015-03-11']]);
});

test('a weekday that ends a range is the first such day after its start', () => {
  // Thursday, March 12, 2015: Wednesday is yesterday, and the Friday it ran to is tomorrow, not last Friday
  assert.deepEqual(dates(THU, 'The launch window ran from Wednesday to Friday.'), [['Wednesday to Friday', '2015-03-11/2015-03-13']]);
  assert.deepEqual(dates(THU, 'Talks were held from Friday to Sunday.'), [['Friday to Sunday', '2015-03-06/2015-03-08']]);
});

test('hours and a half are hours and minutes, as a clock\'s are; years and a half stay months', () => {
  assert.deepEqual(dates(THU, 'Pupils slept seven and a half hours; the talks took two and a half minutes and a year and a half.'),
    [['seven and a half hours', 'PT7H30M'], ['two and a half minutes', 'PT2M30S'], ['a year and a half', 'P18M']]);
});

test('"the start of last year", "the fourth quarter of this year": the unit the modifier names', () => {
  // Thursday, March 12, 2015
  assert.deepEqual(dates(THU, 'Sales rose from the start of last year and will peak at the end of next month.'),
    [['the start of last year', '2014'], ['the end of next month', '2015-04']]);
  assert.deepEqual(dates(THU, 'It expects a profit in the fourth quarter of this year, after a loss in the second quarter of last year.'),
    [['the fourth quarter of this year', '2015-Q4'], ['the second quarter of last year', '2014-Q2']]);
});

test('an ordinal century is the calendar\'s, with a modifier, "AD" or in words; "earlier this year" after a duration is its own date', () => {
  assert.deepEqual(dates(THU, 'Coins were struck in the middle of the 3rd century; the workshop dates to the late 3rd century AD.'),
    [['the middle of the 3rd century', '02'], ['the late 3rd century AD', '02']]);
  assert.deepEqual(dates(THU, 'The walls were built in the fourth century.'), [['the fourth century', '03']]);
  assert.deepEqual(dates(THU, 'She did not win a match for five months earlier this year.'), [['five months', 'P5M'], ['earlier this year', '2015']]);
  assert.deepEqual(dates(THU, 'He had left two years earlier.'), [['two years earlier', null]]);
});

test('a clock time and "today", "yesterday" or "tomorrow" right after it are one time', () => {
  assert.deepEqual(dates(THU, 'In a statement released at 4 p.m. today, the ministry said talks would resume at 9 a.m. tomorrow.'),
    [['4 p.m. today', '2015-03-12T16:00'], ['9 a.m. tomorrow', '2015-03-13T09:00']]);
});

test('ages are no dates: "in her eighties", "in their twenties and thirties", "15- and 16-year-olds"', () => {
  assert.deepEqual(dates(THU, 'A customer in her eighties and voters in their late twenties and thirties came; music changed in the eighties.'), [['the eighties', '198']]);
  assert.deepEqual(dates(THU, 'The gap was widest among 15- and 16-year-olds.'), []);
});

test('"the following month" counts from the last month the article gave; a bare number before "last month" is no count', () => {
  assert.deepEqual(dates(THU, 'The law was approved in December 2013 and came into force the following month.'), [['December 2013', '2013-12'], ['the following month', '2014-01']]);
  assert.deepEqual(dates(THU, 'The sprinter, who turned 24 last month, won again.'), [['last month', '2015-02']]);
});

test('a number in words with a hyphen counts: "forty-five minutes" PT45M, "twenty-one days" P21D', () => {
  assert.deepEqual(dates(THU, 'We had forty-five minutes to save it, and twenty-one days to rebuild.'), [['forty-five minutes', 'PT45M'], ['twenty-one days', 'P21D']]);
});

test('"noon yesterday", "midnight Friday" are one time; a clock time with "today" takes today over a day before it', () => {
  // Thursday, March 12, 2015
  assert.deepEqual(dates(THU, 'Voting closed at noon yesterday. The strike ends at midnight Monday, and talks resume at noon today.'),
    [['noon yesterday', '2015-03-11T12:00'], ['midnight Monday', '2015-03-16T00:00'], ['noon today', '2015-03-12T12:00']]);
});

test('a clock time takes no day from the same moment written in brackets in another zone', () => {
  // Thursday, March 12, 2015: 6:40 a.m. in Seoul is 2140 GMT the day before
  assert.deepEqual(dates(THU, 'Workers walked off the job at 6:40 a.m. (2140 GMT Wednesday), halting the plant.'),
    [['6:40 a.m.', '2015-03-12T06:40'], ['2140 GMT Wednesday', '2015-03-11T21:40Z']]);
});

test('a past clock time after a day ahead takes the day the lead paragraph names', () => {
  // Monday, October 30, 2023: the election was on Sunday; "January 1" lies ahead
  const SUN_ELECTION = 'Monday, October 30, 2023';
  assert.deepEqual(dates(SUN_ELECTION, 'Ana Lima was elected mayor on Sunday. She will take office on January 1.\n\nPolls closed at 4 p.m. and she spoke at 11 p.m.'),
    [['Sunday', '2023-10-29'], ['January 1', '2024-01-01'], ['4 p.m.', '2023-10-29T16:00'], ['11 p.m.', '2023-10-29T23:00']]);
});

test('"the" before a hyphened century is the noun\'s, and the century keeps its value', () => {
  assert.deepEqual(dates(THU, 'The restorers worked on the 14th-century frescoes of the chapel.'), [['14th-century', '13']]);
});

test('a year listed between two years is a year too', () => {
  assert.deepEqual(dates(THU, 'The club reached the final in 2004, 2007 and 2011, losing each time.'),
    [['2004', '2004'], ['2007', '2007'], ['2011', '2011']]);
});

test('a time in the small hours after an evening the article told is on the next day', () => {
  // Monday, October 30, 2023: the vote was on Sunday
  assert.deepEqual(dates('Monday, October 30, 2023', 'Polls closed at 8 p.m. on Sunday, and the count went on for hours. The challenger conceded at 1:30 a.m.'),
    [['8 p.m.', '2023-10-29T20:00'], ['Sunday', '2023-10-29'], ['1:30 a.m.', '2023-10-30T01:30']]);
  // a morning time with no evening before it keeps its day
  assert.deepEqual(dates('Monday, October 30, 2023', 'The polls opened on Sunday. Queues formed by 5 a.m.'),
    [['Sunday', '2023-10-29'], ['5 a.m.', '2023-10-29T05:00']]);
});

test('a stretch of time and the day or month it falls in are two expressions', () => {
  assert.deepEqual(dates('Friday, February 6, 2026', 'He had been driving for almost 11 hours that day. The gates will extend their opening hours next month.'),
    [['almost 11 hours', 'PT11H'], ['that day', '2026-02-06'], ['next month', '2026-03']]);
});

test('"May of that year" is one month of the year given last; "last" after a modal is a verb; "late" after a quantity of time is no modifier; "the Today programme" no date', () => {
  assert.deepEqual(dates('Thursday, March 12, 2026', 'The lira fell in 2021. Prices peaked in May of that year. The audit would last about six months and is expected to last two years.'),
    [['2021', '2021'], ['May of that year', '2021-05'], ['about six months', 'P6M'], ['two years', 'P2Y']]);
  assert.deepEqual(dates('Thursday, March 12, 2026', 'Trains ran ten minutes late in the first half of 2025. She told the Today programme on Sunday.'),
    [['ten minutes', 'PT10M'], ['the first half of 2025', '2025'], ['Sunday', '2026-03-08']]);
});

test('"the first days of March" one month; "took over two years ago" no "over"; "the rainy season of 2025" the year; "a year before," as "earlier"; "it is 2026"; "a landmark 2017 ruling"; "spent nearly a decade funding"', () => {
  assert.deepEqual(dates('Tuesday, March 10, 2026', 'A strike could begin in the first days of April. Trains arrive in the first months of 2030.'),
    [['the first days of April', '2026-04'], ['the first months of 2030', '2030']]);
  assert.deepEqual(dates('Tuesday, March 10, 2026', 'The party, which he took over two years ago, leads. The rainy season of 2025 was generous.'),
    [['two years ago', '2024'], ['2025', '2025']]);
  assert.deepEqual(dates('Tuesday, March 10, 2026', 'Sales rose to $5 billion in 2025, up from $4 billion a year before, as costs fell.'),
    [['2025', '2025'], ['a year before', '2024']]);
  assert.deepEqual(dates('Tuesday, March 10, 2026', '"Now it is 2026," she said. It rested on a landmark 2017 ruling. A record 2000 people came.'),
    [['2026', '2026'], ['2017', '2017']]);
  assert.deepEqual(dates('Tuesday, March 10, 2026', 'The bloc had spent nearly a decade funding coastguards. He took a night bus.'),
    [['nearly a decade', 'P10Y']]);
});

test('"4pm local time", "2:30am local time": a clock time with its meridiem glued on takes its zone words', () => {
  assert.deepEqual(dates('Thursday, March 12, 2026', 'The polls closed at 4pm local time and the first count came at 2:30am local time.'),
    [['4pm local time', '2026-03-12T16:00'], ['2:30am local time', '2026-03-12T02:30']]);
});

test('dates: a capitalised season opening an event\'s name is the event\'s; the year before it is a date', () => {
  const ms = analyzeArticle('Headline\nMonday, March 3, 2025\n\nBoth qualified for the 2026 Winter Olympics in Milan.').mentions.filter(m => m.type === 'DATE').map(m => m.text);
  assert.deepEqual(ms, ['Monday, March 3, 2025', '2026']);
});

test('dates: "late" or "early" before "every" says when a thing is done, and "about" before "next week" is a preposition', () => {
  const ms = analyzeArticle('Headline\nMonday, March 3, 2025\n\nThe office will stay open late every weekday and early each morning. He did not say anything about next week.').mentions.filter(m => m.type === 'DATE').map(m => m.text);
  assert.deepEqual(ms, ['Monday, March 3, 2025', 'every weekday', 'each morning', 'next week']);
});

test('dates: a possessive date before a full stop, a day-first date with a comma before its year, which half of a month or a year', () => {
  assert.deepEqual(dates(THU, 'The crop will be smaller than last year\'s. Prices were above next week\'s, traders said.'), [['last year', '2014'], ['next week', '2015-W12']]);
  assert.deepEqual(dates(THU, 'She died on Monday, 2nd March, 2015, at home. He was born on 4 May, 1961.'), [['Monday, 2nd March, 2015', '2015-03-02'], ['4 May, 1961', '1961-05-04']]);
  assert.deepEqual(dates(THU, 'Bookings for the second half of July are full, and the line opens in the first half of 2017.'), [['the second half of July', '2015-07'], ['the first half of 2017', '2017']]);
});

test('dates: a year before a singular noun after "whose" or "her", a singular noun that ends in -s among them', () => {
  assert.deepEqual(dates(THU, 'Varga, whose 2011 memoir sold well, left. It followed her 2013 series on the port and their 2012 census.'), [['2011', '2011'], ['2013', '2013'], ['2012', '2012']]);
  // (a count before a plural stays a count)
  assert.deepEqual(dates(THU, 'Some 2013 buses were sold.'), []);
});

test('"barely" and "scarcely" before a stretch of time stay in its span, as "nearly" does (ANNOTATION.md §7)', () => {
  assert.deepEqual(dates(SUN, 'The cabinet fell barely three months after it took office.'), [['barely three months', 'P3M']]);
  assert.deepEqual(dates(SUN, 'The vote comes scarcely a week after the floods.'), [['scarcely a week', 'P1W']]);
});

test('a month\'s short form in capitals alone is letters for a name, no date: "(APR)", "MAR leaders"', () => {
  assert.deepEqual(dates(SUN, 'Deputies of the Alliance for Progress (APR) met. MAR leaders agreed. It rained in APR 2019.'), [['APR 2019', '2019-04']]);
});

test('"until" a date, in a sentence not told as past, is the end of a span still running: the next such date', () => {
  assert.deepEqual(dates(THU, 'The exhibition runs until September 30. The pass stays shut until January. The road was closed until February 2.'),
    [['September 30', '2015-09-30'], ['January', '2016-01'], ['February 2', '2015-02-02']]);
});

test('a comma or "and" inside a name ends no clause: the date takes the verb before the name, not one after it', () => {
  assert.deepEqual(dates(THU, 'The loan, signed at the Ministry of Finance, Planning and Economic Development on Wednesday afternoon, brings in two banks, while a contractor will build the line.'),
    [['Wednesday afternoon', '2015-03-11TAF']]);
  assert.deepEqual(dates(THU, 'Recruit classes already scheduled for August and October would go ahead, the manager said.'),
    [['August', '2015-08'], ['October', '2015-10']]);
});

test('"overnight" before the nouns tourism counts ("overnight stays", "overnight visitors") classifies them and is no time', () => {
  assert.deepEqual(dates(THU, 'The town recorded 1.4 million overnight visitors last year. A levy on overnight stays passed. Rain fell overnight.'),
    [['last year', '2014'], ['overnight', '2015-03-11TNI']]);
});
