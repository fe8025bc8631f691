import type { EventType, GeoPrecision, IncidentFeature } from '../../geo/types.ts';
import { overlapsRange } from './date-range.ts';
import type { ReviewStatus } from '../project/types.ts';
import { DEFAULT_STATUSES, type FilterState } from './filter-state.ts';
import { haystackOf, prepareIncidents, type PreparedIncident } from './prepare-incidents.ts';
import { matchesTerms, queryTerms } from './text-search.ts';

/** The part of the store the filters read. */
export interface FilterInput {
  incidents: IncidentFeature[];
  filters: FilterState;
}

// One bit per filter: facet counts need to know which single filter an incident fails.
export const FAIL_TYPE = 1;
export const FAIL_DATE = 2;
export const FAIL_OUTLET = 4;
export const FAIL_COUNTRY = 8;
export const FAIL_PRECISION = 16;
export const FAIL_CLAIM = 32;
export const FAIL_TEXT = 64;
export const FAIL_STATUS = 128;

/** A filter compiled once per change, so the per-incident test does no allocation. */
export interface CompiledFilter {
  (incident: PreparedIncident): number;
}

export function compileFilter(f: FilterState): CompiledFilter {
  const types = f.eventTypes.length > 0 ? new Set<EventType>(f.eventTypes) : null;
  const precisions = f.precisions.length > 0 ? new Set<GeoPrecision>(f.precisions) : null;
  const terms = queryTerms(f.text);
  const hasRange = f.dateFrom !== null || f.dateTo !== null;
  const { dateFrom, dateTo, outlet, country, claimedBy } = f;
  const statuses = new Set<ReviewStatus>(f.statuses?.length ? f.statuses : DEFAULT_STATUSES);
  return (inc) => {
    const p = inc.feature.properties;
    let fail = 0;
    if (types !== null && !types.has(p.event_type)) fail |= FAIL_TYPE;
    if (hasRange) {
      // Undated incidents cannot be placed in a range: a range hides them (the UI says so).
      if (inc.dateStart === null || inc.dateEnd === null || !overlapsRange(inc.dateStart, inc.dateEnd, dateFrom, dateTo)) {
        fail |= FAIL_DATE;
      }
    }
    if (outlet !== null && !inc.outlets.includes(outlet)) fail |= FAIL_OUTLET;
    if (country !== null && p.country_code !== country) fail |= FAIL_COUNTRY;
    if (precisions !== null && !precisions.has(p.geo_precision)) fail |= FAIL_PRECISION;
    if (claimedBy !== null && !inc.claimants.includes(claimedBy)) fail |= FAIL_CLAIM;
    if (terms.length > 0 && !matchesTerms(haystackOf(inc), terms)) fail |= FAIL_TEXT;
    if (!statuses.has(inc.status)) fail |= FAIL_STATUS;
    return fail;
  };
}

let lastMasksKey: FilterInput | null = null;
let lastMasks: Uint8Array = new Uint8Array(0);

/** Which filters each incident fails (FAIL_* bits, 0 = shown), in one pass that the visible
 * list and the facet counts share. Memoised on the identity of incidents and filters. */
export function failMasks(state: FilterInput): Uint8Array {
  if (lastMasksKey && lastMasksKey.incidents === state.incidents && lastMasksKey.filters === state.filters) return lastMasks;
  const prepared = prepareIncidents(state.incidents);
  const test = compileFilter(state.filters);
  const masks = new Uint8Array(prepared.length);
  for (let i = 0; i < prepared.length; i++) masks[i] = test(prepared[i]!);
  lastMasksKey = { incidents: state.incidents, filters: state.filters };
  lastMasks = masks;
  return masks;
}

let lastIndicesKey: Uint8Array | null = null;
let lastIndices: number[] = [];

/** Indices (into state.incidents) of the incidents that pass every filter. Memoised on the
 * identity of incidents and filters: the store replaces them on change, and React selectors
 * must get the same array back while nothing changed. */
export function selectVisibleIndices(state: FilterInput): number[] {
  const masks = failMasks(state);
  if (lastIndicesKey === masks) return lastIndices;
  const out: number[] = [];
  for (let i = 0; i < masks.length; i++) if (masks[i] === 0) out.push(i);
  lastIndicesKey = masks;
  lastIndices = out;
  return out;
}

let lastFeaturesKey: number[] | null = null;
let lastFeaturesIncidents: IncidentFeature[] | null = null;
let lastFeatures: IncidentFeature[] = [];

export function selectVisibleIncidents(state: FilterInput): IncidentFeature[] {
  const indices = selectVisibleIndices(state);
  if (indices === lastFeaturesKey && state.incidents === lastFeaturesIncidents) return lastFeatures;
  lastFeatures = indices.map((i) => state.incidents[i]!);
  lastFeaturesKey = indices;
  lastFeaturesIncidents = state.incidents;
  return lastFeatures;
}

/** The incidents a download carries: those shown, but rejected ones only when asked for
 * (`includeRejected`), in which case the rejected ones passing every other filter come too. */
export function selectDownloadIncidents(state: FilterInput, includeRejected: boolean): IncidentFeature[] {
  const base = state.filters.statuses?.length ? state.filters.statuses : DEFAULT_STATUSES;
  const statuses = includeRejected ? [...new Set<ReviewStatus>([...base, 'rejected'])] : base.filter((x) => x !== 'rejected');
  if (statuses.length === 0) return [];
  const test = compileFilter({ ...state.filters, statuses });
  return prepareIncidents(state.incidents)
    .filter((inc) => test(inc) === 0)
    .map((inc) => inc.feature);
}
