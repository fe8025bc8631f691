import type { StateCreator } from 'zustand/vanilla';
import type { EventType, GeoPrecision } from '../../geo/types.ts';
import { EMPTY_FILTERS, type FilterState } from '../filters/filter-state.ts';
import { failMasks } from '../filters/select-visible-incidents.ts';
import type { AppState } from './app-store.ts';
import { selectReviewedIncidents } from './review-slice.ts';

export interface FilterSliceState {
  filters: FilterState;
}

export interface FilterActions {
  setFilters(patch: Partial<FilterState>): void;
  toggleEventType(type: EventType): void;
  togglePrecision(precision: GeoPrecision): void;
  setDateRange(from: string | null, to: string | null): void;
  resetFilters(): void;
}

export type FilterSlice = FilterSliceState & FilterActions;

export function initialFilterState(): FilterSliceState {
  return { filters: EMPTY_FILTERS };
}

function toggled<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

/**
 * The state after the analyst changes the filters. A change that hides the open incident also
 * closes it: its popup would otherwise stand beside a map and a list that no longer show it.
 * (An edit that hides it, such as rejecting it under the default status filter, is no filter
 * change, and the popup stays for the undo.) The masks computed here are the ones the map and
 * the list read next: the selectors are memoised on the same incidents and filters.
 */
function withFilters(s: AppState, filters: FilterState): Partial<AppState> {
  if (s.selectedId === null) return { filters };
  const incidents = selectReviewedIncidents(s);
  const i = incidents.findIndex((f) => f.id === s.selectedId);
  const hidden = i >= 0 && failMasks({ incidents, filters })[i] !== 0;
  return hidden ? { filters, selectedId: null } : { filters };
}

// Every action replaces `filters` with a new object: the memoised selectors key on identity.
export const createFilterSlice: StateCreator<AppState, [], [], FilterSlice> = (set) => ({
  ...initialFilterState(),
  setFilters: (patch) => set((s) => withFilters(s, { ...s.filters, ...patch })),
  toggleEventType: (type) => set((s) => withFilters(s, { ...s.filters, eventTypes: toggled(s.filters.eventTypes, type) })),
  togglePrecision: (precision) => set((s) => withFilters(s, { ...s.filters, precisions: toggled(s.filters.precisions, precision) })),
  setDateRange: (from, to) =>
    set((s) => {
      // A range picked right-to-left on the timeline arrives reversed.
      const [a, b] = from !== null && to !== null && from > to ? [to, from] : [from, to];
      return withFilters(s, { ...s.filters, dateFrom: a, dateTo: b });
    }),
  resetFilters: () => set({ filters: EMPTY_FILTERS }),
});
