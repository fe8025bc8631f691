import type { EventType, GeoPrecision } from '../geo/types.ts';

/** How an event type looks on the map and in the legend. Shape and colour both carry the type, so
 * the map stays readable for colour-blind readers and in greyscale print-outs. */
export interface EventStyle {
  label: string;
  /** Okabe–Ito colour-blind-safe palette, grey for "other". */
  color: string;
  shape: MarkerShape;
}

export type MarkerShape =
  | 'circle'
  | 'square'
  | 'triangle'
  | 'diamond'
  | 'star'
  | 'hexagon'
  | 'cross'
  | 'triangle-down'
  | 'pentagon';

// The order is the legend's and the filter list's; `satisfies` makes a new event type in
// geo/types.ts a type error here instead of an invisible marker.
export const EVENT_STYLES = {
  missile_strike: { label: 'Missile strike', color: '#D55E00', shape: 'triangle' },
  drone_strike: { label: 'Drone strike', color: '#E69F00', shape: 'diamond' },
  air_strike: { label: 'Air strike', color: '#0072B2', shape: 'triangle-down' },
  shelling: { label: 'Shelling', color: '#CC79A7', shape: 'circle' },
  ground_assault: { label: 'Ground assault', color: '#009E73', shape: 'square' },
  explosion: { label: 'Explosion', color: '#B8A400', shape: 'star' },
  raid: { label: 'Raid', color: '#56B4E9', shape: 'pentagon' },
  ship_attack: { label: 'Ship attack', color: '#332288', shape: 'hexagon' },
  other: { label: 'Other', color: '#6E6E6E', shape: 'cross' },
} as const satisfies Record<EventType, EventStyle>;

export const EVENT_TYPE_ORDER = Object.keys(EVENT_STYLES) as EventType[];

export function isEventType(value: string): value is EventType {
  return Object.prototype.hasOwnProperty.call(EVENT_STYLES, value);
}

export const GEO_PRECISION_ORDER: readonly GeoPrecision[] = [
  'site',
  'neighbourhood',
  'city',
  'district',
  'region',
  'country',
  'sea',
];

export const GEO_PRECISION_LABELS: Record<GeoPrecision, string> = {
  site: 'Exact site',
  neighbourhood: 'Neighbourhood',
  city: 'Town or city',
  district: 'District',
  region: 'Region',
  country: 'Country only',
  sea: 'Sea area',
};

/** Precisions too coarse to be drawn like a point: the marker is hollow and the popup warns. */
export const COARSE_PRECISIONS: readonly GeoPrecision[] = ['region', 'country', 'sea'];

export function isCoarsePrecision(p: GeoPrecision): boolean {
  return COARSE_PRECISIONS.includes(p);
}

export function isGeoPrecision(value: string): value is GeoPrecision {
  return (GEO_PRECISION_ORDER as readonly string[]).includes(value);
}
