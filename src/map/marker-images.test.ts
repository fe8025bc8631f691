import { describe, expect, it } from 'vitest';
import { abbreviateCount, clusterImageName, markerImageName } from './marker-images.ts';

describe('map image names', () => {
  it('sizes a cluster by its count, not by its rounded label', () => {
    expect(clusterImageName(2)).toBe('cluster-14-2');
    expect(clusterImageName(999)).toBe('cluster-21-999');
    expect(clusterImageName(1500)).toBe('cluster-25-1.5k');
    // 9,999 is labelled "10k" but is not yet a 10,000+ cluster.
    expect(abbreviateCount(9999)).toBe('10k');
    expect(clusterImageName(9999)).toBe('cluster-25-10k');
    expect(clusterImageName(10000)).toBe('cluster-30-10k');
  });

  it('names a marker by type, precision and report count', () => {
    expect(markerImageName('shelling', false, 1)).toBe('marker-shelling');
    expect(markerImageName('raid', true, 3)).toBe('marker-raid-hollow-b3');
    expect(markerImageName('raid', false, 12)).toBe('marker-raid-b9+');
  });
});
