// The incidents' clusters, built once per data set and re-counted per filter.
//
// MapLibre's own clustering (supercluster in its worker) rebuilds the whole hierarchy on every
// setData: with 100,000 incidents a filter change costs a structured clone of every marker and
// a full re-clustering, about a second on a laptop-class CPU. Which points may cluster together
// does not depend on the filter, though: only how many of each cluster's members are shown, and
// where their centre is. So the hierarchy is built once here, with supercluster's greedy
// algorithm (same radius, same zooms), and a filter change only re-counts the members of the
// clusters the view needs. The map gets the few hundred features on screen, not 100,000.

/** A cluster of at least two shown incidents, or one shown incident (`point`), at one zoom. */
export type ClusterItem =
  | { kind: 'cluster'; id: number; lon: number; lat: number; count: number }
  | { kind: 'point'; index: number };

export interface ClusterOptions {
  /** Cluster radius in screen pixels. */
  radius: number;
  /** Last zoom with clusters; past it every incident is drawn on its own. */
  maxZoom: number;
  /** Tile size in pixels (MapLibre: 512). */
  extent?: number;
}

/** Mercator x, y in [0, 1] (y down), as supercluster and the map's tiles use. */
export function mercatorX(lon: number): number {
  return lon / 360 + 0.5;
}

export function mercatorY(lat: number): number {
  const sin = Math.sin((Math.max(-85.05113, Math.min(85.05113, lat)) * Math.PI) / 180);
  return 0.5 - (0.25 * Math.log((1 + sin) / (1 - sin))) / Math.PI;
}

function lonOf(x: number): number {
  return (x - 0.5) * 360;
}

function latOf(y: number): number {
  return (360 * Math.atan(Math.exp((1 - 2 * y) * Math.PI))) / Math.PI - 90;
}

/** A mercator box [minX, minY, maxX, maxY]. */
export type Box = [number, number, number, number];

interface Level {
  /** Number of clusters at this zoom. */
  size: number;
  /** For each incident, its cluster at this zoom. */
  clusterOf: Int32Array;
}

interface Counts {
  count: Int32Array;
  sumX: Float64Array;
  sumY: Float64Array;
  /** The first shown member, for a cluster of one. */
  first: Int32Array;
}

/**
 * Items bucketed by square grid cell (side = the cluster radius), so a neighbour search looks at
 * nine cells. Each cell's items are a linked list in typed arrays, and cells are found through
 * an open-addressing hash table, also typed arrays: with 100,000 cells at the closest zoom, a
 * Map (or an array per cell) cost most of the build.
 */
class CellGrid {
  readonly cellX: Int32Array;
  readonly cellY: Int32Array;
  /** The next item in the same cell, or -1. */
  readonly next: Int32Array;
  private readonly keyX: Int32Array;
  private readonly keyY: Int32Array;
  /** The first item of the cell in this slot; -1 for an empty slot. */
  private readonly head: Int32Array;
  private readonly mask: number;

  constructor(x: Float64Array, y: Float64Array, side: number) {
    const m = x.length;
    let slots = 16;
    while (slots < 2 * m) slots *= 2;
    this.mask = slots - 1;
    this.keyX = new Int32Array(slots);
    this.keyY = new Int32Array(slots);
    this.head = new Int32Array(slots).fill(-1);
    this.cellX = new Int32Array(m);
    this.cellY = new Int32Array(m);
    this.next = new Int32Array(m);
    // Backwards, so each cell lists its items in index order (the greedy pass's order).
    for (let i = m - 1; i >= 0; i--) {
      const gx = Math.floor(x[i]! / side);
      const gy = Math.floor(y[i]! / side);
      this.cellX[i] = gx;
      this.cellY[i] = gy;
      const s = this.slot(gx, gy);
      if (this.head[s] === -1) {
        this.keyX[s] = gx;
        this.keyY[s] = gy;
      }
      this.next[i] = this.head[s]!;
      this.head[s] = i;
    }
  }

