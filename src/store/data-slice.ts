import type { StateCreator } from 'zustand/vanilla';
import type { CollectionMetadata, IncidentCollection, IncidentFeature } from '../../geo/types.ts';
import type { AppState } from './app-store.ts';

export interface DataState {
  incidents: IncidentFeature[];
  metadata: CollectionMetadata | null;
  /** Why the incidents could not be loaded (the map still shows, empty). */
  loadError: string | null;
  /** Where the incidents came from: a URL or a file name, for the header and downloads. */
  dataSource: string;
  /** A message about the last file the user opened (a rejected file keeps the current data). */
  importMessage: { kind: 'error' | 'info'; text: string } | null;
  loading: boolean;
}

export interface DataActions {
  setCollection(collection: IncidentCollection, source: string): void;
  setLoadError(message: string): void;
  setImportMessage(message: DataState['importMessage']): void;
}

export type DataSlice = DataState & DataActions;

export function initialDataState(): DataState {
  return { incidents: [], metadata: null, loadError: null, dataSource: '', importMessage: null, loading: true };
}

export const createDataSlice: StateCreator<AppState, [], [], DataSlice> = (set) => ({
  ...initialDataState(),
  setCollection: (collection, source) =>
    set((s) => ({
      incidents: collection.features,
      metadata: collection.metadata ?? null,
      loadError: null,
      dataSource: source,
      loading: false,
      // A selection survives only if the new data has it (a shared link's `sel=` on first load).
      selectedId: s.selectedId !== null && collection.features.some((f) => f.id === s.selectedId) ? s.selectedId : null,
      hoveredId: null,
    })),
  setLoadError: (message) => set({ loadError: message, loading: false }),
  setImportMessage: (importMessage) => set({ importMessage }),
});
