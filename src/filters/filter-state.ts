import type { EventType, GeoPrecision } from '../../geo/types.ts';
import type { ReviewStatus } from '../project/types.ts';

/** What the user has asked to see. Empty lists and nulls mean "no restriction". */
export interface FilterState {
  eventTypes: EventType[];
  /** Inclusive YYYY-MM-DD bounds. */
  dateFrom: string | null;
  dateTo: string | null;
  /** One outlet, or null for all. */
  outlet: string | null;
  /** ISO country code; '' selects incidents with no country (at sea). */
  country: string | null;
  precisions: GeoPrecision[];
  /** Who claims it; '' selects reports that say it themselves (claimed_by null). */
  claimedBy: string | null;
  /** Free text over places, titles, quotes and mentions. */
  text: string;
  /** Review statuses to show; absent or empty shows all but rejected (rejected incidents are
   * hidden unless asked for). Optional, and not in shared links: review work is local. */
  statuses?: ReviewStatus[];
}

/** What an empty status filter shows. */
export const DEFAULT_STATUSES: readonly ReviewStatus[] = ['unreviewed', 'confirmed'];

export const EMPTY_FILTERS: FilterState = Object.freeze({
  eventTypes: [],
  dateFrom: null,
  dateTo: null,
  outlet: null,
  country: null,
  precisions: [],
  claimedBy: null,
  text: '',
}) as FilterState;

export function hasDateRange(f: FilterState): boolean {
  return f.dateFrom !== null || f.dateTo !== null;
}

export function isFilterActive(f: FilterState): boolean {
  return (
    f.eventTypes.length > 0 ||
    hasDateRange(f) ||
    f.outlet !== null ||
    f.country !== null ||
    f.precisions.length > 0 ||
    f.claimedBy !== null ||
    f.text.trim() !== '' ||
    (f.statuses?.length ?? 0) > 0
  );
}
