import type { StateCreator } from 'zustand/vanilla';
import type { EventType, GeoPrecision } from '../../geo/types.ts';
import { EMPTY_FILTERS, type FilterState } from '../filters/filter-state.ts';
import type { AppState } from './app-store.ts';

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

// Every action replaces `filters` with a new object: the memoised selectors key on identity.
export const createFilterSlice: StateCreator<AppState, [], [], FilterSlice> = (set) => ({
  ...initialFilterState(),
  setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch } })),
  toggleEventType: (type) => set((s) => ({ filters: { ...s.filters, eventTypes: toggled(s.filters.eventTypes, type) } })),
  togglePrecision: (precision) =>
    set((s) => ({ filters: { ...s.filters, precisions: toggled(s.filters.precisions, precision) } })),
  setDateRange: (from, to) =>
    set((s) => {
      // A range picked right-to-left on the timeline arrives reversed.
      const [a, b] = from !== null && to !== null && from > to ? [to, from] : [from, to];
      return { filters: { ...s.filters, dateFrom: a, dateTo: b } };
    }),
  resetFilters: () => set({ filters: EMPTY_FILTERS }),
});
