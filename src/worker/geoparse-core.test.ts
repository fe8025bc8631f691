// "Same answers everywhere": the worker's own functions, run here in Node on the gazetteer the
// page downloads (the .gz, through loadGazetteerFromBytes), must give exactly the features the
// `incidents` command writes for the same reports.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../../geo/gazetteer.ts';
import { loadGazetteerFromBytes } from '../../geo/load-gazetteer-data.ts';
import type { IncidentCollection } from '../../geo/types.ts';
import { computeIncidents, readInputs, searchGazetteer, summarise } from './geoparse-core.ts';
import { SEED_FILES } from './seed-reports.ts';

const repo = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const DEV = join(repo, 'tests/fixtures/golden/in/dev.json');
const NOW = '2024-06-01T00:00:00.000Z';

let gazetteer: Gazetteer;
const tmp = mkdtempSync(join(tmpdir(), 'same-answers-'));

beforeAll(async () => {
  gazetteer = await loadGazetteerFromBytes(new Uint8Array(readFileSync(join(repo, 'data/build/gazetteer.json.gz'))));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function cli(inputs: string[]): IncidentCollection {
  const out = join(tmp, `out-${Math.random().toString(36).slice(2)}.geojson`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'geo/cli/incidents.ts', '--out', out, ...inputs], { cwd: repo, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(readFileSync(out, 'utf8')) as IncidentCollection;
}

describe('the worker pipeline gives the command line answers', () => {
  it('on the seeds', () => {
    const read = readInputs(SEED_FILES, [], NOW);
    expect(read.added.map((r) => r.origin)).toEqual(SEED_FILES.map(() => 'seed'));
    const page = computeIncidents(gazetteer, read.added);
    const command = cli(SEED_FILES.map((f) => f.name));
    expect(page.features.length).toBeGreaterThan(0);
    expect(page.features).toEqual(command.features);
  });

  it('on the dev corpus, added on top of the seeds in two batches', () => {
    const seeds = readInputs(SEED_FILES, [], NOW).added;
    const dev = readInputs([{ kind: 'file', name: 'dev.json', content: new Uint8Array(readFileSync(DEV)) }], seeds, NOW).added;
    expect(dev).toHaveLength(30);
    const page = computeIncidents(gazetteer, [...seeds, ...dev]);
    expect(page.features).toEqual(cli([...SEED_FILES.map((f) => f.name), DEV]).features);
    // The dev corpus alone, too.
    expect(computeIncidents(gazetteer, readInputs([{ kind: 'file', name: 'dev.json', content: readFileSync(DEV, 'utf8') }], [], NOW).added).features).toEqual(
      cli([DEV]).features,
    );
  });
});

describe('reading inputs', () => {
  it('takes a pasted report with its fields, and knows it the second time', () => {
    const text = 'KYIV, March 3 (Wire) - A Russian drone struck an apartment block in Odesa on Sunday, officials said.';
    const first = readInputs([{ kind: 'paste', text, outlet: ' Wire ', title: 'Drone hits Odesa', date: '3 March 2024', url: 'https://example.org/a' }], [], NOW);
    expect(first.added).toHaveLength(1);
    expect(first.added[0]).toMatchObject({ outlet: 'Wire', title: 'Drone hits Odesa', published: '2024-03-03', url: 'https://example.org/a', origin: 'pasted' });
    expect(first.added[0]!.id).toMatch(/^pasted-/);
    const again = readInputs([{ kind: 'paste', text }], first.added, NOW);
    expect(again.added).toHaveLength(0);
    expect(again.outcomes[0]).toMatchObject({ duplicates: 1, error: null });
    expect(again.diagnostics[0]!.message).toMatch(/already in the project/);
  });

  it('names a bad file and keeps the good ones; a clashing id gets a suffix', () => {
    const good = { kind: 'file' as const, name: 'a.txt', content: 'Shelling hit Kharkiv on Monday.' };
    const other = { kind: 'file' as const, name: 'x/a.txt', content: 'A different report about Kherson.' };
    const bad = { kind: 'file' as const, name: 'broken.json', content: '[{"text": 1}' };
    const r = readInputs([good, bad, other], [], NOW);
    expect(r.added.map((x) => x.id)).toEqual(['a', 'a~2']);
    expect(r.outcomes[1]).toMatchObject({ name: 'broken.json', added: 0 });
    expect(r.outcomes[1]!.error).toBeTruthy();
    expect(r.diagnostics.some((d) => d.source === 'broken.json' && d.severity === 'error')).toBe(true);
    const empty = readInputs([{ kind: 'paste', text: '   ' }], [], NOW);
    expect(empty.outcomes[0]!.error).toMatch(/empty/);
  });

  it('summarises new and joined incidents', () => {
    const seeds = readInputs(SEED_FILES, [], NOW).added;
    const before = computeIncidents(gazetteer, seeds).features;
    // The second seed's text again, without its front matter (so a new id), joins its incidents.
    const copy = readInputs([{ kind: 'file', name: 'copy.md', content: `---\noutlet: Gazette\npublished: 2024-01-06\n---\n${seeds[1]!.text}\n\nUpdated at 10:00.` }], seeds, NOW);
    const after = computeIncidents(gazetteer, [...seeds, ...copy.added]).features;
    const s = summarise(after, copy.added, copy.outcomes);
    expect(s.reportsAdded).toBe(1);
    expect(s.joined).toBeGreaterThan(0);
    expect(s.newIncidents).toBe(0);
    expect(after.length).toBe(before.length);
  });
});

describe('the review screen search', () => {
  it('finds places in the whole gazetteer, as values an edit can hold', () => {
    const places = searchGazetteer(gazetteer, 'Bucha', 5);
    const bucha = places.find((p) => p.country_code === 'UA');
    expect(bucha).toMatchObject({ name: 'Bucha', admin1: 'Kyiv Oblast', via: 'search' });
    expect(bucha!.geonames_id).toBeGreaterThan(0);
  });

  it('finds nothing for a name no place has', () => {
    expect(searchGazetteer(gazetteer, 'Qqxzzv', 5)).toEqual([]);
  });
});
