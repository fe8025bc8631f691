import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader as Pbf } from 'pbf';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SdfGlyph } from '../scripts/basemap-glyphs.ts';
import { buildBasemap, DEFAULT_OUT_DIR, layersDir } from '../scripts/build-basemap.ts';
import { BASEMAP_ATTRIBUTION, basemapStyle, BASEMAP_TILE_MAX_ZOOM, styleFromUrl } from '../src/map/basemap-style.ts';
import { mercatorX, mercatorY } from '../src/map/cluster-index.ts';

// Builds into the real public/basemap/ so a clean clone gets its assets and
// later runs hit the up-to-date check instead of rebuilding.
const outDir = DEFAULT_OUT_DIR;
const layers = layersDir(outDir);

beforeAll(async () => {
  await buildBasemap(outDir);
});

/**
 * An independent protobuf reader for the glyph schema, so the test does not
 * just mirror the writer's assumptions.
 */
function decodeGlyphPbf(buf: Uint8Array): { name: string; range: string; glyphs: SdfGlyph[] }[] {
  const fields = (bytes: Uint8Array): { field: number; value: number | Uint8Array }[] => {
    const out: { field: number; value: number | Uint8Array }[] = [];
    let pos = 0;
    const varint = (): number => {
      let result = 0;
      let shift = 1;
      for (;;) {
        const b = bytes[pos++];
        if (b === undefined) throw new Error('truncated varint');
        result += (b & 0x7f) * shift;
        if (b < 0x80) return result;
        shift *= 128;
      }
    };
    while (pos < bytes.length) {
      const tag = varint();
      const wire = tag & 7;
      if (wire === 0) out.push({ field: tag >> 3, value: varint() });
      else if (wire === 2) {
        const len = varint();
        out.push({ field: tag >> 3, value: bytes.subarray(pos, pos + len) });
        pos += len;
      } else throw new Error(`unexpected wire type ${wire}`);
    }
    return out;
  };
  const zigzag = (n: number): number => (n % 2 === 0 ? n / 2 : -(n + 1) / 2);
  const text = (v: number | Uint8Array): string => new TextDecoder().decode(v as Uint8Array);
  return fields(buf)
    .filter((f) => f.field === 1)
    .map((stack) => {
      const result = { name: '', range: '', glyphs: [] as SdfGlyph[] };
      for (const f of fields(stack.value as Uint8Array)) {
        if (f.field === 1) result.name = text(f.value);
        else if (f.field === 2) result.range = text(f.value);
        else if (f.field === 3) {
          const g: SdfGlyph = { id: 0, bitmap: new Uint8Array(0), width: 0, height: 0, left: 0, top: 0, advance: 0 };
          for (const gf of fields(f.value as Uint8Array)) {
            const n = gf.value as number;
            if (gf.field === 1) g.id = n;
            else if (gf.field === 2) g.bitmap = gf.value as Uint8Array;
            else if (gf.field === 3) g.width = n;
            else if (gf.field === 4) g.height = n;
            else if (gf.field === 5) g.left = zigzag(n);
            else if (gf.field === 6) g.top = zigzag(n);
            else if (gf.field === 7) g.advance = n;
          }
          result.glyphs.push(g);
        }
      }
      return result;
    });
}

function readGlyphRange(fontstack: string, range: string) {
  const stacks = decodeGlyphPbf(readFileSync(join(outDir, 'fonts', fontstack, `${range}.pbf`)));
  expect(stacks).toHaveLength(1);
  const stack = stacks[0];
  if (!stack) throw new Error('no fontstack');
  expect(stack.name).toBe(fontstack);
  expect(stack.range).toBe(range);
  return stack;
}

