import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  isAbbreviatedMonth,
  chooseExpression,
  civilDate,
  dayNumber,
  findDateExpressions,
  formatDay,
  isSpeechAttached,
  parseIsoDay,
  resolveDate,
  weekdayOf,
} from './dates.ts';
import type { DatePrecision } from './types.ts';

// 2024-01-04 is a Thursday, 2024-01-06 a Saturday, 2024-01-01 a Monday.
const THU = '2024-01-04';
const SAT = '2024-01-06';

type Row = [sentence: string, published: string | null, expected: { date: string | null; precision: DatePrecision; expression: string | null }];

const day = (date: string, expression: string) => ({ date, precision: 'day' as const, expression });
const week = (date: string, expression: string) => ({ date, precision: 'week' as const, expression });
const month = (date: string, expression: string) => ({ date, precision: 'month' as const, expression });
const undated = (expression: string | null) => ({ date: null, precision: 'unknown' as const, expression });

const ROWS: Row[] = [
  // A wire dateline's date is the day of filing: the event's own day comes first.
  ['KYIV, Jan 4 (Reuters) - Drones hit a power plant in the region on Tuesday night.', THU, day('2024-01-02', 'on Tuesday night')],
  ['KYIV, Jan 4 (Reuters) - Drones hit a power plant in the region, officials said.', THU, day('2024-01-04', 'Jan 4')],
  ['Imphal (Manipur) [India], January 4 (ANI): Militants opened fire at a police post in the border town on Tuesday evening, officials said.', THU, day('2024-01-02', 'on Tuesday evening')],
  // A date in a since-clause is when the background began, not the event's date.
  ['Shelling hit the town, where fighting has raged since the offensive began on 10 December.', THU, undated(null)],
  ['The strike, which hit a residential area, was the deadliest in the city since October.', THU, undated(null)],
  // ... but a running toll "since dawn on Tuesday" or "since Monday" counts from a recent day:
  // that day starts the events told.
  ['Israeli strikes have killed at least 30 Palestinians since dawn on Tuesday, medics said.', THU, day('2024-01-02', 'on Tuesday')],
  ['At least 40 people have been killed in shelling since Monday.', THU, day('2024-01-01', 'Monday')],
  ['Shelling has not stopped since the army withdrew on Tuesday.', THU, undated(null)],
  // A daily summary's "past day" is dated the report's day.
  ['There were 56 clashes in the Pokrovsk direction over the past day, the General Staff said.', THU, day('2024-01-04', 'over the past day')],

  ['Russian attacks killed five people in the last 24 hours, officials said.', THU, day('2024-01-04', 'in the last 24 hours')],
  // Holidays on a fixed date, in the most recent year at or before publication.
  ['Russia hit the energy grid with missiles on Christmas Day, officials said.', '2024-12-26', day('2024-12-25', 'on Christmas Day')],
  ['Drones struck Odesa on New Year\'s Eve.', THU, day('2023-12-31', "on New Year's Eve")],
  // Weekdays: the most recent occurrence on or before publication.
  ['Russian missiles struck Kyiv on Thursday, officials said.', THU, day('2024-01-04', 'on Thursday')],
  ['A drone hit a power plant on Tuesday.', THU, day('2024-01-02', 'on Tuesday')],
  ['A drone hit a power plant on Thursday.', SAT, day('2024-01-04', 'on Thursday')],
  ['Shelling resumed Tuesday in Kherson.', THU, day('2024-01-02', 'Tuesday')],
  ['Explosions were heard late on Sunday in Odesa.', THU, day('2023-12-31', 'late on Sunday')],
  ['Early on Monday, drones attacked Kharkiv.', THU, day('2024-01-01', 'Early on Monday')],
  ['The port was hit on Tuesday night.', THU, day('2024-01-02', 'on Tuesday night')],
  ['Troops advanced on Friday morning.', SAT, day('2024-01-05', 'on Friday morning')],
  ['The depot was destroyed last Thursday.', THU, day('2023-12-28', 'last Thursday')],
  ['The depot was destroyed last Tuesday.', THU, day('2024-01-02', 'last Tuesday')],
  ['The bridge was struck on Monday last week.', THU, day('2023-12-25', 'on Monday last week')],
  ['Last week, on Thursday, a drone hit a farm in the hromada.', THU, day('2023-12-28', 'Last week, on Thursday')],
  ['Churches were shelled on Good Friday.', '2024-04-02', day('2024-03-29', 'Friday')],
  // A day of the month alone: this month's, or last month's when it is still to come.
  ['On the 12th, a drone strike hit the camp.', '2025-07-15', day('2025-07-12', 'On the 12th')],
  ['A strike on the 20th hit the depot.', '2025-07-15', day('2025-06-20', 'on the 20th')],
  ['Fighters of the 47th Brigade repelled attacks on the 3rd Assault Brigade.', THU, undated(null)],
  // Overnight and the early hours: the night ending on the publication morning, unless a day is named.
  ['Russia launched 40 drones overnight, the air force said.', THU, day('2024-01-04', 'overnight')],
  ['At night, a UAV hit the territory of an enterprise in the city.', THU, day('2024-01-04', 'At night')],
  // A date in figures: the order the other number rules out, else the reading on or before the report.
  ['On 25/11/2023 a drone hit the depot.', THU, day('2023-11-25', '25/11/2023')],
  ['12/03/2023 - A drone strike hit a health centre.', THU, day('2023-12-03', '12/03/2023')],
  ['On 19-12-2023 at around 5:30 am, armed miscreants opened fire towards the village.', THU, day('2023-12-19', '19-12-2023')],
  ['Shelling goes on day and at night in the town.', THU, undated(null)],
  ['Kyiv was attacked in the early hours, the mayor said.', THU, day('2024-01-04', 'in the early hours')],
  ['Nine people died during an overnight attack on Tuesday.', THU, day('2024-01-02', 'on Tuesday')],
  ['Drones struck Lviv overnight into Wednesday.', THU, day('2024-01-03', 'overnight into Wednesday')],
  ['Missiles hit Dnipro in the early hours of Tuesday.', THU, day('2024-01-02', 'in the early hours of Tuesday')],
  ['The ministry said on Tuesday that 20 drones were shot down overnight.', THU, day('2024-01-02', 'overnight')],
  ['The market was packed with shoppers after Friday prayers.', THU, { date: null, precision: 'unknown', expression: null }],
  ['A strike hit a house in the camp at about 2am local time (23:00 GMT on Wednesday), killing 11 people.', THU, day('2024-01-04', '2am local time (23:00 GMT on Wednesday)')],
  ['A strike hit a house in the camp at about 10pm local time (19:00 GMT on Wednesday), killing 11 people.', THU, day('2024-01-03', 'on Wednesday')],
  // Days relative to publication.
  ['A refinery burned yesterday.', THU, day('2024-01-03', 'yesterday')],
  ['Two people were killed this morning.', THU, day('2024-01-04', 'this morning')],
  ['Sirens sounded earlier today across the capital.', THU, day('2024-01-04', 'earlier today')],
  ['Kherson was shelled last night.', THU, day('2024-01-03', 'last night')],
  ['The convoy was ambushed two days ago.', THU, day('2024-01-02', 'two days ago')],
  ['The convoy was ambushed 3 days ago.', '2024-03-01', day('2024-02-27', '3 days ago')],
  ['The strike came the day before yesterday.', THU, day('2024-01-02', 'the day before yesterday')],
  // Day and month: the most recent such date on or before publication, across the year boundary.
  ['A missile hit a hospital on 30 December.', THU, day('2023-12-30', 'on 30 December')],
  ['A missile hit a hospital on December 30.', THU, day('2023-12-30', 'on December 30')],
  ['A missile hit a hospital on Dec. 30.', THU, day('2023-12-30', 'on Dec. 30')],
  ['A missile hit a hospital on the 30th of December.', THU, day('2023-12-30', 'on the 30th of December')],
  ['Strikes on 2 January killed five.', THU, day('2024-01-02', 'on 2 January')],
  ['The offensive began on 5 January.', THU, day('2023-01-05', 'on 5 January')],
  ['The town fell on 2 January 2023.', THU, day('2023-01-02', 'on 2 January 2023')],
  ['The town fell on January 2, 2023.', THU, day('2023-01-02', 'on January 2, 2023')],
  ['The town fell on Tuesday, 2 January.', THU, day('2024-01-02', 'on Tuesday, 2 January')],
  ['The report is dated 2023-11-15.', THU, day('2023-11-15', '2023-11-15')],
  ['Kyiv was attacked on 29 February.', '2025-03-10', day('2024-02-29', 'on 29 February')],
  // Weeks (ISO, dated by their Monday) and weekends.
  ['Drones attacked Odesa earlier this week.', THU, week('2024-01-01', 'earlier this week')],
  ['Drones attacked Odesa this week.', '2024-01-07', week('2024-01-01', 'this week')],
  ['Drones attacked Odesa last week.', THU, week('2023-12-25', 'last week')],
  ['Drones attacked Odesa two weeks ago.', THU, week('2023-12-18', 'two weeks ago')],
  ['Drones attacked Odesa over the weekend.', '2024-01-08', week('2024-01-01', 'over the weekend')],
  ['Jihadists killed dozens in a weekend attack on the town.', '2025-05-13', week('2025-05-05', 'a weekend')],
  // A span of days longer than a night: its month.
  ['Between 18 and 25 March, at least 830 people were killed.', '2025-03-27', month('2025-03-01', 'Between 18 and 25 March')],
  ['Strikes killed 40 people between March 18 and 25, the ministry said.', '2025-03-27', month('2025-03-01', 'between March 18 and 25')],
  // Months: the most recent such month; the first day of it.
  ['In October, strikes hit the grid.', THU, month('2023-10-01', 'In October')],
  ['Strikes hit the grid in January.', THU, month('2024-01-01', 'in January')],
  ['The dam was breached in May.', '2024-08-20', month('2024-05-01', 'in May')],
  ['Fighting intensified in mid-March.', THU, month('2023-03-01', 'in mid-March')],
  ['The city was shelled last month.', THU, month('2023-12-01', 'last month')],
  ['The city was shelled earlier this month.', '2024-02-20', month('2024-02-01', 'earlier this month')],
  ['The city was shelled in October 2022.', THU, month('2022-10-01', 'in October 2022')],
  ['Violence stayed below the peaks of March, when massacres killed over 1,000 people.', '2025-10-01', month('2025-03-01', 'March')],
  ['The incursion, launched a year ago this month, was repelled in the spring.', '2025-08-12', month('2024-08-01', 'a year ago this month')],
  // Years and anchored or future expressions: kept, not dated.
  ['The city has been shelled since 2022.', THU, undated('since 2022')],
  ['The plant was damaged last year.', THU, undated('last year')],
  // A season: a span, not a day.
  ['Danube ports such as Izmail and Reni were hit several times over the summer.', THU, undated('over the summer')],
  ['Drones struck several refineries in the Krasnodar region this spring.', THU, undated('this spring')],
  ['The group reversed gains made during the 2022-2023 offensive in the region.', THU, undated('2022-2023 offensive')],
  ['Talks collapsed after a 2019 car bombing at a police academy killed 22 cadets.', THU, undated('2019 car bombing')],
  ['He took part in kidnappings in Sulu more than a decade ago.', THU, undated('a decade ago')],
  ['Officials counted more than 2000 drone attacks on the city.', THU, undated(null)],
  ['Three days earlier, a drone hit the same plant.', THU, undated('Three days earlier')],
  ['A day after the strike, rescuers found survivors.', THU, undated('A day after')],
  ['Talks will resume next week.', THU, undated('next week')],
  ['Fighters of the March 23 Movement entered the town.', THU, undated(null)],
  ['The minister will visit the front-line town on Monday.', THU, undated('Monday')],
  ['Negotiators are due to meet in Doha on Saturday.', THU, undated('Saturday')],
  // Speech verbs: the date of speaking loses to the date of the event.
  ['Kirby said on Thursday that a missile landed on December 30.', THU, day('2023-12-30', 'on December 30')],
  ['On Thursday, the defence ministry said a missile landed in Kharkiv on Tuesday.', THU, day('2024-01-02', 'on Tuesday')],
  ['Zelensky said in a statement on Wednesday that drones hit Odesa yesterday.', THU, day('2024-01-03', 'yesterday')],
  // Alone, the speech date is all there is.
  ['Kirby said on Thursday that a missile landed in Zaporizhzhia.', THU, day('2024-01-04', 'on Thursday')],
  // Not dates.
  ['The Sunday Times reported that a missile hit Kyiv.', THU, undated(null)],
  ['The Mail on Sunday published the photos.', THU, undated(null)],
  ['A 62-year-old man was injured.', THU, undated(null)],
  ['30 people were evacuated at 10:30.', THU, undated(null)],
  ['Officials say the strikes May continue.', THU, undated(null)],
  ['Protesters will March on the capital.', THU, undated(null)],
  ['The order was signed on 31 February 2024.', THU, undated(null)],
  ['The order was signed on 31 February.', THU, undated(null)],
  ['A shell hit the school, killing two.', THU, undated(null)],
  // No publication date: only written-out years resolve.
  ['A drone hit a power plant on Tuesday.', null, undated('on Tuesday')],
  ['The town fell on 2 January 2023.', null, day('2023-01-02', 'on 2 January 2023')],
];

