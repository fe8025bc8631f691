import type { IncidentFeature } from '../../geo/types.ts';
import { normalizeText } from './text-search.ts';

// Each incident's search text: normalised place, admin1, title, quotes and mentions. Built on
// first search, or in idle time after loading, since normalising 100,000 incidents takes a
// while; kept per incidents array, by position.

const cache = new WeakMap<readonly IncidentFeature[], (string | null)[]>();
/** The last array seen, to carry its texts over (see below). */
let last: { features: readonly IncidentFeature[]; texts: (string | null)[] } | null = null;

function textsOf(features: readonly IncidentFeature[]): (string | null)[] {
  const hit = cache.get(features);
  if (hit) return hit;
  // An analyst's edit makes a new array in which all but a few features are the same objects at
  // the same places: those keep their text. (Compared by position, not looked up in a WeakMap
  // per feature: 100,000 WeakMap entries cost more to make than the texts save.)
  const texts = new Array<string | null>(features.length).fill(null);
  const before = last;
  if (before) for (let i = 0; i < features.length; i++) if (before.features[i] === features[i]) texts[i] = before.texts[i]!;
  cache.set(features, texts);
  last = { features, texts };
  return texts;
}

/** The normalised search text of incident `i` of `features`. */
export function searchText(features: readonly IncidentFeature[], i: number): string {
  const texts = textsOf(features);
  const known = texts[i];
  if (known !== null && known !== undefined) return known;
  const p = features[i]!.properties;
  const parts: string[] = [p.place_name, p.admin1 ?? '', p.title];
  for (const s of p.sources) parts.push(s.quote, s.mention);
  // A unit separator between parts stops a query from matching across two fields.
  const text = normalizeText(parts.join('\u001f'));
  texts[i] = text;
  return text;
}

/** Builds search text in small slices while the page is idle, so the first search is fast and
 * loading is not slowed. */
export function warmSearchIndex(features: readonly IncidentFeature[]): void {
  let next = 0;
  const idle: (cb: (d: { timeRemaining(): number }) => void) => void =
    typeof requestIdleCallback === 'function' ? (cb) => requestIdleCallback(cb, { timeout: 2000 }) : (cb) => setTimeout(() => cb({ timeRemaining: () => 8 }), 16);
  const step = (deadline: { timeRemaining(): number }) => {
    while (next < features.length && deadline.timeRemaining() > 2) {
      const end = Math.min(features.length, next + 500);
      for (; next < end; next++) searchText(features, next);
    }
    if (next < features.length) idle(step);
  };
  idle(step);
}
