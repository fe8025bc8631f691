import 'maplibre-gl/dist/maplibre-gl.css';
import './styles.css';
import { setWorkerUrl } from 'maplibre-gl';
// The worker ships as its own file; Vite copies it with a hashed name, served from 'self'.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { loadAppConfig } from './app-config.ts';
import type { ImportResult } from './import-file.ts';
import type { MapController } from './map/map-controller.ts';
import { chooseStyle } from './map/choose-style.ts';
import { searchKnownPlaces, setPlaceSearchBackend } from './project/place-search.ts';
import { appStore } from './store/app-store.ts';
import { searchGazetteerPlaces } from './store/project-slice.ts';
import { warmSearchIndex } from './filters/search-text.ts';
import { applyHash, syncUrl } from './url-sync.ts';

/** Read-only handles for the browser tests (only with ?test=1): where a marker is on screen,
 * when the map has settled, how many incidents it draws. */
export interface IncidentMapTestHook {
  project(id: string): { x: number; y: number } | null;
  settled(): Promise<void>;
  drawn(): Promise<void>;
  renderedCount(): number;
  renderedAreas(): string[];
}

declare global {
  interface Window {
    __incidentMap?: IncidentMapTestHook;
  }
}

/** Starts the page: the map, the UI and the store, fed by the incidents request the entry
 * point (main.tsx) already started. */
export async function startApp(dataUrl: string, data: Promise<ImportResult>): Promise<void> {
  setWorkerUrl(workerUrl);
  // The review screen searches the whole gazetteer (in the geoparser's worker); if the worker
  // cannot answer, the search falls back to the places of the loaded incidents.
  setPlaceSearchBackend(async (query, limit) => {
    try {
      return await searchGazetteerPlaces(query, limit);
    } catch {
      return searchKnownPlaces(appStore.getState().incidents, query, limit);
    }
  });
  const params = new URLSearchParams(location.search);
  const { hasView } = applyHash(appStore, location.hash);
  syncUrl(appStore);

  // Data and config load in parallel with the map's own start-up.
  const config = await loadAppConfig();
  const choice = chooseStyle(config.styleUrl, new URL('.', location.href).href);

  let mapReady: (c: MapController) => void = () => undefined;
  const mapController = new Promise<MapController>((resolve) => (mapReady = resolve));
  const onMapReady = (c: MapController) => {
    mapReady(c);
    if (params.get('test') !== '1') return;
    window.__incidentMap = Object.freeze({
      project: (id: string) => c.project(id),
      settled: () => c.settled(),
      drawn: () => c.drawn(),
      renderedCount: () => c.renderedCount(),
      renderedAreas: () => c.renderedAreas(),
    });
  };

  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App style={choice.style} fallbackStyle={choice.fallback} attribution={choice.attribution} fitOnLoad={!hasView} onMapReady={onMapReady} />
    </StrictMode>,
  );

  const result = await data;
  if (result.ok) {
    appStore.getState().setCollection(result.collection, dataUrl);
    // Search text is built once the map has drawn the data: its idle-time slices, started any
    // sooner, delayed the map's first draw of a large file by a few hundred milliseconds.
    // (Not waiting more than a few seconds: a map that never settles must not stop search.)
    const drawn = mapController.then((c) => c.settled());
    void Promise.race([drawn, new Promise((r) => setTimeout(r, 5000))]).then(() => warmSearchIndex(result.collection.features));
  }
  else appStore.getState().setLoadError(result.errors.join(' '));
}

