// The explanation a reviewer reads: the mention, the cue that made it an incident, the score and
// its reasons, and the runner-up candidates. Made from the resolution once, as plain data.

import type { Resolution } from './resolve.ts';
import type { Explanation, Place } from './types.ts';

/** Runner-ups shown with an incident or a mention. */
export const SHOWN_CANDIDATES = 5;

export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

export function candidateSummary(place: Place, score: number): Explanation['candidates'][number] {
  return {
    name: place.name,
    admin1: place.admin1,
    country_code: place.countryCode,
    geonames_id: place.geonamesId,
    feature_code: place.featureCode,
    lat: place.lat,
    lon: place.lon,
    score: round2(score),
  };
}

export function explain(r: Resolution, roleCue: string): Explanation {
  return {
    mention: r.mention.text,
    role_cue: roleCue,
    score: round2(r.score),
    reasons: r.reasons,
    candidates: r.candidates.slice(0, SHOWN_CANDIDATES).map((c) => candidateSummary(c.place, c.score)),
  };
}
