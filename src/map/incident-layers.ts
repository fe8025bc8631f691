import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  FilterSpecification,
  GeoJSONSourceSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import { EVENT_STYLES, EVENT_TYPE_ORDER } from '../event-styles.ts';
import { perFeature } from './per-feature.ts';

/** The map's own copy of each incident: just what the layers draw. The full incident (sources,
 * quotes) stays on the main thread; sending 100,000 of them to the worker on every filter change
 * would cost far more than the clustering itself. */
export interface MarkerProperties {
  /** Index into the loaded incidents; also the feature id, for feature-state. */
  i: number;
  /** event_type */
  t: string;
  /** 1 when the place is only known to a region, country or sea: drawn hollow. */
  h: 0 | 1;
  /** Number of supporting reports. */
  n: number;
  /** Uncertainty radius in screen pixels at zoom 0 (radius_km over metres-per-pixel at the
   * latitude), so a zoom interpolation can scale it without per-frame work. */
  rz: number;
  /** 1 when the analyst rejected it: drawn faded (shown only when the status filter asks). */
  r: 0 | 1;
}

export const INCIDENT_SOURCE = 'incidents';
/** The same features' uncertainty circles, in a source of their own (see MARKER_TILE_SIZE). */
export const AREA_SOURCE = 'incident-areas';
export const FOCUS_SOURCE = 'incident-focus';

/** Clusters split by zoom 11; past it, points at one spot are offered as a list on click. */
export const CLUSTER_MAX_ZOOM = 11;
export const CLUSTER_RADIUS = 48;

/** The incidents source: clusters and lone incidents of one zoom level, computed by
 * ClusterIndex (cluster-index.ts), so the source itself does not cluster. */
export function incidentSource(): GeoJSONSourceSpecification {
  return {
    type: 'geojson',
    data: { type: 'FeatureCollection', features: [] },
    // A point marker needs no tile buffer beyond its own size.
    buffer: 32,
    maxzoom: 14,
  };
}

/** The incidents source's tile size, in pixels (a GeoJSON source's is 512 otherwise).
 *
 * A filter change makes the map's worker lay out every tile of the incidents source again, one
 * after another, and the page draws as they come in: at the benchmark's view (zoom 4, a laptop
 * screen) that was nine tiles. Tiles of 2048 pixels cover the same view with two to four. In
 * four A/B runs of the benchmark's filter changes (48-96 each) the median change reached the
 * screen in 94-123 ms against 105-125 ms, and the slowest tenth in 153-217 against 180-220 ms.
 * The markers do not mind: their size does not depend on the zoom. The uncertainty circles do
 * (their radius grows with it), and MapLibre evaluates zoom-dependent sizes at the tile's zoom,
 * two levels below the view's here: in big tiles the circles were not drawn at all. So they
 * stay in a source of 512-pixel tiles (AREA_SOURCE), which only the imprecise incidents use. */
export const MARKER_TILE_SIZE = 2048;

/** The same clusters as MapLibre's own clustering would make: the benchmark's bare reference. */
export function clusteredIncidentSource(): GeoJSONSourceSpecification {
  return { ...incidentSource(), cluster: true, clusterMaxZoom: CLUSTER_MAX_ZOOM, clusterRadius: CLUSTER_RADIUS };
}

export function focusSource(): GeoJSONSourceSpecification {
  return { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };
}

const IS_CLUSTER: FilterSpecification = ['has', 'point_count'];
const IS_POINT: FilterSpecification = ['!', ['has', 'point_count']];

/** Metres per pixel at zoom 0 on the equator, for MapLibre's 512-pixel tiles. */
export const METERS_PER_PIXEL_Z0 = 40_075_016.686 / 512;

export function radiusAtZoom0(radiusKm: number, lat: number): number {
  return (radiusKm * 1000) / (METERS_PER_PIXEL_Z0 * Math.cos((lat * Math.PI) / 180));
}

const typeColor: ExpressionSpecification = [
  'match',
  ['get', 't'],
  ...EVENT_TYPE_ORDER.flatMap((t) => [t, EVENT_STYLES[t].color]),
  EVENT_STYLES.other.color,
] as unknown as ExpressionSpecification;