describe('resolveDate', () => {
  it("reads no outlet's name as a day: L'Orient Today", () => {
    const text = "According to a source who spoke to L'Orient Today, two strikes hit a hangar on the southern outskirts of Baalbek at around 7:45 p.m. on Monday.";
    const r = resolveDate(text, THU, { preferOffset: text.indexOf('Today') });
    expect([r.date, r.expression]).toEqual(['2024-01-01', 'on Monday']);
  });

  it("reads two days joined by 'and' by the first, and a bulletin title's closing date as its issue", () => {
    expect(resolveDate('Violent clashes between two armed groups in Birao on 1 and 2 September.', '2019-09-03').date).toBe('2019-09-01');
    expect(resolveDate('Flash Update No. 1 - Clashes in Birao, Vakaga prefecture (3 September 2019)', '2019-09-03').date).toBeNull();
    // (A date in brackets elsewhere still dates its event.)
    expect(resolveDate('Clashes broke out in Birao (3 September).', '2019-09-05').date).toBe('2019-09-03');
  });

  it('reads no date past "came a week after" as the day of the event told before it', () => {
    const text = 'The attack on Dnipro came a week after a massive Russian strike on Kyiv on 17 June, in which a missile hit a residential building.';
    const r = resolveDate(text, '2025-06-24', { preferOffset: text.indexOf('Dnipro') });
    expect([r.date, r.expression]).toEqual([null, 'a week after']);
    const kyiv = resolveDate(text, '2025-06-24', { preferOffset: text.indexOf('Kyiv') });
    expect([kyiv.date, kyiv.expression]).toEqual(['2025-06-17', 'on 17 June']);
  });

  it("reads the night told in a dated entry as the night ending on the entry's day", () => {
    const text = '- **2 January, Zaporizhzhia Oblast.** Overnight, missiles struck residential areas of the city, damaging a clinic.';
    const r = resolveDate(text, THU, { preferOffset: text.indexOf('Zaporizhzhia', 30) + 40 });
    expect([r.date, r.expression]).toEqual(['2024-01-02', 'Overnight']);
  });

  it.each(ROWS)('%s (published %s)', (sentence, published, expected) => {
    const r = resolveDate(sentence, published);
    expect({ date: r.date, precision: r.precision, expression: r.expression }).toEqual(expected);
    if (r.expression !== null) expect(sentence.slice(r.start ?? -1, r.end ?? -1)).toBe(r.expression);
    else expect([r.start, r.end]).toEqual([null, null]);
  });

  it('prefers the expression nearest the event word', () => {
    const s = 'After strikes on Monday, Russian drones hit Odesa on Wednesday.';
    expect(resolveDate(s, THU, { preferOffset: s.indexOf('hit') }).expression).toBe('on Wednesday');
    expect(resolveDate(s, THU, { preferOffset: s.indexOf('strikes') }).expression).toBe('on Monday');
    // Not a feast's name beside the event's own date: Palm Sunday was that April 13.
    const feast = 'The raid was smaller than the April 13 missile strike on the centre of Sumy that killed 35 people on Palm Sunday.';
    expect(resolveDate(feast, '2025-05-20', { preferOffset: feast.indexOf('killed') }).date).toBe('2025-04-13');
    // Nor beside the month it fell in.
    const month = 'In April 2025, two Russian ballistic missiles struck the centre of Sumy on Palm Sunday, killing 35 people.';
    expect(resolveDate(month, '2026-02-10', { preferOffset: month.indexOf('struck') }).date).toBe('2025-04-01');
  });

  it('does not date a night by a speech dated after the report', () => {
    // Found by the property test: only a written-out year can put the speech after publication.
    const s = 'On 2023-12-31 the ministry said 20 drones were shot down overnight.';
    expect(resolveDate(s, '2023-06-01')).toMatchObject({ date: '2023-06-01', expression: 'overnight' });
    expect(resolveDate(s, '2024-01-04')).toMatchObject({ date: '2023-12-31', expression: 'overnight' });
  });

  it('treats an invalid publication date as none', () => {
    expect(resolveDate('on Tuesday', '2024-02-30')).toMatchObject({ date: null, precision: 'unknown', expression: 'on Tuesday' });
    expect(resolveDate('on Tuesday', 'yesterday')).toMatchObject({ date: null, expression: 'on Tuesday' });
  });
});

