import type { DatePrecision, GeoPrecision } from '../geo/types.ts';
import { GEO_PRECISION_LABELS } from './event-styles.ts';
import { periodEnd } from './filters/date-range.ts';

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

function utc(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

export function formatDay(date: string): string {
  const d = utc(date);
  return Number.isNaN(d.getTime()) ? date : dayFormat.format(d);
}

/** A date as precisely as it is known, never more: "January 2024", not "1 Jan 2024". */
export function formatEventDate(date: string | null, precision: DatePrecision): string {
  if (date === null) return 'Date unknown';
  if (precision === 'month') return monthFormat.format(utc(date));
  if (precision === 'week') return `Week of ${formatDay(date)}–${formatDay(periodEnd(date, 'week'))}`;
  if (precision === 'unknown') return `${formatDay(date)} (approximate)`;
  return formatDay(date);
}

export const DATE_PRECISION_LABELS: Record<DatePrecision, string> = {
  day: 'exact day',
  week: 'known to the week',
  month: 'known to the month',
  unknown: 'precision unknown',
};

let regionNames: Intl.DisplayNames | null = null;

/** "UA" -> "Ukraine"; '' is an incident at sea with no country. */
export function countryName(code: string): string {
  if (code === '') return 'No country (at sea)';
  try {
    regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' });
    return regionNames.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** What the precision means for a reader, with the radius when there is one. */
export function describePrecision(precision: GeoPrecision, radiusKm: number): string {
  const label = GEO_PRECISION_LABELS[precision];
  return radiusKm > 0 ? `${label} (within about ${formatKm(radiusKm)})` : label;
}

export function formatKm(km: number): string {
  return km >= 10 ? `${Math.round(km)} km` : `${Math.round(km * 10) / 10} km`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}