  private slot(gx: number, gy: number): number {
    let s = (Math.imul(gx, 0x9e3779b1) ^ Math.imul(gy, 0x85ebca6b)) & this.mask;
    while (this.head[s] !== -1 && (this.keyX[s] !== gx || this.keyY[s] !== gy)) s = (s + 1) & this.mask;
    return s;
  }

  /** The first item in cell (gx, gy), or -1 when it is empty. */
  first(gx: number, gy: number): number {
    return this.head[this.slot(gx, gy)]!;
  }
}

export class ClusterIndex {
  readonly size: number;
  readonly maxZoom: number;
  private readonly x: Float64Array;
  private readonly y: Float64Array;
  private readonly levels: Level[] = [];
  private shown: Uint8Array | null = null;
  /** Per-zoom member counts under the current filter, computed when a zoom is first asked for. */
  private counts = new Map<number, Counts>();

  constructor(lonLat: ArrayLike<number>, options: ClusterOptions) {
    const n = lonLat.length / 2;
    this.size = n;
    this.maxZoom = options.maxZoom;
    this.x = new Float64Array(n);
    this.y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      this.x[i] = mercatorX(lonLat[2 * i]!);
      this.y[i] = mercatorY(lonLat[2 * i + 1]!);
    }
    // One mercator unit is `extent` pixels at zoom 0.
    this.build(options.radius / (options.extent ?? 512));
  }

  /** supercluster's greedy pass, zoom by zoom from the closest in: each unclaimed item claims
   * the unclaimed items within the radius of it, and the group's weighted centre stands for it
   * at the next zoom out. */
  private build(radiusAtZoom0: number): void {
    const n = this.size;
    // Items of the zoom below: incidents first, then the clusters they formed.
    let ix = this.x;
    let iy = this.y;
    let weight = new Float64Array(n).fill(1);
    // For each incident, which item of the current level holds it.
    let itemOf = new Int32Array(n);
    for (let i = 0; i < n; i++) itemOf[i] = i;
    const levels: Level[] = [];
    for (let z = this.maxZoom; z >= 0; z--) {
      const r = radiusAtZoom0 / 2 ** z;
      const m = ix.length;
      const parent = new Int32Array(m).fill(-1);
      const grid = new CellGrid(ix, iy, r);
      const nx = new Float64Array(m);
      const ny = new Float64Array(m);
      const nw = new Float64Array(m);
      let clusters = 0;
      const r2 = r * r;
      for (let i = 0; i < m; i++) {
        if (parent[i] !== -1) continue;
        const c = clusters++;
        const x0 = ix[i]!;
        const y0 = iy[i]!;
        let w = weight[i]!;
        let sx = x0 * w;
        let sy = y0 * w;
        parent[i] = c;
        const gx = grid.cellX[i]!;
        const gy = grid.cellY[i]!;
        for (let dy = -1; dy <= 1; dy++) {
          for (let dx = -1; dx <= 1; dx++) {
            for (let j = grid.first(gx + dx, gy + dy); j !== -1; j = grid.next[j]!) {
              if (parent[j] !== -1) continue;
              const ddx = ix[j]! - x0;
              const ddy = iy[j]! - y0;
              if (ddx * ddx + ddy * ddy > r2) continue;
              parent[j] = c;
              const wj = weight[j]!;
              w += wj;
              sx += ix[j]! * wj;
              sy += iy[j]! * wj;
            }
          }
        }
        nx[c] = sx / w;
        ny[c] = sy / w;
        nw[c] = w;
      }
      const clusterOf = new Int32Array(n);
      for (let p = 0; p < n; p++) clusterOf[p] = parent[itemOf[p]!]!;
      levels[z] = { size: clusters, clusterOf };
      itemOf = clusterOf;
      ix = nx.slice(0, clusters);
      iy = ny.slice(0, clusters);
      weight = nw.slice(0, clusters);
    }
    this.levels.push(...levels);
  }

  /** Which incidents count (one byte each, 1 = shown); null shows all. */
  setShown(shown: Uint8Array | null): void {
    this.shown = shown;
    this.counts.clear();
  }

  isShown(i: number): boolean {
    return this.shown === null || this.shown[i] === 1;
  }

  /** The zoom whose clusters are drawn at a (fractional) map zoom; past maxZoom, none. */
  levelAt(zoom: number): number {
    return Math.max(0, Math.min(Math.floor(zoom), this.maxZoom + 1));
  }

  private countsAt(z: number): Counts {
    let c = this.counts.get(z);
    if (c) return c;
    const level = this.levels[z]!;
    c = {
      count: new Int32Array(level.size),
      sumX: new Float64Array(level.size),
      sumY: new Float64Array(level.size),
      first: new Int32Array(level.size).fill(-1),
    };
    for (let i = 0; i < this.size; i++) {
      if (!this.isShown(i)) continue;
      const k = level.clusterOf[i]!;
      if (c.count[k] === 0) c.first[k] = i;
      c.count[k]! += 1;
      c.sumX[k]! += this.x[i]!;
      c.sumY[k]! += this.y[i]!;
    }
    this.counts.set(z, c);
    return c;
  }

  /** What to draw at zoom level `z` inside `box` (mercator). A shown incident outside the box
   * is kept when `reach(i)` (its drawn extent, mercator units) brings it inside: an uncertainty
   * circle can cover the view from afar. */
  itemsAt(z: number, box: Box, reach: (i: number) => number = () => 0): ClusterItem[] {
    const [x0, y0, x1, y1] = box;
    const inside = (x: number, y: number, pad: number) => x >= x0 - pad && x <= x1 + pad && y >= y0 - pad && y <= y1 + pad;
    const items: ClusterItem[] = [];
    if (z > this.maxZoom) {
      for (let i = 0; i < this.size; i++) {
        if (this.isShown(i) && inside(this.x[i]!, this.y[i]!, reach(i))) items.push({ kind: 'point', index: i });
      }
      return items;
    }
    const c = this.countsAt(z);
    for (let k = 0; k < c.count.length; k++) {
      const count = c.count[k]!;
      if (count === 0) continue;
      if (count === 1) {
        const i = c.first[k]!;
        if (inside(this.x[i]!, this.y[i]!, reach(i))) items.push({ kind: 'point', index: i });
        continue;
      }
      const x = c.sumX[k]! / count;
      const y = c.sumY[k]! / count;
      if (inside(x, y, 0)) items.push({ kind: 'cluster', id: k, lon: lonOf(x), lat: latOf(y), count });
    }
    return items;
  }

  /** The shown incidents of cluster `id` at zoom level `z`. */
  members(z: number, id: number): number[] {
    const clusterOf = this.levels[z]?.clusterOf;
    if (!clusterOf) return [];
    const out: number[] = [];
    for (let i = 0; i < this.size; i++) if (clusterOf[i] === id && this.isShown(i)) out.push(i);
    return out;
  }

  /** The first zoom at which the shown members of cluster `id` (at `z`) no longer form one
   * cluster; maxZoom + 1 when they stay together to the end (one spot, or nearly). */
  expansionZoom(z: number, id: number): number {
    const members = this.members(z, id);
    for (let zz = z + 1; zz <= this.maxZoom; zz++) {
      const clusterOf = this.levels[zz]!.clusterOf;
      const first = clusterOf[members[0]!];
      if (members.some((i) => clusterOf[i] !== first)) return zz;
    }
    return this.maxZoom + 1;
  }
}

/** Mercator box of a view: [west, south, east, north] in degrees, grown by `grow` of its size on
 * every side, so a pan within that margin needs no new features. */
export function boxOf(bounds: [number, number, number, number], grow: number): Box {
  const [w, s, e, n] = bounds;
  const x0 = mercatorX(w);
  const x1 = mercatorX(e);
  const y0 = mercatorY(n);
  const y1 = mercatorY(s);
  const dx = (x1 - x0) * grow;
  const dy = (y1 - y0) * grow;
  return [Math.max(0, x0 - dx), Math.max(0, y0 - dy), Math.min(1, x1 + dx), Math.min(1, y1 + dy)];
}

export function boxContains(outer: Box, inner: Box): boolean {
  return inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];
}
