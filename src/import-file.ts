import type { IncidentCollection, IncidentFeature, Source } from '../geo/types.ts';
import { isEventType, isGeoPrecision } from './event-styles.ts';
import { isIsoDate } from './filters/date-range.ts';

/** Errors are data: the caller shows them and keeps the data it has. */
export type ImportResult =
  | { ok: true; collection: IncidentCollection; warnings: string[] }
  | { ok: false; errors: string[] };

const MAX_LISTED_ERRORS = 5;

// Date.parse on every feature shows up in a 100,000-feature file; there are few distinct dates.
const knownDates = new Set<string>();
function isValidDate(d: string): boolean {
  if (knownDates.has(d)) return true;
  if (!isIsoDate(d)) return false;
  if (knownDates.size < 100_000) knownDates.add(d);
  return true;
}

const DATE_PRECISIONS = ['day', 'week', 'month', 'unknown'];

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (isObject(v) && typeof v.type === 'string') return `a ${v.type.slice(0, 40)}`;
  return `a ${typeof v}`;
}

const optString = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const optNumber = (v: unknown, d: number): number => (typeof v === 'number' && Number.isFinite(v) ? v : d);

const isStringOrNull = (v: unknown) => v === null || typeof v === 'string';
const isNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v);

function isCompleteSource(s: Json): boolean {
  return (
    typeof s.article_id === 'string' &&
    isStringOrNull(s.outlet) &&
    isStringOrNull(s.title) &&
    isStringOrNull(s.url) &&
    isStringOrNull(s.published) &&
    typeof s.mention === 'string' &&
    isNumber(s.quote_start) &&
    isNumber(s.quote_end) &&
    isNumber(s.mention_start) &&
    isNumber(s.mention_end) &&
    isStringOrNull(s.claimed_by) &&
    isStringOrNull(s.disputed_by)
  );
}

/** True when the optional fields are all there with the right types (nothing to fill in). */
function isComplete(p: Json): boolean {
  return (
    isStringOrNull(p.admin1) &&
    (p.geonames_id === null || isNumber(p.geonames_id)) &&
    typeof p.feature_code === 'string' &&
    isObject(p.explanation) &&
    (p.sources as Json[]).every(isCompleteSource)
  );
}

/** Checks one feature; returns the problem, or the feature with optional fields filled in. */
function checkFeature(raw: unknown, i: number): { error: string } | { feature: IncidentFeature } {
  const at = `Feature ${i + 1}`;
  if (!isObject(raw) || raw.type !== 'Feature') return { error: `${at} is ${describe(raw)}, not a GeoJSON Feature.` };
  const g = raw.geometry;
  if (!isObject(g) || g.type !== 'Point') {
    return { error: `${at} has ${isObject(g) ? `a ${String(g.type)}` : 'no'} geometry; incidents are Points.` };
  }
  const c = g.coordinates;
  if (!Array.isArray(c) || c.length < 2 || typeof c[0] !== 'number' || typeof c[1] !== 'number' || !Number.isFinite(c[0]) || !Number.isFinite(c[1])) {
    return { error: `${at}: coordinates must be two numbers [longitude, latitude].` };
  }
  const [lon, lat] = c as [number, number];
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    if (Math.abs(lon) <= 90 && Math.abs(lat) <= 180) {
      return {
        error: `${at}: latitude ${lat} is out of range — the coordinates look swapped. GeoJSON wants [longitude, latitude], e.g. Kyiv is [30.52, 50.45].`,
      };
    }
    return { error: `${at}: coordinates [${lon}, ${lat}] are outside the world.` };
  }
  const p = raw.properties;
  if (!isObject(p)) return { error: `${at} has no properties.` };
  const missing: string[] = [];
  if (typeof p.id !== 'string' || p.id === '') missing.push('id');
  if (typeof p.title !== 'string') missing.push('title');
  if (typeof p.event_type !== 'string' || !isEventType(p.event_type)) missing.push('event_type');
  if (!(p.event_date === null || (typeof p.event_date === 'string' && isValidDate(p.event_date)))) missing.push('event_date');
  if (typeof p.date_precision !== 'string' || !DATE_PRECISIONS.includes(p.date_precision)) missing.push('date_precision');
  if (typeof p.place_name !== 'string') missing.push('place_name');
  if (typeof p.country_code !== 'string') missing.push('country_code');
  if (typeof p.geo_precision !== 'string' || !isGeoPrecision(p.geo_precision)) missing.push('geo_precision');
  if (typeof p.radius_km !== 'number' || !(p.radius_km >= 0)) missing.push('radius_km');
  if (!Array.isArray(p.sources) || !p.sources.every((s) => isObject(s) && typeof s.quote === 'string')) missing.push('sources');
  if (missing.length > 0) {
    return { error: `${at}${typeof p.id === 'string' ? ` (${p.id.slice(0, 60)})` : ''}: missing or invalid ${missing.join(', ')}.` };
  }
  // The common case, a file from the pipeline, is used as it is: copying 100,000 features
  // would cost a third of a second for nothing.
  if (raw.id === p.id && c.length === 2 && isComplete(p)) return { feature: raw as unknown as IncidentFeature };
  const sources = (p.sources as Json[]).map(
    (s): Source => ({
      article_id: optString(s.article_id) ?? '',
      outlet: optString(s.outlet),
      title: optString(s.title),
      url: optString(s.url),
      published: optString(s.published),
      quote: s.quote as string,
      quote_start: optNumber(s.quote_start, 0),
      quote_end: optNumber(s.quote_end, 0),
      mention: optString(s.mention) ?? '',
      mention_start: optNumber(s.mention_start, -1),
      mention_end: optNumber(s.mention_end, -1),
      claimed_by: optString(s.claimed_by),
      disputed_by: optString(s.disputed_by),
    }),
  );
  // Optional fields are filled so the UI can trust the shape; required ones are kept as given.
  const properties = {
    ...(p as unknown as IncidentFeature['properties']),
    admin1: optString(p.admin1),
    geonames_id: typeof p.geonames_id === 'number' ? p.geonames_id : null,
    feature_code: optString(p.feature_code) ?? '',
    sources,
    explanation: isObject(p.explanation)
      ? (p.explanation as unknown as IncidentFeature['properties']['explanation'])
      : { mention: '', role_cue: '', score: 0, reasons: [], candidates: [] },
  };
  return {
    feature: { type: 'Feature', id: properties.id, geometry: { type: 'Point', coordinates: [lon, lat] }, properties },
  };
}