function expectPlausibleGlyph(glyph: SdfGlyph | undefined): void {
  expect(glyph).toBeDefined();
  if (!glyph) return;
  // A 24 px capital: roughly 10-22 px wide, 15-20 px tall, sitting on the baseline.
  expect(glyph.width).toBeGreaterThanOrEqual(10);
  expect(glyph.width).toBeLessThanOrEqual(22);
  expect(glyph.height).toBeGreaterThanOrEqual(15);
  expect(glyph.height).toBeLessThanOrEqual(20);
  expect(glyph.bitmap.length).toBe((glyph.width + 6) * (glyph.height + 6));
  // fontnik convention: top = glyph top above the baseline minus 24.
  expect(glyph.top).toBeGreaterThanOrEqual(-10);
  expect(glyph.top).toBeLessThanOrEqual(-4);
  expect(glyph.advance).toBeGreaterThan(glyph.width - 2);
  // An SDF has inside (>192), edge and outside (<64) values, not a flat fill.
  expect(Math.max(...glyph.bitmap)).toBeGreaterThan(192);
  expect(Math.min(...glyph.bitmap)).toBeLessThan(64);
}

describe('offline basemap build', () => {
  it('writes every layer as a non-empty GeoJSON FeatureCollection, outside the app folder', () => {
    expect(existsSync(join(outDir, 'land.geojson'))).toBe(false);
    for (const file of [
      'land.geojson',
      'country-borders.geojson',
      'country-labels.geojson',
      'admin1-borders.geojson',
      'admin1-labels.geojson',
      'places.geojson',
    ]) {
      const data = JSON.parse(readFileSync(join(layers, file), 'utf8')) as FeatureCollection;
      expect(data.type, file).toBe('FeatureCollection');
      expect(data.features.length, file).toBeGreaterThan(0);
    }
  });

  it('has the places and regions analysts look for', () => {
    const places = JSON.parse(readFileSync(join(layers, 'places.geojson'), 'utf8')) as FeatureCollection;
    const kyiv = places.features.find((f) => f.properties?.name === 'Kyiv');
    expect(kyiv?.properties).toMatchObject({ capital: 2, cc: 'UA', rank: 1 });
    const regions = JSON.parse(readFileSync(join(layers, 'admin1-labels.geojson'), 'utf8')) as FeatureCollection;
    const kharkiv = regions.features.find((f) => f.properties?.name === 'Kharkiv' && f.properties.iso_a2 === 'UA');
    expect(kharkiv?.properties?.gn_a1_code).toMatch(/^UA\./);
  });

  it('draws Crimea\'s line of control as disputed, not as a settled border', () => {
    const borders = JSON.parse(readFileSync(join(layers, 'country-borders.geojson'), 'utf8')) as FeatureCollection;
    const disputed = borders.features.find((f) => f.properties?.disputed === true);
    const lines = disputed?.geometry.type === 'MultiLineString' ? disputed.geometry.coordinates : [];
    // The Perekop isthmus, around 33.5-34.5 E, 45.9-46.3 N.
    const crossesPerekop = lines.some((line) =>
      line.some(([lon = 0, lat = 0]) => lon > 33.3 && lon < 34.8 && lat > 45.8 && lat < 46.4),
    );
    expect(crossesPerekop).toBe(true);
  });

  /** The names in one basemap layer of the tile of zoom z holding lon, lat (null: no tile). */
  function namesInTile(z: number, lon: number, lat: number, layer: string): string[] | null {
    const x = Math.floor(mercatorX(lon) * 2 ** z);
    const y = Math.floor(mercatorY(lat) * 2 ** z);
    const path = join(outDir, 'tiles', String(z), String(x), `${y}.pbf`);
    if (!existsSync(path)) return null;
    const tile = new VectorTile(new Pbf(readFileSync(path)));
    const l = tile.layers[layer];
    return l ? Array.from({ length: l.length }, (_, i) => String(l.feature(i).properties.name)) : [];
  }

  it('cuts vector tiles that hold what each zoom shows', () => {
    // The world tile: land, and no town labels (they appear from zoom 2 by rank).
    const world = new VectorTile(new Pbf(readFileSync(join(outDir, 'tiles', '0', '0', '0.pbf'))));
    expect(world.layers.land?.length).toBeGreaterThan(0);
    expect(world.layers.places).toBeUndefined();
    // Capitals from zoom 2; a small town only in the last zoom's tiles, which closer views overzoom.
    expect(namesInTile(2, 30.52, 50.45, 'places')).toContain('Kyiv');
    expect(namesInTile(2, 30.52, 50.45, 'places')).not.toContain('Bucha');
    expect(namesInTile(BASEMAP_TILE_MAX_ZOOM, 30.24, 50.54, 'places')).toContain('Bucha');
    expect(namesInTile(BASEMAP_TILE_MAX_ZOOM, 36.23, 49.99, 'admin1-labels')).toContain('Kharkiv');
    // Open sea: no tile at all (MapLibre draws a missing tile empty).
    expect(namesInTile(BASEMAP_TILE_MAX_ZOOM, -30, 0, 'land')).toBeNull();
  });

  it('credits its sources in ATTRIBUTION.txt', () => {
    const text = readFileSync(join(outDir, 'ATTRIBUTION.txt'), 'utf8');
    expect(text).toContain('© GeoNames (CC BY 4.0)');
    expect(text).toContain('Natural Earth (public domain)');
    expect(text).toContain('Open Font License');
  });

  it('encodes Latin glyphs that MapLibre can lay out', () => {
    const stack = readGlyphRange('Noto Sans Regular', '0-255');
    expectPlausibleGlyph(stack.glyphs.find((g) => g.id === 'A'.codePointAt(0)));
    const space = stack.glyphs.find((g) => g.id === 32);
    expect(space?.advance).toBeGreaterThan(3);
    expect(space?.bitmap.length).toBe(0);
    expectPlausibleGlyph(readGlyphRange('Noto Sans Bold', '0-255').glyphs.find((g) => g.id === 'A'.codePointAt(0)));
  });

  it('encodes Cyrillic glyphs in 1024-1279', () => {
    const stack = readGlyphRange('Noto Sans Regular', '1024-1279');
    expectPlausibleGlyph(stack.glyphs.find((g) => g.id === 'Ж'.codePointAt(0)));
    expect(stack.glyphs.some((g) => g.id === 'ї'.codePointAt(0))).toBe(true);
  });

  it('writes a (possibly empty) file for every range, so no label request 404s', () => {
    expect(existsSync(join(outDir, 'fonts', 'Noto Sans Regular', '65280-65535.pbf'))).toBe(true);
    expect(readGlyphRange('Noto Sans Regular', '19968-20223').glyphs).toHaveLength(0);
  });

  it('skips the work when its outputs are newer than its inputs', async () => {
    const again = await buildBasemap(outDir);
    expect(again.skipped).toBe(true);
  });
});

