// Sentences -> place-name mentions. Longest gazetteer match first, capitalisation as evidence
// (not proof), the words around a name as its type cue ("the X region", "the village of X"),
// demonyms as mentions of their country, and names inside longer proper names (people,
// organisations, outlets) set aside: "Andrew Roth" is not Roth, "the Kyiv Independent" is not Kyiv.

import { isAbbreviatedMonth, isCalendarName } from './dates.ts';
import { direction, onNamedSide } from './refine-place.ts';
import type { Gazetteer, NameHit } from './gazetteer.ts';
import { nameKey } from './normalize.ts';
import { quoteOpenAfter } from './sentences.ts';
import type { Sentence } from './types.ts';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Joined to the next token by a hyphen ("Iranian-made", "Rostov-on-Don"). */
  hyphenNext: boolean;
  /** Followed directly by a possessive "'s". */
  possessive: boolean;
}

export interface FoundMention {
  start: number;
  end: number;
  text: string;
  sentence: Sentence;
  hits: NameHit[];
  /** What the words around it say about its kind: 'admin1' | 'admin2' | 'city' | 'sea' | ... */
  typeCue: string | null;
  /** The cue words themselves, for the explanation ("region", "the village of"). */
  typeCueText: string | null;
  demonym: boolean;
  /** The place words are part of a longer proper name: an organisation, outlet or person. */
  inName: string | null;
  tokenIndex: number;
  tokenEnd: number;
  tokens: Token[];
  /** Every word of the name is an everyday English word ("White House", "Holy City"): as an
   * alternate name of a far-off place it is usually a translation, not the name used. */
  plainWords: boolean;
  /** One everyday English word ("Pacific", "Liberal"): a reading of it that stands on nothing
   * says nothing of where the report is. */
  everyday: boolean;
  /** "the southern city of Mykolaiv": the side named, and the places of the name on the other
   * side of their country's centre (by index), which the words rule out. */
  offSide: { side: string; places: number[] } | null;
  /** A state's abbreviation right after a place name ("Glasgow, Ky."): the unit that place is in. */
  unitAbbreviation: boolean;
}

