// Merged incidents -> the RFC 7946 FeatureCollection the map, the popups and the downloads read.
// [lon, lat] order, one Point per incident, and ids that depend only on the input.

import { candidateSummary, round2, SHOWN_CANDIDATES } from './explanation.ts';
import type { Account } from './incidents.ts';
import { mergedDate, mergedType, type MergedIncident } from './merge.ts';
import type { RoledMention } from './incidents.ts';
import type {
  CollectionMetadata,
  EventType,
  GeoPrecision,
  IncidentCollection,
  IncidentFeature,
  MentionFeature,
  Place,
  Source,
} from './types.ts';

export const SCHEMA_ID = 'incident-map/incidents/v1';

/** FNV-1a, 53 bits: stable across runs, platforms and Node/browser. */
export function stableHash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 16777619);
    h2 = Math.imul(h2 ^ c, 2246822519);
  }
  return ((h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0')).slice(0, 14);
}

export function geoPrecision(place: Place): GeoPrecision {
  switch (place.kind) {
    case 'country':
      return 'country';
    case 'admin1':
    case 'region':
    case 'peninsula':
      return 'region';
    case 'admin2':
      return 'district';
    case 'sea':
      return 'sea';
    case 'neighbourhood':
      return 'neighbourhood';
    case 'city':
      return 'city';
  }
}

const TYPE_LABEL: Record<EventType, string> = {
  missile_strike: 'Missile strike',
  drone_strike: 'Drone strike',
  air_strike: 'Air strike',
  shelling: 'Shelling',
  ground_assault: 'Ground assault',
  explosion: 'Explosion',
  raid: 'Raid',
  ship_attack: 'Attack on a ship',
  other: 'Incident',
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function dateLabel(date: string | null, precision: string): string {
  if (!date) return 'date unknown';
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if (precision === 'week') return `week of ${d} ${MONTHS[m - 1]} ${y}`;
  if (precision === 'month') return `${MONTHS[m - 1]} ${y}`;
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

export function placeLabel(place: Place): string {
  if (place.kind === 'admin1' && !/\b(?:oblast|region|province|governorate|state|city|republic|department|krai|kray|county|district|prefecture|territory|emirate|canton)\b/i.test(place.name)) return `${place.name} region`;
  return place.name;
}

function source(account: Account): Source {
  const r = account.report;
  return {
    article_id: r.id,
    outlet: r.outlet,
    title: r.title,
    url: r.url,
    published: r.published,
    quote: account.sentence.text,
    quote_start: account.sentence.start,
    quote_end: account.sentence.end,
    mention: account.mention.text,
    mention_start: account.mention.start,
    mention_end: account.mention.end,
    claimed_by: account.claimedBy,
    disputed_by: account.disputedBy,
  };
}


export function incidentFeature(incident: MergedIncident): IncidentFeature {
  const lead = incident.lead;
  const place = lead.place;
  const date = mergedDate(incident);
  const type = mergedType(incident);
  const accounts = [...incident.accounts].sort(
    (a, b) => (a.report.published ?? '').localeCompare(b.report.published ?? '') || a.report.id.localeCompare(b.report.id),
  );
  const first = accounts[0]!;
  const id = stableHash(`${place.index}|${place.name}|${date.date}|${type.type}|${first.report.id}|${first.sentence.start}|${first.mention.start}`);
  const precision = geoPrecision(place);
  const where = placeLabel(place) + (place.admin1 && place.kind !== 'admin1' && place.admin1 !== place.name ? `, ${place.admin1}` : '');
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
    properties: {
      id,
      title: `${TYPE_LABEL[type.type]}: ${where}, ${dateLabel(date.date, date.precision)}`,
      event_type: type.type,
      event_date: date.date,
      date_precision: date.precision,
      place_name: placeLabel(place),
      admin1: place.admin1,
      country_code: place.countryCode,
      geo_precision: precision,
      radius_km: precision === 'site' ? 0 : place.radiusKm,
      geonames_id: place.geonamesId,
      feature_code: place.featureCode,
      sources: accounts.map(source),
      explanation: lead.explanation,
    },
  };
}

export function incidentCollection(incidents: MergedIncident[], metadata: CollectionMetadata): IncidentCollection {
  const features = incidents.map(incidentFeature);
  // Deterministic order: by date, then place, then id, whatever order the reports came in.
  features.sort(
    (a, b) =>
      (a.properties.event_date ?? '9999').localeCompare(b.properties.event_date ?? '9999') ||
      a.properties.place_name.localeCompare(b.properties.place_name) ||
      a.id.localeCompare(b.id),
  );
  return { type: 'FeatureCollection', features, metadata };
}

export function mentionFeatures(articleId: string, mentions: RoledMention[]): MentionFeature[] {
  const out: MentionFeature[] = [];
  for (const m of mentions) {
    const r = m.resolution;
    // A person's name is no place mention; an organisation named after a place still names it
    // ("the Kharkiv Regional Military Administration"), with the role 'context' and its cue.
    if (!r.place || (r.mention.inName && !r.mention.inName.startsWith('organisation'))) continue;
    out.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [r.place.lon, r.place.lat] },
      properties: {
        article_id: articleId,
        start: r.mention.start,
        end: r.mention.end,
        mention: r.mention.text,
        place_name: r.place.name,
        geonames_id: r.place.geonamesId,
        feature_code: r.place.featureCode,
        country_code: r.place.countryCode,
        admin1: r.place.admin1,
        score: round2(r.score),
        role: m.role.role,
        role_cue: m.role.cue,
        candidates: r.candidates.slice(0, SHOWN_CANDIDATES).map((c) => candidateSummary(c.place, c.score)),
      },
    });
  }
  return out;
}
