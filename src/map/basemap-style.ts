// The embedded offline basemap style. Everything it references is generated
// into public/basemap/ by scripts/build-basemap.ts, so the map renders with no
// network; an online style is an optional upgrade, never a requirement.

import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import { perFeature } from './per-feature.ts';

const NATURAL_EARTH = 'Natural Earth (public domain)';
const GEONAMES = '© GeoNames (CC BY 4.0)';

/** Credits for everything the embedded basemap shows, for an about page or a print footer. */
export const BASEMAP_ATTRIBUTION: string[] = [NATURAL_EARTH, GEONAMES, 'Noto Sans font (SIL OFL 1.1)'];

/**
 * Layers an app adds for its own data should go below this one, so incident
 * markers sit over borders but do not hide place names.
 */
export const BASEMAP_FIRST_LABEL_LAYER = 'basemap-admin1-labels';

export const BASEMAP_SOURCE = 'basemap';
/** The closest zoom the basemap tiles are cut at; closer views overzoom them. */
export const BASEMAP_TILE_MAX_ZOOM = 6;

// A muted palette: coloured incident markers are the point of the map, so the
// base stays pale and low-contrast.
const COLORS = {
  sea: '#dde7ee',
  land: '#f6f5f2',
  coast: '#bfcdd8',
  countryBorder: '#9e9ba3',
  admin1Border: '#c3bec8',
  countryLabel: '#6e6a75',
  admin1Label: '#938f99',
  placeMajor: '#3f3d45',
  placeMinor: '#5d5a63',
  halo: 'rgba(246, 245, 242, 0.9)',
};

const COUNTRY_BORDER_WIDTH: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 1, 0.5, 5, 1, 10, 1.8];

const REGULAR = ['Noto Sans Regular'];
const BOLD = ['Noto Sans Bold'];

/** Zoom at which a place of a given rank appears (rank 1 = biggest). */
const placeMinZoom: ExpressionSpecification = ['match', ['get', 'rank'], 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 8];
const countryMinZoom: ExpressionSpecification = ['match', ['get', 'rank'], 1, 1, 2, 2, 3, 3, 4, 4, 5];