// Words, and initialisms written with dots ("U.S.", "U.K.") as one token.
const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}](?:[\p{L}\p{M}\d]|['’ʼ](?=[\p{L}]))*/gu;

const FOOTNOTE_GLUED = /^(\p{Lu}\p{Ll}{2,}[\p{L}\p{M}]*)\d{1,3}$/u;
const LINE_BREAK_HYPHEN = /^[-‐][ \t]*\n[ \t]*$/;

export function tokenize(sentence: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const m of sentence.matchAll(TOKEN)) {
    let text = m[0];
    let possessive = false;
    const poss = /['’]s$/.exec(text);
    if (poss && text.length > 2) {
      text = text.slice(0, -2);
      possessive = true;
    }
    // A footnote's number glued to a word, as PDF text has it ("Kharkiv12", "Sennar3"): the word.
    const footnote = FOOTNOTE_GLUED.exec(text);
    if (footnote) text = footnote[1]!;
    const start = m.index + offset;
    const afterIndex = m.index + (footnote ? text.length : m[0].length);
    // A word broken at a line's end with a hyphen, as PDF text has it ("Slo-\nviansk"), is one
    // word: its key is whole, its offsets span the break.
    const prev = tokens.at(-1);
    if (prev && /^\p{Ll}/u.test(text) && LINE_BREAK_HYPHEN.test(sentence.slice(prev.end - offset, m.index))) {
      prev.text += text;
      prev.end = start + text.length;
      prev.hyphenNext = /^[-‐‑]\p{L}/u.test(sentence.slice(afterIndex, afterIndex + 2));
      prev.possessive = possessive || /^['’]\s/.test(sentence.slice(afterIndex, afterIndex + 2));
      continue;
    }
    tokens.push({
      text,
      start,
      end: start + text.length,
      hyphenNext: /^[-‐‑]\p{L}/u.test(sentence.slice(afterIndex, afterIndex + 2)),
      possessive: possessive || /^['’]\s/.test(sentence.slice(afterIndex, afterIndex + 2)),
    });
  }
  return tokens;
}

// Lower-case words that may sit inside a place name ("Gulf of Aden", "Rostov-on-Don", "Bab el-Mandeb").
// Slavic "na", "nad", "pod", "pri" join names too ("Slavyansk-na-Kubani", "Novohrad-Volynskyi" aside).
const CONNECTORS = new Set(['of', 'the', 'on', 'upon', 'de', 'del', 'la', 'le', 'el', 'al', 'an', 'ad', 'and', 'am', 'im', 'sur', 'da', 'do', 'dos', 'das', 'di', 'du', 'des', 'y', 'i', 'na', 'nad', 'pod', 'pri']);

/** After a demonym, a lower-case word that is no kind of place: the demonym qualifies it. */
// (A settlement's kind word with its name next is the demonym's too: "the Somali town of Afgoye".)
const ADJECTIVE_BEFORE_NOUN = /^\s+(?:(?:city|town|village|port)\s+of\s+\p{Lu}|(?!(?:region|regions|regional|state|province|oblast|district|zone|governorate|county|city|town|area|territory)\b)\p{Ll})/u;

// Lower-case articles inside Arabic and Romance names ("Bab al-Tabbaneh", "Rio de Janeiro").
const NAME_ARTICLES = new Set(['al', 'el', 'ad', 'an', 'ar', 'as', 'ash', 'at', 'az', 'ed', 'en', 'er', 'es', 'et', 'ez', 'ul', 'de', 'del', 'della', 'la', 'le', 'les', 'du', 'des', 'da', 'do', 'dos', 'das', 'di']);

// Those that stand apart from the next word ("Rio de Janeiro", "Bab el Oued"); "as", "at",
// "an" and "do" only count when hyphenated, being English words ("Sevastopol as Ukrainian
// drones ...").
const SPACED_ARTICLES = new Set(['al', 'el', 'de', 'del', 'della', 'da', 'do', 'dos', 'das', 'di', 'du', 'des', 'la', 'le', 'les']);

// Natural features that take a place's name ("the Dnipro river", "Lake Chad" aside): after a
// name the gazetteer holds only as a place, they make it the feature.
const NATURAL_FEATURE = new Set(['river', 'lake', 'reservoir', 'mountains', 'mountain', 'hills', 'valley', 'delta', 'estuary', 'island', 'islands', 'forest', 'desert', 'lagoon', 'spit']);

// What follows a dateline's place: ", Texas", " (Reuters)", " - ", " — ", or the story's first word.
const DATELINE_AFTER = /^(?:\s*,|\s*\(|\s+[-–—]|\s*[—–]|\s+\p{Lu}\p{Ll})/u;

// Generic geographic words that may end a name in lower case ("the Korean peninsula").
const GENERIC_TAIL = new Set(['sea', 'peninsula', 'strait', 'gulf', 'bay', 'island', 'islands', 'river', 'lake', 'canal', 'coast']);

// Words that say what kind of place a name is, after it ("the Kharkiv region") ...
const KIND_AFTER: Record<string, string> = {
  region: 'admin1', oblast: 'admin1', province: 'admin1', governorate: 'admin1', state: 'admin1',
  krai: 'admin1', republic: 'admin1', prefecture: 'admin1', department: 'admin1', county: 'admin2', district: 'admin2',
  raion: 'admin2', rayon: 'admin2', municipality: 'admin2', hromada: 'area', township: 'admin2', territory: 'admin2', city: 'city',
  town: 'city', village: 'city', settlement: 'city', neighbourhood: 'neighbourhood',
  neighborhood: 'neighbourhood', suburb: 'neighbourhood', sea: 'sea', strait: 'sea', gulf: 'sea',
  peninsula: 'peninsula', camp: 'city', area: 'area', front: 'area', direction: 'area', axis: 'area', sector: 'area',
  regional: 'admin1', oblasts: 'admin1', regions: 'admin1', provinces: 'admin1',
  // "the western Aleppo countryside": the province round a city it is named after, not the city.
  countryside: 'admin1',
  // Mali's districts: "the cercle of Douentza", "Douentza cercle".
  cercle: 'admin2',
  // Parts of a city, as Latin America names them: "the Penha and Complexo do Alemão favelas",
  // "the barrio of Petare", "Colonia Guerrero"; and plural lists of parts.
  favela: 'neighbourhood', favelas: 'neighbourhood', barrio: 'neighbourhood', barrios: 'neighbourhood',
  neighbourhoods: 'neighbourhood', neighborhoods: 'neighbourhood', suburbs: 'neighbourhood',
  // "the Kanal microraion of eastern Chasiv Yar": a part of a town.
  microraion: 'neighbourhood', mikroraion: 'neighbourhood', microdistrict: 'neighbourhood', mikrorayon: 'neighbourhood',
};
// ... and before it ("the village of X", "the city of X").
const KIND_BEFORE = /\b(city|town|village|settlement|hamlet|port|port city|capital|region|province|state|department|district|suburb|neighbourhood|neighborhood|oblast|governorate|countryside|municipality|cercle|town of|outskirts|resort)\s+(?:of\s+)?$/i;

// Words that may stand before a place name without making it part of a longer name.
const MODIFIERS = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeast',
  'northwest', 'southeast', 'southwest', 'northeastern', 'northwestern', 'southeastern', 'southwestern',
  'greater', 'upper', 'lower', 'occupied', 'downtown', 'central', 'coastal', 'rural', 'frontline',
]);

/** A capitalised compass word, as it starts a unit's name ("North Darfur", "South Gonder"). */
const COMPASS = /^(?:North|South|East|West|North-?East|North-?West|South-?East|South-?West|Northeast|Northwest|Southeast|Southwest)$/;
/** Words for administrative units that take a side in their names. */
const SIDE_NAMED_UNIT = /^(?:zone|zones|province|state|region|district|county|governorate|department|division|prefecture)$/i;

// Words that, capitalised after a place name, make it part of an organisation or a title.
const ORG_AFTER = new Set([
  'independent', 'post', 'times', 'herald', 'journal', 'tribune', 'daily', 'news', 'fleet', 'regional',
  'military', 'administration', 'city', 'council', 'mayor', 'governor', 'university', 'institute',
  'house', 'airport', 'station', 'embassy', 'ministry', 'government', 'police', 'army', 'command',
  'oblast', 'zone', 'security', 'forces', 'guard', 'brigade', 'battalion', 'regiment', 'club', 'fc',
  'airlines', 'airways', 'express', 'telegraph', 'gazette', 'observer', 'standard', 'review', 'bank',
  'stock', 'exchange', 'court', 'agreement', 'accords', 'protocol', 'summit', 'format', 'group',
  'declaration', 'convention', 'treaty', 'process', 'talks', 'conference', 'plant', 'nuclear', 'power',
  'hotel', 'street', 'avenue', 'square', 'bridge', 'dam', 'park', 'road', 'highway', 'theatre', 'theater',
]);

// Words that start a sentence without being part of a name.
const SENTENCE_WORDS = new Set([
  'in', 'on', 'at', 'the', 'a', 'an', 'but', 'and', 'or', 'when', 'after', 'before', 'as', 'while', 'since',
  'during', 'near', 'from', 'to', 'for', 'with', 'by', 'of', 'meanwhile', 'elsewhere', 'earlier', 'later',
  'also', 'if', 'though', 'although', 'both', 'so', 'yet', 'it', 'its', 'this', 'that', 'these', 'those',
  'he', 'she', 'they', 'we', 'his', 'her', 'their', 'our', 'outside', 'inside', 'across', 'over', 'into',
  'around', 'about', 'above', 'below', 'beyond', 'among', 'like', 'unlike', 'despite', 'amid', 'under',
  'between', 'toward', 'towards', 'through', 'throughout', 'within', 'without', 'until', 'residents',
  'officials', 'authorities', 'troops', 'forces', 'people', 'some', 'many', 'most', 'all', 'no', 'not',
  'only', 'even', 'just', 'yesterday', 'today', 'last', 'next', 'every', 'each', 'local', 'several',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'overnight', 'then',
  'there', 'here', 'where', 'what', 'who', 'how', 'why', 'which', 'whose', 'photograph', 'photo',
]);

function isCapitalised(word: string): boolean {
  const first = word[0] ?? '';
  return first !== first.toLowerCase();
}

/** A word in capitals before one that is not ("WASHINGTON Barack Obama ..."): a dateline's
 * place, which ends there, not the first word of the name after it. */
function isDatelineWord(word: string, next: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase() && next !== next.toUpperCase();
}

/** Days named like places (Christmas, Indiana; Easter, Texas): a date unless the words say
 * otherwise. */
const HOLIDAYS = new Set(['christmas', 'easter', 'thanksgiving', 'halloween', 'ramadan', 'eid', 'hanukkah', 'passover']);

const COMPASS_WORDS = new Set([
  'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west',
  'south-east', 'south-west', 'centre', 'center', 'central', 'northern', 'southern', 'eastern', 'western',
]);

/** Two to four letters, all capitals: the shape of an acronym. */
/** A gap between two words that is only a wrapped line's break. */
function wrappedGap(gap: string): boolean {
  return /^[ \t]*\n[ \t]*$/.test(gap);
}

function isAcronym(word: string): boolean {
  return /^\p{Lu}{2,4}$/u.test(word);
}

/** Most longer words in capitals: a headline or a shouted line, where capitals say nothing. */
function isCapsSentence(tokens: Token[]): boolean {
  const words = tokens.filter((t) => t.text.length > 3);
  return words.length > 0 && words.filter((t) => t.text === t.text.toUpperCase()).length / words.length > 0.5;
}

/** A city this big is named even by an everyday word in a capitals-only line ("TYRE"). */
const CAPS_WORD_CITY_POPULATION = 100_000;

/** Kinds of place an acronym is mistaken for; a country or region is often written so. */
const ACRONYM_PLACE_KINDS = new Set<string>(['city', 'neighbourhood', 'admin2']);
const ACRONYM_CITY_POPULATION = 100_000;

/** Most words capitalised: a headline in title case, where capitals say nothing. */
export function isTitleCase(tokens: Token[]): boolean {
  const words = tokens.filter((t) => t.text.length > 3);
  if (words.length < 4) return false;
  return words.filter((t) => isCapitalised(t.text)).length / words.length > 0.75;
}

function key(tokens: Token[], from: number, to: number): string {
  return tokens
    .slice(from, to)
    .map((t) => t.text)
    .join(' ');
}

/** Words for a settlement that, before "of", name the kind of the place after them ("the
 * Burkina Faso town of Djibo"): here for the type cue, in resolve.ts for the stated context. */
const REGIONAL_FACILITY = /^(?:health|healthcare|hospital|medical|airport|cent(?:re|er)|university|college|park|museum|library|stadium|clinic|hub)$/i;
export const SETTLEMENT_WORDS = 'town|city|village|port|settlement|hamlet|suburb';
const SETTLEMENT_WORD = new RegExp(`^(?:${SETTLEMENT_WORDS})$`, 'i');

function typeCueAt(sentence: Sentence, tokens: Token[], from: number, to: number, demonymWord: (word: string) => boolean): { cue: string; text: string } | null {
  const next = tokens[to];
  // "the south Lebanon town of Nabatieh": a settlement word before "of" is the next name's kind
  // (but "the Red Sea state of Sudan", "the Bakhmut district of Donetsk" are the name's own).
  const settlementOf = next !== undefined && SETTLEMENT_WORD.test(next.text) && tokens[to + 1]?.text.toLowerCase() === 'of';
  // (Not across a dash or a colon: "8/ DNIPRO — Regional authorities report hits".)
  const across = next !== undefined && /[—–:;|]/.test(sentence.text.slice(tokens[to - 1]!.end - sentence.start, next.start - sentence.start));
  if (next && !tokens[to - 1]!.possessive && !settlementOf && !across) {
    // ("the Tigray People's Liberation Front", "the Polisario Front": capitalised, a group.)
    const kind = next.text === 'Front' ? undefined : KIND_AFTER[next.text.toLowerCase()];
    // ("Paris Regional Health", "Kherson Regional Hospital": a facility's name, no region.)
    const facility = next.text === 'Regional' && REGIONAL_FACILITY.test(tokens[to + 1]?.text ?? '');
    if (kind && !facility) return { cue: kind, text: next.text };
    // "the Lugansk People's Republic": the name Russia gives the occupied region.
    if (/^people(?:['’]s)?$/i.test(next.text) && /^republic$/i.test(tokens[to + 1]?.text ?? '')) return { cue: 'admin1', text: "People's Republic" };
    // Nigeria's districts: "the Bassa local government area".
    if (/^local$/i.test(next.text) && /^governments?$/i.test(tokens[to + 1]?.text ?? '')) return { cue: 'admin2', text: 'local government' };
  }
  const before = sentence.text.slice(0, tokens[from]!.start - sentence.start);
  // "Rural Damascus", capitalised: Syria's name for the governorate round the capital (lower-case
  // "rural Tibu" is the country round a town, and the town).
  const rural = /\bRural\s+$/.exec(before);
  if (rural) return { cue: 'admin1', text: 'Rural' };
  const m = KIND_BEFORE.exec(before);
  // "the Korabelnyi district of Kherson": the kind is the name's before it (one the gazetteer
  // may lack), not this one's; a bare name a district or a neighbourhood is "of" is the city.
  // (Not an adjective: "the Andean region of Ayacucho", "the Mexican state of Veracruz" are the
  // region and the state.)
  const named = /(\p{Lu}[\p{L}'’-]*)\s+$/u.exec(before.slice(0, m?.index ?? 0));
  if (m && named && !ADJECTIVE_END.test(named[1]!) && !demonymWord(named[1]!) && !/^(?:town|city|village|settlement|hamlet|port|capital)/i.test(m[1]!)) {
    return /^(?:district|suburb|neighbou?rhood)$/i.test(m[1]!) ? { cue: 'city', text: m[0].trim() } : null;
  }
  // ("an industrial district of Zaporizhzhia": a part, not a named district, of the city.)
  if (m && /^(?:district|suburb|neighbou?rhood)$/i.test(m[1]!) && /\b(?:an?|one|another|several|two|three|four)\s+(?:[\w-]+\s+){0,2}$/i.test(before.slice(0, m.index))) {
    return { cue: 'city', text: m[0].trim() };
  }
  // "the capital of Sinaloa", "the capital of Ukraine": the unit the capital is of, not a town.
  // (Not "the Turkish capital of Ankara", "the provincial capital of Kandahar": the capital itself.)
  if (m && /^capital$/i.test(m[1]!) && /\bof\s+$/i.test(m[0]) && /\bthe\s+$/i.test(before.slice(0, m.index))) return { cue: 'unit', text: m[0].trim() };
  if (m) {
    const word = m[1]!.toLowerCase();
    const cue =
      word.startsWith('region') || word === 'province' || word === 'state' || word === 'oblast' || word === 'governorate' || word === 'department' || word === 'countryside'
        ? 'admin1'
        : word === 'district' || word === 'cercle'
          ? 'admin2'
          : word === 'suburb' || word.startsWith('neighbo')
            ? 'neighbourhood'
            : word === 'outskirts'
              ? 'city'
              : 'city';
    return { cue, text: m[0].trim() };
  }
  return null;
}

/**
 * "Glasgow, Ky.", "Paris, Mo.": a postal-style abbreviation of a state after a place name is the
 * state, when it holds a place of that name. Alone, "Ky", "Mo" and "Pa" are words or other places;
 * after "Glasgow, " and before the abbreviation's full stop, only the unit fits.
 */
function unitAbbreviation(sentence: Sentence, tokens: Token[], i: number, previous: FoundMention | undefined, hits: NameHit[]): NameHit[] {
  const token = tokens[i]!;
  if (!previous || previous.tokenEnd !== i || token.text.length > 4) return [];
  const between = sentence.text.slice(previous.end - sentence.start, token.start - sentence.start);
  if (!/^,\s*$/.test(between) || sentence.text[token.end - sentence.start] !== '.') return [];
  return hits.filter((h) => h.place.kind === 'admin1' && !h.loose && previous.hits.some((p) => p.place.kind !== 'admin1' && p.place.admin1Code === h.place.admin1Code));
}

/**
 * Place-name mentions in one sentence. `knownPeople` holds surnames seen earlier in the report
 * after a given name ("John Kirby"), so a later bare "Kirby" is read as the person.
 */
export function findMentions(gazetteer: Gazetteer, sentence: Sentence, knownPeople: Set<string>): FoundMention[] {
  const tokens = tokenize(sentence.text, sentence.start);
  const titleCase = isTitleCase(tokens);
  const out: FoundMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    // "al-Fashir", "el-Geneina": a lower-case Arabic article joined to a name starts it.
    const articleStart = NAME_ARTICLES.has(token.text) && token.hyphenNext && tokens[i + 1] !== undefined && isCapitalised(tokens[i + 1]!.text);
    if ((!isCapitalised(token.text) && !articleStart) || token.text.length < 2) {
      i++;
      continue;
    }
    // Longest match: extend while the gazetteer has longer names starting with these words.
    let bestEnd = -1;
    let bestHits: NameHit[] = [];
    let bestDemonym = false;
    let abbreviation = false;
    for (let j = i + 1; j <= Math.min(tokens.length, i + 7); j++) {
      const last = tokens[j - 1]!;
      if (j - 1 > i) {
        const lower = last.text.toLowerCase();
        // Words of a name are adjacent: no punctuation between them.
        const gap = sentence.text.slice(tokens[j - 2]!.end - sentence.start, last.start - sentence.start);
        // Inside a hyphenated compound any word may be lower case ("Port-au-Prince").
        // An Arabic article joined to the next word is one too ("Deir ez-Zor", "Ras as-Sidr").
        const connector = CONNECTORS.has(lower) || (/^[-‐‑]$/.test(gap) && last.hyphenNext) || (NAME_ARTICLES.has(lower) && last.hyphenNext);
        // ("the Kurdistan region": a named area whose own name ends in the word, lower-cased as
        // outlets write it; "the Donetsk region" is the oblast, by its kind word.)
        const areaTail = lower === 'region' && gazetteer.lookup(key(tokens, i, j)).some((h) => h.place.kind === 'region' && !h.alternate && !h.loose);
        if (!isCapitalised(last.text) && !connector && !GENERIC_TAIL.has(lower) && !areaTail) break;
        // (A line break inside a sentence is a wrapped line, which the sentence splitter has
        // joined: "also known as Inda" / "Selassie, on Oct. 17". Not a line that ends on a
        // hyphen: that is a word broken in two, or a list's dash.)
        if (!/^[\s\-‐‑]*$/.test(gap) || (/\n/.test(gap) && !wrappedGap(gap)) || tokens[j - 2]!.possessive) break;
      }
      const k = key(tokens, i, j);
      let hits = gazetteer.lookup(k);
      // An everyday word ("Being", "All", "My") or a short capitalised code ("OK", "BA") is a
      // place only by its own primary name, never by an alternate name or a spelling variant.
      // (A country's other names are how outlets name it: "Congo", also the Republic of the
      // Congo's, is a frequent English word.)
      if (j === i + 1 && (gazetteer.isEnglishWord(k) || /^[\p{Lu}.]{1,4}$/u.test(k))) {
        const unit = unitAbbreviation(sentence, tokens, i, out.at(-1), hits);
        abbreviation = unit.length > 0;
        hits = abbreviation ? unit : hits.filter((h) => !h.loose && (!h.alternate || h.place.kind === 'country'));
      }
      // A people's or a faith's adjective before a common noun is no town of that name: "Arab
      // communities", "Arab satellite channel Al Jazeera" (Arab, Alabama), "Druze villages".
      if (j === i + 1 && PEOPLE_ADJECTIVES.has(k.toLowerCase()) && ADJECTIVE_BEFORE_NOUN.test(sentence.text.slice(last.end - sentence.start))) hits = [];
      const demonym = gazetteer.demonym(k);
      // A demonym beats namesake villages ("Canadian", Texas), not a real place of that name.
      const notable = hits.some((h) => !h.alternate && !h.loose && (h.place.kind === 'country' || h.place.kind === 'admin1' || h.place.population >= 100_000));
      // Before a common noun the word is the demonym even where a region abroad has its name:
      // "Somali army officer" (not Ethiopia's Somali region), unless the noun is the region's.
      // ("US officials": the country either way.)
      const adjectival =
        demonym !== null &&
        !hits.some((h) => h.place.countryCode === demonym.countryCode) &&
        ADJECTIVE_BEFORE_NOUN.test(sentence.text.slice(last.end - sentence.start));
      // (A name does not end on a connecting word; capitalised, "Sur" is a word of the name:
      // "Lanao del Sur".)
      const endsOnConnector = CONNECTORS.has(last.text.toLowerCase()) && !isCapitalised(last.text);
      if (hits.length && !endsOnConnector && (!demonym || (notable && !adjectival))) {
        bestEnd = j;
        bestHits = hits;
        bestDemonym = false;
      } else if (demonym) {
        bestEnd = j;
        bestHits = [{ place: demonym, alternate: false, loose: false }];
        bestDemonym = true;
      }
      if (!gazetteer.hasLongerName(k)) break;
    }
    if (bestEnd < 0) {
      i++;
      continue;
    }
    // A place found by its own name beats one found only through a variant spelling of one of
    // its other names ("Novorossiysk" is not Krasnodar, whatever an alternate-name list says).
    // (But the town a district found by its own name is named after: "Deir al-Balah" is the
    // district Deir Al Balah and the town in it, Dayr al Balaḩ, alias Deir el-Balah.)
    const own = bestHits.filter((h) => !h.alternate && !h.loose);
    const seatOf = (h: NameHit) => h.place.kind === 'city' && own.some((o) => o.place.kind === 'admin2' && o.place.admin1Code === h.place.admin1Code && o.place.admin2 !== null && o.place.admin2 === h.place.admin2);
    if (own.length) bestHits = bestHits.filter((h) => !(h.alternate && h.loose) || seatOf(h));
    // "the Somali capital", "Mali's capital": the capital of the country the words name.
    const capitalNext = tokens[bestEnd];
    const countryHit = bestHits.find((h) => h.place.kind === 'country');
    const capitalWord = capitalNext?.text === 'capital' && /^['’s\s]+$/.test(sentence.text.slice(tokens[bestEnd - 1]!.end - sentence.start, capitalNext.start - sentence.start));
    const capital =
      capitalWord && countryHit && ((bestDemonym && /\bthe\s+$/i.test(sentence.text.slice(0, token.start - sentence.start))) || (!bestDemonym && tokens[bestEnd - 1]!.possessive))
        ? gazetteer.capitalOf(countryHit.place)
        : null;
    if (capital) {
      bestEnd += 1;
      bestHits = [{ place: capital, alternate: false, loose: false }];
      bestDemonym = false;
    }
    const text = sentence.text.slice(token.start - sentence.start, tokens[bestEnd - 1]!.end - sentence.start);
    const cue = capital ? { cue: 'city', text: 'capital' } : bestDemonym ? null : typeCueAt(sentence, tokens, i, bestEnd, (word) => gazetteer.demonym(word) !== null);
    // A word alone, with nothing calling it a place: the rules below weigh such words.
    const loneWord = bestEnd === i + 1 && !cue && !(abbreviation && bestHits.every((h) => h.place.kind === 'admin1'));
    // An everyday word that is only part of a place's name ("Jewish" of the Jewish Autonomous
    // Oblast, "Christian" of Christian County) names the place only when the words around it
    // say so ("Christian County", "the Jewish region"). Countries go by many names ("Turkey",
    // "Britain", "America"). (Alternate names and variant spellings of an everyday word were
    // already set aside in the longest-match loop.)
    // (In a sentence all in capitals, a news crawl's "SUMY CITY CENTRE", "AIR STRIKE ON VILLAGE",
    // every word is capitalised, and the words around it may seem to call it a place: a single
    // everyday word names only a country or a big city there.)
    if (bestEnd === i + 1 && !bestDemonym && isCapsSentence(tokens) && gazetteer.isEnglishWord(text)) {
      bestHits = bestHits.filter((h) => h.place.kind === 'country' || (h.place.kind === 'city' && h.place.population >= CAPS_WORD_CITY_POPULATION));
      if (bestHits.length === 0) {
        i = bestEnd;
        continue;
      }
    }
    if (loneWord && !bestDemonym && gazetteer.isEnglishWord(text)) {
      bestHits = bestHits.filter((h) => h.place.kind === 'country' || nameKey(h.place.name) === nameKey(text));
      if (bestHits.length === 0) {
        i = bestEnd;
        continue;
      }
    }
    // "Yemen's Hodeidah province" where only the city has that name: the province is the admin-1
    // unit the city lies in, not the city's point.
    if (cue?.cue === 'admin1' && !bestHits.some((h) => h.place.kind === 'admin1')) {
      const units = new Map<number, NameHit>();
      for (const h of bestHits) {
        // (A province is named after its capital: "La Mar province" is no US state that holds a
        // town called Lamar.)
        const unit = h.place.kind === 'city' && (h.place.featureCode === 'PPLA' || h.place.featureCode === 'PPLC') ? gazetteer.admin1Of(h.place) : null;
        if (unit && !units.has(unit.index)) units.set(unit.index, { ...h, place: unit });
      }
      bestHits = [...bestHits, ...units.values()];
    }
    // A demonym before a capitalised noun ("Turkish Embassy", "Russian Federation") still names
    // its country; only place names are set aside inside longer names.
    // A dateline: capitals opening a sentence, then a comma, a bracket, a dash or the story's
    // first word ("WASHINGTON (Reuters) -", "AUSTIN, Texas", "WASHINGTON Barack Obama ...").
    const dateline = i === 0 && tokens.slice(i, bestEnd).every((t) => t.text.length >= 2 && t.text === t.text.toUpperCase()) && text.replace(/\P{L}/gu, '').length >= 3 &&
      DATELINE_AFTER.test(sentence.text.slice(tokens[bestEnd - 1]!.end - sentence.start));
    // ("the Rio de Janeiro favela made famous by the 2002 film "City of God"": a work's title.)
    const workTitle = WORK_TITLE_BEFORE.exec(sentence.text.slice(0, token.start - sentence.start));
    const inName = workTitle ? `title of a work: "${workTitle[1]}${text}"` : titleCase || bestDemonym || dateline || capital ? null : longerName(gazetteer, tokens, i, bestEnd, knownPeople, cue !== null && tokens[bestEnd] !== undefined && cue.text.toLowerCase().startsWith(tokens[bestEnd]!.text.toLowerCase()));
    // An everyday word at the start of a sentence ("Police said") needs a cue to count as a place.
    const first = i === 0 || /[:"“]\s*$/.test(sentence.text.slice(0, token.start - sentence.start));
    const commonWord = loneWord && (first || titleCase) && gazetteer.isCommonWord(text) && !dateline;
    // "In August, ...", "on Sunday", "at Christmas": a month, weekday or holiday is a date
    // unless the words call it a place ("the town of March").
    // A short word in capitals in a sentence that is not ("BA", "MENA", "WE") is an acronym
    // unless it names a country, a region or a city known by it ("UK", "UAE", "UFA" in a
    // caps headline is the headline's own casing, so those sentences are left alone).
    const acronym =
      loneWord &&
      !dateline &&
      isAcronym(text) &&
      !isCapsSentence(tokens) &&
      !bestHits.some((h) => !ACRONYM_PLACE_KINDS.has(h.place.kind) || h.place.population >= ACRONYM_CITY_POPULATION);
    const calendar =
      loneWord &&
      (isCalendarName(text) ||
        HOLIDAYS.has(text.toLowerCase()) ||
        isAbbreviatedMonth(text, sentence.text.slice(0, token.start - sentence.start), sentence.text.slice(token.end - sentence.start)));
    // "the West", "fighting in the East": a direction alone is a part of the story's own world
    // or country, never the region that happens to be called so (Cameroon's West, East, South).
    const compass = loneWord && COMPASS_WORDS.has(text.toLowerCase());
    if (!commonWord && !calendar && !acronym && !compass) {
      out.push({
        start: token.start,
        end: tokens[bestEnd - 1]!.end,
        text,
        sentence,
        hits: bestHits,
        typeCue: cue?.cue ?? null,
        typeCueText: cue?.text ?? null,
        demonym: bestDemonym,
        inName,
        tokenIndex: i,
        tokenEnd: bestEnd,
        tokens,
        plainWords: bestEnd > i + 1 && tokens.slice(i, bestEnd).every((t) => CONNECTORS.has(t.text.toLowerCase()) || gazetteer.isEnglishWord(t.text)),
        everyday: bestEnd === i + 1 && gazetteer.isEnglishWord(text),
        offSide: offSide(gazetteer, bestHits, sentence.text.slice(0, token.start - sentence.start)),
        unitAbbreviation: abbreviation && bestEnd === i + 1,
      });
    }
    i = bestEnd;
  }
  rememberPeople(gazetteer, tokens, knownPeople);
  shareListCue(sentence, out);
  return out;
}

/** The text between two mentions of one sentence, `a` before `b`. */
export function textBetween(a: FoundMention, b: FoundMention): string {
  return unmarked(a.sentence.text.slice(a.end - a.sentence.start, b.start - a.sentence.start));
}

/** Markdown emphasis read as spaces, same length: "near **Deir Hafer**, east of Aleppo city" is
 * "near Deir Hafer, east of Aleppo city" to the patterns around a name. */
export function unmarked(text: string): string {
  return text.replace(/\*+|_{2,}/g, (m) => ' '.repeat(m.length));
}

/** The mention's sentence up to the mention. */
export function textBefore(m: FoundMention): string {
  return m.sentence.text.slice(0, m.start - m.sentence.start);
}

/** Whether the mention lies inside quoted words: "My friend says it is like Bakhmut now". */
export function insideQuote(m: FoundMention): boolean {
  return quoteOpenAfter(textBefore(m), m.sentence.quoteOpen);
}

/** The mention's sentence after the mention. */
export function textAfter(m: FoundMention): string {
  return m.sentence.text.slice(m.end - m.sentence.start);
}

/** Between two names of a list: ", ", " and ", ", or ". */
export const LIST_SEPARATOR = /^\s*(?:,|,?\s+and|,?\s+or)\s+(?:the\s+)?$/i;
// (Or a side word before the next name: "the Donetsk, South Donetsk and Zaporozhye directions".)
const LIST_OVER_NAMES = /^(?:\s*,\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}){0,4}\s*(?:,|,?\s+and|,?\s+or)\s+(?:the\s+)?(?:(?:North|South|East|West|Central|Northern|Southern|Eastern|Western)\s+)?$/u;
const PLURAL_KIND: Record<string, string> = {
  regions: 'admin1', oblasts: 'admin1', provinces: 'admin1', governorates: 'admin1', states: 'admin1',
  districts: 'admin2', townships: 'admin2', cities: 'city', towns: 'city', villages: 'city', settlements: 'city',
  // ("the Penha and Complexo do Alemão favelas": parts of a city.)
  favelas: 'neighbourhood', barrios: 'neighbourhood', neighbourhoods: 'neighbourhood', neighborhoods: 'neighbourhood', suburbs: 'neighbourhood',
  // A front's sectors, named after towns ("the Pokrovsk and Lyman directions"): areas, not the towns.
  directions: 'area', axes: 'area', sectors: 'area', fronts: 'area',
};

// "the southern city of", "the northeastern Ukrainian town of": the side of its country a place lies on.
const SIDE_OF_COUNTRY_BEFORE = /\bthe\s+((?:north|south)[-\s]?(?:east|west)|north|south|east|west)(?:ern)?\s+(?:[\p{Lu}][\p{L}-]*(?:an|ian|ese|i|ish|ic)\s+)?(?:port\s+)?(?:city|town|village|port|settlement)\s+of\s+$/iu;

/** The hits the words put on the wrong side of their country, when some hit of that country
 * lies on the side named (a side says which of the namesakes, not whether any is meant). */
function offSide(gazetteer: Gazetteer, hits: NameHit[], before: string): { side: string; places: number[] } | null {
  const side = SIDE_OF_COUNTRY_BEFORE.exec(before);
  const dir = side ? direction(side[1]!) : null;
  if (!dir) return null;
  const on = (h: NameHit) => {
    const country = gazetteer.countryOf(h.place);
    return country === null || onNamedSide({ whole: country, dir }, h.place);
  };
  const off: NameHit[] = [];
  const kept: NameHit[] = [];
  for (const h of hits) if (h.place.kind !== 'country') (on(h) ? kept : off).push(h);
  const places = kept.length ? off.filter((h) => kept.some((k) => k.place.countryCode === h.place.countryCode)).map((h) => h.place.index) : [];
  return places.length ? { side: dir, places } : null;
}

/** "the Zaporizhzhia, Dnipropetrovsk and Kirovohrad regions": the plural word after the last
 * name of a list says what every name in it is. */
function shareListCue(sentence: Sentence, mentions: FoundMention[]): void {
  for (let end = mentions.length - 1; end > 0; end--) {
    const last = mentions[end]!;
    const after = /^\s+(\w+)/.exec(sentence.text.slice(last.end - sentence.start))?.[1]?.toLowerCase() ?? '';
    const kind = PLURAL_KIND[after];
    if (!kind) continue;
    // (The last name as well, once it has a list before it: "in Zamfara and Katsina States".)
    for (let i = end - 1; i >= 0; i--) {
      const a = mentions[i]!;
      const b = mentions[i + 1]!;
      // (Names the gazetteer lacks may stand between: "the Kupyansk, Krasny Liman, Donetsk ...
      // directions".)
      if (!(LIST_SEPARATOR.test(textBetween(a, b)) || LIST_OVER_NAMES.test(textBetween(a, b))) || a.demonym) break;
      for (const named of i === end - 1 ? [a, b] : [a]) {
        if (named.typeCue) continue;
        named.typeCue = kind;
        named.typeCueText = after;
      }
    }
  }
  // (The list's last name may be one the gazetteer lacks: "the Penha and Complexo do Alemão
  // favelas".)
  for (const a of mentions) {
    if (a.typeCue || a.demonym) continue;
    const pair = /^\s+(?:and|or)\s+(?:(?:\p{Lu}[\p{L}'’-]*|do|da|de|dos|das|del|al|el)\s+){1,4}(\w+)\b/u.exec(sentence.text.slice(a.end - sentence.start));
    const kind = pair && PLURAL_KIND[pair[1]!.toLowerCase()];
    if (!kind) continue;
    a.typeCue = kind;
    a.typeCueText = pair![1]!;
  }
  // "over 10 regions, including Bryansk, Voronezh and Saratov": the plural word before the
  // list's first name.
  for (let start = 0; start < mentions.length; start++) {
    const before = PLURAL_BEFORE_LIST.exec(sentence.text.slice(0, mentions[start]!.start - sentence.start));
    const kind = before && PLURAL_KIND[before[1]!.toLowerCase()];
    // ("the villages of Viktorovka, Nikolayevka and Staraya Sorochina": the singular kind word
    // already reads each name; "the regions of Kharkiv, Dnipropetrovsk and Zaporizhzhia" needs
    // the plural.)
    const of = before !== null && /\sof\s+(?:the\s+)?$/i.test(before[0]);
    if (!kind || (kind === 'city' && of)) continue;
    // "several districts of Goma": the parts of one place, not places of that kind.
    const next = mentions[start + 1];
    if (of && !(next && LIST_SEPARATOR.test(textBetween(mentions[start]!, next)))) continue;
    for (let i = start; i < mentions.length; i++) {
      const a = mentions[i]!;
      if (i > start && !LIST_SEPARATOR.test(textBetween(mentions[i - 1]!, a))) break;
      if (a.demonym) break;
      if (!a.typeCue) {
        a.typeCue = kind;
        a.typeCueText = before[1]!;
      }
    }
  }
}
/** A body's word that, capitalised before "in", makes "... in X" its name. */
const ORG_IN_WORDS = /^(?:Resistance|State|Mission|Front|Movement|Coalition|Council|Committee|Authority|Alliance|Brigades|Emirate)$/;
/** Adjectives of peoples and faiths that no country's demonym covers, and that towns share. */
const PEOPLE_ADJECTIVES = new Set(['arab', 'kurdish', 'druze', 'sunni', 'shia', 'shiite', 'alawite', 'yazidi', 'christian', 'muslim', 'jewish', 'bedouin', 'tuareg', 'fulani', 'hausa', 'pashtun', 'baloch', 'tamil', 'rohingya']);
/** How an adjective of a people or a range ends ("Andean", "Ukrainian", "Kurdish"); not "Southern", which names courts and regions ("the Southern District of Ohio"). */
const ADJECTIVE_END = /(?:ean|ian|ese|ish)$/i;
/** Inside the quoted title of a film, book or song, up to the name. */
const WORK_TITLE_BEFORE = /\b(?:film|movie|book|novel|song|series|documentary|album|play|poem|show|TV\s+series)\s+["“]([^"”]*)$/i;
const PLURAL_BEFORE_LIST = /\b(regions|oblasts|provinces|governorates|states|districts|cities|towns|villages|settlements)\s*,?\s+(?:including|such\s+as|like|namely|notably|among\s+them|of)\s+(?:the\s+)?$/i;

/**
 * Why the matched words are part of a longer proper name, or null when they stand alone:
 * a given name before them ("Andrew Roth"), a known person's surname, or an organisation word
 * after them ("Kyiv Independent", "Black Sea Fleet", "White House").
 */
function longerName(
  gazetteer: Gazetteer,
  tokens: Token[],
  from: number,
  to: number,
  knownPeople: Set<string>,
  kindAfter: boolean,
): string | null {
  const prev = tokens[from - 1];
  // "the Islamic Resistance in Iraq", "the Islamic State in Iraq and the Levant", "the UN Mission
  // in South Sudan": a body's name that says where it works.
  const body = tokens[from - 2];
  const bodyQualifier = tokens[from - 3];
  if (prev?.text === 'in' && body && bodyQualifier && ORG_IN_WORDS.test(body.text) && isCapitalised(bodyQualifier.text) && adjacent(bodyQualifier, body) && adjacent(body, prev) && adjacent(prev, tokens[from]!)) {
    return `part of a longer name: ${bodyQualifier.text} ${body.text} in ${key(tokens, from, to)}`;
  }
  if (prev && isCapitalised(prev.text) && !prev.possessive && adjacent(prev, tokens[from]!)) {
    const lower = prev.text.toLowerCase();
    // ("North" and "Lower" are given names too, but "North London" is London's north.)
    if (!MODIFIERS.has(lower) && (gazetteer.isGivenName(prev.text) || TITLES.has(lower))) return `person: ${prev.text} ${tokens[from]!.text}`;
    const sentenceStart = from - 1 === 0 && gazetteer.isEnglishWord(prev.text) && !gazetteer.lookup(prev.text).length;
    // (A function word starts a clause only after a stop or a comma: capitalised mid-clause, it
    // is part of a name, "bombed Let Yet San village".)
    const before = tokens[from - 2];
    const midClause = before !== undefined && adjacent(before, prev);
    if (!MODIFIERS.has(lower) && (!SENTENCE_WORDS.has(lower) || midClause) && !sentenceStart) {
      return `part of a longer name: ${prev.text} ${key(tokens, from, to)}`;
    }
    // "the South Gonder zone", "the North Shewa zone": a capitalised compass word before a name
    // with a unit's word after it is the unit's own name, one the gazetteer knows by another
    // spelling or not at all, and no side of the town it is named after (Gondar).
    const unitWord = tokens[to];
    if (COMPASS.test(prev.text) && unitWord && adjacent(tokens[to - 1]!, unitWord) && SIDE_NAMED_UNIT.test(unitWord.text)) {
      return `part of a longer name: ${prev.text} ${key(tokens, from, to)} ${unitWord.text}`;
    }
  }
  // (Not after a settlement's word: "Ashrafiyat Sahnaya", taken for a person's name, does not
  // make "the town of Sahnaya" one.)
  const settled = tokens[from - 1]?.text.toLowerCase() === 'of' && SETTLEMENT_WORD.test(tokens[from - 2]?.text ?? '');
  if (to - from === 1 && knownPeople.has(tokens[from]!.text) && !settled) return `person: ${tokens[from]!.text}`;
  // The words right after the name, where most longer names show.
  const last = tokens[to - 1]!;
  const next = tokens[to];
  const afterNext = tokens[to + 1];
  // "across the Dnipro river", "the Dnipro River": a river or a lake named after a city (or
  // the other way round) is not the city, and spans hundreds of kilometres.
  if (next && adjacent(last, next) && NATURAL_FEATURE.has(next.text.toLowerCase())) {
    return `a ${next.text.toLowerCase()}: ${key(tokens, from, to)} ${next.text}`;
  }
  // "Bab al-Tabbaneh", "Ras al-Ain", "Rio de Janeiro": an Arabic or Romance article after the
  // name, joined on to a further word, makes a longer name the gazetteer does not know.
  if (
    next && afterNext && NAME_ARTICLES.has(next.text) && adjacent(last, next) &&
    (next.hyphenNext || (SPACED_ARTICLES.has(next.text) && isCapitalised(afterNext.text) && adjacent(next, afterNext)))
  ) {
    return `part of a longer name: ${key(tokens, from, to)} ${next.text} ${afterNext.text}`;
  }
  // "Kupiansk-Vuzlovyi" is not Kupiansk, nor "Slavyansk-na-Kubani" Slavyansk: a name joined by
  // a hyphen to a capitalised word, or to a word joined on to another ("-au-Prince"), is the
  // start of a longer name the gazetteer does not know ("Kyiv-based" is not: a lower-case
  // suffix qualifies the name).
  if (last.hyphenNext && next && (isCapitalised(next.text) || (next.hyphenNext && afterNext !== undefined)) && !gazetteer.demonym(next.text)) {
    return `part of a longer name: ${key(tokens, from, to)}-${next.text}`;
  }
  // "the forested hillside of the Serra da Misericórdia", "Complexo do Alemão": a name joined to
  // a capitalised word before it by "da", "do", "de" is the end of a longer name the gazetteer
  // does not know (one it knows, "Rio de Janeiro", is found whole first).
  const joiner = tokens[from - 2];
  if (prev && joiner && /^(?:da|do|das|dos|de|del|della|di|du)$/.test(prev.text) && isCapitalised(joiner.text) && adjacent(joiner, prev) && adjacent(prev, tokens[from]!)) {
    return `part of a longer name: ${joiner.text} ${prev.text} ${key(tokens, from, to)}`;
  }
  // "seized by the Azov battalion": a unit named after a place, in lower case too.
  if (next && adjacent(last, next) && /^(?:battalion|regiment)s?$/.test(next.text)) return `organisation: ${key(tokens, from, to)} ${next.text}`;
  // (Not the word that says what kind of place it is: "Kharkiv Oblast". A kind said before
  // the name does not end it: "the village of Sokolyi Khutir" is not Sokoły, Poland.)
  if (next && isCapitalised(next.text) && adjacent(last, next) && !kindAfter) {
    const lower = next.text.toLowerCase();
    if (ORG_AFTER.has(lower)) return `organisation: ${key(tokens, from, to)} ${next.text}`;
    // Two adjacent capitalised words, no comma between: one name ("Ria Pizza", "Kirby Smith"),
    // unless the second says what kind of place the first is.
    if (!KIND_AFTER[lower] && !gazetteer.demonym(next.text) && !SENTENCE_WORDS.has(lower)) {
      return `part of a longer name: ${key(tokens, from, to)} ${next.text}`;
    }
  }
  return null;
}

function adjacent(a: Token, b: Token): boolean {
  return b.start - a.end <= 1 && !a.possessive;
}

// Titles before a surname: "President Obama", "Gen. Syrskyi".
const TITLES = new Set([
  'president', 'minister', 'mr', 'mrs', 'ms', 'dr', 'sen', 'senator', 'rep', 'gov', 'governor', 'mayor',
  'king', 'queen', 'prince', 'princess', 'pope', 'general', 'gen', 'col', 'colonel', 'lt', 'captain', 'capt',
  'sheikh', 'ayatollah', 'chancellor', 'premier', 'judge', 'justice', 'commander', 'spokesman', 'spokeswoman',
  'secretary', 'ambassador', 'envoy', 'chief', 'lord', 'sir', 'dame', 'professor', 'prof', 'father', 'rabbi', 'imam',
]);

/** "John Kirby", "President Obama": remember the surname for the rest of the report. */
function rememberPeople(gazetteer: Gazetteer, tokens: Token[], knownPeople: Set<string>): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1]!;
    if (!isCapitalised(a.text) || !isCapitalised(b.text) || !adjacent(a, b)) continue;
    if (gazetteer.isGivenName(a.text)) {
      // "John Kirby" and "Kirby"; "Volodymyr Zelensky" (a given name followed by a surname).
      const c = tokens[i + 2];
      knownPeople.add(c && isCapitalised(c.text) && adjacent(b, c) && !gazetteer.lookup(c.text).length ? c.text : b.text);
    } else if (TITLES.has(a.text.toLowerCase())) {
      knownPeople.add(b.text);
    } else if (i === 0 || !isCapitalised(tokens[i - 1]!.text) || !adjacent(tokens[i - 1]!, a) || isDatelineWord(tokens[i - 1]!.text, a.text)) {
      // A run of two or three capitalised words that is no place and starts with no place, no
      // demonym and no everyday word is a person's name ("Mevlut Mert Altintas").
      let end = i + 2;
      while (end < tokens.length && end < i + 3 && isCapitalised(tokens[end]!.text) && adjacent(tokens[end - 1]!, tokens[end]!)) end++;
      if (end < tokens.length && isCapitalised(tokens[end]!.text) && adjacent(tokens[end - 1]!, tokens[end]!)) continue;
      const run = tokens.slice(i, end).map((t) => t.text).join(' ');
      if (gazetteer.lookup(run).length || gazetteer.lookup(a.text).length || gazetteer.demonym(a.text) || gazetteer.isEnglishWord(a.text)) continue;
      if (SENTENCE_WORDS.has(a.text.toLowerCase()) || MODIFIERS.has(a.text.toLowerCase())) continue;
      // (Nor one that starts with an acronym: "CBC Toronto" is a broadcaster's city desk.)
      if (/^\p{Lu}{2,}$/u.test(a.text)) continue;
      knownPeople.add(tokens[end - 1]!.text);
    }
  }
}
