// The seed reports' incidents, as the project's first issue states them: the incidents the two
// reports tell, and none of the places they merely name.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../geo/pipeline.ts';
import { readReports } from '../geo/read-reports.ts';
import type { IncidentFeature } from '../geo/types.ts';
import { gazetteer } from './helpers/gazetteer.ts';

let features: IncidentFeature[];
beforeAll(async () => {
  const files = readdirSync('seeds').filter((f) => f.endsWith('.md')).map((f) => join('seeds', f));
  const reports = files.flatMap((f) => readReports(f, readFileSync(f)).reports);
  features = runPipeline(await gazetteer(), reports).incidents.features;
});

function find(place: RegExp, date: string): IncidentFeature | undefined {
  return features.find((f) => place.test(f.properties.place_name) && f.properties.event_date === date);
}

describe('the seed reports', () => {
  it('give the 30 December impact in the Zaporizhzhia region, told by both outlets', () => {
    const f = find(/Zaporizhzhia/, '2023-12-30');
    expect(f?.properties.geo_precision).toBe('region');
    expect(f?.properties.sources.map((s) => s.outlet).sort()).toEqual(['Al Jazeera', 'The Guardian (USA)']);
  });

  it('give the 4 January raid near Sevastopol and the separate attack on the Crimean Peninsula', () => {
    expect(find(/^Sevastopol$/, '2024-01-04')).toBeDefined();
    expect(find(/^Crimean Peninsula$/, '2024-01-04')).toBeDefined();
  });

  it("give the 2 January strike in Kyiv's Podilskyi district, from the photo caption", () => {
    const f = find(/Podilskyi/, '2024-01-02');
    expect(f?.properties.admin1).toBe('Kyiv City');
    expect(f?.properties.sources[0]!.quote).toContain('Podilskyi district of Kyiv');
  });

  it('give the Kharkiv region salvo of that week, at week precision', () => {
    const f = features.find((x) => /Kharkiv/.test(x.properties.place_name));
    expect(f?.properties).toMatchObject({ geo_precision: 'region', date_precision: 'week', event_date: '2024-01-01' });
  });

  it('place nothing in Washington, Moscow, Pyongyang, Tehran, Tatarstan or the Korean peninsula', () => {
    const named = features.map((f) => `${f.properties.place_name} ${f.properties.admin1 ?? ''}`).join(' | ');
    expect(named).not.toMatch(/Washington|Moscow|Pyongyang|Tehran|Tatarstan|Korea/);
  });

  it('quote the reports verbatim, the photo credit left out', () => {
    for (const f of features) for (const s of f.properties.sources) expect(s.quote).not.toMatch(/Photograph:|Getty/);
  });
});
