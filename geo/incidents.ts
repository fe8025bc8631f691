// One report -> its incidents. Mentions are found and resolved, each gets a role, and every
// incident mention becomes a dated, typed, attributed account quoting the report's own sentence.

import { asideClauses, civilDate, daysInMonth, findDateExpressions, isStatementDate, resolveDate } from './dates.ts';
import { attribution, eventCues, eventType, isDenial, type Cue } from './events.ts';
import { furnitureSpans } from './furniture.ts';
import type { Gazetteer } from './gazetteer.ts';
import { findMentions, LIST_SEPARATOR, SETTLEMENT_WORDS, textAfter, textBefore, textBetween, type FoundMention } from './mentions.ts';
import { bearingThenNear, contains, DISTANCE_LINK, FRONT_REACH_KM, isFront, plantAfter, inDistrictOf, inHromada, isHromada, distanceKm, isCityUnit, opensSentence, resolveMentions, SMALL_TOWN_POPULATION, withinUnitReach, type Resolution, type ResolveOptions, DEFAULT_RESOLVE_OPTIONS } from './resolve.ts';
import { areaAround, aroundOf, BEARING_BEFORE, besideOf, centralPart, direction, directionBefore, namesCentre, OFFSET_BEFORE, offsetFrom, offshore, partOf } from './refine-place.ts';
import { decideRole, DISTANCE_CUE, isJurisdiction, JUXTAPOSITION, NOT_SETTING_CUE, PLACE_BEFORE_CUE, TABLE_ROW, type RoleDecision } from './roles.ts';
import { paragraphs, splitSentences } from './sentences.ts';
import { nameKey } from './normalize.ts';
import { explain } from './explanation.ts';
import type { DatePrecision, EventType, Explanation, Place, Report, ResolvedDate, Sentence, Span } from './types.ts';
import { formatDay, MONTH_FULL_RE, numberValue, parseIsoDay, WEEKDAY_RE } from './dates.ts';

export interface RoledMention {
  resolution: Resolution;
  role: RoleDecision;
  /** Where the words name the place back ("in the city's"), for a town named in an earlier
   * sentence: the event is dated and typed from there. */
  namedBackAt?: number;
}

/** What an account keeps of its report: everything but the text (its quote is a slice of the
 * text already), so a long run holds accounts, not reports. */
export type ReportMeta = Omit<Report, 'text'>;

/** One report's account of one incident, before accounts of several reports are merged. */
export interface Account {
  report: ReportMeta;
  place: Place;
  /** The place words: a span of the report text. */
  mention: Span & { text: string };
  /** Why here and why an incident, made when the account is (the analysis is not kept). */
  explanation: Explanation;
  roleCue: string;
  sentence: Sentence;
  date: ResolvedDate;
  type: EventType;
  typeCue: string | null;
  claimedBy: string | null;
  disputedBy: string | null;
  /** The words named a place inside `place` that the gazetteer lacks ("Zelenivka" in Donetsk
   * region): the account is that unknown place, so it does not merge into another place inside. */
  standsFor: string | null;
  /** The date is the day a statement was made, the sentence's only date: the report's date of
   * the event takes its place when there is one (mergeWithinReport). */
  dateSpoken: boolean;
}

export interface ReportAnalysis {
  report: Report;
  sentences: Sentence[];
  mentions: RoledMention[];
  accounts: Account[];
}

/** How many days before publication an event may be and still be this report's news. */
const NEWS_WINDOW_DAYS = 10;

/** "Middle East Eye has compiled the main incidents of the past two weeks": a roundup that says
 * what span it covers makes that span its news, up to a month. */
function statedWindow(sentences: Sentence[], published: string | null): number | null {
  for (const s of sentences.filter((x) => !x.furniture).slice(0, STATED_WINDOW_SENTENCES)) {
    // ("Between 1 and 14 October 2022, the WHO ... verified 31 new attacks": a summary of the
    // span it names, from its first day.)
    const span = COVERED_SPAN.exec(s.text);
    const from = span ? resolveDate(`on ${span[1]} ${span[2] ?? span[3]}${span[4] ? ` ${span[4]}` : ''}`, published) : null;
    const covered = from?.date && published ? parseIsoDay(published)! - parseIsoDay(from.date)! : null;
    if (covered !== null && covered > NEWS_WINDOW_DAYS && covered <= COVERED_SPAN_MAX_DAYS) return covered + 1;
    // ("Last week in the Sahel: ...", "Weekly update": last week began up to 13 days ago.)
    if (WEEKLY_ROUNDUP.test(s.text)) return WEEKLY_WINDOW_DAYS;
    // ("CrisisWatch is our global conflict tracker, updated monthly": last month's events.)
    if (MONTHLY_ROUNDUP.test(s.text)) return MONTHLY_WINDOW_DAYS;
    const m = STATED_WINDOW.exec(s.text);
    if (!m) continue;
    const n = m[1] ? numberValue(m[1])! : 2;
    const days = m[2] ? n * (/^week/i.test(m[2]) ? 7 : 1) : 14;
    if (days > NEWS_WINDOW_DAYS && days <= 31) return days + 1;
  }
  return null;
}
/** "July 3: fighting reaches Lashio ... On July 25, ... On August 6, ...": a chronicle that
 * dates this many days of its own, within two months of publication, makes that span its news. */
const CHRONICLE_DAYS = 4;
function chronicleWindow(sentences: Sentence[], published: string | null): number | null {
  const today = published ? parseIsoDay(published) : null;
  if (today === null || today === undefined) return null;
  const days = new Set<number>();
  for (const s of sentences) {
    if (s.furniture) continue;
    for (const e of findDateExpressions(s.text)) {
      if (e.kind !== 'calendar') continue;
      const d = resolveDate(`on ${e.text}`, published);
      const day = d.precision === 'day' && d.date ? parseIsoDay(d.date) : null;
      if (day !== null && day !== undefined && today - day >= 0 && today - day <= COVERED_SPAN_MAX_DAYS) days.add(day);
    }
  }
  if (days.size < CHRONICLE_DAYS) return null;
  // (Back from publication, day by day, up to a gap of a month: "seized Vuhledar on October 1",
  // in a weekly told November 18 to 24, is background, and no chronicle's first day.)
  const sorted = [...days].sort((a, b) => b - a);
  let first = today;
  for (const day of sorted) {
    if (first - day > CHRONICLE_GAP_DAYS) break;
    first = day;
  }
  const span = today - first;
  return span > NEWS_WINDOW_DAYS && sorted.filter((d) => d >= first).length >= CHRONICLE_DAYS ? span + 1 : null;
}
const CHRONICLE_GAP_DAYS = 30;
const WEEKLY_ROUNDUP = /^\W*(?:last|this|the\s+past)\s+week\s+in\b|\bweekly\s+(?:update|roundup|round-up|summary|monitor|digest|overview|report|brief)\b|\bweek\s+in\s+review\b/i;
const WEEKLY_WINDOW_DAYS = 14;
const COVERED_SPAN = new RegExp(String.raw`\b(?:between|from)\s+(\d{1,2})(?:\s+(${MONTH_FULL_RE}))?\s+(?:and|to|until)\s+\d{1,2}\s+(${MONTH_FULL_RE})(?:\s+(\d{4}))?\b`, 'i');
/** How long a span a summary may cover and still be news. */
const COVERED_SPAN_MAX_DAYS = 62;
const MONTHLY_ROUNDUP = /\bupdated\s+monthly\b|\bmonthly\s+(?:update|roundup|round-up|summary|tracker|monitor|digest|overview|report|brief|bulletin)\b|^\W*(?:last|this|the\s+past)\s+month\s+in\b|\bmonth\s+in\s+review\b/i;
/** A month's roundup, published early in the next: the whole month before is its news. */
const MONTHLY_WINDOW_DAYS = 45;
const STATED_WINDOW = /\b(?:incidents|attacks|events|violence|strikes|clashes|developments)\s+(?:of|over|from|during|in)\s+the\s+(?:past|last|previous)\s+(?:(two|three|four|\d{1,2})\s+(weeks|days)|fortnight)\b/i;
const STATED_WINDOW_SENTENCES = 3;
/** For the lede's event, dated to the day: reports and investigations come weeks later. */
const LEDE_WINDOW_DAYS = 60;

export function analyseReport(gazetteer: Gazetteer, report: Report, options: ResolveOptions = DEFAULT_RESOLVE_OPTIONS): ReportAnalysis {
  const sentences = splitSentences(report.text, furnitureSpans(report.text));
  const people = new Set<string>();
  const found: FoundMention[] = [];
  for (const s of sentences) if (!s.furniture) found.push(...findMentions(gazetteer, s, people));
  const resolutions = resolveMentions(found, options);
  const mentions: RoledMention[] = resolutions.map((r) => ({ resolution: r, role: decideRole(r) }));
  adjustRolesPerSentence(mentions);
  mentions.push(...townsNamedBack(report.text, sentences, mentions));
  mentions.sort((a, b) => a.resolution.mention.start - b.resolution.mention.start);
  // "the tornado that ripped across Middle Tennessee ... At least 24 people were killed": a report
  // on a natural disaster that names no weapon, force or fighting tells no attack anywhere.
  if (NATURAL_HAZARD.test(report.text) && !CONFLICT_WORDS.test(report.text)) {
    for (const m of mentions) if (m.role.role === 'incident') m.role = { role: 'context', cue: 'a natural disaster, not an attack' };
  }
  const meta: ReportMeta = { id: report.id, outlet: report.outlet, title: report.title, published: report.published, url: report.url };
  const accounts = buildAccounts(report, meta, sentences, mentions);
  return { report, sentences, mentions, accounts };
}

const NATURAL_HAZARD = /\b(?:storms?|floods?|flooding|earthquakes?|quakes?|cyclones?|hurricanes?|typhoons?|wildfires?|bushfires?|tornado(?:e?s)?|tsunamis?|landslides?|mudslides?|blizzards?|avalanches?)\b/i;
/** Words of armed violence: one of them and the report may tell an attack. */
const CONFLICT_WORDS =
  /\b(?:missiles?|drones?|shell(?:s|ing|ed)|artillery|rockets?|mortars?|air\s*strikes?|airstrikes?|bomb(?:s|ing|ed|ers?)?|gunm[ae]n|gunfire|guns?|militants?|troops|soldiers|army|military|rebels?|insurgents?|fighters|militias?|terroris\w+|jihadists?|war|attack(?:s|ed|ers?|ing)?|assault(?:s|ed)?|clashes|fighting|explosi\w+|grenades?|raid(?:s|ed)?|shot|shooting|gangs?|police)\b/i;

