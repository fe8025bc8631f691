import type { EventType, GeoPrecision, IncidentFeature } from '../../geo/types.ts';
import { EVENT_TYPE_ORDER, GEO_PRECISION_ORDER } from '../event-styles.ts';
import { prepareIncidents } from './prepare-incidents.ts';
import type { ReviewStatus } from '../project/types.ts';
import {
  failMasks,
  FAIL_CLAIM,
  FAIL_COUNTRY,
  FAIL_DATE,
  FAIL_OUTLET,
  FAIL_PRECISION,
  FAIL_STATUS,
  FAIL_TYPE,
  type FilterInput,
} from './select-visible-incidents.ts';

/** Counts for each filter's options. Each facet counts the incidents that pass every *other*
 * filter, so an option's number is what the user gets by choosing it (the usual faceted-search
 * convention), and choosing one type does not zero the others. */
export interface FacetCounts {
  total: number;
  visible: number;
  eventType: Record<EventType, number>;
  precision: Record<GeoPrecision, number>;
  /** Incidents per review status (the rejected ones count although hidden by default). */
  status: Record<ReviewStatus, number>;
  /** [value, count], every value in the data, most frequent first. */
  outlet: Array<[string, number]>;
  country: Array<[string, number]>;
  claimedBy: Array<[string, number]>;
  /** Start dates of the incidents passing every non-date filter: the timeline's bars. */
  timelineDates: string[];
  /** Undated incidents passing every non-date filter: shown unless a date range is set. */
  undated: number;
}

interface Vocabulary {
  outlets: string[];
  countries: string[];
  claimants: string[];
}

const vocabularyCache = new WeakMap<readonly IncidentFeature[], Vocabulary>();

function vocabulary(incidents: readonly IncidentFeature[]): Vocabulary {
  const hit = vocabularyCache.get(incidents);
  if (hit) return hit;
  const outlets = new Set<string>();
  const countries = new Set<string>();
  const claimants = new Set<string>();
  for (const inc of prepareIncidents(incidents)) {
    for (const o of inc.outlets) outlets.add(o);
    for (const c of inc.claimants) claimants.add(c);
    countries.add(inc.feature.properties.country_code);
  }
  const v = { outlets: [...outlets], countries: [...countries], claimants: [...claimants] };
  vocabularyCache.set(incidents, v);
  return v;
}

function zeroed<K extends string>(keys: readonly K[]): Record<K, number> {
  const r = {} as Record<K, number>;
  for (const k of keys) r[k] = 0;
  return r;
}

function ranked(keys: readonly string[], counts: Map<string, number>): Array<[string, number]> {
  return keys
    .map((k): [string, number] => [k, counts.get(k) ?? 0])
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function bump(m: Map<string, number>, k: string): void {
  m.set(k, (m.get(k) ?? 0) + 1);
}

const REVIEW_STATUSES: readonly ReviewStatus[] = ['unreviewed', 'confirmed', 'rejected'];

let lastKey: FilterInput | null = null;
let lastCounts: FacetCounts | null = null;

export function facetCounts(state: FilterInput): FacetCounts {
  if (lastCounts && lastKey && lastKey.incidents === state.incidents && lastKey.filters === state.filters) {
    return lastCounts;
  }
  const prepared = prepareIncidents(state.incidents);
  const masks = failMasks(state);
  const eventType = zeroed(EVENT_TYPE_ORDER);
  const precision = zeroed(GEO_PRECISION_ORDER);
  const status = zeroed(REVIEW_STATUSES);
  const outlet = new Map<string, number>();
  const country = new Map<string, number>();
  const claimedBy = new Map<string, number>();
  const timelineDates: string[] = [];
  let visible = 0;
  let undated = 0;
  for (let i = 0; i < prepared.length; i++) {
    const fail = masks[i]!;
    const inc = prepared[i]!;
    // An incident that fails two or more filters counts nowhere: choosing another option of
    // one facet would still leave the other filter failing.
    if (fail !== 0 && (fail & (fail - 1)) !== 0) continue;
    const p = inc.feature.properties;
    if (fail === 0) visible++;
    if (fail === 0 || fail === FAIL_TYPE) eventType[p.event_type]++;
    if (fail === 0 || fail === FAIL_PRECISION) precision[p.geo_precision]++;
    if (fail === 0 || fail === FAIL_STATUS) status[inc.status]++;
    if (fail === 0 || fail === FAIL_COUNTRY) bump(country, p.country_code);
    if (fail === 0 || fail === FAIL_OUTLET) for (const o of inc.outlets) bump(outlet, o);
    if (fail === 0 || fail === FAIL_CLAIM) for (const c of inc.claimants) bump(claimedBy, c);
    if (fail === 0 || fail === FAIL_DATE) {
      if (inc.dateStart === null) undated++;
      else timelineDates.push(inc.dateStart);
    }
  }
  const vocab = vocabulary(state.incidents);
  lastKey = { incidents: state.incidents, filters: state.filters };
  lastCounts = {
    total: state.incidents.length,
    visible,
    eventType,
    precision,
    status,
    outlet: ranked(vocab.outlets, outlet),
    country: ranked(vocab.countries, country),
    claimedBy: ranked(vocab.claimants, claimedBy),
    timelineDates,
    undated,
  };
  return lastCounts;
}

const domainCache = new WeakMap<readonly IncidentFeature[], [string, string] | null>();

/** First and last event date in the data (not the filtered data), so the timeline's axis stays
 * put while filters change. */
export function dateDomain(incidents: readonly IncidentFeature[]): [string, string] | null {
  if (domainCache.has(incidents)) return domainCache.get(incidents)!;
  let min: string | null = null;
  let max: string | null = null;
  for (const inc of prepareIncidents(incidents)) {
    if (inc.dateStart === null || inc.dateEnd === null) continue;
    if (min === null || inc.dateStart < min) min = inc.dateStart;
    if (max === null || inc.dateEnd > max) max = inc.dateEnd;
  }
  const d: [string, string] | null = min !== null && max !== null ? [min, max] : null;
  domainCache.set(incidents, d);
  return d;
}
