// The gazetteer as the pipeline sees it: name keys in, candidate places out. Built from the
// columnar index (gazetteer-format.ts): the columns are decoded once into typed arrays, keys are
// found by binary search in the sorted key list, and Place objects are made only for the
// candidates a report asks about.

import {
  FEATURE_KINDS,
  GAZETTEER_FORMAT,
  REF_ALTERNATE,
  decodeCoordinates,
  decodeKeys,
  decodeRefs,
  deltaDecode,
  titleCase,
  unpackInts,
  type DecodedKeys,
  type DecodedRefs,
  type GazetteerData,
} from './gazetteer-format.ts';
import { looseKey, nameKey } from './normalize.ts';
import type { AreaPart, Place } from './types.ts';

const MEMO_LIMIT = 50_000;

export interface NameHit {
  place: Place;
  /** The key came from an alternate name, not the place's own. */
  alternate: boolean;
  /** Found only through the loose (variant spelling) key. */
  loose: boolean;
}

/** Sorted "key\tvalue" lines, searched in place (the small demonym table). */
class SortedLines {
  private readonly starts: Int32Array;
  constructor(private readonly text: string) {
    let count = text.length ? 1 : 0;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
    this.starts = new Int32Array(count);
    let n = 0;
    if (text.length) this.starts[n++] = 0;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts[n++] = i + 1;
  }

  /** Compares line i's key with `key` in place, without slicing. */
  private compareAt(i: number, key: string): number {
    const text = this.text;
    let p = this.starts[i]!;
    for (let j = 0; j < key.length; j++, p++) {
      const c = text.charCodeAt(p);
      if (c === 9) return -1; // the line's key ended first: it sorts before
      const d = c - key.charCodeAt(j);
      if (d !== 0) return d;
    }
    return text.charCodeAt(p) === 9 ? 0 : 1;
  }

  get(key: string): string | undefined {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = this.compareAt(mid, key);
      if (c === 0) {
        const start = this.starts[mid]! + key.length + 1;
        const end = this.text.indexOf('\n', start);
        return this.text.slice(start, end === -1 ? undefined : end);
      }
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  /** Some key starts with `prefix`. */
  hasPrefixed(prefix: string): boolean {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.compareAt(mid, prefix) < 0) lo = mid + 1;
      else hi = mid;
    }
    if (lo >= this.starts.length) return false;
    return this.text.startsWith(prefix, this.starts[lo]!);
  }
}

/** The sorted name keys ("\n"-joined), searched in place: key number in, key number out. */
class SortedKeys {
  readonly text: string;
  private readonly starts: Int32Array;
  readonly count: number;

  constructor(keys: DecodedKeys) {
    this.text = keys.text;
    this.starts = keys.starts;
    this.count = keys.starts.length - 1;
  }

  keyAt(i: number): string {
    return this.text.slice(this.starts[i]!, this.starts[i + 1]! - 1);
  }

  /** Compares key i with `key` in place, without slicing (the search's hot loop). */
  private compareAt(i: number, key: string): number {
    const text = this.text;
    let p = this.starts[i]!;
    const end = this.starts[i + 1]! - 1;
    for (let j = 0; j < key.length; j++, p++) {
      if (p === end) return -1; // key i ended first: it sorts before
      const d = text.charCodeAt(p) - key.charCodeAt(j);
      if (d !== 0) return d;
    }
    return p === end ? 0 : 1;
  }

