import { createStore } from 'zustand/vanilla';
import { createDataSlice, initialDataState, type DataSlice, type DataState } from './data-slice.ts';
import { createReviewSlice, initialReviewState, type ReviewSlice, type ReviewState } from './review-slice.ts';
import { createProjectSlice, initialProjectState, type ProjectSlice, type ProjectState } from './project-slice.ts';
import { createFilterSlice, initialFilterState, type FilterSlice, type FilterSliceState } from './filter-slice.ts';
import { createViewSlice, initialViewState, type ViewSlice, type ViewState } from './view-slice.ts';

export type AppState = DataSlice & FilterSlice & ViewSlice & ReviewSlice & ProjectSlice;
export type AppData = DataState & FilterSliceState & ViewState & ReviewState & ProjectState;

/** The state without actions, fresh: tests reset the store with `setState(getInitialState())`. */
export function getInitialState(): AppData {
  return { ...initialDataState(), ...initialFilterState(), ...initialViewState(), ...initialReviewState(), ...initialProjectState() };
}

export function createAppStore() {
  return createStore<AppState>()((...a) => ({
    ...createDataSlice(...a),
    ...createFilterSlice(...a),
    ...createViewSlice(...a),
    ...createReviewSlice(...a),
    ...createProjectSlice(...a),
  }));
}

export type AppStore = ReturnType<typeof createAppStore>;

/** The app's one store. Creating it touches no window or URL: main.tsx seeds it from the URL. */
export const appStore = createAppStore();
