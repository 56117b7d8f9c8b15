// The DATE layer: temporal mentions (dates, times, durations) at exact spans, with a
// TIMEX3-style normalized value resolved against the article's publication date.
// Rules follow docs in ANNOTATION.md (section DATE). wink proposes most candidates;
// general token patterns add what it misses; chrono-node parses calendar dates, only
// ever on short candidate strings.
import * as chrono from 'chrono-node';
import { Token, TokenizedText, afterSpace, afterOneSpace, startsSentence } from './tokens';
import { Mention, MentionType } from './types';
import dateData from './data/dates.json';
import { isOrgHead, isNewspaperHead, nameParticles } from './gazetteer';
import { detached, rememberedPerWord } from './detached';

// ---------------------------------------------------------------- vocabularies

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
  sun: 0, mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6,
};
/** A month's or a weekday's full name, capitalised ("March", "Tuesday"): what no body's remit is. */
/** A capitalised month's or weekday's name ("March", "Friday"); remembered per word (runs() asks it of many capitalised words). */
export const isCalendarName = rememberedPerWord(
  w => w.length > 2 && /^\p{Lu}\p{Ll}+$/u.test(w) && (MONTHS[w.toLowerCase()] ?? WEEKDAYS[w.toLowerCase()]) !== undefined, 20000);
