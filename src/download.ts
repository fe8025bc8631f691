import type { CollectionMetadata, IncidentCollection, IncidentFeature, IncidentProperties } from '../geo/types.ts';
import { editedFields, isReviewed, reviewOf, reviewStatusOf } from './project/review-state.ts';
import type { EditChange, ReviewStatus } from './project/types.ts';
import { featureCollectionText } from '../geo/geojson-text.ts';

/** One edit as a download carries it: when, what, from what, to what. */
export interface ExportedEdit {
  at: string;
  kind: EditChange['kind'];
  from: EditChange['from'];
  to: EditChange['to'];
}

/** The review provenance a downloaded feature carries in `properties.review`. */
export interface ExportedReview {
  status: ReviewStatus;
  edits: ExportedEdit[];
  /** What the pipeline said, before any edit. */
  machine: {
    place_name: string;
    admin1: string | null;
    country_code: string;
    geonames_id: number | null;
    feature_code: string;
    lon: number;
    lat: number;
    geo_precision: IncidentProperties['geo_precision'];
    radius_km: number;
    event_date: string | null;
    date_precision: string;
    event_type: IncidentProperties['event_type'];
    title: string;
  };
}

export interface ExportedFeature extends IncidentFeature {
  properties: IncidentProperties & { review_status: ReviewStatus; review: ExportedReview };
}

export function exportedReview(f: IncidentFeature): ExportedReview {
  const r = reviewOf(f);
  const m = r.machine;
  return {
    status: r.status,
    edits: r.edits.map((e) => ({ at: e.at, kind: e.change.kind, from: e.change.from, to: e.change.to })),
    machine: {
      place_name: m.place.name, admin1: m.place.admin1, country_code: m.place.country_code, geonames_id: m.place.geonames_id,
      feature_code: m.place.feature_code, lon: m.place.lon, lat: m.place.lat, geo_precision: m.geo_precision, radius_km: m.radius_km,
      event_date: m.date.date, date_precision: m.date.precision, event_type: m.type, title: m.title,
    },
  };
}

/** A feature as downloaded: the reviewed values, `review_status` as a plain field (QGIS can
 * style and filter on it) and `review` with the provenance. Nothing else of the app's own. */
export function exportFeature(f: IncidentFeature): ExportedFeature {
  const { review: _internal, ...props } = f.properties as IncidentProperties & { review?: unknown };
  const review = exportedReview(f);
  return { type: 'Feature', id: f.id, geometry: f.geometry, properties: { ...props, review_status: review.status, review } };
}

/** The incidents as shown, in the pipeline's own format plus the review: same metadata (its
 * attribution must travel with the data), so the file opens wherever the pipeline's does. */
export function toGeoJson(features: readonly IncidentFeature[], metadata: CollectionMetadata | null): IncidentCollection {
  return {
    type: 'FeatureCollection',
    features: features.map(exportFeature),
    metadata: metadata ?? { generator: 'incident-map', schema: '', attribution: [], reports: 0 },
  };
}

export const CSV_COLUMNS = [
  'id',
  'title',
  'event_type',
  'event_date',
  'date_precision',
  'place_name',
  'admin1',
  'country_code',
  'geo_precision',
  'radius_km',
  'lon',
  'lat',
  'geonames_id',
  'feature_code',
  'source_count',
  'outlets',
  'source_titles',
  'source_urls',
  'published',
  'claimed_by',
  'disputed_by',
  'quotes',
  'review_status',
  'edited_fields',
  'last_edited_at',
] as const;

/** Joins one value per source; sources keep their order so the nth item of each column is the
 * same report. */
const SOURCE_SEPARATOR = ' | ';

/** A spreadsheet runs a cell that starts with = + - @ (or tab/CR, which some treat the same) as
 * a formula; report text is untrusted, so such a text cell gets a leading apostrophe. Numbers
 * are written as numbers and never guarded: -33.5 is a longitude, not a formula. */
export function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** RFC 4180: a field with a comma, quote, CR or LF is quoted, and quotes inside are doubled. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = guardFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(features: readonly IncidentFeature[]): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const f of features) {
    const p = f.properties;
    const edits = isReviewed(f) ? f.properties.review.edits : [];
    const join = (pick: (s: IncidentFeature['properties']['sources'][number]) => string | null) =>
      p.sources.map((s) => pick(s) ?? '').join(SOURCE_SEPARATOR);
    const cells: Array<string | number | null> = [
      p.id,
      p.title,
      p.event_type,
      p.event_date,
      p.date_precision,
      p.place_name,
      p.admin1,
      p.country_code,
      p.geo_precision,
      p.radius_km,
      f.geometry.coordinates[0],
      f.geometry.coordinates[1],
      p.geonames_id,
      p.feature_code,
      p.sources.length,
      join((s) => s.outlet),
      join((s) => s.title),
      join((s) => s.url),
      join((s) => s.published),
      join((s) => s.claimed_by),
      join((s) => s.disputed_by),
      join((s) => s.quote),
      reviewStatusOf(f),
      edits.length > 0 ? editedFields(edits).join(' ') : '',
      edits.length > 0 ? edits[edits.length - 1]!.at : '',
    ];
    rows.push(cells.map(csvField).join(','));
  }
  // CRLF is what RFC 4180 specifies and what spreadsheets expect.
  return rows.join('\r\n') + '\r\n';
}

export function downloadFileName(ext: 'geojson' | 'csv', filtered: boolean, now = new Date()): string {
  const stamp = now.toISOString().slice(0, 10);
  return `incidents-${stamp}${filtered ? '-filtered' : ''}.${ext}`;
}

/** Saves a file through a temporary link (the page has no server-side download endpoint). */
export function saveFile(content: string, fileName: string, mime: string): void {
  const blob = new Blob([content], { type: mime });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadGeoJson(features: readonly IncidentFeature[], metadata: CollectionMetadata | null, filtered: boolean): void {
  saveFile(featureCollectionText(toGeoJson(features, metadata)), downloadFileName('geojson', filtered), 'application/geo+json');
}

export function downloadCsv(features: readonly IncidentFeature[], filtered: boolean): void {
  // A byte-order mark makes Excel read the file as UTF-8 ("Khān Yūnis", not mojibake).
  saveFile('\uFEFF' + toCsv(features), downloadFileName('csv', filtered), 'text/csv;charset=utf-8');
}
