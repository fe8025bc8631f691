// Seeded synthetic incidents over Europe and the Middle East, in the pipeline's format, for the
// map benchmark. Deterministic: the same seed and count give the same file byte for byte.

import type { EventType, GeoPrecision, IncidentCollection, IncidentFeature, Source } from '../../geo/types.ts';

/** mulberry32: a tiny, fast, well-spread 32-bit PRNG. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Real towns as hotspots, so clusters crowd as they do in conflict data.
const HOTSPOTS: Array<[string, string, string, number, number]> = [
  ['Kharkiv', 'Kharkivska Oblast', 'UA', 36.23, 49.99],
  ['Kyiv', 'Kyiv City', 'UA', 30.52, 50.45],
  ['Odesa', 'Odeska Oblast', 'UA', 30.73, 46.48],
  ['Zaporizhzhia', 'Zaporizka Oblast', 'UA', 35.14, 47.84],
  ['Kherson', 'Khersonska Oblast', 'UA', 32.62, 46.64],
  ['Donetsk', 'Donetska Oblast', 'UA', 37.8, 48.0],
  ['Dnipro', 'Dnipropetrovska Oblast', 'UA', 35.05, 48.46],
  ['Lviv', 'Lvivska Oblast', 'UA', 24.03, 49.84],
  ['Belgorod', 'Belgorodskaya Oblast', 'RU', 36.58, 50.6],
  ['Kursk', 'Kurskaya Oblast', 'RU', 36.19, 51.73],
  ['Sevastopol', 'Sevastopol', 'UA', 33.52, 44.6],
  ['Gaza', 'Gaza Governorate', 'PS', 34.45, 31.5],
  ['Khan Yunis', 'Khan Yunis Governorate', 'PS', 34.31, 31.34],
  ['Beirut', 'Beirut', 'LB', 35.5, 33.89],
  ['Tyre', 'South Governorate', 'LB', 35.2, 33.27],
  ['Damascus', 'Damascus', 'SY', 36.29, 33.51],
  ['Aleppo', 'Aleppo', 'SY', 37.16, 36.2],
  ['Idlib', 'Idlib', 'SY', 36.63, 35.93],
  ['Baghdad', 'Baghdad', 'IQ', 44.36, 33.31],
  ['Mosul', 'Nineveh', 'IQ', 43.13, 36.34],
  ['Erbil', 'Erbil', 'IQ', 44.01, 36.19],
  ["Sana'a", "Sana'a", 'YE', 44.21, 15.35],
  ['Hodeidah', 'Al Hudaydah', 'YE', 42.95, 14.8],
  ['Tehran', 'Tehran', 'IR', 51.39, 35.69],
  ['Tbilisi', 'Tbilisi', 'GE', 44.79, 41.72],
  ['Stepanakert', 'Karabakh', 'AZ', 46.75, 39.82],
  ['Diyarbakir', 'Diyarbakir', 'TR', 40.22, 37.91],
  ['Benghazi', 'Benghazi', 'LY', 20.07, 32.12],
  ['Tripoli', 'Tripoli', 'LY', 13.19, 32.89],
  ['Khartoum', 'Khartoum', 'SD', 32.53, 15.5],
];

const SEAS: Array<[string, number, number]> = [
  ['Red Sea', 38.5, 20],
  ['Black Sea', 34, 43.3],
  ['Gulf of Aden', 47.5, 12.5],
  ['Eastern Mediterranean', 32.5, 34],
  ['Persian Gulf', 51.5, 27],
];

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
  seed?: number;
}

export function generateIncidents({ count, seed = 20240104 }: GenerateOptions): IncidentCollection {
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
      const [name, x, y] = pick(SEAS);
      [lon, lat, place, admin1, cc, precision, radius] = [x + gauss() * 2, y + gauss() * 1.5, name, null, '', 'sea', 250];
    } else {
      const [name, a1, c, x, y] = pick(HOTSPOTS);
      const spread = r < 0.1 ? 1.5 : 0.35;
      [lon, lat, place, admin1, cc] = [x + gauss() * spread, y + gauss() * spread, name, a1, c];
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
