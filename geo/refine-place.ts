// Places the words make more precise than the gazetteer entry: "southern Red Sea", "western
// Kyiv", "the Black Sea south of Odesa". The derived place keeps its gazetteer origin in its
// name and feature code, and a smaller footprint in the named part.

import type { Place } from './types.ts';

const DIRECTIONS: Record<string, [number, number]> = {
  north: [1, 0], south: [-1, 0], east: [0, 1], west: [0, -1],
  northeast: [0.7, 0.7], northwest: [0.7, -0.7], southeast: [-0.7, 0.7], southwest: [-0.7, -0.7],
};
const DIRECTION_NAMES = Object.keys(DIRECTIONS);

/** "southern", "north-eastern", "South" -> a compass direction, or null. */
export function direction(word: string): string | null {
  const w = word.toLowerCase().replace(/[-\s]/g, '').replace(/ern$/, '');
  return DIRECTION_NAMES.includes(w) ? w : null;
}

/** The direction word right before a name ("in the southern Red Sea", "western Kyiv"). */
export function directionBefore(textBefore: string): string | null {
  const m = /\b((?:north|south)?-?(?:east|west)?(?:ern)?|north(?:ern)?|south(?:ern)?)\s+$/i.exec(textBefore);
  return m && m[1] ? direction(m[1]) : null;
}

function shifted(place: Place, dir: string, km: number): { lat: number; lon: number } {
  const [dLat, dLon] = DIRECTIONS[dir]!;
  const lat = place.lat + (dLat * km) / 111.32;
  const lon = place.lon + (dLon * km) / (111.32 * Math.cos((place.lat * Math.PI) / 180));
  return { lat: Math.round(lat * 1e4) / 1e4, lon: Math.round(lon * 1e4) / 1e4 };
}

// Derived places get negative indexes, distinct per base place and direction, so that merging
// still tells "southern Red Sea" and "Red Sea" apart but matches two reports of the same part.
function derivedIndex(base: Place, slot: number): number {
  return -(1 + base.index * 32 + slot);
}

/** The named part of a place: half-way to its edge in that direction, with a smaller footprint.
 * `named` false moves a place without renaming it (a district moved by its city's direction). */
export function partOf(place: Place, dir: string, named = true): Place {
  const { lat, lon } = shifted(place, dir, place.radiusKm * 0.5);
  return Object.freeze({
    ...place,
    // "northeastern Jordan" is a region of the country, no longer the whole country: mapped at
    // region precision rather than left off the map like a country's centroid.
    kind: place.kind === 'country' ? ('region' as const) : place.kind,
    index: derivedIndex(place, 1 + DIRECTION_NAMES.indexOf(dir)),
    name: named ? `${dir}ern ${place.name}` : place.name,
    lat,
    lon,
    radiusKm: Math.round(place.radiusKm * 0.6 * 10) / 10,
  });
}

/** A sea area off a coastal place ("the Black Sea south of Odesa"): near the coast, at sea. */
export function offshore(sea: Place, coast: Place, dir: string | null): Place {
  const point = dir ? shifted(coast, dir, 40) : { lat: coast.lat, lon: coast.lon };
  return Object.freeze({
    ...sea,
    index: derivedIndex(coast, 16 + (dir ? 1 + DIRECTION_NAMES.indexOf(dir) : 0)),
    name: `${sea.name} ${dir ? `${dir} of` : 'off'} ${coast.name}`,
    countryCode: coast.countryCode,
    admin1: coast.admin1,
    admin1Code: coast.admin1Code,
    lat: point.lat,
    lon: point.lon,
    radiusKm: 60,
  });
}
