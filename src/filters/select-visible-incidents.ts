import type { IncidentFeature } from '../../geo/types.ts';
import { EVENT_TYPE_ORDER, GEO_PRECISION_ORDER } from '../event-styles.ts';
import type { ReviewStatus } from '../project/types.ts';
import { dayNumber, filterColumns, REVIEW_STATUSES, type FilterColumns } from './filter-columns.ts';
import { DEFAULT_STATUSES, type FilterState } from './filter-state.ts';
import { searchText } from './search-text.ts';
import { matchesTerms, queryTerms } from './text-search.ts';

/** The part of the store the filters read. */
export interface FilterInput {
  incidents: readonly IncidentFeature[];
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

/** Which filters each incident fails (FAIL_* bits, 0 = shown), over the data's filter columns:
 * each filter becomes a table or a day range once, and the per-incident test reads small
 * integers. */
export function computeFailMasks(c: FilterColumns, f: FilterState): Uint8Array {
  const n = c.size;
  const masks = new Uint8Array(n);
  const allowed = <T>(order: readonly T[], chosen: readonly T[]): Uint8Array | null => {
    if (chosen.length === 0) return null;
    const ok = new Uint8Array(256);
    order.forEach((v, i) => (ok[i] = chosen.includes(v) ? 1 : 0));
    return ok;
  };
  const types = allowed(EVENT_TYPE_ORDER, f.eventTypes);
  const precisions = allowed(GEO_PRECISION_ORDER, f.precisions);
  const statuses = allowed(REVIEW_STATUSES, f.statuses?.length ? f.statuses : DEFAULT_STATUSES)!;
  const hasRange = f.dateFrom !== null || f.dateTo !== null;
  const from = f.dateFrom === null ? -Infinity : dayNumber(f.dateFrom);
  const to = f.dateTo === null ? Infinity : dayNumber(f.dateTo);
  // A value no incident has fails every incident (code -2 matches nothing).
  const code = (values: string[], v: string | null) => {
    if (v === null) return -1;
    const i = values.indexOf(v);
    return i === -1 ? -2 : i;
  };
  const outlet = code(c.outlets, f.outlet);
  const country = code(c.countries, f.country);
  const claim = code(c.claimants, f.claimedBy);
  const terms = queryTerms(f.text);
  // One tight loop per active filter, each setting its bit: cheaper than one loop testing
  // every filter per incident, since most filters are usually off.
  const mark = (bit: number, fails: (i: number) => boolean) => {
    for (let i = 0; i < n; i++) if (fails(i)) masks[i]! |= bit;
  };
  const lacks = (ids: Int32Array, start: Int32Array, id: number) => (i: number) => {
    for (let k = start[i]!; k < start[i + 1]!; k++) if (ids[k] === id) return false;
    return true;
  };
  if (types !== null) mark(FAIL_TYPE, (i) => types[c.type[i]!] !== 1);
  // Undated incidents cannot be placed in a range: a range hides them (the UI says so).
  // An undated incident's days are NaN, and every comparison with NaN is false.
  if (hasRange) mark(FAIL_DATE, (i) => !(c.dayEnd[i]! >= from && c.dayStart[i]! <= to));
  if (outlet !== -1) mark(FAIL_OUTLET, lacks(c.outletIds, c.outletStart, outlet));
  if (country !== -1) mark(FAIL_COUNTRY, (i) => c.country[i] !== country);
  if (precisions !== null) mark(FAIL_PRECISION, (i) => precisions[c.precision[i]!] !== 1);
  if (claim !== -1) mark(FAIL_CLAIM, lacks(c.claimIds, c.claimStart, claim));
  if (terms.length > 0) mark(FAIL_TEXT, (i) => !matchesTerms(searchText(c.features, i), terms));
  mark(FAIL_STATUS, (i) => statuses[c.status[i]!] !== 1);
  return masks;
}

let lastMasksKey: FilterInput | null = null;
let lastMasks: Uint8Array = new Uint8Array(0);

/** Which filters each incident fails (FAIL_* bits, 0 = shown), in one pass that the visible
 * list and the facet counts share. Memoised on the identity of incidents and filters. */
export function failMasks(state: FilterInput): Uint8Array {
  if (lastMasksKey && lastMasksKey.incidents === state.incidents && lastMasksKey.filters === state.filters) return lastMasks;
  const masks = computeFailMasks(filterColumns(state.incidents), state.filters);
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
let lastFeaturesIncidents: readonly IncidentFeature[] | null = null;
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
  const masks = computeFailMasks(filterColumns(state.incidents), { ...state.filters, statuses });
  return state.incidents.filter((_, i) => masks[i] === 0);
}
