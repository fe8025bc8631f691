import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { boxOf, ClusterIndex, mercatorX, mercatorY, type ClusterItem } from './cluster-index.ts';

const WORLD: [number, number, number, number] = [0, 0, 1, 1];
const OPTIONS = { radius: 48, maxZoom: 11 };

function index(points: Array<[number, number]>): ClusterIndex {
  return new ClusterIndex(points.flat(), OPTIONS);
}

function total(items: ClusterItem[]): number {
  return items.reduce((n, it) => n + (it.kind === 'point' ? 1 : it.count), 0);
}

/** Screen pixels between two lon/lat points at zoom z (512-pixel tiles). */
function pixels(a: [number, number], b: [number, number], z: number): number {
  const s = 512 * 2 ** z;
  return Math.hypot((mercatorX(a[0]) - mercatorX(b[0])) * s, (mercatorY(a[1]) - mercatorY(b[1])) * s);
}

describe('ClusterIndex', () => {
  // Kyiv and Kharkiv are 410 km apart: about 300 px at zoom 6, 75 px at zoom 4, 19 px at zoom 2.
  const kyiv: [number, number] = [30.52, 50.45];
  const kharkiv: [number, number] = [36.23, 49.99];

  it('joins points closer than the radius and keeps farther ones apart', () => {
    const idx = index([kyiv, kharkiv]);
    expect(idx.itemsAt(2, WORLD)).toEqual([expect.objectContaining({ kind: 'cluster', count: 2 })]);
    expect(idx.itemsAt(4, WORLD).map((it) => it.kind)).toEqual(['point', 'point']);
  });

  it('draws every incident on its own past the last cluster zoom', () => {
    const idx = index([kyiv, kyiv, kyiv]);
    expect(idx.itemsAt(11, WORLD)).toEqual([expect.objectContaining({ kind: 'cluster', count: 3 })]);
    expect(idx.itemsAt(12, WORLD)).toEqual([0, 1, 2].map((index) => ({ kind: 'point', index })));
  });

  it('counts only the shown incidents, and a cluster of one shown incident is that incident', () => {
    const idx = index([kyiv, kyiv, kharkiv]);
    idx.setShown(Uint8Array.from([0, 1, 1]));
    expect(idx.itemsAt(2, WORLD)).toEqual([expect.objectContaining({ kind: 'cluster', count: 2 })]);
    idx.setShown(Uint8Array.from([0, 1, 0]));
    expect(idx.itemsAt(2, WORLD)).toEqual([{ kind: 'point', index: 1 }]);
    idx.setShown(Uint8Array.from([0, 0, 0]));
    expect(idx.itemsAt(2, WORLD)).toEqual([]);
    idx.setShown(null);
    expect(total(idx.itemsAt(2, WORLD))).toBe(3);
  });

  it('puts a cluster at the centre of its shown members', () => {
    const idx = index([kyiv, kharkiv]);
    idx.setShown(Uint8Array.from([1, 1]));
    const [c] = idx.itemsAt(0, WORLD);
    expect(c).toMatchObject({ kind: 'cluster' });
    if (c?.kind !== 'cluster') return;
    expect(c.lon).toBeCloseTo((kyiv[0] + kharkiv[0]) / 2, 5);
    expect(c.lat).toBeGreaterThan(49.99);
    expect(c.lat).toBeLessThan(50.45);
  });

  it('keeps only what lies in the box, plus incidents whose reach brings them in', () => {
    const idx = index([kyiv, kharkiv]);
    const aroundKyiv = boxOf([29, 49.5, 32, 51.5], 0);
    expect(idx.itemsAt(8, aroundKyiv)).toEqual([{ kind: 'point', index: 0 }]);
    // Kharkiv is 4.2 degrees (0.0117 mercator units) east of the box's edge.
    expect(idx.itemsAt(8, aroundKyiv, (i) => (i === 1 ? 0.02 : 0))).toHaveLength(2);
  });

  it('says at which zoom a cluster splits, and when it never does', () => {
    const idx = index([kyiv, kharkiv, kharkiv]);
    const [c] = idx.itemsAt(2, WORLD);
    if (c?.kind !== 'cluster') throw new Error('expected a cluster');
    const zoom = idx.expansionZoom(2, c.id);
    expect(pixels(kyiv, kharkiv, zoom)).toBeGreaterThan(48);
    expect(pixels(kyiv, kharkiv, zoom - 1)).toBeLessThanOrEqual(48 * 2);
    expect(idx.members(2, c.id)).toEqual([0, 1, 2]);
    const together = idx.itemsAt(zoom, WORLD).find((it) => it.kind === 'cluster');
    if (together?.kind !== 'cluster') throw new Error('expected the two Kharkiv incidents together');
    expect(idx.expansionZoom(zoom, together.id)).toBe(12);
  });

  it('never loses or invents an incident, at any zoom and under any filter', () => {
    const lonLat = fc.tuple(fc.double({ min: -30, max: 60, noNaN: true }), fc.double({ min: 20, max: 70, noNaN: true }));
    fc.assert(
      fc.property(fc.array(lonLat, { minLength: 1, maxLength: 300 }), fc.integer({ min: 0, max: 12 }), fc.integer(), (points, z, seed) => {
        const idx = index(points);
        const shown = Uint8Array.from(points, (_, i) => ((seed >> i % 31) & 1) | (i % 3 === 0 ? 1 : 0));
        idx.setShown(shown);
        const items = idx.itemsAt(z, WORLD);
        expect(total(items)).toBe(shown.reduce((a, b) => a + b, 0));
        // A lone incident is one that is shown; members of clusters are exactly the shown ones.
        const seen = new Set<number>();
        for (const it of items) {
          const ids = it.kind === 'point' ? [it.index] : idx.members(z, it.id);
          for (const i of ids) {
            expect(shown[i]).toBe(1);
            expect(seen.has(i)).toBe(false);
            seen.add(i);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('groups exactly as a brute-force greedy pass over every pair would', () => {
    // The grid is only a faster way to find neighbours: the groups must be the ones found by
    // checking every pair (supercluster's algorithm, weighted centres carried zoom to zoom).
    function bruteForce(points: Array<[number, number]>, z: number): number[] {
      let items = points.map(([lon, lat], i) => ({ x: mercatorX(lon), y: mercatorY(lat), w: 1, members: [i] }));
      for (let zz = OPTIONS.maxZoom; zz >= z; zz--) {
        const r = OPTIONS.radius / 512 / 2 ** zz;
        const claimed = new Array<boolean>(items.length).fill(false);
        const next: typeof items = [];
        items.forEach((a, i) => {
          if (claimed[i]) return;
          claimed[i] = true;
          const group = { x: a.x * a.w, y: a.y * a.w, w: a.w, members: [...a.members] };
          items.forEach((b, j) => {
            if (claimed[j] || (b.x - a.x) ** 2 + (b.y - a.y) ** 2 > r * r) return;
            claimed[j] = true;
            group.x += b.x * b.w;
            group.y += b.y * b.w;
            group.w += b.w;
            group.members.push(...b.members);
          });
          next.push({ x: group.x / group.w, y: group.y / group.w, w: group.w, members: group.members });
        });
        items = next;
      }
      // Each point labelled with its group's smallest member.
      const label = new Array<number>(points.length);
      for (const g of items) for (const i of g.members) label[i] = Math.min(...g.members);
      return label;
    }
    const lonLat = fc.tuple(fc.double({ min: 20, max: 40, noNaN: true }), fc.double({ min: 40, max: 55, noNaN: true }));
    fc.assert(
      fc.property(fc.array(lonLat, { minLength: 1, maxLength: 120 }), fc.integer({ min: 0, max: OPTIONS.maxZoom }), (points, z) => {
        const idx = index(points);
        const label = new Array<number>(points.length);
        for (const it of idx.itemsAt(z, WORLD)) {
          const members = it.kind === 'point' ? [it.index] : idx.members(z, it.id);
          for (const i of members) label[i] = Math.min(...members);
        }
        expect(label).toEqual(bruteForce(points, z));
      }),
      { numRuns: 80 },
    );
  });

  it('clusters 100,000 points in one pass per zoom', () => {
    // Not a timing: checks that a big, dense set still ends in a handful of clusters at zoom 0.
    const pts: Array<[number, number]> = [];
    for (let i = 0; i < 100_000; i++) pts.push([20 + ((i * 7919) % 4000) / 100, 30 + ((i * 104729) % 3000) / 100]);
    const idx = index(pts);
    const top = idx.itemsAt(0, WORLD);
    expect(total(top)).toBe(100_000);
    expect(top.length).toBeLessThan(10);
    expect(total(idx.itemsAt(6, WORLD))).toBe(100_000);
  });
});
