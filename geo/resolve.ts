// Mentions -> places. Chooses among same-named candidates with the classic evidence, roughly in
// order of strength: an admin unit stated next to the name, the words that say what kind of
// place it is, the document's country focus, one sense per document, nearness to the report's
// other places, feature class and population. Every candidate keeps its score and reasons; a
// mention with no convincing candidate stays unresolved (a wrong place is worse than none).

import { LIST_SEPARATOR, SETTLEMENT_WORDS, insideQuote, textAfter, textBefore, textBetween, type FoundMention } from './mentions.ts';
import type { Candidate, FeatureKind, Place } from './types.ts';
import { UNFILED_ADMIN1 } from './gazetteer-format.ts';
import { editDistance, looseKey, nameKey } from './normalize.ts';
import { DIRECTIONS, directionBefore, onNamedSide, wholeOf } from './refine-place.ts';
import { hasSpeechVerb } from './events.ts';

export interface ResolveOptions {
  /** Below this score no candidate is chosen. */
  minScore: number;
  /** The winner must beat a distant runner-up by this much, or the mention stays ambiguous. */
  minMargin: number;
  /** Weight of the document's country focus (times the country's share of the report's places). */
  focusWeight: number;
  /** Bonus for a candidate inside the admin unit or country the text states beside the name. */
  adminContextBonus: number;
}

export const DEFAULT_RESOLVE_OPTIONS: ResolveOptions = {
  minScore: 5.5, // a town of 100,000 stands on its name; a village needs a cue, a context or the report's focus
  minMargin: 1, // about a factor of ten in population between two far-apart namesakes
  focusWeight: 4, // a report all about one country lifts its places by up to this much
  adminContextBonus: 6, // "X in the Y region" is the strongest evidence there is
};

export interface Resolution {
  mention: FoundMention;
  place: Place | null;
  score: number;
  reasons: string[];
  candidates: Candidate[];
  /** The admin unit or country stated beside the name ("in the Y region"), when resolved. */
  context: Place | null;
}

const MAX_CANDIDATES = 40;
/** Mentions before and after a mention whose places count as its neighbours. */
const ANCHOR_WINDOW = 150;
/** Runner-ups kept for the review screen: enough to offer the plausible alternatives. */
const KEPT_CANDIDATES = 10;

const KIND_PRIOR: Record<FeatureKind, number> = {
  country: 9.5, // a country's name means the country, before any city that shares it
  sea: 8,
  peninsula: 8,
  region: 7,
  admin1: 5.5, // a state's or province's name means it, before a small town that shares it
  admin2: 2,
  city: 1.5,
  neighbourhood: 1.5,
};

/** The population taken for a province's or county's seat GeoNames gives none. */
const SEAT_POPULATION = 5_000;
const CITY_CODE_PRIOR: Record<string, number> = { PPLC: 3.5, PPLA: 2.5, PPLG: 2, PPLA2: 1.5, PPLA3: 0.5, PPLA4: 0.3 };

/** 1234567 -> "1,234,567" (toLocaleString is slow enough to show in a profile). */
function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function prior(place: Place, lone: boolean): { score: number; reason: string } {
  let score = KIND_PRIOR[place.kind];
  if (place.kind === 'city' || place.kind === 'neighbourhood') {
    // (GeoNames gives many seats no population: unknown, not none. Natanz, a county seat the
    // only place of its name, is taken to be a town of SEAT_POPULATION. Among namesakes the
    // guess must not choose: Dhiban, Deir ez-Zor, is no Dhiban, Jordan, for that. Nor for a name
    // of two or three letters, which abbreviations hit: "Mo." is no Mo, Norway.)
    const seat = lone && (place.featureCode === 'PPLA' || place.featureCode === 'PPLA2') && place.name.length > 3;
    const population = place.population || (seat ? SEAT_POPULATION : 0);
    score += (CITY_CODE_PRIOR[place.featureCode] ?? 0) + 0.8 * Math.log10(population + 1);
  } else if (place.kind === 'admin1' || place.kind === 'admin2') {
    score += 0.4 * Math.log10(place.population + 1);
    if (place.featureCode === 'ADM2P') score -= 0.5;
  }
  const size = place.population ? `, population ${thousands(place.population)}` : '';
  return { score, reason: `${place.kind} ${place.featureCode}${size}` };
}

const CUE_KINDS: Record<string, FeatureKind[]> = {
  admin1: ['admin1', 'region', 'peninsula'],
  admin2: ['admin2', 'neighbourhood'],
  city: ['city'],
  neighbourhood: ['neighbourhood', 'admin2'],
  sea: ['sea'],
  peninsula: ['peninsula', 'admin1'],
  area: ['admin1', 'admin2', 'city', 'region', 'neighbourhood'],
  // "the capital of Sinaloa": what has a capital.
  unit: ['admin1', 'admin2', 'region', 'country'],
};

export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Found only by one of its other names (an old name, a translation), not by a spelling of its own. */
// (score() writes how the words matched right after the prior's reason, and nothing writes it
// again: the two slots after the first are all there is to read, however many reasons follow.)
function byAlternateName(c: Candidate): boolean {
  return c.reasons[1] === ALTERNATE_REASON;
}
const ALTERNATE_REASON = 'matched an alternate name';
const VARIANT_REASON = 'matched a spelling variant';
/** The candidate lies inside the unit the words name beside it ("Santa Cruz, Davao del Sur"). */
function namedBeside(c: Candidate): boolean {
  return c.reasons.some((r) => r.startsWith('inside ') && r.includes(', named beside it') && !r.includes('but by another name'));
}
/** The words are the place's own name in another spelling, a letter apart ("Kiryat Shmona",
 * "Qiryat Shmona"), not another language's name for it ("Maariyah" for Maghar). */
function ownNameSpelledOtherwise(words: string, name: string): boolean {
  const a = looseKey(nameKey(words));
  const b = looseKey(nameKey(name));
  return Math.min(a.length, b.length) >= 6 && Math.abs(a.length - b.length) <= 1 && editDistance(a, b) <= 1;
}

/** The candidate matched the words only by an alternate name or a spelling variant. */
function byOtherName(c: Candidate): boolean {
  return c.reasons[1] === ALTERNATE_REASON || c.reasons[1] === VARIANT_REASON || c.reasons[2] === VARIANT_REASON;
}

/** A unit's name without its kind: "Province of Laguna", "Laguna Province" -> "laguna". */
function unitKey(name: string): string {
  return nameKey(name.replace(/^(?:province|department|district|region|state)\s+of\s+|\s+(?:province|department|district|region|state)$/i, ''));
}

/** Is `inner` inside `outer` as far as the gazetteer knows (same country, same admin-1, or near)? */
export function contains(outer: Place, inner: Place): boolean {
  if (outer.index === inner.index) return true;
  if (outer.kind === 'country') return outer.countryCode === inner.countryCode;
  if (outer.kind === 'admin1' && outer.featureCode === UNFILED_ADMIN1) {
    // "Djibo, Soum province": no place is filed under such a unit; it holds those around it,
    // and those GeoNames files under a district of its name ("Province of Davao del Sur": the
    // unit's circle is a rough footprint).
    if (outer.countryCode !== inner.countryCode) return false;
    return (inner.radiusKm < outer.radiusKm && distanceKm(outer, inner) <= outer.radiusKm) || (inner.admin2 !== null && unitKey(inner.admin2) === nameKey(outer.name));
  }
  if (outer.kind === 'admin1') return outer.admin1Code !== null && outer.admin1Code === inner.admin1Code;
  // A district holds the places GeoNames files under its name, in its own admin-1 unit.
  if (outer.kind === 'admin2') return outer.admin1Code === inner.admin1Code && inner.admin2 !== null && inner.admin2 === outer.admin2;
  if (outer.kind === 'peninsula' || outer.kind === 'region' || outer.kind === 'sea') {
    // A named side of a country or admin-1 unit holds the unit's places on that side.
    const part = wholeOf(outer);
    if (part) return contains(part.whole, inner) && onNamedSide(part, inner);
    // The area round a town ("the Obukhivka hromada", "the Bakhmut area") holds no city bigger
    // than the town: Dnipro is its own place, however near.
    if (outer.featureCode.startsWith('PPL') && inner.kind === 'city' && inner.population > outer.population) return false;
    return distanceKm(outer, inner) <= outer.radiusKm;
  }
  if (outer.kind === 'city' && (inner.kind === 'neighbourhood' || inner.kind === 'admin2')) {
    return distanceKm(outer, inner) <= outer.radiusKm + 2;
  }
  return false;
}

// Power plants and dams, often built away from the city and region they are named after (the
// Zaporizhzhia nuclear plant is in Enerhodar). Not airports, bases or depots: FACILITY_AFTER.
const REMOTE_FACILITY_AFTER = /^\s+(?:(?:nuclear|thermal|hydroelectric|hydro|coal|gas)\s+)?(?:power\s+(?:plant|station)|nuclear\s+plant|hydroelectric\s+(?:plant|station)|dam)\b/i;
/** The words after the name that make it a plant's or a dam's: " nuclear power plant". */
export function plantAfter(m: FoundMention): RegExpExecArray | null {
  return REMOTE_FACILITY_AFTER.exec(textAfter(m));
}

/** A report this much about a town's country (its name, its places) does not make the town one
 * abroad, whatever towns elsewhere it names ("Israel's southernmost city" beside Sanaa and
 * Hodeidah). */
const TOWN_ABROAD_SHARE = 0.25;

/** A reading of a name in a country this much of the report is about outweighs a unit abroad
 * that the report's places give no share. */
const FOREIGN_UNIT_RIVAL_SHARE = 0.3;

