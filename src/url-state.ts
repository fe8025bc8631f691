import type { EventType, GeoPrecision } from '../geo/types.ts';
import { isEventType, isGeoPrecision } from './event-styles.ts';
import { isIsoDate } from './filters/date-range.ts';
import { EMPTY_FILTERS, type FilterState } from './filters/filter-state.ts';
import type { ReviewStatus } from './project/types.ts';

const REVIEW_STATUSES: readonly ReviewStatus[] = ['unreviewed', 'confirmed', 'rejected'];

function isReviewStatus(x: string): x is ReviewStatus {
  return (REVIEW_STATUSES as readonly string[]).includes(x);
}

/** What a shared link carries: the filters, the map view and the open incident. */
export interface UrlState {
  filters: FilterState;
  center: [number, number] | null;
  zoom: number | null;
  selectedId: string | null;
}

/** Encodes the view as the URL hash (without '#'), omitting defaults so links stay short.
 * The hash, not the query, because `?data=` and `?test=` choose the page and the hash the view;
 * changing the hash does not reload. */
export function encodeUrlState(s: UrlState): string {
  const p = new URLSearchParams();
  if (s.center && s.zoom !== null) {
    p.set('map', `${s.zoom.toFixed(2)}/${s.center[1].toFixed(4)}/${s.center[0].toFixed(4)}`);
  }
  const f = s.filters;
  if (f.eventTypes.length) p.set('types', f.eventTypes.join(','));
  if (f.dateFrom) p.set('from', f.dateFrom);
  if (f.dateTo) p.set('to', f.dateTo);
  if (f.outlet !== null) p.set('outlet', f.outlet);
  if (f.country !== null) p.set('country', f.country);
  if (f.precisions.length) p.set('prec', f.precisions.join(','));
  if (f.claimedBy !== null) p.set('claim', f.claimedBy);
  if (f.text.trim() !== '') p.set('q', f.text);
  if (f.statuses?.length) p.set('review', f.statuses.join(','));
  if (s.selectedId !== null) p.set('sel', s.selectedId);
  // URLSearchParams writes spaces as '+', which reads back correctly; commas stay readable.
  return p.toString().replace(/%2C/g, ',');
}

/** Reads a hash written by encodeUrlState (with or without '#'). Anything malformed is dropped,
 * not guessed: a hand-edited link opens the nearest valid view. */
export function decodeUrlState(hash: string): UrlState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const list = (key: string) =>
    (p.get(key) ?? '')
      .split(',')
      .map((x) => x.trim())
      .filter((x) => x !== '');
  const date = (key: string) => {
    const v = p.get(key);
    return v !== null && isIsoDate(v) ? v : null;
  };
  const eventTypes: EventType[] = [...new Set(list('types').filter(isEventType))];
  const precisions: GeoPrecision[] = [...new Set(list('prec').filter(isGeoPrecision))];
  const statuses: ReviewStatus[] = [...new Set(list('review').filter(isReviewStatus))];
  const filters: FilterState = {
    ...EMPTY_FILTERS,
    eventTypes,
    precisions,
    dateFrom: date('from'),
    dateTo: date('to'),
    outlet: p.get('outlet'),
    country: p.get('country'),
    claimedBy: p.get('claim'),
    text: p.get('q') ?? '',
    ...(statuses.length ? { statuses } : {}),
  };
  let center: [number, number] | null = null;
  let zoom: number | null = null;
  const m = (p.get('map') ?? '').split('/').map(Number);
  if (m.length === 3 && m.every(Number.isFinite)) {
    const [z, lat, lon] = m as [number, number, number];
    if (z >= 0 && z <= 22 && lat >= -85.06 && lat <= 85.06 && lon >= -180 && lon <= 180) {
      zoom = z;
      center = [lon, lat];
    }
  }
  const sel = p.get('sel');
  return { filters, center, zoom, selectedId: sel === '' ? null : sel };
}

/** Reads `?data=`: another incidents file, same origin only, so a crafted link cannot make the
 * page fetch from elsewhere (the CSP's connect-src would refuse it anyway). */
export function dataUrlFromSearch(search: string, pageUrl: string, fallback: string): string {
  const requested = new URLSearchParams(search).get('data');
  if (!requested) return fallback;
  try {
    const url = new URL(requested, pageUrl);
    if (url.origin !== new URL(pageUrl).origin) return fallback;
    return url.href;
  } catch {
    return fallback;
  }
}