  /** The number of `key`, or -1. */
  find(key: string): number {
    let lo = 0;
    let hi = this.count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = this.compareAt(mid, key);
      if (c === 0) return mid;
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** The first key not sorting before `prefix`. */
  lowerBound(prefix: string): number {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.compareAt(mid, prefix) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  startsWith(i: number, prefix: string): boolean {
    return i < this.count && this.starts[i + 1]! - 1 - this.starts[i]! >= prefix.length && this.text.startsWith(prefix, this.starts[i]!);
  }
}

interface PlaceColumns {
  geonamesId: Int32Array;
  name: readonly string[];
  kind: Uint8Array;
  featureCode: Int32Array;
  country: Int32Array;
  admin1: Int32Array;
  admin2: Int32Array;
  lat: Float64Array;
  lon: Float64Array;
  population: Int32Array;
  /** As parsed, not a typed array: a place whose source has no area (Svalbard) has null here,
   * and a typed array would turn that into 0. */
  radiusKm: ReadonlyArray<number | null>;
}

function decodePlaces(data: GazetteerData): PlaceColumns {
  const p = data.places;
  const n = p.name.length;
  const admin1 = unpackInts(p.admin1, false, n);
  for (let i = 0; i < admin1.length; i++) admin1[i] = admin1[i]! - 1; // stored +1: none is -1
  const admin2 = deltaDecode(unpackInts(p.admin2, true, n));
  const country = unpackInts(p.country, false, n);
  const groups = {
    admin2,
    admin1,
    country,
    admin2Count: data.admin2Names.length,
    admin1Count: data.admin1Codes.length,
    countryCount: data.countryCodes.length,
  };
  return {
    geonamesId: deltaDecode(unpackInts(p.geonamesId, true, n)),
    name: p.name,
    kind: Uint8Array.from(unpackInts(p.kind, false, n)),
    featureCode: unpackInts(p.featureCode, false, n),
    country,
    admin1,
    admin2,
    lat: decodeCoordinates(unpackInts(p.lat, true, n), groups),
    lon: decodeCoordinates(unpackInts(p.lon, true, n), groups),
    population: unpackInts(p.population, false, n),
    radiusKm: p.radiusKm,
  };
}

/** An index built by another version of the builder: rebuilt, not misread. */
export class GazetteerFormatError extends Error {
  constructor(found: unknown) {
    super(`gazetteer format ${String(found)} is not ${GAZETTEER_FORMAT}: rebuild it (npm run build:gazetteer)`);
    this.name = 'GazetteerFormatError';
  }
}

export class Gazetteer {
  readonly attribution: readonly string[];
  private readonly keys: SortedKeys;
  private readonly refs: DecodedRefs;
  private readonly places: PlaceColumns;
  /** Key numbers sorted by their loose key (see GazetteerData.loose). */
  private readonly looseOrder: Int32Array;
  /** looseKey of looseOrder[i], computed when a search first passes there: computing all of
   * them at load would cost more than half a second. */
  private readonly looseKeys: Array<string | undefined>;
  private readonly demonyms: SortedLines;
  private readonly cache = new Map<number, Place>();
  // Reports repeat their names: lookups are memoised (bounded, so a long run cannot grow them).
  private readonly lookups = new Map<string, NameHit[]>();
  private readonly keyMemo = new Map<string, string>();
  private readonly longer = new Map<string, boolean>();
  private readonly commonWords: ReadonlySet<string>;
  private readonly givenNames: ReadonlySet<string>;
  private readonly englishWords: ReadonlySet<string>;

  constructor(private readonly data: GazetteerData) {
    if (data.format !== GAZETTEER_FORMAT) throw new GazetteerFormatError(data.format);
    this.attribution = data.attribution;
    this.keys = new SortedKeys(decodeKeys(data.keys));
    this.places = decodePlaces(data);
    this.refs = decodeRefs(data.refCounts, data.refs, this.places.name.length);
    if (this.refs.starts.length !== this.keys.count + 1) throw new Error('gazetteer: keys and refs do not match');
    this.looseOrder = deltaDecode(unpackInts(data.loose, true));
    this.looseKeys = new Array<string | undefined>(this.looseOrder.length);
    this.demonyms = new SortedLines(data.demonyms);
    this.commonWords = new Set(data.commonWords.split('\n'));
    this.givenNames = new Set(data.givenNames.split('\n'));
    this.englishWords = new Set(data.englishWords.split('\n'));
  }

  /** One of the 10,000 most frequent English words ("Fears", "Rescuers"). */
  isEnglishWord(word: string): boolean {
    return this.englishWords.has(this.keyOf(word));
  }

  /** The name is also an everyday English word ("Police", "Split"). */
  isCommonWord(name: string): boolean {
    return this.commonWords.has(this.keyOf(name));
  }

  /** The word is a common given name ("Andrew" in "Andrew Roth"). */
  isGivenName(word: string): boolean {
    return this.givenNames.has(this.keyOf(word));
  }

  get size(): number {
    return this.places.name.length;
  }

  place(index: number): Place {
    let place = this.cache.get(index);
    if (place) return place;
    const p = this.places;
    const a1 = p.admin1[index]!;
    const a2 = p.admin2[index]!;
    const geonamesId = p.geonamesId[index]!;
    const stored = p.name[index]!;
    const own = this.refs.nameKey[index]!;
    place = Object.freeze({
      index,
      geonamesId: geonamesId > 0 ? geonamesId : null,
      name: stored === '' && own >= 0 ? titleCase(this.keys.keyAt(own)) : stored,
      kind: FEATURE_KINDS[p.kind[index]!]!,
      featureCode: this.data.featureCodes[p.featureCode[index]!]!,
      countryCode: this.data.countryCodes[p.country[index]!]!,
      admin1: a1 >= 0 ? this.data.admin1Names[a1]! : null,
      admin1Code: a1 >= 0 ? this.data.admin1Codes[a1]! : null,
      admin2: a2 >= 0 ? this.data.admin2Names[a2]! : null,
      lat: p.lat[index]!,
      lon: p.lon[index]!,
      population: p.population[index]!,
      radiusKm: p.radiusKm[index]!,
      ...this.partsOf(index),
    });
    this.cache.set(index, place);
    return place;
  }

  private partsOf(index: number): { parts: Record<string, AreaPart> } | null {
    const stored = this.data.areaParts?.[String(index)];
    if (!stored) return null;
    const parts: Record<string, AreaPart> = {};
    for (const [dir, [lat, lon, radiusKm]] of Object.entries(stored)) parts[dir] = Object.freeze({ lat, lon, radiusKm });
    return { parts: Object.freeze(parts) };
  }

  private admin1Index: Map<number, number> | null = null;
  private capitalIndex: Map<number, number> | null = null;

  /** The country's capital (GeoNames' PPLC), found for "the Somali capital". The index is
   * built on first use. */
  capitalOf(country: Place): Place | null {
    if (country.kind !== 'country' || country.index < 0 || country.index >= this.size) return null;
    const p = this.places;
    if (!this.capitalIndex) {
      this.capitalIndex = new Map();
      const pplc = this.data.featureCodes.indexOf('PPLC');
      for (let i = 0; i < this.size; i++) {
        // One per country; where GeoNames has two, the larger.
        if (p.featureCode[i] !== pplc) continue;
        const had = this.capitalIndex.get(p.country[i]!);
        if (had === undefined || this.place(had).population < this.place(i).population) this.capitalIndex.set(p.country[i]!, i);
      }
    }
    const at = this.capitalIndex.get(p.country[country.index]!);
    return at === undefined ? null : this.place(at);
  }

  /** The admin-1 unit a place lies in ("the Hodeidah province" when only the city has that
   * name), or null. The index is built on first use. */
  admin1Of(place: Place): Place | null {
    const p = this.places;
    if (place.index < 0 || place.index >= this.size || p.admin1[place.index]! < 0) return null;
    if (!this.admin1Index) {
      this.admin1Index = new Map();
      const admin1Kind = FEATURE_KINDS.indexOf('admin1');
      for (let i = 0; i < this.size; i++) {
        if (p.kind[i] === admin1Kind && p.admin1[i]! >= 0) this.admin1Index.set(p.country[i]! * 100_000 + p.admin1[i]!, i);
      }
    }
    const at = this.admin1Index.get(p.country[place.index]! * 100_000 + p.admin1[place.index]!);
    return at === undefined || at === place.index ? null : this.place(at);
  }

  private countryIndex: Map<number, number> | null = null;

  /** The country a place lies in, as a place, or null. The index is built on first use. */
  countryOf(place: Place): Place | null {
    const p = this.places;
    if (place.index < 0 || place.index >= this.size) return null;
    if (!this.countryIndex) {
      this.countryIndex = new Map();
      const countryKind = FEATURE_KINDS.indexOf('country');
      for (let i = 0; i < this.size; i++) if (p.kind[i] === countryKind && !this.countryIndex.has(p.country[i]!)) this.countryIndex.set(p.country[i]!, i);
    }
    const at = this.countryIndex.get(p.country[place.index]!);
    return at === undefined ? null : this.place(at);
  }

  private hits(key: number, loose: boolean, out: NameHit[], seen: Set<number>): void {
    if (key < 0) return;
    const { starts, places, kinds } = this.refs;
    for (let r = starts[key]!, end = starts[key + 1]!; r < end; r++) {
      const index = places[r]!;
      if (seen.has(index)) continue;
      seen.add(index);
      out.push({ place: this.place(index), alternate: kinds[r] === REF_ALTERNATE, loose });
    }
  }

  private looseKeyAt(i: number): string {
    let key = this.looseKeys[i];
    if (key === undefined) key = this.looseKeys[i] = looseKey(this.keys.keyAt(this.looseOrder[i]!));
    return key;
  }

  /** The first position in loose-key order whose loose key is not below `loose`. */
  private looseLowerBound(loose: string): number {
    let lo = 0;
    let hi = this.looseOrder.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.looseKeyAt(mid) < loose) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Places whose name has this key, then those whose name is a variant spelling of it (loose):
   * an exact match with a village must not hide the city the outlet meant in another spelling. */
  lookupKey(key: string): NameHit[] {
    const out: NameHit[] = [];
    const seen = new Set<number>();
    this.hits(this.keys.find(key), false, out, seen);
    const loose = looseKey(key);
    for (let i = this.looseLowerBound(loose); i < this.looseOrder.length && this.looseKeyAt(i) === loose; i++) this.hits(this.looseOrder[i]!, true, out, seen);
    // A spelling whose loose form equals a key's own (no fold needed) is listed under the key.
    this.hits(this.keys.find(loose), true, out, seen);
    return out;
  }

  /** A variant spelling of a longer name starts with these words ("Kryvyi" of "Kryvyy Rih"):
   * loose keys have no spaces, so this only says some longer loose key has this beginning. */
  private hasLongerLoose(key: string): boolean {
    const loose = looseKey(key);
    if (loose.length < 4) return false; // too short to say anything but "many names start so"
    const lo = this.looseLowerBound(loose);
    for (let i = lo; i < this.looseOrder.length && i < lo + 50; i++) {
      const k = this.looseKeyAt(i);
      if (!k.startsWith(loose)) return false;
      if (k.length > loose.length) return true;
    }
    return false;
  }

  /** nameKey, memoised. */
  keyOf(name: string): string {
    let key = this.keyMemo.get(name);
    if (key === undefined) {
      if (this.keyMemo.size > MEMO_LIMIT) this.keyMemo.clear();
      key = nameKey(name);
      this.keyMemo.set(name, key);
    }
    return key;
  }

  lookup(name: string): NameHit[] {
    const key = this.keyOf(name);
    let hits = this.lookups.get(key);
    if (!hits) {
      if (this.lookups.size > MEMO_LIMIT) this.lookups.clear();
      hits = this.lookupKey(key);
      this.lookups.set(key, hits);
    }
    return hits;
  }

  /** True when some name starts with these words: longest-match needs to go on. */
  hasLongerName(name: string): boolean {
    const key = this.keyOf(name);
    let found = this.longer.get(key);
    if (found === undefined) {
      if (this.longer.size > MEMO_LIMIT) this.longer.clear();
      const prefix = key + ' ';
      found = this.keys.startsWith(this.keys.lowerBound(prefix), prefix) || this.demonyms.hasPrefixed(prefix) || this.hasLongerLoose(key);
      this.longer.set(key, found);
    }
    return found;
  }

  /** The country a demonym or adjective names ("North Korean" -> North Korea), if any. */
  demonym(name: string): Place | null {
    const ref = this.demonyms.get(this.keyOf(name));
    return ref === undefined ? null : this.place(Number(ref));
  }

  /** Prefix search for a search box: best-known places first. */
  search(text: string, limit = 10): Place[] {
    const key = nameKey(text);
    if (key.length < 2) return [];
    const seen = new Set<number>();
    const places: Place[] = [];
    const { starts, places: refPlaces } = this.refs;
    // The first 200 keys with this prefix, as the index has always been searched.
    for (let k = this.keys.lowerBound(key), n = 0; n < 200 && this.keys.startsWith(k, key); k++, n++) {
      for (let r = starts[k]!, end = starts[k + 1]!; r < end; r++) {
        const index = refPlaces[r]!;
        if (seen.has(index)) continue;
        seen.add(index);
        places.push(this.place(index));
      }
    }
    // A place named exactly what was typed first ("Bucha" before "Buchanskyi Raion"), then
    // countries and regions, then the biggest.
    const exact = (p: Place) => (this.keyOf(p.name) === key ? 0 : 1);
    return places
      .sort((a, b) => exact(a) - exact(b) || kindRank(a) - kindRank(b) || b.population - a.population)
      .slice(0, limit);
  }
}

function kindRank(place: Place): number {
  return place.kind === 'country' ? 0 : place.kind === 'admin1' || place.kind === 'sea' ? 1 : 2;
}
