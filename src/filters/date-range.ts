import type { DatePrecision } from '../../geo/types.ts';

/** The last day an event dated `date` with `precision` may have happened on: a week- or
 * month-precise date names the first day of its week or month, so a range that overlaps the
 * period must include it. */
export function periodEnd(date: string, precision: DatePrecision): string {
  if (precision === 'week') return addDays(date, 6);
  if (precision === 'month') {
    const [y, m] = date.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${date.slice(0, 7)}-${String(last).padStart(2, '0')}`;
  }
  return date;
}

export function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}