/** "the town", "the city's", with no name after it: a settlement named back. */
const TOWN_BACK = /\b(?:(?:in|inside|across|into|around|on|at)\s+the\s+(town|city|village)\b(?!\s+(?:of|and|council|hall|authorities|administration|officials)\b)(?!['’])|the\s+(town|city|village)['’]s\s+(?!(?:mayor|governor|council|authorities|administration|officials|residents|people|population)\b))/i;
const CALENDAR_WORD = new RegExp(`^(?:${MONTH_FULL_RE}|${WEEKDAY_RE})$`, 'i');
/** A live blog entry's time stamp: "**10:30**", "09:45 -". */
const TIMESTAMP_OPENING = /^[\s*_#-]*\d{1,2}[:.]\d{2}\b/;
/** A name after "outskirts of" or "town of" in the event sentence itself: the town meant there. */
const OUTSKIRTS_OF_NAME = /\b(?:outskirts|edge|centre|center|town|city|village)\s+of\s+\p{Lu}/u;
/** How many sentences back the town may have been named, within one paragraph or the one before. */
const TOWN_BACK_SENTENCES = 3;
/** Below these a settlement may be called a town, a village; a city is any size. */
const TOWN_POPULATION = 150_000;
const VILLAGE_POPULATION = 10_000;

/**
 * "Eilat officials ... called for a stronger air-defence presence in Israel's southernmost city,
 * a day after a drone slammed into a hotel area. The drone struck yesterday afternoon in the
 * city's hotel district": an event sentence that names no place but "the city" is the town named
 * just before, when that is the only settlement the last sentences name. The account's sentence
 * runs from the town's sentence to the event's, so its quote holds the place words.
 */
function townsNamedBack(text: string, sentences: Sentence[], mentions: RoledMention[]): RoledMention[] {
  const out: RoledMention[] = [];
  const told = sentences.filter((s) => !s.furniture);
  // (Nor a name that only says where someone is based: "The London-based rights group".)
  const named = (m: RoledMention) =>
    !m.resolution.mention.inName && !m.resolution.mention.demonym && m.resolution.place?.kind !== 'country' && !/^-(?:based|born|registered|headquartered)\b/i.test(textAfter(m.resolution.mention));
  told.forEach((s, k) => {
    const back = TOWN_BACK.exec(s.text);
    if (!back || MODAL_BEFORE.test(s.text.slice(0, back.index))) return;
    // A name of the sentence's own, placed or not, may be the town meant ("fighting around the
    // coastal town of Kyaukphyu ... the town's outskirts", a town the gazetteer lacks).
    if (mentions.some((m) => m.resolution.mention.sentence === s && named(m))) return;
    const events = eventCues(s.text).filter((e) => !MODAL_BEFORE.test(s.text.slice(0, e.start)));
    if (events.length === 0) return;
    const window = told.slice(Math.max(0, k - TOWN_BACK_SENTENCES), k);
    const names = mentions.filter((m) => window.includes(m.resolution.mention.sentence) && named(m));
    const town = names.at(-1);
    const place = town?.resolution.place;
    if (!town || !place || place.kind !== 'city' || names.some((m) => m.resolution.place?.index !== place.index && m.resolution.place?.kind === 'city') || names.some((m) => !m.resolution.place)) return;
    // (The town itself, not a unit named after it, a side of it or a regiment: "the Azov regiment".)
    if (BEARING_BEFORE.test(textBefore(town.resolution.mention)) || OFFSET_BEFORE.test(textBefore(town.resolution.mention)) || /^\s+(?:regiment|battalion|brigade|division|group)\b/i.test(textAfter(town.resolution.mention))) return;
    const word = (back[1] ?? back[2])!.toLowerCase();
    if (word !== 'city' && place.population >= (word === 'village' ? VILLAGE_POPULATION : TOWN_POPULATION)) return;
    // (Within one paragraph, or the first sentence of the next.)
    const first = town.resolution.mention.sentence;
    if ((text.slice(first.end, s.start).match(/\n[ \t]*\n/g) ?? []).length > 1) return;
    // (Not a live blog's next entry: "**10:30** Trukhanov says ... damaged across the city".)
    if (TIMESTAMP_OPENING.test(s.text)) return;
    // (Nor where the words name a place the gazetteer lacks, which "the town" may be: "in the
    // village of Aitaroun, hours after another strike in the nearby town of Bint Jbeil".)
    const spanText = text.slice(first.start, s.end);
    const unheld = [...spanText.matchAll(NAMED_PLACE_PHRASE), ...spanText.matchAll(NEAR_NAME), ...spanText.matchAll(KIND_THEN_NAME)].some(
      (match) => !mentions.some((m) => m.resolution.place && m.resolution.mention.start === first.start + match.indices![1]![0]),
    );
    // (And in the event sentence any name after "in": "the operative killed in Aitaroun".)
    const nameAfterIn = [...s.text.matchAll(/\b(?:in|at|near|outside|around)\s+(\p{Lu}[\p{L}'’-]+)/gu)].some((x) => !CALENDAR_WORD.test(x[1]!));
    if (unheld || nameAfterIn || OUTSKIRTS_OF_NAME.test(s.text)) return;
    const span: Sentence = { start: first.start, end: s.end, text: spanText, furniture: false, quoteOpen: first.quoteOpen };
    out.push({
      resolution: { ...town.resolution, mention: { ...town.resolution.mention, sentence: span } },
      role: { role: 'incident', cue: `named back as "${back[0].trim()}" with "${events[0]!.text}"` },
      namedBackAt: s.start + back.index,
    });
  });
  return out;
}

/** Kinds of place that hold others: named beside one of their own places, they qualify it. */
const AREA_KINDS = new Set(['country', 'admin1', 'region', 'peninsula']);
/** Between a place and the area after it that says where it is: ", ", ", in ", " airport in ", " in northern ". */
// (Past the place's other name in brackets: "Azovske (Azovskoye) in Dzhankoy district".)
const AREA_AFTER = /^(?:\s*\([^()]{1,40}\))?(?:\s+[\w-]+){0,2}?(?:\s*,\s*|\s*,?\s+(?:also\s+)?(?:in|of)\s+)(?:the\s+)?(?:[\w-]+ern\s+|central\s+)?$/i;
/** Between a place (and the kind of site it names) and the city it is in or near: "X, in
 * northern ", "X refugee camp in the ", "X, near the city of ". Not a list ("X and another in
 * Y") nor a clause ("X, killing two in"). */
const SITE_IN =
  /^(?:\s+(?:refugee|displacement|camp|district|neighbou?rhood|quarter|suburb|area|village|town|market|hospital|school|port|base|airport|station))*\s*,?\s+(?:in|near)\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?(?:[\w-]+ern\s+|central\s+)?$/i;
/** An event named back by its place: "the Yankara attack". */
const PLACE_EVENT_NAMED_BACK = /\bthe\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+(?:attacks?|killings?|massacres?|strikes?|bombings?|raids?|ambush(?:es)?|shelling)\b/u;
/** How far back (in characters) a sentence placing an event may be for local officials after it to tell of it. */
const TOLD_BEFORE_REACH = 300;
/** The speaker cue of officials placed in a city: "officials in X", "authorities in X". */
// (And local sources and residents: "Sources in Djibo reported that a JNIM attack on an army
// detachment on Sunday lasted several hours".)
const LOCAL_OFFICIALS_CUE = /^speaker location: "(?:[\w-]+\s+){0,2}(?:officials|authorities|administration|police|sources|residents|witnesses)\s+in\s/i;
// (Not a government's: "Yemeni government officials in Aden have repeatedly called for ...".)
const GOVERNMENT_OFFICIALS_BEFORE = /\b(?:government|federal|national|state|ministry)\s+(?:officials|authorities|sources)\s+in\s+$/i;
/** Between a place naming a facility and the place the facility is in: " chemical plant in ". */
const FACILITY_IN =
  /^\s+(?:[\w-]+\s+){0,3}?(?:plant|factory|refinery|works|depot|airport|air\s*base|airbase|airfield|station|terminal|dam|port|seaport|shipyard)\s+(?:in|at|near)\s+(?:the\s+)?(?:(?:town|village|city)\s+of\s+)?(?:(?:north|south|east|west)(?:ern)?\s+)?$/i;
/** A settlement named with its kind word: "near Kabajeb village", "the town of Marte" (not
 * "an Israeli town"). */
const NAMED_SETTLEMENT = /\b(?:village|town|settlement|hamlet)\s+of\s+\p{Lu}|\b\p{Lu}[\p{L}'’-]+(?<!(?:i|an|ese|ish))\s+village\b/u;
/** How far a facility may lie from the place it is named after. */
const FACILITY_NAME_KM = 80;
/** Between a place (and the kind of site it names) and the sea it lies on: " refinery on the ". */
const COAST_OF = /^(?:\s+[\w-]+){0,3}\s*,?\s+on\s+the\s+$/i;
const AS_WELL_AS = /^[^.;,]{0,60},?\s+as\s+well\s+as\s+(?:the\s+)?$/i;
/** A list whose next name comes with its kind: "Sanaa and the northern province of Saada". */
const KIND_LIST_SEPARATOR = /^\s*,?\s+(?:and|or)\s+(?:the\s+)?(?:(?:north|south|east|west|central)(?:ern)?\s+)?(?:province|region|city|town|village|state|governorate|district)\s+of\s+$/i;
// Between two names of a list, names the gazetteer does not hold (and the rest of a name it
// read in part): "in Kayes, Nioro du Sahel, Diboli, Sandaré, Gogui, Niono and Molodo".
const UNHELD_NAMES_BETWEEN = /^(?:\s+(?:du|de|des|el|al|la|le)\s+\p{Lu}[\p{L}'’-]*)?(?:\s*,\s*\p{Lu}[\p{L}'’-]*(?:[\s-]\p{Lu}[\p{L}'’-]*){0,2}){0,6}\s*(?:,|,?\s+and|,?\s+or)\s+(?:the\s+)?$/u;
/** How near a city may be to a place it qualifies ("X, in northern Y"). */
const NEAR_QUALIFIER_KM = 30;
/** Words that tell a second event in the same sentence (not a name's other spelling: "Dessie
 * (also spelled Dese)"). */
const SECOND_EVENT = /\b(?:separate(?:ly)?|another|second|also(?!\s+(?:spelled|spelt|written|known|called|transliterated))|as well as|meanwhile|elsewhere|while)\b/i;
/** Words that put an event at a place told before: "in the area", "there", "nearby". */
// (Or at a border or front line: "authorities in Tskhinval said their patrol fired after the man
// crossed the so-called border".)
const ELSEWHERE_BACK_REFERENCE = /\b(?:in|near)\s+(?:the|that)\s+(?:area|vicinity)\b|\bthere\b(?!\s+(?:was|were|is|are|had|have)\b)|\bnearby\b|\b(?:the|a)\s+(?:so-called\s+)?(?:border|boundary|front\s*line|frontline|line\s+of\s+contact|occupation\s+line|administrative\s+boundary\s+line)\b/i;

/** "Meanwhile, in North Darfur, ... near El Fasher": an opening word that sets this sentence's
 * event apart from the ones before, not a second event within it. */
const OPENING_ADVERB = /^[\s"“]*(?:meanwhile|separately|elsewhere|also)\s*,/i;

function bySentence(mentions: RoledMention[]): Map<Sentence, RoledMention[]> {
  const out = new Map<Sentence, RoledMention[]>();
  for (const m of mentions) {
    const s = m.resolution.mention.sentence;
    out.set(s, [...(out.get(s) ?? []), m]);
  }
  return out;
}

/** The last placed mention before `m` in its sentence's group. */
function placeBefore(group: RoledMention[], m: RoledMention): RoledMention | undefined {
  return group.filter((o) => o !== m && o.resolution.place && o.resolution.mention.end <= m.resolution.mention.start).at(-1);
}

/** "southwestern Pakistan": the words name a part of the place, not all of it. */
function namesPart(m: RoledMention): boolean {
  const r = m.resolution.mention;
  const before = textBefore(r);
  // ("the town of Zolochiv in Ukraine's northeastern Kharkiv region": after a possessive the
  // bearing says where the unit lies in the country, not a part of the unit.)
  if (POSSESSIVE_BEARING.test(before)) return false;
  return directionBefore(before) !== null || (m.resolution.place !== null && namesCentre(m.resolution.place, before));
}
/** "south Kashmir's Kulgam district", "Baramulla district of north Kashmir": the words put the
 * place in the named part. */
function partHolds(part: RoledMention, m: RoledMention): boolean {
  const a = part.resolution.mention;
  const b = m.resolution.mention;
  if (a.sentence !== b.sentence) return false;
  return a.end <= b.start ? /^['’]s\s+$/.test(textBetween(a, b)) : /^\s+[\p{L}-]+\s+of\s+(?:the\s+)?(?:north|south|east|west|central)[\p{L}-]*\s+$/iu.test(textBetween(b, a));
}
const POSSESSIVE_BEARING = /['’]s\s+(?:(?:north|south)-?(?:east|west)?|east|west|central)(?:ern)?\s+$/i;

// "in the town of Datu Hoffer Ampatuan", "off the Yemeni port of X", "on the outskirts of
// Khanasor": words that put the event in a named place, whether or not the gazetteer holds it.
const NAMED_PLACE_PHRASE = new RegExp(
  `\\b(?:in|at|near|on|outside|off)\\s+the\\s+(?:[\\p{L}-]+\\s+)?(?:${SETTLEMENT_WORDS}|municipality|district|province|commune|county|locality|outskirts|edge|fringes?)\\s+of\\s+(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*)`,
  'gud',
);
// "in Colombia's northeastern Catatumbo region", "in the Tirah valley", "in the Cal Miskaad
// mountains": an area named by its kind.
// "in Barangay Limpongo", "in tambon Bang Lang": a local unit's word, then its name.
const KIND_THEN_NAME = /\b(?:in|at|near)\s+(?:[Bb]arangay|[Tt]ambon|[Ss]itio|[Ee]jido|[Kk]ampung|[Aa]ldea|[Cc]olonia)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)/dgu;
// "PESHAWAR: ... gunmen opened fire on a passenger convoy near Bagan in Lower Kurram".
const NEAR_NAME = /\bnear\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)/dgu;
const NAMED_AREA_PHRASE = /\b(?:in|across|near)\s+(?:the\s+|\p{Lu}[\p{L}-]*['’]s\s+)?(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)\s+(?:region|area|valley|mountains|hills|range|forest|desert|plateau)\b/dgu;

/** The sentence puts the event in a named place the gazetteer does not hold, and that is not
 * the dateline's own: "COTABATO CITY - Three soldiers were killed ... in the town of Datu Hoffer
 * Ampatuan": the event is there, 40 km from where the reporter files, and the map has no place
 * for it rather than a wrong one. */
function unheldPlace(group: RoledMention[], dateline: RoledMention[]): boolean {
  const sentence = group[0]!.resolution.mention.sentence;
  const phrases = [...sentence.text.matchAll(NAMED_PLACE_PHRASE), ...sentence.text.matchAll(NAMED_AREA_PHRASE), ...sentence.text.matchAll(KIND_THEN_NAME), ...sentence.text.matchAll(NEAR_NAME)];
  for (const match of phrases) {
    const name = match[1]!;
    const start = sentence.start + match.indices![1]![0];
    if (group.some((m) => m.resolution.place && !m.resolution.mention.inName && m.resolution.mention.start === start)) continue;
    const first = nameKey(name.split(/\s+/)[0]!);
    if (dateline.some((d) => nameKey(d.resolution.mention.text).split(' ').includes(first))) continue;
    return true;
  }
  return false;
}

/** A wire dateline's place, in capitals: "SRINAGAR", "DEIR AL-BALAH". */
const WIRE_DATELINE = /^[\p{Lu}\s'’.-]{3,}$/u;
const HEADING_CUE = 'the heading ';
/** A line in bold and nothing else: a heading. */
const BOLD_LINE = /^\s*(?:\*\*|__)[^*_\n]+(?:\*\*|__)\s*$/;
const BESIDE_UNHELD = 'beside a place the gazetteer does not hold';
/** An appositive of a place, then how it lies from another: ", the hometown of X, about". */
const APPOSITIVE_THEN = /^\s*,\s+(?:the|a|an)\s+[^,.;()]{1,60},[^,.;]*$/;

// (A local person, not the event's victims told by their own city: "Kramatorsk city council said
// two 14-year-old sisters were among the dead".)
const AMONG_THE_DEAD = /\b(?:local|native|resident|residents)\b[^.;]{0,60}?\b(?:was|were|is|are)\s+among\s+(?:those|the)\s+(?:killed|dead|victims|wounded|injured)\b/i;

/** An official of a region, not of its capital city: "Bryansk Governor", "the regional governor of". */
const REGION_OFFICIAL = /\b(?:governor|regional|oblast|provincial)\b/i;

/** Event words whose object is a settlement named before: "attacked the town". */
const TOWN_HIT_BACK = /\b(?:attacked|struck|hit|shelled|bombed|raided|stormed|overran|pounded|targeted|entered)\s+the\s+(?:town|city|village)\b(?!\s+of\b)/i;

/** A bold heading: "**Kamianske.** At night, ...". */
// (Plain, or after a list bullet, with the units it lies in: "- **Kamianka, Izium hromada, Izium
// district**. Yesterday at around 11:00 an FPV drone hit a car".)
function isHeading(m: FoundMention): boolean {
  if (!HEADING_BEFORE.test(textBefore(m))) return false;
  // (Or a plain log line, perhaps its district in brackets, then a dash: "Gorlovka (Nikitovsky
  // district) – at 10:15 on July 16, ...", as daily incident logs write them; not a wire's
  // dateline in capitals: "PORT SUDAN – November 7, 2025 (SUDAN TRIBUNE) –".)
  if (PLAIN_DASH_AFTER.test(textAfter(m))) return m.text !== m.text.toUpperCase();
  return HEADING_AFTER.test(textAfter(m));
}
const PLAIN_DASH_AFTER = /^(?:\s*\([^()\n]{1,40}\))?\s*[–—]\s+\S/;
// (A post may mark its lines with an emoji: "💥 **Zolochiv** – overnight, ...".)
const HEADING_BEFORE = /^[-*•·\s_\p{Extended_Pictographic}\uFE0F]*$/u;
// (Or the heading's own kind and a colon: "**Khotin hromada:** 5 explosions".)
// (Or a bold name, perhaps its unit, and a dash: "**Tsyrkuny**, Kharkiv district – at 07:40".)
const HEADING_AFTER =
  /^(?:\s+(?:hromada|district|raion|oblast|region|community))?(?:\s*,\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s+(?:hromada|district|raion|region|oblast|province|community|municipality))*(?:\s*[.:]\s*(?:\*\*|__)|\s*(?:\*\*|__)\s*[.:]|\s*\.|\s*(?:\*\*|__)(?:\s*,\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s+(?:hromada|district|raion|region|oblast|province|community|municipality))?\s*[–—-])\s+\S/u;

/** What stands between a place and the unit named to say where it lies: "Tripoli in northern
 * Lebanon", "Kano, in Kano State", "Jolo, Sulu". */
// (Or "in the north of the".)
const STATED_CONTAINER = /^\s*(?:,\s*)?(?:across\s+the\s+(?:border|frontier|river)\s+)?(?:in\s+)?(?:the\s+)?(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+(?:of\s+(?:the\s+)?)?)?$/i;

/** A town told beside a unit lies in it by reach: GeoNames files many towns under no district,
 * or under an older region than the one the report names. */
function heldByReach(unit: Place, town: Place): boolean {
  return (unit.kind === 'admin1' || unit.kind === 'admin2') && town.kind === 'city' && withinUnitReach(unit, town);
}

/** A modal or an infinitive's "to" right before an event word: what is asked or foreseen. */
const MODAL_BEFORE = /\b(?:should|must|would|could|will|might|to)\s+(?:(?:not|also|immediately|quickly)\s+)?$/i;
const WOUNDED_PEOPLE_AFTER = /^\s+(?:[\w-]+\s+)?(?:soldiers|troops|fighters|civilians|people|men|women|children|residents|patients|survivors|officers|policemen)\b/i;

/** Decisions that need the whole sentence: admin context, a country beside its own places, an official's region. */
function adjustRolesPerSentence(mentions: RoledMention[]): void {
  let told: RoledMention[] = []; // the incidents of the last sentence that placed one
  for (const group of bySentence(mentions).values()) {
    // "| 2025-03-08 | Ukraine | Donetsk | Kostiantynivka | Explosions |": a table's region or
    // district column names the unit the row's place lies in, not a place of its own (here the
    // city of Donetsk).
    if (TABLE_ROW.test(group[0]!.resolution.mention.sentence.text)) {
      for (const m of group) {
        const place = m.resolution.place;
        if (m.role.role !== 'incident' || !place || place.kind === 'country') continue;
        const units = [place.admin1, place.admin2].filter((u): u is string => !!u).map((u) => nameKey(u));
        for (const o of group) {
          if (o === m || o.resolution.mention.start > m.resolution.mention.start || o.role.role !== 'incident') continue;
          const key = nameKey(o.resolution.mention.text);
          if (units.some((u) => u === key || u.startsWith(`${key} `))) o.role = { role: 'admin_context', cue: `a table's unit column for ${m.resolution.mention.text}` };
        }
      }
      // (A row tells one place: a later column's, "| Suspilne Donbas (Kramatorsk) |", is its
      // source's or a note's.)
      const cellOf = (m: RoledMention) => (m.resolution.mention.sentence.text.slice(0, m.resolution.mention.start - m.resolution.mention.sentence.start).match(/\|/g) ?? []).length;
      const firstPlaced = group.find((m) => m.role.role === 'incident' && m.resolution.place && m.resolution.place.kind !== 'country');
      for (const m of group) {
        if (firstPlaced && m.role.role === 'incident' && cellOf(m) > cellOf(firstPlaced) + 1) m.role = { role: 'context', cue: `a later column of a row placed at ${firstPlaced.resolution.mention.text}` };
      }
    }
    // "**Kamianske.** At night, a UAV hit the territory of an enterprise in the city.": a bold
    // heading names the place its paragraph tells of, when the sentence names no other.
    // "Residents of Bama, a town in Borno State, ... hid as fighters attacked the town and the
    // military base": the town the event words name back is the one the sentence named.
    const townBack = TOWN_HIT_BACK.exec(group[0]!.resolution.mention.sentence.text);
    // (Not the event's subject: in "Fano entered the town", Fano is the militia that did.)
    const sentenceText = group[0]!.resolution.mention.sentence.text;
    const subject = (m: RoledMention) => /^\s*(?:[\w-]+ly\s+)?$/.test(sentenceText.slice(m.resolution.mention.end - m.resolution.mention.sentence.start, townBack!.index));
    const named = townBack && group.filter((m) => m.resolution.place?.kind === 'city' && m.resolution.mention.start - m.resolution.mention.sentence.start < townBack.index && !subject(m));
    // (A unit that holds the town, told as the event's place, only says where the town lies.)
    const town = named?.length === 1 ? named[0]! : null;
    const holdsTown = (o: RoledMention) => o.resolution.place !== null && o.resolution.place.kind !== 'city' && contains(o.resolution.place, town!.resolution.place!);
    if (town && town.role.role === 'context' && !town.resolution.mention.inName && group.every((o) => o.role.role !== 'incident' || holdsTown(o))) {
      town.role = { role: 'incident', cue: `named back as "${townBack![0]}"` };
      for (const o of group) if (o.role.role === 'incident' && o !== town) o.role = { role: 'admin_context', cue: `area of ${town.resolution.mention.text}` };
    }
    const heading = group.find((m) => m.role.role === 'context' && m.role.cue === NOT_SETTING_CUE && m.resolution.place && isHeading(m.resolution.mention));
    if (heading && !group.some((o) => o !== heading && o.role.role === 'incident')) {
      heading.role = { role: 'incident', cue: `${HEADING_CUE}"${heading.resolution.mention.text}" of the paragraph's event` };
    }
    // "fired missiles at a cargo vessel in the Red Sea off the port of Mocha": the event is at
    // sea off the town (refinedPlace), so the town says where the sea area lies.
    for (const [i, sea] of group.entries()) {
      const coast = group[i + 1];
      if (sea.role.role !== 'incident' || sea.resolution.place?.kind !== 'sea' || !coast || coast.role.role !== 'incident' || !coast.resolution.place) continue;
      if ((coast.resolution.place.kind === 'city' || coast.resolution.place.kind === 'admin1') && OFFSHORE_LINK.test(textBetween(sea.resolution.mention, coast.resolution.mention))) {
        coast.role = { role: 'admin_context', cue: `the coast the ${sea.resolution.mention.text} lies off` };
      }
    }
    const incidents = group.filter((m) => m.role.role === 'incident' && m.resolution.place);
    for (const m of incidents) {
      const ctx = m.resolution.context;
      if (!ctx) continue;
      for (const other of group) {
        // ("QUETTA, Pakistan (AP) — ... in southwestern Pakistan": a part of it is no admin unit,
        // unless the words put the place in that part: "in south Kashmir's Kulgam district".)
        if (other !== m && other.resolution.place?.index === ctx.index && other.role.role === 'incident' && (!namesPart(other) || partHolds(other, m))) {
          other.role = { role: 'admin_context', cue: `admin unit of ${m.resolution.mention.text}` };
        }
      }
    }
    // "a Lebanese citizen from Tripoli in northern Lebanon was among those wounded": the unit
    // that says where a place lies shares that place's part in the sentence, here an origin.
    for (const m of group) {
      const ctx = m.resolution.context;
      // (Not a word of a longer name, "al-Ahli Arab Hospital in Gaza City": the gazetteer lacks
      // that place, and the unit is where it is.)
      if (!ctx || !m.resolution.place || m.resolution.mention.inName || m.role.role === 'incident' || m.role.role === 'admin_context') continue;
      // (Past the same place's other name in brackets: "near Al-Nuhud (En Nahud) in West
      // Kordofan".)
      const next = group.find((o) => o.resolution.mention.start > m.resolution.mention.end && o.resolution.place?.index !== m.resolution.place!.index);
      const between = next ? textBetween(m.resolution.mention, next.resolution.mention).replace(/^\s*\([^()]*\)/, '') : '';
      const unit = next?.resolution.place?.index === ctx.index ? ctx : ctx.index === m.resolution.place.index ? next?.resolution.place : null;
      if (next?.role.role === 'incident' && unit && next.resolution.place?.index === unit.index && contains(unit, m.resolution.place) && STATED_CONTAINER.test(between)) {
        next.role = { role: 'context', cue: `where ${m.resolution.mention.text} lies (${m.role.cue})` };
      }
    }
    // "a tent camp in al-Mawasi, west of Khan Younis": when no place the gazetteer holds comes
    // right before, the side of the named place is where it happened. (decideRole gives this
    // cue only in a sentence with event words, as for any incident.)
    for (const m of group) {
      if (m.role.role !== 'context' || !m.role.cue.startsWith(PLACE_BEFORE_CUE) || !m.resolution.place) continue;
      const before = placeBefore(group, m);
      // Right after the place's comma, or a few words on in the same phrase ("Valle del Cauca
      // province just south of").
      const between = before && textBetween(before.resolution.mention, m.resolution.mention);
      // (And the place's kind words before the comma: "Mastung district of southwestern
      // Balochistan province, some 40 kilometers (25 miles) south of", "Balata refugee camp, east of".)
      // (A unit in parentheses counts as one word: "Navolato municipality about 30 km (19 miles)
      // west of the state capital".)
      // (Or after an appositive of the place: "Kryvyi Rih, the hometown of Volodymyr Zelenskyy,
      // about 140km south-west of".)
      const adjacentPlace =
        between !== undefined &&
        // (Or the place's unit between: "Merawi town, Mecha woreda, about 30 kilometers south of".)
        (/^(?:\s+[\p{Ll}-]+){0,3}\s*,(?:\s*\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,2}\s*,)?[^,.;]*$/u.test(between) ||
          // (Or in a bracket right after it: "Svitlodarsk (government-controlled, 57km north-east of".)
          /^\s*(?:\([^()]{1,30}\)\s*)?\(\s*(?:[\p{L}-]+\s*,\s*)?[^(),.;]*$/u.test(between) || /^(?:\s+[\w-]+|\s+\([^()]{1,30}\)){0,10}\s*$/.test(between) || APPOSITIVE_THEN.test(between));
      // (A sea before is where the position lies, not a place it describes: "transiting the Gulf
      // of Aden, approximately 98 NM south-east of Aden".)
      if (!adjacentPlace || before?.resolution.place?.kind === 'sea') {
        m.role = { role: 'incident', cue: `${m.role.cue.replace(PLACE_BEFORE_CUE, BESIDE_UNHELD)}` };
      }
    }
    // "In Mandera, militants attacked a police camp in Elwak, about 160 kilometres south-west of
    // Mandera town": the area a sentence opens with is the setting of the event placed inside it.
    const placedEvents = group.filter((m) => m.role.role === 'incident' && m.resolution.place);
    for (const m of placedEvents) {
      if (!opensSentence(m.resolution.mention) || namesPart(m)) continue;
      // (The event placed by a distance from the same name counts: its place is elsewhere.)
      const measured = (o: RoledMention) => o.role.cue.startsWith(BESIDE_UNHELD) || o.role.cue.startsWith(DISTANCE_CUE);
      // (A front named after a town holds the places told within its reach, the town's own
      // telling too: "In the Kupiansk axis, defenders repelled seven attacks near Kupiansk,
      // Petropavlivka and Ivanivka".)
      const front = isFront(m.resolution.mention);
      const heldByFront = (o: RoledMention) => front && !isFront(o.resolution.mention) && distanceKm(m.resolution.place!, o.resolution.place!) <= FRONT_REACH_KM;
      const otherTelling = (o: RoledMention) => o.resolution.place!.index !== m.resolution.place!.index || measured(o);
      const inside = placedEvents.some(
        // (Or by reach, a town GeoNames files under no zone: "In West Gojjam zone, fighting was
        // also reported on Saturday in Merawi town".)
        (o) => o !== m && o.role.role === 'incident' && ((otherTelling(o) && (contains(m.resolution.place!, o.resolution.place!) || heldByReach(m.resolution.place!, o.resolution.place!))) || heldByFront(o)),
      );
      if (inside) m.role = { role: 'admin_context', cue: 'the area the sentence opens with' };
    }
    // "the Tuapse refinery on the Black Sea": the sea says where the place before it lies. (So
    // does a coast, whatever the gazetteer reads its name as: "based in Port Sudan on the Red Sea
    // coast" is no event in Sudan's Red Sea state.)
    for (const m of group) {
      const r = m.resolution;
      const coast = /^\s+coast(?:line)?\b/i.test(textAfter(r.mention));
      if (m.role.role !== 'incident' || (r.place?.kind !== 'sea' && !coast)) continue;
      const before = placeBefore(group, m);
      if (before && before.resolution.place!.kind !== 'sea' && COAST_OF.test(textBetween(before.resolution.mention, m.resolution.mention))) {
        m.role = { role: 'context', cue: `the sea ${before.resolution.mention.text} lies on` };
      }
    }
    // "shelled Russia's Belgorod region", "floods hit Ethiopia's Somali region": the event's
    // words reach the possessor, but the place is the one it owns.
    for (const m of group) {
      if (m.role.role !== 'incident' || !m.resolution.place) continue;
      const owner = m.resolution.place;
      // ("strikes on Yemen's Houthi-controlled capital Sanaa": a few words may stand between, and
      // a capital so introduced is the place, not its government.)
      const after = group.find((o) => o.resolution.mention.start > m.resolution.mention.end && !o.resolution.mention.demonym);
      if (!after || !after.resolution.place) continue;
      const between = textBetween(m.resolution.mention, after.resolution.mention);
      const owned = after.role.role === 'context' ? /^['’]s\s+(?:(?:north|south|east|west|central)[\w-]*\s+)?$/i.test(between) : after.role.role === 'actor' && /^['’]s\s+(?:[\w-]+\s+){0,2}capital\s+$/i.test(between);
      if (!owned || !contains(owner, after.resolution.place) || after.resolution.place.index === owner.index) continue;
      after.role = { role: 'incident', cue: `"${m.resolution.mention.text}'s ${after.resolution.mention.text}" (${m.role.cue})` };
      m.role = { role: 'admin_context', cue: `${owner.kind === 'country' ? 'country' : 'area'} of ${after.resolution.mention.text}` };
    }
    // A dateline ("DEIR AL-BALAH, Gaza Strip (AP) — An airstrike on a school in Nuseirat ...") is
    // where the reporter files from: it gives way to a place the sentence puts the event in.
    const dateline = group.filter((m) => m.role.role === 'incident' && m.role.cue.includes('opening a report'));
    // (A place that resolved to nothing does not count: "- Kharkiv: a drone hit a house in the
    // Kyivskyi district", where several cities have a Kyivskyi district, is still Kharkiv's.)
    // A part of a country counts ("in southwestern Pakistan"); the country alone does not,
    // unless it is another country than the dateline's ("DUBAI - U.S. strikes on Yemen's Ras
    // Isa fuel port", a port the gazetteer lacks, did not happen in Dubai).
    const abroad = (country: Place) => !dateline.some((d) => d.resolution.place?.countryCode === country.countryCode);
    const placedElsewhere = (m: RoledMention) =>
      m.role.role === 'incident' && !m.role.cue.includes('opening a report') && m.resolution.place !== null &&
      (m.resolution.place.kind !== 'country' || namesPart(m) || abroad(m.resolution.place));
    // (A wire dateline gives way to a name the words put the event in that the gazetteer
    // cannot settle, too: "SRINAGAR, India - Indian troops killed two militants trying to
    // cross ... into the Uri sector". Not a list line's place, as above.)
    const wire = dateline.some((d) => WIRE_DATELINE.test(d.resolution.mention.text));
    // (Only a name none of whose readings lies in the dateline's own city: "KHARKIV - a drone
    // hit a house in the Kyivskyi district", one of several, may well be Kharkiv's.)
    const ownPart = (m: RoledMention) => m.resolution.candidates.some((c) => dateline.some((d) => d.resolution.place && distanceKm(c.place, d.resolution.place) <= d.resolution.place.radiusKm + NEAR_CITY_KM));
    const unsettled = (m: RoledMention) =>
      m.role.role === 'incident' && m.resolution.place === null && !m.resolution.mention.demonym && !m.resolution.mention.inName && m.resolution.candidates.length > 0 && !ownPart(m);
    if (dateline.length && (group.some(placedElsewhere) || (wire && group.some(unsettled)) || unheldPlace(group, dateline))) {
      for (const m of dateline) m.role = { role: 'speaker', cue: `dateline: "${m.resolution.mention.text}"` };
    }
    // A country or a region and a place inside it, in the sentence that tells the event ("a
    // fuel depot at Nyala airport in South Darfur"): the area says where the place is, so one
    // event, at the finer place. A country always qualifies; a region only right after the
    // place, or when the sentence does not tell a second event ("a raid near Sevastopol and a
    // separate attack on the Crimean Peninsula").
    const sentence = group[0]!.resolution.mention.sentence;
    const anotherEvent = SECOND_EVENT.test(sentence.text.replace(OPENING_ADVERB, ''));
    const placed = group.filter((m) => m.role.role === 'incident' && m.resolution.place);
    // "attacked east of Siversk near Bilohorivka": the place near which it happened is the
    // event's; the one it lies a way from only tells where that is.
    for (const m of placed) {
      const from = group.find((s) => s.role.role === 'incident' && s.resolution.place && bearingThenNear(s.resolution.mention, m.resolution.mention));
      if (from) from.role = { role: 'context', cue: `tells the way to ${m.resolution.mention.text}` };
    }
    // "tore through a block of the Jabalia refugee camp in northern Gaza": the event words reach
    // the area by its "in"; the place right before that the area holds is where in it.
    for (const m of [...placed]) {
      const place = m.resolution.place!;
      if (m.role.role !== 'incident' || !AREA_KINDS.has(place.kind) || place.kind === 'country') continue;
      const s = group[group.indexOf(m) - 1];
      const inner = s?.resolution.place;
      if (!s || !inner || s.role.role !== 'context' || s.role.cue !== NOT_SETTING_CUE || s.resolution.mention.inName) continue;
      if (!/^\s+(?:[\w-]+\s+){0,2}?in\s+(?:the\s+)?(?:[\w-]+ern\s+|central\s+)?$/i.test(textBetween(s.resolution.mention, m.resolution.mention))) continue;
      if (!contains(place, inner) || AREA_KINDS.has(inner.kind)) continue;
      s.role = { role: 'incident', cue: `where in ${m.resolution.mention.text} (${m.role.cue})` };
      placed.push(s);
    }
    for (const m of placed) {
      if (m.role.role !== 'incident') continue;
      const place = m.resolution.place!;
      const area = AREA_KINDS.has(place.kind);
      const inside = placed.find((s) => {
        if (s === m || s.role.role !== 'incident') return false;
        const inner = s.resolution.place!;
        if (inner.index === place.index) return false;
        const a = s.resolution.mention;
        const between = a.end <= m.resolution.mention.start ? textBetween(a, m.resolution.mention) : null;
        const qualifies = between !== null && AREA_AFTER.test(between);
        // "the Jabalia refugee camp, in northern Gaza": a place right after another, behind "in",
        // says where that one lies even when it is a city (here, one name for city and strip)
        // rather than an area that holds it; if it lies near.
        // (A unit told right after the town holds it by reach where GeoNames files the town
        // under no unit of that level: "in Dembecha town, in West Gojjam Zone".)
        const held = contains(place, inner) || (qualifies && heldByReach(place, inner));
        if (place.kind === 'admin2' && qualifies && held && !contains(inner, place)) return true;
        if (!area) return between !== null && SITE_IN.test(between) && inner.radiusKm <= place.radiusKm && distanceKm(inner, place) <= NEAR_QUALIFIER_KM;
        if (!held || contains(inner, place)) return false;
        return place.kind === 'country' || qualifies || !anotherEvent;
      });
      if (inside) m.role = { role: 'admin_context', cue: `${place.kind === 'country' ? 'country' : 'area'} of ${inside.resolution.mention.text}` };
    }
    // "the Bryansk chemical plant in Seltso", "the Zaporizhzhia nuclear power plant in
    // Enerhodar": a place naming a facility that lies in another place names it only; the place
    // it lies in is the event's.
    for (const s of placed) {
      if (s.role.role !== 'incident') continue;
      const m = placed.find((o) => o !== s && o.role.role === 'incident' && o.resolution.mention.start >= s.resolution.mention.end);
      if (!m || !FACILITY_IN.test(textBetween(s.resolution.mention, m.resolution.mention))) continue;
      // (A unit's name far from the place is the facility's name only: "the Muthanna air base in
      // western Baghdad" is no site in Muthanna province, 300 km off.)
      const farUnit = s.resolution.place!.kind === 'admin1' || s.resolution.place!.kind === 'admin2';
      // (Unless the words say which town it is in: "the Pivdennyi port in the town of Yuzhne",
      // where the gazetteer's Pivdennyi is a village 200 km off.)
      const toldTown = /\b(?:town|village|city)\s+of\s+(?:(?:north|south|east|west)(?:ern)?\s+)?$/i.test(textBetween(s.resolution.mention, m.resolution.mention));
      if (distanceKm(s.resolution.place!, m.resolution.place!) > FACILITY_NAME_KM && !farUnit && !toldTown) continue;
      // ("the Ladyzhyn thermal power plant in the Vinnytsia region": a unit holding the town says
      // where the town is.)
      const unit = m.resolution.place!;
      if ((unit.kind === 'admin1' || unit.kind === 'admin2') && contains(unit, s.resolution.place!)) {
        m.role = { role: 'admin_context', cue: `area of ${s.resolution.mention.text}` };
        continue;
      }
      s.role = { role: 'context', cue: `names a facility in ${m.resolution.mention.text}` };
    }
    // "In Zaporizhzhia, Russian missiles hit the Dnipro hydroelectric power station": a plant
    // or a dam is named after a river or a town that may lie far off; a place the sentence
    // opens with, where the event is, says where it stands.
    const opening = placed.find((o) => o.role.role === 'incident' && opensSentence(o.resolution.mention));
    for (const s of placed) {
      if (!opening || s === opening || s.role.role !== 'incident' || !plantAfter(s.resolution.mention)) continue;
      if (contains(opening.resolution.place!, s.resolution.place!) || s.resolution.place!.index === opening.resolution.place!.index) continue;
      s.role = { role: 'context', cue: `names a facility in ${opening.resolution.mention.text}` };
    }
    // A list shares its cue: "in the Zaporizhzhia, Dnipropetrovsk and Kirovohrad regions",
    // "Khotin, Krasnopillia and Velyka Pysarivka came under attack".
    for (let i = 0; i < group.length; i++) {
      const m = group[i]!;
      // (A name that places nothing passes its cue on too: "repelled assaults near Kamianka and
      // Dvorichna", where no Kamianka of the gazetteer is the report's.)
      const unheld = !m.resolution.place && !m.resolution.mention.demonym && !m.resolution.mention.inName;
      if (m.role.role !== 'incident' || (!m.resolution.place && !unheld) || m.resolution.place?.kind === 'country') continue;
      for (const step of [-1, 1]) {
        for (let j = i + step; j >= 0 && j < group.length; j += step) {
          const a = group[Math.min(j, j - step)]!.resolution.mention;
          const b = group[Math.max(j, j - step)]!.resolution.mention;
          const other = group[j]!;
          const sep = textBetween(a, b);
          // ("Nikopol itself came under fire, as well as the Marhanets, Myrove ... hromadas": a
          // list the event reaches after the place's own telling.)
          const asWellAs = step === 1 && j === i + 1 && AS_WELL_AS.test(sep);
          if (!LIST_SEPARATOR.test(sep) && !KIND_LIST_SEPARATOR.test(sep) && !UNHELD_NAMES_BETWEEN.test(sep) && !asWellAs) break;
          // A name that places nothing ("Antonivka", too ambiguous) is still one of the list:
          // "shelled Bilozerka, Antonivka, Sadove and Dniprovske" goes on past it.
          if (!other.resolution.place && other.role.role === 'context' && !other.resolution.mention.demonym && !other.resolution.mention.inName) continue;
          // (Nor a word of a longer name: "Petropavlovka and Kupyansk-Uzlovoy" is no Kupiansk.)
          if (other.role.role !== 'context' || !other.resolution.place || other.resolution.place.kind === 'country' || other.resolution.mention.demonym || other.resolution.mention.inName) break;
          // "Celaya, Guanajuato": a name holding the incident's place qualifies it; not a list.
          // (Held by reach too, where GeoNames files the place under another unit's code: "Isabela
          // City, Basilan", filed under the old Muslim Mindanao region.)
          const unit = other.resolution.place;
          // (Or a hromada, the country around its town: "In Berestove, Borova hromada".)
          // (Qualifying by a comma, "Zolochiv, Bohodukhiv district"; "the city of Voronezh and
          // the Ostrogozhsk and Rossosh districts" is a list.)
          const comma = /^\s*,\s*$/.test(sep);
          const holds = (p: Place) =>
            contains(unit, p) ||
            heldByReach(unit, p) ||
            (comma && isHromada(other.resolution.mention) && inHromada(unit, p)) ||
            (comma && unit.kind === 'city' && other.resolution.mention.typeCue === 'admin2' && inDistrictOf(unit, p));
          if (m.resolution.place && holds(m.resolution.place)) {
            other.role = { role: 'admin_context', cue: `admin unit of ${m.resolution.mention.text}` };
            break;
          }
          other.role = { role: 'incident', cue: `listed with ${m.resolution.mention.text} (${m.role.cue})` };
        }
      }
    }
    // No place in the sentence is the event's, but an official who reports it speaks for one:
    // "the governor of the Kharkiv region said Russia used missiles in a salvo". So do local
    // officials placed in a city ("Officials in Donetsk said shelling hit a market"); not those
    // in a national capital, who speak for a government ("a US official in Washington said").
    // (Nor is a place the gazetteer lacks: "the head of the Zaporizhzhia regional military
    // administration said bombs hit an industrial site in the city's Oleksandrivskyi district".)
    // (A country the sentence opens with is no place of the event: "In Ukraine, regional
    // authorities in Zaporizhzhia say a drone attack damaged energy infrastructure in the city".)
    if (!group.some((m) => m.role.role === 'incident' && m.resolution.place && m.resolution.place.kind !== 'country')) {
      const sentence = group[0]!.resolution.mention.sentence.text;
      // (Not when the event is "in the area" or "there": a place told before, not the officials'
      // city. "Russian-installed officials in Luhansk said a drone had hit a facility in the
      // area" is Rovenky's strike, 50 km away.)
      const elsewhere = ELSEWHERE_BACK_REFERENCE.test(sentence);
      const localOfficials = (m: RoledMention) =>
        !elsewhere &&
        m.role.role === 'speaker' &&
        LOCAL_OFFICIALS_CUE.test(m.role.cue) &&
        !GOVERNMENT_OFFICIALS_BEFORE.test(sentence.slice(0, m.resolution.mention.start - m.resolution.mention.sentence.start)) &&
        m.resolution.place?.kind === 'city' &&
        m.resolution.place.featureCode !== 'PPLC';
      // (Nor officials or sources of a place whose province the sentence before placed the event
      // in: "an attack ... in Imam Sahib district of Kunduz province on Thursday. Sources in Kunduz
      // said four Taliban fighters were killed" tells of Imam Sahib's; so "The Katsina police
      // spokesperson confirmed" an attack on a village of Katsina State told just before.)
      const toldInRegion = (m: RoledMention) =>
        told.some((t) => t.resolution.mention.sentence.end <= m.resolution.mention.sentence.start && m.resolution.mention.sentence.start - t.resolution.mention.sentence.end <= TOLD_BEFORE_REACH && t.resolution.place!.admin1Code === m.resolution.place?.admin1Code && t.resolution.place !== m.resolution.place);
      // (Nor an event named back by its place, told before: "The Katsina police spokesperson
      // confirmed the Yankara attack".)
      const namedBack = PLACE_EVENT_NAMED_BACK.exec(sentence);
      // (The name may be one the gazetteer lacks: it is enough that a sentence before says it.)
      const toldBack =
        namedBack !== null &&
        mentions.some((o) => o.resolution.mention.sentence.start < group[0]!.resolution.mention.sentence.start && o.resolution.mention.sentence.text.split(/[^\p{L}'’-]+/u).includes(namedBack[1]!));
      const official = toldBack ? undefined : group.find((m) => m.resolution.place && m.resolution.place.kind !== 'country' && (isJurisdiction(m.resolution) || localOfficials(m)) && !toldInRegion(m));
      // (Nor the wounded as people, not an event: "several wounded soldiers had been flown to a
      // hospital in Timika", a police spokesperson in Jayapura said.)
      // (Nor an event only claimed or blamed, told before: "officials in Aden blamed AQAP; no
      // group claimed the attack".)
      const events = eventCues(sentence).filter(
        (e) =>
          !/^(?:dead|died|casualties|impact)$/i.test(e.text) &&
          !(/^(?:wounded|injured)$/i.test(e.text) && WOUNDED_PEOPLE_AFTER.test(sentence.slice(e.end))) &&
          !CLAIMED_BACK_BEFORE.test(sentence.slice(0, e.start)) &&
          // (Nor what they ask or foresee: "called for a ceasefire and said the forces should withdraw".)
          !MODAL_BEFORE.test(sentence.slice(0, e.start)),
      );
      // (Nor one who says a local person was among the dead of an event elsewhere: "In Poland, the
      // mayor of Przemysl said local volunteer Damian Sobol was among those killed".)
      if (official && events.length && !/\b(?:could|would|might|plans?|if)\b/i.test(sentence) && !AMONG_THE_DEAD.test(sentence)) {
        official.role = { role: 'incident', cue: `reported by an official of ${official.resolution.mention.text} ("${events[0]!.text}")` };
        // "Bryansk Governor Alexander Bogomaz reported that air defense destroyed eight drones
        // over the region": a governor speaks for the region named after its capital.
        const r = official.resolution;
        const words = r.mention.sentence.text.slice(Math.max(0, r.mention.start - r.mention.sentence.start - 40), r.mention.end - r.mention.sentence.start + 40);
        // (Not when the words say the city: "regional authorities in Zaporizhzhia say a drone
        // damaged energy infrastructure in the city".)
        const region = r.place!.kind === 'city' && REGION_OFFICIAL.test(words) && !/\bthe\s+city\b/i.test(sentence) ? r.candidates.find((c) => c.place.kind === 'admin1' && c.place.admin1Code === r.place!.admin1Code)?.place : undefined;
        if (region) official.resolution = { ...r, place: region, reasons: [...r.reasons, `a regional official speaks for ${region.name}`] };
      }
    }
    const placedHere = group.filter((m) => m.role.role === 'incident' && m.resolution.place && m.resolution.place.kind !== 'country');
    if (placedHere.length) told = placedHere;
  }
}

// "a partly collapsed apartment block", "the damaged building": a state, not the event.
const ATTRIBUTIVE_BEFORE = /\b(?:a|an|the|its|their|his|her)\s+(?:(?:partly|partially|badly|heavily|completely|fully|largely|severely|half)[\s-]+)?$/i;
const ATTRIBUTIVE_WORD = /^(?:collapsed|destroyed|damaged|burned|burnt|flattened|torched|bombed|downed|sunk)$/i;
const NOUN_AFTER = /^[\s-]+(?:out\s+)?(?!(?:by|in|on|at|near|after|when|while|as|and|or|during|from|to|with)\b)[a-z][\w-]*/i;

/** Characters between an account's place words and the nearest event word told (not a
 * describing participle) in its sentence. */
function eventDistance(a: Account): number {
  const at = a.mention.start - a.sentence.start;
  let best = Infinity;
  for (const e of toldEvents(a.sentence.text)) best = Math.min(best, e.start >= at ? e.start - at : at - e.end);
  return best;
}

/** The sentence's event words but those that only describe a thing. */
function toldEvents(sentence: string): Cue[] {
  return eventCues(sentence).filter((e) => !isAttributive(sentence, e));
}

function isAttributive(sentence: string, cue: Cue): boolean {
  return (
    ATTRIBUTIVE_WORD.test(cue.text) &&
    ATTRIBUTIVE_BEFORE.test(sentence.slice(Math.max(0, cue.start - 30), cue.start)) &&
    NOUN_AFTER.test(sentence.slice(cue.end, cue.end + 30))
  );
}

function dateFor(report: Report, sentences: Sentence[], sentence: Sentence, anchor: number): ResolvedDate & { spoken: boolean } {
  const own = resolveDate(sentence.text, report.published, { preferOffset: anchor });
  // "Russia's defence ministry said on Monday it had targeted ...": the day of a statement, the
  // sentence's only date, is when it was said; the report's own date of the event comes first
  // (mergeWithinReport), and this one only when the report has none.
  const spoken = saidOn(sentence.text, own);
  // "In the same barrage, a missile struck a residential tower in Ramat Gan", "Hours earlier,
  // Israeli jets struck the reactor at Arak": the day of the event told just before.
  if (own.precision === 'unknown' && SAME_OCCASION.test(sentence.text)) {
    const told = dayToldBefore(report, sentences, sentenceIndex(sentences, sentence), SAME_OCCASION_SENTENCES);
    if (told) return told;
  }
  if (own.precision !== 'unknown' || own.expression) return { date: own.date, precision: own.precision, expression: own.expression, spoken };
  // The paragraph's earlier sentences often carry the date ("On Thursday, ... . The missiles hit ...").
  const paragraph = paragraphs(report.text).find((p) => p.start <= sentence.start && sentence.end <= p.end);
  const earlier = sentences.filter((s) => paragraph && s.start >= paragraph.start && s.end <= sentence.start && !s.furniture).reverse();
  for (const s of earlier.slice(0, 2)) {
    const d = resolveDate(s.text, report.published);
    // (Not the start of a span: "fighting ... has raged since Sunday. Three were killed in the
    // Damascus strikes" is no Sunday's event.)
    const at = d.expression ? s.text.indexOf(d.expression) : -1;
    if (at >= 0 && /\bsince\s+$/i.test(s.text.slice(0, at))) continue;
    if (d.precision !== 'unknown') return { date: d.date, precision: d.precision, expression: d.expression, spoken: false };
  }
  const i = sentenceIndex(sentences, sentence);
  // "On October 7, 2023, gunmen ... killed more than 100 ... Nearby communities suffered similar
  // devastation that morning. In Nir Oz ...": the day just told, across a paragraph break.
  if ([sentence, ...earlier.slice(0, 2)].some((s) => THAT_DAY.test(s.text))) {
    const told = dayToldBefore(report, sentences, i, THAT_DAY_SENTENCES);
    if (told) return told;
  }
  // "MONDAY, AUG 21" on a line of its own, then the day's items: a timeline's day heading dates
  // the lines under it, up to the next heading.
  for (const s of sentences.slice(Math.max(0, i - DAY_HEADING_REACH), i).reverse()) {
    const bare = s.text.replace(/[*_#:\s]+/g, ' ').trim();
    // (Not an article's own time stamp: "Saturday, 16 September 2023, 10:42".)
    if (bare.length === 0 || bare.length > DAY_HEADING_LENGTH || /\d{1,2}[:.]\d{2}/.test(s.text)) continue;
    const d = resolveDate(bare, report.published);
    // (Or a heading that ends in a colon: "Key developments on July 8:", then the day's items.)
    const heading = (d.expression !== null && d.expression.length >= bare.length * 0.6) || /:\s*$/.test(s.text);
    if (d.precision === 'day' && d.expression && heading) return { date: d.date, precision: d.precision, expression: d.expression, spoken: false };
  }
  return { date: null, precision: 'unknown', expression: null, spoken: false };
}
/** The day the nearest of the `reach` sentences before sentence `i` tells an event on (not a
 * statement's day). */
function dayToldBefore(report: Report, sentences: Sentence[], i: number, reach: number): (ResolvedDate & { spoken: boolean }) | null {
  for (const s of sentences.slice(Math.max(0, i - reach), i).reverse()) {
    if (s.furniture) continue;
    const d = resolveDate(s.text, report.published);
    if (d.precision === 'day' && !saidOn(s.text, d)) return { date: d.date, precision: d.precision, expression: d.expression, spoken: false };
  }
  return null;
}

/** A time of the day just told: "that morning", "the same day". */
const THAT_DAY = /\b(?:that|the\s+same)\s+(?:morning|day|night|evening|afternoon)\b/i;
const THAT_DAY_SENTENCES = 3;
/** How many sentences back a timeline's day heading may stand, and how long it may be. */
const DAY_HEADING_REACH = 12;
const DAY_HEADING_LENGTH = 40;

/** A year before the report's, in the clause of the event word and nearer it than the date chosen. */
function olderYearNearer(text: string, at: number, date: ResolvedDate & { start?: number | null; end?: number | null }, publishedYear: number): string | null {
  const chosen = date.expression === null ? -1 : text.indexOf(date.expression);
  const gap = (start: number, end: number) => (end <= at ? at - end : start >= at ? start - at : 0);
  const chosenGap = chosen < 0 ? Infinity : gap(chosen, chosen + date.expression!.length);
  for (const e of findDateExpressions(text)) {
    if (e.kind !== 'year' || e.year === null || e.year >= publishedYear || gap(e.start, e.end) >= chosenGap) continue;
    const between = text.slice(Math.min(e.end, at), Math.max(e.start, at));
    if (!/[;]/.test(between)) return e.text;
  }
  return null;
}

/** A sentence opening on the occasion just told: "In the same barrage,", "Hours earlier,". */
const SAME_OCCASION = /^[\s"“]*(?:(?:in|during)\s+the\s+same\s+(?:barrage|attack|wave|strike|salvo|raid|assault|bombardment|night)|(?:hours|minutes|moments)\s+(?:earlier|later|before|after))\b/i;
/** How far back the occasion may have been told. */
const SAME_OCCASION_SENTENCES = 8;

/** The sentence's chosen date is when something was said or filed, not the event's. */
function saidOn(text: string, date: { start: number | null; end: number | null }): boolean {
  return date.start !== null && date.end !== null && isStatementDate(text, { start: date.start, end: date.end });
}

function daysBefore(published: string | null, date: string | null): number | null {
  const p = parseIsoDay(published);
  const d = parseIsoDay(date);
  return p === null || d === null ? null : p - d;
}

function buildAccounts(report: Report, meta: ReportMeta, sentences: Sentence[], mentions: RoledMention[]): Account[] {
  const accounts: Account[] = [];
  let lastClaimant: string | null = null;
  const claimants = new Map<Sentence, string | null>();
  for (const s of sentences) {
    if (s.furniture) continue;
    const a = attribution(s.text, lastClaimant);
    claimants.set(s, a.claimedBy);
    if (a.claimedBy && !/^(?:he|she|they|it|we)$/i.test(a.claimedBy)) lastClaimant = a.claimedBy;
  }
  const ledeSentence = sentences.find((s) => !s.furniture);
  const publishedYear = report.published ? Number(report.published.slice(0, 4)) : null;
  const newsWindow = statedWindow(sentences, report.published) ?? chronicleWindow(sentences, report.published) ?? NEWS_WINDOW_DAYS;
  for (const m of mentions) {
    const r = m.resolution;
    if (m.role.role !== 'incident' || !r.place) continue;
    const sentence = r.mention.sentence;
    const anchor = (m.namedBackAt ?? r.mention.start) - sentence.start;
    // The date that goes with the event word nearest the place, not with a speech verb or a
    // later action ("laid flowers on Sunday near the theatre where a missile struck on Saturday").
    // (A participle that only describes a thing, "a partly collapsed apartment block", is no
    // event to date when the sentence tells one: "... ended their search of a partly collapsed
    // block on Monday, with the toll from Saturday's drone strike at 12" dates the strike.)
    const told = toldEvents(sentence.text);
    // ("The rebels, who seized Goma at the end of January, entered Bukavu ... on Sunday": an
    // event word in a relative clause the place is not in tells another event.)
    const aside = asideClauses(sentence.text).filter(([from, to]) => anchor < from || anchor >= to);
    const outside = (cues: Cue[]) => cues.filter((e) => !aside.some(([from, to]) => e.start >= from && e.start < to));
    const all = told.length ? told : eventCues(sentence.text);
    const kept = outside(all);
    const main = kept.length ? kept : outside(eventCues(sentence.text));
    const events = main.length ? main : all;
    const nearestEvent = events.length
      ? events.reduce((best, e) => (Math.abs(e.start - anchor) < Math.abs(best.start - anchor) ? e : best)).start
      : anchor;
    const { spoken, ...date } = dateFor(report, sentences, sentence, nearestEvent);
    // The month of publication is news however far into it: "for the second time this month"
    // on the 15th. (An earlier month stays as old as its first day: "struck the port in
    // December", in a January report, is background.)
    const ageOfStart = daysBefore(report.published, date.date);
    const monthDay = date.precision === 'month' ? parseIsoDay(date.date) : null;
    const month = monthDay === null ? null : civilDate(monthDay);
    const thisMonth = month !== null && ageOfStart !== null && ageOfStart >= 0 && ageOfStart < daysInMonth(month.year, month.month);
    const age = thisMonth ? 0 : ageOfStart;
    // The lede's own event is the report's news even when an investigation comes weeks later
    // ("... in an attack on the village of Stanislav on March 2, ... said today").
    const window = sentence === ledeSentence && date.precision === 'day' ? Math.max(LEDE_WINDOW_DAYS, newsWindow) : newsWindow;
    if (age !== null && age > window && date.precision !== 'unknown') {
      m.role = { role: 'context', cue: `background: dated ${date.date}, ${age} days before the report` };
      continue;
    }
    // "attacks on Donetsk in 2023", in a 2024 report: a year too coarse to date the event still
    // says it is not this report's news.
    const year = date.precision === 'unknown' && date.expression ? /\b(?:19|20)\d\d\b/.exec(date.expression) : null;
    if (year && publishedYear !== null && Number(year[0]) < publishedYear) {
      m.role = { role: 'context', cue: `background: "${date.expression}", before the report's year` };
      continue;
    }
    // (So when an earlier year stands nearer the event word than the day chosen: "went on trial
    // on Tuesday, accused over the shelling of Homs in early 2012".)
    const oldYear = publishedYear === null ? null : olderYearNearer(sentence.text, nearestEvent, date, publishedYear);
    if (oldYear) {
      m.role = { role: 'context', cue: `background: "${oldYear}", before the report's year` };
      continue;
    }
    // "Israel also struck Beirut's southern suburbs several times earlier this year": a span too
    // coarse to date, told as past, is background too. (Not a comparison: "the deadliest
    // strike this year".)
    // (Not a span in a relative clause the place is not in: "In Dnipropetrovsk Oblast, where
    // Russian troops crossed the border this summer, ISW assessed that ...". A clause on the
    // place itself still dates it: "push back into Rafah, which was destroyed last year".)
    const mentionEnd = r.mention.end - sentence.start;
    const onPlace = (from: number) => from >= mentionEnd && sentence.text.slice(mentionEnd, from).trim() === '';
    const spanAside = date.expression !== null && aside.some(([from, to]) => !onPlace(from) && sentence.text.slice(from, to).includes(date.expression!));
    if (date.precision === 'unknown' && date.expression && PAST_SPAN.test(date.expression) && !comparedAt(sentence.text, date.expression) && !spanAside) {
      m.role = { role: 'context', cue: `background: "${date.expression}"` };
      continue;
    }
    const place = refinedPlace(r, mentions);
    const type = eventType(sentence.text, anchor);
    const a = attribution(sentence.text, claimants.get(previousSentence(sentences, sentence)) ?? lastClaimantBefore(sentences, claimants, sentence));
    accounts.push({
      report: meta,
      place,
      mention: { start: r.mention.start, end: r.mention.end, text: detached(r.mention.text) },
      explanation: explain(r, m.role.cue),
      roleCue: m.role.cue,
      sentence: { ...sentence, text: detached(sentence.text) },
      date,
      type: type.type,
      typeCue: type.cue,
      claimedBy: a.claimedBy,
      disputedBy: a.disputedBy ?? denialAfter(sentences, sentence),
      standsFor: unheldInside(m, mentions),
      dateSpoken: spoken,
    });
  }
  placeNamesakes(accounts, mentions);
  return mergeWithinReport(report, sentences, accounts);
}

/** How far a place named beside a city ("X, near Y", "X, in Y") may lie from it. */
const NEAR_CITY_KM = 50;

/**
 * A place the gazetteer found elsewhere than the words put it is a namesake of one it lacks,
 * and the account is placed to the area the words give instead (marked `standsFor`, with the
 * reason in the explanation):
 * - the mention's own stated area does not hold it: "the villages of Zelenivka and Dachenske in
 *   Ukraine's Donetsk region", where the gazetteer's only Zelenivka is in the Kherson region;
 * - a small place (under SMALL_TOWN_POPULATION) lies in another admin-1 unit of the same
 *   country than one the report tells the same day's event in: "an attack on a village in
 *   northeastern Nigeria's Yobe state ... The gunmen arrived in Mafa village", where the
 *   gazetteer's Mafa is a town in Borno. Not when the report also tells an event in the small
 *   place's own unit. (Naming that unit in passing, "Maiduguri, the capital of neighbouring
 *   Borno", does not make the namesake right.)
 */
function placeNamesakes(accounts: Account[], mentions: RoledMention[]): void {
  const units = accounts.filter((a) => a.place.kind === 'admin1');
  const eventUnits = new Set(units.map((u) => u.place.admin1Code));
  // The units of the report's events at places no namesake doubt hangs over (units, towns).
  const solid = accounts.filter((a) => a.place.kind !== 'country' && a.place.admin1Code && (a.place.kind !== 'city' || a.place.population >= SMALL_TOWN_POPULATION));
  const solidUnits = new Set(solid.map((a) => a.place.admin1Code));
  const relocate = (a: Account, area: Place, why: string) => {
    const where = area.kind === 'admin2' ? a.place.admin2 : a.place.admin1;
    a.explanation = { ...a.explanation, reasons: [...a.explanation.reasons, `the gazetteer's ${a.place.name} is in ${where ?? a.place.countryCode}, ${why}: placed to ${area.name}`] };
    a.standsFor = a.mention.text;
    a.place = area;
  };
  for (const a of accounts) {
    const place = a.place;
    const own = mentions.find((m) => m.resolution.mention.start === a.mention.start);
    // (A district too, when the words put it in or near a place: "Sabon Gari, a farming
    // community in Damboa", where the gazetteer's Sabon Gari is a district of Kaduna State.)
    // (Or an area drawn around the place: "the Soba area in the south-east of Khartoum", where
    // the gazetteer's only Soba is in Nigeria.)
    const around = aroundOf(place) !== null && own?.resolution.place?.index === aroundOf(place);
    if ((place.kind !== 'city' && !(place.kind === 'admin2' && own?.resolution.context) && !around) || !own || (own.resolution.place?.index !== place.index && !around)) continue;
    const stated = own.resolution.context;
    if (stated) {
      // Admin-1 codes alone are not enough: Sevastopol has its own, yet lies in "Crimea's port
      // of Sevastopol". Out of the unit's code and well beyond its reach, then.
      // Said with "in" ("Rafiqui in Shorkot, in Punjab province", where the gazetteer's only
      // Shorkot is in Khyber Pakhtunkhwa, 150 km from Punjab's centre), the unit's code is
      // enough, but for a city that is a unit of its own ("Sevastopol City").
      const unit = stated.kind === 'admin1' || stated.kind === 'admin2';
      // (Not a district's code: GeoNames files many villages under districts since redrawn, so
      // Prymorske "in the Zaporizhzhia district" carries another district's code.)
      const farOut = saysIn(own, stated, mentions) && stated.kind !== 'admin2' ? !isCityUnit(place) : !withinUnitReach(stated, place);
      // (A town GeoNames files under no district, in the district's own region, is not shown
      // to lie elsewhere: "the settlement of Klimovo in the Klimovsky district".)
      const unfiled = stated.kind === 'admin2' && place.admin2 === null && place.admin1Code === stated.admin1Code;
      const outside = stated.kind === 'country' ? !contains(stated, place) : unit && !contains(stated, place) && farOut && !unfiled;
      if (outside) relocate(a, stated, `not in ${stated.name}, where the words put it`);
      // "the village of Kirillovka, near Novorossiysk", where the gazetteer's only Kirillovka
      // is 400 km off: the village is by the city the words name.
      // (Said in so many words: "A, B" may be a list, not A in B.)
      else if (stated.kind === 'city' && distanceKm(stated, place) > stated.radiusKm + NEAR_CITY_KM && saysNear(own, stated, mentions)) {
        relocate(a, stated, `far from ${stated.name}, where the words put it`);
      }
      continue;
    }
    if (place.population >= SMALL_TOWN_POPULATION || place.admin1Code === null || eventUnits.has(place.admin1Code)) continue;
    // ("In the northeastern Sumy region, guided bombs struck the village of Velyka Pysarivka":
    // the sentence names the place's own unit, whatever the report's other events.)
    if (mentions.some((m) => m.resolution.mention.sentence === own.resolution.mention.sentence && m.resolution.place?.kind === 'admin1' && m.resolution.place.admin1Code === place.admin1Code)) continue;
    // ("settlers set fire to cars in the village of Sinjil, north of Ramallah": nor when the words
    // put it by a place of its own unit.)
    if (tiedNearby(own, place, mentions)) continue;
    // ("Fighting spread to El Tarra and Teorama ... thousands arrived in Cucuta and hundreds more
    // in Ocana": nor when the report names other towns of the place's own unit; its unit is one
    // of the report's, not named in passing.)
    if (townsOfUnit(place, mentions) >= 2) continue;
    // ("a drone hit a residential building in the border settlement of Klimovo", in a roundup of
    // strikes on six Russian regions: nor when the report's events are in several units.)
    if (solidUnits.size > 1) continue;
    // (The unit's event, told of the same kind: "assaults near Yunakivka" in the Sumy region is
    // not the guided-bomb strike the report puts in the Donetsk region.)
    const unit = units.find((u) => u.place.countryCode === place.countryCode && !contains(u.place, place) && datesCompatible(a.date, u.date, 1) && kindsAgree(a.type, u.type));
    if (unit) relocate(a, unit.place, `not in ${unit.place.name}, where the report puts the event`);
  }
}

/** The unit is named as where a place the gazetteer lacks lies: "liberated the settlement of
 * Novopavlivka in the Donetsk People's Republic" (GeoNames has Novopavlivkas only in other
 * regions). The unit's account stands for that place. */
function unheldInside(unit: RoledMention, mentions: RoledMention[]): string | null {
  const place = unit.resolution.place;
  const sentence = unit.resolution.mention.sentence;
  const unheld = (m: RoledMention) => !m.resolution.place && !m.resolution.mention.inName && m.resolution.mention.sentence === sentence;
  // ("repel assault near Andriivka, north of Yunakivka": so does the side of a place named to
  // say where it lies.)
  if (unit.role.cue.startsWith(BESIDE_UNHELD)) {
    const before = mentions.filter((m) => unheld(m) && m.resolution.mention.end <= unit.resolution.mention.start).at(-1);
    return before ? detached(before.resolution.mention.text) : null;
  }
  if (!place || (place.kind !== 'admin1' && place.kind !== 'admin2')) return null;
  // (So does a region standing for a plant named after it, somewhere inside: "the Zaporizhzhia
  // nuclear power plant" is no village's event elsewhere in the region.)
  const plant = plantAfter(unit.resolution.mention);
  if (plant) return `${unit.resolution.mention.text}${plant[0]}`;
  const inner = mentions.find((m) => unheld(m) && m.resolution.context?.index === place.index);
  return inner ? detached(inner.resolution.mention.text) : null;
}

/** How many other towns of the place's admin-1 unit the report names. */
function townsOfUnit(place: Place, mentions: RoledMention[]): number {
  const towns = mentions.map((m) => m.resolution.place).filter((p) => p?.kind === 'city' && p.index !== place.index && p.admin1Code === place.admin1Code);
  return new Set(towns.map((p) => p!.index)).size;
}

/** The words put the mention by another place of its own admin-1 unit: "Sinjil, north of
 * Ramallah", "Bucha, near Kyiv". */
function tiedNearby(own: RoledMention, place: Place, mentions: RoledMention[]): boolean {
  const r = own.resolution.mention;
  const next = mentions.find((m) => m.resolution.mention.sentence === r.sentence && m.resolution.mention.start >= r.end);
  const other = next?.resolution.place;
  if (!next || !other || other.kind === 'country' || other.countryCode !== place.countryCode || other.admin1Code !== place.admin1Code) return false;
  const between = textBetween(r, next.resolution.mention);
  return DISTANCE_LINK.test(between) || NEAR_LINK.test(between);
}

/** The words put the mention in or near the city: "Kirillovka, near Novorossiysk". */
function saysNear(own: RoledMention, city: Place, mentions: RoledMention[]): boolean {
  return linkTo(own, city, mentions, NEAR_LINK);
}

/** The words put the mention in the unit: "Shorkot, in Punjab province", "X in the Y region". */
function saysIn(own: RoledMention, unit: Place, mentions: RoledMention[]): boolean {
  return linkTo(own, unit, mentions, IN_LINK);
}
const IN_LINK = /^\s*,?\s+in\s+(?:the\s+)?(?:(?:north|south|east|west|central)[\p{L}-]*\s+)?$/iu;

function linkTo(own: RoledMention, place: Place, mentions: RoledMention[], link: RegExp): boolean {
  const r = own.resolution.mention;
  const ctx = mentions.find((m) => m.resolution.mention.sentence === r.sentence && m.resolution.mention.start >= r.end && m.resolution.place?.index === place.index);
  return ctx !== undefined && link.test(textBetween(r, ctx.resolution.mention));
}
// (After the kind of place the name is: "the Far'a camp near Tubas".)
// (Or an appositive: "Sabon Gari, a farming community in Damboa".)
// (Or a part of the city by its side: "the Soba area in the south-east of Khartoum".)
const NEAR_LINK = /^(?:\s+(?:refugee\s+)?(?:camp|village|town)|\s*,\s*(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:community|village|town|hamlet|settlement|neighbou?rhood|locality|camp))?\s*,?\s+(?:near|in|outside|just\s+outside)\s+(?:the\s+)?(?:(?:city|town|port)\s+of\s+)?$|^\s+(?:area|district|neighbou?rhood|suburb)\s+in\s+the\s+(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+(?:part\s+)?of\s+(?:the\s+)?$/i;

const OFFSHORE_LINK = /^\s+(?:((?:north|south)?-?(?:east|west)?|north|south)(?:ern)?\s+of|off(?:\s+the\s+(?:coast|port|town|city|island|shores?)\s+of)?|near)\s+(?:the\s+)?$/i;

/** The part of the place the words name: "the southern Red Sea", "the Black Sea south of Odesa",
 * "the Sviatoshynskyi district in western Kyiv". */
function refinedPlace(r: Resolution, mentions: RoledMention[]): Place {
  const place = r.place!;
  const sentence = r.mention.sentence;
  const inSentence = mentions.filter((m) => m.resolution.mention.sentence === sentence && m.resolution.place);
  if (place.kind === 'sea') {
    const next = inSentence.find((m) => m.resolution.mention.start >= r.mention.end);
    if (next) {
      const between = textBetween(r.mention, next.resolution.mention);
      const link = OFFSHORE_LINK.exec(between);
      const coast = next.resolution.place!;
      if (link && (coast.kind === 'city' || coast.kind === 'admin1')) return offshore(place, coast, link[1] ? direction(link[1]) : null);
      // "in the Red Sea, 50 nautical miles west of Hodeidah": the distance from the coast is
      // where in the sea.
      const offset = /^\s*,?\s*(?:about|some|around|roughly|nearly|approximately)?\s*\d/i.test(between) ? OFFSET_BEFORE.exec(between) : null;
      const moved = offset && offsetFrom(coast, offset);
      if (moved) return moved;
    }
  }
  const before = (start: number) => sentence.text.slice(0, start - sentence.start).replace(/\bthe\s+$/i, '');
  const offset = OFFSET_BEFORE.exec(sentence.text.slice(0, r.mention.start - sentence.start));
  const moved = offset && offsetFrom(place, offset);
  if (moved) return moved;
  const bearing = BEARING_BEFORE.exec(sentence.text.slice(0, r.mention.start - sentence.start));
  const beside = bearing && besideOf(place, bearing[1]!);
  if (beside) return beside;
  if (r.mention.typeCue === 'area' && place.kind === 'city' && r.mention.typeCueText) return areaAround(place, r.mention.typeCueText);
  const lead = before(r.mention.start);
  const own = directionBefore(lead);
  // ("Ukraine's eastern Donetsk region", "Pakistan's south-western Balochistan province": after
  // a country's possessive the word says where the unit lies in the country, not a part of it.)
  const unitInCountry = place.kind === 'admin1' && /['’]s\s+\S+\s+$/.test(lead);
  if (own && !unitInCountry && place.kind !== 'neighbourhood' && place.radiusKm >= 5) return partOf(place, own);
  const central = centralPart(place, lead);
  if (central) return central;
  if (place.featureCode === 'ADM2P' && r.context) {
    // A city district placed at its city: the city's own direction word moves it ("in western Kyiv").
    const ctx = inSentence.find((m) => m.resolution.place?.index === r.context!.index);
    const dir = ctx && directionBefore(before(ctx.resolution.mention.start));
    if (dir) return partOf(place, dir, false);
  }
  // "a residential building in the Zarichnyi district of the city": a village-sized place the
  // words call a district or a neighbourhood, inside a city the report names, is a part of
  // that city (GeoNames files many city districts as populated places).
  const partWords = r.mention.typeCue === 'neighbourhood' || (r.mention.typeCue === 'admin2' && /^district/i.test(r.mention.typeCueText ?? ''));
  if (partWords && place.kind === 'city' && place.population < CITY_PART_POPULATION) {
    const city = mentions.find((m) => {
      const c = m.resolution.place;
      return c?.kind === 'city' && c.index !== place.index && c.population >= CITY_PART_POPULATION && distanceKm(c, place) <= c.radiusKm;
    });
    if (city) return { ...place, kind: 'neighbourhood' };
  }
  // "the Kotovsk district", "the Poonch district": the town the district is named after stands
  // for it where the gazetteer lacks the district, and the event may be anywhere in it. Drawn
  // as a district, as wide as the gazetteer's larger districts, not as the town's 2 km. (A town
  // or an admin seat: a village-sized place called a district may be a city's part, as
  // Kharkiv's Saltivskyi is.)
  const seat = place.population >= CITY_PART_POPULATION || /^PPLA\d?$/.test(place.featureCode);
  if (r.mention.typeCue === 'admin2' && place.kind === 'city' && seat) return { ...place, kind: 'admin2', radiusKm: Math.max(place.radiusKm, TOWN_DISTRICT_KM) };
  return place;
}

/** The gazetteer's districts reach this far from their centre or less, three in four of them. */
const TOWN_DISTRICT_KM = 11;

/** Below this a place the words call a district may be a part of a city; a city is above it. */
const CITY_PART_POPULATION = 10_000;

/**
 * A copy of a slice that does not keep the whole report alive: engines represent a slice as a
 * view of its parent string, and an account outlives its report by the whole run.
 */
function detached(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

/** Where a sentence stands in the report's list: by its offset, since an account may carry a
 * copy of the sentence it was told in. */
function sentenceIndex(sentences: Sentence[], s: Sentence): number {
  return sentences.findIndex((x) => x.start === s.start);
}

function previousSentence(sentences: Sentence[], s: Sentence): Sentence {
  const i = sentenceIndex(sentences, s);
  return sentences[Math.max(0, i - 1)]!;
}

function lastClaimantBefore(sentences: Sentence[], claimants: Map<Sentence, string | null>, s: Sentence): string | null {
  for (let i = sentenceIndex(sentences, s) - 1; i >= 0; i--) {
    const c = claimants.get(sentences[i]!);
    if (c && !/^(?:he|she|they|it|we)$/i.test(c)) return c;
  }
  return null;
}

/** A denial in the next few sentences ("Russia's defence ministry denied ...") disputes the account. */
function denialAfter(sentences: Sentence[], s: Sentence): string | null {
  const i = sentenceIndex(sentences, s);
  for (const next of sentences.slice(i + 1, i + 4)) {
    if (next.furniture) continue;
    if (isDenial(next.text)) {
      const a = attribution(next.text, null);
      return a.disputedBy ?? a.claimedBy ?? 'disputed in the report';
    }
  }
  return null;
}

/** A town or a quarter told beside an area's part or a unit that holds it. */
function settlementInArea(a: Account, b: Account): boolean {
  return (a.place.kind === 'city' || a.place.kind === 'neighbourhood') && AREA_KINDS.has(b.place.kind);
}

/** Finer date precision ranks higher: merging keeps the finest. */
export const PRECISION_RANK: Record<DatePrecision, number> = { day: 3, week: 2, month: 1, unknown: 0 };

/** A region standing for a village the gazetteer lacks is not some other place inside it; it
 * can still be the event a wider place tells ("an attack in Plateau state" and "Zike village in
 * the Bassa local government area", placed to Bassa). */
export function standApart(a: Account, b: Account): boolean {
  if (a.standsFor === null && b.standsFor === null) return false;
  // (Two tellings of one place the gazetteer lacks are that place: "near Andriivka, north of
  // Yunakivka" and "near the village of Andriivka in Sumy Oblast".)
  if (a.standsFor !== null && b.standsFor !== null) return nameKey(a.standsFor) !== nameKey(b.standsFor);
  const [standing, other] = a.standsFor !== null ? [a, b] : [b, a];
  return !(contains(other.place, standing.place) && !contains(standing.place, other.place));
}

/** Within one report: the same place, or a place and one inside it told in different sentences. */
function sameEvent(a: Account, b: Account): boolean {
  if (!datesCompatible(a.date, b.date, 1)) return false;
  // "It dropped a grenade on a bus stop in Kherson on Sunday ... On Saturday, drones wounded
  // nine people in Kherson": two tellings, each dating its own event, to different days.
  if (a.date.date !== b.date.date && ownDay(a) && ownDay(b)) return false;
  if (a.place.index === b.place.index) return true;
  if (standApart(a, b)) return false;
  // "Between 18 and 25 March, 830 were killed in the Gaza Strip" is a toll, not the 23 March
  // strike in Khan Younis inside it: a month is too coarse to make one event of two places.
  if ((a.date.precision === 'month') !== (b.date.precision === 'month')) return false;
  // One sentence naming a city and, separately, its region tells two attacks ("a raid near
  // Sevastopol and a separate attack on the Crimean Peninsula").
  if (a.sentence.start === b.sentence.start) return false;
  // "Separately, fighting continued near the town of Hsipaw": the words say it is another
  // event than the airstrike in the township around it told before.
  const later = a.sentence.start > b.sentence.start ? a : b;
  if (SEPARATE_OPENING.test(later.sentence.text)) return false;
  const held = contains(a.place, b.place) || contains(b.place, a.place);
  if (!held && !toldAround(a, b) && !toldAround(b, a)) return false;
  // "Troops repelled an assault near a village in Sumy Oblast on the evening of June 16" is not
  // the drone strike on Shostka, in the oblast, told in another sentence: the wider telling has
  // an event of another kind and its own time. (A weapon named two ways may be one strike; a
  // wider telling with no time of its own, "fighting in Amhara since 2023", is no event apart.)
  // (A place told near a town joins the town's telling only as the same kind of event: "The
  // gains near Bakhmut" are not the shelling of "Chasiv Yar, west of Bakhmut".)
  if (!held) return kindsAgree(a.type, b.type);
  const wider = contains(a.place, b.place) ? a : b;
  return kindsAgree(a.type, b.type) || !ownTime(wider);
}
/** "A drone strike on a rural market outside Debre Markos killed 11 on Tuesday ... The strike hit
 * the market at Yeduha, about 10 km east of Debre Markos": words that put an event outside a town
 * hold a place told by its distance or side from that town, when one of the two tellings has no
 * time of its own to set it apart (two dated tellings around one town may be two events). */
function toldAround(wide: Account, narrow: Account): boolean {
  if (wide.place.kind !== 'city' || (ownTime(wide) && ownTime(narrow)) || ANOTHER.test(narrow.sentence.text)) return false;
  const leadOf = (a: Account) => a.sentence.text.slice(0, a.mention.start - a.sentence.start);
  // The nearby place is told from the same town, by a distance or a side of it; after a side
  // of the town ("raids on villages north of the town of Bara ... about 25 km north of Bara"),
  // by a distance.
  const byDistance = OFFSET_BEFORE.test(leadOf(narrow));
  const outside = AROUND_BEFORE.test(leadOf(wide));
  const told = outside ? byDistance || BEARING_BEFORE.test(leadOf(narrow)) : BEARING_BEFORE.test(leadOf(wide)) && byDistance;
  const sameTown = narrow.place.index !== wide.place.index && nameKey(narrow.mention.text) === nameKey(wide.mention.text);
  // (Or a place named with its side of that town: "Drone hits minibus near Kherson ... in the
  // village of Bilozerka, west of Kherson city".)
  const besideTown = outside && measuredFrom(narrow, wide.mention.text);
  return ((told && sameTown) || besideTown) && distanceKm(wide.place, narrow.place) <= wide.place.radiusKm + AROUND_KM;
}
/** The account's place is told right after by a distance or side from the town named `town`. */
function measuredFrom(a: Account, town: string): boolean {
  const after = a.sentence.text.slice(a.mention.end - a.sentence.start);
  const at = after.indexOf(town);
  const link = at > 0 && at <= MEASURED_REACH ? DISTANCE_LINK.exec(after.slice(0, at)) : null;
  return link !== null && (link[1] !== undefined || link[3] !== undefined);
}
const MEASURED_REACH = 80;
const AROUND_BEFORE = /\b(?:outside|near|just\s+outside|on\s+the\s+outskirts\s+of|in\s+the\s+outskirts\s+of)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$/i;
const ANOTHER = /\b(?:another|a second|a separate)\b/i;
/** How far outside a town "outside the town" reaches. */
const AROUND_KM = 25;
/** Two tellings' kinds may be one event's: the same, one untold, or one strike's weapon named two
 * ways ("missile strike", "air strike", "shelling"). */
export function kindsAgree(a: EventType, b: EventType): boolean {
  return a === b || a === 'other' || b === 'other' || weaponNamedTwoWays(a, b);
}
/** Two strike types: outlets name one attack's weapon differently. */
export function weaponNamedTwoWays(a: EventType, b: EventType): boolean {
  return a !== b && STRIKE_TYPES.has(a) && STRIKE_TYPES.has(b);
}
/** The account's own sentence gives its time. */
function ownTime(a: Account): boolean {
  return a.date.expression !== null && a.date.precision !== 'unknown' && a.sentence.text.includes(a.date.expression);
}
/** The account's own sentence dates it to a day (not the day of a statement, not a day
 * borrowed from elsewhere in the report). */
// (So does a summary's day: "Over the past day, Russian troops struck 12 settlements ...,
// including Kupiansk", then "On 11 August, Russian troops shelled Kupiansk".)
const STRADDLING_NIGHT = /\b(?:overnight|last\s+night|tonight|night\s+(?:of|into|to|before)|(?:past|last|previous)\s+(?:day|24\s+hours))\b/i;
function ownDay(a: Account): boolean {
  // (A night straddles two days: "an overnight attack" reported on Monday is "late Sunday"'s.
  // A night named by its day is that day's: "on Sunday night".)
  return ownTime(a) && a.date.precision === 'day' && !a.dateSpoken && !STRADDLING_NIGHT.test(a.date.expression!) && !AFTERMATH.test(a.sentence.text);
}
/** Words of the days after an event: their day is the telling's, not the event's ("the death
 * toll rose to nine on Wednesday", "rescuers struggled on Thursday"). */
const AFTERMATH = /\b(?:toll|rescuers?|rescue workers|search(?:ed|es|ing)?|rubble|mourn(?:ing|ed)?|funerals?|buried|rose|risen|climbed)\b/i;
const SEPARATE_OPENING = /^[\s"“]*(?:separately|elsewhere|in (?:a|another) separate (?:\w+\s+)?(?:attack|incident|strike|raid|assault))\b/i;

function earlierDay(a: ResolvedDate, b: ResolvedDate): ResolvedDate {
  if (PRECISION_RANK[a.precision] !== PRECISION_RANK[b.precision]) return PRECISION_RANK[a.precision] > PRECISION_RANK[b.precision] ? a : b;
  // Two day dates for one event: the later one is usually the day of the reporting (rescuers
  // searching, a toll rising), the earlier the day it happened.
  return (a.date ?? '') <= (b.date ?? '') ? a : b;
}

/**
 * The same event told twice in one report is one account: the most precise place, the words
 * that tell the event itself (the best-dated telling, then the one whose event word stands
 * nearest the place, then the first), the event's day. Then accounts with no date of their own take the report's
 * main date when the report dates all its other accounts alike.
 */
function mergeWithinReport(report: Report, sentences: Sentence[], accounts: Account[]): Account[] {
  // A statement's day stands in for an event's only until the report dates the event itself:
  // "Russia's defence ministry said on Monday it had targeted a meeting in Sumy" retells the
  // Sumy strike the report dates to Friday. (A statement dated before the report's day of the
  // event keeps its day: "rescuers dug on Sunday after rockets struck late on Saturday ... the
  // ministry said on Saturday" is Saturday's.)
  for (const a of accounts) {
    const said = a.dateSpoken ? a.date.date : null;
    if (said === null) continue;
    const told = accounts.find(
      (b) => !b.dateSpoken && b.date.precision === 'day' && b.date.date !== null && b.date.date <= said && (contains(b.place, a.place) || contains(a.place, b.place)),
    );
    if (told) a.date = told.date;
    // "... killed 12 people, residents said on Saturday. The strike on Lin Ta Lu village took
    // place at around 1am on Friday": a sentence soon after that names the event back dates it,
    // even where its place is none the gazetteer holds.
    else {
      const day = namedBackDay(report, sentences, a.sentence, said);
      if (day) a.date = day;
    }
  }
  const out: Account[] = [];
  // The town each merged account was told outside of, once a place near it took the town's
  // place: "He did not comment on the Debre Markos strike" still names that event.
  const townOf = new Map<number, Account>();
  for (const a of accounts) {
    let i = out.findIndex((b) => sameEvent(a, b));
    let viaTown = false;
    if (i === -1) {
      i = out.findIndex((_, j) => townOf.has(j) && sameEvent(a, townOf.get(j)!));
      viaTown = i !== -1;
    }
    if (i === -1) {
      out.push(a);
      continue;
    }
    const b = out[i]!;
    // The more precise place wins; at one place, the telling that dates the event itself (the
    // sentence with the event's own "on Thursday", not a day borrowed from a statement's telling:
    // "Hezbollah confirmed on Saturday that its leader had been killed") makes the better quote.
    // Failing both, the telling whose event word stands nearest the place words: "A drone
    // slammed into the building in Odesa" over "Rescuers in Odesa ended their search ..., with
    // the toll from Saturday's drone strike at 12".
    // (A place told near a town outside which the other telling puts the event is the finer:
    // "about 10 km east of Debre Markos" over "outside Debre Markos".)
    // (A town is finer than an area's part whatever their circles: "northern Gaza", the Strip's
    // north, is drawn smaller than Gaza City, which lies in it.)
    const around = toldAround(b, a) ? b : toldAround(a, b) ? a : null;
    if (around) townOf.set(i, around);
    const precise = viaTown
      ? b
      : around
        ? around === a ? b : a
        : settlementInArea(a, b)
          ? a
          : settlementInArea(b, a)
            ? b
            : a.place.radiusKm !== b.place.radiusKm
          ? a.place.radiusKm < b.place.radiusKm ? a : b
          : PRECISION_RANK[a.date.precision] !== PRECISION_RANK[b.date.precision]
            ? PRECISION_RANK[a.date.precision] > PRECISION_RANK[b.date.precision] ? a : b
            : a.dateSpoken !== b.dateSpoken
              ? a.dateSpoken ? b : a
              : eventDistance(a) < eventDistance(b) ? a : b;
    const merged: Account = {
      ...precise,
      date: earlierDay(a.date, b.date),
      type: precise.type !== 'other' ? precise.type : a.type !== 'other' ? a.type : b.type,
      typeCue: precise.type !== 'other' ? precise.typeCue : a.type !== 'other' ? a.typeCue : b.typeCue,
      claimedBy: precise.claimedBy ?? a.claimedBy ?? b.claimedBy,
      disputedBy: precise.disputedBy ?? a.disputedBy ?? b.disputedBy,
      standsFor: precise.standsFor ?? a.standsFor ?? b.standsFor,
      dateSpoken: false,
    };
    out[i] = merged;
  }
  const lede = ledeDate(report, sentences);
  // "Jihadist fighters have attacked a military base in Marte ... The militants struck late on
  // Monday, ... on the base": the lede's event told to the day just after, whatever other days
  // the report's other events have.
  if (lede?.date.precision === 'day') {
    for (const a of out) {
      // (A day told only from the report's own day yields to the lede's day told soon after.)
      const deictic = DEICTIC_DAY.test(a.date.expression ?? '');
      if (a.sentence.start === lede.sentence.start && (deictic || (a.date.precision === 'unknown' && !ownCoarseTime(a)))) a.date = lede.date;
    }
    // "US warplanes struck two facilities in eastern Syria on Sunday ... near Albu Kamal ... and
    // near the town of Mayadin": each place inside the lede's area is the lede's event, though
    // the lede's telling merged into the first.
    const ledeAreas = accounts.filter((l) => l.sentence.start === lede.sentence.start && l.date.precision === 'day' && l.place.kind !== 'country' && l.place.kind !== 'city');
    for (const a of out) {
      if (a.date.precision !== 'unknown' || ownCoarseTime(a)) continue;
      const area = ledeAreas.find((l) => contains(l.place, a.place) && kindsAgree(l.type, a.type));
      if (area) a.date = area.date;
    }
  }
  // "U.S. warplanes struck two facilities ... south of Baghdad early Wednesday ... The strikes
  // hit an operations center ... in Jurf al-Sakhar": a sentence that opens by naming the events
  // just told takes their day, whether or not their own place was mapped.
  for (const a of out) {
    if (a.date.precision !== 'unknown' || !NAMES_EVENT_BACK.test(a.sentence.text)) continue;
    const after = CAME_DAYS_AFTER.exec(a.sentence.text);
    if (ownCoarseTime(a) && !after) continue;
    const at = sentenceIndex(sentences, a.sentence);
    const told = sentences.slice(Math.max(0, at - LEDE_ANAPHOR_SENTENCES), Math.max(0, at)).reverse().find(tellsEvent);
    const d = told ? eventDay(report, told) : null;
    if (!d) continue;
    // ("The attack came a day after gunmen killed four labourers ... in the Hoshab area": the
    // event told after it, that many days before.)
    const inAfter = after !== null && a.mention.start - a.sentence.start > after.index;
    const days = inAfter ? numberValue(after[1])! : 0;
    a.date = { date: days ? formatDay(parseIsoDay(d.date)! - days) : d.date, precision: 'day', expression: inAfter ? after[0] : d.expression };
  }
  // "**Strike on eve of Eid killed family in Rafah**", then "They were killed on Tuesday
  // evening": a heading takes the day of the first event its paragraph dates.
  for (const a of out) {
    if (a.date.precision !== 'unknown' || !(a.roleCue.startsWith(HEADING_CUE) || BOLD_LINE.test(a.sentence.text))) continue;
    const at = sentenceIndex(sentences, a.sentence);
    for (const s of sentences.slice(at + 1, at + 1 + LEDE_ANAPHOR_SENTENCES)) {
      // (Not past the next heading: "**Sumy hromada:** Yesterday evening, ..." is its own.)
      if (/^[\s\-*•]*(?:\*\*|__)/.test(s.text)) break;
      if (!tellsEvent(s)) continue;
      a.date = eventDay(report, s) ?? a.date;
      break;
    }
  }
  const dated = [...new Set(out.filter((a) => a.date.precision === 'day').map((a) => a.date.date))];
  // (A lede told to the day that places no account dates the undated accounts after it, before
  // another account's day: "Russia struck energy facilities in four Ukrainian regions
  // overnight into Tuesday ... an energy facility in Bila Tserkva", with "on Wednesday last
  // week" told of Fastiv further down. Not a lede about one village the gazetteer lacks: "a
  // military bus near Kabajeb village" on Sunday is not the strikes told after it. Nor a
  // retrospective's: "On October 7, 2023, gunmen ..." a year before the report.)
  const unplacedLede =
    lede?.date.precision === 'day' &&
    (daysBefore(report.published, lede.date.date) ?? Infinity) <= NEWS_WINDOW_DAYS &&
    !NAMED_SETTLEMENT.test(lede.sentence.text) &&
    !accounts.some((a) => a.sentence.start === lede.sentence.start)
      ? lede.date
      : null;
  // (Nor a lede's day long before the report: a trial report whose lede dates the coup two years
  // back does not date the fighting its background tells of.)
  const ledeAge = lede ? daysBefore(report.published, lede.date.date) : null;
  const ledeInWindow = lede && (lede.date.precision === 'unknown' || ledeAge === null || ledeAge <= NEWS_WINDOW_DAYS || lede.date.precision === 'month') ? lede.date : null;
  const fallback =
    statedDefaultDay(report, sentences) ??
    unplacedLede ??
    (dated.length === 1 ? { date: dated[0]!, precision: 'day' as const, expression: null } : dated.length === 0 ? ledeInWindow : null);
  // (Not an account whose own words give a time too coarse to date it: "has seized several
  // towns in the Hiiraan region this year" is no event of the report's day; "the deadliest
  // strike on the city this year" only compares.)
  if (fallback) for (const a of out) if (a.date.precision === 'unknown' && !ownCoarseTime(a)) a.date = fallback;
  // "Russia attacked Ukraine with 118 drones ... overnight on March 5", then region by region,
  // "A Russian drone hit a private house in Novoselivka": the lede's strike, told place by place.
  if (!fallback && lede?.date.precision === 'day') {
    const ledeType = eventType(lede.sentence.text, 0).type;
    // (The same weapon: a guided bomb told after a night's drone attack is another strike.)
    const sameStrike = (a: Account) => STRIKE_TYPES.has(ledeType) && a.type === ledeType;
    // (So is what the words tie to the lede's events: "Settlers rampaged through Huwara late on
    // Sunday ... In the nearby village of Za'tara, a man was shot dead during the attacks.
    // Settlers also set fire to cars in Burin".)
    const tiedToLede = (a: Account) => DURING_THE_EVENTS.test(a.sentence.text) || (ALSO_DID.test(a.sentence.text) && kindsAgree(ledeType, a.type));
    for (const a of out) if (a.date.precision === 'unknown' && !ownCoarseTime(a) && (sameStrike(a) || tiedToLede(a))) a.date = lede.date;
  }
  // "a weekend attack on the town of Djibo ... attacked positions in the town on Sunday": the
  // lede's week, told to the day a little later.
  if (lede?.date.precision === 'day') {
    for (const a of out) if (a.sentence.start === lede.sentence.start && a.date.precision === 'week' && withinWeek(a.date, lede.date)) a.date = lede.date;
  }
  // "An air strike on a house killed eight. Another strike hit a school ...": a bare "strike"
  // in a report whose typed strikes are all of one kind is of that kind.
  const strikeKinds = new Set(out.map((a) => a.type).filter((t) => STRIKE_TYPES.has(t)));
  if (strikeKinds.size === 1) {
    const [kind] = strikeKinds;
    for (const a of out) {
      if (a.type === 'other' && BARE_STRIKE.test(a.sentence.text)) {
        a.type = kind!;
        a.typeCue = `"${BARE_STRIKE.exec(a.sentence.text)![0]}" in a report of ${kind!.replace('_', ' ')}s`;
      }
    }
  }
  return out;
}

/** The account's sentence gives it a time too coarse to date, not as a comparison. */
function ownCoarseTime(a: Account): boolean {
  return a.date.expression !== null && !comparedAt(a.sentence.text, a.date.expression);
}

/** The time expression stands in a comparison ("the deadliest strike on the city this year"). */
function comparedAt(sentence: string, expression: string): boolean {
  const at = sentence.indexOf(expression);
  return at >= 0 && COMPARED_BEFORE.test(sentence.slice(0, at));
}
const PAST_SPAN = /^(?:(?:earlier|early|late|later)\s+)?(?:in\s+)?(?:this|last)\s+(?:year|spring|summer|autumn|winter)$|^(?:over|during|throughout)\s+the\s+(?:spring|summer|autumn|winter)$|^(?:the\s+)?(?:previous|past)\s+year$|\b(?:years?|decades?)\s+ago$/i;
/** "the deadliest strike on the city this year", "the largest attack since": a comparison. */
const COMPARED_BEFORE = /\b(?:deadliest|largest|biggest|worst|heaviest|most|first|second|third|latest|only)\b[^,.;]*$/i;

/** Kinds of strike that outlets name differently for one attack ("missile strike", "shelling"). */
export const STRIKE_TYPES: ReadonlySet<EventType> = new Set(['missile_strike', 'drone_strike', 'air_strike', 'shelling']);
/** A strike named by the noun alone: "another strike", "the strikes", "a second strike". */
const BARE_STRIKE = /\b(?:another|a second|a third|the|a|one|two|three|several|further|more)\s+(?:\w+\s+)?strikes?\b/i;

/** The date of the report's lede, its first sentence that tells an event: the report's main
 * date. An undated lede takes the date of a sentence soon after that refers back to its event:
 * "Warplanes carried out air strikes on Idlib ... The strikes on Sunday came after ...". */
function ledeDate(report: Report, sentences: Sentence[]): { date: ResolvedDate; sentence: Sentence } | null {
  const at = sentences.findIndex((s) => !s.furniture && eventCues(s.text).length > 0);
  if (at < 0) return null;
  const date = ledeDay(report, sentences, at);
  return date ? { date, sentence: sentences[at]! } : null;
}

function withinWeek(week: ResolvedDate, day: ResolvedDate): boolean {
  const start = parseIsoDay(week.date)!;
  const d = parseIsoDay(day.date)!;
  return d >= start && d < start + 7;
}

/** The lede's own day; else the day of a sentence soon after that refers back to its event,
 * which also tells a lede's week to the day. */
function ledeDay(report: Report, sentences: Sentence[], at: number): ResolvedDate | null {
  const dated = (s: Sentence) => {
    const d = resolveDate(s.text, report.published);
    return d.precision === 'day' || d.precision === 'week' ? { date: d.date, precision: d.precision, expression: null } : null;
  };
  const own = dated(sentences[at]!);
  // ("in an overnight attack ... The gunmen arrived at around 9pm on Wednesday": a night told
  // only from the day of the report gives way to the day named soon after.)
  const deictic = own?.precision === 'day' && DEICTIC_DAY.test(resolveDate(sentences[at]!.text, report.published).expression ?? '');
  if (own?.precision === 'day' && !deictic) return own;
  const back = sentences
    .slice(at + 1, at + 1 + LEDE_ANAPHOR_SENTENCES)
    .find((s) => !s.furniture && (JUXTAPOSITION.test(s.text) || DATED_EVENT_BACK.test(s.text) || NAMES_EVENT_BACK.test(s.text) || ATTACKERS_BACK.test(s.text) || (eventCues(s.text).length > 0 && BACK_REFERENCE.test(s.text))));
  const told = back ? dated(back) : null;
  if (deictic) return told?.precision === 'day' && told.date! < own!.date! && parseIsoDay(own!.date)! - parseIsoDay(told.date)! <= 6 ? told : own;
  // A week told to the day a little later: that day.
  if (own && told?.precision === 'day') return withinWeek(own, told) ? told : own;
  return own ?? told;
}

/** A sentence that opens on the lede's attackers: "The attackers, who arrived on motorcycles at
 * about 5 p.m. on Sunday, shot people at the market". */
const ATTACKERS_BACK = /^[\s"“]*the\s+(?:attackers|assailants|gunmen|raiders|militants|insurgents|bandits|jihadists)\b/i;

/** An event already told, named back: "the strike", "this attack", "the first air strikes". */
const EVENT_NAMED_BACK = String.raw`(?:the|this|that)\s+(?:[\w-]+\s+)?(?:strikes?|attacks?|air\s*strikes?|airstrikes?|raids?|bombing|shelling|assault|explosion|blast|ambush|fighting|clashes|riot|shooting|massacre)`;

/** A sentence of the report's text that tells an event. */
function tellsEvent(s: Sentence): boolean {
  return !s.furniture && eventCues(s.text).length > 0;
}

/** The day a sentence dates its event to, if to the day and not after the report. */
function eventDay(report: Report, s: Sentence): ResolvedDate | null {
  const d = resolveDate(s.text, report.published);
  return d.precision === 'day' && d.date !== null && (!report.published || d.date <= report.published) ? { date: d.date, precision: 'day', expression: d.expression } : null;
}

/** "came a day after", "followed two days after": how long before the event named back. */
const CAME_DAYS_AFTER = /\b(?:came|comes|followed)\s+(a|one|two|three|four|five|six|\d{1,2})\s+days?\s+after\b/i;
/** A sentence that opens by naming an event already told: "The strike on the village took place ...". */
const NAMES_EVENT_BACK = new RegExp(`^[\\s"“]*${EVENT_NAMED_BACK}\\b`, 'i');

/** The day a sentence soon after `from` gives the event it names back, if not later than the
 * day `from` was said. */
function namedBackDay(report: Report, sentences: Sentence[], from: Sentence, said: string): ResolvedDate | null {
  const i = sentenceIndex(sentences, from);
  for (const s of sentences.slice(i + 1, i + 1 + LEDE_ANAPHOR_SENTENCES)) {
    // ("The attackers struck cattle camps on the edge of the town early Sunday".)
    if (s.furniture || !(NAMES_EVENT_BACK.test(s.text) || (ATTACKERS_BACK.test(s.text) && eventCues(s.text).length > 0))) continue;
    const d = resolveDate(s.text, report.published);
    const spoken = saidOn(s.text, d);
    if (d.precision === 'day' && d.date !== null && d.date <= said && !spoken) return { date: d.date, precision: 'day', expression: d.expression };
  }
  return null;
}

/** The event named back with its day: "the general staff said the strike on Wednesday night
 * caused secondary detonations". */
const DATED_EVENT_BACK = new RegExp(
  String.raw`\b${EVENT_NAMED_BACK}\s+(?:on|late on|early on|overnight on|last)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2}\s+\p{L}+|\p{L}+\s+\d{1,2})\b`,
  'iu',
);

/** "All events took place on Wednesday unless otherwise noted": a roundup's day for each event
 * it does not date itself. */
function statedDefaultDay(report: Report, sentences: Sentence[]): ResolvedDate | null {
  // "**2:14 pm** — Hezbollah fires anti-tank missile at home in Metula": a live blog's entries,
  // headed by the time of day, tell of the day it is published.
  // ("**10 September, 04:02**": a post's heading may carry its day, and the posts one day.)
  const heads = sentences.map((s) => LIVE_ENTRY.exec(s.text)).filter((h) => h !== null);
  if (heads.length >= LIVE_ENTRIES) {
    const days = new Set(heads.map((h) => (h[1] ? resolveDate(`on ${h[1]}`, report.published).date : report.published)));
    const [day] = days;
    if (days.size === 1 && day) return { date: day, precision: 'day', expression: heads[0]![0].trim() };
  }
  const said = sentences.slice(0, DEFAULT_DAY_SENTENCES).find((s) => !s.furniture && (STATED_DEFAULT_DAY.test(s.text) || SUMMARY_OPENING.test(s.text) || FRONT_TALLY.test(s.text)));
  // ("The evening and night in the region were restless": a morning summary of the night just
  // past, the day it is published.)
  const night = said ? undefined : sentences.slice(0, DEFAULT_DAY_SENTENCES).find((s) => !s.furniture && NIGHT_SUMMARY.test(s.text));
  if (night && report.published) return { date: report.published, precision: 'day', expression: night.text.trim().slice(0, 60) };
  const d = said ? resolveDate(said.text, report.published) : null;
  return d?.precision === 'day' && d.date !== null ? { date: d.date, precision: 'day', expression: d.expression } : null;
}
const STATED_DEFAULT_DAY = /\b(?:all|the)\s+(?:events|incidents|attacks|strikes|clashes)\b[^.;]{0,40}?\b(?:took\s+place|occurred|happened|were\s+reported)\b[^.;]*\bunless\s+(?:otherwise\s+)?(?:noted|stated|indicated|specified)\b/i;
/** "The evening and night in the region were restless": a summary of the night just past. */
const NIGHT_SUMMARY = /^\s*(?:the\s+)?(?:evening\s+and\s+(?:the\s+)?night|night)\s+(?:in\s+the\s+(?:region|oblast|city|district)\s+)?(?:was|were|passed)\b/i;
// "Over the past day, the occupiers struck Kharkiv and settlements of the oblast ...": a daily
// summary that opens on its span tells of that span throughout.
const SUMMARY_OPENING = /^\s*(?:over|in|during)\s+the\s+(?:past|last|previous)\s+(?:day|24\s+hours)\s*,/i;
// "Ukrainian forces fought 148 combat engagements with Russian troops on Monday": a front-wide
// tally that opens a summary dates the engagements told front by front after it.
// (So a region's tally of shellings: "During the day on Monday, June 17, Russian troops carried
// out 41 shellings of ... Sumy Oblast", then hromada by hromada.)
const FRONT_TALLY = /\b\d[\d,]*\s+(?:combat\s+)?(?:engagements|clashes|battles|firefights|shellings|attacks\s+on\s+(?:\d+\s+)?settlements)\b/i;
/** How early in a report such a note comes. */
const DEFAULT_DAY_SENTENCES = 4;
/** Words that tie an event to the report's main events: "during the attacks". */
const DURING_THE_EVENTS = /\b(?:during|amid|throughout)\s+the\s+(?:attacks?|violence|rampage|raids?|assault|riots?|unrest|incursion|onslaught|offensive)\b/i;
/** "Settlers also set fire to cars": one more act of the same events. */
const ALSO_DID = /\balso\s+(?:\w+ly\s+)?(?:set\s+fire|torched|burned|burnt|attacked|struck|hit|shelled|raided|stormed|looted|killed|shot|opened\s+fire|fired)\b/i;
/** Before an event word, a claim or blame of an event told before: "no group claimed the ". */
const CLAIMED_BACK_BEFORE = new RegExp(`\\b(?:claimed|claims|claim|blamed|blames|denied|denies|condemned|condemns|responsibility\\s+for)\\s+(?:the|this|that|(?:${WEEKDAY_RE})['’]s)\\s+(?:[\\w-]+\\s+)?$`, 'i');

/** A live blog entry's heading: a time of day (and its zone), then a dash or a colon; or its
 * day and time alone on the line ("**10 September, 04:02**"). */
// (Or a wire flash: "06:10 BREAKING: ...", "0540 GMT - ...", "1940 - ...".)
const LIVE_ENTRY = /^\s*(?:\*\*|__)?\s*(?:(\d{1,2}\s+\p{L}+|\p{L}+\s+\d{1,2}),?\s+)?(?:\d{1,2}[:.]\d{2}|(?:[01]\d|2[0-3])[0-5]\d(?=\s*(?:GMT|UTC|[-–—]\s)))\s*(?:[ap]\.?\s?m\.?)?\s*(?:GMT|UTC|BST|CET|CEST|EET|EEST|local(?:\s+time)?)?\s*(?:\*\*|__)?\s*(?:—|–|-|:|\||$|(?=(?:BREAKING|URGENT|FLASH|ALERT)\b))/iu;
/** How many such headings make a live blog. */
const LIVE_ENTRIES = 2;

/** A day told only from the day of the report. */
const DEICTIC_DAY = /^(?:overnight|last\s+night|today|tonight|this\s+morning)$/i;

/** How far after an undated lede a sentence may refer back to its event ("The strikes on Sunday"). */
const LEDE_ANAPHOR_SENTENCES = 3;
/** A sentence that names the lede's place only as "the town", "the camp": the same event
 * ("in the town on Sunday", "The missiles hit the city ... on Tuesday"). */
const BACK_REFERENCE = /\b(?:in|on|at|into|near|hit|struck|pounded|targeted|attacked|shelled)\s+the\s+(?:town|city|village|camp|area|base|port|market|district)\b/i;

export function datesCompatible(a: ResolvedDate, b: ResolvedDate, toleranceDays: number): boolean {
  if (!a.date || !b.date) return true;
  const da = parseIsoDay(a.date)!;
  const db = parseIsoDay(b.date)!;
  const span = (r: ResolvedDate) => (r.precision === 'week' ? 6 : r.precision === 'month' ? 30 : 0);
  // A week or month date stands for its first day: the event is anywhere in the span.
  const [aStart, aEnd] = [da, da + span(a)];
  const [bStart, bEnd] = [db, db + span(b)];
  return aStart <= bEnd + toleranceDays && bStart <= aEnd + toleranceDays;
}