/** Nouns "overnight" classifies, as tourism counts them, rather than dates: "overnight stays", "1.4 million overnight visitors". */
const OVERNIGHT_KIND = /^(?:stays?|visitors?|guests?|trips?|bookings?|accommodation|parking|bags?)$/;
const PARTS_OF_DAY: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI', overnight: 'NI' };
const SEASONS: Record<string, [number, number]> = { spring: [3, 5], summer: [6, 8], autumn: [9, 11], fall: [9, 11], winter: [12, 2] };
/** Named days: a fixed MM-DD, or null when the date moves from year to year (data/dates.json). */
const HOLIDAYS: Record<string, string | null> = dateData.namedDays;
const HOLIDAY_KEYS = Object.keys(HOLIDAYS).sort((a, b) => b.length - a.length).map(h => [h, ' ' + h] as const);
/** The last words of the named days, to skip the list for every other mention. */
const HOLIDAY_LAST = new Set(HOLIDAY_KEYS.map(([h]) => h.split(' ').pop()!));
/** A span that may hold a clock time: a digit, noon, midnight or o'clock. */
const CLOCKISH = /\d|noon|midday|midnight|o['’]clock|^\S+ in the (?:morning|afternoon|evening)$/i;
/** The named days by their first word as written, capitalised ("Christmas", "New"), longest first, to find them in text. */
const HOLIDAY_BY_FIRST = new Map<string, string[]>();
for (const [h] of HOLIDAY_KEYS) {
  const w = h.split(/[\s'’]/)[0];
  const cap = w[0].toUpperCase() + w.slice(1);
  const list = HOLIDAY_BY_FIRST.get(cap) ?? [];
  list.push(h);
  HOLIDAY_BY_FIRST.set(cap, list);
}
const DECADE_WORDS: Record<string, number> = dateData.decadeWords;
const DECADE_TOKEN = /^(?:1[5-9]|20)\d0s$/;
const ORDINAL_WORDS: Record<string, number> = dateData.ordinalWords;
/** Nouns before which a four-digit number is an identifier, not a year: "Flight 1549" (data/dates.json). */
const NUMBERED_NOUNS = new Set<string>(dateData.numberedNouns);
/** Events and states whose running time "N-year-old" gives: "its 21-month-old war" (data/dates.json). */
const EVENT_NOUNS = new Set<string>(dateData.eventNouns);
/** Units of time, singular, with their ISO letter and multiplier. */
const UNITS: Record<string, { letter: string; time?: boolean; mult?: number }> = {
  second: { letter: 'S', time: true }, minute: { letter: 'M', time: true }, hour: { letter: 'H', time: true },
  day: { letter: 'D' }, night: { letter: 'D' }, week: { letter: 'W' }, fortnight: { letter: 'W', mult: 2 },
  month: { letter: 'M' }, year: { letter: 'Y' }, decade: { letter: 'Y', mult: 10 }, century: { letter: 'Y', mult: 100 },
};
function unitOf(word: string): string | null {
  const w = word.toLowerCase();
  if (UNITS[w]) return w;
  if (w === 'centuries') return 'century';
  if (w.endsWith('s') && UNITS[w.slice(0, -1)]) return w.slice(0, -1);
  return null;
}
const isPluralUnit = (w: string) => { const u = unitOf(w); return u !== null && u !== w.toLowerCase(); };

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, thousand: 1000, dozen: 12, half: 0.5,
};
/** A word's numeric value ("two", "21", "1,000", "twenty-one"), or null; remembered per word. */
const numberValue = rememberedPerWord(computeNumberValue, 20000);
function computeNumberValue(word: string): number | null {
  const w = word.toLowerCase().replace(/,/g, '');
  if (/^\d+(\.\d+)?$/.test(w)) return Number(w);
  if (w in NUMBER_WORDS) return NUMBER_WORDS[w];
  const m = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)$/.exec(w);
  if (m) return NUMBER_WORDS[m[1]] + NUMBER_WORDS[m[2]];
  return null;
}
const isNumberWord = (w: string) => w.toLowerCase() !== 'a' && w.toLowerCase() !== 'an' && numberValue(w) !== null;

const APPROXIMATIONS = new Set(['nearly', 'almost', 'about', 'around', 'roughly', 'approximately', 'some']);
/** Words between a count and its unit of time: "three extra days", "a single day". */
const COUNT_ADDERS = new Set(['extra', 'additional', 'single', 'whole', 'entire']);
/** Words that stay in a span when they precede it (determiners and modifiers). */
const LEFT_MODIFIERS = new Set([
  'this', 'last', 'next', 'past', 'coming', 'following', 'previous', 'recent', 'early', 'late', 'earlier', 'later',
  'nearly', 'almost', 'barely', 'scarcely', 'about', 'around', 'roughly', 'approximately', 'some', 'every', 'each', 'several', 'few',
  'couple', 'working', 'business', 'calendar', 'consecutive', 'straight', 'full', 'more', 'same', 'first', 'final',
  'end', 'beginning', 'start', 'middle', 'mid', 'half', 'many',
]);
/** Words that, before "of", take the "of" and themselves into the span: "the end of 2014". */
const OF_HEADS = new Set(['end', 'beginning', 'start', 'middle', 'half', 'part', 'spring', 'summer', 'autumn', 'fall', 'winter', 'week', 'month', 'turn']);
const LEADING_DROP = new Set(['from', 'on', 'in', 'by', 'since', 'until', 'till', 'within', 'for', 'over', 'during', 'at', 'before', 'after', 'between', 'through', 'throughout', 'of', 'to', 'as', 'into', 'than', 'and', 'or', ',', 'just', 'only']);
/** Determiners that make "following" an adjective ("the following week"); without one it is a preposition. */
const FOLLOWING_DETERMINERS = /^(?:the|a|that|each|every)$/;
const RIGHT_TAIL = new Set(['ago', 'later', 'earlier', 'old']);
/** An hour of the clock, in words or figures: "four", "11". */
const CLOCK_HOUR = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[1-9]|1[0-2])$/;
/** A part of the day in the plural, which recurs: "Friday afternoons". */
const PLURAL_DAY_PART = /^(?:mornings|afternoons|evenings|nights)$/;
/** Words that open a recurring time: "every weekend", "each morning". */
const RECURRING = /^(?:every|each)$/;
/** The days a time is counted from in "a week from today", "two days from now", "three weeks from tomorrow". */
const FROM_DAY = /^(?:today|now|tomorrow)$/;
/** Whether a span's words end in "from" and such a day. */
const countedFromDay = (words: readonly string[]) => words.length > 2 && words[words.length - 2] === 'from' && FROM_DAY.test(words[words.length - 1]);
const RANGE_LINKS = new Set(['to', 'through', 'thru', '-', '–', '—', 'until', 'till']);
const DAY_RANGE_LINKS = new Set(['to', 'through', 'thru', '-', '–', 'until']);
const PERSONS = new Set([
  'man', 'woman', 'men', 'women', 'boy', 'girl', 'boys', 'girls', 'child', 'children', 'kid', 'kids', 'baby', 'babies', 'son', 'daughter',
  'mother', 'father', 'teen', 'teenager', 'person', 'people', 'resident', 'driver', 'suspect', 'victim', 'soldier', 'student',
  'brother', 'sister', 'wife', 'husband', 'grandmother', 'grandfather', 'male', 'female', 'patient', 'player', 'worker', 'citizen',
  'officer', 'pilot', 'journalist', 'actor', 'actress', 'singer', 'mom', 'dad', 'toddler', 'infant', 'friend', 'who', 'named',
]);
const VAGUE_ONLY = new Set(['annual', 'annually', 'daily', 'weekly', 'monthly', 'yearly', 'now', 'currently', 'recently', 'anniversary', 'once', 'twice', 'time', 'times']);
const CLOCK = /^\d{1,2}(:\d{2}){1,2}$/;
const MERIDIEM = /^[ap]\.?m\.?$/i;
/** An hour, and maybe minutes, with the meridiem glued on: "4pm", "2:30am", "11.15p.m.". */
const GLUED_CLOCK = /^(?:[1-9]|1[0-2])(?:[:.][0-5]\d)?[ap]\.?m\.?$/i;
const ZONES = new Set(['gmt', 'utc', 'z', 'et', 'est', 'edt', 'ct', 'cst', 'cdt', 'mt', 'mst', 'mdt', 'pt', 'pst', 'pdt', 'bst', 'cet', 'cest', 'eet', 'eest', 'ist', 'jst', 'kst', 'hkt', 'sgt', 'pkt', 'wib', 'msk', 'sast', 'eat', 'wat', 'cat', 'aest', 'aedt', 'awst', 'acst', 'nzst', 'nzdt', 'hst', 'akst', 'local']);
const YEAR = /^(1[5-9]|20)\d\d$/;
/** Prepositions of time before a bare year: "for 2025", "until 2030", "during 1999". */
const YEAR_PREPOSITIONS = new Set(['for', 'until', 'till', 'through', 'after', 'before', 'during', 'from', 'since', 'in', 'by']);
const MONTH_FULL = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** Words after which "May" is the month: a preposition of time, a possessive, a determiner. */
const MAY_LEADS = /^(?:about|in|since|until|till|by|before|after|of|during|from|through|throughout|early|late|mid|last|next|this|that|each|every|['’]s|lowest|highest)$/;
const YEAR_PREPOSITIONS_MORE = /^(?:with|above|below|than|into|enters|entered|entering|enter)$/;
/** A word before a number that counts: "a record 2000", "an estimated 1900". */
const COUNT_BEFORE = /^(?:record|total|further|additional|estimated|reported|mere|whopping|staggering|extra|combined|net|gross|average|maximum|minimum)$/;
/** Nouns counted without a plural "s": "2000 people", "1900 staff". */
const COUNTED_NOUN = /^(?:people|men|women|children|staff|police|cattle|sheep|fish|personnel|livestock|aircraft|feet|metres|meters|kilometres|kilometers|tonnes|tons|yen|yuan|won|rupees|euro)$/;
/** Plurals a year modifies as a measure of that year: "2019 levels", "2024 figures". */
const YEAR_MEASURES = /^(?:levels|figures|prices|rates|numbers|highs|lows|peaks|totals|volumes|results|budgets|targets|standards)$/;
/** Singular nouns that end in -s: "series", "news", "crisis", "census", "address", "campus". */
const SINGULAR_IN_S = /^(?:series|news|lens|gas|\p{Ll}+(?:ss|sis|us))$/u;
/** Units a number may measure, in the singular as abbreviations write them: "1500 m", "2000 km". */
const UNITS_AFTER_NUMBER = /^(?:m|km|kg|g|mg|ml|l|ft|mi|lb|lbs|mw|kw|gw|mph|kph|km\/h|cc|hp|t|bhp)$/i;
/** Two years joined by a hyphen or a dash in one token: "2010-2015", "1990-91". */
const YEAR_SPAN = /^((?:1[5-9]|20)\d\d)[-–](\d\d|(?:1[5-9]|20)\d\d)$/;
/** The span of years a token such as "2010-2015" or "1990-91" writes ("2010/2015"), or null (not one, or not increasing). */
function yearSpan(s: string): string | null {
  // ("the 2026/27 season", "2025/2026": a slash writes a season or a fiscal year, two years in a row)
  const slash = s.charCodeAt(4) === 47 /* / */;
  const m = YEAR_SPAN.exec(slash ? s.slice(0, 4) + '-' + s.slice(5) : s.replace('–', '-'));
  if (!m) return null;
  const a = m[1], b = m[2].length === 2 ? a.slice(0, 2) + m[2] : m[2];
  return b > a && (!slash || +b === +a + 1) ? `${a}/${b}` : null;
}
/** Kinds of year named before "year" and its number: "fiscal year 2023", "academic year 2019". */
const YEAR_KINDS = new Set(['fiscal', 'financial', 'school', 'academic', 'calendar', 'tax', 'model', 'budget']);
/** A clock time written as four digits, as the wires give GMT: "0000 GMT", "1430 UTC". */
const MILITARY = /^([01]\d|2[0-3])[0-5]\d$/;

// ---------------------------------------------------------------- date arithmetic (UTC, day precision)

/**
 * A day. Days and candidates are always built as object literals with their fields in one order,
 * never copied with a spread: a spread's copy gets a shape of its own that the garbage collector
 * drops between analyses, and every function that had been optimised for it (shape, valueOf,
 * fmtDay, toDate ...) was thrown back to the interpreter at the next analysis, every time.
 */
interface Ymd { y: number; m: number; d: number }
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const toDate = (p: Ymd) => new Date(Date.UTC(p.y, p.m - 1, p.d));
const fromDate = (d: Date): Ymd => ({ y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() });
const addDays = (p: Ymd, n: number) => fromDate(new Date(toDate(p).getTime() + n * 86400000));
const fmtDay = (p: Ymd) => `${pad(p.y, 4)}-${pad(p.m)}-${pad(p.d)}`;
const fmtMonth = (y: number, m: number) => `${pad(y, 4)}-${pad(m)}`;
function parseDay(s: string | null): Ymd | null {
  const m = s ? /^(\d{4})-(\d\d)-(\d\d)/.exec(s) : null;
  return m ? { y: +m[1], m: +m[2], d: +m[3] } : null;
}
function isoWeek(p: Ymd): string {
  const d = toDate(p);
  const day = (d.getUTCDay() + 6) % 7; // Monday = 0
  const thursday = new Date(d.getTime() + (3 - day) * 86400000);
  const year = thursday.getUTCFullYear();
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const week = 1 + Math.round(((thursday.getTime() - jan4.getTime()) / 86400000 - 3 + ((jan4.getUTCDay() + 6) % 7)) / 7);
  return `${year}-W${pad(week)}`;
}
function addMonths(y: number, m: number, n: number): [number, number] {
  const k = y * 12 + (m - 1) + n;
  return [Math.floor(k / 12), (k % 12) + 1];
}

// ---------------------------------------------------------------- publication date

const DATELINE = /^\s*(?:last\s+)?(?:updated|published|posted|modified|date|dated|first published)\b\s*(?:on|at)?\s*:?\s*(.+)$/i;

/** The article's publication date, 'YYYY-MM-DD', from its dateline, else the latest full date in it, else null. */
export function findPublicationDate(tokenized: TokenizedText): string | null {
  const text = tokenized.text;
  const lines = text.slice(0, 1500).split(/\r?\n/).slice(0, 12);
  const maybeDate = (l: string) => /\b(1[5-9]|20)\d\d\b/.test(l) && /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d[-/.]\d/i.test(l);
  for (const line of lines) {
    const m = DATELINE.exec(line);
    const day = m && maybeDate(m[1]) ? fullDate(m[1]) : null;
    if (day) return day;
  }
  for (const line of lines) {
    const l = line.trim();
    if (l.length === 0 || l.length > 60 || !maybeDate(l)) continue;
    // a line that is nothing but a full date: "Friday, August 21, 2015"
    const day = fullDate(l, true);
    if (day) return day;
  }
  let latest: string | null = null;
  for (const c of candidates(tokenized)) {
    const s = text.slice(tokenized.tokens[c.first].start, tokenized.tokens[c.last].end);
    if (!/\d{4}/.test(s)) continue;
    const day = fullDate(s);
    if (day && (latest === null || day > latest)) latest = day;
  }
  return latest;
}

/**
 * chrono is by far the costliest step per call, and a corpus repeats its date strings ("March 15",
 * "2022"): results are memoised by their exact input. chrono is deterministic in (text, reference),
 * and its results are only read here, never changed. The memos are bounded.
 */
const MEMO_LIMIT = 20000;
/**
 * chrono's results are big (some 2 KB each, with their components and reference dates): 20,000
 * of them were 45 MB of an analysis worker's heap, which V8 then sized at 1.5-4 times that. Their
 * keys hold the publication date, so few outlive the articles of one day anyway.
 */
const CHRONO_MEMO_LIMIT = 4000;
function remember<K, V>(memo: Map<K, V>, key: K, compute: () => V, limit = MEMO_LIMIT): V {
  if (memo.has(key)) return memo.get(key)!;
  const v = compute();
  if (memo.size >= limit) memo.clear();
  memo.set(typeof key === 'string' ? detached(key) as K : key, v);
  return v;
}
const fullDateMemo = new Map<string, string | null>();
function fullDate(s: string, whole = false): string | null {
  return remember(fullDateMemo, (whole ? '1' : '0') + s, () => computeFullDate(s, whole));
}
const chronoMemo = new Map<string, chrono.ParsedResult[]>();
function chronoParse(text: string, ref: Date): chrono.ParsedResult[] {
  return remember(chronoMemo, `${ref.getTime()} ${text}`, () => chrono.parse(detached(text), ref), CHRONO_MEMO_LIMIT); // its results hold the text they read
}

function computeFullDate(s: string, whole: boolean): string | null {
  const r = chrono.strict.parse(s, new Date(Date.UTC(2000, 0, 1)));
  if (r.length === 0) return null;
  const st = r[0].start;
  if (!st.isCertain('year') || !st.isCertain('month') || !st.isCertain('day')) return null;
  if (whole && s.replace(r[0].text, '').replace(/[\s,.]/g, '').length > 0) return null;
  return fmtDay({ y: st.get('year')!, m: st.get('month')!, d: st.get('day')! });
}

// ---------------------------------------------------------------- candidate spans

interface Cand { first: number; last: number; type: MentionType }

const low = (t: Token) => t.text.toLowerCase();
/** A part of the day, capitalised as in a newspaper's name ("the Evening Standard"). */
const DAY_PART_NAME = /^(?:Morning|Evening|Afternoon|Night)$/;
/** Starts with A-Z: tested first, as it rules out most tokens without building a string. */
const upperFirst = (t: Token) => { const c = t.text.charCodeAt(0); return c >= 65 && c <= 90; };
/** A capitalised month ("March", "Dec.") or weekday ("Tue."): remembered per word, as most capitalised words are names. */
const calendarKind = rememberedPerWord((text): 'month' | 'weekday' | null => {
  const w = text.toLowerCase().replace(/\.$/, '');
  return MONTHS[w] !== undefined ? 'month' : WEEKDAYS[w] !== undefined ? 'weekday' : null;
}, 20000);
function calendarWord(t: Token): 'month' | 'weekday' | null {
  return !upperFirst(t) || t.text.length > 10 ? null : calendarKind(t.text);
}
const isMonthTok = (t: Token) => calendarWord(t) === 'month';
const isWeekdayTok = (t: Token) => calendarWord(t) === 'weekday';
const isDayNum = (t: Token) => /^\d{1,2}(st|nd|rd|th)?([-–]\d{1,2}(st|nd|rd|th)?)?$/.test(t.text) && parseInt(t.text, 10) >= 1 && parseInt(t.text, 10) <= 31;
const isClockish = (toks: readonly Token[], a: number, b: number) => {
  for (let i = a; i <= b; i++) if (CLOCK.test(toks[i].text) || MERIDIEM.test(toks[i].text) || ['noon', 'midnight'].includes(low(toks[i]))) return true;
  return false;
};

const RELATIVE_DAYS = new Set(['today', 'tonight', 'tomorrow', 'yesterday']);
const THAT_HEADS = new Set(['night', 'morning', 'afternoon', 'evening', 'day', 'year']);
/** Parts of speech before "a year" that make it a rate ("tonnes a year", "twice a day"), not a stretch of time. */
const RATE_BEFORE = new Set(['NOUN', 'NUM', 'SYM', 'ADV']);
const ORDINAL_NUM = /^\d+(st|nd|rd|th)$/;
const MID_DATE = /^mid-((1[5-9]|20)\d\d|[A-Z][a-z]+|morning|afternoon|evening)$/;
/** Parts of the day that make a date after "the": "in the evening", "the morning". */
const DAY_PARTS_AFTER_THE = new Set(['morning', 'afternoon', 'evening']);
/** Prepositions before which "the 15th" is a day of the month. */
const DAY_ORDINAL_BEFORE = new Set(['on', 'until', 'till', 'by', 'since', 'from', 'before', 'after']);
/** Words before which a weekday is a day, whatever follows it ("on Sunday Times Square was closed"). */
const DAY_PREPOSITIONS = new Set(['on', 'by', 'since', 'until', 'till', 'last', 'next', 'this', 'that', 'from', 'before', 'after', 'every']);
const SEASON_MODIFIERS = new Set(['this', 'last', 'next', 'every', 'each', 'early', 'late', 'past', 'coming']);
/** Kinds of season that name weather or work, not a time the calendar gives: "rainy", "hurricane". */
const SEASON_KINDS = /^(?:rainy|dry|wet|monsoon|hurricane|typhoon|cyclone|storm|fire|bushfire|wildfire|flu|planting|harvest|harvesting|growing|breeding|nesting|tourist|holiday|festive|mating|hunting|fishing|sowing|lean|hungry|flood|rain|winter|summer)$/;
/** Prepositions of time before "the" and a season: "in the spring". */
const SEASON_PREPOSITIONS = /^(?:in|during|since|until|till|by|after|before|through|throughout)$/;
/** Units after "every" or "each" that make a recurring time. */
const RECURRING_UNIT = /^(?:day|week|weekday|weekend|fortnight|month|quarter|year|morning|afternoon|evening|night)$/;
/** Words before "season" that make it a date: "this season", "the previous season". */
const SEASON_DETERMINERS = /^(?:this|last|next|previous|following|current|coming)$/;
const WEEKEND_MODIFIERS = new Set(['the', 'this', 'last', 'next', 'that', 'past', 'coming']);

/** The short forms of months and weekdays, which are also given names and syllables of names ("Jan", "Thu", "Sun"). */
const SHORT_CALENDAR = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)$/;
/** A weekday or a part of the day that is part of a newspaper's name: "the Sunday Times", "the Mail on Sunday" (not "on Sunday Times Square"), "the Evening Standard". */
export function weekdayInName(toks: readonly Token[], i: number): boolean {
  // "The Sydney Morning Herald", "the Manchester Evening News", "the Morning Star": a capitalised
  // part of the day mid-sentence, before a newspaper's head word, is part of the paper's name
  if (DAY_PART_NAME.test(toks[i].text) && !startsSentence(toks[i])) {
    const next = toks[i + 1];
    return !!next && next.sentence === toks[i].sentence && isNewspaperHead(next.text);
  }
  // "By Jan Lopatka", "starring Lê Thu Thảo", "Sun Yat-sen": a month's or a weekday's short form
  // beside a capitalised word that is no calendar word is part of a person's name
  if (SHORT_CALENDAR.test(toks[i].text) || /^\p{Lu}{3}$/u.test(toks[i].text) && SHORT_CALENDAR.test(toks[i].text[0] + toks[i].text.slice(1).toLowerCase())) {
    const nx = toks[i + 1], bf = toks[i - 1];
    const nameWord = (t: Token | undefined) => !!t && t.sentence === toks[i].sentence && /^\p{Lu}\p{Ll}/u.test(t.text) && !calendarWord(t);
    if (nameWord(nx) || nameWord(bf) && bf!.pos === 'PROPN' && !startsSentence(toks[i])) return true;
    // ("analyst Jan de Vries", "Jan van der Berg": or a surname's particles between them)
    let k = i + 1;
    while (k < i + 4 && toks[k] && afterOneSpace(toks[k]) && nameParticles.has(toks[k].text)) k++;
    if (k > i + 1 && afterOneSpace(toks[k] ?? toks[i]) && nameWord(toks[k])) return true;
    // ("Viña del Mar", "Puerto de Sol": or a particle between a name word before and the short form,
    // in capitals too: a dateline's "VIÑA DEL MAR")
    const caps = /^\p{Lu}+$/u.test(toks[i].text);
    let b = i - 1;
    while (b > i - 4 && toks[b] && afterOneSpace(toks[b + 1]) && nameParticles.has(caps ? toks[b].text.toLowerCase() : toks[b].text)) b--;
    if (b < i - 1 && afterOneSpace(toks[b + 1]) && (nameWord(toks[b]) || caps && /^\p{Lu}{2,}$/u.test(toks[b].text) && !calendarWord(toks[b]))) return true;
  }
  if (!isWeekdayTok(toks[i])) return false;
  const next = toks[i + 1], before = toks[i - 1], before2 = toks[i - 2];
  if (next && upperFirst(next) && next.sentence === toks[i].sentence && isOrgHead(next.text) && !(before && DAY_PREPOSITIONS.has(low(before)))) return true;
  // ("The Mail on Sunday", "The Independent on Sunday"; but "the Magistrates' Court on Wednesday"
  // and "Russia on Sunday fired" are days)
  return !!before && !!before2 && low(before) === 'on' && low(toks[i]) === 'sunday' && upperFirst(before2) && isNewspaperHead(before2.text);
}

const SEASON_OF_EVENT = /^(?:Winter|Summer)$/;
const EVENT_AFTER_SEASON = /^(?:Olympics|Olympic|Games|Paralympics|Paralympic|Universiade|Youth)$/;
/** Raw candidate token ranges: wink's temporal entities plus general patterns it misses, merged. */
const candidateCache = new WeakMap<TokenizedText, Cand[]>();
function candidates(tk: TokenizedText): readonly Readonly<Cand>[] {
  let c = candidateCache.get(tk);
  if (!c) { c = findCandidates(tk); candidateCache.set(tk, c); }
  return c; // shared by the publication date and the mentions: read, never changed
}
/** Whether token k is a year from 1900 to 2099 in the given sentence (a list of years: "2009, 2010 and 2018"). */
/** A year of this century or the last, written in digits: "1987", "2026". */
const modernYear = (word: string) => YEAR.test(word) && word >= '1900' && word < '2100';
const listedYear = (toks: readonly Token[], k: number, sentence: number) => !!toks[k] && modernYear(toks[k].text) && toks[k].sentence === sentence;
/** One byte per token: 1 where wink's own dates and times cover it. */
function coveredByWink(tk: TokenizedText): Uint8Array {
  const covered = new Uint8Array(tk.tokens.length);
  for (const e of tk.winkEntities) if (e.type === 'DATE' || e.type === 'TIME' || e.type === 'DURATION') covered.fill(1, e.firstToken, e.lastToken + 1);
  return covered;
}
function findCandidates(tk: TokenizedText): Cand[] {
  const toks = tk.tokens;
  const out: Cand[] = [];
  // (made when a month's name alone first asks: most texts never need it)
  let winkCovered: Uint8Array | undefined;
  for (const e of tk.winkEntities) {
    if (e.type !== 'DATE' && e.type !== 'TIME' && e.type !== 'DURATION') continue;
    // ("the 2026 Winter Olympics", "the Summer Games": a capitalised season opening an event's name is
    // the event's, no date; the year before it stays one)
    let last = e.lastToken;
    if (SEASON_OF_EVENT.test(toks[last].text) && EVENT_AFTER_SEASON.test(toks[last + 1]?.text ?? '')) last--;
    if (last >= e.firstToken) out.push({ first: e.firstToken, last, type: e.type });
  }
  const n = toks.length;
  const fc = tk.firstChar;
  for (let i = 0; i < n; i++) {
    // Most tokens start with a lowercase letter or a mark: for them only "today" and the like,
    // "weekend" and an attributive duration ("six-month", with a hyphen next) can match below.
    // The tokenizer's first-character index decides that without reading the token.
    const c0 = fc[i];
    if (!(c0 >= 48 && c0 <= 57) && !(c0 >= 65 && c0 <= 90) && !(i + 1 < n && fc[i + 1] === 45 && toks[i + 1].text === '-')) {
      // "this spring", "every autumn", "last fall": a season with a modifier (wink reads "spring" as a verb)
      if (i > 0 && (c0 === 115 || c0 === 97 || c0 === 102 || c0 === 119) && SEASONS[toks[i].text] && SEASON_MODIFIERS.has(low(toks[i - 1]))) out.push({ first: i - 1, last: i, type: 'DATE' });
      // ("at least 60 people were killed that summer", "it first appeared in the spring": or "that", or
      // "the" after a preposition of time)
      // ("after the fall of the government", "two days after the fall": not "fall" after "the")
      else if (i > 1 && (c0 === 115 || c0 === 97 || c0 === 102 || c0 === 119) && SEASONS[toks[i].text] && (low(toks[i - 1]) === 'that' || low(toks[i - 1]) === 'the' && toks[i].text !== 'fall' && SEASON_PREPOSITIONS.test(low(toks[i - 2])))
        && !(toks[i + 1] && toks[i + 1].pos === 'NOUN' && afterOneSpace(toks[i + 1]))) out.push({ first: i - 1, last: i, type: 'DATE' });
      // "every weekend", "every single day", "each morning": a recurring time (no value)
      if (i > 0 && (c0 === 100 || c0 === 119 || c0 === 109 || c0 === 121 || c0 === 110 || c0 === 101 || c0 === 97 || c0 === 102 || c0 === 113) && RECURRING_UNIT.test(toks[i].text)) {
        const k = low(toks[i - 1]) === 'single' && i > 1 ? i - 2 : i - 1;
        if (RECURRING.test(low(toks[k])) && toks[k].sentence === toks[i].sentence) out.push({ first: k, last: i, type: 'DATE' });
      }
      // "this season", "last season", "the previous season": a sports season, dated by the article
      if (i > 0 && c0 === 115 && toks[i].text === 'season' && SEASON_DETERMINERS.test(low(toks[i - 1])) && !(toks[i + 1] && toks[i + 1].pos === 'NOUN' && afterOneSpace(toks[i + 1]))) {
        const k = /^(?:previous|following|current)$/.test(low(toks[i - 1])) && i > 1 && low(toks[i - 2]) === 'the' ? i - 2 : i - 1;
        out.push({ first: k, last: i, type: 'DATE' });
      }
      // "another hour", "three extra days", "a single day", "two additional weeks": a count and a
      // word that adds or singles out, before a unit of time (wink finds none of them)
      if ((c0 === 97 || c0 === 101 || c0 === 115 || c0 === 119) && i + 1 < n && unitOf(toks[i + 1].text) && toks[i + 1].sentence === toks[i].sentence) {
        const w = toks[i].text;
        if (w === 'another') out.push({ first: i, last: i + 1, type: 'DURATION' });
        else if (COUNT_ADDERS.has(w) && i > 0 && (isNumberWord(toks[i - 1].text) || /^\d+$/.test(toks[i - 1].text) || /^(?:a|an)$/i.test(toks[i - 1].text) && !toks[i + 1].text.endsWith('s'))) out.push({ first: i - 1, last: i + 1, type: 'DURATION' });
      }
      if (c0 === 116 || c0 === 121 || c0 === 119) { // t, y, w
        const t = toks[i];
        const w = low(t);
        if (RELATIVE_DAYS.has(w)) out.push({ first: i, last: i, type: 'DATE' });
        // ("smaller than last year's.": wink read "year's" before the stop as one word and found no
        // date; the tokenizer split off the "'s", and "last/next/this" and the unit are the date)
        if ((w === 'year' || w === 'week') && i > 0 && /^(?:last|next|this)$/i.test(toks[i - 1].text) && toks[i + 1]?.text.length === 2 && /^['’]s$/.test(toks[i + 1].text)
          && !(winkCovered ??= coveredByWink(tk))[i]) out.push({ first: i - 1, last: i, type: 'DATE' });
        // "that night", "later that day", "that year": anaphoric, valued from the last date given
        if (w === 'that' && thatTime(toks, i)) out.push({ first: i, last: i + 1, type: 'DATE' });
        if ((w === 'weekend' || w === 'weekends' && low(toks[i - 1]) === 'the') && i > 0 && WEEKEND_MODIFIERS.has(low(toks[i - 1]))) out.push({ first: i - 1, last: i, type: 'DATE' });
      } else if (c0 === 102 && (toks[i].text === 'fortnight' || toks[i].text === 'fortnights')) {
        out.push({ first: i, last: i, type: 'DURATION' }); // wink does not know it; grows like "week": "the past fortnight", "a fortnight ago"
      } else if ((c0 === 99 || c0 === 100) && i > 0 && /^(?:decades?|centuries|century)$/.test(toks[i].text) && toks[i - 1].sentence === toks[i].sentence
        && (isNumberWord(toks[i - 1].text) && !/^(?:a|an)$/i.test(toks[i - 1].text) || /^\d{1,3}$/.test(toks[i - 1].text))) {
        out.push({ first: i - 1, last: i, type: 'DURATION' }); // "three decades", "four centuries": wink finds neither
      } else if ((c0 === 113 || c0 === 115) && (toks[i].text === 'quarter' || toks[i].text === 'season') && i >= 4 && low(toks[i - 1]) === 'the' && low(toks[i - 2]) === 'of'
        && /^(?:end|beginning|start|middle|close)$/.test(low(toks[i - 3])) && low(toks[i - 4]) === 'the' && toks[i - 4].sentence === toks[i].sentence) {
        out.push({ first: i - 4, last: i, type: 'DATE' }); // "by the end of the quarter", "at the start of the season"
      } else if (c0 === 99 && toks[i].text === 'century') {
        out.push({ first: i, last: i, type: 'DATE' }); // kept only when it grows: "the end of the century", "the 19th century"
      } else if (c0 === 109 && MID_DATE.test(toks[i].text)) {
        out.push({ first: i, last: i, type: 'DATE' }); // "mid-2012", "mid-March", one token
      } else if (c0 === 111 && toks[i].text === 'overnight' && !(i > 0 && (low(toks[i - 1]) === 'an' || low(toks[i - 1]) === 'a')) && !(toks[i + 1] && OVERNIGHT_KIND.test(toks[i + 1].text))) {
        out.push({ first: i, last: i, type: 'TIME' }); // "overnight", not "an overnight stay"
      } else if (c0 === 113 && toks[i].text === 'quarter' && i >= 2 && QUARTERS[low(toks[i - 1])] && low(toks[i - 2]) === 'the' && toks[i - 2].sentence === toks[i].sentence
        && !(toks[i + 1] && low(toks[i + 1]) === 'of') && MONEY_WORDS.test(sentenceText(toks, toks[i].sentence, i))) {
        out.push({ first: i - 2, last: i, type: 'DATE' }); // "profits fell in the third quarter" (a game's "fourth quarter" is no date)
      } else if (c0 === 113 && toks[i].text === 'quarter' && i >= 2 && toks[i - 1].text === '-' && !afterSpace(toks[i - 1]) && !afterSpace(toks[i]) && QUARTERS[low(toks[i - 2])]
        && toks[i + 1] && toks[i + 1].pos === 'NOUN' && MONEY_WORDS.test(sentenceText(toks, toks[i].sentence, i))) {
        out.push({ first: i - 2, last: i, type: 'DATE' }); // "second-quarter earnings"
      }
      continue;
    }
    const t = toks[i];
    let lower: string | undefined; // most of these tokens are names: lowercase one only when a rule asks
    const digit = c0 >= 48 && c0 <= 57;
    // ("Overnight, strong winds pushed the flames": capitalised as it opens the sentence, before a comma)
    if (c0 === 79 && t.text === 'Overnight' && toks[i + 1]?.text === ',') { out.push({ first: i, last: i, type: 'TIME' }); continue; }
    // a decade wink does not know ("the 1870s", "by the 2040s"); "the" joins it as it joins "the 1960s"
    if (digit && t.text.length === 5 && DECADE_TOKEN.test(t.text)) out.push({ first: i, last: i, type: 'DATE' });
    // clock times: "21:18:51 GMT", "10 p.m.", "9.30am", "0000 GMT", "2:00 a.m. local time"
    if (digit && (CLOCK.test(t.text) || (/^\d{1,2}$/.test(t.text) && i + 1 < n && MERIDIEM.test(toks[i + 1].text))
      || (MILITARY.test(t.text) && i + 2 < n && (toks[i + 1].text === 'GMT' || toks[i + 1].text === 'UTC' || low(toks[i + 1]) === 'local' && low(toks[i + 2]) === 'time')))) {
      let j = i;
      if (j + 1 < n && MERIDIEM.test(toks[j + 1].text)) j++;
      if (j + 1 < n && ZONES.has(low(toks[j + 1])) && /^[A-Z]+$/.test(toks[j + 1].text)) j++;
      const last = clockTail(toks, j);
      if (last > i || CLOCK.test(t.text)) out.push({ first: i, last, type: 'TIME' });
      continue;
    }
    // "4pm local time", "2:30am local time": the meridiem glued to the hour, then the zone words
    if (digit && GLUED_CLOCK.test(t.text) && clockTail(toks, i) > i) { out.push({ first: i, last: clockTail(toks, i), type: 'TIME' }); continue; }
    // "9.30 pm": hours and minutes with a full stop, then the meridiem
    if (digit && i + 1 < n && /^\d{1,2}\.[0-5]\d$/.test(t.text) && MERIDIEM.test(toks[i + 1].text)) {
      out.push({ first: i, last: clockTail(toks, i + 1), type: 'TIME' });
      i++;
      continue;
    }
    // "8.15pm" may come as "8", "." and "15pm"
    if (digit && i + 2 < n && /^\d{1,2}$/.test(t.text) && toks[i + 1].text === '.' && !afterSpace(toks[i + 1]) && !afterSpace(toks[i + 2]) && /^[0-5]\d[ap]\.?m\.?$/i.test(toks[i + 2].text)) {
      out.push({ first: i, last: clockTail(toks, i + 2), type: 'TIME' });
      i += 2;
      continue;
    }
    // "9.30am" comes as "9.3" and "0am"
    if (digit && i + 1 < n && /^\d{1,2}\.\d$/.test(t.text) && !afterSpace(toks[i + 1]) && /^\d[ap]\.?m\.?$/i.test(toks[i + 1].text)) {
      out.push({ first: i, last: clockTail(toks, i + 1), type: 'TIME' });
      i++;
      continue;
    }
    // attributive durations: "six-month", "21-month-old", "11-year"
    // and ordinal ones, counted from an event: "a 91st-minute header"
    if (i + 2 < n && toks[i + 1].text === '-' && !afterSpace(toks[i + 1]) && !afterSpace(toks[i + 2]) && (lower ??= low(t)) !== 'a' && lower !== 'an' && (numberValue(t.text) !== null || digit && ORDINAL_NUM.test(t.text) && low(toks[i + 2]) === 'minute') && UNITS[low(toks[i + 2])]) {
      out.push({ first: i, last: i + 2, type: 'DURATION' });
      continue;
    }
    // calendar dates wink can split: "March 3-5, 2021", "15 Mar 2022", "Dec. 5"
    if (isMonthTok(t) && !((lower ??= low(t)) === 'may' && toks[i - 1] && /^[a-z]/.test(toks[i - 1].text) && toks[i - 1].pos !== 'ADP')) {
      let a = i, b = i;
      if (i > 0 && isDayNum(toks[i - 1]) && !(i > 1 && toks[i - 2].text === '-')) a = i - 1;
      else if (i + 1 < n && isDayNum(toks[i + 1]) && afterSpace(toks[i + 1])) b = i + 1;
      // "October 10 to 12", "March 3 – 5": a range of days in one month is one span
      if (b === i + 1 && b + 2 < n && DAY_RANGE_LINKS.has(low(toks[b + 1])) && isDayNum(toks[b + 2]) && toks[b + 2].sentence === t.sentence
        && parseInt(toks[b + 2].text, 10) > parseInt(toks[b].text, 10) && !(b + 3 < n && (isMonthTok(toks[b + 3]) || /^[:.]\d/.test(toks[b + 3].text) || MERIDIEM.test(toks[b + 3].text) || unitOf(toks[b + 3].text)))) b += 2;
      if (b + 2 < n && toks[b + 1].text === ',' && YEAR.test(toks[b + 2].text) && (b > i || a === i)) b += 2; // "March 3, 2021", "March, 2015"
      else if (b + 1 < n && YEAR.test(toks[b + 1].text)) b += 1;
      if (b > a || a < i) out.push({ first: a, last: b, type: 'DATE' });
      // ("spent March teaching", "the committee's May meeting", "thinking about May, when": a month's
      // full name alone mid-sentence, after no capitalised word ("Long March") and before none (a given
      // name: "June Carter"), that wink did not take; "May" only after a word that leads a date)
      else if (MONTH_FULL.test(t.text) && !startsSentence(t) && i > 0 && !upperFirst(toks[i - 1]) && toks[i - 1].sentence === t.sentence
        && !(toks[i + 1] && upperFirst(toks[i + 1]) && toks[i + 1].sentence === t.sentence) && (t.text !== 'May' || MAY_LEADS.test(low(toks[i - 1])))
        && !(low(toks[i - 1]) === 'of' && i > 1 && upperFirst(toks[i - 2])) && !(winkCovered ??= coveredByWink(tk))[i]) out.push({ first: i, last: i, type: 'DATE' });
      continue;
    }
    // a day of the month as an ordinal: "the 15th of March (2019)", "until the 15th."
    if (digit && i > 0 && ORDINAL_NUM.test(t.text) && low(toks[i - 1]) === 'the' && isDayNum(t)) {
      const next = toks[i + 1];
      if (next && low(next) === 'of' && i + 2 < n && isMonthTok(toks[i + 2])) {
        const b = i + 3 < n && YEAR.test(toks[i + 3].text) ? i + 3 : i + 4 < n && toks[i + 3].text === ',' && YEAR.test(toks[i + 4].text) ? i + 4 : i + 2;
        out.push({ first: i - 1, last: b, type: 'DATE' });
        i = b;
        continue;
      }
      if (i > 1 && DAY_ORDINAL_BEFORE.has(low(toks[i - 2])) && (!next || next.sentence !== t.sentence || next.pos === 'PUNCT' || next.pos === 'CCONJ' || next.pos === 'ADP')) {
        out.push({ first: i - 1, last: i, type: 'DATE' });
        continue;
      }
    }
    // a span of years written with a hyphen or a dash: "the 2010-2015 period", "the 1990-91 recession",
    // "the 2014–15 season" (wink keeps the first two as one token)
    if (digit && yearSpan(t.text)) { out.push({ first: i, last: i, type: 'DATE' }); continue; }
    if (digit && YEAR.test(t.text) && i + 2 < n && /^[-–]$/.test(toks[i + 1].text) && !afterSpace(toks[i + 1]) && !afterSpace(toks[i + 2]) && yearSpan(t.text + '-' + toks[i + 2].text)) {
      out.push({ first: i, last: i + 2, type: 'DATE' }); i += 2; continue;
    }
    // a quarter of a year: "Q3 2024"
    if (c0 === 81 && /^Q[1-4]$/.test(t.text) && i + 1 < n && YEAR.test(toks[i + 1].text)) { out.push({ first: i, last: i + 1, type: 'DATE' }); i++; continue; }
    // a year named as such: "the year 2022", "fiscal year 2023", "the 2021-22 financial year" aside
    if (digit && YEAR.test(t.text) && i > 0 && low(toks[i - 1]) === 'year' && toks[i - 1].sentence === t.sentence) {
      let first = i - 1;
      if (first > 0 && YEAR_KINDS.has(low(toks[first - 1]))) first--;
      if (first > 0 && low(toks[first - 1]) === 'the') first--;
      out.push({ first, last: i, type: 'DATE' });
      continue;
    }
    // a kind of year right before the number: "fiscal 2024", "for financial 2023"
    if (digit && YEAR.test(t.text) && i > 0 && YEAR_KINDS.has(low(toks[i - 1])) && (low(toks[i - 1]) === 'fiscal' || low(toks[i - 1]) === 'financial') && toks[i - 1].sentence === t.sentence) {
      out.push({ first: i - 1, last: i, type: 'DATE' });
      continue;
    }
    // "its dividend for 2025", "until 2030", "during 1999": a year after a preposition of time, not
    // before a plural noun ("for 2000 workers" counts them)
    // ("the strikes of 2022 and 2023", "the crisis of 2008": or "of" after "the" and a noun, no noun after the year)
    if (digit && modernYear(t.text) && i > 2 && low(toks[i - 1]) === 'of' && toks[i - 2].pos === 'NOUN'
      && (low(toks[i - 3]) === 'the' || i > 3 && (toks[i - 3].pos === 'ADJ' || toks[i - 3].pos === 'NOUN') && low(toks[i - 4]) === 'the')
      && toks[i - 2].sentence === t.sentence && !(toks[i + 1] && (toks[i + 1].pos === 'NOUN' || toks[i + 1].text === '-' && !afterSpace(toks[i + 1])))) {
      out.push({ first: i, last: i, type: 'DATE' });
      continue;
    }
    // ("above 2019 levels", "compared with 2019 levels", "ahead of 2027", "Germany enters 2027": or
    // "with", "above", "below", "than", "into", "ahead of", a verb of entering; before a plural a year
    // modifies only a measure: "levels", "figures", "prices")
    // ("as early as 1998", "as late as 2010", "as far back as 2024"; "memories of 2022 and 2023": or
    // "as" after "early", "late", "recently" or "far back", and "of" before two years joined by "and")
    if (digit && modernYear(t.text) && i > 0 && (YEAR_PREPOSITIONS.has(low(toks[i - 1])) || YEAR_PREPOSITIONS_MORE.test(low(toks[i - 1])) || low(toks[i - 1]) === 'of' && i > 1 && low(toks[i - 2]) === 'ahead'
      || low(toks[i - 1]) === 'as' && i > 1 && (/^(?:early|late|recently)$/.test(low(toks[i - 2])) || low(toks[i - 2]) === 'back' && i > 2 && low(toks[i - 3]) === 'far')
      // ("construction would start in 2027 at the earliest", "was 2027 at the earliest": a year bounded so)
      || low(toks[i + 1] ?? t) === 'at' && low(toks[i + 2] ?? t) === 'the' && /^(?:earliest|latest)$/.test(low(toks[i + 3] ?? t))
      || low(toks[i - 1]) === 'of' && /^(?:and|or)$/.test(low(toks[i + 1] ?? t)) && YEAR.test(toks[i + 2]?.text ?? '') && !(toks[i + 3] && toks[i + 3].pos === 'NOUN')) && toks[i - 1].sentence === t.sentence
      && !(toks[i + 1] && (toks[i + 1].pos === 'NOUN' && /s$/.test(toks[i + 1].text) && !YEAR_MEASURES.test(low(toks[i + 1])) || /^(?:%|per|percent)$/.test(toks[i + 1].text) || toks[i + 1].text === '-' && !afterSpace(toks[i + 1])))) {
      out.push({ first: i, last: i, type: 'DATE' });
      continue;
    }
    // ("Now it is 2026 and they say 2029": the year it is)
    if (digit && modernYear(t.text) && i > 1 && /^(?:is|was)$/.test(low(toks[i - 1])) && /^it$/i.test(toks[i - 2].text) && toks[i - 2].sentence === t.sentence
      && !(toks[i + 1] && toks[i + 1].pos === 'NOUN')) {
      out.push({ first: i, last: i, type: 'DATE' });
      continue;
    }
    // ("lost semi-finals in 2009, 2010 and 2018": a year listed between years is one too)
    if (digit && listedYear(toks, i, t.sentence) && toks[i - 1]?.text === ',' && listedYear(toks, i - 2, t.sentence) && /^(?:,|and|or)$/.test(low(toks[i + 1] ?? t)) && listedYear(toks, i + 2, t.sentence)) {
      out.push({ first: i, last: i, type: 'DATE' });
      continue;
    }
    // a year modifying an event: "the 2022 invasion", "a 2019 report"; or naming one: "Expo 2016"
    if (digit && YEAR.test(t.text) && i > 0) {
      const prev = low(toks[i - 1]);
      const next = toks[i + 1];
      // ("whose 2019 memoir", "her 2020 series": a singular noun may end in -s)
      if (next && ['the', 'a', 'its', 'his', 'her', 'their', 'our', 'this', 'whose', 'my', 'your', "'s", '’s'].includes(prev)
        && (next.pos === 'NOUN' || next.pos === 'PROPN') && !(next.pos === 'NOUN' && /s$/.test(next.text) && !SINGULAR_IN_S.test(next.text))) {
        out.push({ first: i, last: i, type: 'DATE' });
      } else if (upperFirst(toks[i - 1]) && toks[i - 1].pos === 'PROPN' && !calendarWord(toks[i - 1]) && afterSpace(t) && !(next && next.text === '-' && !afterSpace(next))
        && t.text >= '1900' && t.text < '2100' && !NUMBERED_NOUNS.has(low(toks[i - 1]))) {
        out.push({ first: i, last: i, type: 'DATE' });
      // ("over deadly 2024 commuter train derailment", "One 2003 memo", "sets 2027 minimum wage", "wins
      // 2026 Cervantes Prize": or after an adjective, a verb or "one", before a singular noun, a year
      // of this century or the last that no unit follows)
      // ("presses 2036 Olympic bid": a capitalised adjective may come between)
      } else if (next && t.text >= '1900' && t.text < '2100' && (/^\p{Ll}/u.test(next.text) ? singularNounAt(toks, i + 1) || next.pos === 'ADJ' && singularNounAt(toks, i + 2) : (next.pos === 'PROPN' || next.pos === 'ADJ' && singularNounAt(toks, i + 2)) && upperFirst(next) && !calendarWord(next))
        && (afterOneSpace(t) && afterOneSpace(next) && toks[i - 1].sentence === t.sentence && (toks[i - 1].pos === 'ADJ' && /^\p{Ll}/u.test(toks[i - 1].text) || toks[i - 1].pos === 'VERB' && /^\p{Ll}+s$/u.test(toks[i - 1].text) || prev === 'one'
          // ("in a landmark 2017 ruling": or a noun as a modifier after a determiner; not a count,
          // "a record 2000 people", "an estimated 1900 staff")
          || toks[i - 1].pos === 'NOUN' && /^\p{Ll}+$/u.test(toks[i - 1].text) && i > 1 && /^(?:a|an|the|its|his|her|their|our)$/i.test(toks[i - 2].text) && !COUNT_BEFORE.test(prev) && !COUNTED_NOUN.test(low(next))))) {
        out.push({ first: i, last: i, type: 'DATE' });
      }
    }
    // named days: "Christmas Eve", "Anzac Day", "New Year's Day"
    if (!digit) {
      const keys = HOLIDAY_BY_FIRST.get(t.text);
      if (keys) {
        const j = namedDayEnd(tk, i, keys);
        if (j >= 0) { out.push({ first: i, last: j, type: 'DATE' }); i = j; continue; }
      }
    }
    const c = c0 | 32; // "Today", "Yesterday", "Weekend" start with t, y or w in either case
    if (c !== 116 && c !== 121 && c !== 119) continue;
    if (RELATIVE_DAYS.has((lower ??= low(t)))) out.push({ first: i, last: i, type: 'DATE' });
    if (lower === 'that' && thatTime(toks, i)) out.push({ first: i, last: i + 1, type: 'DATE' });
    if ((lower ??= low(t)) === 'weekend' && i > 0 && WEEKEND_MODIFIERS.has(low(toks[i - 1]))) out.push({ first: i - 1, last: i, type: 'DATE' });
  }
  return merge(tk, out).flatMap(c => splitAtAnd(toks, c));
}

/** Whether token k is a singular common noun, no unit a number measures ("derailment", "memo"; not "m", "votes"). */
function singularNounAt(toks: readonly Token[], k: number): boolean {
  const t = toks[k];
  return !!t && t.pos === 'NOUN' && /^\p{Ll}/u.test(t.text) && (!/s$/.test(t.text) || SINGULAR_IN_S.test(t.text)) && !UNITS_AFTER_NUMBER.test(t.text);
}

/** "that night", "that day": a time word after "that", not a compound ("that day-care") or a noun's modifier ("that night shift"). */
function thatTime(toks: readonly Token[], i: number): boolean {
  const n = toks.length;
  if (i + 1 >= n || !THAT_HEADS.has(toks[i + 1].text)) return false;
  const next = toks[i + 2];
  return !(next && (next.pos === 'NOUN' || next.text[0] === '-' && !afterSpace(next)));
}

/** The last token of a clock time with its trailing zone words: "2:00 a.m. local time", "10 p.m. (local time)". */
function clockTail(toks: readonly Token[], j: number): number {
  const n = toks.length;
  // "local time", "Moscow time", "Eastern time"
  if (j + 2 < n && low(toks[j + 2]) === 'time' && (low(toks[j + 1]) === 'local' || toks[j + 1].pos === 'PROPN' && upperFirst(toks[j + 1]))) return j + 2;
  return j;
}

/** The last token of the named day starting at token i, or -1: matched on the text, so "New Year’s Day" is one. */
function namedDayEnd(tk: TokenizedText, i: number, keys: readonly string[]): number {
  const toks = tk.tokens;
  const start = toks[i].start;
  for (const key of keys) {
    const slice = tk.text.slice(start, start + key.length);
    if (slice.toLowerCase().replace(/’/g, "'") !== key) continue;
    const endChar = start + key.length;
    let j = i;
    while (j + 1 < toks.length && toks[j + 1].start < endChar) j++;
    if (toks[j].end !== endChar) continue; // the text goes on inside a word
    // every word of a named day is capitalised in news ("Labor Day", not "labor day")
    let caps = true;
    for (let k = i; k <= j; k++) if (/^[a-z]/.test(toks[k].text) && !/^(of|the)$/.test(toks[k].text)) caps = false;
    const next = toks[j + 1];
    if (caps && !(next && upperFirst(next) && next.sentence === toks[j].sentence && !calendarWord(next))) return j; // not "Easter Island"
  }
  return -1;
}

/**
 * "2010 and 2015", "Monday or Tuesday" hold two dates, not one; but after "between" they are the
 * two ends of one range ("between 2010 and 2015", ANNOTATION.md §7: a range is one span).
 */
function splitAtAnd(toks: readonly Token[], c: Cand): Cand[] {
  const dated = (a: number, b: number) => {
    for (let i = a; i <= b; i++) if (/\d/.test(toks[i].text) || isMonthTok(toks[i]) || isWeekdayTok(toks[i]) || toks[i].text === 'midnight' || toks[i].text === 'noon') return true;
    return false;
  };
  for (let i = c.first + 1; i < c.last; i++) {
    // "February 6 - this year": a dash between spaces sets off an aside, unless a date of the same kind follows
    if ((toks[i].text === '-' || toks[i].text === '–' || toks[i].text === '—') && afterSpace(toks[i]) && afterSpace(toks[i + 1])
      && !(/^\d/.test(toks[i + 1].text) || calendarWord(toks[i + 1]))) {
      return [{ first: c.first, last: i - 1, type: c.type }, ...splitAtAnd(toks, { first: i + 1, last: c.last, type: c.type })];
    }
    // "every year since 1990": two mentions, the preposition in neither
    if ((low(toks[i]) === 'since' || low(toks[i]) === 'from') && dated(i + 1, c.last) && !RANGE_LINKS.has(low(toks[i + 1]))) {
      return [{ first: c.first, last: i - 1, type: c.type }, ...splitAtAnd(toks, { first: i + 1, last: c.last, type: c.type })];
    }
    if ((low(toks[i]) === 'and' || low(toks[i]) === 'or') && dated(c.first, i - 1) && dated(i + 1, c.last)
      && !(unitOf(toks[c.last].text) || low(toks[c.last]) === 'ago')
      && !(low(toks[i]) === 'and' && (low(toks[c.first]) === 'between' || c.first > 0 && low(toks[c.first - 1]) === 'between'))) {
      return [{ first: c.first, last: i - 1, type: c.type }, ...splitAtAnd(toks, { first: i + 1, last: c.last, type: c.type })];
    }
  }
  return [c];
}

/** A unit's rank from the largest (year, 0) to the smallest (second, 6); -1 for no unit or one that fits no compound. */
const UNIT_RANK = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'];
function unitRank(word: string): number {
  const u = unitOf(word);
  return u === null ? -1 : UNIT_RANK.indexOf(u === 'night' ? 'day' : u);
}

/** The day `step` days from `prevDay`, the last day the article gave, with an unknown year kept unknown ("XXXX-03-12"); null when there is none. */
function dayFrom(prevDay: string | null, step: number): string | null {
  const anchor = parseDay(prevDay && prevDay.replace(/^XXXX/, '2000'));
  if (!anchor || !prevDay) return null;
  const r = fmtDay(addDays(anchor, step));
  return prevDay.startsWith('XXXX') ? 'XXXX' + r.slice(4) : r;
}

/** Words that open a date of their own, pointing from the text's time: "that day", "next month". */
const DEICTIC_OPENING = /^(?:that|this|last|next|these|those|yesterday|today|tomorrow|tonight)$/;
function merge(tk: TokenizedText, cands: Cand[]): Cand[] {
  const toks = tk.tokens;
  cands.sort((a, b) => a.first - b.first || b.last - a.last);
  const out: Cand[] = [];
  for (const c of cands) {
    const p = out[out.length - 1];
    if (p && c.first <= p.last) { // overlap
      if (c.last > p.last) p.last = c.last;
      if (p.type === 'DURATION' && c.type !== 'DURATION' && !isAttributive(toks, p)) p.type = c.type;
      continue;
    }
    if (p && toks[c.first].sentence === toks[p.last].sentence) {
      const gap = c.first - p.last - 1;
      const clockP = isClockish(toks, p.first, p.last), clockC = isClockish(toks, c.first, c.last);
      // ("until Friday, 24 April": a preposition before the weekday, which the span drops later, changes nothing)
      const pOnlyWeekday = isWeekdayTok(toks[p.last]) && toks.slice(p.first, p.last).every(t => LEADING_DROP.has(low(t)));
      const link = gap === 1 ? low(toks[p.last + 1]) : null;
      // ("for six years until 2021", "two weeks until March 3": wink gives "until 2021" as a
      // candidate of its own, right after the duration; a stretch of time and the point it ends at
      // are two expressions, as a range between a duration and a date is none, below)
      const adjacentOk = gap === 0 && clockP === clockC && !isAttributive(toks, p) && !isAttributive(toks, c)
        && !(p.type === 'DURATION' && RANGE_LINKS.has(low(toks[c.first])))
        // ("for an hour every morning", "every year until 2030": a recurring time stands alone)
        && !RECURRING.test(low(toks[c.first])) && !RECURRING.test(low(toks[p.first]))
        // ("down to six months by 2028": a stretch of time and the date it is reached by are two)
        && !(p.type === 'DURATION' && low(toks[c.first]) === 'by')
        // ("driving for 11 hours that day", "opening hours next month": a stretch of time and the day
        // or the month it falls in are two expressions)
        && !(p.type === 'DURATION' && unitRank(toks[p.last].text) >= 0 && DEICTIC_OPENING.test(low(toks[c.first])));
      const weekdayComma = gap === 1 && link === ',' && pOnlyWeekday && !clockC && toks.slice(c.first, c.last + 1).some(t => isMonthTok(t) || /\d/.test(t.text));
      // a dash between spaces links a range only to a date of the same kind ("May 3 - May 5", not "February 6 - this year")
      const dated = (k: number) => /^\d/.test(toks[k].text) || calendarWord(toks[k]) !== null;
      const dashAside = (link === '-' || link === '–' || link === '—') && afterSpace(toks[p.last + 1])
        && (!dated(c.first) || !dated(p.first) || (c.last + 1 < toks.length && /^[-–—]$/.test(toks[c.last + 1].text) && afterSpace(toks[c.last + 1])));
      // "between 2003 and 2009", "between 10pm and 6am": a range too ("between" stays out, like "from")
      const between = link === 'and' && (low(toks[p.first]) === 'between' || p.first > 0 && low(toks[p.first - 1]) === 'between');
      const range = gap === 1 && link !== null && (RANGE_LINKS.has(link) || between) && p.type !== 'DURATION' && c.type !== 'DURATION' && clockP === clockC && !dashAside
        && !RECURRING.test(low(toks[p.first]));
      // "two minutes and 51 seconds", "one hour and 40 minutes": a duration in descending units, one value
      const compound = gap === 1 && link === 'and' && p.type === 'DURATION' && c.type === 'DURATION' && unitRank(toks[p.last].text) >= 0
        && unitRank(toks[c.last].text) > unitRank(toks[p.last].text) && compoundDuration(toks.slice(p.first, c.last + 1).map(low)) !== null;
      // ("on Wednesday, 19th February, 2025", "19 February, 2025": a year after a comma ends a date
      // written day first, as it does "February 19, 2025")
      const yearComma = gap === 1 && link === ',' && c.first === c.last && modernYear(toks[c.first].text) && isMonthTok(toks[p.last]) && p.last > p.first
        && /^\d{1,2}(?:st|nd|rd|th)?$/.test(toks[p.last - 1].text);
      if (adjacentOk || weekdayComma || range || compound || yearComma) {
        p.last = c.last;
        if (p.type === 'TIME' && c.type === 'DATE') p.type = 'DATE';
        continue;
      }
    }
    out.push({ first: c.first, last: c.last, type: c.type }); // (a literal, not a spread: see Ymd below)
  }
  return out;
}

/** "July 2003 and December 2004", "10pm and 6am": both sides of an "and" are dates or times, no "half" or "quarter". */
function isBetweenRange(words: readonly string[], link: number): boolean {
  const dated = (ws: readonly string[]) => ws.some(w => /\d/.test(w) || MONTH_OR_DAY.test(w) || w === 'midnight' || w === 'noon');
  return dated(words.slice(0, link)) && dated(words.slice(link + 1)) && !words.some(w => w === 'half' || w === 'quarter');
}
const MONTH_OR_DAY = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/;

/** An event noun ("war", "civil war", "ongoing dispute") starts at token i. */
function eventAfter(toks: readonly Token[], i: number): boolean {
  for (let k = i; k < i + 3 && k < toks.length; k++) {
    if (EVENT_NOUNS.has(low(toks[k]))) return true;
    if (toks[k].pos !== 'ADJ' && toks[k].pos !== 'NOUN' && toks[k].pos !== 'PROPN') return false;
  }
  return false;
}

function isAttributive(toks: readonly Token[], c: { first: number; last: number }): boolean {
  for (let i = c.first; i < c.last; i++) if (toks[i + 1].text === '-' && !afterSpace(toks[i + 1]) && i + 2 <= c.last && UNITS[low(toks[i + 2])]) return true;
  return false;
}

/** The tens in words, before a hyphen and a unit: "forty" of "forty-five". */
const TENS_WORD = /^(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)$/;
/** How many units "last", "next" or "this" (or "the") moves from the publication's own: -1, 1, 0. */
const relativeStep = (word: string) => word === 'last' ? -1 : word === 'next' ? 1 : 0;
/** A decade's word, that after "his" or "their" is an age: "eighties", "80s". */
const AGE_DECADE = /^(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|\d0s)$/;
/** Grows a candidate over modifiers and tails, trims prepositions, or drops it (null). */
function shape(tk: TokenizedText, c: Readonly<Cand>): Cand | null {
  const toks = tk.tokens;
  let { first, last } = c;
  const sentence = toks[first].sentence;
  // trim leading prepositions wink sometimes includes ("until last week", "from Thursday to Friday")
  while (first < last && LEADING_DROP.has(low(toks[first]))) first++;
  // ("eight seconds later than recommended": a comparison, not a time after)
  if (last > first && /^(?:later|earlier)$/.test(low(toks[last])) && toks[last + 1] && low(toks[last + 1]) === 'than') last--;
  // ("Following Tuesday's vote": without a determiner before it, "following" is a preposition)
  if (first < last && low(toks[first]) === 'following' && !(first > 0 && FOLLOWING_DETERMINERS.test(low(toks[first - 1])))) first++;
  while (last > first && (toks[last].pos === 'PUNCT' && toks[last].text !== '.' || low(toks[last]) === "'s" || low(toks[last]) === '’s')) last--;
  // ("the rainy season", "the hurricane season", "the planting season": a season of weather or of
  // work is no date; "this season" and "the 2025 season" are)
  if (low(toks[last]) === 'season' && last > first && SEASON_KINDS.test(low(toks[last - 1]))) return null;
  // ("the rainy season of 2025": the year alone)
  for (let k = first + 1; k + 2 <= last; k++) if (low(toks[k]) === 'season' && low(toks[k + 1]) === 'of' && SEASON_KINDS.test(low(toks[k - 1]))) { first = k + 2; break; }
  // ("Viña del Mar", "Savanna-la-Mar", "Mar del Plata", "Serra do Mar": "Mar" in a place's name is no March)
  if (first === last && toks[first].text === 'Mar' && (first > 0 && /^(?:del|de|do|da|la|-)$/.test(toks[first - 1].text) || /^(?:del|de)$/.test(toks[first + 1]?.text ?? ''))) return null;
  // ("the APR would file challenges", "MAR officials": a month's short form in capitals, alone and
  // after a word in lowercase, is a body's initials; a line in capitals may still name "MAY")
  if (first === last && /^[A-Z]{3,4}$/.test(toks[first].text) && MONTHS[low(toks[first])] !== undefined && first > 0 && /\p{Ll}/u.test(toks[first - 1].text)) return null;
  // ("taken a night bus", "a day trip", "a night shift": "a" and a unit before a noun are the noun's
  // modifier, no stretch of time)
  // (wink gives the unit alone; "a" joins it later)
  if ((last === first + 1 && /^(?:a|an)$/.test(low(toks[first])) || last === first && first > 0 && /^(?:a|an)$/.test(low(toks[first - 1]))) && (PARTS_OF_DAY[low(toks[last])] || unitOf(low(toks[last])) === low(toks[last])) && toks[last + 1]
    && toks[last + 1].pos === 'NOUN' && /^\p{Ll}+$/u.test(toks[last + 1].text) && afterOneSpace(toks[last + 1]) && !RIGHT_TAIL.has(low(toks[last + 1])) && !unitOf(low(toks[last + 1]))
    // ("had spent nearly a decade funding the forces": a unit spent on doing something is a stretch of time)
    // (the word before "a": before the candidate, or before its "a" when wink gave the unit alone)
    && !(/ing$/.test(toks[last + 1].text) && /^(?:spent|spend|spends|spending|took|take|takes|nearly|almost|about|over|for)$/.test(low(toks[first - (last === first ? 2 : 1)] ?? toks[0])))) return null;
  // ("at the end of the march", "by the may deadline": a month's name written in lowercase, with no
  // number beside it, is the common word; one word alone is dropped below)
  if (last > first && toks.slice(first, last + 1).some(t => /^[a-z]+$/.test(t.text) && MONTHS[t.text] !== undefined) && !toks.slice(first, last + 1).some(t => /\d/.test(t.text))) return null;
  // "a months-long review", "decades-old": vague, with no number
  if (last + 2 < toks.length && toks[last + 1].text === '-' && !afterSpace(toks[last + 1]) && isPluralUnit(toks[last].text) && !isNumberWord(toks[first].text) && !/^\d/.test(toks[first].text)) return null;
  const attributive = isAttributive(toks, { first, last });
  // ages: "a 37-year-old man" is no date; "its 21-month-old war" is a duration
  if (attributive) {
    if (last + 2 < toks.length && toks[last + 1].text === '-' && /^olds?$/.test(low(toks[last + 2])) && !eventAfter(toks, last + 3)) return null;
    // ("drew on the 17th-century murals": "the" before a hyphened adjective is the noun's)
    if (first < last && low(toks[first]) === 'the') first++;
    return { first, last, type: 'DURATION' };
  }
  // "a customer in her eighties", "men in their late twenties": an age, no decade
  // ("voters in their twenties and thirties": or listed after one)
  if (AGE_DECADE.test(low(toks[last]))) {
    let b = last;
    while (b > 0 && b > last - 6 && (/^(?:early|mid|late|and|or|-)$/.test(low(toks[b - 1])) || AGE_DECADE.test(low(toks[b - 1])))) b--;
    if (b > 0 && /^(?:his|her|their|its|my|our|your)$/.test(low(toks[b - 1]))) return null;
  }
  // "a 2000 year old tradition", "a 37 year old man": an age, unless of an event
  if (last + 1 < toks.length && low(toks[last + 1]) === 'old' && unitOf(toks[last].text) && !eventAfter(toks, last + 2)) return null;
  // "waited nearly 40 minutes before buses arrived": "before" or "after" opening a clause is no part of the span
  while (last > first && /^(?:before|after)$/.test(low(toks[last])) && toks[last + 1] && toks[last + 1].sentence === sentence && !/^[,;.:!?)]$/.test(toks[last + 1].text)) last--;
  // grow right: "two years ago", "months later", "Tuesday morning"
  while (last + 1 < toks.length && toks[last + 1].sentence === sentence) {
    const w = low(toks[last + 1]);
    // ("eight seconds later than recommended": a comparison, not a time after)
    // ("for five months earlier this year": "earlier" opens the next expression, when, not this one's tail)
    if (RIGHT_TAIL.has(w) && w !== 'old' && unitOf(toks[last].text) && !(toks[last + 2] && (low(toks[last + 2]) === 'than'
      || (w === 'earlier' || w === 'later') && /^(?:this|last|next)$/.test(low(toks[last + 2])) && toks[last + 3] && unitOf(toks[last + 3].text)))) { last++; continue; }
    if (PARTS_OF_DAY[w] && w !== 'tonight' && (isWeekdayTok(toks[last]) || ['yesterday', 'tomorrow', 'today'].includes(low(toks[last])) || isDayNum(toks[last]))) { last++; continue; }
    // ("empty on Friday afternoons": a weekday's part of the day in the plural, recurring)
    if (PLURAL_DAY_PART.test(w) && isWeekdayTok(toks[last]) && last === first) { last++; continue; }
    if (w === 'end' && low(toks[last]) === 'year') { last++; continue; }
    // "the next year or two": a disjunction, one span
    if (w === 'or' && unitOf(toks[last].text) && !isPluralUnit(toks[last].text) && toks[last + 2] && isNumberWord(toks[last + 2].text) && !(toks[last + 3] && unitOf(toks[last + 3].text))) { last += 2; continue; }
    // "a year and a half", "two and a half years" (the latter grows left below)
    if (w === 'and' && unitOf(toks[last].text) && last + 3 < toks.length && low(toks[last + 2]) === 'a' && low(toks[last + 3]) === 'half') { last += 3; continue; }
    // "the year before", "the day after", at the end of a clause
    if ((w === 'before' || w === 'after') && (low(toks[last]) === 'year' || low(toks[last]) === 'day') && last === first && first > 0 && low(toks[first - 1]) === 'the'
      && (!toks[last + 2] || toks[last + 2].sentence !== sentence || /^[,;.]$/.test(toks[last + 2].text))) { first--; last++; continue; }
    // ("up from $12.1 billion a year before,", "two weeks before.": a count of units, then "before" at the end of a clause, as "earlier")
    if (w === 'before' && unitOf(toks[last].text) && last > 0 && (isNumberWord(toks[last - 1].text) || /^\d+$/.test(toks[last - 1].text) || /^(?:a|an)$/.test(low(toks[last - 1])))
      && (!toks[last + 2] || toks[last + 2].sentence !== sentence || /^[,;.]$/.test(toks[last + 2].text))) { last++; continue; }
    // "three o'clock in the afternoon", "10 p.m. at night"
    if ((w === 'in' || w === 'at') && last + 2 < toks.length && isClockish(toks, last, last) || w === 'in' && /^o['’]clock$/.test(low(toks[last]))) {
      const a = low(toks[last + 2] ?? toks[last]), b = low(toks[last + 3] ?? toks[last]);
      if (w === 'in' && a === 'the' && (b === 'morning' || b === 'afternoon' || b === 'evening')) { last += 3; continue; }
      if (w === 'at' && a === 'night') { last += 2; continue; }
    }
    if (last + 2 < toks.length && low(toks[last + 2]) === 'time' && (w === 'local' || toks[last + 1].pos === 'PROPN' && upperFirst(toks[last + 1])) && isClockish(toks, last, last)) { last += 2; continue; }
    // "2 p.m. Central European Time", "9 a.m. Eastern Standard Time": a zone's name in words
    if (upperFirst(toks[last + 1]) && isClockish(toks, last, last)) {
      let z = last + 1;
      while (z < last + 4 && z + 1 < toks.length && toks[z + 1].sentence === sentence && upperFirst(toks[z + 1]) && toks[z + 1].text !== 'Time') z++;
      if (z + 1 < toks.length && toks[z + 1].text === 'Time' && toks[z + 1].sentence === sentence) { last = z + 1; continue; }
    }
    // "a week from today", "two days from now": a time counted from today is one date
    if (w === 'from' && unitOf(toks[last].text) && last + 2 < toks.length && FROM_DAY.test(low(toks[last + 2]))) { last += 2; continue; }
    // "one week on", "a year on from the flood": the span ends where the clause does
    if (w === 'on' && unitOf(toks[last].text) && (!toks[last + 2] || toks[last + 2].sentence !== sentence || /^[,;.]$|^from$/.test(toks[last + 2].text))) { last++; continue; }
    break;
  }
  // grow left over determiners and modifiers
  for (;;) {
    const i = first - 1;
    if (i < 0 || toks[i].sentence !== sentence) break;
    const w = low(toks[i]);
    const head = low(toks[first]);
    if (w === 'of' && i > 0 && OF_HEADS.has(low(toks[i - 1])) && !unitOf(toks[first].text)) { first = i - 1; continue; }
    // "in May of that year", "in March of last year": a month of a year named by reference, one span
    if (w === 'of' && i > 0 && isMonthTok(toks[i - 1]) && /^(?:that|last|this|next|the)$/.test(head) && low(toks[last]) === 'year' && last - first <= 2) { first = i - 1; continue; }
    // "the first eight months of 2026", "the last two weeks of 2025": a part of a year, one span
    if (w === 'of' && first === last && YEAR.test(toks[first].text) && i > 3 && isPluralUnit(toks[i - 1].text)
      && (isNumberWord(toks[i - 2].text) || /^\d+$/.test(toks[i - 2].text)) && /^(?:first|last|final|past)$/.test(low(toks[i - 3])) && low(toks[i - 4]) === 'the') { first = i - 4; continue; }
    // ("the first days of March", "the final weeks of 2025": or no count, of a month or a year)
    if (w === 'of' && first === last && (YEAR.test(toks[first].text) || isMonthTok(toks[first])) && i > 2 && isPluralUnit(toks[i - 1].text)
      && /^(?:first|last|final|closing|opening)$/.test(low(toks[i - 2])) && low(toks[i - 3]) === 'the') { first = i - 3; continue; }
    // "that August": the month of the year the article gave last
    if (w === 'that' && first === last && isMonthTok(toks[first]) && toks[first].text.length > 3) { first = i; continue; }
    // "until four in the morning", "at two in the afternoon": an hour in words before "in the" and a part of the day
    if (w === 'in' && head === 'the' && last === first + 1 && /^(?:morning|afternoon|evening)$/.test(low(toks[last])) && i > 0 && toks[i - 1].sentence === sentence
      && CLOCK_HOUR.test(toks[i - 1].text)) { first = i - 1; break; }
    // "the best part of a decade"
    if (w === 'best' && head === 'part' && i > 0 && low(toks[i - 1]) === 'the') { first = i - 1; break; }
    // "a quarter of an hour", "three quarters of an hour"
    if (w === 'of' && i > 1 && /^quarters?$/.test(low(toks[i - 1])) && (head === 'an' || head === 'a') && low(toks[last]) === 'hour' && /^(?:a|one|three)$/.test(low(toks[i - 2]))) { first = i - 2; continue; }
    // "the 11th of next month", "the 3rd of this month": a day of a month counted from publication
    if (w === 'of' && i > 1 && /^(?:next|this|last)$/.test(head) && low(toks[last]) === 'month' && last === first + 1 && /^\d{1,2}(?:st|nd|rd|th)$/.test(toks[i - 1].text) && low(toks[i - 2]) === 'the') { first = i - 2; continue; }
    // "the night of March 12", "the morning of Monday"
    if (w === 'of' && i > 1 && PARTS_OF_DAY[low(toks[i - 1])] && low(toks[i - 2]) === 'the' && (isWeekdayTok(toks[first]) || isMonthTok(toks[first]) || isDayNum(toks[first]))) { first = i - 2; continue; }
    // "the early hours of Monday"
    if (w === 'of' && i > 2 && low(toks[i - 1]) === 'hours' && /^(early|small|wee)$/.test(low(toks[i - 2])) && low(toks[i - 3]) === 'the' && (isWeekdayTok(toks[first]) || isMonthTok(toks[first]) || isDayNum(toks[first]))) { first = i - 3; continue; }
    // "the end of the century", "the start of the month"
    if (w === 'the' && first === last && i > 1 && low(toks[i - 1]) === 'of' && /^(end|beginning|start|middle|turn|close)$/.test(low(toks[i - 2]))
      && (/^(week|month|year|decade|century)$/.test(head) || head === 'day' && toks[last + 1] && isWeekdayTok(toks[last + 1]))) { first = i - 2; continue; }
    // ("the second half of July", "the first half of 2025": which half, then "the" as above)
    if ((w === 'first' || w === 'second') && head === 'half' && first === i + 1 && low(toks[i + 2] ?? toks[i]) === 'of') { first = i; continue; }
    if (w === 'the' || w === 'a' || w === 'an') {
      const headIsUnit = unitOf(head) !== null || ['couple', 'few', 'half'].includes(head);
      const ok = w === 'the' ? (LEFT_MODIFIERS.has(head) || /^\d+(st|nd|rd|th)$/.test(head) || ORDINAL_WORDS[head] > 0 || OF_HEADS.has(head) || /^'?\d{2,4}s$/.test(head) || DECADE_WORDS[head] !== undefined
        || head === 'day' || head === 'weekend' || head === 'weekends' || (first === last && DAY_PARTS_AFTER_THE.has(head))) && !isNumberWord(head)
        : headIsUnit && !['past', 'last', 'next', 'coming'].includes(head)
          // ("in at least a thousand years", "a hundred days": a round number's article)
          || /^(?:hundred|thousand)$/.test(head) && unitOf(toks[last].text) !== null;
      if (ok && !(w !== 'the' && toks[first].pos === 'NUM' && !/^(?:hundred|thousand)$/.test(head))) { first = i; continue; }
      break;
    }
    // ("stretched past 2 a.m.", "past midnight": "past" before a clock time is a preposition)
    // ("the first six months": "first" before a number and its unit)
    // ("following weeks of talks": without "the", "following" is a preposition)
    if (w === 'following' && !(i > 0 && FOLLOWING_DETERMINERS.test(low(toks[i - 1])))) break;
    // ("thinking about May": before a month's name alone, "about" is a preposition, no approximation)
    // ("does not speak about that night": nor before a demonstrative or "the")
    // ("did not say anything about next week": nor before "next" or "last")
    if (w === 'about' && (first === last && isMonthTok(toks[first]) || /^(?:that|this|the|those|these|next|last)$/.test(head))) break;
    // ("stay open late every weekday": before a recurrence, "late" and "early" say when the thing is done, not which days)
    if ((w === 'late' || w === 'early') && (head === 'every' || head === 'each')) break;
    // "that same night", "that same day"
    if (w === 'that' && head === 'same' && first < last) { first = i; break; }
    // ("the study would last about eight months", "to last two years": "last" after a modal or "to" is the verb)
    if (w === 'last' && i > 0 && /^(?:will|would|could|can|may|might|should|must|to|'ll|’ll|shall)$/.test(low(toks[i - 1]))) break;
    if (LEFT_MODIFIERS.has(w) && toks[i].pos !== 'VERB' && !(w === 'first' && !unitOf(head) && !((isNumberWord(head) || /^\d+$/.test(head)) && unitOf(toks[last].text))) && !(w === 'past' && (/^\d/.test(head) && isClockish(toks, first, last) || head === 'midnight' || head === 'noon'))) {
      if (['end', 'beginning', 'start', 'middle', 'half'].includes(w) && head !== 'of' && !(w === 'half' && (head === 'a' || head === 'an'))) break;
      // ("each about half an hour's drive away": "each" before an approximation shares out, it does not recur)
      if ((w === 'each' || w === 'every') && APPROXIMATIONS.has(head)) break;
      first = i; continue;
    }
    // an ordinal before a unit: "the 20th minute", "the fourth day"
    if ((/^\d+(st|nd|rd|th)$/.test(w) || ORDINAL_WORDS[w] > 0) && unitOf(head) === head && i > 0 && (low(toks[i - 1]) === 'the' || /^(or|to)$/.test(low(toks[i - 1])))) { first = i; continue; }
    // "the fourth or fifth day"
    if ((w === 'or' || w === 'to') && i > 1 && (/^\d+(st|nd|rd|th)$/.test(head) || ORDINAL_WORDS[head] > 0) && (/^\d+(st|nd|rd|th)$/.test(low(toks[i - 1])) || ORDINAL_WORDS[low(toks[i - 1])] > 0) && low(toks[i - 2]) === 'the') { first = i - 2; break; }
    // approximations: "just over 24 hours ago", "more than two weeks", "under a year"
    if ((w === 'over' || w === 'under') && i > 0 && low(toks[i - 1]) === 'just' && (isNumberWord(toks[first].text) || /^\d/.test(head) || head === 'a' || head === 'an')) { first = i - 1; continue; }
    // ("which he took over two years ago": not the particle of a verb)
    if (w === 'over' && low(toks[last]) === 'ago' && !(i > 0 && toks[i - 1].pos === 'VERB')) { first = i; continue; }
    // ("more than a year ago": the unit before "ago")
    if (w === 'than' && i > 0 && /^(more|less|fewer)$/.test(low(toks[i - 1])) && (isNumberWord(toks[first].text) || /^\d/.test(head) || head === 'a' || head === 'an') && (unitOf(toks[last].text) || low(toks[last]) === 'ago' && last > first && unitOf(toks[last - 1].text))) { first = i - 1; continue; }
    // "little more than a year", "a little over two hours", "a little under a week"
    if (w === 'little' && head === 'more' && first < last) { first = i; if (i > 0 && low(toks[i - 1]) === 'a') first = i - 1; break; }
    if ((w === 'over' || w === 'under') && i > 1 && low(toks[i - 1]) === 'little' && low(toks[i - 2]) === 'a' && (isNumberWord(toks[first].text) || /^\d/.test(head) || head === 'a' || head === 'an') && unitOf(toks[last].text)) { first = i - 2; break; }
    // bounds on a quantity: "at least six weeks", "at most two days", "up to five years"
    if ((w === 'least' || w === 'most') && i > 0 && low(toks[i - 1]) === 'at' || w === 'to' && i > 0 && low(toks[i - 1]) === 'up') {
      if ((isNumberWord(toks[first].text) || /^\d/.test(head) || head === 'a' || head === 'an') && unitOf(toks[last].text)) { first = i - 1; break; }
    }
    // "early in 2016", "late in the year"
    // ("arrived 15 minutes late in the first half", "ran years late in 2024": not after a quantity of time, where "late" says behind time)
    if (w === 'in' && i > 0 && ['early', 'late', 'earlier', 'later'].includes(low(toks[i - 1])) && (YEAR.test(toks[first].text) || isMonthTok(toks[first]) || head === 'the')
      && !(i > 1 && unitOf(toks[i - 2].text))) { first = i - 1; continue; }
    // ("three more days", "two full years"; but "who turned 24 last month": no count before "last", "this" or "next")
    if ((isNumberWord(toks[i].text) || (toks[i].pos === 'NUM' && /^\d+([-–]\d+)?$/.test(toks[i].text))) && (unitOf(head) || LEFT_MODIFIERS.has(head) && !/^(?:last|this|next)$/.test(head) && unitOf(toks[last].text)) && !YEAR.test(toks[i].text)) { first = i; continue; }
    // ("lost four school days", "for three trading days": a count, then a kind of day)
    if (/^(?:school|trading)$/.test(w) && /^days?$/.test(head) && first === last && i > 0 && (isNumberWord(toks[i - 1].text) || /^\d+$/.test(toks[i - 1].text))) { first = i - 1; break; }
    // "between two and three years"
    if (w === 'and' && i > 1 && low(toks[i - 2]) === 'between' && (isNumberWord(toks[first].text) || /^\d+$/.test(toks[first].text)) && (isNumberWord(toks[i - 1].text) || /^\d+$/.test(toks[i - 1].text)) && unitOf(toks[last].text)) { first = i - 1; continue; }
    if (w === 'of' && ['couple'].includes(low(toks[i - 1] ?? toks[i]))) { first = i; continue; }
    // a frequency: "once a year", "twice a week", "three times a day"
    if ((w === 'once' || w === 'twice' || w === 'times' && i > 0 && isNumberWord(toks[i - 1].text)) && (head === 'a' || head === 'an' || head === 'per' || head === 'every' || head === 'each') && first + 1 === last && unitOf(toks[last].text) === low(toks[last])) {
      first = w === 'times' ? i - 1 : i; break;
    }
    // an editor's brackets in a quotation: "[Ten] years ago"
    if (w === ']' && i > 1 && toks[i - 2].text === '[' && (isNumberWord(toks[i - 1].text) || /^\d+$/.test(toks[i - 1].text)) && unitOf(head)) { first = i - 2; continue; }
    if (['or', 'to', '-', '–'].includes(w) && i > 0 && (isNumberWord(toks[first].text) || /^\d+$/.test(toks[first].text)) && (isNumberWord(toks[i - 1].text) || /^\d+$/.test(toks[i - 1].text))) { first = i - 1; continue; }
    break;
  }
  if (first > 0 && low(toks[first - 1]) === 'a' && low(toks[first]) === 'couple') first--;
  const words = toks.slice(first, last + 1).map(low);
  // a named day right after a name is part of the name: "Johnnie Christmas"
  if (HOLIDAY_BY_FIRST.has(toks[first].text) && first > 0 && upperFirst(toks[first - 1]) && toks[first - 1].pos === 'PROPN' && toks[first - 1].sentence === sentence
    && !startsSentence(toks[first - 1]) && !calendarWord(toks[first - 1])) return null;
  // "the Sunday Times", "the Mail on Sunday": a weekday naming a newspaper is no date
  if (first === last && weekdayInName(toks, first)) return null;
  // "Radio 4's Today programme", "USA Today": a programme's or a newspaper's name
  if (first === last && toks[first].text === 'Today' && (toks[last + 1] && /^(?:programme|program|show)$/.test(low(toks[last + 1])) || toks[first - 1]?.text === 'USA')) return null;
  // a part of day alone is a date only with "the" before it ("the evening"), and not in "the evening news"
  if (words.length === 2 && words[0] === 'the' && DAY_PARTS_AFTER_THE.has(words[1])) {
    const next = toks[last + 1];
    if (next && next.sentence === sentence && (next.pos === 'NOUN' || next.pos === 'PROPN' || low(next) === 'of' || low(next) === 'before' || low(next) === 'after')) return null;
  }
  // "in his every day life": an adjective, not a recurring time
  if (words.length === 2 && words[0] === 'every' && first > 0 && /^(my|his|her|its|our|their|your|'s|’s)$/.test(low(toks[first - 1])) && (toks[last + 1]?.pos === 'NOUN' || toks[last + 1]?.pos === 'ADJ')) return null;
  // "that day-care centre": a compound, no time
  if (toks[last + 1]?.text === '-' && !afterSpace(toks[last + 1]) && toks[last + 2] && !afterSpace(toks[last + 2]) && unitOf(toks[last].text) && !UNITS[low(toks[last + 2])] && low(toks[last + 2]) !== 'old'
    && !words.some(w => isNumberWord(w) || /^\d/.test(w))) return null;
  // "at the end of the day, ..." means "after all"
  if (words.join(' ') === 'the end of the day' && first > 0 && low(toks[first - 1]) === 'at' && toks[last + 1]?.text === ',') return null;
  // "in as many years", "so many days"
  if (words[0] === 'many' && first > 0 && /^(as|so|how|too)$/.test(low(toks[first - 1]))) return null;
  // a unit alone, or a vague stretch with no number: "year of the pig", "the early days of"
  if (words.length === 1 && unitOf(words[0]) === words[0] && words[0] !== 'tonight') return null;
  if (words.length === 3 && words[0] === 'the' && (words[1] === 'early' || words[1] === 'late') && isPluralUnit(words[2])) return null;
  // drops
  if (words.some(w => VAGUE_ONLY.has(w))) {
    if (words.length === 1 || words.includes('anniversary')) return null;
  }
  const content = words.filter(w => !LEADING_DROP.has(w));
  if (content.length === 0) return null;
  if (content.length === 1) {
    const w = content[0];
    const tok = toks[last];
    // ("as it nears the sun.": an abbreviation with its full stop, likewise)
    const bare = w.endsWith('.') ? w.slice(0, -1) : w;
    if ((MONTHS[bare] !== undefined || WEEKDAYS[bare] !== undefined) && /^[a-z]/.test(tok.text)) return null; // "may", "march", "sat"
    if (SEASONS[w]) return null; // "a difficult winter": a season needs a year or a modifier
    if (PARTS_OF_DAY[w] && w !== 'tonight' && w !== 'overnight') return null;
    if (w === 'weekend' || w === 'day' || w === 'night') return null;
  }
  // vague plurals: "for years", "within weeks", "months of heavy fighting"
  const quantified = words.some(w => isNumberWord(w) || /^\d/.test(w) || ['a', 'an', 'several', 'few', 'many', 'couple', 'recent', 'past', 'last', 'coming', 'next', 'previous', 'the', 'these', 'those', 'every', 'each'].includes(w));
  if (!quantified && words.some(w => isPluralUnit(w)) && words.every(w => unitOf(w) || LEFT_MODIFIERS.has(w) || RIGHT_TAIL.has(w) || !/[a-z0-9]/.test(w))) return null;
  let type = c.type;
  if (type === 'DURATION' && (words.includes('ago') || countedFromDay(words) || words.some(w => ['this', 'last', 'next', 'coming'].includes(w)) && !words.some(w => isNumberWord(w) || /^\d/.test(w)))) type = 'DATE';
  if (type === 'DURATION' && words.some(w => WEEKDAYS[w] !== undefined || MONTHS[w] !== undefined)) type = 'DATE';
  return { first, last, type };
}

// ---------------------------------------------------------------- tense

const FUTURE_AUX = new Set(['will', "'ll", '’ll', 'shall', 'wo', 'would', "'d"]);
const POSSIBLE_AUX = new Set(['may', 'might']);
const PRESENT_AUX = new Set(['is', 'are', 'am', "'s", "'re", '’s', '’re', 'do', 'does']);
const PAST_AUX = new Set(['was', 'were', 'had', 'did', 'has', 'have', "'ve", '’ve']);
const FUTURE_TO = new Set(['scheduled', 'set', 'due', 'expected', 'slated', 'poised', 'going', 'plans', 'plan', 'planned', 'planning', 'intends', 'intend', 'aims', 'hopes', 'is', 'are', 'am', 'prepares', 'preparing', 'prepared', 'wants', 'promised', 'vowed', 'pledged', 'agreed', 'ready', 'threatened', 'threatening', 'threatens', 'hope', 'hoped', 'hoping', 'aim', 'aimed', 'aiming', 'want', 'wanted']);
const FUTURE_FOR = new Set(['scheduled', 'set', 'due', 'slated', 'planned', 'expected']);
const IRREGULAR_PAST = new Set(('said told met made took went came gave began saw got left held found thought knew brought bought sent spent fought led won lost ran rose fell struck spoke wrote stood sat became broke chose drove flew froze grew hid hung kept laid meant paid rang sold shot shook sought sank slept stole swore taught threw understood woke wore withdrew heard felt built caught dealt drew ate forgot fled tore wept arose overtook undertook became sprang swam sang bit hit quit'
  // the same in past and present; after a singular subject, or in news' past, they are past: "Sweden beat Korea on Monday"
  + ' beat put cut let set shut spread cost hurt upset broadcast forecast burst cast bet read').split(' '));
/** An irregular past, or one with a verb's prefix before it ("upheld", "withheld", "overthrew", "rebuilt", "foresaw"). */
const isIrregularPast = (w: string): boolean => IRREGULAR_PAST.has(w) || /^(?:up|with|over|under|out|re|mis|fore|be)\p{Ll}{3,}$/u.test(w) && IRREGULAR_PAST.has(w.replace(/^(?:up|with|over|under|out|re|mis|fore|be)/, ''));
type Tense = 'past' | 'present' | 'future';

/** Whether a verb of saying stands before token i in its sentence, within twelve words ("said it would keep ... and could"). */
function reportedBefore(toks: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 12 && toks[k].sentence === toks[i].sentence; k--) if (/^(?:said|says|told|tells|announced|added|warned|stated)$/.test(low(toks[k]))) return true;
  return false;
}
function tenseAt(toks: readonly Token[], first: number, last: number): Tense {
  const s = toks[first].sentence;
  // ("called a 24-hour strike for Thursday", "a vote set for Friday": a day something is called or
  // set for lies ahead; not "for Thursday's attack")
  // ("called a demonstration for June 14": or a day of a month)
  if (first > 0 && low(toks[first - 1]) === 'for' && (isWeekdayTok(toks[first]) || isMonthTok(toks[first]) && last > first && /^\d{1,2}$/.test(toks[first + 1].text)) && !/^['’]s$/.test(toks[last + 1]?.text ?? '')) return 'future';
  // "a 31% premium to Friday's closing price", "below Tuesday's close": a price that has closed is past
  if (/^['’]s$/.test(toks[last + 1]?.text ?? '') && /^(?:close|closing)$/i.test(toks[last + 2]?.text ?? '')) return 'past';
  // "7 am" holds no verb
  // ("Polls close at 8 p.m. on Sunday", "Stores open on Friday": wink reads "open" and "close" after
  // a plural subject as adjectives; they are the verb)
  const schedule = (i: number) => (toks[i].pos === 'ADJ' && /^(?:open|close)$/.test(toks[i].text) && i > 0 && (toks[i - 1].pos === 'NOUN' || toks[i - 1].pos === 'PROPN') && /s$/.test(toks[i - 1].text));
  // ("asked for help on Monday": a word wink reads as a verb after "for", "of" or a determiner is a noun)
  // ("in a 40-minute spell on Friday": or after a hyphenated count of a unit)
  const nounAfter = (i: number) => toks[i].pos === 'VERB' && i > 0 && (toks[i - 1].pos === 'DET' || /^(?:for|of)$/i.test(toks[i - 1].text)
    || i > 1 && toks[i - 2].text === '-' && !afterSpace(toks[i - 1]) && unitOf(toks[i - 1].text) !== null);
  const isVerb = (i: number) => toks[i] && toks[i].sentence === s && (toks[i].pos === 'VERB' || toks[i].pos === 'AUX' || schedule(i)) && !(i > 0 && /^\d/.test(toks[i - 1].text) && MERIDIEM.test(toks[i].text)) && !nounAfter(i);
  // ("signed at the Ministry of Finance, Planning and Economic Development on Wednesday": a comma or
  // an "and" between two capitalised words inside a name ends no clause)
  // (or between months: "in May and June", which share their clause's verb)
  const inName = (i: number) => i > 0 && /^\p{Lu}/u.test(toks[i - 1].text) && !!toks[i + 1] && /^\p{Lu}/u.test(toks[i + 1].text) && toks[i + 1].sentence === s && (toks[i].text === ',' || low(toks[i]) === 'and');
  const boundary = (i: number) => (toks[i].pos === 'CCONJ' || /^[,;:"“”()—–]$/.test(toks[i].text)) && !inName(i);
  const order: number[] = [];
  // the verbs of the mention's own clause first (left, then right), then the nearest ones around it
  for (let i = first - 1; i >= 0 && toks[i].sentence === s && !boundary(i); i--) if (isVerb(i)) order.push(i);
  for (let i = last + 1; i < toks.length && toks[i].sentence === s && !boundary(i); i++) if (isVerb(i)) order.push(i);
  for (let d = 1; d < 25; d++) {
    if (isVerb(first - d)) order.push(first - d);
    if (isVerb(last + d)) order.push(last + d);
  }
  for (const v of order) {
    const w = low(toks[v]);
    // walk the verb group leftwards: auxiliaries, negation, adverbs
    let k = v;
    while (k - 1 >= 0 && toks[k - 1].sentence === s && (toks[k - 1].pos === 'AUX' || toks[k - 1].pos === 'PART' && low(toks[k - 1]) !== 'to' || toks[k - 1].pos === 'ADV')) k--;
    if (k - 1 >= 0 && low(toks[k - 1]) === 'to') {
      // an infinitive: tells the tense only through what governs it ("plans to travel", "is scheduled to")
      const gov = toks[k - 2] ? low(toks[k - 2]) : '';
      if (FUTURE_TO.has(gov)) return 'future';
      continue;
    }
    if (w.endsWith('ing') && k === v) continue; // a bare participle ("according", "following")
    for (let i = k; i <= v; i++) {
      const a = low(toks[i]);
      if (FUTURE_AUX.has(a)) return 'future';
      // ("may resume on Monday", "might be visible from February": a modal of what may happen looks
      // ahead, unless "have" follows it: "might have left on Monday"; "could" is also past ability,
      // "workers could cast from April 14", and tells nothing)
      if (POSSIBLE_AUX.has(a) && low(toks[i + 1] ?? toks[i]) !== 'have') return 'future';
      // ("the board said it could extend the year in June": in what someone said, "could" is "can" told
      // later, and looks ahead as "would" does)
      if (a === 'could' && low(toks[i + 1] ?? toks[i]) !== 'have' && reportedBefore(toks, i)) return 'future';
      if (PAST_AUX.has(a)) return 'past';
      if (PRESENT_AUX.has(a)) {
        if (i + 1 <= v + 1 && toks[v + 1] && low(toks[v + 1]) === 'to' && (FUTURE_TO.has(low(toks[v])) || v === i)) return 'future';
        return 'present';
      }
    }
    if (FUTURE_TO.has(w) && toks[v + 1] && low(toks[v + 1]) === 'to' && w !== 'is' && w !== 'are') return w.endsWith('ed') ? 'past' : 'future';
    // "is scheduled for Sunday", "are due on Monday"
    if (FUTURE_FOR.has(w) && toks[v + 1] && (low(toks[v + 1]) === 'for' || low(toks[v + 1]) === 'on') && k < v && PRESENT_AUX.has(low(toks[k]))) return 'future';
    // ("which he expected by September": a deadline for what is expected, planned or due lies ahead)
    if (FUTURE_FOR.has(w) && low(toks[v + 1] ?? toks[v]) === 'by' && v + 1 < first) return 'future';
    // ("The law takes effect on January 1", "comes into force in March": a rule's start, in the present, lies ahead)
    if (k === v && /^(?:takes|take|comes|come|enters|enter)$/.test(w) && /^(?:effect|into)$/.test(low(toks[v + 1] ?? toks[v]))) return 'future';
    // ("cancelled a trip to Brussels planned for Friday": a plan's participle after its noun, with
    // "for", sets a time still to come)
    // ("classes already scheduled for August": an adverb between the noun and the participle)
    if (FUTURE_FOR.has(w) && w.endsWith('ed') && toks.slice(k, v).every(t => t.pos === 'ADV') && k > 0 && (toks[k - 1].pos === 'NOUN' || toks[k - 1].pos === 'PROPN' || toks[k - 1].text === ',') && low(toks[v + 1] ?? toks[v]) === 'for' && v + 1 < first) return 'future';
    // ("will stay shut until February", "remained closed": a participle after another verb tells
    // nothing; that verb does)
    const participle = k === v && v > 0 && toks[v - 1].sentence === s && toks[v - 1].pos === 'VERB';
    if ((isIrregularPast(w) || (/ed$/.test(w) && w.length > 3)) && !participle) return 'past';
    if (participle) continue;
    return 'present';
  }
  return 'past';
}

// ---------------------------------------------------------------- values

interface Ctx {
  pub: Ymd | null;
  /** The last day-valued mention before this one, for "the following day". */
  prevDay: string | null;
  /** The last day-valued mention in the same sentence, for clock times. */
  sentenceDay: string | null;
  /** Whether the sentence's day was given as its evening or night ("on Sunday evening"). */
  sentenceEvening?: boolean;
  /** Whether "after", "since" or "following" stands between the sentence's day and the span ("ended on Tuesday, hours after shelling overnight"). */
  afterTheDay?: boolean;
  /** The year of the last mention with a year, for "the year before". */
  prevYear: number | null;
  /** The last month the article gave ("2012-12"), for "the following month". */
  prevMonth: string | null;
  /** The year of the last mention with a year in the same sentence, for "22 years later". */
  sentenceYear: number | null;
  /** Whether that mention was a year told relative to the article's ("last year", "this year"), which a bare month after it falls in. */
  sentenceYearAlone?: boolean;
  /** The span follows a quantity, as a rate does: "tonnes a year", "$5 an hour". */
  rate?: boolean;
  tense: () => Tense;
  /** "until Friday morning", "until 6pm on Sunday", "through the weekend": the end of a span that runs on from the events told. */
  until?: boolean;
}

/** Whether "until", "till" or "through" stands before token i, within four words and no comma or verb. */
function untilBefore(toks: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4 && toks[k].sentence === toks[i].sentence; k--) {
    const w = low(toks[k]);
    if (w === 'until' || w === 'till' || w === 'through') return true;
    if (/^[,;:()]$/.test(w) || toks[k].pos === 'VERB' || toks[k].pos === 'AUX') return false;
  }
  return false;
}

/**
 * One duration written in several units, largest first, each after its number, with "and" or a
 * comma between if any: "4 hours 12 minutes 37 seconds" is PT4H12M37S, "two years and three months"
 * P2Y3M. null for anything else.
 */
function compoundDuration(words: readonly string[]): string | null {
  const parts: [number, string][] = [];
  for (let i = 0; i < words.length; i++) {
    if ((words[i] === 'and' || words[i] === ',') && parts.length && i + 1 < words.length) continue;
    const n = numberValue(words[i]), unit = i + 1 < words.length ? unitOf(words[i + 1]) : null;
    if (n === null || !unit || !Number.isInteger(n) || n <= 0 || UNITS[unit].mult) return null;
    parts.push([n, unit]);
    i++;
  }
  if (parts.length < 2) return null;
  for (let k = 1; k < parts.length; k++) if (unitRank(parts[k][1]) <= unitRank(parts[k - 1][1])) return null;
  const date = parts.filter(([, u]) => !UNITS[u].time).map(([n, u]) => `${n}${UNITS[u].letter}`).join('');
  const time = parts.filter(([, u]) => UNITS[u].time).map(([n, u]) => `${n}${UNITS[u].letter}`).join('');
  return `P${date}${time ? 'T' + time : ''}`;
}
function durationValue(n: number, unit: string): string | null {
  const u = UNITS[unit];
  if (!u) return null;
  const q = n * (u.mult ?? 1);
  if (!Number.isFinite(q) || q <= 0) return null;
  if (!Number.isInteger(q)) {
    // "half an hour" is PT30M, "a year and a half" P18M; but "seven and a half hours" is PT7H30M, as
    // a clock's hours and minutes are ("four hours and 38 minutes" is PT4H38M)
    const down = FRACTION_DOWN[unit];
    if (down && Number.isInteger(q * down[1])) {
      const whole = Math.floor(q);
      if (u.time && whole > 0) return `PT${whole}${u.letter}` + durationValue((q - whole) * down[1], down[0])!.slice(2);
      return durationValue(q * down[1], down[0]);
    }
  }
  return u.time ? `PT${q}${u.letter}` : `P${q}${u.letter}`;
}

/** The next smaller unit and how many of it make one, for fractional durations. */
const FRACTION_DOWN: Record<string, [string, number]> = {
  minute: ['second', 60], hour: ['minute', 60], day: ['hour', 24], week: ['day', 7], month: ['day', 30], year: ['month', 12],
  decade: ['year', 1], century: ['year', 1],
};

/** The number of units a duration counts: "two", "a", "half an", "two and a half", "an hour and a half". */
function quantity(words: readonly string[], unitIdx: number): number | null {
  let n: number | null = null;
  for (let i = 0; i < unitIdx; i++) {
    const w = words[i];
    if (w === 'half' && (words[i + 1] === 'a' || words[i + 1] === 'an')) return 0.5; // "half an hour"
    if (w === 'and' && words[i + 1] === 'a' && words[i + 2] === 'half') return (n ?? 0) + 0.5; // "two and a half years"
    for (const part of w.split('-')) {
      const v = numberValue(part);
      if (v === null) continue;
      // ("forty-five": a ten and a unit add up; "two hundred": a multiplier multiplies)
      n = n !== null && v >= 100 && n > 0 ? n * v : n !== null && n >= 20 && n < 100 && n % 10 === 0 && v > 0 && v < 10 ? n + v : v;
    }
  }
  if (words[unitIdx + 1] === 'and' && words[unitIdx + 2] === 'a' && words[unitIdx + 3] === 'half') return (n ?? 1) + 0.5;
  return n;
}

/** Clock time in a span ("2:00 a.m.", "0000 GMT", "three o'clock in the afternoon", "noon"), or null when none. */
function clockOf(raw: string): { hh: number; mm: number; ss: number | null } | null {
  const r = raw.toLowerCase();
  let m = /(?:^|[^\d])(\d{1,2})(?:[:.](\d{2}))?(?::(\d{2}))?\s*([ap])\.?\s?m\b\.?/.exec(r);
  let hh: number, mm = 0, ss: number | null = null;
  if (m) {
    hh = +m[1]; mm = m[2] ? +m[2] : 0;
    if (hh > 12 || mm > 59) return null;
    if (m[4] === 'p' && hh < 12) hh += 12;
    if (m[4] === 'a' && hh === 12) hh = 0;
    return { hh, mm, ss: null };
  }
  if ((m = /(?:^|[^\d])(\d{1,2}):(\d{2})(?::(\d{2}))?/.exec(r))) {
    hh = +m[1]; mm = +m[2]; ss = m[3] ? +m[3] : null;
  } else if ((m = /(?:^|\s)([01]\d|2[0-3])([0-5]\d)\s+(?:gmt|utc|local time)\b/.exec(r))) {
    hh = +m[1]; mm = +m[2];
  } else if ((m = /(\S+)\s+o['’]clock/.exec(r)) && numberValue(m[1]) !== null) {
    hh = numberValue(m[1])!;
  } else if ((m = /^(\S+) in the (?:morning|afternoon|evening)$/.exec(r)) && CLOCK_HOUR.test(m[1])) {
    hh = numberValue(m[1]) ?? +m[1];
  } else if (/\b(?:noon|midday)\b/.test(r)) return { hh: 12, mm: 0, ss: null };
  else if (/\bmidnight\b/.test(r)) return { hh: 0, mm: 0, ss: null };
  else return null;
  if (!Number.isInteger(hh) || hh > 24 || mm > 59) return null;
  if (hh < 12 && /\b(afternoon|evening|night)\b/.test(r)) hh += 12;
  return { hh, mm, ss };
}

/** The Saturday/Sunday range of the weekend a phrase means, by its modifier and the tense. */
function weekendValue(pub: Ymd, shift: number, tense: Tense): string {
  const wd = toDate(pub).getUTCDay();
  const lastSat = addDays(pub, -((wd + 1) % 7)); // the latest Saturday on or before publication
  let sat: Ymd;
  if (shift < 0) sat = wd === 6 || wd === 0 ? addDays(lastSat, -7) : lastSat;
  else if (shift > 0) sat = addDays(lastSat, 7);
  else sat = tense === 'past' || wd === 0 ? lastSat : wd === 6 ? pub : addDays(lastSat, 7);
  return `${fmtDay(sat)}/${fmtDay(addDays(sat, 1))}`;
}

function shiftUnit(pub: Ymd, unit: string, n: number): string | null {
  const u = UNITS[unit];
  if (!u) return null;
  const k = n * (u.mult ?? 1);
  switch (unit) {
    case 'day': case 'night': return fmtDay(addDays(pub, k));
    case 'week': case 'fortnight': return isoWeek(addDays(pub, 7 * k));
    case 'month': { const [y, m] = addMonths(pub.y, pub.m, k); return fmtMonth(y, m); }
    // ("this decade", "this century": the decade's or the century's own value, as "the 2020s" has)
    case 'decade': if (n === 0) return String(Math.floor(pub.y / 10)); return String(pub.y + k);
    case 'century': if (n === 0) return String(Math.floor(pub.y / 100)); return String(pub.y + k);
    case 'year': return String(pub.y + k);
    default: return null;
  }
}

function weekdayDate(pub: Ymd, wd: number, tense: Tense): Ymd {
  const cur = toDate(pub).getUTCDay();
  const back = (cur - wd + 7) % 7;
  if (tense === 'past') return addDays(pub, -back);
  return addDays(pub, (wd - cur + 7) % 7);
}

/**
 * The sentence's tense, where "until" before a date in a sentence not told as past looks ahead: "the
 * exhibition runs until September 30", written in March, is the end of a span still running ("remained
 * closed until March 3" keeps the past).
 */
function spanEndTense(ctx: Ctx): Tense {
  const tense = ctx.tense();
  return ctx.until && tense !== 'past' ? 'future' : tense;
}

/** Resolves a month-day without a year: the year that fits the tense, else the closest one. */
function resolveYear(m: number, d: number, ctx: Ctx, weekday?: number): string {
  const pub = ctx.pub!;
  let opts = [pub.y - 1, pub.y, pub.y + 1].map(y => ({ y, m, d }));
  // "Tuesday, Oct. 29": the weekday written with the date says which year it is, where one alone fits
  if (weekday !== undefined) {
    const fits = opts.filter(p => toDate(p).getUTCDay() === weekday);
    if (fits.length === 1) return fmtDay(fits[0]);
  }
  const t = toDate(pub).getTime();
  const dist = (p: Ymd) => toDate(p).getTime() - t;
  let best = opts.reduce((a, b) => (Math.abs(dist(b)) < Math.abs(dist(a)) ? b : a));
  const tense = spanEndTense(ctx);
  // a past-tense sentence can still name a date a few weeks ahead ("was delayed until April 29")
  if (tense === 'past' && dist(best) > 0 && dist(best) > 60 * 86400000) best = opts.filter(p => dist(p) <= 0).pop() ?? best;
  if (tense === 'future' && dist(best) < -14 * 86400000) best = opts.find(p => dist(p) >= 0) ?? best;
  return fmtDay(best);
}

const QUARTERS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
/** Words that make a sentence's "quarter" a quarter of the business or economic year. */
const MONEY_WORDS = /\b(?:profits?|revenues?|sales|earnings|results|growth|GDP|economy|output|income|loss|losses|shares|market|forecasts?|deliveries|shipments|inflation|turnover)\b/i;
/** The text of the sentence around token i, up to 40 tokens either side. */
function sentenceText(toks: readonly Token[], sentence: number, i: number): string {
  let a = i, b = i;
  while (a > 0 && i - a < 40 && toks[a - 1].sentence === sentence) a--;
  while (b + 1 < toks.length && b - i < 40 && toks[b + 1].sentence === sentence) b++;
  return toks.slice(a, b + 1).map(t => t.text).join(' ');
}

/** valueOf, with null where an expression it cannot read throws. */
function tryValue(words: string[], raw: string, ctx: Ctx): string | null {
  try { return valueOf(words, raw, ctx); } catch { return null; }
}
function valueOf(words: string[], raw: string, ctx: Ctx): string | null {
  // a bound on a quantity leaves its value alone: "at least six weeks", "up to five years"
  if (words.length > 3 && (words[0] === 'at' && (words[1] === 'least' || words[1] === 'most') || words[0] === 'up' && words[1] === 'to')) words = words.slice(2);
  // "2010-2015", "1990-91", "2014 – 15": the span of years; "Q3 2024": the quarter
  const span = words.length <= 3 ? yearSpan(words.join('')) : null;
  if (span) return span;
  const text = words.join(' ');
  // ("the first days of March", "the final weeks of 2025": the month or the year, with no count)
  if (words.length === 5 && /^the (?:first|last|final|closing|opening) (?:days|weeks|months) of /.test(text)) return valueOf(words.slice(4), raw.replace(/^.*?\bof\s+/i, ''), ctx);
  // ("the second half of July", "the first half of 2025": the month or the year, the half unsaid)
  if (words.length >= 5 && /^the (?:first|second) half of (?!the )/.test(text)) return valueOf(words.slice(4), raw.replace(/^.*?\bof\s+/i, ''), ctx);
  // ("on Friday afternoons": a weekday's part in the plural recurs; no one date)
  if (words.length === 2 && PLURAL_DAY_PART.test(words[1])) return null;
  // "a 17th-century portrait": the century, as "the 17th century" is
  const attributiveCentury = /^(\d{1,2})(?:st|nd|rd|th) ?- ?century$/.exec(text);
  if (attributiveCentury && +attributiveCentury[1] >= 1) return pad(+attributiveCentury[1] - 1);
  const quarter = /^q([1-4]) ((?:1[5-9]|20)\d\d)$/.exec(text);
  if (quarter) return `${quarter[2]}-Q${quarter[1]}`;
  // "the third quarter": this year's, or the last one's where the sentence looks back past it
  const bare = /^(?:the )?(first|second|third|fourth)(?: quarter| - quarter|-quarter)$/.exec(text);
  if (bare && ctx.pub) {
    const q = QUARTERS[bare[1]], now = Math.ceil(ctx.pub.m / 3), tense = ctx.tense();
    return `${ctx.pub.y + (tense === 'past' && q > now ? -1 : tense === 'future' && q < now ? 1 : 0)}-Q${q}`;
  }
  // "the year 2022", "fiscal year 2023": the year
  const namedYear = /^(?:the )?(?:[a-z]+ )?year ((?:1[5-9]|20)\d\d)$/.exec(text) ?? /^(?:fiscal|financial) ((?:1[5-9]|20)\d\d)$/.exec(text);
  if (namedYear) return namedYear[1];
  const pub = ctx.pub;
  if (words.includes('every') || words.includes('each') || words[0] === 'once' || words[0] === 'twice' || words.includes('times')) return null;
  // "the 15th": a day of the month the sentence names, else of publication's month or the one next to it, by tense
  const nth = words.length === 2 && words[0] === 'the' ? /^(\d{1,2})(?:st|nd|rd|th)$/.exec(words[1]) : null;
  if (nth) {
    const d = +nth[1];
    const base = parseDay(ctx.sentenceDay);
    if (base) return fmtDay({ y: base.y, m: base.m, d });
    if (!pub) return null;
    const tense = ctx.tense();
    const [y, m] = tense === 'past' && d > pub.d ? addMonths(pub.y, pub.m, -1) : tense !== 'past' && d < pub.d ? addMonths(pub.y, pub.m, 1) : [pub.y, pub.m];
    return fmtDay({ y, m, d });
  }
  // clock times, alone or as a range: "2:00 a.m. local time", "0000 GMT", "9 a.m. to 5 p.m."
  const clock = CLOCKISH.test(raw) ? clockOf(raw) : null;
  if (clock) {
    // ("11 o'clock last night", "9 a.m. yesterday": a relative day inside the span sets the day)
    const shift = /\b(?:last night|yesterday)\b/.test(text) ? -1 : /\btomorrow\b/.test(text) ? 1 : /\b(?:today|tonight)\b/.test(text) ? 0 : null;
    // ("8 p.m. Monday", "3 a.m. Wednesday (2000 GMT Tuesday)": a weekday inside the span is its
    // day, whatever day the sentence gave before it)
    const weekday = shift === null ? words.find(w => WEEKDAYS[w] !== undefined) : undefined;
    const own = weekday !== undefined ? valueOf([weekday], weekday, ctx) : null;
    const day = shift !== null && pub ? fmtDay(addDays(pub, shift)) : own !== null && /^\d{4}-\d\d-\d\d$/.test(own) ? own : ctx.sentenceDay ?? (pub ? fmtDay(pub) : null);
    if (!day) return null;
    const z = /\b(gmt|utc|z)\b/.test(text) ? 'Z' : '';
    const fmt = (c: { hh: number; mm: number; ss: number | null }) => `${day.slice(0, 10)}T${pad(c.hh)}:${pad(c.mm)}${c.ss !== null ? ':' + pad(c.ss) : ''}${z}`;
    const link = words.findIndex((w, i) => i > 0 && i < words.length - 1 && (w === 'to' || w === 'until' || w === 'till' || w === '–' || w === '-' || w === 'and' && isBetweenRange(words, i)));
    if (link > 0) {
      const left = words.slice(0, link).join(' '), right = words.slice(link + 1).join(' ');
      const b = clockOf(right);
      // "2 to 4 p.m.": the left end borrows the right one's a.m. or p.m.
      const a = clockOf(left) ?? (b && /^\d{1,2}$/.test(left) ? clockOf(left + right.replace(/^[\d:.\s]+/, ' ')) : null);
      if (a && b) {
        // "10pm to 6am" ends the next morning
        const wraps = b.hh * 60 + b.mm < a.hh * 60 + a.mm;
        const end = wraps && parseDay(day) ? fmt(b).replace(day.slice(0, 10), fmtDay(addDays(parseDay(day)!, 1))) : fmt(b);
        return `${fmt(a)}/${end}`;
      }
    }
    return fmt(clock);
  }
  // overnight: the night before publication, or before the day the sentence gives when that is the
  // day of publication ("talks ended on Wednesday, hours after drones struck overnight"), or of that
  // day when the sentence gives its evening or night ("a warning on Sunday evening forecast snow
  // overnight") or the day is an earlier one ("struck late Monday ... overnight", "started on
  // Saturday, November 8, and crossed the lines overnight")
  if (words.length === 1 && words[0] === 'overnight') {
    if (ctx.sentenceDay) {
      const day = parseDay(ctx.sentenceDay.slice(0, 10));
      // (but "ended on Tuesday, hours after shelling overnight": a night told as before the day is the one before it)
      if (ctx.sentenceEvening || !day || pub && fmtDay(day) < fmtDay(pub) && !ctx.afterTheDay) return ctx.sentenceDay.slice(0, 10) + 'TNI';
      return fmtDay(addDays(day, -1)) + 'TNI';
    }
    if (!pub) return null;
    return fmtDay(ctx.tense() === 'past' ? addDays(pub, -1) : pub) + 'TNI';
  }
  // decades and centuries: "the 1960s", "the sixties", "the '60s"
  const decade = text.charCodeAt(text.length - 1) !== 115 ? null : /^(?:the )?(?:(early|late|mid)[ -])?(?:'|’)?((?:1[5-9]|20)?\d)0s$/.exec(text) ?? /^(?:the )?(?:(early|late|mid)[ -])?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)$/.exec(text);
  if (decade) {
    if (decade[2].length === 3) return decade[2]; // "the early 2000s"
    const d = DECADE_WORDS[decade[2]] ?? +decade[2];
    const ref = pub ? pub.y : 2000;
    const century = Math.floor(ref / 100);
    return String(century * 100 + d * 10 <= ref ? century * 10 + d : (century - 1) * 10 + d);
  }
  // named days: "Anzac Day", "Christmas Eve"
  const named = HOLIDAY_LAST.has(words[words.length - 1]) ? raw.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ') : '';
  if (named) for (const [h, spaced] of HOLIDAY_KEYS) {
    if (named === h || named.endsWith(spaced) && !/\d/.test(named)) {
      const md = HOLIDAYS[h];
      if (!md) return null; // a day that moves: Easter, Thanksgiving
      const [m, d] = md.split('-').map(Number);
      const shift = words.includes('last') ? -1 : words.includes('next') ? 1 : words.includes('this') ? 0 : null;
      if (shift !== null && pub) return fmtDay({ y: pub.y + shift, m, d }); // "last Christmas" is rare; "this Christmas" common
      return pub ? resolveYear(m, d, ctx) : `XXXX-${md}`;
    }
  }
  // "the night of March 12": that day's part
  if (words.length > 3 && words[0] === 'the' && PARTS_OF_DAY[words[1]] && words[2] === 'of') {
    const v = valueOf(words.slice(3), raw.replace(/^.*?\bof\s+/i, ''), ctx);
    return v && /^(\d{4}|XXXX)-\d\d-\d\d$/.test(v) ? v + 'T' + PARTS_OF_DAY[words[1]] : v;
  }
  // "the early hours of Monday": the day (modifiers drop)
  if (words.length > 4 && words[0] === 'the' && words[2] === 'hours' && words[3] === 'of') return valueOf(words.slice(4), raw.replace(/^.*?\bof\s+/i, ''), ctx);
  // "the second half of the year", "the first half of last year": that year (modifiers drop, as
  // for "the end of 2014"); "second" is no unit here (it was valued as a one-second duration)
  const half = !words.includes('half') ? null : /^(?:the )?(?:first|second|latter|other) half of (the|this|last|next) (year|month|week)$/.exec(text);
  if (half) return pub ? shiftUnit(pub, half[2], relativeStep(half[1])) : null;
  // "the start of last year", "the end of next month": that unit, modifiers dropped
  const endOfRel = !words.includes('of') || !pub ? null : /^(?:the )?(?:very )?(?:end|beginning|start|middle|close) of (last|next|this) (week|month|year)$/.exec(text);
  if (endOfRel) return shiftUnit(pub!, endOfRel[2], relativeStep(endOfRel[1]));
  // "the 11th of next month": that day of the month counted from publication
  const dayOfRel = !words.includes('of') || !pub ? null : /^the (\d{1,2})(?:st|nd|rd|th) of (last|next|this) month$/.exec(text);
  if (dayOfRel) { const [y, m] = addMonths(pub!.y, pub!.m, relativeStep(dayOfRel[2])); return `${y}-${pad(m)}-${pad(+dayOfRel[1])}`; }
  // "the fourth quarter of this year", "the second quarter of last year"
  const quarterOf = !words.includes('quarter') || !pub ? null : /^(?:the )?(first|second|third|fourth) quarter of (last|next|this) year$/.exec(text);
  if (quarterOf) return `${pub!.y + relativeStep(quarterOf[2])}-Q${QUARTERS[quarterOf[1]]}`;
  // the end of the day, the week, the month: publication's own
  const endOf = !words.includes('of') ? null : /^(?:the )?(?:very )?(?:end|beginning|start|middle|close|turn) of (?:the|this) (day|week|month|quarter|season|year|decade|century)(?: (.+))?$/.exec(text);
  if (endOf) {
    // ("by the end of the quarter": this quarter; "the end of the season": a season of sport, no date the text gives)
    if (endOf[1] === 'season' && !endOf[2]) return null;
    if (endOf[1] === 'quarter' && !endOf[2]) return pub ? `${pub.y}-Q${Math.ceil(pub.m / 3)}` : null;
    if (endOf[1] === 'century' && !endOf[2]) return pub ? pad(Math.floor(pub.y / 100)) : null;
    if (endOf[1] === 'decade' && !endOf[2]) return pub ? String(Math.floor(pub.y / 10)) : null;
    if (endOf[2]) return valueOf(endOf[2].split(' '), raw.replace(/^.*?\b(day|week|month|year)\s+/i, ''), ctx); // "the end of the day Saturday"
    if (!pub) return null;
    if (endOf[1] === 'day') return ctx.sentenceDay ? ctx.sentenceDay.slice(0, 10) : fmtDay(pub);
    return shiftUnit(pub, endOf[1], 0);
  }
  // a month and day with a relative year: "March 11 this year", "June 5 last year"
  const relYear = words.length > 2 && words[words.length - 1] === 'year' ? /^(.+?) (this|last|next) year$/.exec(text) : null;
  if (relYear && pub && words.some(w => MONTHS[w.replace(/\.$/, '')] !== undefined)) {
    const y = pub.y + relativeStep(relYear[2]);
    const core = absoluteValue(raw.replace(/[\s,]+(this|last|next)\s+year\s*$/i, ''), ctx, false);
    if (core && /^\d{4}/.test(core)) return String(y) + core.slice(4);
  }
  // attributive durations: "21-month", "six-month"
  const attr = /^(\S+) - (\S+)$/.exec(text);
  if (attr && UNITS[attr[2]] && numberValue(attr[1]) !== null) return durationValue(numberValue(attr[1])!, attr[2]);
  if (attr && UNITS[attr[2]] && ORDINAL_NUM.test(attr[1])) return null;
  if (/^(the )?year end$|^(the )?end of (the|this) year$/.test(text)) return pub ? String(pub.y) : null;
  // ranges written as one span: "Thursday to Friday", "March 3-5, 2021"
  // ("2003 and 2009" is one span only after "between": see candidates)
  // ("forty-five minutes": a hyphen inside a number in words links no range)
  const link = words.findIndex((w, i) => i > 0 && i < words.length - 1 && ['to', 'through', 'thru', 'until', 'till', '–', '—', '-', 'and'].includes(w)
    && !(w === '-' && TENS_WORD.test(words[i - 1]) && (numberValue(words[i + 1]) ?? 10) < 10));
  if (link > 0 && (words[link] !== 'and' || isBetweenRange(words, link))) {
    const absolute = absoluteValue(raw, ctx, true);
    if (absolute) return absolute;
    // "March 3 – 5, 2018": the second day shares the first one's month, and the year written after it
    const right = words.slice(link + 1);
    if (/^\d{1,2}$/.test(right[0]) && (right.length === 1 || right.length === 2 && YEAR.test(right[1]))) {
      const left = [...words.slice(0, link), ...right.slice(1)];
      const a = valueOf(left, left.join(' '), ctx);
      if (a && /^\d{4}-\d\d-\d\d$/.test(a)) return `${a}/${a.slice(0, 8)}${pad(+right[0])}`;
    }
    const a = valueOf(words.slice(0, link), words.slice(0, link).join(' '), ctx);
    let b = valueOf(words.slice(link + 1), words.slice(link + 1).join(' '), ctx);
    // "from Tuesday to Thursday": a weekday that ends a range is the first such day after its start,
    // whatever the tense made of it alone
    const endDay = words.length === link + 2 ? WEEKDAYS[words[link + 1]] : undefined;
    const startDay = a && /^\d{4}-\d\d-\d\d$/.test(a) ? parseDay(a) : null;
    if (endDay !== undefined && startDay) b = fmtDay(weekdayDate(addDays(startDay, 1), endDay, 'future'));
    // "1981 until this summer": from the start of the one to the end of the other
    return a && b ? `${a.split('/')[0]}/${b.split('/').pop()}` : null;
  }
  const counted = words.some(w => isNumberWord(w) || /^\d/.test(w));
  // "next July", "last March", "this September": the next one after publication, the last one
  // before it, this year's; "that August": the one of the year the article gave last
  const monthRel = words.length === 2 && MONTHS[words[1]] !== undefined && words[1].length > 2 ? /^(next|last|this|that)$/.exec(words[0]) : null;
  if (monthRel) {
    const m = MONTHS[words[1]];
    if (monthRel[1] === 'that') return ctx.prevYear !== null ? fmtMonth(ctx.prevYear, m) : null;
    if (!pub) return null;
    return fmtMonth(monthRel[1] === 'next' ? (m > pub.m ? pub.y : pub.y + 1) : monthRel[1] === 'last' ? (m < pub.m ? pub.y : pub.y - 1) : pub.y, m);
  }
  // "May of that year": the month of the year the article gave last
  if (words.length === 4 && MONTHS[words[0]] !== undefined && words[1] === 'of' && words[2] === 'that' && words[3] === 'year') return ctx.prevYear !== null ? fmtMonth(ctx.prevYear, MONTHS[words[0]]) : null;
  // "that day", "later that night", "that year": the last day or year the article gave
  const that = words.length <= 3 ? words.indexOf('that') : -1;
  if (that >= 0 && that === words.length - 2 && THAT_HEADS.has(words[that + 1])) {
    const head = words[that + 1];
    if (head === 'year') return ctx.prevYear !== null ? String(ctx.prevYear) : null;
    if (!ctx.prevDay) return null;
    return head === 'day' ? ctx.prevDay : ctx.prevDay.slice(0, 10) + 'T' + PARTS_OF_DAY[head];
  }
  // "earlier in the week", "later in the month": this one
  if (words.length === 4 && (words[0] === 'earlier' || words[0] === 'later') && words[1] === 'in' && words[2] === 'the' && pub && UNITS[words[3]]) return shiftUnit(pub, words[3], 0);
  if (/^(the )?\d+(st|nd|rd|th) century$/.test(text)) return absoluteValue(raw, ctx, false);
  // "the late 19th century": the modifier is dropped from the value, as for "the end of 2014"
  const century = /^(?:the )?(?:early|late|mid|middle|mid-) ?(\d{1,2})(?:st|nd|rd|th) century$/.exec(text);
  if (century && +century[1] >= 1) return pad(+century[1] - 1);
  const unitIdx = words.findIndex(w => unitOf(w) !== null && (counted || unitOf(w) !== 'night'));
  const unit = unitIdx >= 0 ? unitOf(words[unitIdx])! : null;
  // (`counted` is the first half of the test: "a day" or "an hour" counts one)
  // ("another hour", "a single day", "three extra days": one more, or a count with a word between)
  const hasNumber = counted || (unitIdx > 0 && (['a', 'an', 'another'].includes(words[unitIdx - 1]) || unitIdx > 1 && COUNT_ADDERS.has(words[unitIdx - 1]) && ['a', 'an'].includes(words[unitIdx - 2])));
  // "N units ago"
  // "thirty years ago today": that day, so many years back
  if (words.length > 2 && words[words.length - 2] === 'ago' && RELATIVE_DAYS.has(words[words.length - 1]) && unit && pub && hasNumber) {
    const rel = words[words.length - 1];
    const day = rel === 'yesterday' ? addDays(pub, -1) : rel === 'tomorrow' ? addDays(pub, 1) : pub;
    const n = quantity(words, unitIdx) ?? 1;
    if (unit === 'year' || unit === 'decade' || unit === 'century') return fmtDay({ y: day.y - n * (UNITS[unit].mult ?? 1), m: day.m, d: day.d });
    if (unit === 'day') return fmtDay(addDays(day, -n));
    if (unit === 'week') return fmtDay(addDays(day, -7 * n));
  }
  // "a week from today", "two days from now", "three weeks from tomorrow"
  if (countedFromDay(words) && unit && pub && hasNumber) {
    const n = quantity(words, unitIdx) ?? 1;
    const day = words[words.length - 1] === 'tomorrow' ? addDays(pub, 1) : pub;
    if (unit === 'day') return fmtDay(addDays(day, n));
    if (unit === 'week') return fmtDay(addDays(day, 7 * n));
    if (unit === 'month' || unit === 'year') return shiftUnit(day, unit, n);
    return null;
  }
  if (words[words.length - 1] === 'ago' && unit) {
    if (!pub || !hasNumber || words.includes('or')) return null;
    const n = quantity(words, unitIdx) ?? 1;
    // "24 hours ago" is a day: hours and minutes count at day precision
    if (unit === 'hour' || unit === 'minute') return fmtDay(addDays(pub, -Math.round(unit === 'hour' ? n / 24 : n / 1440)));
    return shiftUnit(pub, unit, -n);
  }
  const tail = words[words.length - 1];
  if (tail === 'later' || tail === 'earlier' || tail === 'on' || tail === 'before' && words[0] !== 'the') {
    // counted from a date the same sentence gives: "joined in 1987 and left 22 years later"
    const n = hasNumber ? quantity(words, unitIdx) ?? 1 : null;
    const sign = tail === 'earlier' || tail === 'before' ? -1 : 1;
    if (n !== null && Number.isInteger(n) && (unit === 'year' || unit === 'decade') && ctx.sentenceYear !== null) return String(ctx.sentenceYear + sign * n * (UNITS[unit].mult ?? 1));
    const anchor = ctx.sentenceDay && parseDay(ctx.sentenceDay);
    if (n !== null && Number.isInteger(n) && anchor && !ctx.sentenceDay!.startsWith('XXXX') && (unit === 'day' || unit === 'week')) return fmtDay(addDays(anchor, sign * n * (unit === 'week' ? 7 : 1)));
    if (unit) return null; // tied to an event: "two days later", "one week on"
  }
  // an ordinal unit is counted from an event: "the 20th minute", "the fourth day"; but an ordinal
  // century is the calendar's ("the middle of the 3rd century", "the 3rd century AD")
  if (unit && unitIdx > 0 && (/^\d+(st|nd|rd|th)$/.test(words[unitIdx - 1]) || ORDINAL_WORDS[words[unitIdx - 1]] > 0)) return unit === 'century' ? absoluteValue(raw, ctx, false) : null;
  // "the year before", "the day after", "the previous year": from the last date the article gave
  if (unit && words[0] === 'the' && !hasNumber && (unit === 'year' || unit === 'day') && words.length === 3
    && (words[2] === 'before' || words[2] === 'after' || (unit === 'year' && (words[1] === 'previous' || words[1] === 'following')))) {
    const step = words[2] === 'before' || words[1] === 'previous' ? -1 : 1;
    if (unit === 'year') { const y = ctx.prevYear ?? pub?.y; return y ? String(y + step) : null; }
    return dayFrom(ctx.prevDay, step);
  }
  // "approved in December 2012 and came into force the following month": from the last month the article gave
  if (unit === 'month' && words.length === 3 && words[0] === 'the' && (words[1] === 'following' || words[1] === 'previous') && ctx.prevMonth) {
    const [y, m] = addMonths(+ctx.prevMonth.slice(0, 4), +ctx.prevMonth.slice(5, 7), words[1] === 'following' ? 1 : -1);
    return fmtMonth(y, m);
  }
  // "the first eight months of 2026": the year (the modifier dropped, as for "the end of 2014")
  const partOfYear = /^the (?:first|last|final|past) \S+ (?:days|weeks|months) of ((?:1[5-9]|20)\d\d)$/.exec(text);
  if (partOfYear) return partOfYear[1];
  const quarterHour = /^(a|one|three) quarters? of an? hour$/.exec(text);
  if (quarterHour) return quarterHour[1] === 'three' ? 'PT45M' : 'PT15M';
  // "the same evening", "the following morning": a part of the day the article last named, or of the one after or before it
  const dayPart = words.length === 3 && words[0] === 'the' && /^(?:same|following|next|previous)$/.test(words[1]) ? PARTS_OF_DAY[words[2]] : undefined;
  if (dayPart && words[2] !== 'tonight' && words[2] !== 'overnight') {
    const day = dayFrom(ctx.prevDay, words[1] === 'same' ? 0 : words[1] === 'previous' ? -1 : 1);
    return day === null ? null : day + 'T' + dayPart;
  }
  // the following/next/previous day, the day before/after
  if (unit && /\b(following|next|previous|same)\b/.test(text) && words.includes('the') && !hasNumber) {
    const day = unit === 'day' ? dayFrom(ctx.prevDay, words.includes('previous') ? -1 : words.includes('same') ? 0 : 1) : null;
    if (day !== null) return day;
    if (words.includes('next') && pub && !isPluralUnit(words[unitIdx])) return shiftUnit(pub, unit, 1);
    return null;
  }
  // a rate: "five million tonnes a year" recurs
  if (unit && words.length === 2 && (words[0] === 'a' || words[0] === 'an' || words[0] === 'per') && ctx.rate) return null;
  // durations
  if (unit && !words.some(w => ['this', 'last', 'next', 'coming', 'past', 'recent'].includes(w) && !hasNumber)) {
    if (!hasNumber) return null; // "several months", "a few weeks"
    if (words.some(w => ['several', 'few', 'couple', 'or', 'many'].includes(w))) return null;
    // "4 hours 12 minutes 37 seconds", "three hours and 20 minutes": one duration of several units
    const compound = compoundDuration(words);
    if (compound) return compound;
    // a span of durations, "10-15 minutes", "between two and three years": no one value
    if (words.some((w, i) => (w === 'and' && words[i + 1] !== 'a') || /^\d+[-–]\d+$/.test(w))) return null;
    return durationValue(quantity(words, unitIdx) ?? 1, unit);
  }
  if (unit && words.includes('recent')) return null;
  if (unit && (words.includes('several') || words.includes('few'))) return null;
  // relative to the publication date
  const rel = /\b(today|tonight|yesterday|tomorrow)\b/.exec(text);
  if (rel) {
    if (!pub) return null;
    const day = rel[1] === 'yesterday' ? addDays(pub, -1) : rel[1] === 'tomorrow' ? addDays(pub, 1) : pub;
    const part = words.map(w => PARTS_OF_DAY[w]).find(Boolean);
    return fmtDay(day) + (part ? 'T' + part : '');
  }
  const shiftWord = words.includes('last') || words.includes('past') || words.includes('previous') ? -1
    : words.includes('next') || words.includes('coming') ? 1 : words.includes('this') || words.includes('current') ? 0 : null;
  if (unit && shiftWord !== null && !hasNumber) {
    if (!pub || isPluralUnit(words[unitIdx])) return null; // "in past years" is vague
    if (words.includes('the') && (words.includes('past') || words.includes('last'))) return durationValue(1, unit); // "the past year"
    return shiftUnit(pub, unit, shiftWord);
  }
  if (unit === 'year' && words.includes('end')) return pub ? String(pub.y) : null; // "year end"
  const season = words.find(w => SEASONS[w]);
  if (season && shiftWord !== null && !/\d{4}/.test(text)) {
    if (!pub) return null;
    const [a, b] = SEASONS[season];
    // the most recent season that has ended (last), or the next one to start (next), or this year's
    let y = pub.y;
    if (shiftWord === -1) { y = pub.m > b && a <= b ? pub.y : pub.y - 1; }
    if (shiftWord === 1) { y = pub.m < a ? pub.y : pub.y + 1; }
    const endY = a > b ? y + 1 : y;
    return `${fmtMonth(y, a)}/${fmtMonth(endY, b)}`;
  }
  if (words.includes('weekend')) {
    if (!pub || (shiftWord === null && words[0] !== 'the')) return null;
    // ("warned of rain through the weekend", written on a Thursday or a Friday: the coming one)
    const cur = toDate(pub).getUTCDay();
    return weekendValue(pub, shiftWord ?? 0, ctx.until && shiftWord === null && ctx.tense() === 'past' && cur >= 4 && cur <= 5 ? 'future' : ctx.tense());
  }
  const part = words.map(w => PARTS_OF_DAY[w]).find(Boolean);
  // ("early this morning", "late this afternoon": the modifier is dropped)
  if (part && words.includes('this') && words.filter(w => w !== 'early' && w !== 'late').length === 2) return pub ? fmtDay(pub) + 'T' + part : null;
  // "the evening", "that morning", "mid-afternoon": of the day the article last gave
  if (part && words.length === 2 && (words[0] === 'the' || words[0] === 'that')) return ctx.prevDay ? ctx.prevDay.slice(0, 10) + 'T' + part : null;
  const midPart = /^mid-(morning|afternoon|evening)$/.exec(text);
  if (midPart) return ctx.prevDay ? ctx.prevDay.slice(0, 10) + 'T' + PARTS_OF_DAY[midPart[1]] : null;
  if (part && words.includes('last') && words.includes('night')) return pub ? fmtDay(addDays(pub, -1)) + 'TNI' : null;
  // holidays
  // weekdays (with an optional part of day), unless a full date comes with them
  const wd = words.map(w => WEEKDAYS[w.replace(/\.$/, '')]).find(x => x !== undefined);
  if (wd !== undefined && !words.some(w => MONTHS[w.replace(/\.$/, '')] !== undefined)) {
    if (!pub) return null;
    let tense = ctx.tense();
    if (words.includes('next')) tense = 'future';
    if (words.includes('last')) tense = 'past';
    // "suspended trains until Friday morning", written on a Thursday: a span's end in the days just
    // ahead runs on from the past events told, to the coming day
    if (ctx.until && tense === 'past' && !words.includes('last') && (wd - toDate(pub).getUTCDay() + 7) % 7 > 0 && (wd - toDate(pub).getUTCDay() + 7) % 7 <= 3) tense = 'future';
    let day = weekdayDate(pub, wd, tense);
    // "last Sunday" written on a Sunday is a week back; "next Sunday" a week ahead
    if (toDate(day).getTime() === toDate(pub).getTime() && (words.includes('last') || words.includes('next'))) day = addDays(day, words.includes('last') ? -7 : 7);
    return fmtDay(day) + (part ? 'T' + part : '');
  }
  return absoluteValue(raw, ctx, false);
}

/** A year told relative to the article's: "last year", "this year", "earlier this year", "next year". */
const RELATIVE_YEAR = /\b(?:last|this|next|previous|following|coming)\s+year\b/i;

function absoluteValue(raw: string, ctx: Ctx, rangeOnly: boolean): string | null {
  // modifiers that leave the value alone: "the end of 2014", "early 2020", "mid-March"
  const core = raw.replace(/^(the\s+)?((very\s+)?(end|beginning|start|middle|first half|second half|turn|part)\s+of\s+(the\s+)?)/i, '')
    .replace(/^(the\s+)?(early|late|mid|earlier|later)[\s-]+(in\s+)?/i, '$1').trim();
  // ("the late 3rd century AD": the era of the years the calendar counts says nothing more)
  const century = /^(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\s+century(?:\s+(?:ad|ce))?$/.exec(core.toLowerCase());
  if (century) return pad(+century[1] - 1);
  // ("the fourth century", "the twelfth century": the ordinal in words)
  const wordCentury = /^(?:the\s+)?([a-z]+)\s+century(?:\s+(?:ad|ce))?$/.exec(core.toLowerCase());
  if (wordCentury && ORDINAL_WORDS[wordCentury[1]] > 0 && ORDINAL_WORDS[wordCentury[1]] <= 21) return pad(ORDINAL_WORDS[wordCentury[1]] - 1);
  const decade = /^(?:the\s+)?(1[5-9]|20)(\d)0s$/.exec(core.toLowerCase());
  if (decade) return decade[1] + decade[2];
  if (YEAR.test(core)) return core;
  const season = /^(?:the\s+)?(spring|summer|autumn|fall|winter)\s+(?:of\s+)?(\d{4})$/i.exec(core);
  const quarter = /^(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+(?:of\s+)?(\d{4})$/i.exec(core);
  if (quarter) return `${quarter[2]}-Q${QUARTERS[quarter[1].toLowerCase()]}`;
  if (season) {
    const code: Record<string, string> = { spring: 'SP', summer: 'SU', autumn: 'FA', fall: 'FA', winter: 'WI' };
    return `${season[2]}-${code[season[1].toLowerCase()]}`;
  }
  const ref = ctx.pub ? new Date(Date.UTC(ctx.pub.y, ctx.pub.m - 1, ctx.pub.d, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
  const r = chronoParse(core, ref);
  if (r.length === 0) return null;
  const one = (c: chrono.ParsedComponents | null): string | null => {
    if (!c || !c.isCertain('month')) return null;
    const m = c.get('month')!;
    const yearKnown = c.isCertain('year');
    if (!c.isCertain('day')) {
      if (yearKnown) return fmtMonth(c.get('year')!, m);
      if (ctx.pub) {
        // "threatened to walk out twice last year, in April and again in November", "one more cut this
        // year, probably in May": a bare month after a year alone in its sentence falls in that year
        if (ctx.sentenceYearAlone && ctx.sentenceYear !== null) return fmtMonth(ctx.sentenceYear, m);
        // a bare month: the closest one by tense (same year unless clearly otherwise)
        // ("stays open until January", written in December: a running span's end)
        const tense = spanEndTense(ctx);
        const y = tense === 'past' && m > ctx.pub.m ? ctx.pub.y - 1 : tense === 'future' && m < ctx.pub.m ? ctx.pub.y + 1 : ctx.pub.y;
        return fmtMonth(y, m);
      }
      return `XXXX-${pad(m)}`;
    }
    const d = c.get('day')!;
    if (yearKnown) return fmtDay({ y: c.get('year')!, m, d });
    return ctx.pub ? resolveYear(m, d, ctx, c.isCertain('weekday') ? c.get('weekday') ?? undefined : undefined) : `XXXX-${pad(m)}-${pad(d)}`;
  };
  const a = one(r[0].start);
  if (r[0].end) {
    const b = one(r[0].end);
    return a && b ? `${a}/${b}` : null;
  }
  return rangeOnly ? null : a;
}

// ---------------------------------------------------------------- mentions

/** A month's short form in capitals ("APR", "SEPT"), which alone names no date. */
export const MONTH_LETTERS = /^(?:JAN|FEB|MAR|APR|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)\.?$/;

/** Temporal mentions (DATE, TIME, DURATION) at exact spans, each with its normalized value. */
export function dateMentions(tokenized: TokenizedText, publicationDate: string | null): Mention[] {
  const toks = tokenized.tokens;
  const text = tokenized.text;
  const pub = parseDay(publicationDate);
  const shaped: Cand[] = [];
  for (const c of candidates(tokenized)) {
    const s = shape(tokenized, c);
    if (!s) continue;
    // ("the Alliance for the Republic (APR)", "MAR leaders": a month's short form in capitals, alone,
    // is letters that stand for a name, no date)
    if (s.first === s.last && MONTH_LETTERS.test(toks[s.first].text)) continue;
    const p = shaped[shaped.length - 1];
    if (p && s.first <= p.last) { p.last = Math.max(p.last, s.last); continue; }
    // "at 8 p.m. Monday", "until 6 a.m. Sunday": a clock time and the weekday right after it are one time
    // ("at 4 p.m. today", "3:15 a.m. yesterday": or today, yesterday or tomorrow)
    if (p && s.first === p.last + 1 && s.first === s.last && (WEEKDAYS[low(toks[s.first])] !== undefined || /^(?:today|yesterday|tomorrow)$/.test(low(toks[s.first]))) && afterOneSpace(toks[s.first])
      && /^(?:[ap]\.?m\.?|\d{1,2}(?::\d\d)?[ap]\.?m\.?|noon|midnight)$/i.test(toks[p.last].text)) { p.last = s.last; continue; } // (valued as one: a weekday inside a clock time's span is its day)
    shaped.push(s);
  }
  const mentions: Mention[] = [];
  /** Per mention: its sentence, and whether its value took the publication day for want of a day in the sentence so far. */
  const sentenceOf: number[] = [];
  const fellBack: boolean[] = [];
  /** Per mention: whether its day came from an earlier sentence of the paragraph. */
  const dayFromBefore: boolean[] = [];
  let prevDay: string | null = null;
  let prevYear: number | null = null;
  let prevMonth: string | null = null;
  let prevYearSentence = -1;
  let prevYearAlone = false;
  let prevDaySentence = -1;
  let prevDayEnd = 0;
  let prevDayEvening = false;
  /** What valueOf knows of the text around a candidate, given the day its sentence has. */
  const contextAt = (c: Cand, sentenceDay: string | null, sentenceEvening: boolean): Ctx => {
    let tense: Tense | undefined;
    return {
      pub, prevDay, sentenceDay, sentenceEvening, prevYear, prevMonth, sentenceYear: prevYearSentence === toks[c.first].sentence ? prevYear : null,
      sentenceYearAlone: prevYearSentence === toks[c.first].sentence && prevYearAlone,
      rate: c.first > 0 && RATE_BEFORE.has(toks[c.first - 1].pos) && !LEADING_DROP.has(low(toks[c.first - 1])),
      tense: () => (tense ??= tenseAt(toks, c.first, c.last)),
      until: untilBefore(toks, c.first),
    };
  };
  for (let ci = 0; ci < shaped.length; ci++) {
    const c = shaped[ci];
    const start = toks[c.first].start;
    // a sentence's full stop glued to "9:30am." is no part of the time
    const end = toks[c.last].end - (/\d\s*[ap]m\.$/i.test(toks[c.last].text) ? 1 : 0);
    const raw = text.slice(start, end);
    const words = toks.slice(c.first, c.last + 1).map(low).filter(w => w !== ',');
    let sentenceDay = prevDaySentence === toks[c.first].sentence || (prevDay && sameLine(text, prevDayEnd, start)) ? prevDay : null;
    // "0252 UTC on Tuesday", "at 10 a.m. on Saturday": a clock time right before "on" and a day takes that day
    const onDay = c.type === 'TIME' && /\d/.test(raw) ? shaped[ci + 1] : undefined;
    if (onDay && onDay.first === c.last + 2 && low(toks[c.last + 1]) === 'on') {
      const day = tryValue(toks.slice(onDay.first, onDay.last + 1).map(low).filter(w => w !== ','), text.slice(toks[onDay.first].start, toks[onDay.last].end), contextAt(onDay, sentenceDay, false));
      if (day && /^\d{4}-\d\d-\d\d$/.test(day)) sentenceDay = day;
    }
    const ctx = contextAt(c, sentenceDay, !!sentenceDay && prevDayEvening);
    // ("ended on Tuesday, hours after shelling overnight")
    ctx.afterTheDay = !!sentenceDay && raw === 'overnight' && /\b(?:after|since|following)\b/.test(text.slice(prevDayEnd, start));
    let value = tryValue(words, raw, ctx);
    if (value && genericToday(toks, c, words, ctx)) value = null;
    // "on Tuesday and Wednesday", "Friday or Saturday": a weekday after another and "and" or "or" is
    // the first such day after it (the two told in the week's order, whatever the tense makes of one alone)
    const before = shaped[ci - 1];
    if (value && words.length === 1 && WEEKDAYS[words[0]] !== undefined && before && before.last === c.first - 2 && /^(?:and|or)$/.test(low(toks[c.first - 1]))
      && before.last === before.first && WEEKDAYS[low(toks[before.first])] !== undefined) {
      const prior = parseDay(mentions[mentions.length - 1]?.value?.slice(0, 10) ?? null);
      if (prior) value = fmtDay(weekdayDate(addDays(prior, 1), WEEKDAYS[words[0]], 'future'));
    }
    // the value settles what wink's type could not: "since 2014" is a date, "21-month" a duration
    const type: MentionType = value && value.startsWith('P') ? 'DURATION' : value && c.type === 'DURATION' ? 'DATE' : c.type;
    mentions.push({ type, text: raw, start, end, entity: null, value });
    sentenceOf.push(toks[c.first].sentence);
    // ("on Tuesday morning", in an article published on a Tuesday, names its day: it did not fall back)
    fellBack.push(!sentenceDay && !!value && !!pub && value.charCodeAt(10) === 84 /* T */ && value.startsWith(fmtDay(pub)) && !/\btoday|tonight|this\b/.test(raw.toLowerCase())
      && !isWeekdayOrDate(toks, c));
    dayFromBefore.push(!!sentenceDay && prevDaySentence !== toks[c.first].sentence && !!value && value.charCodeAt(10) === 84);
    // a clock time that took the publication day for want of one is no day for the times after it
    if (value && /^(\d{4}|XXXX)-\d\d-\d\d$/.test(value.slice(0, 10)) && !value.includes('/') && !value.startsWith('P') && !fellBack[fellBack.length - 1]) {
      prevDay = value.slice(0, 10);
      prevDayEvening = /T(?:EV|NI)$/.test(value);
      prevDaySentence = toks[c.first].sentence;
      prevDayEnd = end;
    }
    if (value && /^\d{4}(?!\d)/.test(value) && !value.startsWith('P')) {
      // (a year told relative to the article's, not a number the sentence is about: "1.1% in 2026,
      // revised down from 1.3% in November"; a month that took it keeps it for the next: "last year,
      // in April and again in November")
      prevYearAlone = /^\d{4}$/.test(value) && RELATIVE_YEAR.test(raw) || prevYearAlone && prevYearSentence === toks[c.first].sentence && /^\d{4}-\d\d$/.test(value) && +value.slice(0, 4) === prevYear;
      prevYear = +value.slice(0, 4); prevYearSentence = toks[c.first].sentence;
    }
    if (value && /^\d{4}-[01]\d(?:-|$)/.test(value) && !value.includes('/')) prevMonth = value.slice(0, 7);
  }
  // "at 3 p.m. on Saturday": a clock time takes a day the sentence gives after it
  // ("a meeting at 9 a.m. tomorrow": and a day right after it outweighs one an earlier sentence gave)
  // ("on Sunday night ... at 1430 GMT on Tuesday": the day right after the time, over one before it in the sentence)
  for (let k = 0; k < mentions.length; k++) {
    if (!fellBack[k] && !dayFromBefore[k] && mentions[k].value?.charCodeAt(10) !== 84 /* T */) continue;
    for (let j = k + 1; j < mentions.length && sentenceOf[j] === sentenceOf[k]; j++) {
      const between = text.slice(mentions[k].end, mentions[j].start);
      if (!fellBack[k] && !/^\s*(?:on\s+)?$/.test(between)) break;
      // ("opened at 14:30 ahead of the two-day meeting, which ends Wednesday": a day after another
      // event's word or in a relative clause is that event's, not the time's)
      if (/,\s*(?:which|who|where)\b|\b(?:ahead of|before|after|until|since|following)\b/i.test(between)) break;
      // ("at 9:20 p.m. local time (0220 GMT Monday)": a time in brackets is the same moment in another
      // zone, whose day may be the next one; a day after the brackets is the time's: "(0240 GMT) on Tuesday")
      if (text.charCodeAt(mentions[j].start - 1) === 40 /* ( */) continue;
      const v = mentions[j].value;
      // another clock time that fell back ("3 p.m. local time (1200 GMT) on Monday") gives no day
      if (v && /^\d{4}-\d\d-\d\d/.test(v) && !v.includes('/') && !fellBack[j]) { mentions[k].value = v.slice(0, 10) + mentions[k].value!.slice(10); break; }
    }
  }
  // "she read the verdict at 11:30 a.m.", in an article that put the verdict on Wednesday: a clock
  // time in a past-tense sentence with no day of its own happened on the story's day, the last day
  // the article named before it outside quotations, not on the day it was published
  if (pub) for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (!fellBack[k] || !m.value || !m.value.startsWith(fmtDay(pub)) || isWeekdayOrDate(toks, shaped[k])) continue;
    if (tenseAt(toks, shaped[k].first, shaped[k].last) !== 'past' || quoteAround(text, m.start)) continue;
    const day = storyDay(text, mentions, fellBack, k, m.start, pub);
    if (day) m.value = day + m.value.slice(10);
  }
  smallHours(toks, shaped, mentions, sentenceOf);
  quotedDays(text, toks, shaped, mentions, sentenceOf, fellBack, pub);
  return mentions;
}

/**
 * "Polls closed at 8 p.m. ... He conceded at 1:30 a.m.", "made landfall at 10:40 p.m. ... By 5 a.m.":
 * a clock time before six in the morning that took the day of the evening or night the article told
 * just before it (no day in its own words or sentence) is in the small hours after that evening, on
 * the next day. A time of day on another day, or in daylight, ends the evening.
 */
function smallHours(toks: readonly Token[], shaped: readonly Cand[], mentions: Mention[], sentenceOf: readonly number[]): void {
  let evening: string | null = null;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k], v = m.value;
    if (!v || !/^\d{4}-\d\d-\d\d(?:T|$)/.test(v) || v.includes('/')) continue;
    const day = v.slice(0, 10), part = v.slice(11);
    const hour = /^\d\d:/.test(part) ? +part.slice(0, 2) : null;
    if (hour !== null && hour < 6 && evening === day && !/midnight/i.test(m.text) && !isWeekdayOrDate(toks, shaped[k])
      && !mentions.some((o, j) => j !== k && sentenceOf[j] === sentenceOf[k] && isWeekdayOrDate(toks, shaped[j]))) {
      m.value = fmtDay(addDays(parseDay(day)!, 1)) + v.slice(10);
      evening = null;
      continue;
    }
    if (part === 'EV' || part === 'NI' || hour !== null && hour >= 18) evening = day;
    else if (hour !== null || part || day !== evening) evening = null;
  }
}

/** How far back a story's day may lie from its publication: Wikinews reports the last week's events. */
const STORY_DAYS = 7;
/**
 * The day the story is at, at an offset: the last day (not a range, not a time that only took the
 * publication day) the article named before it outside quotations, if it lies within the week
 * before publication. null if there is none.
 */
function storyDay(text: string, mentions: readonly Mention[], fellBack: readonly boolean[], k: number, at: number, pub: Ymd): string | null {
  const pubDay = fmtDay(pub), earliest = fmtDay(addDays(pub, -STORY_DAYS));
  for (let j = k - 1; j >= 0; j--) {
    const day = mentions[j].start < at ? dayNamed(text, mentions, fellBack, j) : null;
    if (day === null) continue;
    // (a day ahead, "She will take office on January 1", is no day a past event happened on: the
    // story's day is then the one its lead paragraph names, "was elected mayor on Sunday")
    if (day > pubDay) return leadDay(text, mentions, fellBack, pubDay, earliest);
    return day >= earliest ? day : null;
  }
  return null;
}
/** The first day the article's body names (after its headline and date line), if it lies within the week before publication. */
function leadDay(text: string, mentions: readonly Mention[], fellBack: readonly boolean[], pubDay: string, earliest: string): string | null {
  // (news lays out a headline, a blank line, the date line, a blank line, then the body)
  const first = text.indexOf('\n\n'), body = first < 0 ? -1 : text.indexOf('\n\n', first + 2);
  if (body < 0) return null;
  for (let j = 0; j < mentions.length; j++) {
    const day = mentions[j].start > body ? dayNamed(text, mentions, fellBack, j) : null;
    if (day !== null) return day <= pubDay && day >= earliest ? day : null;
  }
  return null;
}
/**
 * The day mention j names for the story, or null: a day or a time on a day (not a range, nor a time
 * that only took the publication day), outside quotations, and not a time in brackets in another
 * zone ("(0220 GMT Monday)" after the evening it reports).
 */
function dayNamed(text: string, mentions: readonly Mention[], fellBack: readonly boolean[], j: number): string | null {
  const v = mentions[j].value;
  if (!v || fellBack[j] || !/^\d{4}-\d\d-\d\d(?:T|$)/.test(v) || v.includes('/')) return null;
  if (quoteAround(text, mentions[j].start) || text.charCodeAt(mentions[j].start - 1) === 40 /* ( */) return null;
  return v.slice(0, 10);
}

/** "Today, people worship ...", "as strong today as ever": today as "nowadays", no date. */
function genericToday(toks: readonly Token[], c: Cand, words: readonly string[], ctx: Ctx): boolean {
  if (words.length !== 1 || words[0] !== 'today') return false;
  const prev = toks[c.first - 1], next = toks[c.last + 1];
  // "as strong today as it was"
  if (next && low(next) === 'as') {
    for (let i = c.first - 1; i >= 0 && i >= c.first - 4 && toks[i].sentence === toks[c.first].sentence; i--) if (low(toks[i]) === 'as') return true;
  }
  // a sentence that opens "Today," and goes on in the present, with no past or future in it
  if (!(startsSentence(toks[c.first]) && !!next && next.text === ',' && !prev?.text.match(/^["“]$/))) return false;
  if (ctx.tense() === 'present') return true;
  const s = toks[c.first].sentence;
  for (let i = c.last + 1; i < toks.length && toks[i].sentence === s; i++) {
    const w = low(toks[i]);
    if (FUTURE_AUX.has(w) || PAST_AUX.has(w) || isIrregularPast(w) || (toks[i].pos === 'VERB' && /ed$/.test(w))) return false;
  }
  return true;
}

const OPEN_QUOTES = new Set(['"', '“']);
const CLOSE_QUOTES = new Set(['"', '”']);
/**
 * "today", "yesterday" and "tomorrow" inside a quotation count from the day the article says it was
 * spoken: '"We are ready today," he said on Saturday.' The day comes from a date mention outside the
 * quotation in the same sentence.
 */
function quotedDays(text: string, toks: readonly Token[], shaped: readonly Cand[], mentions: Mention[], sentenceOf: readonly number[], fellBack: readonly boolean[], pub: Ymd | null): void {
  if (!pub) return;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (!m.value || !/^(today|tonight|yesterday|tomorrow|this morning|this afternoon|this evening)$/i.test(m.text)) continue;
    const span = quoteAround(text, m.start);
    if (!span) continue;
    // the said-day: a day mention of the same sentence, or of the sentence right after the quote, outside it
    // (the quote's own sentence first, then the nearest: "Last Sunday, prices rose. On Saturday, he
    // said: "Today ..."" was spoken on Saturday)
    let said: string | null = null, best = Infinity;
    let from = k, to = k;
    while (from > 0 && sentenceOf[from - 1] >= sentenceOf[k] - 1) from--;
    while (to + 1 < mentions.length && sentenceOf[to + 1] <= sentenceOf[k] + 1) to++;
    for (let j = from; j <= to; j++) {
      if (j === k) continue;
      const o = mentions[j];
      // (a day inside this or another quotation is the speaker's, not the day of speaking)
      if (o.start >= span[0] && o.end <= span[1] || quoteAround(text, o.start)) continue;
      const gap = o.start < span[0] ? span[0] - o.end : o.start - span[1];
      if (gap > 60) continue;
      const rank = (sentenceOf[j] === sentenceOf[k] ? 0 : 1000) + gap;
      if (rank < best && o.value && /^\d{4}-\d\d-\d\d$/.test(o.value) && o.value < fmtDay(pub) && isWeekdayOrDate(toks, shaped[j])) { said = o.value; best = rank; }
    }
    // (none near it: the story's day. '"Tonight they proved that wrong," she said', in a story of
    // Sunday's election published on Monday, is Sunday night)
    said ??= storyDay(text, mentions, fellBack, k, span[0], pub);
    if (!said) continue;
    const base = parseDay(said)!;
    const w = m.text.toLowerCase();
    const day = w === 'yesterday' ? addDays(base, -1) : w === 'tomorrow' ? addDays(base, 1) : base;
    m.value = fmtDay(day) + m.value.slice(10);
  }
}
function isWeekdayOrDate(toks: readonly Token[], c: Cand): boolean {
  for (let i = c.first; i <= c.last; i++) if (isWeekdayTok(toks[i]) || isMonthTok(toks[i])) return true;
  return false;
}
/** The quotation [open, close) around an offset, from the quotation marks of its paragraph, or null. */
function quoteAround(text: string, at: number): [number, number] | null {
  const para = text.lastIndexOf('\n', at) + 1;
  let open = -1;
  for (let i = para; i < at; i++) {
    const ch = text[i];
    if (open < 0 ? OPEN_QUOTES.has(ch) : CLOSE_QUOTES.has(ch)) open = open < 0 ? i : -1;
  }
  if (open < 0) return null;
  for (let i = at; i < text.length && text[i] !== '\n'; i++) if (CLOSE_QUOTES.has(text[i])) return [open, i + 1];
  return null;
}
function sameLine(text: string, a: number, b: number): boolean {
  if (a > b) return false;
  const nl = text.indexOf('\n', a); // no copy of a long stretch of text per mention
  return nl < 0 || nl >= b;
}
