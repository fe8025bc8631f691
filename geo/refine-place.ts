// Places the words make more precise than the gazetteer entry: "southern Red Sea", "western
// Kyiv", "the Black Sea south of Odesa". The derived place keeps its gazetteer origin in its
// name and feature code, and a smaller footprint in the named part.

import type { Place } from './types.ts';

/** Compass directions as (north, east) unit steps. The gazetteer build reads them too, to find
 * where a shore-drawn sea's named parts lie. */
export const DIRECTIONS: Readonly<Record<string, readonly [number, number]>> = {
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

/** The country or admin-1 unit a named part ("northwestern Pakistan") was cut from, and the
 * direction: what that part holds is the unit's places on that side, not a circle round a
 * point (Niger's west reaches Tillabéri, 600 km from the point "western Niger" is drawn at). */
const PARTS = new WeakMap<Place, { whole: Place; dir: string }>();

/** The country or admin-1 unit a named part was cut from, with the direction; null for any
 * other place. */
export function wholeOf(part: Place): { whole: Place; dir: string } | null {
  return PARTS.get(part) ?? null;
}

/** Whether a place lies on the named side of the whole's centre ("western Niger": west of
 * Niger's centre). Whether it lies in the whole at all is for the caller to ask. */
export function onNamedSide(part: { whole: Place; dir: string }, inner: Place): boolean {
  const north = inner.lat - part.whole.lat;
  const east = (inner.lon - part.whole.lon) * Math.cos((part.whole.lat * Math.PI) / 180);
  // "central Syria": the inner half of the unit round its centre.
  if (part.dir === CENTRAL) return Math.hypot(north, east) * 111.32 <= part.whole.radiusKm * CENTRAL_SHARE;
  const [dLat, dLon] = DIRECTIONS[part.dir]!;
  return dLat * north + dLon * east > 0;
}

const CENTRAL = 'central';
/** How much of a unit's reach "central" covers. */
const CENTRAL_SHARE = 0.5;

/** The words before a country name its middle: "in central Syria". */
export function namesCentre(place: Place, textBefore: string): boolean {
  return place.kind === 'country' && /\bcentral\s+$/.test(textBefore);
}

/** "in central Syria", "central Mali": a country's middle (lower-case: not "Central Asia" or
 * "the Central African Republic"). Not a region's: "Nigeria's central Benue state" says where
 * the state lies in the country. Not a city's: "central Kyiv" is Kyiv. */
export function centralPart(place: Place, textBefore: string): Place | null {
  if (!namesCentre(place, textBefore)) return null;
  const part = Object.freeze({
    ...whole(place),
    kind: 'region' as const,
    index: derivedIndex(place, 1 + DIRECTION_NAMES.length),
    name: `central ${place.name}`,
    radiusKm: Math.round(place.radiusKm * CENTRAL_SHARE * 10) / 10,
  });
  PARTS.set(part, { whole: place, dir: CENTRAL });
  return part;
}

/** The named part of a place: half-way to its edge in that direction, with a smaller footprint.
 * `named` false moves a place without renaming it (a district moved by its city's direction). */
export function partOf(place: Place, dir: string, named = true): Place {
  const part = namedPart(place, dir, named);
  if (place.kind === 'country' || place.kind === 'admin1') PARTS.set(part, { whole: place, dir });
  return part;
}

/** A place's fields for a place derived from it: a part or a point near it has no parts. */
function whole(place: Place): Omit<Place, 'parts'> {
  const { parts: _parts, ...rest } = place;
  return rest;
}

function namedPart(place: Place, dir: string, named: boolean): Place {
  // A long area drawn from its shores knows where its parts lie; any other is taken as a circle.
  const known = place.parts?.[dir];
  const { lat, lon } = known ?? shifted(place, dir, place.radiusKm * 0.5);
  return Object.freeze({
    ...whole(place),
    // "northeastern Jordan" is a region of the country, no longer the whole country: mapped at
    // region precision rather than left off the map like a country's centroid.
    kind: place.kind === 'country' ? ('region' as const) : place.kind,
    index: derivedIndex(place, 1 + DIRECTION_NAMES.indexOf(dir)),
    name: named ? `${dir}ern ${place.name}` : place.name,
    lat,
    lon,
    radiusKm: known ? known.radiusKm : Math.round(place.radiusKm * 0.6 * 10) / 10,
  });
}

/** A sea area off a coastal place ("the Black Sea south of Odesa"): near the coast, at sea. */
export function offshore(sea: Place, coast: Place, dir: string | null): Place {
  const point = dir ? shifted(coast, dir, 40) : { lat: coast.lat, lon: coast.lon };
  return Object.freeze({
    ...whole(sea),
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

/** "about 91 nautical miles southeast of", "15 km north of", "40 kilometres (25 miles) southwest
 * of the regional capital": a distance and a direction from the place named next. Groups: the
 * number, the unit, the direction. */
export const OFFSET_BEFORE =
  /\b(\d{1,4}(?:[.,]\d+)?)\s*(nautical miles?|nm|miles?|kilometres?|kilometers?|km)(?:\s*\([^)]{1,30}\))?\s+(?:to the\s+)?((?:north|south)[-\s]?(?:east|west)|north|south|east|west)(?:ern)?\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?(?:(?:regional|provincial|state|district)\s+capital,?\s+|(?:[A-Z][\w-]*\s+)?(?:(?:port\s+)?city|town|port|village)\s+of\s+)?$/i;

const KM_PER: Record<string, number> = { nautical: 1.852, nm: 1.852, mile: 1.609, miles: 1.609, kilometre: 1, kilometres: 1, kilometer: 1, kilometers: 1, km: 1 };

/** The place the words put at a distance and direction from a named one ("91 nautical miles
 * southeast of Aden"): that point, with a footprint for how roughly such distances are given. */
export function offsetFrom(place: Place, match: RegExpExecArray): Place | null {
  const n = Number(match[1]!.replace(',', '.'));
  const unit = match[2]!.toLowerCase().split(' ')[0]!;
  const dir = direction(match[3]!);
  const km = n * (KM_PER[unit] ?? 1);
  if (!dir || !(km > 0) || km > 2000) return null;
  const at = shifted(place, dir, km);
  return Object.freeze({
    ...whole(place),
    kind: 'region' as const,
    // Its own range of derived indexes: same base and direction, whatever the distance, so two
    // reports of the same offset place can merge (by distance, as any two places).
    index: -(1e12 + place.index * 8 + DIRECTION_NAMES.indexOf(dir)),
    name: `${Math.round(km)} km ${dir} of ${place.name}`,
    lat: at.lat,
    lon: at.lon,
    radiusKm: Math.round(Math.max(5, km * 0.15) * 10) / 10,
  });
}

/** "west of Khan Younis", "south of the city of Cali", with no distance: just outside the place
 * on that side, with a footprint as large as the place (at least 5 km). */
// (A country's possessive may come between: "65 nautical miles west of Yemen's Hodeidah".)
export const BEARING_BEFORE = /\b((?:north|south)[-\s]?(?:east|west)|north|south|east|west)\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?(?:(?:[\w-]+\s+)?(?:city|town|village|port)\s+of\s+)?$/i;

export function besideOf(place: Place, dirWord: string): Place | null {
  const dir = direction(dirWord);
  if (!dir) return null;
  const km = Math.max(5, place.radiusKm);
  const at = shifted(place, dir, km);
  return Object.freeze({
    ...whole(place),
    kind: place.kind === 'country' ? ('region' as const) : place.kind,
    // Its own range of derived indexes, like offsetFrom's.
    index: -(2e12 + place.index * 8 + DIRECTION_NAMES.indexOf(dir)),
    name: `${dir} of ${place.name}`,
    lat: at.lat,
    lon: at.lon,
    radiusKm: km,
  });
}

/** "the Pokrovsk direction", "the Bakhmut front", "the Dnipro area": somewhere around a town,
 * not the town itself. The town's point, with a footprint of a front sector. */
/** One of a list's areas: "the Pokrovsk and Lyman directions" gives "Lyman direction". */
function singularArea(word: string): string {
  return word === 'axes' ? 'axis' : word.replace(/^(direction|sector|front|area)s$/, '$1');
}

const AROUND_BASE = 2e12;
/** The index of the place an area was drawn around ("the Soba area"), or null. */
export function aroundOf(place: Place): number | null {
  return place.index <= -AROUND_BASE ? -place.index - AROUND_BASE : null;
}

export function areaAround(place: Place, word: string): Place {
  return Object.freeze({
    ...whole(place),
    kind: 'region' as const,
    index: -(AROUND_BASE + place.index),
    name: `${place.name} ${singularArea(word.toLowerCase())}`,
    radiusKm: Math.max(25, place.radiusKm * 2),
  });
}