/** Checks features one at a time, as they are parsed, and then the collection they belong to:
 * a file read line by line is checked while the rest of it is still arriving. */
export class FeatureChecker {
  private readonly features: IncidentFeature[] = [];
  private readonly seen = new Set<string>();
  private readonly errors: string[] = [];
  private errorCount = 0;
  private count = 0;

  add(raw: unknown): void {
    const i = this.count++;
    const r = checkFeature(raw, i);
    let error = 'error' in r ? r.error : null;
    if ('feature' in r) {
      if (this.seen.has(r.feature.id)) error = `Feature ${i + 1}: the id "${r.feature.id.slice(0, 60)}" appears more than once.`;
      this.seen.add(r.feature.id);
      this.features.push(r.feature);
    }
    if (error !== null) {
      this.errorCount++;
      if (this.errors.length < MAX_LISTED_ERRORS) this.errors.push(error);
    }
  }

  /** The result, given the collection's other top-level members (`metadata`). */
  finish(head: Json): ImportResult {
    const { errors, errorCount, features } = this;
    if (errorCount > 0) {
      if (errorCount > errors.length) errors.push(`… and ${errorCount - errors.length} more problems.`);
      return { ok: false, errors: [`This is not an incidents file from the pipeline (${errorCount} of ${this.count} features have problems):`, ...errors] };
    }
    const warnings: string[] = [];
    if (features.length === 0) warnings.push('The file has no incidents.');
    let metadata = head.metadata as IncidentCollection['metadata'] | undefined;
    if (!isObject(metadata) || !Array.isArray((metadata as unknown as Json).attribution)) {
      warnings.push('The file has no metadata: its sources and licence are unknown.');
      metadata = { generator: 'unknown', schema: '', attribution: [], reports: 0 };
    }
    return { ok: true, collection: { type: 'FeatureCollection', features, metadata }, warnings };
  }
}

/** What is wrong with a parsed file's top level, or null when it is a FeatureCollection. */
export function collectionHeadError(value: unknown): string | null {
  if (!isObject(value)) return `Expected a GeoJSON FeatureCollection, found ${describe(value)}.`;
  if (value.type !== 'FeatureCollection') {
    const hint = value.type === 'Feature' ? ' A single Feature is not enough: the pipeline writes a FeatureCollection.' : '';
    return `Expected a GeoJSON FeatureCollection, found ${describe(value)}.${hint}`;
  }
  return null;
}

export function validateIncidentCollection(value: unknown): ImportResult {
  const headError = collectionHeadError(value);
  if (headError !== null) return { ok: false, errors: [headError] };
  const collection = value as Json;
  if (!Array.isArray(collection.features)) return { ok: false, errors: ['The FeatureCollection has no "features" array.'] };
  const checker = new FeatureChecker();
  for (const raw of collection.features) checker.add(raw);
  return checker.finish(collection);
}

export function parseIncidentText(text: string): ImportResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [`This file is not valid JSON (${e instanceof Error ? e.message.slice(0, 200) : 'parse error'}).`] };
  }
  return validateIncidentCollection(value);
}
