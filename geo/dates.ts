// When did it happen? Temporal expressions in a report's sentence, resolved against the report's
// publication date.
//
// Our own small parser rather than chrono-node: chrono reads "December 30" as the year 2030,
// resolves a bare weekday forwards ("on Saturday" in a Thursday report -> two days later), has no
// "overnight", starts weeks on Sunday and matches "Sunday Times". A news report tells of the past,
// so every rule here looks backwards from the publication date, and the overrides chrono would
// need are more code than the parser.
//
// All arithmetic is on day numbers (days since 1970-01-01, proleptic Gregorian), never on a
// `Date`, so no local time zone can move a date by one day and no invalid Date can appear.

import type { DatePrecision, ResolvedDate, Span } from './types.ts';

// ---------------------------------------------------------------------------------------------
// Day numbers

/** Days since 1970-01-01 of a civil date (H. Hinnant's algorithm: exact for any year). */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12; // March = 0, so the leap day is the last day of the year
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a day number. */
export function civilDate(n: number): { year: number; month: number; day: number } {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/** 0 = Sunday ... 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(n: number): number {
  return (((n % 7) + 7 + 4) % 7);
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

/** The day number of a YYYY-MM-DD string, or null when it is not a real date. */
export function parseIsoDay(iso: string | null | undefined): number | null {
  if (typeof iso !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return isValidDate(y, mo, d) ? dayNumber(y, mo, d) : null;
}

/** YYYY-MM-DD of a day number. */
export function formatDay(n: number): string {
  const { year, month, day } = civilDate(n);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The Monday of the ISO week (Monday to Sunday) that holds day n. */
function mondayOf(n: number): number {
  return n - ((weekdayOf(n) + 6) % 7);
}

// ---------------------------------------------------------------------------------------------
// Expressions

interface ExpressionBase extends Span {
  /** The words, verbatim: sentence.slice(start, end). */
  text: string;
}

/**
 * A temporal expression in a sentence, with what it says (not yet resolved against a date).
 * - weekday: "on Thursday", "late on Sunday", "on Tuesday night", "last Friday" (`strict`: the
 *   one before the reference day), "Monday last week" (`weeksBefore` pins the ISO week);
 * - relative_day: "today", "this morning", "yesterday", "last night", "two days ago";
 * - overnight: "overnight", "in the early hours", "during the night", without a day named;
 * - calendar: "30 December", "Dec. 30", "2 January 2024", "2024-01-02" (`year` when written);
 * - month_day: "on the 12th": that day of the month, the last one on or before the reference day;
 * - relative_week: "this week", "earlier this week", "last week", "two weeks ago";
 * - weekend: "over the weekend", "last weekend" (`strict`);
 * - month: "in October", "last March" (`strict`), "October 2023";
 * - relative_month: "this month", "last month", "three months ago";
 * - year: "in 2022", "last year", "two years ago": too coarse to date (`year` when written);
 * - vague: anchored to another event or not countable: "three days earlier", "a day after",
 *   "the next day", "a few days ago";
 * - future: "tomorrow", "next week", "next Tuesday", "later this month": a plan, not an event.
 */
export type DateExpression = ExpressionBase &
  (
    | { kind: 'weekday'; weekday: number; strict: boolean; weeksBefore: number | null }
    | { kind: 'relative_day'; daysBefore: number }
    | { kind: 'overnight' }
    | { kind: 'calendar'; day: number; month: number; year: number | null }
    // "12/03/2025": day and month in an order the writer's country decides.
    | { kind: 'numeric'; first: number; second: number; year: number }
    | { kind: 'month_day'; day: number }
    | { kind: 'relative_week'; weeksBefore: number }
    | { kind: 'weekend'; strict: boolean }
    | { kind: 'month'; month: number; year: number | null; strict: boolean }
    | { kind: 'relative_month'; monthsBefore: number }
    | { kind: 'year'; year: number | null }
    | { kind: 'vague' }
    | { kind: 'future' }
  );

export type DateExpressionKind = DateExpression['kind'];

// What a matcher produces before the span is settled. 'invalid' holds the place of a date that
// does not exist ("31 February") so that no shorter match inside it ("February 2024") survives.
type Parsed = DistributiveOmit<DateExpression, 'start' | 'end' | 'text'> | { kind: 'invalid' };
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

interface Candidate {
  start: number;
  end: number;
  parsed: Parsed;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
export const WEEKDAY_RE = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
/** Before a weekday: a local time, then the same moment in GMT ("2am local time (23:00 GMT on").
 * One when the local clock has passed midnight and GMT has not; none otherwise. */
function localDayShift(m: RegExpExecArray | null): number {
  if (!m) return 0;
  let local = Number(m[1]) % 12;
  if (m[2] && /^p/i.test(m[2])) local += 12;
  const gmt = Number(m[3]);
  return local < gmt && gmt - local >= 12 ? 1 : 0;
}
const LOCAL_THEN_GMT = /\b(\d{1,2})(?:[:.]\d{2})?\s*([ap])?\.?m?\.?\s+local\s+time\s*\(\s*(\d{1,2})(?:[:.]?\d{2})?\s*(?:GMT|UTC)\s+(?:on\s+)?$/i;
/** Words that make a weekday a weekly occasion: "Friday prayers", "Sunday mass". */
const OCCASION_AFTER = /^\s+(?:prayers?|sermons?|mass|services?|worship)\b/i;
/** Words that make a weekday a feast: "Palm Sunday", "Good Friday". */
const FEAST_BEFORE = /\b(?:Palm|Easter|Good|Holy|Maundy|Ash|Trinity|Whit|Pentecost)\s+$/;

const MONTH_NUMBERS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6,
  jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};
export const MONTH_FULL_RE = 'January|February|March|April|May|June|July|August|September|October|November|December';

const CALENDAR_NAMES = new Set([...MONTH_FULL_RE.toLowerCase().split('|'), ...WEEKDAYS]);

/** A month or weekday name ("August", "Sunday"): a date word before it is a place name. */
export function isCalendarName(word: string): boolean {
  return CALENDAR_NAMES.has(word.toLowerCase());
}
const MONTH_ABBREVIATIONS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/** A month's abbreviation written as part of a date ("Nov. 5", "on Nov 24", "3 Nov"), given
 * the text just before and just after it. Alone ("Nov", a town in Tajikistan; "Mar", a word)
 * it is not. */
export function isAbbreviatedMonth(word: string, before: string, after: string): boolean {
  if (!MONTH_ABBREVIATIONS.has(word.toLowerCase())) return false;
  return /^\.?\s+\d{1,2}(?:st|nd|rd|th)?\b/.test(after) || /\b\d{1,2}(?:st|nd|rd|th)?\s+$/.test(before);
}

// Abbreviations only where a day number follows or precedes: "Dec. 30", "30 Dec".
const MONTH_ANY_RE = `(?:(?:${MONTH_FULL_RE})\\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\b\\.?)`;
/** A month and a day: "April 13", "13 April". */
const MONTH_AND_DAY = new RegExp(`\\b${MONTH_ANY_RE}\\s+\\d{1,2}\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_ANY_RE}`);
const MONTH_AND_YEAR = new RegExp(`\\b${MONTH_ANY_RE}\\s+(?:19|20)\\d\\d\\b`);

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12,
};
const NUM_RE = '(?:\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';

// A year as written in news: 1900-2099. A wider range would read counts ("in 3000 homes") as years.
const YEAR_RE = '(?:19|20)\\d{2}(?![\\d,.]?\\d)';

/** A count written as digits or as a word: "3", "three", "a". */
export function numberValue(word: string | undefined): number | null {
  if (word === undefined) return null;
  const w = word.toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  return NUMBER_WORDS[w] ?? null;
}

function monthNumber(word: string | undefined): number | null {
  if (word === undefined) return null;
  return MONTH_NUMBERS[word.toLowerCase().replace(/\.$/, '')] ?? null;
}

// Month and weekday names are proper nouns: "may" and "march" in lower case are a verb.
function capitalised(word: string | undefined): boolean {
  return word !== undefined && /^[A-Z]/.test(word);
}

// Words that may stand before a day-level expression and belong to it: "late on Sunday",
// "early Monday", "on the morning of 2 January", "in the early hours of Tuesday",
// "overnight into Wednesday" (a night is dated by the day named: see resolveExpression).
const DAY_PREFIX =
  /(?:\b(?:(?:late|early|earlier|later)\s+)?on\s+(?:the\s+)?|\b(?:late|early|earlier|later)\s+|\b(?:(?:in|during|on)\s+)?the\s+(?:early\s+hours|small\s+hours|morning|afternoon|evening|night)\s+of\s+|\bovernight\s+(?:(?:into|to|on)\s+)?|\b(?:during|in)\s+the\s+night\s+(?:into|to)\s+)$/i;
const TIME_OF_DAY_SUFFIX = /^\s+(?:morning|afternoon|evening|night)\b/i;
// "Monday last week", "Tuesday night of this week".
const WEEK_PREFIX = /\b(last|this)\s+week\s*,?\s+(?:on\s+)?$/i;
// What a planned day's clause opens with, up to the day: "will", "is due to".
// (Not "urged allies to send air defences on Monday": the urging may be the day's.)
const PLANNED_BEFORE = /\b(?:will|(?:is|are|was|were)\s+(?:due|expected|scheduled|set)\s+to)\s+[^,.;]{0,50}?\b(?:on\s+)?$/i;
const WEEK_SUFFIX = /^(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:of\s+)?(last|this)\s+week\b/i;
// Newspapers and programmes named after a weekday: "the Sunday Times", "the Mail on Sunday".
const NEWSPAPER_AFTER =
  /^\s+(?:Times|Telegraph|Express|Mirror|Post|Herald|Mail|Independent|Tribune|Observer|Star|People|Sport|Magazine|Edition|Review|Business|Politics)\b/;
const NEWSPAPER_BEFORE = /\b(?:Mail|Independent|Observer|Times|Telegraph|Express|Post)\s+on\s+$/;

function extendLeft(sentence: string, start: number, re: RegExp): number {
  const from = Math.max(0, start - 60);
  const m = re.exec(sentence.slice(from, start));
  return m ? from + m.index : start;
}

function extendRight(sentence: string, end: number, re: RegExp): number {
  const m = re.exec(sentence.slice(end, end + 60));
  return m ? end + m[0].length : end;
}

type Matcher = (sentence: string, push: (c: Candidate) => void) => void;

function scan(re: RegExp, sentence: string, each: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    each(m);
  }
}

/** A calendar date, checked: "31 February" becomes 'invalid'. A day without a year is checked
 * against a leap year (29 February exists in some year). */
function calendar(day: number, month: number, year: number | null): Parsed {
  const ok = year === null ? day >= 1 && day <= daysInMonth(2000, month) : isValidDate(year, month, day);
  return ok ? { kind: 'calendar', day, month, year } : { kind: 'invalid' };
}

// A day-level expression (weekday, calendar date, yesterday) takes its prefix and time of day.
function pushDay(sentence: string, push: (c: Candidate) => void, start: number, end: number, parsed: Parsed): void {
  const s = parsed.kind === 'invalid' ? start : extendLeft(sentence, start, DAY_PREFIX);
  const e = parsed.kind === 'invalid' ? end : extendRight(sentence, end, TIME_OF_DAY_SUFFIX);
  push({ start: s, end: e, parsed });
}

// A day with a named month (groups d, mon, optional wd and y), in either order of day and month.
function pushNamedMonthDate(sentence: string, push: (c: Candidate) => void, m: RegExpExecArray): void {
  const g = m.groups ?? {};
  const month = monthNumber(g['mon']);
  if (month === null || !capitalised(g['mon']) || (g['wd'] !== undefined && !capitalised(g['wd']))) return;
  const y = g['y'] === undefined ? null : Number(g['y']);
  // "the March 23 Movement (M23)", "the October 6 Bridge": a name made of a date, no date (nor is
  // its month alone).
  if (DATE_NAME_AFTER.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 30))) {
    push({ start: m.index, end: m.index + m[0].length, parsed: { kind: 'invalid' } });
    return;
  }
  pushDay(sentence, push, m.index, m.index + m[0].length, calendar(Number(g['d']), month, y));
}
const DATE_NAME_AFTER = /^\s+(?:Movement|Revolution|Coalition|Party|Front|Brigades?|Square|Street|Avenue|Bridge|Stadium|University|Hospital|Alliance|Uprising|Memorial|Agreement|Accords?)\b/;