describe('findDateExpressions', () => {
  it('gives every expression with its offsets and kind', () => {
    const s = 'Kirby said on Thursday that a missile landed on December 30, two weeks after strikes in October.';
    const found = findDateExpressions(s).map((e) => [e.kind, e.text, s.slice(e.start, e.end)]);
    expect(found).toEqual([
      ['weekday', 'on Thursday', 'on Thursday'],
      ['calendar', 'on December 30', 'on December 30'],
      ['vague', 'two weeks after', 'two weeks after'],
      ['month', 'in October', 'in October'],
    ]);
  });

  it('keeps the longest of overlapping matches', () => {
    expect(findDateExpressions('overnight into Wednesday').map((e) => e.kind)).toEqual(['weekday']);
    expect(findDateExpressions('on Tuesday, January 2').map((e) => e.text)).toEqual(['on Tuesday, January 2']);
    // The invalid date hides the month inside it too.
    expect(findDateExpressions('on 31 February 2024')).toEqual([]);
  });

  it('counts offsets in UTF-16 units', () => {
    const s = '🚀 Raketen: strike on 30 December';
    const [e] = findDateExpressions(s);
    expect(e && s.slice(e.start, e.end)).toBe('on 30 December');
  });
});

describe('isSpeechAttached / chooseExpression', () => {
  const SPEECH: Array<[string, string, boolean]> = [
    ['Kirby said on Thursday that a missile hit Kyiv.', 'on Thursday', true],
    ['The governor told reporters at a briefing late on Sunday that ...', 'late on Sunday', true],
    ['Ukraine\'s air force said on Telegram on Monday that ...', 'on Monday', true],
    ['According to a statement on Monday, ...', 'on Monday', true],
    ['On Thursday, the defence ministry said ...', 'On Thursday', true],
    ['Officials said a missile landed on Tuesday.', 'on Tuesday', false],
    ['On Tuesday, a missile hit Kyiv, officials said.', 'On Tuesday', false],
    // The comma closes the event's clause: its date is the event's.
    ['A missile hit Kyiv on Tuesday night, officials said.', 'on Tuesday night', false],
    ['The ministry on Tuesday said a missile hit Kyiv.', 'on Tuesday', true],
    ['Kirby said that on Tuesday a missile hit Kyiv.', 'on Tuesday', false],
    // Where and how the statement came out may stand between.
    ['The ministry said in a statement issued in Niamey on Monday that the army repelled an attack last Friday.', 'on Monday', true],
    // An investigation's day is not the event's.
    ['German authorities on Saturday were investigating why a man drove a car into a market.', 'on Saturday', true],
    ['Five people killed on Sunday were buried on Monday.', 'on Sunday', false],
  ];
  it.each(SPEECH)('%s -> %s attached: %s', (sentence, words, attached) => {
    const start = sentence.indexOf(words);
    expect(isSpeechAttached(sentence, { start, end: start + words.length })).toBe(attached);
  });

  it('lets a dateable expression beat a year or an anchored one', () => {
    const s = 'Three days earlier, in 2024 terms, the depot burned on Sunday.';
    expect(chooseExpression(s, findDateExpressions(s))?.text).toBe('on Sunday');
  });

  it('prefers the finer precision when no offset is given', () => {
    const s = 'Last week Russian forces struck Kharkiv on Tuesday.';
    expect(chooseExpression(s, findDateExpressions(s))?.text).toBe('on Tuesday');
  });
});

