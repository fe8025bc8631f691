// Golden files: reports in, GeoJSON out. Regenerate with `UPDATE=1 npx vitest run tests/golden.test.ts`
// and review the diff (by reading it, or opening the files on a map) before committing.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../geo/pipeline.ts';
import { readReports } from '../geo/read-reports.ts';
import type { IncidentCollection, Report } from '../geo/types.ts';
import { gazetteer } from './helpers/gazetteer.ts';

const dir = join(import.meta.dirname, 'fixtures/golden');

function reportsOf(files: string[]): Report[] {
  return files.flatMap((f) => readReports(f, readFileSync(f)).reports);
}

/** The golden form: what a reviewer needs to judge, without scores that shift with tuning. */
function golden(collection: IncidentCollection): unknown {
  return {
    type: collection.type,
    features: collection.features.map((f) => ({
      type: f.type,
      geometry: f.geometry,
      properties: {
        title: f.properties.title,
        event_type: f.properties.event_type,
        event_date: f.properties.event_date,
        date_precision: f.properties.date_precision,
        place_name: f.properties.place_name,
        admin1: f.properties.admin1,
        country_code: f.properties.country_code,
        geo_precision: f.properties.geo_precision,
        sources: f.properties.sources.map((s) => ({ article_id: s.article_id, mention: s.mention, claimed_by: s.claimed_by, disputed_by: s.disputed_by, quote: s.quote })),
      },
    })),
  };
}

const cases: Array<[string, () => string[]]> = [
  ['seeds', () => readdirSync('seeds').filter((f) => f.endsWith('.md')).sort().map((f) => join('seeds', f))],
  ['dev', () => [join(dir, 'in/dev.json')]],
];

describe('golden files', () => {
  it.each(cases)('%s', async (name, files) => {
    const { incidents } = runPipeline(await gazetteer(), reportsOf(files()));
    const outFile = join(dir, `out/${name}.geojson`);
    const actual = golden(incidents);
    if (process.env.UPDATE || !existsSync(outFile)) writeFileSync(outFile, JSON.stringify(actual, null, 2) + '\n');
    expect(actual).toEqual(JSON.parse(readFileSync(outFile, 'utf8')));
  });
});
