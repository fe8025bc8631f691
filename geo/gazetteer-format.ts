// The compact gazetteer index as written by scripts/build-gazetteer.ts and read by gazetteer.ts.
// Columnar arrays (one entry per place, same index everywhere) because a few large arrays parse
// and load far faster than 200,000 small objects, in Node and in a browser alike.
//
// Format 2 is shaped for the browser's download (gzip) and for a fast load: integer columns are
// packed into strings (`packInts`: deltas where neighbours are alike, a few characters a number),
// which JSON.parse takes as one value each and the reader unpacks straight into typed arrays,
// with no array of a million JS numbers in between; nothing the lookup can derive cheaply is
// stored twice. Encoders and decoders live together here so the build and every reader (Node,
// browser) share one definition.

import type { FeatureKind } from './types.ts';

export const GAZETTEER_FORMAT = 2;

export const FEATURE_KINDS: readonly FeatureKind[] = [
  'country',
  'admin1',
  'admin2',
  'city',
  'neighbourhood',
  'sea',
  'peninsula',
  'region',
];

/** The feature code of a first-level unit no populated place is filed under: Natural Earth's
 * unit where it is a level below GeoNames' (Burkina Faso's provinces under GeoNames' regions,
 * France's departments). It holds the places around it (`contains`), not those of its code. */
export const UNFILED_ADMIN1 = 'ADMD';

/** Coordinates are stored in units of 1e-4 degree (about 10 m): the precision of the sources. */
export const COORDINATE_SCALE = 1e4;

/** How a place reaches a key. The place's own name comes first so its name can be rebuilt from
 * the key (see `titleCase`); the lookup only distinguishes alternate from not. */
export const REF_OWN_NAME = 0;
export const REF_PRIMARY = 1;
export const REF_ALTERNATE = 2;
const REF_KINDS = 3;

/** A column of integers packed by `packInts`. */
export type PackedInts = string;

export interface GazetteerData {
  format: typeof GAZETTEER_FORMAT;
  attribution: string[];
  /** Lookup tables the place columns index into. */
  featureCodes: string[];
  countryCodes: string[];
  admin1Codes: string[];
  admin1Names: string[];
  admin2Names: string[];
  places: {
    /** Signed, difference from the previous place's id (0 where the data has none, before
     * differencing): the places come in GeoNames id order within each source, so steps are small. */
    geonamesId: PackedInts;
    /** '' where the name is `titleCase` of its own key (most names): the key is in `keys`. */
    name: string[];
    kind: PackedInts; // index into FEATURE_KINDS
    featureCode: PackedInts; // index into featureCodes
    country: PackedInts; // index into countryCodes
    admin1: PackedInts; // index into admin1Codes + 1, 0 for none
    /** Signed: index into admin2Names (-1 for none), as a difference from the previous place's:
     * names are interned in order of first use, so neighbours share or follow each other. */
    admin2: PackedInts;
    /** Signed, 1e-4 degrees, as a difference from the previous place of the same admin-2 name
     * (else admin-1, else country): places of one district are close to each other. */
    lat: PackedInts;
    lon: PackedInts;
    population: PackedInts;
    /** Plain numbers: tenths of a km, and null where a source has no area (Svalbard). */
    radiusKm: Array<number | null>;
  };
  /** Named parts of shore-drawn areas, by place index and compass direction: [lat, lon, radius
   * km]. Absent in an index built before there were any. */
  areaParts?: Record<string, Record<string, [number, number, number]>>;
  /** The name keys (`nameKey`s), sorted, front-coded: each line is one character giving the
   * length of the prefix shared with the previous key (as `PREFIX_BASE + length`), then the rest. */
  keys: string;
  /** How many refs each key has, in key order. */
  refCounts: PackedInts;
  /** Each key's places in increasing index order (the lookup's order), as
   * `(index - previous index of the key, or 0 for the first) * 3 + REF_* kind`. */
  refs: PackedInts;
  /** Signed. The loose index: the key numbers whose `looseKey` differs from the key without
   * spaces, sorted by (looseKey, key number), as differences from the previous entry. The loose
   * keys themselves are computed by the lookup where it needs them, not shipped. */
  loose: PackedInts;
  /** Demonyms and adjectives: "key\tcountryPlaceIndex\n". */
  demonyms: string;
  /** Place-name keys that are also everyday English words ("police", "nice", "split"), sorted,
   * one per line: at a sentence start such a word needs a cue before it counts as a place. */
  commonWords: string;
  /** The 10,000 most frequent English words (keys), one per line: a capitalised one at a
   * sentence start is just a sentence start, not the first word of a name. */
  englishWords: string;
  /** Common given names (keys), sorted, one per line: "Andrew Roth" is a person, not Roth. */
  givenNames: string;
}