describe('isAbbreviatedMonth', () => {
  it('reads an abbreviation beside a day number as a month, and nothing else', () => {
    expect(isAbbreviatedMonth('Nov', 'between Sept. 26 and ', '. 5, the ministry said')).toBe(true);
    expect(isAbbreviatedMonth('Dec', 'on ', ' 24th')).toBe(true);
    expect(isAbbreviatedMonth('Mar', 'on 3 ', ', troops')).toBe(true);
    // Alone, or beside a number that is not a day, it is a word or a place.
    expect(isAbbreviatedMonth('Nov', 'fighting near ', ', a town')).toBe(false);
    expect(isAbbreviatedMonth('Mar', 'the ', ' del Plata')).toBe(false);
    expect(isAbbreviatedMonth('Nov', 'in ', ' 2023 alone')).toBe(false);
    expect(isAbbreviatedMonth('November', 'on ', ' 5')).toBe(false);
  });
});

describe('day numbers', () => {
  it('round-trip and agree with the calendar', () => {
    expect(dayNumber(1970, 1, 1)).toBe(0);
    expect(weekdayOf(dayNumber(2024, 1, 4))).toBe(4);
    expect(formatDay(dayNumber(2000, 2, 29))).toBe('2000-02-29');
    expect(parseIsoDay('2023-02-29')).toBeNull();
    expect(parseIsoDay('1900-02-29')).toBeNull();
    fc.assert(
      fc.property(fc.integer({ min: -800_000, max: 3_000_000 }), (n) => {
        const { year, month, day: d } = civilDate(n);
        expect(dayNumber(year, month, d)).toBe(n);
        if (year >= 1 && year <= 9999) expect(parseIsoDay(formatDay(n))).toBe(n);
      }),
    );
  });
});

