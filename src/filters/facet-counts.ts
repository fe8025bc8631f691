import type { EventType, GeoPrecision, IncidentFeature } from '../../geo/types.ts';
import { EVENT_TYPE_ORDER, GEO_PRECISION_ORDER } from '../event-styles.ts';
import { dateOfDay, filterColumns, REVIEW_STATUSES } from './filter-columns.ts';
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
  /** Start days (since 1970-01-01) of the incidents passing every non-date filter: the
   * timeline's bars. */
  timelineDays: Float64Array;
  /** Undated incidents passing every non-date filter: shown unless a date range is set. */
  undated: number;
}

/** counts[i] under keys[i]. */
function byKey<K extends string>(keys: readonly K[], counts: Int32Array): Record<K, number> {
  const r = {} as Record<K, number>;
  keys.forEach((k, i) => (r[k] = counts[i]!));
  return r;
}

function ranked(keys: readonly string[], counts: Int32Array): Array<[string, number]> {
  return keys.map((k, i): [string, number] => [k, counts[i]!]).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

let lastKey: FilterInput | null = null;
let lastCounts: FacetCounts | null = null;

export function facetCounts(state: FilterInput): FacetCounts {
  if (lastCounts && lastKey && lastKey.incidents === state.incidents && lastKey.filters === state.filters) {
    return lastCounts;
  }
  const c = filterColumns(state.incidents);
  const masks = failMasks(state);
  const eventType = new Int32Array(256);
  const precision = new Int32Array(256);
  const status = new Int32Array(256);
  const outlet = new Int32Array(c.outlets.length);
  const country = new Int32Array(c.countries.length);
  const claimedBy = new Int32Array(c.claimants.length);
  const days = new Float64Array(c.size);
  let dated = 0;
  let visible = 0;
  let undated = 0;
  for (let i = 0; i < c.size; i++) {
    const fail = masks[i]!;
    // Shown: counts in every facet. Failing exactly one filter: counts in that filter's facet
    // only, since choosing another option there would show it. Failing two or more: nowhere.
    const every = fail === 0;
    if (!every && (fail & (fail - 1)) !== 0) continue;
    if (every) visible++;
    if (every || fail === FAIL_TYPE) eventType[c.type[i]!]!++;
    if (every || fail === FAIL_PRECISION) precision[c.precision[i]!]!++;
    if (every || fail === FAIL_STATUS) status[c.status[i]!]!++;
    if (every || fail === FAIL_COUNTRY) country[c.country[i]!]!++;
    if (every || fail === FAIL_OUTLET) for (let k = c.outletStart[i]!, e = c.outletStart[i + 1]!; k < e; k++) outlet[c.outletIds[k]!]!++;
    if (every || fail === FAIL_CLAIM) for (let k = c.claimStart[i]!, e = c.claimStart[i + 1]!; k < e; k++) claimedBy[c.claimIds[k]!]!++;
    if (every || fail === FAIL_DATE) {
      const d = c.dayStart[i]!;
      if (d !== d) undated++;
      else days[dated++] = d;
    }
  }
  lastKey = { incidents: state.incidents, filters: state.filters };
  lastCounts = {
    total: state.incidents.length,
    visible,
    eventType: byKey(EVENT_TYPE_ORDER, eventType),
    precision: byKey(GEO_PRECISION_ORDER, precision),
    status: byKey(REVIEW_STATUSES, status),
    outlet: ranked(c.outlets, outlet),
    country: ranked(c.countries, country),
    claimedBy: ranked(c.claimants, claimedBy),
    timelineDays: days.subarray(0, dated),
    undated,
  };
  return lastCounts;
}

const domainCache = new WeakMap<readonly IncidentFeature[], [string, string] | null>();

/** First and last event date in the data (not the filtered data), so the timeline's axis stays
 * put while filters change. */
export function dateDomain(incidents: readonly IncidentFeature[]): [string, string] | null {
  if (domainCache.has(incidents)) return domainCache.get(incidents)!;
  const c = filterColumns(incidents);
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < c.size; i++) {
    // NaN (undated) fails both comparisons.
    if (c.dayStart[i]! < min) min = c.dayStart[i]!;
    if (c.dayEnd[i]! > max) max = c.dayEnd[i]!;
  }
  const d: [string, string] | null = min <= max ? [dateOfDay(min), dateOfDay(max)] : null;
  domainCache.set(incidents, d);
  return d;
}