const OPTIONAL_WEEKDAY = `(?:\\b(?<wd>${WEEKDAY_RE}),?\\s+(?:the\\s+)?)?`;
const ORDINAL = '(?:st|nd|rd|th)?';

const MATCHERS: Matcher[] = [
  // 2024-01-02
  (sentence, push) => {
    scan(/(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g, sentence, (m) => {
      const y = Number(m[1]);
      const mo = Number(m[2]);
      const d = Number(m[3]);
      pushDay(sentence, push, m.index, m.index + m[0].length, isValidDate(y, mo, d) ? calendar(d, mo, y) : { kind: 'invalid' });
    });
  },
  // 12/03/2025, 3.12.2025, 19-01-2024: either order of day and month, settled against the
  // report's day.
  (sentence, push) => {
    scan(/(?<![\d/.\-])(\d{1,2})([/.\-])(\d{1,2})\2((?:19|20)\d{2})(?![\d/.\-]\d)/g, sentence, (m) => {
      const [a, b, y] = [Number(m[1]), Number(m[3]), Number(m[4])];
      const valid = isValidDate(y, b, a) || isValidDate(y, a, b);
      push({ start: m.index, end: m.index + m[0].length, parsed: valid ? { kind: 'numeric', first: a, second: b, year: y } : { kind: 'invalid' } });
    });
  },
  // "between 18 and 25 March", "from 18 to 25 March", "between March 18 and 25": a span of
  // days is no one day; longer than a night (which "2-3 January" below stands for), its month.
  (sentence, push) => {
    const dm = new RegExp(`\\b(?:between|from)\\s+(?<d1>\\d{1,2})${ORDINAL}\\s+(?:and|to|until)\\s+(?<d2>\\d{1,2})${ORDINAL}\\s+(?<mon>${MONTH_ANY_RE})(?:,?\\s+(?<y>${YEAR_RE}))?`, 'gi');
    const md = new RegExp(`\\b(?:between|from)\\s+(?<mon>${MONTH_ANY_RE})\\s+(?<d1>\\d{1,2})${ORDINAL}\\s+(?:and|to|until)\\s+(?<d2>\\d{1,2})${ORDINAL}(?![\\d:])(?:,?\\s+(?<y>${YEAR_RE}))?`, 'gi');
    for (const re of [dm, md]) {
      scan(re, sentence, (m) => {
        const g = m.groups ?? {};
        const month = monthNumber(g['mon']);
        const [d1, d2] = [Number(g['d1']), Number(g['d2'])];
        if (month === null || !capitalised(g['mon']) || d1 < 1 || d2 > 31 || d2 - d1 < 2) return;
        push({ start: m.index, end: m.index + m[0].length, parsed: { kind: 'month', month, year: g['y'] === undefined ? null : Number(g['y']), strict: false } });
      });
    }
  },
  // 30 December, 30th of December 2023, Tuesday 2 January, 2-3 January, "on 1 and 2 September"
  // (dated by its first day)
  (sentence, push) => {
    const re = new RegExp(
      `${OPTIONAL_WEEKDAY}(?<![\\d.,:/\\-–])\\b(?<d>\\d{1,2})${ORDINAL}(?:\\s*[-–]\\s*\\d{1,2}${ORDINAL}|\\s+and\\s+\\d{1,2}${ORDINAL})?(?:\\s+of)?\\s+(?<mon>${MONTH_ANY_RE})(?:,?\\s+(?<y>${YEAR_RE}))?`,
      'gi',
    );
    scan(re, sentence, (m) => pushNamedMonthDate(sentence, push, m));
  },
  // December 30, Dec. 30, 2023, Tuesday, January 2
  (sentence, push) => {
    const re = new RegExp(
      `${OPTIONAL_WEEKDAY}\\b(?<mon>${MONTH_ANY_RE})\\s+(?<d>\\d{1,2})${ORDINAL}(?:\\s*[-–]\\s*\\d{1,2}${ORDINAL})?(?!\\d|[:.,]\\d|-?\\s*(?:years?|%|per\\s*cent|percent)\\b)(?:(?:,\\s*|\\s+)(?<y>${YEAR_RE}))?`,
      'gi',
    );
    scan(re, sentence, (m) => pushNamedMonthDate(sentence, push, m));
  },
  // "On the 12th, a drone strike ...": a day of the month alone (not "the 47th Brigade", "the
  // 5th floor", "the 10th anniversary", "the 12th of July", which the pattern above reads).
  (sentence, push) => {
    scan(/\b[Oo]n\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\b|floor|anniversary|day|century|time|round|\p{Lu}))/gu, sentence, (m) => {
      const d = Number(m[1]);
      if (d >= 1 && d <= 31) pushDay(sentence, push, m.index, m.index + m[0].length, { kind: 'month_day', day: d });
    });
  },
  // Holidays on a fixed date: "on Christmas Day", "New Year's Eve", "Orthodox Christmas".
  (sentence, push) => {
    scan(/\b(?:(Orthodox)\s+Christmas(?:\s+Day)?|Christmas\s+(Day|Eve)|New\s+Year['’]s\s+(Day|Eve))\b(?:,?\s+(\d{4}))?/g, sentence, (m) => {
      const [day, month] = m[1] ? [7, 1] : m[2] === 'Day' ? [25, 12] : m[2] === 'Eve' ? [24, 12] : m[3] === 'Day' ? [1, 1] : [31, 12];
      pushDay(sentence, push, m.index, m.index + m[0].length, calendar(day, month, m[4] ? Number(m[4]) : null));
    });
  },
  // Weekdays: "on Thursday", "last Friday", "Monday last week"; "next Tuesday" is a plan.
  (sentence, push) => {
    const re = new RegExp(`\\b(?:(?<mod>last|this|past|next)\\s+)?(?<wd>${WEEKDAY_RE})\\b`, 'gi');
    scan(re, sentence, (m) => {
      const g = m.groups ?? {};
      const wd = g['wd'];
      if (!capitalised(wd) || wd === undefined) return;
      const end = m.index + m[0].length;
      if (NEWSPAPER_AFTER.test(sentence.slice(end, end + 30))) return;
      if (NEWSPAPER_BEFORE.test(sentence.slice(Math.max(0, m.index - 30), m.index))) return;
      // "the April 13 missile strike on Sumy that killed 35 people on Palm Sunday": a feast's name
      // gives way to the day the sentence gives it. (Alone, "on Good Friday" in a report of the
      // next week is the last Friday.)
      // (Or the month it fell in: "In April 2025, two missiles struck Sumy on Palm Sunday".)
      if (!g['mod'] && FEAST_BEFORE.test(sentence.slice(Math.max(0, m.index - 30), m.index)) && (MONTH_AND_DAY.test(sentence) || MONTH_AND_YEAR.test(sentence))) return;
      // "packed with shoppers after Friday prayers": the weekly occasion, not which Friday.
      if (!g['mod'] && OCCASION_AFTER.test(sentence.slice(end, end + 20))) return;
      const mod = g['mod']?.toLowerCase();
      // "talks will resume on Monday", "is due to visit Kyiv on Friday": a day planned, in a
      // report written before it.
      if (mod === 'next' || (!mod && PLANNED_BEFORE.test(sentence.slice(Math.max(0, m.index - 100), m.index)))) {
        push({ start: m.index, end, parsed: { kind: 'future' } });
        return;
      }
      // "at about 2am local time (23:00 GMT on Wednesday)": the day in the place, not in London.
      const lead = sentence.slice(Math.max(0, m.index - 80), m.index);
      const localThenGmt = LOCAL_THEN_GMT.exec(lead);
      const shift = localDayShift(localThenGmt);
      const weekday = (WEEKDAYS.indexOf(wd.toLowerCase()) + shift) % 7;
      if (shift && mod === undefined) {
        // (The expression then spans the local time, so the explanation shows why.)
        const from = m.index - (lead.length - localThenGmt!.index);
        push({ start: from, end: end + (sentence.slice(end).match(/^\s*\)/)?.[0].length ?? 0), parsed: { kind: 'weekday', weekday, strict: false, weeksBefore: null } });
        return;
      }
      const week = WEEK_SUFFIX.exec(sentence.slice(end, end + 60));
      if (week) {
        const weeksBefore = week[1]?.toLowerCase() === 'last' ? 1 : 0;
        const start = mod === undefined ? extendLeft(sentence, m.index, DAY_PREFIX) : m.index;
        push({ start, end: end + week[0].length, parsed: { kind: 'weekday', weekday, strict: false, weeksBefore } });
        return;
      }
      // "Last week, on Thursday": the week told first.
      const before = sentence.slice(Math.max(0, m.index - 30), m.index);
      const weekFirst = mod === undefined ? WEEK_PREFIX.exec(before) : null;
      if (weekFirst) {
        push({ start: m.index - (before.length - weekFirst.index), end, parsed: { kind: 'weekday', weekday, strict: false, weeksBefore: weekFirst[1]!.toLowerCase() === 'last' ? 1 : 0 } });
        return;
      }
      const parsed: Parsed = { kind: 'weekday', weekday, strict: mod === 'last' || mod === 'past', weeksBefore: null };
      if (mod === undefined) pushDay(sentence, push, m.index, end, parsed);
      else push({ start: m.index, end: extendRight(sentence, end, TIME_OF_DAY_SUFFIX), parsed });
    });
  },
  // yesterday, the day before yesterday, last night, today, this morning, N days ago
  (sentence, push) => {
    scan(/\bthe\s+day\s+before\s+yesterday\b/gi, sentence, (m) =>
      push({ start: m.index, end: m.index + m[0].length, parsed: { kind: 'relative_day', daysBefore: 2 } }),
    );
    scan(/\byesterday\b/gi, sentence, (m) =>
      pushDay(sentence, push, m.index, m.index + m[0].length, { kind: 'relative_day', daysBefore: 1 }),
    );
    // "last night" names the evening before the day of writing (unlike "overnight", see below).
    scan(/\b(?:(?:late|early)\s+)?last\s+(?:night|evening)\b/gi, sentence, (m) =>
      push({ start: m.index, end: m.index + m[0].length, parsed: { kind: 'relative_day', daysBefore: 1 } }),
    );
    scan(/\b(?:(?:earlier|later|early|late)\s+)?(?:today|tonight|this\s+(?:morning|afternoon|evening))\b/gi, sentence, (m) => {
      // ("who spoke to L'Orient Today", "USA Today": an outlet's name.)
      if (/^Today$/.test(m[0]) && /\p{Lu}[\p{L}'’.-]*\s+$/u.test(sentence.slice(Math.max(0, m.index - 30), m.index)) && m.index > 0) return;
      push({ start: m.index, end: m.index + m[0].length, parsed: { kind: 'relative_day', daysBefore: 0 } });
    });
    // "over the past day", "in the last 24 hours": the 24 hours up to the report, dated the
    // report's day (a morning summary's events are mostly the day before: within the day's
    // tolerance that merging allows either way).
    scan(/\b(?:over|in|during)\s+the\s+(?:past|last|previous)\s+(?:day|24\s+hours)\b/gi, sentence, (m) =>
      push({ start: m.index, end: m.index + m[0].length, parsed: { kind: 'relative_day', daysBefore: 0 } }),
    );
    scan(new RegExp(`\\b(${NUM_RE})\\s+days?\\s+ago\\b`, 'gi'), sentence, (m) => {
      const n = numberValue(m[1]);
      if (n !== null) push({ start: m.index, end: m.index + m[0].length, parsed: { kind: 'relative_day', daysBefore: n } });
    });
  },
  // overnight, in the early hours, during the night
  (sentence, push) => {
    // ("At night, a UAV hit ...": opening its clause, the night just past; not a habit, "shelling
    // goes on day and night".)
    scan(/\bovernight\b|\b(?:in|during)\s+the\s+(?:(?:early|small|wee)\s+hours|night)\b|\bat\s+night(?=\s*,)/gi, sentence, (m) =>
      push({ start: m.index, end: m.index + m[0].length, parsed: { kind: 'overnight' } }),
    );
  },
  // Weeks and weekends
  (sentence, push) => {
    scan(/\b(?:(?:earlier|early|late)\s+)?(this|last)\s+week\b|\bearlier\s+in\s+the\s+week\b/gi, sentence, (m) =>
      push({
        start: m.index,
        end: m.index + m[0].length,
        parsed: { kind: 'relative_week', weeksBefore: m[1]?.toLowerCase() === 'last' ? 1 : 0 },
      }),
    );
    scan(new RegExp(`\\b(${NUM_RE})\\s+weeks?\\s+ago\\b`, 'gi'), sentence, (m) => {
      const n = numberValue(m[1]);
      if (n !== null) push({ start: m.index, end: m.index + m[0].length, parsed: { kind: 'relative_week', weeksBefore: n } });
    });
    scan(/\b(?:(?:over|at|during)\s+)?(the|this|last|a)\s+weekend\b/gi, sentence, (m) =>
      push({ start: m.index, end: m.index + m[0].length, parsed: { kind: 'weekend', strict: m[1]?.toLowerCase() === 'last' } }),
    );
  },
  // Months: "in October", "mid-March", "last May", "October 2023"; "this month", "last month".
  // A bare month name is not enough ("May" the verb, "March" the verb, "the October revolution").
  (sentence, push) => {
    const re = new RegExp(
      `\\b(?<mod>(?:(?:in|during|since)\\s+)?(?:(?:early|mid|late|the\\s+(?:end|start|beginning|middle)\\s+of)[\\s-]+)?|(?:last|this|next)\\s+|(?:earlier|later)\\s+in\\s+)(?<mon>${MONTH_FULL_RE})\\b(?<poss>'s|’s)?(?:,?\\s+(?<y>${YEAR_RE}))?`,
      'gi',
    );
    scan(re, sentence, (m) => {
      const g = m.groups ?? {};
      const month = monthNumber(g['mon']);
      const mod = (g['mod'] ?? '').trim().toLowerCase();
      if (month === null || !capitalised(g['mon'])) return;
      // ("the peaks of March, when massacres ... killed": a month a "when" clause tells of.)
      const whenClause = /^\s*,\s*when\b/.test(sentence.slice(m.index + m[0].length));
      if (mod === '' && g['y'] === undefined && !whenClause) return;
      // "in May's cabinet": a name, not the month.
      if (g['poss'] !== undefined && (month === 5 || month === 3)) return;
      const y = g['y'] === undefined ? null : Number(g['y']);
      let end = m.index + m[0].length;
      if (g['poss'] !== undefined && y === null) end -= g['poss'].length;
      const parsed: Parsed = mod.startsWith('next') ? { kind: 'future' } : { kind: 'month', month, year: y, strict: mod === 'last' };
      push({ start: m.index, end, parsed });
    });
    scan(/\b(?:(?:earlier|early|late)\s+)?(this|last)\s+month\b|\bearlier\s+in\s+the\s+month\b/gi, sentence, (m) =>
      push({
        start: m.index,
        end: m.index + m[0].length,
        parsed: { kind: 'relative_month', monthsBefore: m[1]?.toLowerCase() === 'last' ? 1 : 0 },
      }),
    );
    scan(new RegExp(`\\b(${NUM_RE})\\s+months?\\s+ago\\b`, 'gi'), sentence, (m) => {
      const n = numberValue(m[1]);
      if (n !== null) push({ start: m.index, end: m.index + m[0].length, parsed: { kind: 'relative_month', monthsBefore: n } });
    });
    // "launched a year ago this month": that month, that many years back.
    scan(new RegExp(`\\b(${NUM_RE})\\s+years?\\s+ago\\s+this\\s+month\\b`, 'gi'), sentence, (m) => {
      const n = numberValue(m[1]);
      if (n !== null) push({ start: m.index, end: m.index + m[0].length, parsed: { kind: 'relative_month', monthsBefore: 12 * n } });
    });
  },
  // Years: kept as expressions, too coarse to date.
  (sentence, push) => {
    const re = new RegExp(
      `\\b(?:(?:in|since|during|throughout|early|mid|late|the\\s+(?:end|start|beginning|middle)\\s+of)[\\s-]+){1,2}(${YEAR_RE})`,
      'gi',
    );
    scan(re, sentence, (m) => push({ start: m.index, end: m.index + m[0].length, parsed: { kind: 'year', year: Number(m[1]) } }));
    // "its 2022-2023 offensive", "the 2014 war": a year naming a campaign.
    scan(new RegExp(`\\b(${YEAR_RE})(?:\\s*[-–]\\s*(?:${YEAR_RE}|\\d{2}(?!\\d)))?\\s+(?:offensive|counteroffensive|counter-offensive|campaign|operation|war|conflict|invasion|incursion|uprising|siege|ceasefire|truce)\\b`, 'gi'), sentence, (m) =>
      push({ start: m.index, end: m.index + m[0].length, parsed: { kind: 'year', year: Number(m[1]) } }),
    );
    // "a 2012 airstrike on a bakery", "the 2019 car bombing": a year naming an attack. (After a
    // determiner only: "2000 drone attacks" is a count.)
    scan(new RegExp(`\\b(?:a|an|the|its|his|her|their|that)\\s+(${YEAR_RE})\\s+(?:[\\w-]+\\s+){0,2}?(?:attacks?|strikes?|air\\s*strikes?|airstrikes?|bombings?|shelling|raids?|ambush|assault|massacre|killings?|explosions?|blasts?|coup|attempt)\\b`, 'gi'), sentence, (m) =>
      push({ start: m.index + m[0].indexOf(m[1]!), end: m.index + m[0].length, parsed: { kind: 'year', year: Number(m[1]) } }),
    );
    // (A season too: "this spring", "over the summer".)
    scan(new RegExp(`\\b(?:(?:earlier|early|late)\\s+)?(?:this|last)\\s+(?:year|spring|summer|autumn|winter)\\b|\\b(?:over|during|throughout)\\s+the\\s+(?:spring|summer|autumn|winter)\\b|\\b${NUM_RE}\\s+(?:years?|decades?)\\s+ago\\b`, 'gi'), sentence, (m) =>
      push({ start: m.index, end: m.index + m[0].length, parsed: { kind: 'year', year: null } }),
    );
  },
  // Anchored to another event ("three days earlier", "a day after the strike", "the next day") or
  // uncountable ("a few days ago"): recognised so that they are not misread, but not dated.
  (sentence, push) => {
    const re = new RegExp(
      `\\b(?:${NUM_RE}|a\\s+few|several|few|some)\\s+(?:days?|weeks?|months?|years?)\\s+(?:earlier|later|before|after|previously)\\b` +
        `|\\bthe\\s+(?:next|following|previous|preceding)\\s+(?:day|morning|afternoon|evening|night|week|weekend|month|year)\\b` +
        `|\\bthe\\s+(?:day|night|week)\\s+(?:before|after)\\b` +
        `|\\b(?:a\\s+few|several|some)\\s+(?:days?|weeks?|months?|years?)\\s+ago\\b`,
      'gi',
    );
    scan(re, sentence, (m) => push({ start: m.index, end: m.index + m[0].length, parsed: { kind: 'vague' } }));
  },
  // Plans: not when an event happened.
  (sentence, push) => {
    scan(/\btomorrow\b|\bnext\s+(?:week|weekend|month|year)\b|\blater\s+this\s+(?:week|month|year)\b|\bin\s+the\s+(?:coming|next\s+few)\s+(?:days|weeks|months)\b/gi, sentence, (m) =>
      push({ start: m.index, end: m.index + m[0].length, parsed: { kind: 'future' } }),
    );
  },
];

/**
 * Every temporal expression in a sentence, in order, without overlaps. Where matches overlap the
 * longest wins ("overnight into Wednesday" over "overnight", "Tuesday, 2 January" over "Tuesday").
 * Dates that do not exist ("31 February") are left out.
 */
export function findDateExpressions(text: string): DateExpression[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  // (A report's sentences are read for dates many times over, once per place and once per
  // window check: the scan is kept for the last few thousand texts. Callers only read it.)
  const known = FOUND.get(text);
  if (known) return known;
  const found = scanDateExpressions(text);
  if (FOUND.size >= FOUND_MAX) FOUND.clear();
  FOUND.set(text, found);
  return found;
}
const FOUND = new Map<string, DateExpression[]>();
const FOUND_MAX = 4096;

function scanDateExpressions(text: string): DateExpression[] {
  const candidates: Candidate[] = [];
  const push = (c: Candidate): void => {
    if (c.end > c.start) candidates.push(c);
  };
  for (const matcher of MATCHERS) matcher(text, push);
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of candidates) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  }
  kept.sort((a, b) => a.start - b.start);
  const out: DateExpression[] = [];
  for (const c of kept) {
    if (c.parsed.kind === 'invalid') continue;
    out.push({ ...c.parsed, start: c.start, end: c.end, text: text.slice(c.start, c.end) });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Resolution

const UNKNOWN = { date: null, precision: 'unknown' as DatePrecision };

/**
 * The date an expression names, seen from the publication day (a day number, or null when the
 * report has no date). Decisions:
 * - a weekday is its most recent occurrence on or before publication ("on Thursday" in a Thursday
 *   report is that day); "last Thursday" is the one strictly before;
 * - "overnight" without a day named is the publication day: the night that ends on the morning the
 *   report was written. Trackers date a night attack by the morning its reports come from, and a
 *   report on the same night cannot be told apart from one the next morning. A day named with it
 *   ("overnight into Wednesday", "an overnight attack on Tuesday") wins: see chooseExpression;
 * - "Tuesday night" is Tuesday; "last night" is the day before publication (it names the evening);
 * - a day and month without a year is the most recent such date on or before publication;
 * - weeks are ISO weeks, dated by their Monday; months by their first day;
 * - years, anchored expressions ("three days earlier") and plans are not dated.
 * Only an expression with its year written can fall after the publication day.
 */
export function resolveExpression(expr: DateExpression, published: number | null): { date: string | null; precision: DatePrecision } {
  const day = (n: number) => ({ date: formatDay(n), precision: 'day' as DatePrecision });
  switch (expr.kind) {
    case 'calendar': {
      if (expr.year !== null) return day(dayNumber(expr.year, expr.month, expr.day));
      if (published === null) return UNKNOWN;
      // Back from the publication year to the first year that has the date on or before
      // publication (29 February may need up to eight years).
      const pubYear = civilDate(published).year;
      for (let y = pubYear; y >= pubYear - 8; y--) {
        if (!isValidDate(y, expr.month, expr.day)) continue;
        const n = dayNumber(y, expr.month, expr.day);
        if (n <= published) return day(n);
      }
      return UNKNOWN;
    }
    case 'numeric': {
      // Day first (most of the world) or month first (the US): the reading the other number
      // rules out, else the one on or before the report's day and nearest it.
      const readings = [
        isValidDate(expr.year, expr.second, expr.first) ? dayNumber(expr.year, expr.second, expr.first) : null,
        isValidDate(expr.year, expr.first, expr.second) ? dayNumber(expr.year, expr.first, expr.second) : null,
      ].filter((n): n is number => n !== null);
      const unique = [...new Set(readings)];
      if (unique.length === 1) return day(unique[0]!);
      if (published === null) return UNKNOWN;
      const before = unique.filter((n) => n <= published).sort((x, y) => y - x);
      return before.length ? day(before[0]!) : UNKNOWN;
    }
    case 'month_day': {
      if (published === null) return UNKNOWN;
      // This month's, or the month before's when the day is still to come.
      const { year, month } = civilDate(published);
      for (const [y, m] of [[year, month], month === 1 ? [year - 1, 12] : [year, month - 1]] as const) {
        if (!isValidDate(y, m, expr.day)) continue;
        const n = dayNumber(y, m, expr.day);
        if (n <= published) return day(n);
      }
      return UNKNOWN;
    }
    case 'weekday': {
      if (published === null) return UNKNOWN;
      if (expr.weeksBefore !== null) {
        const n = mondayOf(published) - 7 * expr.weeksBefore + ((expr.weekday + 6) % 7);
        return n <= published ? day(n) : UNKNOWN;
      }
      let back = (weekdayOf(published) - expr.weekday + 7) % 7;
      if (expr.strict && back === 0) back = 7;
      return day(published - back);
    }
    case 'relative_day':
    case 'overnight': {
      if (published === null) return UNKNOWN;
      return day(published - (expr.kind === 'relative_day' ? expr.daysBefore : 0));
    }
    case 'relative_week':
      if (published === null) return UNKNOWN;
      return { date: formatDay(mondayOf(published) - 7 * expr.weeksBefore), precision: 'week' };
    case 'weekend': {
      if (published === null) return UNKNOWN;
      // The most recent Saturday on or before publication ("over the weekend" in a Sunday report is
      // this weekend); "last weekend" in a weekend report is the one before.
      const wd = weekdayOf(published);
      let saturday = published - ((wd + 1) % 7);
      if (expr.strict && (wd === 6 || wd === 0)) saturday -= 7;
      return { date: formatDay(mondayOf(saturday)), precision: 'week' };
    }
    case 'month': {
      if (expr.year !== null) return { date: formatDay(dayNumber(expr.year, expr.month, 1)), precision: 'month' };
      if (published === null) return UNKNOWN;
      const pub = civilDate(published);
      const before = expr.strict ? expr.month < pub.month : expr.month <= pub.month;
      return { date: formatDay(dayNumber(before ? pub.year : pub.year - 1, expr.month, 1)), precision: 'month' };
    }
    case 'relative_month': {
      if (published === null) return UNKNOWN;
      const pub = civilDate(published);
      const index = pub.year * 12 + (pub.month - 1) - expr.monthsBefore;
      const year = Math.floor(index / 12);
      if (year < 1) return UNKNOWN;
      return { date: formatDay(dayNumber(year, (index % 12) + 1, 1)), precision: 'month' };
    }
    case 'year':
    case 'vague':
    case 'future':
      return UNKNOWN;
  }
}

// ---------------------------------------------------------------------------------------------
// Choosing among several expressions

// Verbs and nouns of speaking (and of investigating): an expression attached to one dates the
// speaking, not the event ("German authorities on Saturday were investigating why ...").
const SPEECH_AFTER_RE =
  /\b(?:said|says|say|saying|told|tells|tell|telling|announced|announces|stated|states|reported|claimed|claims|added|adds|wrote|writes|posted|tweeted|confirmed|confirms|denied|denies|warned|warns|noted|explained|insisted|acknowledged|alleged|declared|disclosed|revealed|commented|briefed|investigating|investigated|probing|probed|according\s+to|statement|briefing|interview|address|speech|announcement|remarks)\b/gi;
// Before the expression only verbs count: "On Thursday, Kirby said ...". "On Tuesday, according
// to officials, a missile hit ..." dates the missile, not the officials.
const SPEECH_BEFORE_RE =
  /\b(?:said|says|told|tells|announced|announces|stated|states|reported|claimed|claims|added|adds|wrote|writes|posted|tweeted|confirmed|confirms|denied|denies|warned|warns|noted|explained|insisted|acknowledged|alleged|declared|disclosed|revealed|commented|briefed|investigating|investigated|investigates|probing|probed)\b/gi;

// Words that may stand between a speech verb and its date: "said in a statement on Thursday",
// "told reporters at a briefing late on Sunday", "said on Telegram on Monday".
const SPEECH_GAP_WORDS = new Set([
  'in', 'a', 'an', 'the', 'to', 'at', 'on', 'via', 'during', 'from', 'with', 'late', 'early', 'also',
  'statement', 'interview', 'briefing', 'reporters', 'journalists', 'address', 'video', 'post', 'news',
  'conference', 'press', 'televised', 'nightly', 'daily', 'evening', 'his', 'her', 'their', 'its',
  'message', 'speech', 'remarks', 'online', 'social', 'media', 'broadcast', 'update', 'channel',
  'issued', 'released', 'published', 'posted', 'read', 'out', 'aired',
]);
// Words of a speaker between a date and the verb: "On Thursday, the defence ministry said".
const SPEAKER_WORDS = new Set([
  'the', 'a', 'an', 'were', 'was', 'officials', 'official', 'spokesman', 'spokeswoman', 'spokesperson', 'ministry',
  'military', 'army', 'police', 'governor', 'mayor', 'president', 'minister', 'authorities',
  'forces', 'air', 'force', 'navy', 'command', 'general', 'staff', 'local', 'regional', 'head',
  'chief', 'defence', 'defense', 'foreign', 'media', 'state', 'news', 'agency', 'he', 'she', 'they',
  'it', 'we', 'also', 'later', 'separately', 'then', 'service', 'emergency', 'administration', 'council',
]);

function gapWords(gap: string): string[] | null {
  if (/[;:!?"“”()\[\]]/.test(gap)) return null;
  return gap
    .replace(/,/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .map((w) => w.replace(/(?:'s|’s)$/, ''));
}

const fitsGap = (words: string[] | null, allowed: Set<string>, max: number): boolean =>
  words !== null && words.length <= max && words.every((w) => /^[A-Z]/.test(w) || allowed.has(w.toLowerCase()));

/**
 * Does the expression date a speech act rather than the event? True for "Kirby said on Thursday",
 * "told reporters in a briefing late on Sunday", "according to a statement on Monday", and
 * "On Thursday, the ministry said ...". False when a clause stands between them ("said that a
 * missile landed on Tuesday").
 */
export function isSpeechAttached(sentence: string, expr: Span): boolean {
  // ("Amnesty said the March 16 air strike on the theatre was a war crime": a date before an
  // event's noun is the event's, whatever verb stands before it.)
  if (EVENT_NOUN_AFTER.test(sentence.slice(expr.end))) return false;
  let lastBefore: RegExpExecArray | null = null;
  SPEECH_AFTER_RE.lastIndex = 0;
  for (let m = SPEECH_AFTER_RE.exec(sentence); m && m.index + m[0].length <= expr.start; m = SPEECH_AFTER_RE.exec(sentence)) {
    lastBefore = m;
  }
  if (lastBefore && fitsGap(gapWords(sentence.slice(lastBefore.index + lastBefore[0].length, expr.start)), SPEECH_GAP_WORDS, 6)) {
    return true;
  }
  SPEECH_BEFORE_RE.lastIndex = expr.end;
  const next = SPEECH_BEFORE_RE.exec(sentence);
  if (next === null) return false;
  const gap = sentence.slice(expr.end, next.index);
  // ("The ministry on Tuesday said", "On Tuesday, the ministry said", but not "Drones hit the
  // plant on Tuesday, officials said": there a comma closes the clause the date belongs to.)
  const closesClause = gap.includes(',') && /[\p{L}\d]/u.test(sentence.slice(0, expr.start));
  return !closesClause && fitsGap(gapWords(gap), SPEAKER_WORDS, 5);
}

const EVENT_NOUN_AFTER = /^\s+(?:[\w-]+\s+){0,2}?(?:air\s*strikes?|airstrikes?|strikes?|attacks?|bombings?|shelling|raids?|explosions?|blasts?|massacre|assault|ambush|offensive)\b/i;

const DATEABLE_KINDS: ReadonlySet<DateExpressionKind> = new Set([
  'weekday', 'relative_day', 'overnight', 'calendar', 'month_day', 'relative_week', 'weekend', 'month', 'relative_month',
]);
const DAY_KINDS: ReadonlySet<DateExpressionKind> = new Set(['weekday', 'relative_day', 'calendar', 'numeric', 'month_day']);

function precisionRank(kind: DateExpressionKind): number {
  if (DAY_KINDS.has(kind) || kind === 'overnight') return 0;
  if (kind === 'relative_week' || kind === 'weekend') return 1;
  if (kind === 'month' || kind === 'relative_month') return 2;
  return 3;
}

/** "overnight" within a few words of a named day, in the same clause: the day dates the night
 * ("an overnight attack on Tuesday", "on Tuesday overnight"). */
function tiedToDay(sentence: string, overnight: DateExpression, all: DateExpression[]): boolean {
  return all.some((o) => {
    if (!DAY_KINDS.has(o.kind)) return false;
    const gap = o.start >= overnight.end ? sentence.slice(overnight.end, o.start) : o.end <= overnight.start ? sentence.slice(o.end, overnight.start) : null;
    if (gap === null || /[,;:.!?"“”()]/.test(gap)) return false;
    return gap.split(/\s+/).filter((w) => w.length > 0).length <= 3;
  });
}

function distance(expr: Span, offset: number): number {
  if (offset < expr.start) return expr.start - offset;
  if (offset >= expr.end) return offset - expr.end + 1;
  return 0;
}

// A date in a since-clause dates the background, not the event told.
const SINCE_CLAUSE = /\bsince\b/i;
// ... unless "since" governs a recent day directly, with at most a time of day between: "have
// killed 30 since dawn on Tuesday", "since Monday". A running toll counts from that day, which
// is when the events told began. Only kinds that name a day of the last week qualify: "since
// October" or "since May 10" may be months back.
const SINCE_RECENT_DAY = /\bsince(?:\s+(?:dawn|daybreak|first\s+light|midnight|early|late|the\s+early\s+hours\s+of))*\s*$/i;
const RECENT_DAY_KINDS: ReadonlySet<DateExpressionKind> = new Set(['weekday', 'relative_day', 'overnight']);

/**
 * The expression that dates the event of the sentence, or null. Never a dateable one in a
 * since-clause. In order:
 * 1. an expression not attached to a speech verb beats one that is ("Kirby said on Thursday that
 *    a missile landed on December 30" -> "on December 30");
 * 2. one that can be dated beats one that cannot (a year, "three days earlier", "next week");
 * 3. an "overnight" tied to a named day gives way to the day;
 * 4. the nearest to `preferOffset` (the event word or place), else the finest precision, then the
 *    first in the sentence.
 */
export function chooseExpression(sentence: string, expressions: DateExpression[], preferOffset?: number): DateExpression | null {
  const offset = typeof preferOffset === 'number' && Number.isFinite(preferOffset) ? preferOffset : null;
  let best: DateExpression | null = null;
  let bestKey: number[] = [];
  const asides = asideClauses(sentence);
  const perfectAsides = asides.filter(([from, to]) => /\b(?:had|has|have)\s+(?:been\s+)?[a-z]+(?:ed|en|ht|wn)\b/i.test(sentence.slice(from, to)));
  for (const expr of expressions) {
    // "where fighting has raged since Russia launched an offensive on May 10": a date in a
    // since-clause is when the background began, never the date of the event told.
    // (A bare year stays as the expression: it dates nothing, but says the event is old.)
    const clause = sentence.slice(0, expr.start).split(/[,;:—–(]/).pop() ?? '';
    const since = SINCE_CLAUSE.test(expr.text) || SINCE_CLAUSE.test(clause);
    const runningToll = RECENT_DAY_KINDS.has(expr.kind) && SINCE_RECENT_DAY.test(clause);
    if (since && !runningToll && DATEABLE_KINDS.has(expr.kind)) continue;
    // "The attack on Dnipro came a week after a massive Russian strike on Kyiv on 17 June": a date
    // past "came ... after" is the earlier event's, not the one the sentence began with.
    if (offset !== null && offset < expr.start && CAME_AFTER.test(sentence.slice(offset, expr.start))) continue;
    // "As of 21 January 2025, clashes continued": when the update was filed, not when anything
    // it tells happened. (A wire dateline's date stays, last of all: see ROWS in the tests.)
    if (/\bas\s+of\s+$/i.test(sentence.slice(0, expr.start))) continue;
    // "Flash Update No. 1 - Clashes in Birao, Vakaga prefecture (3 September 2019)": a bulletin's
    // title ends with the day it was issued.
    if (/\(\s*$/.test(sentence.slice(0, expr.start)) && /^\s*\)\s*$/.test(sentence.slice(expr.end)) && ISSUE_TITLE.test(sentence)) continue;
    const key = [
      // (A date in a relative clause apart from the event tells another time, even against the
      // day a statement was made: "The RSF said on Saturday it had captured the town of Bara,
      // which the army had retaken in September".)
      // (Only a clause in a perfect tense: "the attack on Palma, in Cabo Delgado province, which
      // began on Wednesday" dates the attack itself.)
      offset !== null && asideApart(perfectAsides, expr, offset) ? 1 : 0,
      isStatementDate(sentence, expr) ? 1 : 0,
      DATEABLE_KINDS.has(expr.kind) ? 0 : 1,
      offset !== null && (!sameClause(sentence, expr, offset) || asideApart(asides, expr, offset)) ? 1 : 0,
      expr.kind === 'overnight' && tiedToDay(sentence, expr, expressions) ? 1 : 0,
      offset === null ? precisionRank(expr.kind) : distance(expr, offset),
      offset === null ? 0 : precisionRank(expr.kind),
      expr.start,
    ];
    if (best === null || compareKeys(key, bestKey) < 0) {
      best = expr;
      bestKey = key;
    }
  }
  return best;
}

const ISSUE_TITLE = /\b(?:update|sitrep|situation\s+report|bulletin|snapshot|overview|briefing|digest|dashboard)\b/i;
const CAME_AFTER = /\b(?:came|comes|follows|followed|was\s+launched|happened)\s+(?:[\w-]+\s+){0,3}?(?:after|following)\b/i;

/** Relative clauses set off by commas: ", who seized Goma at the end of January,", ", where ...,". */
export function asideClauses(text: string, thatClauses = false): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  // (Or an appositive that goes on into one: ", a freelance reporter who spent three years ...,".)
  // (And a clause of where: "speaking in Port Sudan, where the government has been based since
  // the capital descended into fighting, said".)
  for (const m of text.matchAll(/,\s+(?:(?:a|an|the)\s+(?:[\w'’-]+\s+){1,4}?)?(?:who|which|whose|where)\b[^,;.]*,/gi)) out.push([m.index, m.index + m[0].length]);
  // (Or, for the kind of an event, a that-clause on an appositive: ", a city in the country's
  // northeast that was captured last year by an ethnic armed group,". Not for roles and dates:
  // "Mansi, a town south of Bhamo that has been under KIA control" still says where Mansi is.)
  if (thatClauses) for (const m of text.matchAll(/,\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){1,8}?that\s+(?:was|were|is|are|has|had|have)\b[^,;.]*,/gi)) out.push([m.index, m.index + m[0].length]);
  // (And a which-clause that runs to the end: "forests ..., which have served as hideouts for
  // bandit groups operating in the Birnin Gwari axis.")
  for (const m of text.matchAll(/,\s+which\b[^,;.]*[.!?"”]*\s*$/gi)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** The expression is in a relative clause the event word is not in: "The rebels, who seized Goma
 * at the end of January, entered Bukavu on Sunday" is Sunday's. */
function asideApart(asides: Array<[number, number]>, expr: Span, offset: number): boolean {
  return asides.some(([from, to]) => expr.start >= from && expr.start < to && (offset < from || offset >= to));
}

/** "A drone hit a car in X on Saturday, killing a man, and shelling killed two in Y on Sunday":
 * coordinated clauses tell their own events, each with its own day. */
function sameClause(sentence: string, expr: Span, offset: number): boolean {
  const [from, to] = expr.end <= offset ? [expr.end, offset] : [offset, expr.start];
  return !CLAUSE_JOIN.test(sentence.slice(from, to));
}
const CLAUSE_JOIN = /[;]|,\s+(?:and|but|while|whereas)\s/i;

/** The date is when something was said or filed, not when the event was: a speech verb's
 * ("said on Friday") or a wire dateline's ("QUITO, March 7 (Reuters) - ... on Thursday night"). */
export function isStatementDate(sentence: string, expr: Span): boolean {
  return isSpeechAttached(sentence, expr) || inDateline(sentence, expr);
}

function inDateline(sentence: string, expr: Span): boolean {
  return expr.start <= DATELINE_REACH && DATELINE_DATE_AFTER.test(sentence.slice(expr.end));
}
const DATELINE_REACH = 40;
// ("Imphal (Manipur) [India], November 28 (ANI): ...": the agency's bracket, then a colon.)
const DATELINE_DATE_AFTER = /^\s*(?:\([^)]{1,40}\)\s*[-–—:]|[-–—])/;

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * The date of the event a sentence reports, resolved against the report's publication date
 * (YYYY-MM-DD; null or invalid: only dates with their year written resolve). With no temporal
 * expression the result is unknown: the caller decides whether to fall back on the publication
 * date. Never throws.
 */
export function resolveDate(
  sentence: string,
  published: string | null,
  options?: { preferOffset?: number },
): ResolvedDate & { start: number | null; end: number | null } {
  const expressions = findDateExpressions(sentence);
  const chosen = chooseExpression(sentence, expressions, options?.preferOffset);
  if (chosen === null) return { date: null, precision: 'unknown', expression: null, start: null, end: null };
  const pub = parseIsoDay(published);
  let resolved = resolveExpression(chosen, pub);
  // "Earlier this month, two Maoists were killed in an encounter in Sukma on 3 February": a day
  // inside the month or week chosen tells it finer.
  if (resolved.precision === 'month' || resolved.precision === 'week') {
    const span = resolved.precision === 'month' ? 31 : 7;
    const from = parseIsoDay(resolved.date);
    for (const e of expressions) {
      // (A calendar date of the same clause: not "but he did not mention it in today's post".)
      if (e === chosen || e.kind !== 'calendar' || isStatementDate(sentence, e) || !sameClause(sentence, e, chosen.start)) continue;
      const r = resolveExpression(e, pub);
      const day = parseIsoDay(r.date);
      const inside = from !== null && day !== null && day >= from && day < from + span && (resolved.precision === 'week' || r.date!.slice(0, 7) === resolved.date!.slice(0, 7));
      if (r.precision === 'day' && inside) return { ...r, expression: e.text, start: e.start, end: e.end };
    }
  }
  if (chosen.kind === 'overnight') {
    // "The ministry said on Thursday that 20 drones were shot down overnight": the night is the
    // one that ended on the day of the statement, not on the day of the report.
    // ("- **9 October, Zaporizhzhia Oblast.** Overnight, missiles struck": so the night that
    // ended on the day a dated entry opens with.)
    const spoken =
      expressions.find((e) => e !== chosen && DAY_KINDS.has(e.kind) && isSpeechAttached(sentence, e)) ??
      expressions.find((e) => e.kind === 'calendar' && e.start < chosen.start && /^[\s\-*•·_]*$/.test(sentence.slice(0, e.start)));
    if (spoken) {
      const r = resolveExpression(spoken, pub);
      // A speech dated after the report (only a written-out year can be) is not the night's end.
      if (r.date !== null && (pub === null || r.date <= formatDay(pub))) resolved = r;
    }
  }
  return { ...resolved, expression: chosen.text, start: chosen.start, end: chosen.end };
}
