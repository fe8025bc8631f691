// The review panel's gazetteer search box. `searchPlaces(query)` is the one interface; until the
// geoparser worker exposes its gazetteer, it searches the places the loaded incidents already
// know (their places and their runner-up candidates). The worker can take over with
// `setPlaceSearchBackend((q) => gazetteer.search(q))` without the UI changing.

import type { IncidentFeature } from '../../geo/types.ts';
import { normalizeText } from '../filters/text-search.ts';
import { appStore } from '../store/app-store.ts';
import type { PlaceValue } from './types.ts';

export type PlaceSearchBackend = (query: string, limit: number) => Promise<PlaceValue[]>;

const LIMIT = 8;

interface IndexedPlace {
  place: PlaceValue;
  key: string;
  /** Best score the geoparser gave it anywhere: a tie-breaker. */
  score: number;
}

const indexCache = new WeakMap<readonly IncidentFeature[], IndexedPlace[]>();

function placeId(p: Pick<PlaceValue, 'geonames_id' | 'name' | 'lat' | 'lon'>): string {
  return p.geonames_id !== null ? `g${p.geonames_id}` : `${p.name}|${p.lat.toFixed(4)}|${p.lon.toFixed(4)}`;
}

/** Every distinct place the incidents mention: their own places and their candidates. */
export function knownPlaces(incidents: readonly IncidentFeature[]): IndexedPlace[] {
  const hit = indexCache.get(incidents);
  if (hit) return hit;
  const byId = new Map<string, IndexedPlace>();
  const add = (place: PlaceValue, score: number) => {
    const id = placeId(place);
    const old = byId.get(id);
    if (old) old.score = Math.max(old.score, score);
    else byId.set(id, { place, score, key: normalizeText(`${place.name} ${place.admin1 ?? ''} ${place.country_code}`) });
  };
  for (const f of incidents) {
    const p = f.properties;
    const [lon, lat] = f.geometry.coordinates;
    add({ name: p.place_name, admin1: p.admin1, country_code: p.country_code, lat, lon, geonames_id: p.geonames_id, feature_code: p.feature_code, via: 'search' }, p.explanation.score);
    for (const c of p.explanation.candidates) {
      add({ name: c.name, admin1: c.admin1, country_code: c.country_code, lat: c.lat, lon: c.lon, geonames_id: c.geonames_id, feature_code: c.feature_code, via: 'search' }, c.score);
    }
  }
  const list = [...byId.values()];
  indexCache.set(incidents, list);
  return list;
}

/** Places whose name starts with the query first, then those that contain it anywhere (name,
 * admin-1, country code); every word of the query must match. */
export function searchKnownPlaces(incidents: readonly IncidentFeature[], query: string, limit = LIMIT): PlaceValue[] {
  const terms = normalizeText(query).split(/\s+/).filter((t) => t !== '');
  if (terms.length === 0) return [];
  const ranked: Array<[number, IndexedPlace]> = [];
  for (const p of knownPlaces(incidents)) {
    if (!terms.every((t) => p.key.includes(t))) continue;
    ranked.push([p.key.startsWith(terms[0]!) ? 0 : 1, p]);
  }
  ranked.sort((a, b) => a[0] - b[0] || b[1].score - a[1].score || a[1].place.name.localeCompare(b[1].place.name));
  return ranked.slice(0, limit).map(([, p]) => p.place);
}

let backend: PlaceSearchBackend | null = null;

/** Lets the gazetteer (in the geoparser worker) answer the search box; null goes back to the
 * loaded places. */
export function setPlaceSearchBackend(next: PlaceSearchBackend | null): void {
  backend = next;
}

export async function searchPlaces(query: string, limit = LIMIT): Promise<PlaceValue[]> {
  if (backend) return (await backend(query, limit)).map((p) => ({ ...p, via: 'search' }));
  return searchKnownPlaces(appStore.getState().incidents, query, limit);
}
