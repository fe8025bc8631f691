import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IncidentFeature } from '../../geo/types.ts';
import { loadFixture } from '../../tests/fixtures/app/load-fixture.ts';
import { newestFirstOrder, sortVisible } from './sorted-order.ts';

const base = loadFixture().features[0]!;

function withDate(date: string | null, k: number): IncidentFeature {
  return { ...base, id: `inc-${k}`, properties: { ...base.properties, event_date: date, date_precision: 'day' } };
}

/** The obvious definition: dates compared as strings, newest first, undated last, ties by index. */
function reference(incidents: IncidentFeature[]): number[] {
  return incidents
    .map((f, i) => [f.properties.event_date, i] as const)
    .sort(([da, a], [db, b]) => (da === db ? a - b : da === null ? 1 : db === null ? -1 : da < db ? 1 : -1))
    .map(([, i]) => i);
}

describe('newestFirstOrder', () => {
  it('puts the newest first, the undated last, and keeps ties in order', () => {
    const incidents = [withDate('2024-01-02', 0), withDate(null, 1), withDate('2024-03-01', 2), withDate('2024-01-02', 3), withDate('2023-12-31', 4)];
    expect([...newestFirstOrder(incidents)]).toEqual([2, 0, 3, 4, 1]);
    expect(sortVisible(incidents, [0, 1, 4])).toEqual([0, 4, 1]);
  });

  it('agrees with sorting the date strings, on any dates', () => {
    const day = fc.integer({ min: 0, max: 4000 }).map((n) => new Date(Date.UTC(2015, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.array(fc.option(day, { freq: 5 }), { maxLength: 60 }), (dates) => {
        const incidents = dates.map((d, k) => withDate(d, k));
        expect([...newestFirstOrder(incidents)]).toEqual(reference(incidents));
      }),
    );
  });
});