describe('basemap style', () => {
  const style = basemapStyle('/');

  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('uses only local URLs', () => {
    const urls = [
      style.glyphs ?? '',
      ...Object.values(style.sources).flatMap((s) => ('data' in s ? [s.data] : 'tiles' in s ? (s.tiles ?? []) : [''])),
    ];
    for (const url of urls) {
      expect(typeof url).toBe('string');
      expect(url as string).toMatch(/^\/basemap\//);
      expect(url as string).not.toMatch(/^[a-z]+:/i);
    }
    expect(JSON.stringify(style)).not.toMatch(/https?:/);
  });

  it('names its layers with the basemap- prefix and credits every source', () => {
    for (const layer of style.layers) expect(layer.id).toMatch(/^basemap-/);
    for (const source of Object.values(style.sources)) {
      expect('attribution' in source && source.attribution).toBeTruthy();
    }
    expect(BASEMAP_ATTRIBUTION.join(' ')).toContain('GeoNames');
  });

  it('prefers a configured online style and falls back to the embedded one', () => {
    expect(styleFromUrl('https://tiles.example/style.json', '/')).toBe('https://tiles.example/style.json');
    expect(styleFromUrl(undefined, '/app/')).toEqual(basemapStyle('/app/'));
    expect(styleFromUrl('  ', '/')).toEqual(basemapStyle('/'));
  });
});
