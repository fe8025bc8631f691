import type { IncidentFeature } from '../../geo/types.ts';

const cache = new WeakMap<readonly IncidentFeature[], Int32Array>();

/** Incident indices newest first, undated last, computed once per data set; the list then
 * filters this order instead of sorting 100,000 items on every keystroke. */
export function newestFirstOrder(incidents: readonly IncidentFeature[]): Int32Array {
  const hit = cache.get(incidents);
  if (hit) return hit;
  // Keys first: reading nested properties inside the comparator is what makes sorting slow.
  const keys = incidents.map((f) => f.properties.event_date ?? '');
  const order = Int32Array.from(incidents.keys());
  order.sort((a, b) => {
    const da = keys[a]!;
    const db = keys[b]!;
    // Newest first; '' (undated) sorts last; index order among equals.
    if (da !== db) return da === '' ? 1 : db === '' ? -1 : da < db ? 1 : -1;
    return a - b;
  });
  cache.set(incidents, order);
  return order;
}

let lastKey: [readonly IncidentFeature[], readonly number[]] | null = null;
let last: number[] = [];

/** The visible indices in list order (memoised for React). */
export function sortVisible(incidents: readonly IncidentFeature[], visible: readonly number[]): number[] {
  if (lastKey && lastKey[0] === incidents && lastKey[1] === visible) return last;
  const mask = new Uint8Array(incidents.length);
  for (const i of visible) mask[i] = 1;
  const out: number[] = [];
  for (const i of newestFirstOrder(incidents)) if (mask[i]) out.push(i);
  lastKey = [incidents, visible];
  last = out;
  return out;
}
