// Seeded synthetic incidents over Europe and the Middle East, in the pipeline's format, for the
// map benchmark. Deterministic: the same seed and count give the same file byte for byte.

import type { Gazetteer } from '../../geo/gazetteer.ts';
import type { EventType, GeoPrecision, IncidentCollection, IncidentFeature, Place, Source } from '../../geo/types.ts';
import { mulberry32 } from '../prng.ts';

/** A place incidents crowd around: a city or a sea, from the gazetteer. */
export interface Hotspot {
  name: string;
  admin1: string | null;
  countryCode: string;
  lon: number;
  lat: number;
  sea: boolean;
}

/** Europe and the Middle East, where the benchmark spreads its incidents. */
const AREA = { west: -10, east: 60, south: 10, north: 60 };

/**
 * Hotspots from the gazetteer (never typed by hand): the biggest cities of the area, so clusters
 * crowd as they do in conflict data, and its seas, for attacks on ships.
 */
export function hotspotsFrom(gazetteer: Gazetteer, cities = 40): Hotspot[] {
  const inside = (p: Place) => p.lon >= AREA.west && p.lon <= AREA.east && p.lat >= AREA.south && p.lat <= AREA.north;
  const all: Place[] = [];
  for (let i = 0; i < gazetteer.size; i++) {
    const p = gazetteer.place(i);
    if (inside(p) && (p.kind === 'sea' || (p.kind === 'city' && p.population >= 300_000))) all.push(p);
  }
  const seas = all.filter((p) => p.kind === 'sea');
  const big = all.filter((p) => p.kind === 'city').sort((a, b) => b.population - a.population || a.index - b.index).slice(0, cities);
  return [...big, ...seas].map((p) => ({ name: p.name, admin1: p.admin1, countryCode: p.countryCode, lon: p.lon, lat: p.lat, sea: p.kind === 'sea' }));
}

const TYPES: EventType[] = ['missile_strike', 'drone_strike', 'air_strike', 'shelling', 'ground_assault', 'explosion', 'raid', 'ship_attack', 'other'];
const OUTLETS = ['Northern Wire', 'Levant Daily', 'Black Sea Monitor', 'Harbour Post', 'Continental Report', 'Gulf Observer', 'Eastern Dispatch', 'Frontline Weekly'];
const CLAIMANTS = [null, null, 'the regional governor', 'the defence ministry', 'the military', 'local officials', 'a monitoring group', 'witnesses'];
const VERBS: Record<EventType, string> = {
  missile_strike: 'Missiles struck',
  drone_strike: 'Drones hit',
  air_strike: 'Air strikes hit',
  shelling: 'Shelling hit',
  ground_assault: 'Troops attacked',
  explosion: 'An explosion shook',
  raid: 'Forces raided',
  ship_attack: 'A vessel was attacked near',
  other: 'An incident was reported in',
};

export interface GenerateOptions {
  count: number;
  hotspots: Hotspot[];
  seed?: number;
}

export function generateIncidents({ count, hotspots, seed = 20240104 }: GenerateOptions): IncidentCollection {
  const SEAS = hotspots.filter((h) => h.sea);
  const HOTSPOTS = hotspots.filter((h) => !h.sea);
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const gauss = () => (rnd() + rnd() + rnd() - 1.5) / 1.5;
  const start = Date.UTC(2022, 1, 24);
  const span = Date.UTC(2024, 11, 31) - start;
  const features: IncidentFeature[] = [];
  for (let k = 0; k < count; k++) {
    const type = pick(TYPES);
    const r = rnd();
    let lon: number;
    let lat: number;
    let place: string;
    let admin1: string | null;
    let cc: string;
    let precision: GeoPrecision;
    let radius: number;
    if (type === 'ship_attack' || r < 0.03) {
      const sea = pick(SEAS);
      [lon, lat, place, admin1, cc, precision, radius] = [sea.lon + gauss() * 2, sea.lat + gauss() * 1.5, sea.name, null, '', 'sea', 250];
    } else {
      const city = pick(HOTSPOTS);
      const spread = r < 0.1 ? 1.5 : 0.35;
      [lon, lat, place, admin1, cc] = [city.lon + gauss() * spread, city.lat + gauss() * spread, city.name, city.admin1, city.countryCode];
      if (r < 0.08) [precision, radius] = ['region', 90];
      else if (r < 0.1) [precision, radius] = ['country', 300];
      else if (r < 0.2) [precision, radius] = ['site', 0];
      else [precision, radius] = ['city', 10];
    }
    const day = new Date(start + Math.floor(rnd() * span)).toISOString().slice(0, 10);
    const dated = rnd() > 0.02;
    const nSources = rnd() < 0.85 ? 1 : rnd() < 0.8 ? 2 : 3;
    const sources: Source[] = [];
    for (let s = 0; s < nSources; s++) {
      const quote = `${VERBS[type]} ${place} on ${day}, ${pick(['officials said', 'residents reported', 'the report said', 'according to witnesses'])}.`;
      const at = quote.indexOf(place);
      sources.push({
        article_id: `bench-${k}-${s}`,
        outlet: pick(OUTLETS),
        title: `${VERBS[type]} ${place}`,
        url: `https://example.org/bench/${k}/${s}`,
        published: day,
        quote,
        quote_start: 0,
        quote_end: quote.length,
        mention: place,
        mention_start: at,
        mention_end: at + place.length,
        claimed_by: pick(CLAIMANTS),
        disputed_by: null,
      });
    }
    const id = `bench-${k.toString(36)}`;
    features.push({
      type: 'Feature',
      id,
      geometry: { type: 'Point', coordinates: [Math.round(lon * 1e4) / 1e4, Math.round(lat * 1e4) / 1e4] },
      properties: {
        id,
        title: `${type.replace('_', ' ')}: ${place}`,
        event_type: type,
        event_date: dated ? day : null,
        date_precision: dated ? 'day' : 'unknown',
        place_name: place,
        admin1,
        country_code: cc,
        geo_precision: precision,
        radius_km: radius,
        geonames_id: null,
        feature_code: precision === 'sea' ? 'SEA' : 'PPL',
        sources,
        explanation: { mention: place, role_cue: 'synthetic', score: 1, reasons: [], candidates: [] },
      },
    });
  }
  return {
    type: 'FeatureCollection',
    features,
    metadata: { generator: 'bench/map/generate-incidents.ts', schema: 'incident-map/incidents@1', attribution: ['Synthetic data'], reports: count },
  };
}
