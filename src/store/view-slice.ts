import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './app-store.ts';

export interface ViewState {
  /** [lon, lat] */
  center: [number, number];
  zoom: number;
  selectedId: string | null;
  hoveredId: string | null;
}

export interface ViewActions {
  setView(center: [number, number], zoom: number): void;
  select(id: string | null): void;
  hover(id: string | null): void;
}

export type ViewSlice = ViewState & ViewActions;

/** Europe and the Middle East, where the seed reports' incidents are. */
export const DEFAULT_CENTER: [number, number] = [33, 44];
export const DEFAULT_ZOOM = 3.2;

export function initialViewState(): ViewState {
  return { center: DEFAULT_CENTER, zoom: DEFAULT_ZOOM, selectedId: null, hoveredId: null };
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  ...initialViewState(),
  setView: (center, zoom) => set({ center, zoom }),
  select: (selectedId) => set({ selectedId }),
  hover: (hoveredId) => set((s) => (s.hoveredId === hoveredId ? s : { hoveredId })),
});
