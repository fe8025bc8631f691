// The gazetteer as the pipeline sees it: name keys in, candidate places out. Built from the
// columnar index (gazetteer-format.ts) without copying it: keys are found by binary search in the
// sorted key list, and Place objects are made only for the candidates a report asks about.

import { FEATURE_KINDS, GAZETTEER_FORMAT, type GazetteerData } from './gazetteer-format.ts';
import { looseKey, nameKey } from './normalize.ts';
import type { Place } from './types.ts';

const MEMO_LIMIT = 50_000;

export interface NameHit {
  place: Place;
  /** The key came from an alternate name, not the place's own. */
  alternate: boolean;
  /** Found only through the loose (variant spelling) key. */
  loose: boolean;
}

/** Sorted "key\tvalue" lines, searched in place. */
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

  private keyAt(i: number): string {
    const start = this.starts[i]!;
    return this.text.slice(start, this.text.indexOf('\t', start));
  }

  /** Compares line i's key with `key` in place, without slicing (the search's hot loop). */
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

  /** Keys starting with `prefix`, in order, at most `limit`. */
  prefixed(prefix: string, limit: number): Array<[string, string]> {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.compareAt(mid, prefix) < 0) lo = mid + 1;
      else hi = mid;
    }
    const out: Array<[string, string]> = [];
    for (let i = lo; i < this.starts.length && out.length < limit; i++) {
      const k = this.keyAt(i);
      if (!k.startsWith(prefix)) break;
      const start = this.starts[i]! + k.length + 1;
      const end = this.text.indexOf('\n', start);
      out.push([k, this.text.slice(start, end === -1 ? undefined : end)]);
    }
    return out;
  }
}

export class Gazetteer {
  readonly attribution: readonly string[];
  private readonly names: SortedLines;
  private readonly loose: SortedLines;
  private readonly demonyms: SortedLines;
  private readonly cache = new Map<number, Place>();
  // Reports repeat their names: lookups are memoised (bounded, so a long run cannot grow them).
  private readonly lookups = new Map<string, NameHit[]>();
  private readonly keys = new Map<string, string>();
  private readonly longer = new Map<string, boolean>();
  private readonly commonWords: ReadonlySet<string>;
  private readonly givenNames: ReadonlySet<string>;
  private readonly englishWords: ReadonlySet<string>;

  constructor(private readonly data: GazetteerData) {
    if (data.format !== GAZETTEER_FORMAT) {
      throw new Error(`gazetteer format ${String(data.format)} is not ${GAZETTEER_FORMAT}: rebuild it (npm run build:gazetteer)`);
    }
    this.attribution = data.attribution;
    this.names = new SortedLines(data.names);
    this.loose = new SortedLines(data.loose);
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
    return this.data.places.name.length;
  }

  place(index: number): Place {
    let place = this.cache.get(index);
    if (place) return place;
    const p = this.data.places;
    const a1 = p.admin1[index]!;
    const a2 = p.admin2[index]!;
    const geonamesId = p.geonamesId[index]!;
    place = Object.freeze({
      index,
      geonamesId: geonamesId > 0 ? geonamesId : null,
      name: p.name[index]!,
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
    });
    this.cache.set(index, place);
    return place;
  }

  private hits(refs: string | undefined, loose: boolean, out: NameHit[], seen: Set<number>): void {
    if (!refs) return;
    for (const ref of refs.split(',')) {
      const alternate = ref.startsWith('~');
      const index = Number(alternate ? ref.slice(1) : ref);
      if (seen.has(index)) continue;
      seen.add(index);
      out.push({ place: this.place(index), alternate, loose });
    }
  }

  /** Places whose name has this key, then those whose name is a variant spelling of it (loose):
   * an exact match with a village must not hide the city the outlet meant in another spelling. */
  lookupKey(key: string): NameHit[] {
    const out: NameHit[] = [];
    const seen = new Set<number>();
    this.hits(this.names.get(key), false, out, seen);
    const strictKeys = this.loose.get(looseKey(key));
    if (strictKeys) for (const k of strictKeys.split('|')) this.hits(this.names.get(k), true, out, seen);
    // A spelling whose loose form equals a key's own (no fold needed) is listed under the key.
    const direct = this.names.get(looseKey(key));
    if (direct) this.hits(direct, true, out, seen);
    return out;
  }

  /** nameKey, memoised. */
  keyOf(name: string): string {
    let key = this.keys.get(name);
    if (key === undefined) {
      if (this.keys.size > MEMO_LIMIT) this.keys.clear();
      key = nameKey(name);
      this.keys.set(name, key);
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
      found = this.names.prefixed(key + ' ', 1).length > 0 || this.demonyms.prefixed(key + ' ', 1).length > 0;
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
    for (const [, refs] of this.names.prefixed(key, 200)) {
      for (const ref of refs.split(',')) {
        const index = Number(ref.replace('~', ''));
        if (seen.has(index)) continue;
        seen.add(index);
        places.push(this.place(index));
      }
    }
    return places
      .sort((a, b) => kindRank(a) - kindRank(b) || b.population - a.population)
      .slice(0, limit);
  }
}

function kindRank(place: Place): number {
  return place.kind === 'country' ? 0 : place.kind === 'admin1' || place.kind === 'sea' ? 1 : 2;
}
