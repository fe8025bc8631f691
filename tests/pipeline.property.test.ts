// Property test: random and mutated reports through the whole pipeline. Invariants: no
// exception escapes; the output is an RFC 7946 FeatureCollection of Points in range; every quote
// is the report's own words at its offsets; every mention lies inside its quote.
// FUZZ_RUNS=5000 npx vitest run tests/pipeline.property.test.ts for a longer run.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../geo/pipeline.ts';
import type { Report } from '../geo/types.ts';
import { gazetteer } from './helpers/gazetteer.ts';

const runs = Number(process.env.FUZZ_RUNS ?? 60);
const dev = JSON.parse(readFileSync(new URL('./fixtures/golden/in/dev.json', import.meta.url), 'utf8')) as Report[];

// Pieces of real reports, so the fuzzer reaches the deep paths (places, dates, events).
const piece = fc.oneof(
  fc.constantFrom(...dev.flatMap((r) => r.text.split(/(?<=[.!?])\s+/)).slice(0, 300)),
  fc.string({ maxLength: 40 }),
  fc.constantFrom('\n\n', ' ', '"', '’s ', 'U.S.', '<script>alert(1)</script>', '\u202e', 'Kyiv', 'on 31 February', 'overnight', '😀'),
);

const reportArb = fc.record({
  id: fc.string({ minLength: 1, maxLength: 8 }),
  outlet: fc.option(fc.string({ maxLength: 10 }), { nil: null }),
  title: fc.option(fc.string({ maxLength: 20 }), { nil: null }),
  published: fc.option(fc.constantFrom('2024-01-04', '2022-03-01', '2023-12-31', '2024-02-29'), { nil: null }),
  url: fc.constant(null),
  text: fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(' ')),
});

describe('pipeline invariants on random reports', () => {
  it('holds for every input', async () => {
    const g = await gazetteer();
    fc.assert(
      // Unique ids: the pipeline renames a clashing one (geo/pipeline.test.ts checks how).
      fc.property(fc.uniqueArray(reportArb, { minLength: 1, maxLength: 3, selector: (r) => r.id }), (reports) => {
        const byId = new Map(reports.map((r) => [r.id, r]));
        const { incidents } = runPipeline(g, reports);
        expect(incidents.type).toBe('FeatureCollection');
        for (const f of incidents.features) {
          expect(f.geometry.type).toBe('Point');
          const [lon, lat] = f.geometry.coordinates;
          expect(Math.abs(lon)).toBeLessThanOrEqual(180);
          expect(Math.abs(lat)).toBeLessThanOrEqual(90);
          for (const s of f.properties.sources) {
            const text = byId.get(s.article_id)!.text;
            expect(text.slice(s.quote_start, s.quote_end)).toBe(s.quote);
            expect(text.slice(s.mention_start, s.mention_end)).toBe(s.mention);
            expect(s.mention_start).toBeGreaterThanOrEqual(s.quote_start);
            expect(s.mention_end).toBeLessThanOrEqual(s.quote_end);
          }
        }
      }),
      { numRuns: runs, seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined },
    );
  });
});