// The place labels' colour depends on rank; the other label layers bind theirs per feature too
// (perFeature), so all text shares one shader program.
export function basemapStyle(baseUrl: string): StyleSpecification {
  const root = `${baseUrl}basemap/`;
  return {
    version: 8,
    name: 'Incident map offline basemap',
    glyphs: `${root}fonts/{fontstack}/{range}.pbf`,
    sources: {
      // Vector tiles cut at build time (scripts/basemap-tiles.ts), one MVT layer per file the
      // build writes: land, country-borders, country-labels, admin1-borders, admin1-labels,
      // places. A tile with nothing in it is not written; MapLibre draws a missing one empty.
      [BASEMAP_SOURCE]: {
        type: 'vector',
        tiles: [`${root}tiles/{z}/{x}/{y}.pbf`],
        minzoom: 0,
        maxzoom: BASEMAP_TILE_MAX_ZOOM,
        attribution: `${NATURAL_EARTH} | ${GEONAMES}`,
      },
    },
    layers: [
      { id: 'basemap-sea', type: 'background', paint: { 'background-color': COLORS.sea } },
      // No antialiased outline: the coast layer draws the edge, and the outline pass is another
      // shader program to compile and a second draw of every coastline.
      {
        id: 'basemap-land',
        type: 'fill',
        source: BASEMAP_SOURCE,
        'source-layer': 'land',
        paint: { 'fill-color': COLORS.land, 'fill-antialias': false },
      },
      {
        id: 'basemap-coast',
        type: 'line',
        source: BASEMAP_SOURCE,
        'source-layer': 'land',
        paint: {
          'line-color': COLORS.coast,
          'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.4, 8, 1],
        },
      },
      {
        id: 'basemap-admin1-borders',
        type: 'line',
        source: BASEMAP_SOURCE,
        'source-layer': 'admin1-borders',
        minzoom: 4,
        layout: { 'line-join': 'round' },
        paint: {
          'line-color': COLORS.admin1Border,
          'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.5, 8, 1],
          'line-dasharray': [3, 2],
          'line-opacity': ['interpolate', ['linear'], ['zoom'], 4, 0, 4.5, 1],
        },
      },
      {
        id: 'basemap-country-borders',
        type: 'line',
        source: BASEMAP_SOURCE,
        'source-layer': 'country-borders',
        filter: ['!', ['get', 'disputed']],
        layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: { 'line-color': COLORS.countryBorder, 'line-width': COUNTRY_BORDER_WIDTH },
      },
      // Lines of control (Crimea's with the rest of Ukraine): shown, but not as a settled border.
      {
        id: 'basemap-disputed-borders',
        type: 'line',
        source: BASEMAP_SOURCE,
        'source-layer': 'country-borders',
        filter: ['==', ['get', 'disputed'], true],
        layout: { 'line-join': 'round' },
        paint: {
          'line-color': COLORS.countryBorder,
          'line-width': COUNTRY_BORDER_WIDTH,
          'line-dasharray': [2, 1.5],
        },
      },
      {
        id: 'basemap-admin1-labels',
        type: 'symbol',
        source: BASEMAP_SOURCE,
        'source-layer': 'admin1-labels',
        minzoom: 5,
        // Natural Earth's own min_label says when a region name is worth showing.
        filter: ['<=', ['get', 'min_label'], ['+', ['zoom'], 2]],
        layout: {
          'text-field': ['get', 'name'],
          'text-font': REGULAR,
          'text-size': ['interpolate', ['linear'], ['zoom'], 5, 10, 9, 12],
          'text-letter-spacing': 0.06,
          'text-transform': 'uppercase',
          'text-max-width': 8,
          'symbol-sort-key': ['get', 'labelrank'],
        },
        paint: {
          'text-color': perFeature(COLORS.admin1Label),
          'text-halo-color': COLORS.halo,
          'text-halo-width': 1.2,
        },
      },
      // Later layers win label collisions, so the order here is the priority:
      // country names, then places, then admin-1 names.
      {
        id: 'basemap-places',
        type: 'symbol',
        source: BASEMAP_SOURCE,
        'source-layer': 'places',
        filter: ['>=', ['zoom'], placeMinZoom],
        layout: {
          'text-field': ['get', 'name'],
          'text-font': ['case', ['==', ['get', 'capital'], 2], ['literal', BOLD], ['literal', REGULAR]],
          'text-size': [
            'interpolate',
            ['linear'],
            ['zoom'],
            3,
            ['match', ['get', 'rank'], 1, 12, 2, 11, 10],
            9,
            ['match', ['get', 'rank'], 1, 16, 2, 15, 3, 14, 4, 13, 5, 12.5, 6, 12, 11.5],
          ],
          'text-max-width': 8,
          'symbol-sort-key': ['get', 'rank'],
        },
        paint: {
          'text-color': ['case', ['<=', ['get', 'rank'], 2], COLORS.placeMajor, COLORS.placeMinor],
          'text-halo-color': COLORS.halo,
          'text-halo-width': 1.5,
        },
      },
      {
        id: 'basemap-country-labels',
        type: 'symbol',
        source: BASEMAP_SOURCE,
        'source-layer': 'country-labels',
        filter: ['>=', ['zoom'], countryMinZoom],
        maxzoom: 8,
        layout: {
          'text-field': ['get', 'name'],
          'text-font': BOLD,
          'text-size': [
            'interpolate',
            ['linear'],
            ['zoom'],
            2,
            ['match', ['get', 'rank'], 1, 11, 2, 10, 9],
            6,
            ['match', ['get', 'rank'], 1, 16, 2, 15, 3, 14, 12],
          ],
          'text-transform': 'uppercase',
          'text-letter-spacing': 0.08,
          'text-max-width': 7,
          'symbol-sort-key': ['get', 'rank'],
        },
        paint: {
          'text-color': perFeature(COLORS.countryLabel),
          'text-halo-color': COLORS.halo,
          'text-halo-width': 1.4,
        },
      },
    ],
  };
}

/**
 * The style to hand to MapLibre: a configured online style URL (VITE_STYLE_URL)
 * when there is one, otherwise the embedded offline basemap.
 */
export function styleFromUrl(url: string | undefined, baseUrl: string): string | StyleSpecification {
  const trimmed = url?.trim();
  return trimmed ? trimmed : basemapStyle(baseUrl);
}
