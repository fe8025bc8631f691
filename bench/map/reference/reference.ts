// The benchmark's reference: a bare MapLibre page with the same basemap, the same points and
// the same clustering as the app, and nothing else. The app is measured against it.

import 'maplibre-gl/dist/maplibre-gl.css';
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { basemapStyle } from '../../../src/map/basemap-style.ts';
import { clusteredIncidentSource } from '../../../src/map/incident-layers.ts';

declare global {
  interface Window {
    __referenceLoadedAt?: number;
    __referenceMap?: MapLibreMap;
  }
}

setWorkerUrl(workerUrl);
const params = new URLSearchParams(location.search);
const [zoom, lat, lon] = (params.get('map') ?? '4/45/30').split('/').map(Number) as [number, number, number];
const map = new MapLibreMap({
  container: 'map',
  style: basemapStyle(new URL('.', location.href).href),
  center: [lon, lat],
  zoom,
  canvasContextAttributes: { antialias: false },
});
window.__referenceMap = map;

map.on('load', () => {
  // The same source options as the app, but the worker fetches and parses the file itself.
  map.addSource('incidents', { ...clusteredIncidentSource(), data: './data/incidents.geojson' });
  map.addLayer({
    id: 'clusters',
    type: 'circle',
    source: 'incidents',
    filter: ['has', 'point_count'],
    paint: { 'circle-color': '#243447', 'circle-radius': ['step', ['get', 'point_count'], 14, 10, 17, 100, 21, 1000, 25, 10000, 30] },
  });
  map.addLayer({
    id: 'cluster-count',
    type: 'symbol',
    source: 'incidents',
    filter: ['has', 'point_count'],
    layout: { 'text-field': ['get', 'point_count_abbreviated'], 'text-font': ['Noto Sans Bold'], 'text-size': 12 },
    paint: { 'text-color': '#ffffff' },
  });
  map.addLayer({
    id: 'points',
    type: 'circle',
    source: 'incidents',
    filter: ['!', ['has', 'point_count']],
    paint: { 'circle-color': '#D55E00', 'circle-radius': 7, 'circle-stroke-color': '#fff', 'circle-stroke-width': 2 },
  });
  const onData = (e: { sourceId?: string; isSourceLoaded?: boolean }) => {
    if (e.sourceId !== 'incidents' || !e.isSourceLoaded || !map.getSource('incidents')?.loaded()) return;
    map.off('sourcedata', onData);
    map.once('idle', () => (window.__referenceLoadedAt = performance.now()));
  };
  map.on('sourcedata', onData);
});