// packInts: each number in base 45, most significant digit first; the last digit is drawn from
// one set of characters and the others from a second set, so numbers need no separator. Both
// sets are printable ASCII without '"' and '\\', which JSON would escape. Measured on this data:
// half the raw size of JSON number arrays and 7% smaller gzipped.
const PACK_BASE = 45;
const PACK_ALPHABET = Array.from({ length: 0x7f - 0x23 }, (_, i) => String.fromCharCode(0x23 + i)).filter((c) => c !== '\\');
const PACK_LAST = PACK_ALPHABET.slice(0, PACK_BASE);
const PACK_MORE = PACK_ALPHABET.slice(PACK_BASE, 2 * PACK_BASE);
/** Character code -> digit (last digit) or -1 - digit (other digits); unused codes never occur. */
const PACK_DIGIT = new Int8Array(128);
PACK_LAST.forEach((c, d) => (PACK_DIGIT[c.charCodeAt(0)] = d));
PACK_MORE.forEach((c, d) => (PACK_DIGIT[c.charCodeAt(0)] = -1 - d));

/** Integers (int32) -> packed text. `signed` zigzags them (0, -1, 1, -2 -> 0, 1, 2, 3) first. */
export function packInts(values: ArrayLike<number>, signed: boolean): PackedInts {
  const parts: string[] = [];
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    if (!Number.isInteger(x) || x !== (x | 0) || (!signed && x < 0)) throw new Error(`packInts: ${x} is not a${signed ? '' : 'n unsigned'} 32-bit integer`);
    let v = signed ? (x < 0 ? -2 * x - 1 : 2 * x) : x;
    let digits = PACK_LAST[v % PACK_BASE]!;
    for (v = Math.floor(v / PACK_BASE); v > 0; v = Math.floor(v / PACK_BASE)) digits = PACK_MORE[v % PACK_BASE]! + digits;
    parts.push(digits);
  }
  return parts.join('');
}

/** Packed text -> the integers. `count`, when the caller knows it (one per place), saves a pass. */
export function unpackInts(packed: PackedInts, signed: boolean, count = -1): Int32Array {
  if (count < 0) {
    count = 0;
    for (let i = 0; i < packed.length; i++) if (PACK_DIGIT[packed.charCodeAt(i)]! >= 0) count++;
  }
  const out = new Int32Array(count);
  let v = 0;
  let n = 0;
  for (let i = 0; i < packed.length; i++) {
    const d = PACK_DIGIT[packed.charCodeAt(i)]!;
    if (d < 0) {
      v = v * PACK_BASE - 1 - d;
      continue;
    }
    v = v * PACK_BASE + d;
    out[n++] = signed ? (v % 2 ? -(v + 1) / 2 : v / 2) : v;
    v = 0;
  }
  if (n !== count) throw new Error(`gazetteer: ${n} numbers where ${count} were expected`);
  return out;
}

/** "kamianets podilskyi" -> "Kamianets Podilskyi": the name most places have. ASCII-only so that
 * every JavaScript engine rebuilds exactly the name the build checked. */
export function titleCase(key: string): string {
  return key.replace(/(^| )([a-z])/g, (_m, space: string, letter: string) => space + letter.toUpperCase());
}

const PREFIX_BASE = 48; // '0': keeps the prefix character printable and clear of JSON escapes

