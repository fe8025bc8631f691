// The compact gazetteer index as written by scripts/build-gazetteer.ts and read by gazetteer.ts.
// Columnar arrays (one entry per place, same index everywhere) because a few large arrays parse
// and load far faster than 200,000 small objects, in Node and in a browser alike.

import type { FeatureKind } from './types.ts';

export const GAZETTEER_FORMAT = 1;

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
    geonamesId: number[]; // 0 where the data has none
    name: string[];
    kind: number[]; // index into FEATURE_KINDS
    featureCode: number[]; // index into featureCodes
    country: number[]; // index into countryCodes
    admin1: number[]; // index into admin1Codes, -1 for none
    admin2: number[]; // index into admin2Names, -1 for none
    lat: number[];
    lon: number[];
    population: number[];
    radiusKm: number[];
  };
  /** "key\tREF,REF,...\n" lines sorted by key; REF is a place index, prefixed "~" when the key
   * comes from an alternate (not the primary) name. Keys are `nameKey`s. */
  names: string;
  /** "looseKey\tkey|key\n" lines: the strict keys each loose key stands for. */
  loose: string;
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
