// Cuts the basemap's GeoJSON layers into vector tiles (MVT) at build time.
//
// Served as GeoJSON, every page load made the map's worker parse and index 8 MB of basemap
// (and cut each tile from it) before the map could settle: about 4 s on a two-core machine
// with software WebGL, with no incident loaded at all. Cut once here, the worker fetches and
// decodes the few small tiles the view needs. Past the last tile zoom MapLibre overzooms.

import { GeoJSONVT } from '@maplibre/geojson-vt';
import { featureFilter, type LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { FeatureCollection } from 'geojson';

/** MVT's usual extent: at the last tile zoom (6) one unit is 1/8 px, and still under 40 px
 * at zoom 14, well inside the accuracy of 1:50m and 1:10m data. */
const EXTENT = 4096;

interface LayerTest {
  minzoom: number;
  filter: ReturnType<typeof featureFilter> | null;
}

/**
 * Yields [path, bytes] for every tile from zoom 0 to `maxZoom` holding anything a style layer
 * draws: `tiles/{z}/{x}/{y}.pbf`, one MVT layer per key of `layers`. Below `maxZoom` a feature
 * goes into a tile only if some style layer of its source layer shows it at that zoom (the
 * style's filters and minzooms decide, so small places are not in the world tile); the last
 * zoom keeps everything, since its tiles are overzoomed for every closer view.
 */
export function* vectorTiles(layers: Record<string, FeatureCollection>, style: LayerSpecification[], maxZoom: number): Generator<[string, Uint8Array]> {
  const sources = Object.entries(layers).map(([name, data]) => {
    const tests: LayerTest[] = style
      .filter((l) => 'source-layer' in l && l['source-layer'] === name)
      .map((l) => ({ minzoom: l.minzoom ?? 0, filter: 'filter' in l && l.filter ? featureFilter(l.filter, 'filter') : null }));
    if (tests.length === 0) throw new Error(`no style layer draws the basemap layer "${name}"`);
    // indexMaxZoom 0: tiles are cut on demand, each once, as the loop below asks for them.
    const index = new GeoJSONVT(data, { maxZoom, indexMaxZoom: 0, extent: EXTENT, buffer: 64 });
    return { name, index, tests };
  });
  for (let z = 0; z <= maxZoom; z++) {
    const n = 2 ** z;
    for (let x = 0; x < n; x++) {
      for (let y = 0; y < n; y++) {
        const tile: Parameters<typeof fromGeojsonVt>[0] = {};
        for (const { name, index, tests } of sources) {
          // A tile of zoom z is drawn from zoom z to z + 1.
          const shown = z === maxZoom ? tests : tests.filter((t) => t.minzoom < z + 1);
          if (shown.length === 0) continue;
          const cut = index.getTile(z, x, y);
          if (!cut) continue;
          const features =
            z === maxZoom
              ? cut.features
              : cut.features.filter((f) =>
                  shown.some((t) => t.filter === null || t.filter.filter({ zoom: z }, { type: f.type, properties: f.tags ?? {} })),
                );
          if (features.length > 0) tile[name] = { ...cut, features: features as typeof cut.features };
        }
        if (Object.keys(tile).length > 0) yield [`tiles/${z}/${x}/${y}.pbf`, fromGeojsonVt(tile, { version: 2, extent: EXTENT })];
      }
    }
  }
}