/** Sorted keys -> front-coded text. */
export function frontCode(sortedKeys: readonly string[]): string {
  const parts: string[] = [];
  let previous = '';
  for (const key of sortedKeys) {
    let shared = 0;
    const max = Math.min(key.length, previous.length);
    while (shared < max && key.charCodeAt(shared) === previous.charCodeAt(shared)) shared++;
    parts.push(String.fromCharCode(PREFIX_BASE + shared) + key.slice(shared));
    previous = key;
  }
  return parts.join('\n');
}

export interface DecodedKeys {
  /** The keys joined by "\n" (no trailing newline). */
  text: string;
  /** Where key i starts in `text`; one extra entry: text.length + 1. */
  starts: Int32Array;
}

/** Front-coded text -> the keys, one string and their offsets (what the binary search reads).
 * Written char by char into one buffer (each shared prefix copied from the previous key there)
 * and turned into a string at the end: slicing and joining 350,000 strings took 140 ms. */
export function decodeKeys(coded: string): DecodedKeys {
  if (!coded) return { text: '', starts: new Int32Array([1]) };
  let count = 1;
  for (let i = coded.indexOf('\n'); i !== -1; i = coded.indexOf('\n', i + 1)) count++;
  const starts = new Int32Array(count + 1);
  // The decoded text is never longer than the coded one plus every key's shared prefix.
  const out = new Uint16Array(coded.length + countShared(coded));
  let o = 0;
  let previous = 0;
  let n = 0;
  for (let i = 0; i < coded.length; ) {
    const shared = coded.charCodeAt(i++) - PREFIX_BASE;
    starts[n++] = o;
    const start = o;
    for (let j = 0; j < shared; j++) out[o++] = out[previous + j]!;
    for (let c = coded.charCodeAt(i); i < coded.length && c !== 10; c = coded.charCodeAt(++i)) out[o++] = c;
    out[o++] = 10;
    i++;
    previous = start;
  }
  starts[count] = o;
  return { text: charsToString(out, o - 1), starts };
}

function countShared(coded: string): number {
  let total = coded.charCodeAt(0) - PREFIX_BASE;
  for (let i = coded.indexOf('\n'); i !== -1; i = coded.indexOf('\n', i + 1)) total += coded.charCodeAt(i + 1) - PREFIX_BASE;
  return total;
}

interface Utf16Decoder {
  decode(bytes: Uint16Array): string;
}

const utf16: Utf16Decoder | null = (() => {
  // Uint16Array uses the platform's byte order: the UTF-16LE decoder reads it only on
  // little-endian machines (all current browsers' and Node's platforms, but check).
  const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
  const Decoder = (globalThis as unknown as { TextDecoder?: new (label: string) => Utf16Decoder }).TextDecoder;
  return littleEndian && Decoder ? new Decoder('utf-16le') : null;
})();

/** UTF-16 code units -> string. TextDecoder does it in one call (15 ms for the keys, against 45
 * for String.fromCharCode in chunks, the fallback). */
function charsToString(chars: Uint16Array, length: number): string {
  if (utf16) return utf16.decode(chars.subarray(0, length));
  const parts: string[] = [];
  const CHUNK = 8192; // under every engine's argument limit
  for (let i = 0; i < length; i += CHUNK) {
    parts.push(String.fromCharCode.apply(null, chars.subarray(i, Math.min(length, i + CHUNK)) as unknown as number[]));
  }
  return parts.join('');
}

export interface EncodedRefs {
  refCounts: PackedInts;
  refs: PackedInts;
}

/** Per key (in key order), its [place index, REF_* kind] pairs in increasing index order. */
export function encodeRefs(perKey: ReadonlyArray<ReadonlyArray<readonly [number, number]>>): EncodedRefs {
  const refCounts: number[] = [];
  const refs: number[] = [];
  for (const list of perKey) {
    refCounts.push(list.length);
    let previous = 0;
    for (const [index, kind] of list) {
      if (index < previous) throw new Error('gazetteer refs must be in increasing index order');
      refs.push((index - previous) * REF_KINDS + kind);
      previous = index;
    }
  }
  return { refCounts: packInts(refCounts, false), refs: packInts(refs, false) };
}

