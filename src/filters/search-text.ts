import type { IncidentFeature } from '../../geo/types.ts';
import { reviewStatusOf } from '../project/review-state.ts';
import type { ReviewStatus } from '../project/types.ts';
import { periodEnd } from './date-range.ts';
import { normalizeText } from './text-search.ts';

/** An incident with what the filters need computed once, so a filter change over 100,000
 * incidents is a tight loop over plain strings rather than a walk through nested sources. */
export interface PreparedIncident {
  index: number;
  feature: IncidentFeature;
  /** Normalised text over place, admin1, title, quotes and mentions; built on first search
   * (or in idle time after loading), since normalising 100,000 incidents takes a while. */
  haystack: string | null;
  outlets: string[];
  /** claimed_by of each source; '' for a report that says it itself. */
  claimants: string[];
  dateStart: string | null;
  dateEnd: string | null;
  /** Review status (a feature with no review is unreviewed). */
  status: ReviewStatus;
}

const cache = new WeakMap<readonly IncidentFeature[], PreparedIncident[]>();
/** The last array prepared, to reuse its entries (see below). */
let last: { features: readonly IncidentFeature[]; prepared: PreparedIncident[] } | null = null;

export function prepareIncidents(features: readonly IncidentFeature[]): PreparedIncident[] {
  const hit = cache.get(features);
  if (hit) return hit;
  // An analyst's edit makes a new array in which all but a few features are the same objects at
  // the same places: those keep their prepared entry, search text included. (Compared by
  // position, not looked up in a WeakMap per feature: 100,000 WeakMap entries cost more to
  // make, and to garbage-collect, than the entries themselves.)
  const before = last;
  const prepared = features.map((f, i) => {
    const old = before?.features[i] === f ? before.prepared[i] : undefined;
    return old ?? prepareOne(f, i);
  });
  cache.set(features, prepared);
  last = { features, prepared };
  return prepared;
}

function prepareOne(feature: IncidentFeature, index: number): PreparedIncident {
  const p = feature.properties;
  const outlets: string[] = [];
  const claimants: string[] = [];
  for (const s of p.sources) {
    if (s.outlet && !outlets.includes(s.outlet)) outlets.push(s.outlet);
    const c = s.claimed_by ?? '';
    if (!claimants.includes(c)) claimants.push(c);
  }
  const dateStart = p.event_date;
  const dateEnd = dateStart === null ? null : periodEnd(dateStart, p.date_precision);
  return { index, feature, haystack: null, outlets, claimants, dateStart, dateEnd, status: reviewStatusOf(feature) };
}

export function haystackOf(inc: PreparedIncident): string {
  if (inc.haystack !== null) return inc.haystack;
  const p = inc.feature.properties;
  const parts: string[] = [p.place_name, p.admin1 ?? '', p.title];
  for (const s of p.sources) parts.push(s.quote, s.mention);
  // A unit separator between parts stops a query from matching across two fields.
  inc.haystack = normalizeText(parts.join('\u001f'));
  return inc.haystack;
}

/** Builds search text in small slices while the page is idle, so the first search is fast and
 * loading is not slowed. */
export function warmSearchIndex(features: readonly IncidentFeature[]): void {
  const prepared = prepareIncidents(features);
  let next = 0;
  const idle: (cb: (d: { timeRemaining(): number }) => void) => void =
    typeof requestIdleCallback === 'function' ? (cb) => requestIdleCallback(cb, { timeout: 2000 }) : (cb) => setTimeout(() => cb({ timeRemaining: () => 8 }), 16);
  const step = (deadline: { timeRemaining(): number }) => {
    while (next < prepared.length && deadline.timeRemaining() > 2) {
      const end = Math.min(prepared.length, next + 500);
      for (; next < end; next++) haystackOf(prepared[next]!);
    }
    if (next < prepared.length) idle(step);
  };
  idle(step);
}