/** markerImageName (marker-images.ts) as an expression: type, hollow, report badge. */
export const markerImage: ExpressionSpecification = [
  'concat',
  'marker-',
  ['get', 't'],
  ['case', ['==', ['get', 'h'], 1], '-hollow', ''],
  ['case', ['>', ['get', 'n'], 9], '-b9+', ['>', ['get', 'n'], 1], ['concat', '-b', ['to-string', ['get', 'n']]], ''],
];

// Every circle layer binds the same paint properties the same way (per feature, radius per
// feature and zoom), and so does every icon layer, so each kind compiles one shader program
// (perFeature). Hence some values below are bound per feature although they do not vary.
const perFeatureAndZoom = (radius: ExpressionSpecification | number): ExpressionSpecification => [
  'interpolate',
  ['linear'],
  ['zoom'],
  0,
  radius,
  22,
  radius,
];

/** Faded when the analyst rejected it (shown only when the status filter asks). */
const rejectedOpacity: ExpressionSpecification = ['case', ['==', ['get', 'r'], 1], 0.35, 1];

/** More reports, bigger marker: corroboration should be visible at a glance. */
const markerSize: ExpressionSpecification = ['interpolate', ['linear'], ['get', 'n'], 1, 1, 3, 1.2, 10, 1.45];

/** The area where an imprecisely placed incident may really be, to scale. */
export const uncertaintyLayer: CircleLayerSpecification = {
  id: 'incident-uncertainty',
  type: 'circle',
  source: AREA_SOURCE,
  filter: ['all', IS_POINT, ['>', ['get', 'rz'], 0]],
  paint: {
    'circle-radius': ['interpolate', ['exponential', 2], ['zoom'], 0, ['get', 'rz'], 22, ['*', ['get', 'rz'], 2 ** 22]],
    'circle-color': typeColor,
    'circle-opacity': ['case', ['==', ['get', 'h'], 1], 0.1, 0.06],
    'circle-stroke-color': typeColor,
    'circle-stroke-width': 1,
    'circle-stroke-opacity': ['case', ['==', ['get', 'h'], 1], 0.55, 0.3],
    'circle-pitch-alignment': 'map',
  },
};

/** Clusters and lone incidents in one symbol layer: a cluster is a drawn disc with its count,
 * an incident its type's marker with the report badge in the same image. One symbol layer
 * instead of a circle and three symbol layers made each tile of a filter change several times
 * cheaper for the map's worker to lay out. */
export const markerLayer: SymbolLayerSpecification = {
  id: 'incident-markers',
  type: 'symbol',
  source: INCIDENT_SOURCE,
  layout: {
    // A cluster names its image (clusterImageName): a disc sized by its count, with the count.
    'icon-image': ['case', IS_CLUSTER, ['get', 'image'], markerImage],
    'icon-size': ['case', IS_CLUSTER, 1, markerSize],
    'icon-allow-overlap': true,
    'icon-ignore-placement': true,
    // Clusters under lone incidents; among incidents, drawn in order of support.
    'symbol-sort-key': ['case', IS_CLUSTER, -1e9, ['-', 0, ['get', 'n']]],
  },
  paint: { 'icon-opacity': rejectedOpacity },
};

/** Hover and selection rings come from their own small source, so they show even when the
 * incident sits inside a cluster. */
export const focusHaloLayer: CircleLayerSpecification = {
  id: 'incident-focus-halo',
  type: 'circle',
  source: FOCUS_SOURCE,
  paint: {
    'circle-radius': perFeatureAndZoom(['case', ['==', ['get', 'role'], 'selected'], 19, 17]),
    'circle-color': perFeature('rgba(255,255,255,0.9)'),
    'circle-opacity': perFeature(1),
    'circle-stroke-color': ['case', ['==', ['get', 'role'], 'selected'], '#111111', '#b35900'],
    'circle-stroke-opacity': perFeature(1),
    'circle-stroke-width': 3,
  },
};

export const focusMarkerLayer: SymbolLayerSpecification = {
  id: 'incident-focus-marker',
  type: 'symbol',
  source: FOCUS_SOURCE,
  layout: {
    'icon-image': markerImage,
    'icon-size': markerSize,
    'icon-allow-overlap': true,
    'icon-ignore-placement': true,
  },
  paint: { 'icon-opacity': perFeature(1) },
};

/** Bottom to top. */
export const INCIDENT_LAYERS = [uncertaintyLayer, markerLayer, focusHaloLayer, focusMarkerLayer] as const;

export const CLICKABLE_LAYERS = [markerLayer.id, focusMarkerLayer.id];
