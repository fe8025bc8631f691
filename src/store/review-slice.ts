import type { StateCreator } from 'zustand/vanilla';
import type { EventType, IncidentFeature } from '../../geo/types.ts';
import type { FilterState } from '../filters/filter-state.ts';
import {
  applyEdits,
  incidentAnchorKeys,
  makeEdit,
  orphanedEdits,
  redo,
  undoLast,
  type DateValue,
  type EditRequest,
} from '../project/review-state.ts';
import type { Edit, PlaceValue, ReviewStatus } from '../project/types.ts';
import type { AppState } from './app-store.ts';

export interface ReviewState {
  /** The analyst's active edits, in the order they were made. */
  edits: Edit[];
  /** Undone edits, kept for the record (and for redo). */
  undone: Edit[];
  /** True once the saved edits have been read: nothing is saved before, so an empty start
   * cannot overwrite them. */
  editsLoaded: boolean;
}

export interface ReviewActions {
  setStatus(id: string, status: ReviewStatus): void;
  movePlace(id: string, place: PlaceValue): void;
  setDate(id: string, date: DateValue): void;
  setType(id: string, type: EventType): void;
  /** Undoes the last edit of one incident, or the last of all when id is null. */
  undo(id: string | null): void;
  redo(id: string | null): void;
  /** The saved edits, merged with any made while they were loading. */
  loadReview(saved: { edits: Edit[]; undone: Edit[] }): void;
}

export type ReviewSlice = ReviewState & ReviewActions;

export function initialReviewState(): ReviewState {
  return { edits: [], undone: [], editsLoaded: false };
}

let lastMachine: readonly IncidentFeature[] | null = null;
let lastEdits: readonly Edit[] | null = null;
let lastReviewed: readonly IncidentFeature[] = [];

/** The incidents as shown (machine incidents with the edits applied): what the map, the list,
 * the filters and the downloads read. Memoised on the identity of both inputs. */
export function selectReviewedIncidents(s: { incidents: IncidentFeature[]; edits: Edit[] }): readonly IncidentFeature[] {
  if (s.incidents === lastMachine && s.edits === lastEdits) return lastReviewed;
  lastReviewed = applyEdits(s.incidents, s.edits);
  lastMachine = s.incidents;
  lastEdits = s.edits;
  return lastReviewed;
}

/** The part of the state the filter selectors read, with the reviewed incidents in place of
 * the machine's. The filter selectors memoise on `incidents` and `filters`, not on this object. */
export function reviewedView(s: { incidents: IncidentFeature[]; edits: Edit[]; filters: FilterState; selectedId: string | null }): {
  incidents: readonly IncidentFeature[];
  filters: FilterState;
  selectedId: string | null;
} {
  return { incidents: selectReviewedIncidents(s), filters: s.filters, selectedId: s.selectedId };
}

let lastOrphanKey: [readonly IncidentFeature[], readonly Edit[]] | null = null;
let lastOrphans: Edit[] = [];

/** Edits that no loaded incident holds (kept, never dropped; the UI lists them). */
export function selectOrphanedEdits(s: { incidents: IncidentFeature[]; edits: Edit[] }): Edit[] {
  if (lastOrphanKey && lastOrphanKey[0] === s.incidents && lastOrphanKey[1] === s.edits) return lastOrphans;
  lastOrphans = orphanedEdits(s.incidents, s.edits);
  lastOrphanKey = [s.incidents, s.edits];
  return lastOrphans;
}

function mergeById(a: Edit[], b: Edit[]): Edit[] {
  const seen = new Set(a.map((e) => e.id));
  return [...a, ...b.filter((e) => !seen.has(e.id))];
}

export const createReviewSlice: StateCreator<AppState, [], [], ReviewSlice> = (set, get) => {
  const shown = (id: string) => selectReviewedIncidents(get()).find((f) => f.id === id);
  const record = (id: string, request: EditRequest) => {
    const incident = shown(id);
    if (!incident) return;
    const edit = makeEdit(incident, request);
    if (edit) set((s) => ({ edits: [...s.edits, edit] }));
  };
  const anchorsOf = (id: string | null) => {
    if (id === null) return undefined;
    const incident = shown(id);
    return incident ? incidentAnchorKeys(incident) : new Set<string>();
  };
  return {
    ...initialReviewState(),
    setStatus: (id, status) => record(id, { kind: 'status', to: status }),
    movePlace: (id, place) => record(id, { kind: 'place', to: place }),
    setDate: (id, date) => record(id, { kind: 'date', to: date }),
    setType: (id, type) => record(id, { kind: 'type', to: type }),
    undo: (id) => {
      const s = get();
      const r = undoLast(s.edits, s.undone, anchorsOf(id));
      if (r.edit) set({ edits: r.edits, undone: r.undone });
    },
    redo: (id) => {
      const s = get();
      const r = redo(s.edits, s.undone, anchorsOf(id));
      if (r.edit) set({ edits: r.edits, undone: r.undone });
    },
    loadReview: (saved) =>
      set((s) => ({ edits: mergeById(saved.edits, s.edits), undone: mergeById(saved.undone, s.undone), editsLoaded: true })),
  };
};

export interface EditIo {
  loadEdits(): Promise<{ edits: Edit[]; undone: Edit[] }>;
  saveEdits(value: { edits: Edit[]; undone: Edit[] }): Promise<void>;
}

/** Reads the saved edits into the store, then saves every change. Returns the unsubscribe. */
export function persistReview(store: { getState(): AppState; subscribe(l: (s: AppState, p: AppState) => void): () => void }, io: EditIo): () => void {
  let stopped = false;
  const save = (s: AppState) =>
    io.saveEdits({ edits: s.edits, undone: s.undone }).catch((e: unknown) => console.warn('Edits could not be saved.', e));
  const unsubscribe = store.subscribe((s, prev) => {
    if (!s.editsLoaded || (s.edits === prev.edits && s.undone === prev.undone && prev.editsLoaded)) return;
    void save(s);
  });
  io.loadEdits().then(
    (saved) => {
      if (!stopped) store.getState().loadReview(saved);
    },
    (e: unknown) => {
      // No storage (private window, blocked): edits still work for this visit.
      console.warn('Saved edits could not be read.', e);
      if (!stopped) store.getState().loadReview({ edits: [], undone: [] });
    },
  );
  return () => {
    stopped = true;
    unsubscribe();
  };
}