// "the nearby village of", "a neighbouring town,": the place is close to one just named.
const NEARBY_BEFORE = /\b(?:nearby|neighbou?ring|adjacent|adjoining)\s+(?:(?:village|town|city|settlement|hamlet|district|suburb)\s+(?:of\s+)?)?$/i;
/** How close "nearby" is, and what it is worth: enough to part namesakes 50 km apart. */
const NEARBY_KM = 30;
const NEARBY_BONUS = 2;
/** Capitals opening the report, then a comma, a bracket or a dash: "SANAA, Yemen (AP) -". */
function isDateline(m: FoundMention): boolean {
  return m.start === 0 && m.text.length >= 3 && m.text === m.text.toUpperCase() && /^\s*(?:,|\(|[-–—])/.test(textAfter(m));
}
/** Enough to part a city from the province of its name, both inside the country named beside. */
const DATELINE_CITY_BONUS = 1;
/** Beyond this, no village is "nearby" any place of the report. */
const NEARBY_FAR_KM = 100;
/** Beyond this, no village is "nearby" the town named just before it. */
const NEARBY_JUST_KM = 40;
/** How far back in the text "nearby" looks for that town: a sentence or two. */
const NEARBY_TEXT_CHARS = 400;
/** What lying inside an admin-1 unit the report names is worth. */
const UNIT_BONUS = 1.5;
/** A city this large is known by its exonyms; a smaller place's other names are riskier. */
const NOTABLE_POPULATION = 100_000;
/** How far a neighbourhood may lie from the city the report names. */
const NEIGHBOURHOOD_KM = 25;
/** Before a namesake named to set it apart: "not to be confused with the village of the same
 * name in". */
export const NAMESAKE_BEFORE = /\b(?:no relation to|not to be confused with|unrelated to|distinct from|(?:of|with) the same name (?:in|near)|namesakes? (?:in|near))\b[^.;]*$/i;
/** A unit's name that ends in its kind: "Sagaing Region", "Borno State". */
const UNIT_NAME_END = /\s(?:region|oblast|state|province|governorate|department|division|prefecture|county)$/i;
/** "in the city's Dniprovskyi district": the part of a city named just before. */
const THE_CITYS = /\bthe\s+city['’]s\s+(?:[\p{L}-]+\s+)?$/iu;
const OF_THE_CITY_AFTER = /^\s+(?:district|neighbou?rhood|microdistrict|quarter)\s+of\s+the\s+city\b/i;
/** How far off "just east of" a place may lie, beyond both places' own extent. */
const JUST_BESIDE_KM = 20;
/** "the Dnipro river": water named after a town. */
export const RIVER_AFTER = /^\s+river\b/i;
/** "... east of the city", the city named before (not "the city of X"). */
const CITY_NAMED_BACK = /^([^.;]*?\bof\s+)the\s+(?:city|town)\b(?!\s+of\b|['’])/i;
/** An area told as part of a place: "area on the western edge of the", "area of", "area in". */
const AREA_OF = /^\s+(?:area|neighbou?rhood|quarter|micro-?district)\s+(?:on\s+the\s+(?:[\w-]+\s+)?(?:edge|outskirts|side|fringes?)\s+of|of|in)\s+(?:the\s+)?$/i;
/** A sentence that opens on its city: "In Kharkiv,", "In the city of Odesa,". */
// (A dateline may come first: "KYIV (Reuters) - In the city of Odesa,".)
const IN_CITY_OPENING = /^[\s"“]*(?:\p{Lu}[\p{Lu} .,'’-]+(?:\([^()]{1,40}\))?\s*[-–—]\s*)?in\s+(?:the\s+(?:\p{L}+\s+)?(?:city|town|port)\s+of\s+)?$/iu;
/** Before the place a line opens with ("- Kharkiv:", "09:40 - Kherson:"): a bullet, or a
 * ticker's time and its dash. */
export const LINE_PLACE_BEFORE = /^[\s"“•*·\-–—]*(?:\d{1,2}[:.]\d{2}\s*[-–—|]\s*)?$/;
/** Below this a place is a village: no district is named after it, and only those near it know
 * its own spelling. */
const VILLAGE_POPULATION = 10_000;
/** Below this population a town's name is often shared by villages the gazetteer lacks: namesakes
 * of like size in several regions are a toss-up the report must settle. */
export const SMALL_TOWN_POPULATION = 20_000;

// Between a name and the admin unit or country that qualifies it: "X, Y", "X in (the) Y",
// "X of Y" (a district of a city), "X near Y".
// (Or in brackets, with the units between: "Léré (Niafunké cercle, Tombouctou region)".)
// (Or past a demonym's kind of unit: "Córdoba, in the Mexican state of Veracruz".)
/** A facility named after its place, then where it is: " oil pumping station in the ". */
const FACILITY_IN_LINK = /^\s+(?:(?:military|naval|oil|gas|fuel)\s+)?(?:(?:pumping|compressor|power|railway|train)\s+)?(?:air\s*base|airbase|airfield|airport|refinery|depot|base|station|plant|terminal|substation)\s+in\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*['’]s\s+)?$/iu;
const CONTEXT_LINK = /^(?:\s+(?:(?:military|naval|oil|gas|fuel)\s+)?(?:(?:pumping|compressor|power|railway|train)\s+)?(?:plant|terminal|substation|district|region|oblast|province|raion|governorate|area|sector|tehsil|taluka|subdivision|local\s+government(?:\s+area)?|lga|municipality|township|county|commune|neighbourhood|neighborhood|suburb|village|town|city|air\s*base|airbase|airfield|airport|port|refinery|depot|base|station|(?:refugee\s+)?camp))?(?:\s*,\s*|\s*\(\s*(?:[^\s,()]+\s+(?:cercle|commune|district|department|province|township|municipality)\s*,\s*)?|\s*,?\s+(?:also\s+|across\s+the\s+(?:border|frontier|river)\s+)?in\s+(?:the\s+)?(?:[\w'’-]+\s+(?:state|province|region|department|governorate|county)\s+of\s+(?:the\s+)?)?(?:(?:[\w]+-)?occupied\s+|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)ern\s+|central\s+|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|centre|center)\s+of\s+(?:the\s+)?)?|\s+of\s+(?:the\s+)?(?:(?:north|south|east|west|central)(?:ern)?\s+)?|\s*,?\s+(?:near|just\s+outside|outside)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}(?:city|town|port|capital)\s+of\s+)?|\s*,\s+on\s+the\s+(?:[\w-]+\s+)?(?:edge|edges|fringes?)\s+of\s+(?:the\s+)?|\s*,\s+off\s+(?:the\s+(?:coast|shores?)\s+of\s+)?|,\s+(?:a|an|the|another)\s+(?:[\w-]+\s+){0,3}(?:town|city|village|settlement|port|hub|district|suburb|community|hamlet|neighbou?rhood|locality|municipality|commune|township)\s+(?:in|of|near)\s+(?:the\s+)?(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+|neighbou?ring\s+)?)$/i;

// "the villages of Zelenivka and Dachenske in Ukraine's Donetsk region": the area after a list
// holds the whole list, names the gazetteer lacks ("Dachenske") included.
const LIST_THEN_CONTEXT = /^(?:\s*,\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)*\s*,?\s+(?:and|or)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s+(?:in|of)\s+(?:the\s+)?$/u;

// "the Burkina Faso town of Djibo", "the Kharkiv region village of Hlyboke": the place after
// the settlement word is in the one before (the other way round from "the Bakhmut district of
// Donetsk", which CONTEXT_LINK reads).
const AREA_SETTLEMENT_LINK = new RegExp(
  `^\\s+(?:(?:region|province|oblast|state|governorate|district)\\s+)?(?:(?:border|frontline|front-line|coastal|capital)\\s+)?(?:${SETTLEMENT_WORDS})\\s+of\\s+$`,
  'i',
);

// "Ukraine's Kharkiv region", "Ukraine's eastern Donetsk region".
const POSSESSIVE_LINK = /^['’]s\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+|(?:north|south)-?(?:east|west)(?:ern)?\s+|central\s+)?(?:(?:port|city|town|village|capital|region|province|district)\s+(?:of\s+)?)?$/i;

// "the Red Sea port of", "the Black Sea coastal city of": a sea naming where a place lies.
export const SHORE_WORDS = String.raw`(?:port|coast|coastal|resort|harbou?r)(?:\s+(?:city|town|village))?\s+of`;
const SHORE_LINK = new RegExp(`^\\s+${SHORE_WORDS}\\s+(?:the\\s+)?$`, 'i');

// Before a name: a unit below a region, said to lie in it ("Depayin Township in southeastern").
const SUBUNIT_IN = /\b(?:township|district|county|raion|rayon|municipality|hromada|commune|department|sub-?district|tehsil|local\s+government\s+area)\s+(?:in|of)\s+(?:the\s+)?(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?$/i;

// A sentence's opening area: "In the Zaporozhye direction, ...", "In Sumy Oblast, ...".
// (After a label: "Details: On the Kupiansk front,".)
const OPENING_AREA_BEFORE = /^[\s"“]*(?:[A-Z][a-z]+:\s+)?(?:in|on|along|across)\s+(?:the\s+)?(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?$/i;
const OPENING_AREA_AFTER = /^\s*(?:\([^)]{1,40}\)\s*)?(?:direction|region|oblast|province|area|sector|front|axis|governorate|state|district|raion)?\s*,/i;

/** The mention is the area a sentence opens with: "In the Zaporozhye direction,", "In Mandera,". */
export function opensSentence(m: FoundMention): boolean {
  const sentence = m.sentence;
  return OPENING_AREA_BEFORE.test(sentence.text.slice(0, m.start - sentence.start)) && OPENING_AREA_AFTER.test(sentence.text.slice(m.end - sentence.start));
}
// "east of Siversk near Bilohorivka": a bearing, the anchor, then "near" the places themselves.
const BEARING_THEN = /\b((?:north|south)-?(?:east|west)|north|south|east|west)\s+of\s+(?:the\s+)?(?:(?:city|town|village|settlement)\s+of\s+)?$/i;
// (After the anchor's own kind word: ISW's "north of Sumy City near Yunakivka".)
const NEAR_AFTER_ANCHOR = /^(?:\s+(?:City|city|town|Oblast|oblast))?\s+near\s+(?:the\s+(?:villages?|towns?|settlements?)\s+of\s+)?$/;
// "southeast of the town near Lysivka": the town named before.
// (Names the gazetteer lacks may come first in the list: "near Lysivka and Promin".)
const TOWN_BACK_THEN_NEAR = /\b((?:north|south)-?(?:east|west)|north|south|east|west)\s+of\s+the\s+(?:town|city|settlement)\s+near\s+(?:the\s+(?:villages?|towns?|settlements?)\s+of\s+)?(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?(?:\s*,\s*|\s+and\s+))*$/iu;
/** "east of Siversk near Bilohorivka": b is told by its bearing from a. */
export function bearingThenNear(a: FoundMention, b: FoundMention): boolean {
  return a.sentence === b.sentence && BEARING_THEN.test(textBefore(a)) && NEAR_AFTER_ANCHOR.test(textBetween(a, b));
}
/** The words tell mention i by its way from another place: "east of Siversk near Bilohorivka",
 * "southeast of the town near Lysivka", "Witu, some 50 kilometres north of Lamu". */
function toldFrom(mentions: FoundMention[], i: number): boolean {
  const m = mentions[i]!;
  const next = mentions[i + 1];
  if (next && next.sentence === m.sentence && DISTANCE_LINK.test(textBetween(m, next))) return true;
  if (TOWN_BACK_THEN_NEAR.test(textBefore(m))) return true;
  for (let j = i; j > 0 && mentions[j - 1]!.sentence === m.sentence; j--) {
    if (bearingThenNear(mentions[j - 1]!, mentions[j]!)) return true;
    if (!LIST_SEPARATOR.test(textBetween(mentions[j - 1]!, mentions[j]!))) break;
  }
  return false;
}
/** How many of a list's other places, settled in one region, make it the list's region. */
const LIST_REGION_MIN = 3;
/** How far from the nearest of them a small place of the list may lie in another region. */
const LIST_REACH_KM = 100;
const NEAR_LIST_BEFORE = /\bnear\s+(?:the\s+(?:villages?|settlements?|towns?)\s+of\s+)?$/i;

/** "X, on the main road leading into Y": X lies on the way to Y. */
export const ROAD_TO_WORDS = String.raw`,\s+on\s+the\s+(?:main\s+|[\w-]+\s+){0,2}(?:road|highway)\s+(?:leading\s+|that\s+leads\s+|running\s+)?(?:into|to|from|towards?|linking|connecting)\s+(?:the\s+)?$`;
const ROAD_TO = new RegExp(String.raw`^\s*${ROAD_TO_WORDS}`, 'i');
/** Below this a town abroad is one reports name only where they are about its country. */
const FOREIGN_TOWN_POPULATION = 250_000;
/** How many other places, and what share of them in one country, make a report that country's. */
const FOCUS_MIN_PLACES = 4;
/** A first-level unit this populous is named in reports from anywhere. */
const FAR_NAMED_UNIT_POPULATION = 1_000_000;
const FOCUS_SHARE = 0.5;
const FOCUS_PAIR_SHARE = 0.6;
/** ... and with none of them within this distance. */
const FOREIGN_TOWN_NEAR_KM = 500;
/** What a country the sentence names as a place is worth to a reading in it (see sentenceCountries). */
const SENTENCE_COUNTRY_WEIGHT = 4.5;
/** A town of the same region named earlier in the sentence: less than a country named there. */
const SENTENCE_UNIT_WEIGHT = 1.5;
/** What naming a place elsewhere by its own name costs a reading of another name (see above). */
const OTHER_NAME_OF_NAMED = 3;
const PLACE_IN_COUNTRY_BEFORE = /\b(?:in|inside|across|within)\s+(?:the\s+)?(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?$/i;

/** Mentions listed right before mention i ("near A, B and C" for C), nearest first. */
function listBefore(mentions: FoundMention[], i: number): number[] {
  const out: number[] = [];
  for (let j = i - 1; j >= 0 && mentions[j]!.sentence === mentions[i]!.sentence && LIST_SEPARATOR.test(textBetween(mentions[j]!, mentions[j + 1]!)); j--) out.push(j);
  return out;
}
/** Mentions listed right after mention i ("near A, B and C" for A). */
function listAfter(mentions: FoundMention[], i: number): number[] {
  const out: number[] = [];
  for (let j = i + 1; j < mentions.length && mentions[j]!.sentence === mentions[i]!.sentence && LIST_SEPARATOR.test(textBetween(mentions[j - 1]!, mentions[j]!)); j++) out.push(j);
  return out;
}

/** How far from its town a hromada's villages lie: the largest hromadas are some 60 km across. */
const HROMADA_REACH_KM = 35;
/** So a district's (a raion, a rayon): some 150 km across since Ukraine's 2020 reform. */
const DISTRICT_REACH_KM = 80;
/** Between a place and the town whose municipality holds it: ", a village in the municipality of ". */
const MUNICIPALITY_OF = /^\s*(?:,\s+an?\s+(?:[\w-]+\s+){1,3})?(?:in|of)\s+the\s+(?:municipality|commune|township)\s+of\s+$/i;
/** The words call the mention a hromada ("Dvorichna hromada"). */
export function isHromada(m: FoundMention): boolean {
  return m.typeCue === 'area' && /^hromadas?$/i.test(m.typeCueText ?? '');
}
/** Within `km` of a town, beyond the place's own extent: the reach of a unit named after it. */
function withinReachOf(town: Place, place: Place, km: number): boolean {
  return distanceKm(town, place) - place.radiusKm <= km;
}
/** Within the hromada of this town. */
export function inHromada(town: Place, place: Place): boolean {
  return withinReachOf(town, place, HROMADA_REACH_KM);
}
/** Within the district named after this town ("Zolochiv, Bohodukhiv district"). */
export function inDistrictOf(town: Place, place: Place): boolean {
  return withinReachOf(town, place, DISTRICT_REACH_KM);
}

/** Nearer than this beyond the two places' own extents, a stated bearing is not checked. */
const BEARING_SLACK_KM = 10;

/** How far off the stated way a place may lie: writers round ("Tubas, east of Jenin", which lies
 * south-east). */
const BEARING_TOLERANCE_DEGREES = 67.5;

/** The place lies roughly the stated way from the anchor. */
function onBearing(anchor: Place, place: Place, bearing: string): boolean {
  const dir = DIRECTIONS[bearing.toLowerCase().replace(/[-\s]|ward$/g, '')];
  if (!dir) return true;
  const north = place.lat - anchor.lat;
  const east = (place.lon - anchor.lon) * Math.cos((anchor.lat * Math.PI) / 180);
  const length = Math.hypot(north, east) * Math.hypot(dir[0], dir[1]);
  return length === 0 || (north * dir[0] + east * dir[1]) / length >= Math.cos((BEARING_TOLERANCE_DEGREES * Math.PI) / 180);
}

/** A line that is only a front's name: "**Lyman direction**", "Kupiansk direction:". */
const FRONT_HEADING = /^[\s*_#-]*\p{Lu}[\p{L}'’ -]*\s+(?:direction|front|axis|sector)[\s*_:.]*$/iu;
/** After a heading's name: its unit's word, then the heading's end ("**Yunakivka hromada:**"). */
const UNIT_HEADING_AFTER = /^\s+(hromada|district|raion|rayon)\s*[.:]?\s*(?:\*\*|__)\s*[.:]?\s/i;
/** A sentence that starts a section: a front's name alone, or any bold opening ("**Velyka
 * Pysarivka hromada (Okhtyrka district).**"). */
function startsSection(text: string): boolean {
  return FRONT_HEADING.test(text) || /^[\s-]*(?:\*\*|__)/.test(text);
}
/** How far after its heading a front's lines run, in characters. */
const FRONT_HEADING_REACH = 600;
/** The words call the mention a front named after its town: "the Kharkiv direction". */
export function isFront(m: FoundMention): boolean {
  return m.typeCue === 'area' && /^(?:fronts?|directions?|ax[ie]s|sectors?)$/i.test(m.typeCueText ?? '');
}
/** How far from its town a front's or direction's places lie. */
export const FRONT_REACH_KM = 75;

/** However small the opening area, a place this near it may be what the sentence tells of. */
const OPENING_AREA_MIN_REACH_KM = 300;

/** Below this a town has no districts of its own for "the city's X district" to name. */
const CITY_WITH_DISTRICTS = 50_000;
/** A first-level unit with no more people than this share of its city's is the city alone. */
const CITY_UNIT_SHARE = 1.1;
/** Below this a place is a hamlet, a name many share. */
const HAMLET_POPULATION = 1_000;
/** A place this large is known abroad by other spellings of its name ("Kiev", "Odessa"). */
const EXONYM_POPULATION = 1_000_000;
/** No village has this many people: "the village of X" is not a city of that size. */
const NOT_A_VILLAGE_POPULATION = 100_000;
/** "a few kilometres", "several miles": how many that is taken to be. */
const FEW = 5;
// "Kobe, about 30 km from Gao", "Witu, some 50 kilometres north of", "Makiivka (northwest of": how far
// one lies from the other.
// (In a bracket, a monitor's note on who holds it may come first: "Vodiane (government-controlled,
// 20km north-east of".)
export const DISTANCE_LINK =
  /^\s*(?:,\s+|(?:\([^()]{1,30}\)\s*)?\(\s*(?:(?:both|all)\s+)?(?:[\w-]+,\s+)?)(?:(?:an?|two|three|four|several|both)\s+(?:[\w-]+\s+){0,3}?(?:towns?|villages?|city|cities|settlements?|hamlets?|port|suburbs?|district|community|communities)\s+(?:(?:located|situated|lying)\s+)?)?(?:(?:on|along|off)\s+the\s+(?:main\s+|[\w-]+\s+){0,2}(?:highway|road|coast|river)\s+)?(?:(?:about|some|around|roughly|nearly|almost|just|approximately|only|less than|more than)\s+)?(?:(\d{1,4}|a\s+few|several|a\s+couple\s+of)\s*(km|kilomet(?:er|re)s?|miles?|nautical miles?|nm)\s+(?:\([^)]{1,20}\)\s+)?)?(?:((?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ward)?)\s+)?(?:(?:up|down)stream\s+)?(?:from|of|outside|away from)\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:city|town|village|port|capital|seat|headquarters)\s+of\s+)?$/i;

// "the Kupwara district of north Kashmir", "the Bakhmut district of Donetsk".
const KIND_OF_LINK = /^\s+(?:district|region|oblast|province|raion|governorate|area|neighbou?rhood|suburb|village|town|city)\s+of\s+(?:the\s+)?(?:(?:north|south|east|west|central)(?:ern)?\s+)?$/i;

// "the town of X in Mali", "X in western Niger": the country after a place of a named kind.
/** ", in " between a town and the unit it lies in: "the town of Palma, in Cabo Delgado province". */
const UNIT_AFTER_COMMA = /^\s*,\s+in\s+(?:the\s+)?(?:(?:north|south|east|west|central)[\p{L}-]*\s+)?$/iu;
const IN_COUNTRY_LINK = /^(?:\s+[\p{L}-]+)?\s+in\s+(?:the\s+)?(?:(?:north|south|east|west|central)[\p{L}-]*\s+)?$/iu;

/** A sentence's opening up to a unit's name: "In the ", "Also in the ". */
const OPENING_IN = /^[\s*_\-•]*(?:(?:also|meanwhile|separately|elsewhere),?\s+)?in\s+(?:the\s+)?$/i;

/** Mentions i and i + 1, joined by a comma, stand in a longer list: a comma before the first,
 * or a list separator after the second. */
function inList(mentions: FoundMention[], i: number): boolean {
  const prev = mentions[i - 1];
  return (prev !== undefined && prev.sentence === mentions[i]!.sentence && /^\s*,\s*$/.test(textBetween(prev, mentions[i]!))) || listAfter(mentions, i + 1).length > 0;
}

/** Pairs (mention, its stated context mention) within one sentence. */
function statedContexts(all: FoundMention[]): Map<FoundMention, FoundMention> {
  const out = new Map<FoundMention, FoundMention>();
  // Demonyms are skipped: in "near Sevastopol in Russian-occupied Crimea" the link runs over one.
  const mentions = all.filter((m) => !m.demonym);
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1]!;
    if (a.sentence !== b.sentence) continue;
    const between = textBetween(a, b);
    // "the villages of Viktorovka, Nikolayevka and Staraya Sorochina in the Kursk region": the
    // area after a list holds its first name too, not the name after the first comma.
    const listEnd = mentions.slice(i + 2).find((c) => c.sentence === a.sentence && LIST_THEN_CONTEXT.test(textBetween(a, c)));
    if (listEnd && a.typeCue !== 'admin1' && /^\s*,/.test(between)) {
      out.set(a, listEnd);
      continue;
    }
    // "Y's X" (possessive): "Ukraine's Kharkiv region", "Kabul's airport district".
    if (POSSESSIVE_LINK.test(between) || AREA_SETTLEMENT_LINK.test(between)) out.set(b, a);
    // ("east of Siversk near Bilohorivka": the place told by its bearing from the first.)
    else if (bearingThenNear(a, b)) continue;
    // (A bare comma inside a list is the list's: "the settlements of Bilozerka, Antonivka,
    // Dniprovske, Tyahynka, Beryslav and Kozatske" names no village in another.)
    else if (/^\s*,\s*$/.test(between) && inList(mentions, i)) continue;
    else if ((CONTEXT_LINK.test(between) || LIST_THEN_CONTEXT.test(between)) && a.typeCue !== 'admin1') out.set(a, b);
  }
  // "the Russian town of Pokrovsk": a demonym naming the country of the place after it.
  for (let i = 0; i + 1 < all.length; i++) {
    const a = all[i]!;
    const b = all[i + 1]!;
    if (!a.demonym || b.demonym || a.sentence !== b.sentence || out.has(b)) continue;
    if (DEMONYM_COUNTRY_LINK.test(textBetween(a, b))) out.set(b, a);
  }
  // "In the Fastiv district, debris ... fell in the settlement of Kalynivka": a unit the sentence
  // opens with holds the places it goes on to tell, up to another unit.
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i]!;
    if ((a.typeCue !== 'admin1' && a.typeCue !== 'admin2') || !OPENING_IN.test(textBefore(a)) || !/^\s+\w+\s*,/.test(textAfter(a))) continue;
    for (let j = i + 1; j < mentions.length && mentions[j]!.sentence === a.sentence; j++) {
      const b = mentions[j]!;
      if (b.typeCue === 'admin1' || b.typeCue === 'admin2' || b.demonym) break;
      if (!out.has(b)) out.set(b, a);
    }
  }
  // "Novohrodivka in Ukraine's Donetsk region": the village's context is the region the country
  // qualifies, not the country.
  for (const [m, ctx] of out) {
    const next = mentions[mentions.indexOf(ctx) + 1];
    if (next && next !== m && out.get(next) === ctx && next.sentence === ctx.sentence) {
      if (POSSESSIVE_LINK.test(textBetween(ctx, next))) out.set(m, next);
    }
  }
  return out;
}

function score(mention: FoundMention, place: Place, alternate: boolean, loose: boolean): Candidate {
  const p = prior(place, mention.hits.length === 1);
  let total = p.score;
  const reasons = [p.reason];
  if (alternate) {
    // Big cities' other names are the exonyms outlets use ("Geneva" for Genève); a village's
    // alternate names are rarer and riskier.
    total -= place.population >= NOTABLE_POPULATION ? 0.5 : 1.5;
    reasons.push(ALTERNATE_REASON);
  }
  // (Not for a big city's own name: "Mykolaiv" is how outlets write Mykolayiv, whose English
  // name the build folds into the loose key; a town in Lviv Oblast named Mykolaiv must not win.)
  if (loose) {
    if (alternate || place.population < NOTABLE_POPULATION) total -= 1;
    reasons.push(VARIANT_REASON);
  }
  // "the Moskva", "the Kursk": a city's name right after "the" is a ship, a newspaper or a team;
  // not before a facility named after the town ("the Saky air base", "the Tuapse refinery").
  if (
    place.kind === 'city' && !mention.typeCue &&
    /\bthe\s+$/i.test(textBefore(mention)) &&
    !FACILITY_AFTER.test(textAfter(mention))
  ) {
    total -= 3;
    reasons.push('"the" before a city name');
  }
  // "the Red Sea": a name that ends in a word for water names the water. A province or state
  // named after it is written so ("Red Sea state", "the Red Sea governorate": a type cue).
  if (place.kind !== 'sea' && !mention.typeCue && WATER_NAME.test(mention.text)) {
    total -= 4;
    reasons.push(`"${mention.text}" is named as water, and no word calls it a ${place.kind}`);
  }
  if (mention.typeCue) {
    // (A front is named after its town: "the Kupyansk direction" is no district.)
    // ("the village of Kut" is no city of 315,000, whatever its other name.)
    const villageOfCity = /\b(?:village|hamlet)\b/i.test(mention.typeCueText ?? '') && place.kind === 'city' && place.population >= NOT_A_VILLAGE_POPULATION;
    if (villageOfCity) {
      total -= 3;
      reasons.push(`"${mention.typeCueText}" does not fit a city of ${place.population.toLocaleString('en')}`);
    } else if (fitsCue(mention.typeCue, place.kind, mention.typeCueText, place.name) && (!isFront(mention) || place.kind === 'city')) {
      total += 6;
      reasons.push(`"${mention.typeCueText}" fits a ${place.kind}`);
    } else if (mention.typeCue === 'admin2' && place.kind === 'city' && LOWER_SEAT.test(place.featureCode)) {
      // The gazetteer holds units down to the second order; a third-order one, Peru's or
      // Pakistan's district, is there only as the town it is named after and run from.
      total += 3;
      reasons.push(`"${mention.typeCueText}" fits the seat of a unit below the second order`);
    } else if (mention.typeCue !== 'area') {
      total -= 3;
      reasons.push(`"${mention.typeCueText}" does not fit a ${place.kind}`);
    }
  }
  return { place, score: total, reasons };
}

/** A town this big, named in a report, says which country the report is about. */
const SOLID_TOWN_POPULATION = 10_000;

/** How much wider than its city a namesake unit may be for the city to nearly fill it. */
const FILLED_UNIT_RATIO = 2;

/** A town and the district named after it, in one region. */
function seatOf(town: Place, district: Place): boolean {
  return town.kind === 'city' && district.kind === 'admin2' && town.countryCode === district.countryCode && town.admin1Code === district.admin1Code && nameKey(town.name) === nameKey(district.name);
}

/** The seat of a third- or fourth-order unit. */
const LOWER_SEAT = /^PPLA[34]$/;

/** "the southern city of Mykolaiv", said of a namesake in the country's west. */
function offSideOf(c: Candidate, side: string): Candidate {
  return { ...c, score: c.score - OFF_SIDE_PENALTY, reasons: [...c.reasons, `the words put it in the ${side} of its country; it lies elsewhere`] };
}
const OFF_SIDE_PENALTY = 4;

/** The words' kind ("the Kharkiv region", "the village of") fits the place's kind. */
function fitsCue(typeCue: string, kind: FeatureKind, cueText: string | null = null, name: string | null = null): boolean {
  // (A territory is Congo's district, "Beni territory", and Russia's krai, written as a name:
  // "the Krasnodar Territory".)
  if (kind === 'admin1' && /^Territor(?:y|ies)$/.test(cueText ?? '')) return true;
  // (A department is Colombia's or Haiti's first level and Niger's or Cameroon's second: "the
  // Tera department", "the Mayo-Tsanaga department".)
  if (kind === 'admin2' && /^(?:department|d[eé]partement)s?$/i.test(cueText ?? '')) return true;
  // (A republic is Russia's first level, and a country: "Niger Republic" is Niger, not
  // Nigeria's Niger State, whose own name gives it another kind.)
  if (/^republic$/i.test(cueText ?? '')) return kind === 'country' || (kind === 'admin1' && !UNIT_NAME_END.test(name ?? ''));
  return (CUE_KINDS[typeCue] ?? []).includes(kind);
}

/** Between a demonym and the place it is the country of: "the Russian town of", "the Sudanese city of". */
const DEMONYM_COUNTRY_LINK = /^\s+(?:border\s+|frontline\s+|front-line\s+|port\s+)?(?:city|town|village|region|province|oblast|port|settlement|district|capital)\s+of\s+(?:the\s+)?$/i;

/** After a demonym, the words that make it the country of a place. */
const DEMONYM_OF_PLACE = /^\s+(?:(?:border|frontline|front-line)\s+)?(?:city|cities|town|towns|village|villages|region|regions|province|provinces|oblast|port|capital|territory|soil|side of the border|settlement|district)\b/i;

/** A facility named after its town: "the Saky air base", "the Engels airfield". */
const FACILITY_AFTER = /^\s+(?:military\s+)?(?:air\s*base|airbase|air\s*field|airfield|airport|base|port|seaport|refinery|oil\s+refinery|oil\s+depot|fuel\s+depot|depot|railway\s+station|station|arsenal|barracks|garrison)\b/i;

/** A name whose last word is a body of water: "Red Sea", "Persian Gulf", "Kerch Strait". */
const WATER_NAME = /\s(?:Sea|Ocean|Gulf|Strait|Straits|Bay|Channel|Lagoon)$/;

/** Enough to take a translated name out of the running. */
const TRANSLATION_PENALTY = 10;

/** One mention's vote for the country it is most confidently in (null: no confident vote). */
interface CountryVote {
  country: string;
  weight: number;
}

function countryVote(list: Candidate[]): CountryVote | null {
  const best = list[0];
  if (!best || !best.place.countryCode) return null;
  const runner = list[1];
  const confidence = runner && runner.place.countryCode !== best.place.countryCode ? Math.min(1, (best.score - runner.score) / 3) : 1;
  return confidence > 0 ? { country: best.place.countryCode, weight: confidence } : null;
}

/** The countries a report is about: each country's share of its confidently named places'
 * votes, and the same share with some votes left out (a mention cannot confirm its own reading). */
function countryShares(votes: (CountryVote | null)[]): {
  share(country: string): number;
  shareWithout(country: string, own: readonly (CountryVote | null)[]): number;
  othersWeight(own: CountryVote | null): number;
} {
  const weights = new Map<string, number>();
  let total = 0;
  for (const v of votes) {
    if (!v) continue;
    weights.set(v.country, (weights.get(v.country) ?? 0) + v.weight);
    total += v.weight;
  }
  return {
    share: (country) => (total > 0 ? (weights.get(country) ?? 0) / total : 0),
    othersWeight: (own) => Math.max(0, total - (own?.weight ?? 0)),
    shareWithout: (country, own) => {
      let rest = total;
      let w = weights.get(country) ?? 0;
      for (const v of own) {
        if (!v) continue;
        rest -= v.weight;
        if (v.country === country) w -= v.weight;
      }
      return rest > 1e-9 ? Math.max(0, w) / rest : 0;
    },
  };
}

/** Resolves every mention of one report together. */
export function resolveMentions(mentions: FoundMention[], options: ResolveOptions = DEFAULT_RESOLVE_OPTIONS): Resolution[] {
  // Pass 1: each mention on its own. A name like "Washington" has a hundred namesakes; the
  // later passes move scores by a few points at most, so the best few dozen are enough.
  const all = mentions.map((m) =>
    m.hits
      .map((h) => score(m, h.place, h.alternate, h.loose))
      .map((c) => (m.offSide?.places.includes(c.place.index) ? offSideOf(c, m.offSide.side) : c))
      .sort((a, b) => b.score - a.score),
  );
  const lists = all.map((l) => l.slice(0, MAX_CANDIDATES));

  // "in north Kashmir": the words are the own name of a region made of admin-1 units, and one
  // of its units goes by it too (Azad Kashmir): the words name the whole, not that part.
  for (const list of lists) {
    const whole = list.find((c) => c.place.kind === 'region' && !byOtherName(c));
    if (!whole) continue;
    for (const c of list) {
      if (c.place.kind !== 'admin1' || !byOtherName(c) || !contains(whole.place, c.place)) continue;
      c.score = Math.min(c.score, options.minScore - 0.5);
      c.reasons.push(`a part of ${whole.place.name}, which the words name by its own name`);
    }
    list.sort((a, b) => b.score - a.score);
  }

  // "the western countryside of Damascus", "Rural Damascus": the country round a city, so not a
  // first-level unit that is the city alone (Damascus Governorate), when another holds it (Rif
  // Dimashq).
  mentions.forEach((m, i) => {
    if (!/^(?:countryside|rural)\b/i.test(m.typeCueText ?? '')) return;
    const cities = lists[i]!.filter((c) => c.place.kind === 'city');
    const cityUnits = lists[i]!.filter((c) => c.place.kind === 'admin1' && cities.some((t) => contains(c.place, t.place) && c.place.population <= t.place.population * CITY_UNIT_SHARE));
    if (cityUnits.length === lists[i]!.filter((c) => c.place.kind === 'admin1').length) return;
    for (const c of cityUnits) {
      c.score -= 6;
      c.reasons.push(`"${m.typeCueText}" names the country round a city, and this unit is the city alone`);
    }
    lists[i]!.sort((a, b) => b.score - a.score);
  });

  // Pass 2: stated admin context ("X in the Y region"), resolved from Y's own best candidate.
  const contexts = statedContexts(mentions);
  // "Santa Rosa district, La Mar province, in Ayacucho region": where the gazetteer has no
  // reading of the middle unit, the one that holds it holds the first name too (even after a
  // unit's kind word, which otherwise takes no context of its own).
  const holderOf = (held: FoundMention) => {
    const next = mentions[mentions.indexOf(held) + 1];
    return contexts.get(held) ?? (next && !next.demonym && next.sentence === held.sentence && CONTEXT_LINK.test(textBetween(held, next)) ? next : undefined);
  };
  // (Not where a reading of it, however weak yet, lies by one of the first name's: "Maiac, in
  // the Grigoriopol district", which the gazetteer has only as its town.)
  const unread = (m: FoundMention, unit: FoundMention) =>
    lists[mentions.indexOf(unit)]!.every((c) => c.score < options.minScore && all[mentions.indexOf(m)]!.every((p) => !withinReachOf(c.place, p.place, DISTRICT_REACH_KM)));
  for (const [m, ctx] of contexts) {
    let held = ctx;
    for (let step = 0; step < 3 && unread(m, held) && holderOf(held)?.sentence === m.sentence; step++) held = holderOf(held)!;
    if (held !== ctx && held !== m) contexts.set(m, held);
  }
  // (Keeping the namesakes the context holds, however small: "Santa Cruz, Davao del Sur" is a
  // town GeoNames gives no population, below a hundred bigger Santa Cruzes.)
  for (const [m, ctx] of contexts) {
    const i = mentions.indexOf(m);
    const units = lists[mentions.indexOf(ctx)]!.slice(0, 3).filter((c) => canQualify(c.place, ctx)).map((c) => c.place);
    const kept = new Set(lists[i]!.map((c) => c.place.index));
    lists[i]!.push(...all[i]!.filter((c) => !kept.has(c.place.index) && units.some((u) => insideContext(u, c.place))).slice(0, MAX_CANDIDATES));
  }
  // A named context is a place that holds one of the mention's own candidates: in "the Hunan
  // city of Yueyang", the Hunan that holds a Yueyang.
  for (const [m, ctx] of contexts) {
    const inner = lists[mentions.indexOf(m)]!.slice(0, 3);
    const ctxList = lists[mentions.indexOf(ctx)]!;
    const holds = (c: Candidate) => inner.some((p) => p.place.index !== c.place.index && contains(c.place, p.place));
    // "the Kupwara district of north Kashmir": the words say the one holds the other, so when
    // some reading of Kashmir holds a Kupwara, a reading that holds none is not what they mean
    // (Azad Kashmir, Pakistan, whose other name is "Kashmir").
    const saysHolds = m.end <= ctx.start && KIND_OF_LINK.test(textBetween(m, ctx)) && ctxList.some(holds);
    for (const c of ctxList) {
      if (holds(c)) {
        c.score += options.adminContextBonus / 2;
        c.reasons.push(`holds ${m.text}, named beside it`);
      } else if (saysHolds) {
        c.score -= options.adminContextBonus / 2;
        c.reasons.push(`holds no ${m.text}, which the words put in it`);
      }
    }
    ctxList.sort((a, b) => b.score - a.score);
  }
  const contextPlace = new Map<FoundMention, Place>();
  for (const [m, ctx] of contexts) {
    const ctxList = lists[mentions.indexOf(ctx)]!;
    const adminish = ctxList.find((c) => canQualify(c.place, ctx));
    if (!adminish) continue;
    // "Podilskyi district of Kyiv": the city Kyiv stands for its admin-1 unit when the mention is a district.
    contextPlace.set(m, adminish.place);
  }
  // "Iraq's Kurdistan region", "the village of X in Mali": the words put a place of that kind
  // in a country, and a namesake in another country (Iran's Kurdistan Province) is not it,
  // however the report's focus leans. Only with the kind word: "Ukraine's Kursk incursion" is
  // in Russia.
  const statedCountry = new Map<FoundMention, Place>();
  // So with a unit: "the Poonch district of Jammu and Kashmir" is not Pakistan's Poonch
  // District, whatever the report's other places near it.
  const statedUnit = new Map<FoundMention, Place>();
  const cityQuarter = new Map<FoundMention, Place>();
  // "In Kamianka, Dvorichna hromada": a hromada is the country around its town, so the place
  // lies within a hromada's reach of that town.
  // So a district the gazetteer knows only as its town: "In the village of Kozino, also in the
  // Rylsk district".
  const statedHromada = new Map<FoundMention, { town: Place; km: number }>();
  for (const [m, ctx] of contexts) {
    const unit = contextPlace.get(m);
    const between = m.end <= ctx.start ? textBetween(m, ctx) : '';
    if (unit?.kind === 'city' && isHromada(ctx) && /^\s*,\s*$/.test(between)) statedHromada.set(m, { town: unit, km: HROMADA_REACH_KM });
    else if (unit?.kind === 'city' && ctx.typeCue === 'admin2' && /^\s*,?\s+(?:also\s+)?in\s+(?:the\s+)?$/.test(between)) statedHromada.set(m, { town: unit, km: DISTRICT_REACH_KM });
    // (And a municipality or commune named after its town: "El Aguaje, a village in the
    // municipality of Aguililla" is no El Aguaje in the next state.)
    else if (unit?.kind === 'city' && MUNICIPALITY_OF.test(between)) statedHromada.set(m, { town: unit, km: HROMADA_REACH_KM });
    // ("near Bohdanivka, Ivanivske and Andriivka in Donetsk Oblast": a region its own words call
    // one holds the bare names told in it too.)
    // (And a facility named after its place: "the Nikolskoye oil pumping station in the Tambov
    // region" is no Nikolskoye of Moscow.)
    const inNamedRegion = unit?.kind === 'admin1' && ctx.typeCue === 'admin1' && m.end <= ctx.start && (IN_COUNTRY_LINK.test(textBetween(m, ctx)) || LIST_THEN_CONTEXT.test(textBetween(m, ctx)) || FACILITY_IN_LINK.test(textBetween(m, ctx)));
    // (So does a city a list is told in, for its oblast: "shelled Bilozerka, Antonivka, Sadove
    // and Dniprovske in the Kherson community" names no Sadove of Mykolaiv Oblast, 30 km off.)
    // (Every name of the list, the last but one too, which the link above skips. Not a front's:
    // "the Lyman direction" runs into Luhansk Oblast.)
    // (A list of three or more: in "the road between Beni and Komanda in Ituri", Ituri is
    // Komanda's alone.)
    const inNamedCity = (unit?.kind === 'city' || unit?.kind === 'admin1') && !isFront(ctx) && m.end <= ctx.start && LIST_THEN_CONTEXT.test(textBetween(m, ctx)) && /^\s*,/.test(textBetween(m, ctx));
    // ("Damascus, Md.": a state's abbreviation after the name is as plain as a kind word.)
    if (unit?.kind === 'admin1' && ctx.unitAbbreviation && /^\s*,\s*$/.test(between)) statedUnit.set(m, unit);
    if (inNamedRegion) statedUnit.set(m, unit);
    if (inNamedCity) for (const o of mentions) if (o.sentence === m.sentence && o.start >= m.start && o.end <= ctx.start && !o.demonym) statedUnit.set(o, unit);
    // "Indian-administered Kashmir's Poonch district": of a region split between countries, the
    // words name one country's side.
    const side = unit?.kind === 'region' && unit.countryCode === '' ? administeredBy(mentions, ctx) : null;
    const sideCountry = side ? lists[mentions.indexOf(side)]![0]?.place : undefined;
    if (m.typeCue && sideCountry?.kind === 'country') statedCountry.set(m, sideCountry);
    // ("the Bab Touma district of Damascus's Old City": a city's named quarter is that city's,
    // not a quarter of the name in another country's city.)
    if (unit?.kind === 'city' && ctx.end <= m.start && POSSESSIVE_LINK.test(textBetween(ctx, m))) cityQuarter.set(m, unit);
    if (!unit || !m.typeCue) continue;
    if (unit.kind === 'country') {
      // ("the Yemeni port of Mokha": a demonym before the kind word says the same.)
      const before = ctx.end <= m.start ? textBetween(ctx, m) : null;
      const linked = before !== null ? POSSESSIVE_LINK.test(before) || (ctx.demonym && DEMONYM_COUNTRY_LINK.test(before)) : IN_COUNTRY_LINK.test(textBetween(m, ctx));
      if (linked) statedCountry.set(m, unit);
    } else if (unit.kind === 'admin1' || unit.kind === 'admin2' || (unit.kind === 'city' && m.typeCue === 'admin2')) {
      // (And a city's district: "the Shevchenkivskyi district of Zaporizhzhia" is not Kyiv's.)
      // ("the village of Andriivka in Sumy Oblast" as well: not one of the Andriivkas elsewhere.)
      // ("Pale Township, Sagaing Region": a comma between two names that each carry a kind word.)
      const unitWords = ctx.typeCue === 'admin1' || UNIT_NAME_END.test(ctx.text);
      const commaUnit = unit.kind === 'admin1' && unitWords && /^(?:\s+\p{L}+)?\s*,\s*$/u.test(textBetween(m, ctx));
      const linked =
        ctx.end <= m.start ? POSSESSIVE_LINK.test(textBetween(ctx, m)) : KIND_OF_LINK.test(textBetween(m, ctx)) || (unit.kind === 'admin1' && IN_COUNTRY_LINK.test(textBetween(m, ctx))) || commaUnit;
      if (linked) statedUnit.set(m, unit);
    }
  }
  mentions.forEach((m, i) => {
    const ctx = contextPlace.get(m);
    if (!ctx) return;
    const inside = lists[i]!.filter((c) => insideContext(ctx, c.place));
    // (Inside it, a place by its own name beats another known by that name only as an old or
    // other name: "Novooleksandrivka in Beryslav district" is the village of that name there,
    // not the bigger Velyka Oleksandrivka, once called so.)
    const ownName = inside.some((c) => c.place.kind === 'city' && !byAlternateName(c));
    for (const c of inside) {
      const other = ownName && c.place.kind === 'city' && byAlternateName(c) && c.place.population < NOTABLE_POPULATION;
      c.score += other ? 0 : options.adminContextBonus;
      c.reasons.push(`inside ${ctx.name}, named beside it${other ? ', but by another name than a place there' : ''}`);
    }
    lists[i]!.sort((a, b) => b.score - a.score);
  });

  // Pass 3: the document's country focus and nearness to its other places.
  // A demonym names who acts ("Russian forces shelled Pokrovsk"), not where: it votes for its
  // country only as the country of a place ("the Ukrainian city of", "on Russian soil").
  const votes = lists.map((l, i) => {
    const m = mentions[i]!;
    if (m.demonym && !DEMONYM_OF_PLACE.test(textAfter(m))) return null;
    return countryVote(l);
  });
  const focus = countryShares(votes);
  const keys = mentions.map((m) => nameKey(m.text));
  // (And the name's other spellings: "Krynky" and "Krynki" in one report do not vouch for each
  // other's Polish namesake.)
  const sameNameVotes = (i: number) => {
    const readings = new Set(lists[i]!.map((c) => c.place.index));
    return votes.filter((_, j) => keys[j] === keys[i] || (lists[j]![0] !== undefined && byOtherName(lists[j]![0]!) !== byOtherName(lists[i]![0] ?? lists[j]![0]!) && readings.has(lists[j]![0]!.place.index)));
  };
  // (Not a person's name: "President Volodymyr" says nothing of where the report is.)
  const personal = (j: number) => mentions[j]!.inName?.startsWith('person') ?? false;
  // A namesake the words rule out at one mention is ruled out at every mention of the name: one
  // sense per document (pass 4) must not bring back New York state for "New York, an urban-type
  // settlement just south of Toretsk" because another sentence says only "near New York".
  const ruledOut = new Map<number, Set<number>>(); // mention -> places its words rule out
  const ruleOut = (i: number, c: Candidate, reason: string) => {
    c.score = Math.min(c.score, options.minScore - 0.5);
    c.reasons.push(reason);
    ruledOut.set(i, (ruledOut.get(i) ?? new Set()).add(c.place.index));
  };
  // (Nor a namesake the words set apart: "should not be confused with the resort village of the
  // same name in Odesa Oblast" names no region of the report.)
  const setApart = (m: FoundMention) => NAMESAKE_BEFORE.test(textBefore(m));
  const anchors = lists
    .map((l, i) => ({ best: l[0], mention: mentions[i]!, key: keys[i]!, at: i }))
    .filter((a) => a.best && a.best.score >= options.minScore && a.best.place.kind !== 'country' && a.best.place.kind !== 'sea' && !personal(a.at) && !setApart(a.mention));
  // The last town named before mention i, in its sentence or the one before (what "nearby" is
  // near).
  const lastTownBefore = (i: number): Candidate | null => {
    for (let j = i - 1; j >= 0; j--) {
      const a = mentions[j]!;
      if (mentions[i]!.start - a.end > NEARBY_TEXT_CHARS) return null;
      const best = lists[j]![0];
      if (keys[j] !== keys[i] && best && best.score >= options.minScore && best.place.kind === 'city' && !personal(j)) return best;
    }
    return null;
  };
  // Another mention of the report may be of a place in the region (its first readings).
  // (Only where the report names other places of the country, all elsewhere: alone, the
  // spelling is the only reading there is.)
  const namedInRegion = (i: number, place: Place) => {
    const others = lists.filter((l, j) => keys[j] !== keys[i] && !personal(j) && l[0] && l[0].place.kind !== 'country' && l[0].place.countryCode === place.countryCode);
    return others.length === 0 || lists.some((l, j) => keys[j] !== keys[i] && !personal(j) && l.slice(0, 2).some((c) => c.place.admin1Code === place.admin1Code));
  };
  // The report names places below the country level (two or more), none in the place's country.
  // (Each other name's first reading, found by its own name: "Safed" puts the report in Israel.)
  // (The report's towns other than the mention's are read once per mention, not per candidate:
  // the other lists do not change while one mention's candidates are weighed.)
  let townsOf: { i: number; towns: Array<{ best: Candidate; m: FoundMention }>; names: number } | null = null;
  const townsElsewhere = (i: number, place: Place) => {
    if (townsOf?.i !== i) {
      const towns = lists
        .map((l, j) => ({ best: l[0]!, key: keys[j]!, m: mentions[j]! }))
        .filter((t) => t.key !== keys[i] && t.best && t.best.place.kind !== 'country' && !byOtherName(t.best) && !t.m.inName && !t.m.demonym);
      townsOf = { i, towns, names: new Set(towns.map((t) => t.key)).size };
    }
    // (A lone everyday word whose best reading stands on nothing is no town there: "the Pacific"
    // read as a hamlet in the US does not make the US one of the report's countries.)
    return townsOf.names >= 2 && !townsOf.towns.some((t) => t.best.place.countryCode === place.countryCode && !(t.m.everyday && t.best.score < options.minScore));
  };
  // "the city's Shevchenkivskyi district", "Odesa's Prymorskyi district", "In the city of Odesa,
  // debris fell ... in the Prymorskyi district": the city whose part the words name.
  const cityOfPart = (i: number): Place | null => {
    const m = mentions[i]!;
    const city = (a: (typeof anchors)[number] | undefined) => (a && a.best!.place.kind === 'city' ? a.best!.place : null);
    // "the al-Faluja area on the western edge of the Jabalia camp": an area told as a part of
    // the place named next.
    // (So with "the Vostochny microdistrict of Dimitrov": Myrnohrad's, no Moscow neighbourhood.
    // The city's first reading will do, settled or not: Myrnohrad is found by an old name.)
    const next = mentions[i + 1];
    if ((m.typeCue === 'area' || m.typeCue === 'neighbourhood') && next && next.sentence === m.sentence && AREA_OF.test(textBetween(m, next))) {
      const best = lists[i + 1]![0];
      return best && best.place.kind === 'city' ? best.place : null;
    }
    if (m.typeCue !== 'neighbourhood' && !(m.typeCue === 'admin2' && /^district/i.test(m.typeCueText ?? ''))) return null;
    const lead = textBefore(m);
    const before = anchors.filter((a) => a.at < i);
    // (The last city big enough to have districts: "the launch sites were Cape Chauda and
    // Hvardiiske. ... in the city's Prymorskyi district" is Odesa's.)
    // (So "the Yuzhny district of the city", told after it: Novorossiysk's, no village in Tula.)
    if (THE_CITYS.test(lead) || OF_THE_CITY_AFTER.test(textAfter(m))) return city(before.filter((a) => a.best!.place.kind === 'city' && a.best!.place.population >= CITY_WITH_DISTRICTS).at(-1));
    const last = before.at(-1);
    if (last && last.mention.sentence === m.sentence && /^['’]s\s+(?:the\s+)?(?:[\p{L}-]+\s+)?$/u.test(m.sentence.text.slice(last.mention.end - m.sentence.start, m.start - m.sentence.start))) return city(last);
    const opening = before.find((a) => a.mention.sentence === m.sentence && IN_CITY_OPENING.test(m.sentence.text.slice(0, a.mention.start - m.sentence.start)));
    // (Or a ticker line's city: "09:40 - Kherson: Russian drone drops explosive on bus stop in
    // Dniprovskyi district".)
    // (Not a newspaper's capitals dateline, "NARATHIWAT: ... in Rueso district", where the district
    // is the province's.)
    const lineCity = before.find(
      (a) => a.mention.sentence === m.sentence && a.mention.text !== a.mention.text.toUpperCase() && LINE_PLACE_BEFORE.test(m.sentence.text.slice(0, a.mention.start - m.sentence.start)) && /^\s*:/.test(textAfter(a.mention)),
    );
    return city(opening ?? lineCity);
  };
  // The report's other places are many, and nearly all in one country.
  const focusedElsewhere = (i: number) => {
    const others = votes.filter((v, j) => v !== null && keys[j] !== keys[i]) as CountryVote[];
    if (others.length < FOCUS_MIN_PLACES) return false;
    // (Or two countries, the sides of a border war: "Armenian positions near Sotk", "the
    // Kalbajar district" of Azerbaijan; a village of Ukraine called Kut is none of them.)
    const nameVotes = sameNameVotes(i);
    const [first = 0, second = 0] = [...new Set(others.map((v) => v.country))].map((cc) => focus.shareWithout(cc, nameVotes)).sort((a, b) => b - a);
    return first >= FOCUS_SHARE || first + second >= FOCUS_PAIR_SHARE;
  };
  // A country the sentence names as a place before the mention, where the name has readings in
  // more than one country: "Kurdish-led authorities in northeastern Syria said Turkish drones ...
  // hit a bakery in the town of Derik" is Syria's Derik (al-Malikiyah), though the report is
  // mostly about Turkey and Turkey has a Derik too. (Named as where something is, not as an actor
  // or a launch's origin: "Russia's Defense Ministry said", "fired from Lebanon".)
  const sentenceCountries = mentions.map((m, i) => {
    const out = new Set<string>();
    if (new Set(lists[i]!.map((c) => c.place.countryCode)).size < 2) return out;
    for (let j = i - 1; j >= 0 && mentions[j]!.sentence === m.sentence; j--) {
      const best = lists[j]![0];
      if (!best || best.place.kind !== 'country' || best.score < options.minScore || mentions[j]!.demonym || mentions[j]!.inName || !PLACE_IN_COUNTRY_BEFORE.test(textBefore(mentions[j]!)) || /^['’]s\b/.test(textAfter(mentions[j]!))) continue;
      out.add(best.place.countryCode);
    }
    return out;
  });
  // "tanks advancing toward Sweida near the village of al-Mazraa": a town the sentence has just
  // named leans a village's reading towards its own region, not a namesake in another country.
  const sentenceUnits = mentions.map((m, i) => {
    const out = new Set<string>();
    if (new Set(lists[i]!.map((c) => c.place.countryCode)).size < 2) return out;
    for (let j = i - 1; j >= 0 && mentions[j]!.sentence === m.sentence; j--) {
      const best = lists[j]![0];
      if (!best || keys[j] === keys[i] || best.place.kind !== 'city' || best.place.admin1Code === null || best.score < options.minScore || mentions[j]!.demonym || mentions[j]!.inName) continue;
      out.add(best.place.admin1Code);
    }
    return out;
  });
  mentions.forEach((m, i) => {
    const partOf = cityOfPart(i);
    // Two countries of one name ("Congo": DR Congo and the Republic of the Congo): the report's
    // other places say which ("BRAZZAVILLE ... southern Congo").
    const countryRivals = lists[i]!.filter((c) => c.place.kind === 'country').length > 1;
    // How many other places, below the country, the report names.
    const placesNamed = new Set(anchors.filter((a) => a.key !== keys[i] && a.best!.place.kind !== 'country').map((a) => a.key)).size;
    // (The name's own votes and the report's focus do not change while its candidates are weighed.)
    const nameVotes = sameNameVotes(i);
    const focusedAway = focusedElsewhere(i);
    for (const c of lists[i]!) {
      const share = focus.share(c.place.countryCode);
      // (Not counting the name's own mentions: a name cannot vouch for its own reading.)
      const otherShare = focus.shareWithout(c.place.countryCode, nameVotes);
      if (share > 0 && c.place.kind !== 'country') {
        c.score += options.focusWeight * share;
        c.reasons.push(`${Math.round(share * 100)}% of the report's places are in ${c.place.countryCode}`);
      }
      if (c.place.kind === 'city' && c.place.admin1Code !== null && sentenceUnits[i]!.has(c.place.admin1Code)) {
        c.score += SENTENCE_UNIT_WEIGHT;
        c.reasons.push(`the sentence names a town of ${c.place.admin1 ?? 'its region'} before it`);
      }
      if (sentenceCountries[i]!.has(c.place.countryCode) && c.place.kind !== 'country') {
        c.score += SENTENCE_COUNTRY_WEIGHT;
        c.reasons.push(`the sentence names ${c.place.countryCode} as a place before it`);
      }
      if (countryRivals && c.place.kind === 'country') {
        if (otherShare > 0) {
          c.score += options.focusWeight * otherShare;
          c.reasons.push(`${Math.round(otherShare * 100)}% of the report's other places are in ${c.place.countryCode}`);
        }
      }
      // An alternate name far from the report's countries is usually a translation that happens
      // to be an English phrase. Made only of everyday words ("White House" for Casablanca,
      // "Holy City"), it is not the place's name at all unless the report's other places are
      // in that country: the mention's own reading cannot vouch for itself.
      // (So with a spelling variant: "the village of Tayba" in a report on Sudan is no Taiyiba in
      // Israel.)
      const alternate = c.reasons.includes('matched an alternate name');
      let stranger = false;
      if (byOtherName(c) && c.place.kind !== 'country') {
        // (Not counting the name's other mentions: "Hamas" three times does not make a report
        // on Gaza one about Germany.)
        const elsewhere = otherShare < 1e-6;
        // Nor can the same phrase vouch for itself by being repeated: a report that says "the
        // White House" twice is not, for that, about Morocco.
        if (m.plainWords && elsewhere) {
          c.score -= TRANSLATION_PENALTY;
          c.reasons.push("an alternate name of everyday words, and none of the report's other places in its country");
        } else if (elsewhere && focus.othersWeight(votes[i] ?? null) > 1e-6) {
          // "Hamas" is also a foreign name of Hamm, Germany: with the report's other places all
          // elsewhere, an alternate name needs more than its own reading. A small place needs
          // more than that: "Zike", another language's name of Syke, is no German town in a
          // report whose other places are in Nigeria. (A city's alternate names are more often
          // its English spellings: "Khan Younis".)
          // (Nor a town or province of under a million in a report focused on other countries:
          // "the Hakari bridge" on Armenia's border is no Hakkâri in Turkey.)
          // (Only a city is known abroad by other spellings of its own name: a province so found is
          // a namesake, "the Litoral penitentiary in ... Guayaquil" no Littoral of Cameroon.)
          const obscure = c.place.population < NOTABLE_POPULATION || (focusedAway && (c.place.population < EXONYM_POPULATION || c.place.kind !== 'city'));
          c.score = obscure ? Math.min(c.score - 2, options.minScore - 0.5) : c.score - 2;
          c.reasons.push(`${alternate ? 'alternate name' : 'spelling variant'}, and none of the report's other places in its country`);
          // (Nor does nearness across a border bring it back: "the town of Houla", in a report
          // on south Lebanon, is no Kafr Laha in Syria, 144 km from the report's nearest place.)
          stranger = obscure;
        } else if (alternate && c.place.population < NOTABLE_POPULATION && townsElsewhere(i, c.place) && !ownNameSpelledOtherwise(m.text, c.place.name) && contextPlace.get(m)?.countryCode !== c.place.countryCode && !sentenceCountries[i]!.has(c.place.countryCode)) {
          // Nor in a country only named, whole, when the report's towns are all in others: "the
          // nearby village of Maariyah", in a report on Daraa that names Israel, is no Maghār in
          // Galilee, which GeoNames also calls Maariyah. (Nearness to those towns, across a
          // border, does not bring it back; the words putting it in its country do: "Qamishli in
          // northeastern Syria", in a roundup of several countries.) (Nor the place's own name
          // spelled another way, one letter apart: "Kiryat Shmona" is Qiryat Shmona, named in a
          // report whose other towns are the Lebanese villages across the border.)
          stranger = true;
          c.reasons.push("alternate name, and the report's other towns all in other countries");
        } else if (c.place.kind === 'city' && c.place.population < VILLAGE_POPULATION && c.place.admin1Code && !namedInRegion(i, c.place)) {
          // So with a village in a region none of the report's other places are in: "debris
          // damaged houses in Lyubimovka", in Sevastopol, is no Lyubymivka in Kherson Oblast.
          c.score = Math.min(c.score - 2, options.minScore - 0.5);
          c.reasons.push(`${alternate ? 'alternate name' : 'spelling variant'} of a village, and none of the report's other places in ${c.place.admin1 ?? 'its region'}`);
        }
      }
      // A report calls one place by one name: "the city of Ariel", in a report that names
      // Jerusalem as Jerusalem, is the settlement of Ariel, not Jerusalem by a poetic name.
      // (Only where a place has the name as its own: "Kiev" is still Kyiv.)
      if (byAlternateName(c) && lists[i]!.some((o) => o !== c && !byOtherName(o) && o.place.kind === c.place.kind) && lists.some((l, j) => keys[j] !== keys[i] && l[0]?.place.index === c.place.index && !byOtherName(l[0]!))) {
        c.score -= OTHER_NAME_OF_NAMED;
        c.reasons.push('another name of a place the report names by its own');
      }
      // "an air strike hit a monastery in the town of Kani, in a neighbouring township", in a
      // report whose other places are all in Myanmar: a town found by its own name in a country
      // none of them is in, nor near (Kani, Japan), is a namesake of one the gazetteer lacks. (Not
      // a big city, which reports name from afar, nor one the words put in its country.)
      // (So a province named without its kind word: "a riot at the Litoral penitentiary in
      // Guayaquil" is no Litoral province of Equatorial Guinea.)
      // (Only where no reading of the name is in a country of the report: a region of the
      // Seychelles called Bel Air must not yield to a Bel Air in the US that a report on Haiti
      // names the country of.)
      // (Or a small district abroad, kind word or not: "In Palma district", in a report on Cabo
      // Delgado whose Palma the gazetteer lacks, is no municipality of 1,000 in Minas Gerais.)
      const foreignUnit =
        ((c.place.kind === 'admin1' && m.typeCue === null) || (c.place.kind === 'admin2' && c.place.population < FOREIGN_TOWN_POPULATION)) &&
        (lists[i]!.every((o) => focus.shareWithout(o.place.countryCode, nameVotes) < 1e-6) ||
          // (Or where a reading lies in the country much of the report is about: "near Saravan,
          // close to the Pakistani frontier", in a report on Iran, is no province of Laos.)
          (otherShare < 1e-6 && lists[i]!.some((o) => focus.shareWithout(o.place.countryCode, nameVotes) >= FOREIGN_UNIT_RIVAL_SHARE)));
      if (
        !byOtherName(c) && ((c.place.kind === 'city' && c.place.population < FOREIGN_TOWN_POPULATION && c.place.featureCode !== 'PPLC') || foreignUnit) &&
        // (The country named as an actor is no town of it: "targeting villages in the countryside
        // of Kobanê, Zirgan and Til Temir", in a report that names Russia's role, is no Zirgan in
        // Bashkortostan, 2,000 km from the report's towns.)
        // (A unit of a country nothing else in the report is in needs no focus elsewhere, only
        // places elsewhere: a coalition's list of member states blurs a strike release's focus,
        // and its "Near Mar'a" is still no Mara region of Tanzania.)
        (otherShare < 1e-6 || (townsElsewhere(i, c.place) && otherShare < TOWN_ABROAD_SHARE)) &&
        // (Not a unit of millions, which reports name from afar: "Wales".)
        (focusedAway || (foreignUnit && otherShare === 0 && c.place.population < FAR_NAMED_UNIT_POPULATION && anchors.filter((a) => a.key !== keys[i]).length >= FOCUS_MIN_PLACES)) &&
        contextPlace.get(m)?.countryCode !== c.place.countryCode &&
        // (Nor a word of a longer name near it: "Valentine Rugwabiza" puts no Nebraska town near
        // "Mission personnel".)
        !anchors.some((a) => a.key !== keys[i] && !a.mention.inName && distanceKm(a.best!.place, c.place) < FOREIGN_TOWN_NEAR_KM)
      ) {
        c.score = Math.min(c.score, options.minScore - 0.5);
        c.reasons.push("a town abroad, where none of the report's many other places are");
        // (However near a word of a longer name puts it: see above.)
        stranger = true;
      }
      // "SANAA, Yemen (AP) -": a wire's dateline names the city it was filed from, not the
      // province round it that bears its name.
      if (c.place.kind === 'city' && isDateline(m)) {
        c.score += DATELINE_CITY_BONUS;
        c.reasons.push('a dateline names a city');
      }
      if (c.place.kind !== 'country' && c.place.kind !== 'sea') {
        // Spatial minimality: each other place of the report nearby adds support, up to three.
        let near = 0;
        let nearest = Infinity;
        let unit: Place | null = null;
        const seenNames = new Set<string>();
        for (const a of anchors) {
          const k = a.key;
          // Nearness in the text too: in a very long report, the places named far away are of
          // another story (and comparing with all of them would be quadratic).
          if (Math.abs(a.at - i) > ANCHOR_WINDOW) continue;
          // (A unit named by its kind counts for a town of its name: "**Mykolaiv Oblast.** A
          // missile strike in Mykolaiv city" is the city there, not a Mykolaiv of Lviv Oblast.)
          // (Its own name, not an old one: "Sulu province" says nothing for Jolo, once "Sulu".)
          if (a.mention === m || (k === keys[i] && !(a.mention.typeCue === 'admin1' && a.best!.place.kind === 'admin1' && !byAlternateName(c))) || seenNames.has(k)) continue;
          // A place inside an admin-1 unit the report names is near it, however large the unit.
          if (a.best!.place.kind === 'admin1' && c.place.kind !== 'admin1' && contains(a.best!.place, c.place)) {
            near++;
            seenNames.add(k);
            unit = a.best!.place;
            nearest = Math.min(nearest, distanceKm(a.best!.place, c.place));
            continue;
          }
          const d = distanceKm(a.best!.place, c.place) - (c.place.kind === 'admin1' ? c.place.radiusKm : 0);
          if (d < 150) {
            near++;
            seenNames.add(k);
            nearest = Math.min(nearest, Math.max(0, d));
          }
        }
        if (near) {
          c.score += 1.5 * Math.min(3, near);
          c.reasons.push(`${near} other place(s) of the report within 150 km${nearest < Infinity ? ` (nearest ${Math.round(nearest)} km)` : ''}`);
        }
        // Inside a unit the report names: the report says which part of the country it is
        // about ("Plateau state" and, later, "the Bassa local government area").
        // (Not a place of another kind than the words say: "the Kyivskyi district" of Kharkiv
        // is no village called Kyivskyi elsewhere in the Kharkiv region.)
        const misfit = m.typeCue !== null && m.typeCue !== 'area' && !fitsCue(m.typeCue, c.place.kind, m.typeCueText, c.place.name);
        if (unit && !misfit) {
          c.score += UNIT_BONUS;
          c.reasons.push(`inside ${unit.name}, which the report names`);
        }
        // "repelled attacks near the village of Martynovka", in a report whose places are Sumy's
        // and Kursk's: a hamlet found by its own name, far from all the report's many other
        // places and in a region it names nothing else in, is a namesake of one the gazetteer
        // lacks (a Martynovka in Crimea), unless the words put it somewhere.
        if (
          c.place.kind === 'city' && c.place.featureCode === 'PPL' && c.place.population < HAMLET_POPULATION && !byOtherName(c) && near === 0 && !unit &&
          placesNamed >= FOCUS_MIN_PLACES && !namedInRegion(i, c.place) && !contextPlace.has(m)
        ) {
          c.score = Math.min(c.score, options.minScore - 0.5);
          c.reasons.push("a hamlet far from all the report's other places, in a region it names nothing else in");
        }
        // "the Faladie neighbourhood" is part of a city the report names: a namesake village far
        // from all of them (65 km from Bamako), and in no region the report names nor the place
        // the words put it in ("Kharkiv's Saltivskyi district"), is not it.
        // Nor is a village the "district" of a city ("the Kyivskyi district" of Kharkiv), unless
        // it is a town whose name the district takes ("the Kotovsk district", "the Pokrovsk
        // district").
        // Nor is another city's district of that name ("the Shevchenkivskyi district" of
        // Zaporizhzhia is not Kyiv's, which GeoNames files and we place at Kyiv: ADM2P).
        const cityDistrict = c.place.featureCode === 'ADM2P';
        const partOfCity =
          m.typeCue === 'neighbourhood'
            ? !unit
            : m.typeCue === 'admin2' && /^district/i.test(m.typeCueText ?? '') && ((c.place.featureCode === 'PPL' && c.place.population < VILLAGE_POPULATION) || cityDistrict);
        const stated = contextPlace.get(m);
        // (Nor is a county or province of that name: "the Mayo neighbourhood of southern
        // Khartoum" is no Irish county.)
        const unitNamesake = m.typeCue === 'neighbourhood' && (c.place.kind === 'admin1' || c.place.kind === 'admin2');
        if (partOfCity && (c.place.kind === 'city' || cityDistrict || unitNamesake) && !(nearest <= NEIGHBOURHOOD_KM) && !(stated && insideContext(stated, c.place))) {
          c.score = Math.min(c.score, options.minScore - 0.5);
          c.reasons.push(`a ${m.typeCueText ?? 'part of a city'}, but ${cityDistrict ? "another city's district" : 'a village'} with no place of the report within ${NEIGHBOURHOOD_KM} km`);
        }
        // A part of the city the words name lies in that city, whatever other places of the
        // report are near ("the city's Shevchenkivskyi district" of Kharkiv is not Kyiv's, near
        // the report's dateline).
        // (Not a unit that holds the city: "TURBAT: ... in Tump tehsil of Kech district".)
        if (partOf && distanceKm(partOf, c.place) > partOf.radiusKm + NEIGHBOURHOOD_KM && !contains(c.place, partOf)) {
          c.score = Math.min(c.score, options.minScore - 0.5);
          c.reasons.push(`told as part of ${partOf.name}, but not in it`);
        }
        // "the nearby village of Antonivka": the words say it is close to a place just named.
        const nearby = NEARBY_BEFORE.test(textBefore(m));
        if (nearest <= NEARBY_KM && nearby) {
          c.score += NEARBY_BONUS;
          c.reasons.push(`"nearby", and ${Math.round(nearest)} km from another place of the report`);
        // (Not a town inside a region the report names: "a depot in the Tver region ... the nearby
        // town of Toropets" is near the depot, which no gazetteer holds.)
        } else if (nearby && !unit && nearest > NEARBY_FAR_KM && c.place.kind === 'city' && c.place.population < SMALL_TOWN_POPULATION) {
          // ("the nearby village of Dachne", told beside Kurakhove: no Dachne in Crimea, at any
          // mention of the name.)
          ruleOut(i, c, `"nearby", but ${Number.isFinite(nearest) ? `${Math.round(nearest)} km` : 'far'} from every other place of the report`);
        }
        // "nearby" is near the town just named: "settlers torched homes in Huwara ... shot dead in
        // the nearby village of Za'tara" is no Za'tarah 53 km away by Bethlehem, however near that
        // one lies to the report's Jerusalem.
        // (A town of another country named just before is a dateline or a speaker's place, not
        // what "nearby" is near: "KYIV - ... the nearby town of Toropets".)
        const justNamed = nearby && c.place.kind === 'city' && c.place.population < SMALL_TOWN_POPULATION ? lastTownBefore(i) : null;
        if (justNamed && justNamed.place.countryCode === c.place.countryCode && distanceKm(justNamed.place, c.place) > NEARBY_JUST_KM) {
          ruleOut(i, c, `"nearby", but ${Math.round(distanceKm(justNamed.place, c.place))} km from ${justNamed.place.name}, the town named just before`);
        }
      }
      if (stranger) c.score = Math.min(c.score, options.minScore - 0.5);
    }
    lists[i]!.sort((a, b) => b.score - a.score);
  });

  // "near Kruhlyakivka and Pishchane", in a report on Kharkiv Oblast: villages (or towns of like
  // size) of the name lie in several other regions, none of them a region the report's other
  // places are in. The report's village is likely one the gazetteer lacks; nearness to one place
  // of the report (a capital a statement came from) must not pick one of them.
  mentions.forEach((m, i) => {
    const list = lists[i]!;
    // (Those of the leading candidate's country: namesakes abroad are the country focus's to rule.)
    const country = list[0]?.place.countryCode;
    const villages = list.filter((c) => c.place.kind !== 'country' && c.place.countryCode === country);
    const regions = new Set(villages.map((c) => c.place.admin1Code));
    // (Small towns of like size: a town of 90,000 and one of 11,000 are no toss-up.)
    const sizes = villages.map((c) => c.place.population).sort((a, b) => b - a);
    const alike = sizes.length > 1 && sizes[0]! < SMALL_TOWN_POPULATION && sizes[1]! * 3 >= sizes[0]!;
    // (Nor one the words place by its way from another: "southeast of Siversk near Berestove".)
    if (!alike || regions.size < 2 || contextPlace.has(m) || toldFrom(mentions, i) || villages.some((c) => c.place.kind !== 'city' || c.place.admin1Code === null)) return;
    const placed = anchors.filter((a) => a.key !== keys[i] && a.best!.place.countryCode === country);
    if (!placed.length || placed.some((a) => regions.has(a.best!.place.admin1Code))) return;
    // (A report all in one region it names places such a village there instead: incidents.ts
    // puts the namesake's account to the region, "Sadove and Dniprovske in the Kherson community".)
    if (new Set(placed.map((a) => a.best!.place.admin1Code)).size === 1 && placed.some((a) => a.best!.place.kind === 'admin1')) return;
    for (const c of villages) {
      c.score = Math.min(c.score, options.minScore - 0.5);
      c.reasons.push(`one of places of the name in ${regions.size} regions, none a region the report's other places are in`);
    }
    list.sort((a, b) => b.score - a.score);
  });

  // A bare name shared by a city and the region named after it ("in Kharkiv") means the city:
  // the region needs the word ("the Kharkiv region"), and nearness to other regions must not
  // tip it.
  // Not a name that qualifies another ("Celaya, Guanajuato"): there the region is meant.
  const qualifiers = new Set(contexts.values());
  mentions.forEach((m, i) => {
    if (m.typeCue || qualifiers.has(m)) return;
    // "the Zaporizhzhia nuclear power plant" is in Enerhodar: a power plant or dam named after
    // a city and region of one name is somewhere in the region, not at the city.
    const list = lists[i]!;
    if (plantAfter(m)) {
      const city = list[0];
      const region = city?.place.kind === 'city' ? list.find((c) => c.place.kind === 'admin1' && c.place.countryCode === city.place.countryCode && c.place.admin1Code === city.place.admin1Code) : undefined;
      if (city && region) {
        region.score = city.score + 0.01;
        region.reasons.push(`a plant named after ${m.text} lies somewhere in the region, not at the city`);
        list.sort((a, b) => b.score - a.score);
      }
      return;
    }
    const best = list[0];
    if (!best || (best.place.kind !== 'admin1' && best.place.kind !== 'admin2')) return;
    // A district is named after the town GeoNames files in it ("the Jenin refugee camp": the
    // town, whose "Jenin" is an alternate spelling of Janīn); a region after a town by its own
    // name only, unless the region too has the name only as another ("Mazar-i-Sharif" of Balkh
    // province and of its capital, Mazār-e Sharīf).
    const city =
      best.place.kind === 'admin2'
        ? list.find((c) => c.place.kind === 'city' && contains(best.place, c.place))
        : list.find((c) => c.place.kind === 'city' && c.place.admin1Code === best.place.admin1Code && (byAlternateName(best) || !byAlternateName(c))) ??
          // (Or a city of its own unit the region, called after it only by another name, rings:
          // "Damascus" is an old name of Rif Dimashq, the countryside round the capital.)
          // (So a capital that is a unit of its own beside the region named after it: "In Kyiv,
          // authorities said" is the city, not Kyiv Oblast round it.)
          list.find((c) => c.place.kind === 'city' && c.place.countryCode === best.place.countryCode && !byOtherName(c) && isCityUnit(c.place));
    // (Not raising a reading the evidence put below the bar: Hakkâri, Turkey, is no place of a
    // report on Armenia's border, as a city or as a province.)
    if (city && best.score - city.score < 4 && best.score >= options.minScore) {
      city.score = best.score + 0.5;
      city.reasons.push(`a bare name means the city, not the ${best.place.name} region`);
      list.sort((a, b) => b.score - a.score);
    }
  });

  // "a village in Depayin Township in southeastern Sagaing", "the Bakhmut district of Donetsk":
  // a name said to hold a unit below it, where a city and its region share the name, is the
  // region. The region holds the unit whichever was meant (a city's own districts too), the city
  // only if the city was meant.
  mentions.forEach((m, i) => {
    if (m.typeCue || !SUBUNIT_IN.test(textBefore(m))) return;
    const list = lists[i]!;
    const best = list[0];
    if (!best || best.place.kind !== 'city') return;
    const unit = list.find((c) => c.place.kind === 'admin1' && c.place.countryCode === best.place.countryCode && c.place.admin1Code === best.place.admin1Code);
    if (!unit) return;
    unit.score = best.score + 0.5;
    unit.reasons.push(`holds a unit named before it, so the region, which holds the city too`);
    list.sort((a, b) => b.score - a.score);
  });

  // "the Moscow region" is Moscow Oblast, around the city, not the city's own unit (the federal
  // city "Moscow"), which leads only by the exact name; so "the Tashkent region", "the Almaty
  // region", "Kyiv region" (not Kyiv City).
  mentions.forEach((m, i) => {
    if (m.typeCue !== 'admin1') return;
    const list = lists[i]!;
    const best = list[0];
    if (!best || best.place.kind !== 'admin1') return;
    // (The city's own unit may bear its name alone or with "City": "Moscow", "Kyiv City".)
    const key = nameKey(best.place.name);
    const city = list.find((c) => c.place.kind === 'city' && c.place.admin1Code === best.place.admin1Code && (nameKey(c.place.name) === key || `${nameKey(c.place.name)} city` === key));
    if (!city) return;
    const cityKey = nameKey(city.place.name);
    const around = list.find(
      (c) => c !== best && c.place.kind === 'admin1' && c.place.countryCode === best.place.countryCode && nameKey(c.place.name).startsWith(`${cityKey} `) && nameKey(c.place.name) !== key && best.score - c.score < 2,
    );
    if (!around) return;
    around.score = best.score + 0.5;
    around.reasons.push(`"${m.typeCueText}" means the unit around the city, not ${best.place.name}'s own`);
    list.sort((a, b) => b.score - a.score);
  });

  // "southern Gaza", "northern Gaza": a compass part of a name that is both a city and a
  // first-order unit round it that the city nearly fills is the unit's part (the Strip's
  // south), not a few streets of the city. Where the unit is much the larger the words may
  // mean either ("eastern Aleppo" was the city's east in 2016; "northern Aleppo" is the
  // province's), and the city stays; so does a capital, whose parts are its own quarters
  // ("northern Tehran"). "central Gaza" is the Strip's middle, where its centre is drawn. The
  // part is the mention's own: the bare name elsewhere in the report is not moved with it.
  const compassParts = new Set<number>();
  mentions.forEach((m, i) => {
    if (m.typeCue) return;
    const list = lists[i]!;
    const best = list[0];
    if (!best || best.place.kind !== 'city' || best.place.featureCode === 'PPLC') return;
    const lead = textBefore(m);
    const central = /\bcentral\s+$/.test(lead);
    if (!central && (!/\b(?:north|south|east|west)\w*\s+$/i.test(lead) || !directionBefore(lead))) return;
    // (Not the city's own unit, "Sevastopol City": "central Sevastopol" is the city's centre.)
    const unit = list.find(
      (c) =>
        c.place.kind === 'admin1' && c.place.countryCode === best.place.countryCode && c.place.admin1Code === best.place.admin1Code &&
        c.place.radiusKm <= best.place.radiusKm * FILLED_UNIT_RATIO && best.score - c.score < 4 && nameKey(c.place.name) !== `${nameKey(best.place.name)} city`,
    );
    if (!unit) return;
    unit.score = best.score + 0.5;
    unit.reasons.push(`a compass part of ${best.place.name} names the part of its ${unit.place.name}, not of the city`);
    list.sort((a, b) => b.score - a.score);
    compassParts.add(i);
  });

  // A country's own name means the country, not a namesake town inside it ("in southwestern
  // Colombia", not Colombia, Huila): the town gains from a report about that country exactly
  // as much as the country does, so the report's focus must not tip it. The words can still
  // say "the town of Colombia".
  mentions.forEach((m, i) => {
    if (m.typeCue) return;
    const list = lists[i]!;
    const best = list[0];
    if (!best || best.place.kind === 'country') return;
    // (So is its name in the country's own language, when the place inside it is found only by
    // another name too: "the Rwandan forces deployed in Moçambique" is Mozambique, not Nampula,
    // the province once called so.)
    // (And over a small town abroad that the words do not qualify: "near Marjayoun, in south
    // Lebanon", in a brief that names "Lebanon, Pennsylvania" further down.)
    // (Not in a report whose other places are in the town's country: "A Palestine police officer
    // shot and wounded a man", near Tyler in Anderson County. A unit that only qualifies another
    // mention of the name does not count: "Lebanon, Pennsylvania".)
    const townCountry = () => {
      const qualifiers = new Set(mentions.flatMap((x, k) => (keys[k] === keys[i] && contexts.has(x) ? [contexts.get(x)!] : [])));
      return mentions.some((o, j) => {
        const own = lists[j]![0];
        // (A town of its own standing: a stray word that names a hamlet, "King", does not count.)
        const solid = own !== undefined && (own.place.kind === 'admin1' || own.place.kind === 'admin2' || own.place.population >= SOLID_TOWN_POPULATION);
        return keys[j] !== keys[i] && !qualifiers.has(o) && !o.inName && !o.demonym && solid && own.score >= options.minScore && own.place.kind !== 'country' && own.place.countryCode === best.place.countryCode;
      });
    };
    const abroadTown = (c: Candidate) =>
      best.place.kind === 'city' && best.place.population < FOREIGN_TOWN_POPULATION && nameKey(c.place.name) === keys[i] && !contexts.has(m) && !statedUnit.has(m) && !statedCountry.has(m) && !townCountry();
    const country = list.find(
      (c) => c.place.kind === 'country' && (((nameKey(c.place.name) === keys[i] || (byOtherName(c) && byOtherName(best))) && c.place.countryCode === best.place.countryCode) || abroadTown(c)),
    );
    if (!country) return;
    // (A town abroad is a rival the ambiguity check weighs: the country must clear it.)
    const abroad = country.place.countryCode !== best.place.countryCode;
    country.score = best.score + (abroad ? options.minMargin + 0.5 : 0.5);
    country.reasons.push(`a country's own name means the country, not ${best.place.name} ${abroad ? 'abroad' : 'inside it'}`);
    list.sort((a, b) => b.score - a.score);
  });

  const toldByWay = new Set<number>(); // mentions the words place by distance or bearing from another

  mentions.forEach((m, i) => {
    const stated = statedHromada.get(m);
    if (!stated) return;
    const { town, km } = stated;
    for (const c of lists[i]!) if (c.place.index !== town.index && !withinReachOf(town, c.place, km)) ruleOut(i, c, `the words put it in the area of ${town.name}`);
    lists[i]!.sort((a, b) => b.score - a.score);
  });
  // The unit a namesake is set apart in holds none of the names the sentence tells of: "The
  // Dachne mentioned ... should not be confused with the resort village of the same name in
  // Odesa Oblast" is no Dachne in Odesa Oblast, wherever else the report names it.
  mentions.forEach((d, j) => {
    const unit = lists[j]![0]?.place;
    if (!setApart(d) || !unit || (unit.kind !== 'admin1' && unit.kind !== 'admin2') || lists[j]![0]!.score < options.minScore) return;
    const told = new Set(mentions.filter((o) => o.sentence === d.sentence && o.end <= d.start).map((o) => nameKey(o.text)));
    mentions.forEach((m, i) => {
      if (!told.has(keys[i]!)) return;
      for (const c of lists[i]!) if (c.place.kind === 'city' && contains(unit, c.place)) ruleOut(i, c, `the words set apart the ${m.text} in ${unit.name}`);
      lists[i]!.sort((a, b) => b.score - a.score);
    });
  });
  mentions.forEach((m, i) => {
    const city = cityQuarter.get(m);
    if (!city) return;
    for (const c of lists[i]!) if (c.place.kind === 'neighbourhood' && !insideContext(city, c.place)) ruleOut(i, c, `the words put it in ${city.name}`);
    lists[i]!.sort((a, b) => b.score - a.score);
  });
  mentions.forEach((m, i) => {
    const country = statedCountry.get(m);
    const unit = statedUnit.get(m);
    if (!country && !unit) return;
    const stated = (country ?? unit)!;
    // (A city that is a unit of its own lies in the unit it is named in: "Crimea's port of
    // Sevastopol".)
    const inStated = (p: Place) =>
      country ? p.countryCode === country.countryCode : insideContext(stated, p) || (isCityUnit(p) && withinUnitReach(stated, p));
    for (const c of lists[i]!) {
      if (c.place.kind === 'country' || inStated(c.place)) continue;
      ruleOut(i, c, `the words put it in ${stated.name}`);
    }
    lists[i]!.sort((a, b) => b.score - a.score);
  });
  // "the town of Palma, in Cabo Delgado province", where the gazetteer holds no Palma: the words'
  // town stands in the unit (incidents.ts places it there), and the report's bare "Palma" later
  // is that town too, not Palma de Mallorca.
  mentions.forEach((m, i) => {
    const unit = contextPlace.get(m);
    const ctx = contexts.get(m);
    if (!unit || !ctx || !m.typeCue || (unit.kind !== 'admin1' && unit.kind !== 'admin2') || ctx.start < m.end || !UNIT_AFTER_COMMA.test(textBetween(m, ctx))) return;
    if (lists[i]!.some((c) => insideContext(unit, c.place))) return;
    const outside = new Set(lists[i]!.map((c) => c.place.index));
    mentions.forEach((o, j) => {
      if (j === i || keys[j] !== keys[i] || contexts.has(o)) return;
      for (const c of lists[j]!) if (outside.has(c.place.index)) ruleOut(j, c, `the words put ${m.text} in ${unit.name} at another mention`);
      lists[j]!.sort((a, b) => b.score - a.score);
    });
  });

  // "the Red Sea port of Mokha": a port named by its sea lies on that sea, not in India (Moga,
  // which GeoNames also spells "Mokha").
  for (let i = 0; i + 1 < mentions.length; i++) {
    const sea = lists[i]![0]?.place;
    const port = mentions[i + 1]!;
    if (!sea || sea.kind !== 'sea' || port.sentence !== mentions[i]!.sentence || !SHORE_LINK.test(textBetween(mentions[i]!, port))) continue;
    for (const c of lists[i + 1]!) {
      if (withinUnitReach(sea, c.place)) continue;
      ruleOut(i + 1, c, `the words put it on the ${sea.name}`);
    }
    lists[i + 1]!.sort((a, b) => b.score - a.score);
  }

  // "near Kobe, about 30 km from Gao": the words put the place that near the other one, so a
  // namesake half a world away (Kobe, Japan) is not it.
  const byLink = (i: number, anchor: Place, link: RegExpExecArray | string[], settled: boolean) => {
    // (With only a bearing, "al-Mazraa, on the highway northwest of Sweida", no distance is
    // given; a place across a border is then taken to be near it, one in the same country
    // within a few hundred km: "Hodeidah, west of Sanaa" lies 140 km off.)
    const [, number, unit, bearing] = link;
    // ("near the village of Al Mazraa, on the main road leading into Suwayda": a road to a place
    // puts it near that place, as a bearing does.)
    if (!number && !bearing && !ROAD_TO.test(link[0] ?? '')) return;
    // ("the village of Kut, a few kilometers from Sotk": a few is taken as five.)
    const count = number ? (/^\d/.test(number) ? Number(number) : FEW) : null;
    const km = count !== null ? count * (/^mi/i.test(unit!) ? 1.609 : /^n/i.test(unit!) ? 1.852 : 1) : null;
    toldByWay.add(i);
    for (const c of lists[i]!) {
      const d = distanceKm(anchor, c.place) - anchor.radiusKm - c.place.radiusKm;
      // (A small place said to lie some way of a place the report settles, with no distance, is
      // near it: "near Andriivka, west of Kurakhove" is no Andriivka 110 km off; a city may be
      // far, "Hodeidah, west of Sanaa".)
      // (Nor is a place told by a side of a small town far from it: "near Kostiantynivka,
      // northwest of Vuhledar" is no city 100 km off; writers place by big cities from afar.)
      const near = settled && (c.place.population < SMALL_TOWN_POPULATION || (anchor.kind === 'city' && anchor.population < SMALL_TOWN_POPULATION));
      // ("just east of the city": right beside it.)
      const reach = km !== null ? km * 1.5 + 25 : /\bjust\s/i.test(link[0]) ? JUST_BESIDE_KM : c.place.countryCode === anchor.countryCode && !near ? 300 : 60;
      if (d > reach) ruleOut(i, c, km !== null ? `the words put it ${number} ${unit}${bearing ? ` ${bearing}` : ''} from ${anchor.name}` : `the words put it ${bearing} of ${anchor.name}, not this far off`);
      // ("Makiivka (northwest of Kreminna)": the city of Makiivka lies 110 km south of it.)
      // (Only from a place the report settles: "Terny (northeast of Lyman)", with Lyman left
      // ambiguous, says nothing of Terny.)
      else if (bearing && d > BEARING_SLACK_KM && settled && !onBearing(anchor, c.place, bearing)) ruleOut(i, c, `the words put it ${bearing} of ${anchor.name}; it lies another way`);
    }
    lists[i]!.sort((a, b) => b.score - a.score);
  };
  for (let i = 0; i + 1 < mentions.length; i++) {
    const near = mentions[i]!;
    // (Over a river named on the way: "Balad, a farming town on the Shabelle River about 30
    // kilometres north of Mogadishu".)
    const a = mentions[i + 1]!.inName && mentions[i + 2]?.sentence === near.sentence ? i + 2 : i + 1;
    const anchor = lists[a]![0]?.place;
    const between = textBetween(near, mentions[a]!);
    const link = anchor && anchor.kind !== 'country' && mentions[a]!.sentence === near.sentence ? (DISTANCE_LINK.exec(between) ?? ROAD_TO.exec(between)) : null;
    if (!anchor || !link) continue;
    const settledAnchor = decide(mentions[a]!, lists[a]!, options).place?.index === anchor.index;
    byLink(i, anchor, link, settledAnchor);
    // "near Ivanivka and Berestove (both southeast of Kupiansk)": the words place the whole list.
    // (So "Solodke and Pryvilne, two smaller villages northeast of Hulyaipole".)
    if (/\(\s*(?:both|all)\s|^\s*,\s+(?:two|three|four|several|both)\s/i.test(link[0])) for (const j of listBefore(mentions, i)) byLink(j, anchor, link, settledAnchor);
  }
  // "attacked east of Siversk near Bilohorivka", "north of Kurakhove near Berestky and Stari
  // Terny": a bearing from one place, then the places near which it happened.
  const placeNear = (i: number, anchor: Place, bearing: string) => {
    const link = ['', undefined!, undefined!, bearing];
    for (const j of [i, ...listAfter(mentions, i)]) byLink(j, anchor, link, true);
  };
  for (let i = 0; i + 1 < mentions.length; i++) {
    const from = mentions[i]!;
    const near = mentions[i + 1]!;
    const anchor = lists[i]![0]?.place;
    if (!anchor || anchor.kind !== 'city' || !bearingThenNear(from, near)) continue;
    const bearing = BEARING_THEN.exec(textBefore(from))!;
    if (decide(from, lists[i]!, options).place?.index === anchor.index) placeNear(i + 1, anchor, bearing[1]!);
  }
  // "the village of Antonivka, just east of the city": the city is the one the report named
  // last (a settled one), as if named again. (The report's own words name it: not a city a
  // resident named in quoted words, "it is like Bakhmut now", nor a river named after a city.)
  const settled = (a: (typeof anchors)[number]) => decide(a.mention, lists[a.at]!, options).place?.index === a.best!.place.index;
  const cityBefore = (i: number) => anchors.filter((a) => a.at < i && a.best!.place.kind === 'city' && settled(a) && !RIVER_AFTER.test(textAfter(a.mention)) && (!insideQuote(a.mention) || insideQuote(mentions[i]!))).at(-1);
  mentions.forEach((near, i) => {
    const after = textAfter(near);
    const city = CITY_NAMED_BACK.exec(after);
    const link = city ? DISTANCE_LINK.exec(after.slice(0, city.index + city[1]!.length)) : null;
    if (!link) return;
    const last = cityBefore(i);
    if (last) byLink(i, last.best!.place, link, true);
  });
  // "southeast of the town near Lysivka and Promin": the town named last, as above.
  mentions.forEach((near, i) => {
    const back = TOWN_BACK_THEN_NEAR.exec(textBefore(near));
    const last = back && cityBefore(i);
    if (last) placeNear(i, last.best!.place, back[1]!);
  });

  // "In the Zaporozhye direction, units continued offensive operations near the village of
  // Kamenskoye": a sentence that opens with an area is set in it, so a namesake of a later place
  // thousands of km away (a Kamenskoye in Kamchatka) is not it.
  mentions.forEach((opening, i) => {
    const area = lists[i]![0]?.place;
    if (!area || opening.demonym || (area.kind !== 'admin1' && area.kind !== 'admin2' && area.kind !== 'region' && area.kind !== 'city')) return;
    const sentence = opening.sentence;
    if (!opensSentence(opening)) return;
    // ("In Vienna, the IAEA chief told reporters the Arak reactor held no nuclear material": a
    // city opening a sentence of speech may be only where it was said.)
    if (area.kind === 'city' && !opening.typeCue && hasSpeechVerb(sentence.text)) return;
    const reach = Math.max(area.radiusKm * 1.5, OPENING_AREA_MIN_REACH_KM);
    // (A front named for a town, "On the Kupiansk front", is that town's sector: the town of
    // Lozova, 130 km off, is no village of it. A big city may be named there for its region.)
    const front = opening.typeCue === 'area';
    mentions.forEach((m, j) => {
      if (j <= i || m.sentence !== sentence || m.demonym) return;
      let changed = false;
      for (const c of lists[j]!) {
        // (Only small places: "In Alberta, the province must increase its outreach to Asia".)
        if ((c.place.kind !== 'city' && c.place.kind !== 'admin2' && c.place.kind !== 'neighbourhood') || c.score < options.minScore) continue;
        const km = distanceKm(area, c.place);
        const within = front && c.place.population < NOTABLE_POPULATION ? FRONT_REACH_KM : reach;
        // (Nearer, a place of another admin-1 unit that only an alternate name or a spelling
        // variant matched is not it either: "In the Zaporozhye direction, ... near Stepnogorsk and
        // Primorskoye" is no Sartana, which GeoNames also calls Primorskoye, in Donetsk.)
        const otherUnit = area.kind === 'admin1' && c.place.admin1Code !== area.admin1Code && byOtherName(c);
        if (km <= within && !otherUnit) continue;
        ruleOut(j, c, otherUnit && km <= within ? `the sentence is set in ${area.name}, and this is a namesake in ${c.place.admin1 ?? c.place.countryCode}` : `the sentence is set in ${area.name}, and this lies ${Math.round(km)} km off`);
        changed = true;
      }
      if (changed) lists[j]!.sort((a, b) => b.score - a.score);
    });
  });

  // Rules out the readings of mention j as a small town farther than `reach` from `town`: a front's
  // or a section's villages, which the gazetteer may hold only as namesakes elsewhere.
  const ruleOutSmallBeyond = (j: number, town: Place, reach: number, why: (km: number) => string) => {
    let changed = false;
    for (const c of lists[j]!) {
      if (c.place.kind !== 'city' || c.place.population >= NOTABLE_POPULATION || c.score < options.minScore) continue;
      const km = distanceKm(town, c.place);
      if (km <= reach) continue;
      ruleOut(j, c, why(km));
      changed = true;
    }
    if (changed) lists[j]!.sort((a, b) => b.score - a.score);
  };

  // "near Vovchansk and Hlyboke in the Kharkiv direction": a front named after a town reaches
  // only so far from it, so a village told in it is no namesake across the country.
  for (const [m, ctx] of contexts) {
    const town = contextPlace.get(m) ?? lists[mentions.indexOf(ctx)]![0]?.place;
    // (Told in it, not listed beside it: "the Kupyansk, Krasny Liman ... directions".)
    const told = m.end <= ctx.start && (/^\s*,?\s+(?:in|on|along)\s+(?:the\s+)?$/i.test(textBetween(m, ctx)) || LIST_THEN_CONTEXT.test(textBetween(m, ctx)));
    if (!town || town.kind !== 'city' || !isFront(ctx) || !told) continue;
    ruleOutSmallBeyond(mentions.indexOf(m), town, FRONT_REACH_KM, (km) => `the words put it on the ${town.name} ${ctx.typeCueText}, and this lies ${Math.round(km)} km off`);
  }

  // "237 UAVs attacked Huliaipole, Stepnohirsk, Prymorske, Kamianske, Bilohiria and Plavni": a
  // list of places one event reached, most of them settled in one region, does not reach a small
  // namesake hundreds of km off in another (a Plavni in Odesa Oblast, where the report's one lies
  // in Zaporizhzhia Oblast and the gazetteer lacks it).
  for (let start = 0; start < mentions.length; ) {
    const list = [start, ...listAfter(mentions, start)];
    start = list.at(-1)! + 1;
    // ("assaults near Andriivka, Yunakivka, and Oleksiivka": places near which one front's
    // fighting went on lie near each other, so one settled place is enough.)
    const first = mentions[list[0]!]!;
    const nearList = NEAR_LIST_BEFORE.test(textBefore(first));
    const min = nearList ? 1 : LIST_REGION_MIN;
    if (list.length < min + 1) continue;
    // (Settled by their own names, read before any is ruled out: the list's order does not
    // matter, and an old name of a far-off town does not set the region.)
    const settled = new Map(
      list.map((j) => {
        const best = lists[j]![0];
        const ok = best && best.score >= options.minScore && best.place.kind === 'city' && !byAlternateName(best) && decide(mentions[j]!, lists[j]!, options).place?.index === best.place.index;
        return [j, ok ? best.place : null] as const;
      }),
    );
    // (More than half of them, and more than in any other region: one of the list may itself be a
    // namesake elsewhere, and two settled places a region apart settle nothing.)
    const counts = new Map<string | null, number>();
    for (const p of settled.values()) if (p) counts.set(p.admin1Code, (counts.get(p.admin1Code) ?? 0) + 1);
    const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    const [region, count] = ranked[0] ?? [null, 0];
    const all = [...settled.values()].filter((p) => p !== null).length;
    if (region === null || count <= (ranked[1]?.[1] ?? 0) || count * 2 <= all) continue;
    for (const j of list) {
      const others = list.filter((k) => k !== j).map((k) => settled.get(k)).filter((p): p is Place => p != null && p.admin1Code === region);
      if (others.length < min) continue;
      let changed = false;
      // (So is a city of any size, where the name has a reading among the list's places: "artillery
      // strikes on Huliaipole, Orikhiv, Kamianske and Stepnohirsk" is Zaporizhzhia Oblast's village,
      // not the city of Kamianske in Dnipropetrovsk Oblast.)
      const namesakeHere = lists[j]!.some((c) => c.place.kind === 'city' && c.place.admin1Code === region && others.some((p) => p.index !== c.place.index && distanceKm(p, c.place) <= LIST_REACH_KM));
      for (const c of lists[j]!) {
        // (A town of any size that only an alternate name matched is as weak: "Oleksiivka" is
        // an old name of Chystyakove.)
        if (c.place.kind !== 'city' || (c.place.population >= SMALL_TOWN_POPULATION && !byAlternateName(c) && !namesakeHere) || c.place.admin1Code === region) continue;
        if (others.some((p) => distanceKm(p, c.place) <= LIST_REACH_KM)) continue;
        ruleOut(j, c, `listed with ${others.length} places of ${others[0]!.admin1 ?? 'one region'}, and this lies far from them all`);
        changed = true;
      }
      if (changed) lists[j]!.sort((a, b) => b.score - a.score);
    }
  }

  // "**Lyman direction**" on a line of its own, then "- Russian troops attacked near Karpivka,
  // Derylove, Torske and Zarichne": a front's heading holds the lines under it, up to the next
  // heading.
  // So does a hromada's or a district's: "**Yunakivka hromada:** 14 explosions. In the village
  // of Oleksiivka, two civilians were wounded".
  mentions.forEach((heading, h) => {
    const town = lists[h]![0]?.place;
    const unitHeading = UNIT_HEADING_AFTER.exec(textAfter(heading));
    const opens = /^[\s*_#-]*$/.test(textBefore(heading));
    const reach = isFront(heading) && FRONT_HEADING.test(heading.sentence.text) ? FRONT_REACH_KM : opens && unitHeading ? (/hromada/i.test(unitHeading[1]!) ? HROMADA_REACH_KM : DISTRICT_REACH_KM) : null;
    if (!town || town.kind !== 'city' || reach === null) return;
    for (let j = h + 1; j < mentions.length; j++) {
      const m = mentions[j]!;
      if (m.sentence !== heading.sentence && startsSection(m.sentence.text)) break;
      if (m.sentence.start - heading.sentence.end > FRONT_HEADING_REACH) break;
      ruleOutSmallBeyond(j, town, reach, (km) => `under the ${town.name} ${heading.typeCueText} heading, and this lies ${Math.round(km)} km off`);
    }
  });

  // Pass 4: one sense per document: the same words mean the same place throughout, the one
  // with the most support over all their occurrences (a stated context anywhere counts).
  const byName = new Map<string, number[]>();
  mentions.forEach((m, i) => {
    // (A front named after a town is no reading of the town's bare name: "the Donetsk
    // direction" and "the Kievsky district of Donetsk".)
    // (Nor is a power plant named after one: "the Zaporizhzhia nuclear power plant".)
    const plant = plantAfter(m) !== null;
    // (Nor a word of a longer name: "the Karachi Kings", in a sentence set in Rawalpindi, rules
    // nothing out for Karachi.)
    const k = keys[i]! + (m.typeCue === 'admin1' ? '|admin1' : isFront(m) ? '|front' : plant ? '|plant' : m.inName ? '|name' : '');
    byName.set(k, [...(byName.get(k) ?? []), i]);
  });
  // A name told bare and qualified only at a later mention, where the qualifier picks another
  // place, is two places: writers qualify a name where they first use it, so "a Lebanese citizen
  // from Tripoli in northern Lebanon" in a live blog on Tripoli's clashes sets that one apart.
  const stated = (i: number) => statedCountry.has(mentions[i]!) || statedUnit.has(mentions[i]!) || contexts.has(mentions[i]!);
  // (Where the qualifier rules out every namesake, "the village of Andriivka in Sumy Oblast"
  // when the gazetteer has none there, it tells what the bare mentions cannot be.)
  const placed = (i: number) => (lists[i]![0]?.score ?? -Infinity) >= options.minScore;
  for (const group of byName.values()) {
    const first = group[0]!;
    // (So with two qualifiers that pick two places: "Rafah in southern Gaza" first, "the North
    // Sinai town of Rafah" later is Egypt's.)
    // (Or one the words place by its way from another: "near Berestove (southeast of Kupiansk)",
    // then "southeast of Siversk near Berestove", two villages.)
    const apart = group.filter((i) => i !== first && (stated(i) || toldByWay.has(i) || compassParts.has(i)) && placed(i) && (!placed(first) || lists[i]![0]!.place.index !== lists[first]![0]?.place.index));
    const indices = group.filter((i) => !apart.includes(i));
    if (indices.length < 2) continue;
    const excluded = new Set(indices.flatMap((i) => [...(ruledOut.get(i) ?? [])]));
    for (const i of indices) {
      for (const c of lists[i]!) {
        if (excluded.has(c.place.index) && c.score >= options.minScore) {
          ruleOut(i, c, 'the words put it elsewhere at another mention of the name');
        }
      }
      lists[i]!.sort((a, b) => b.score - a.score);
    }
    const totals = new Map<number, number>();
    for (const i of indices) for (const c of lists[i]!) totals.set(c.place.index, Math.max(totals.get(c.place.index) ?? -Infinity, c.score));
    const bestIndex = [...totals.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    if (excluded.has(bestIndex)) continue;
    const bestTotal = totals.get(bestIndex)!;
    const source = indices.find((i) => lists[i]![0]?.place.index === bestIndex && lists[i]![0]!.score === bestTotal);
    const settledBy = source !== undefined && bestTotal >= options.minScore && (statedCountry.has(mentions[source]!) || statedUnit.has(mentions[source]!));
    for (const i of indices) {
      const c = lists[i]!.find((x) => x.place.index === bestIndex);
      // (A district named with its kind word does not make the bare name the district: "the
      // Zelenodolsk hromada of Kryvyi Rih district" leaves "in Kryvyi Rih" the city.)
      const own = lists[i]![0]?.place;
      if (c && c.place.kind === 'admin2' && mentions[i]!.typeCue === null && own?.kind === 'city' && own.admin1Code === c.place.admin1Code) continue;
      // (Nor the reverse: "in Mocimboa da Praia district" stays the district when "the town of
      // Mocimboa da Praia" is the town.)
      const cue = mentions[i]!.typeCue;
      // (Only for the two of one region: a kind word does not hold a namesake abroad against the
      // report's reading of the name.)
      const sameRegion = own !== undefined && c !== undefined && own.countryCode === c.place.countryCode && own.admin1Code === c.place.admin1Code;
      if (c && own && sameRegion && cue && cue !== 'area' && fitsCue(cue, own.kind, mentions[i]!.typeCueText, own.name) && !fitsCue(cue, c.place.kind, mentions[i]!.typeCueText, c.place.name)) continue;
      // (With the confidence of a telling the words place in a country or a unit: "the Syrian
      // border town of Kobane" settles the bare "Kobane" of the next paragraphs, which alone fell
      // short beside Turkish villages.)
      const lift = settledBy ? bestTotal : -Infinity;
      if (c && (c !== lists[i]![0] || c.score < lift)) {
        c.score = Math.max(c.score, lists[i]![0]!.score + 0.01, lift);
        c.reasons.push('same name, same place throughout the report');
        lists[i]!.sort((a, b) => b.score - a.score);
      }
    }
  }

  // The stated context as finally read: of two districts called Bassa, the one the report's
  // other places are near, not the larger one that led before nearness was weighed; and none
  // when the context's own words place nothing ("the ports of Hodeidah, Ras Isa and Salif":
  // "Ras" alone is only a village in India, below the bar, and no context of Hodeidah).
  const decided = mentions.map((m, i) => decide(m, lists[i]!, options));
  return decided.map((r, i) => {
    const ctx = contexts.get(mentions[i]!);
    const place = ctx ? decided[mentions.indexOf(ctx)]!.place : null;
    return ctx && place && canQualify(place, ctx) ? { ...r, context: place } : r;
  });
}

/** The demonym of "Indian-administered Kashmir", "Pakistani-controlled Kashmir": the mention
 * right before, joined to the name by the word for who runs it. */
function administeredBy(mentions: FoundMention[], m: FoundMention): FoundMention | null {
  const before = mentions[mentions.indexOf(m) - 1];
  if (!before?.demonym || before.sentence !== m.sentence) return null;
  return /^[-‐‑](?:administered|controlled|held|ruled)\s+$/i.test(textBetween(before, m)) ? before : null;
}

/** A seat whose admin-1 unit bears its name: a city that is a unit of its own ("Sevastopol
 * City", "Kyiv City"), and so also a capital named like its region (Kharkiv). */
export function isCityUnit(place: Place): boolean {
  return place.kind === 'city' && place.featureCode !== 'PPL' && (place.admin1 ?? '').includes(place.name);
}

/** Within the reach a stated unit is read to have: 1.5 of its radii, since a unit's circle is
 * only a rough footprint ("Crimea's port of Sevastopol" lies beyond Crimea's own code). */
export function withinUnitReach(unit: Place, place: Place): boolean {
  return distanceKm(unit, place) <= unit.radiusKm * 1.5;
}

/** In the place the words put it in ("Kharkiv's Saltivskyi district"): inside it, or for a
 * city, in its admin-1 unit. */
function insideContext(ctx: Place, place: Place): boolean {
  if (place.index === ctx.index) return false;
  return contains(ctx, place) || (ctx.kind === 'city' && place.admin1Code !== null && place.admin1Code === ctx.admin1Code);
}

/** Kinds of place a stated context can be. A district only when the words say so ("the
 * Kupiansk district"): a bare name is the town. */
function canQualify(place: Place, ctx: FoundMention): boolean {
  return place.kind === 'admin1' || place.kind === 'country' || place.kind === 'city' || place.kind === 'peninsula' || place.kind === 'region' || (place.kind === 'admin2' && ctx.typeCue === 'admin2');
}

/** A mention's place, or none with the reason; its stated context is filled in by the caller,
 * once every mention is decided. */
function decide(mention: FoundMention, list: Candidate[], options: ResolveOptions): Resolution {
  // A bare name that is a district and the town it is named after, in one region, is the town:
  // "the river port in Kosti". (GeoNames may draw the district's point far from the town.)
  const town = mention.typeCue === null && list[0]?.place.kind === 'admin2' ? list.find((c) => seatOf(c.place, list[0]!.place)) : undefined;
  if (town && list[0]!.score - town.score < options.minMargin) {
    town.reasons.push(`the town ${list[0]!.place.name} district is named after`);
    list = [town, ...list.filter((c) => c !== town)];
  }
  const [best, ...rest] = list;
  if (!best) return { mention, place: null, score: 0, reasons: ['no gazetteer entry'], candidates: [], context: null };
  const reasons = [...best.reasons];
  if (best.score < options.minScore) {
    return { mention, place: null, score: best.score, reasons: [...reasons, `score ${best.score.toFixed(1)} below ${options.minScore}`], candidates: list.slice(0, KEPT_CANDIDATES), context: null };
  }
  // A runner-up far away and nearly as good: say the ambiguity instead of guessing.
  // Only a rival found by its own name counts: an alternate name does not make a namesake.
  // (Nor one outside the unit the words name beside the place, when the best is inside it:
  // "Santa Cruz, Davao del Sur" is settled, however big the Santa Cruz of the next province.)
  const rival = rest.find(
    (c) =>
      (!byOtherName(c) || byOtherName(best)) &&
      !seatOf(best.place, c.place) &&
      (!namedBeside(best) || namedBeside(c)) &&
      distanceKm(c.place, best.place) > Math.max(50, best.place.radiusKm + c.place.radiusKm) &&
      !contains(c.place, best.place) &&
      !contains(best.place, c.place),
  );
  if (rival && best.score - rival.score < options.minMargin) {
    return {
      mention,
      place: null,
      score: best.score,
      reasons: [...reasons, `ambiguous: ${rival.place.name} (${rival.place.countryCode}) scores ${rival.score.toFixed(1)}`],
      candidates: list.slice(0, KEPT_CANDIDATES),
      context: null,
    };
  }
  return { mention, place: best.place, score: best.score, reasons, candidates: rest.slice(0, KEPT_CANDIDATES), context: null };
}