export interface DecodedRefs {
  /** Key i's refs are places[starts[i] .. starts[i + 1]). */
  starts: Int32Array;
  places: Int32Array;
  kinds: Uint8Array;
  /** For each place, the key its own name came from (-1 when the name is stored as is). */
  nameKey: Int32Array;
}

export function decodeRefs(packedCounts: PackedInts, packedRefs: PackedInts, placeCount: number): DecodedRefs {
  const refCounts = unpackInts(packedCounts, false);
  let total = 0;
  for (let i = 0; i < refCounts.length; i++) total += refCounts[i]!;
  // Unpacked in place: the deltas become place indexes, and the kinds move to their own array.
  const places = unpackInts(packedRefs, false, total);
  const starts = new Int32Array(refCounts.length + 1);
  const kinds = new Uint8Array(places.length);
  const nameKey = new Int32Array(placeCount).fill(-1);
  let r = 0;
  for (let key = 0; key < refCounts.length; key++) {
    starts[key] = r;
    const end = r + refCounts[key]!;
    let index = 0;
    for (; r < end; r++) {
      const v = places[r]!;
      const kind = v % REF_KINDS;
      index += (v - kind) / REF_KINDS;
      places[r] = index;
      kinds[r] = kind;
      if (kind === REF_OWN_NAME) nameKey[index] = key;
    }
  }
  starts[refCounts.length] = r;
  if (r !== places.length) throw new Error('gazetteer refs do not match their counts');
  return { starts, places, kinds, nameKey };
}

export function deltaEncode(values: ArrayLike<number>): number[] {
  const out = new Array<number>(values.length);
  let previous = 0;
  for (let i = 0; i < values.length; i++) {
    out[i] = values[i]! - previous;
    previous = values[i]!;
  }
  return out;
}

/** Differences -> values, in place. */
export function deltaDecode(deltas: Int32Array): Int32Array {
  for (let i = 1; i < deltas.length; i++) deltas[i] = deltas[i]! + deltas[i - 1]!;
  return deltas;
}

/** The group whose previous place a coordinate is stored against: admin-2 name, else admin-1,
 * else country. Builder and reader must agree, so both call this. */
function coordinateGroup(admin2: number, admin1: number, country: number, admin2Count: number, admin1Count: number): number {
  return admin2 >= 0 ? admin2 : admin1 >= 0 ? admin2Count + admin1 : admin2Count + admin1Count + country;
}

interface GroupColumns {
  admin2: ArrayLike<number>;
  admin1: ArrayLike<number>;
  country: ArrayLike<number>;
  admin2Count: number;
  admin1Count: number;
  countryCount: number;
}

/** Coordinates in degrees (already at 1e-4 precision) -> group-wise deltas in 1e-4 units. */
export function encodeCoordinates(degrees: readonly number[], g: GroupColumns): number[] {
  const last = new Int32Array(g.admin2Count + g.admin1Count + g.countryCount);
  return degrees.map((value, i) => {
    const units = Math.round(value * COORDINATE_SCALE);
    if (units / COORDINATE_SCALE !== value) throw new Error(`coordinate ${value} has more than 4 decimals`);
    const group = coordinateGroup(g.admin2[i]!, g.admin1[i]!, g.country[i]!, g.admin2Count, g.admin1Count);
    const delta = units - last[group]!;
    last[group] = units;
    return delta;
  });
}

export function decodeCoordinates(deltas: Int32Array, g: GroupColumns): Float64Array {
  const last = new Int32Array(g.admin2Count + g.admin1Count + g.countryCount);
  const out = new Float64Array(deltas.length);
  for (let i = 0; i < deltas.length; i++) {
    const group = coordinateGroup(g.admin2[i]!, g.admin1[i]!, g.country[i]!, g.admin2Count, g.admin1Count);
    const units = (last[group] = last[group]! + deltas[i]!);
    out[i] = units / COORDINATE_SCALE;
  }
  return out;
}
