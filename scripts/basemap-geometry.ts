// Small planar geometry helpers for the offline basemap build. Coordinates are
// lon/lat degrees; at the tolerances used here (~1 km) treating them as planar
// is indistinguishable on screen and keeps the build free of a turf dependency.

export type Position = [number, number];

/** Rounds to `digits` decimals; 4 decimals is ~11 m, far below what the basemap's zooms can show. */
export function roundCoord(p: readonly number[], digits = 4): Position {
  const f = 10 ** digits;
  return [Math.round((p[0] ?? 0) * f) / f, Math.round((p[1] ?? 0) * f) / f];
}

function segmentDistanceSq(p: Position, a: Position, b: Position): number {
  let x = a[0];
  let y = a[1];
  let dx = b[0] - x;
  let dy = b[1] - y;
  if (dx !== 0 || dy !== 0) {
    const t = ((p[0] - x) * dx + (p[1] - y) * dy) / (dx * dx + dy * dy);
    if (t > 1) {
      x = b[0];
      y = b[1];
    } else if (t > 0) {
      x += dx * t;
      y += dy * t;
    }
  }
  dx = p[0] - x;
  dy = p[1] - y;
  return dx * dx + dy * dy;
}

/**
 * Douglas-Peucker with an explicit stack: admin-1 rings run to tens of
 * thousands of vertices, deep enough to make the recursive form risky.
 */
export function simplifyLine(points: readonly Position[], tolerance: number): Position[] {
  const n = points.length;
  if (n <= 2) return points.slice();
  const keep = new Uint8Array(n);
  keep[0] = 1;
  keep[n - 1] = 1;
  const tolSq = tolerance * tolerance;
  const stack: number[] = [0, n - 1];
  while (stack.length > 0) {
    const last = stack.pop() as number;
    const first = stack.pop() as number;
    let maxSq = 0;
    let index = -1;
    const a = points[first] as Position;
    const b = points[last] as Position;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistanceSq(points[i] as Position, a, b);
      if (d > maxSq) {
        maxSq = d;
        index = i;
      }
    }
    if (index >= 0 && maxSq > tolSq) {
      keep[index] = 1;
      stack.push(first, index, index, last);
    }
  }
  const out: Position[] = [];
  for (let i = 0; i < n; i++) if (keep[i]) out.push(points[i] as Position);
  return out;
}

/** Simplifies then rounds, dropping the repeated points rounding creates. */
export function simplifyAndRound(points: readonly Position[], tolerance: number): Position[] {
  const out: Position[] = [];
  for (const p of simplifyLine(points, tolerance)) {
    const r = roundCoord(p);
    const prev = out[out.length - 1];
    if (!prev || prev[0] !== r[0] || prev[1] !== r[1]) out.push(r);
  }
  return out;
}

/** Signed shoelace area in square degrees (positive = counter-clockwise). */
/** A Polygon's or MultiPolygon's polygons, each its outer ring then its holes; none for other
 * geometries. (The basemap and the gazetteer build both read Natural Earth's shapes.) */
export function polygonsOf(geometry: { type: string; coordinates?: unknown } | null): Position[][][] {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates as Position[][]];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates as Position[][][];
  return [];
}

/** Whether a point lies inside a ring (ray casting; holes are the caller's). */
export function ringHolds(ring: readonly Position[], lon: number, lat: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function ringArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const p = ring[i] as Position;
    const q = ring[j] as Position;
    sum += (q[0] - p[0]) * (q[1] + p[1]);
  }
  return sum / 2;
}

/**
 * Simplifies a polygon, dropping rings that collapse or that are smaller than
 * `minArea` square degrees (specks that would only add bytes and noise).
 * Returns null when the outer ring itself goes.
 */
export function simplifyPolygon(
  rings: readonly Position[][],
  tolerance: number,
  minArea: number,
): Position[][] | null {
  const out: Position[][] = [];
  for (let r = 0; r < rings.length; r++) {
    const ring = simplifyAndRound(rings[r] as Position[], tolerance);
    if (ring.length < 4 || Math.abs(ringArea(ring)) < minArea) {
      if (r === 0) return null;
      continue;
    }
    out.push(ring);
  }
  return out;
}

function pointToPolygonDistance(x: number, y: number, rings: readonly Position[][]): number {
  let inside = false;
  let minSq = Infinity;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i] as Position;
      const b = ring[j] as Position;
      if (a[1] > y !== b[1] > y && x < ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]) + a[0]) {
        inside = !inside;
      }
      minSq = Math.min(minSq, segmentDistanceSq([x, y], a, b));
    }
  }
  return (inside ? 1 : -1) * Math.sqrt(minSq);
}

/**
 * Pole of inaccessibility (the polylabel idea, grid refinement form): centroids
 * fall outside crescent-shaped countries (Chile, Croatia), which would put
 * their names over a neighbour.
 */
export function poleOfInaccessibility(rings: readonly Position[][], precision = 0.05): Position {
  const outer = rings[0] ?? [];
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of outer) {
    minX = Math.min(minX, p[0]);
    minY = Math.min(minY, p[1]);
    maxX = Math.max(maxX, p[0]);
    maxY = Math.max(maxY, p[1]);
  }
  const cellSize = Math.min(maxX - minX, maxY - minY);
  if (cellSize === 0) return [minX, minY];
  interface Cell {
    x: number;
    y: number;
    h: number;
    d: number;
    max: number;
  }
  const makeCell = (x: number, y: number, h: number): Cell => {
    const d = pointToPolygonDistance(x, y, rings);
    return { x, y, h, d, max: d + h * Math.SQRT2 };
  };
  const queue = new MaxHeap<Cell>((a, b) => a.max - b.max);
  const h = cellSize / 2;
  for (let x = minX; x < maxX; x += cellSize) {
    for (let y = minY; y < maxY; y += cellSize) queue.push(makeCell(x + h, y + h, h));
  }
  let best = makeCell((minX + maxX) / 2, (minY + maxY) / 2, 0);
  for (let cell = queue.pop(); cell; cell = queue.pop()) {
    if (cell.d > best.d) best = cell;
    if (cell.max - best.d <= precision) continue;
    const ch = cell.h / 2;
    queue.push(makeCell(cell.x - ch, cell.y - ch, ch));
    queue.push(makeCell(cell.x + ch, cell.y - ch, ch));
    queue.push(makeCell(cell.x - ch, cell.y + ch, ch));
    queue.push(makeCell(cell.x + ch, cell.y + ch, ch));
  }
  return roundCoord([best.x, best.y], 3);
}

class MaxHeap<T> {
  private readonly items: T[] = [];
  constructor(private readonly compare: (a: T, b: T) => number) {}

  push(item: T): void {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.compare(items[i] as T, items[parent] as T) <= 0) break;
      [items[i], items[parent]] = [items[parent] as T, items[i] as T];
      i = parent;
    }
  }

  pop(): T | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    items[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < items.length && this.compare(items[l] as T, items[m] as T) > 0) m = l;
      if (r < items.length && this.compare(items[r] as T, items[m] as T) > 0) m = r;
      if (m === i) break;
      [items[i], items[m]] = [items[m] as T, items[i] as T];
      i = m;
    }
    return top;
  }
}
