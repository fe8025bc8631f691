import type { IncidentFeature } from '../../geo/types.ts';
import { periodEnd } from './date-range.ts';
import { normalizeText } from './text-search.ts';

/** An incident with what the filters need computed once, so a filter change over 100,000
 * incidents is a tight loop over plain strings rather than a walk through nested sources. */
export interface PreparedIncident {
  index: number;
  feature: IncidentFeature;
  /** Normalised text over place, admin1, title, quotes and mentions. */
  haystack: string;
  outlets: string[];
  /** claimed_by of each source; '' for a report that says it itself. */
  claimants: string[];
  dateStart: string | null;
  dateEnd: string | null;
}

const cache = new WeakMap<readonly IncidentFeature[], PreparedIncident[]>();

export function prepareIncidents(features: readonly IncidentFeature[]): PreparedIncident[] {
  const hit = cache.get(features);
  if (hit) return hit;
  const prepared = features.map(prepareOne);
  cache.set(features, prepared);
  return prepared;
}

function prepareOne(feature: IncidentFeature, index: number): PreparedIncident {
  const p = feature.properties;
  const parts: string[] = [p.place_name, p.admin1 ?? '', p.title];
  const outlets = new Set<string>();
  const claimants = new Set<string>();
  for (const s of p.sources) {
    parts.push(s.quote, s.mention);
    if (s.outlet) outlets.add(s.outlet);
    claimants.add(s.claimed_by ?? '');
  }
  // A unit separator between parts stops a query from matching across two fields.
  const haystack = normalizeText(parts.join('\u001f'));
  const dateStart = p.event_date;
  const dateEnd = dateStart === null ? null : periodEnd(dateStart, p.date_precision);
  return { index, feature, haystack, outlets: [...outlets], claimants: [...claimants], dateStart, dateEnd };
}
