import type { IncidentFeature } from '../../geo/types.ts';
import { EVENT_TYPE_ORDER, GEO_PRECISION_ORDER } from '../event-styles.ts';
import { reviewStatusOf } from '../project/review-state.ts';
import type { ReviewStatus } from '../project/types.ts';
import { periodEnd } from './date-range.ts';

/** Review statuses in a fixed order: the `status` column's codes. */
export const REVIEW_STATUSES: readonly ReviewStatus[] = ['unreviewed', 'confirmed', 'rejected'];

/** A value a column has no code for (an event type this version does not know). */
export const NO_CODE = 255;

/**
 * What the filters and facet counts read, one typed array per field, built once per data set.
 * A filter change over 100,000 incidents is then a loop over small integers: no string
 * compares, no Map lookups, no date parsing (those cost tens of milliseconds per change).
 */
export interface FilterColumns {
  size: number;
  /** The incidents the columns describe. */
  features: readonly IncidentFeature[];
  /** Index into EVENT_TYPE_ORDER, GEO_PRECISION_ORDER, REVIEW_STATUSES (NO_CODE if unknown). */
  type: Uint8Array;
  precision: Uint8Array;
  status: Uint8Array;
  /** Index into `countries`. */
  country: Int32Array;
  /** Days since 1970-01-01 of the first and last possible day; NaN when undated. */
  dayStart: Float64Array;
  dayEnd: Float64Array;
  /** Incident i's outlets are outletIds[outletStart[i] .. outletStart[i + 1]), indices into
   * `outlets`; the same for claimants. */
  outletStart: Int32Array;
  outletIds: Int32Array;
  claimStart: Int32Array;
  claimIds: Int32Array;
  /** Every value in the data, in order of first appearance. */
  countries: string[];
  outlets: string[];
  claimants: string[];
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a YYYY-MM-DD date. */
export function dayNumber(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

/** The date of a day number, as YYYY-MM-DD. */
export function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

class Codes {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();
  code(value: string): number {
    let c = this.index.get(value);
    if (c === undefined) {
      c = this.values.length;
      this.values.push(value);
      this.index.set(value, c);
    }
    return c;
  }
}

const cache = new WeakMap<readonly IncidentFeature[], FilterColumns>();

export function filterColumns(features: readonly IncidentFeature[]): FilterColumns {
  const hit = cache.get(features);
  if (hit) return hit;
  const n = features.length;
  const typeCode = new Map<string, number>(EVENT_TYPE_ORDER.map((t, i) => [t, i]));
  const precisionCode = new Map<string, number>(GEO_PRECISION_ORDER.map((t, i) => [t, i]));
  const statusCode = new Map<string, number>(REVIEW_STATUSES.map((t, i) => [t, i]));
  const countries = new Codes();
  const outlets = new Codes();
  const claimants = new Codes();
  // Dates repeat: 100,000 incidents share a few thousand days (and periods). Most are days,
  // looked up by the date alone; a week or month also by its precision.
  const days = new Map<string, number>();
  const periods = new Map<string, [number, number]>();
  const day = (date: string): number => {
    let v = days.get(date);
    if (v === undefined) days.set(date, (v = dayNumber(date)));
    return v;
  };
  const period = (date: string, precision: IncidentFeature['properties']['date_precision']): [number, number] => {
    const key = `${precision} ${date}`;
    let v = periods.get(key);
    if (v === undefined) periods.set(key, (v = [day(date), day(periodEnd(date, precision))]));
    return v;
  };
  const c: FilterColumns = {
    size: n,
    features,
    type: new Uint8Array(n),
    precision: new Uint8Array(n),
    status: new Uint8Array(n),
    country: new Int32Array(n),
    dayStart: new Float64Array(n),
    dayEnd: new Float64Array(n),
    outletStart: new Int32Array(n + 1),
    outletIds: new Int32Array(0),
    claimStart: new Int32Array(n + 1),
    claimIds: new Int32Array(0),
    countries: countries.values,
    outlets: outlets.values,
    claimants: claimants.values,
  };
  const outletIds: number[] = [];
  const claimIds: number[] = [];
  for (let i = 0; i < n; i++) {
    const f = features[i]!;
    const p = f.properties;
    c.type[i] = typeCode.get(p.event_type) ?? NO_CODE;
    c.precision[i] = precisionCode.get(p.geo_precision) ?? NO_CODE;
    c.status[i] = statusCode.get(reviewStatusOf(f)) ?? NO_CODE;
    c.country[i] = countries.code(p.country_code);
    if (p.event_date === null) {
      c.dayStart[i] = NaN;
      c.dayEnd[i] = NaN;
    } else if (p.date_precision === 'day') {
      c.dayStart[i] = c.dayEnd[i] = day(p.event_date);
    } else {
      const [start, end] = period(p.event_date, p.date_precision);
      c.dayStart[i] = start;
      c.dayEnd[i] = end;
    }
    // Each outlet and claimant once per incident, however many of its reports share it
    // (a report that says it itself has claimant '').
    const firstOutlet = (c.outletStart[i] = outletIds.length);
    const firstClaim = (c.claimStart[i] = claimIds.length);
    for (const s of p.sources) {
      if (s.outlet) {
        const o = outlets.code(s.outlet);
        if (outletIds.indexOf(o, firstOutlet) === -1) outletIds.push(o);
      }
      const k = claimants.code(s.claimed_by ?? '');
      if (claimIds.indexOf(k, firstClaim) === -1) claimIds.push(k);
    }
  }
  c.outletStart[n] = outletIds.length;
  c.claimStart[n] = claimIds.length;
  c.outletIds = Int32Array.from(outletIds);
  c.claimIds = Int32Array.from(claimIds);
  cache.set(features, c);
  return c;
}