describe('resolveDate properties', () => {
  const published = fc
    .integer({ min: dayNumber(1990, 1, 1), max: dayNumber(2090, 12, 31) })
    .map((n) => formatDay(n));
  const WORDS = [
    'on', 'Thursday', 'Sunday', 'Times', 'said', 'that', 'overnight', 'into', 'last', 'week', 'month', 'year',
    'in', 'October', 'May', 'March', '30', '31', '29', 'February', 'December', 'Dec.', '2024', '2023', 'two',
    'days', 'ago', 'earlier', 'this', 'the', 'weekend', 'yesterday', 'today', 'night', 'early', 'hours', 'of',
    'after', 'a', 'next', '62-year-old', 'at', '10:30', ',', 'Kirby', '2024-02-30', '2023-12-31', 'mid-',
  ];
  const sentence = fc.oneof(
    fc.string({ maxLength: 80 }),
    fc.array(fc.constantFrom(...WORDS), { maxLength: 14 }).map((ws) => ws.join(' ')),
  );

  it('never throws, and gives a real date not after publication, with matching offsets', () => {
    fc.assert(
      fc.property(sentence, published, fc.option(fc.integer({ min: -5, max: 100 }), { nil: undefined }), (s, pub, offset) => {
        const r = resolveDate(s, pub, offset === undefined ? undefined : { preferOffset: offset });
        if (r.expression === null) {
          expect(r.date).toBeNull();
          expect(r.start).toBeNull();
        } else {
          expect(s.slice(r.start ?? -1, r.end ?? -1)).toBe(r.expression);
        }
        if (r.date !== null) {
          expect(parseIsoDay(r.date)).not.toBeNull();
          expect(r.precision).not.toBe('unknown');
          // Documented exception: a date with its year written may lie after publication.
          if (!/\d{4}/.test(r.expression ?? '')) expect(r.date <= pub).toBe(true);
        } else {
          expect(r.precision).toBe('unknown');
        }
        for (const e of findDateExpressions(s)) expect(s.slice(e.start, e.end)).toBe(e.text);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('a day inside the month or week chosen', () => {
  it('tells the date finer when it is of the same clause ("Earlier this month, ... in Sukma on 3 February")', () => {
    const sentence = 'Earlier this month, two Maoists were killed in an encounter in Sukma on 3 February.';
    const r = resolveDate(sentence, '2025-02-14', { preferOffset: sentence.indexOf('killed') });
    expect([r.date, r.precision]).toEqual(['2025-02-03', 'day']);
    // Not a day of another clause: "but he did not mention it in today's post".
    const other = "Earlier this month, drones damaged a school in Pavlohrad, but Lysak did not mention Pavlohrad in today's post.";
    const o = resolveDate(other, '2025-04-08', { preferOffset: other.indexOf('damaged') });
    expect(o.precision).toBe('month');
  });
});

describe('a date in a relative clause apart from the event', () => {
  it('tells another time, even against the day a statement was made', () => {
    const bara = 'The RSF also said on Saturday it had captured the town of Bara in North Kordofan state, which the army had retaken in September.';
    expect(resolveDate(bara, '2025-10-27', { preferOffset: bara.indexOf('captured') }).expression).toBe('on Saturday');
    // (Not a clause that dates the event itself.)
    const palma = 'Dozens of people were killed in the attack on the town of Palma, in Cabo Delgado province, which began on Wednesday.';
    expect(resolveDate(palma, '2021-03-29', { preferOffset: palma.indexOf('attack') }).expression).toBe('on Wednesday');
  });
});

describe("a date before an event's noun", () => {
  it("is the event's date, not the day of a statement, whatever verb stands before it", () => {
    const s = 'In a report released on Thursday, Amnesty International said the March 16 air strike on the theatre in Mariupol was a war crime.';
    expect(resolveDate(s, '2022-07-01', { preferOffset: s.indexOf('air strike') }).expression).toBe('March 16');
  });
});

describe('the date a report was filed', () => {
  it("is not an event's date: an update's 'as of'", () => {
    const asOf = 'As of 21 January 2025, armed clashes continued in rural areas of Tibú.';
    expect(resolveDate(asOf, '2025-01-22').expression).toBeNull();
    // The sentence's own day still counts.
    const both = 'As of 21 January 2025, the clashes that began on 16 January had displaced 32,000 people.';
    expect(resolveDate(both, '2025-01-22').expression).toBe('on 16 January');
  });
});
