// The published JSON Schemas (docs/*.schema.json) against what the pipeline really writes for the
// seed reports. The schemas are closed (additionalProperties: false), so a field added, dropped or
// retyped in geo/geojson.ts without a schema change fails here. Offsets are checked too: the schema
// can say they are integers, not that they point at the words they claim to.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer } from '../geo/cli/load-gazetteer.ts';
import { runPipeline } from '../geo/pipeline.ts';
import { readReports } from '../geo/read-reports.ts';
import type { IncidentCollection, MentionFeature, Report } from '../geo/types.ts';

const ROOT = join(import.meta.dirname, '..');
const SEEDS = join(ROOT, 'seeds');

interface MentionOutput {
  type: 'FeatureCollection';
  features: MentionFeature[];
  metadata: IncidentCollection['metadata'];
}

function schema(name: string): object {
  return JSON.parse(readFileSync(join(ROOT, 'docs', name), 'utf8')) as object;
}

/** Strict mode: a typo in a keyword is a compile error, not a silently ignored constraint. */
function compile(name: string): ValidateFunction {
  return new Ajv2020({ allErrors: true, strict: true }).compile(schema(name));
}

function readSeeds(): Report[] {
  const files = readdirSync(SEEDS).filter((f) => f.endsWith('.md')).sort();
  return files.flatMap((f) => readReports(`seeds/${f}`, readFileSync(join(SEEDS, f), 'utf8')).reports);
}

/** Errors as "path: message" lines, so a failure says where the output broke the schema. */
function errorLines(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? e.keyword}`);
}

/** The schema's complaints about `value` as the CLI writes it: through JSON, where undefined fields
 * vanish and NaN turns into null. */
function violations(validate: ValidateFunction, value: unknown): string[] {
  validate(JSON.parse(JSON.stringify(value)));
  return errorLines(validate.errors);
}

/** Breaks a copy of a valid output and says whether the schema rejects it at `path`. */
function rejectedAt<T>(validate: ValidateFunction, valid: T, breakIt: (copy: T) => void, path: string): boolean {
  const copy = structuredClone(valid);
  breakIt(copy);
  return violations(validate, copy).some((line) => line.startsWith(`${path}:`));
}

let reports: Report[];
let byId: Map<string, Report>;
let incidents: IncidentCollection;
let mentions: MentionOutput;
let validateIncidents: ValidateFunction;
let validateMentions: ValidateFunction;

beforeAll(async () => {
  reports = readSeeds();
  byId = new Map(reports.map((r) => [r.id, r]));
  const result = runPipeline(await loadGazetteer(), reports, { mentions: true });
  incidents = result.incidents;
  // What geo/cli/incidents.ts writes for --mentions.
  mentions = result.mentions!;
  validateIncidents = compile('incidents.schema.json');
  validateMentions = compile('mentions.schema.json');
});

function reportOf(articleId: string): Report {
  const report = byId.get(articleId);
  if (!report) throw new Error(`no seed report with id ${articleId}`);
  return report;
}

describe('incidents output', () => {
  it('the seeds give incidents, so validating them is not vacuous', () => {
    expect(reports.length).toBeGreaterThan(0);
    expect(incidents.features.length).toBeGreaterThan(0);
  });

  it('matches docs/incidents.schema.json', () => {
    expect(violations(validateIncidents, incidents)).toEqual([]);
  });

  it('gives each feature the same id at the top and in its properties', () => {
    for (const f of incidents.features) expect(f.id).toBe(f.properties.id);
  });

  it("quotes each source verbatim: quote === report.text.slice(quote_start, quote_end)", () => {
    for (const f of incidents.features) {
      for (const s of f.properties.sources) {
        expect(s.quote).toBe(reportOf(s.article_id).text.slice(s.quote_start, s.quote_end));
      }
    }
  });

  it('points each source mention at its words, inside the quote', () => {
    for (const f of incidents.features) {
      for (const s of f.properties.sources) {
        expect(s.mention).toBe(reportOf(s.article_id).text.slice(s.mention_start, s.mention_end));
        expect(s.mention_start).toBeGreaterThanOrEqual(s.quote_start);
        expect(s.mention_end).toBeLessThanOrEqual(s.quote_end);
      }
    }
  });
});

describe('--mentions output', () => {
  it('the seeds give mentions, so validating them is not vacuous', () => {
    expect(mentions.features.length).toBeGreaterThan(0);
  });

  it('matches docs/mentions.schema.json', () => {
    expect(violations(validateMentions, mentions)).toEqual([]);
  });

  it('points start/end at the mention words: text.slice(start, end) === mention', () => {
    for (const f of mentions.features) {
      const p = f.properties;
      expect(p.mention).toBe(reportOf(p.article_id).text.slice(p.start, p.end));
    }
  });
});

// The schemas must be able to say no: each case breaks one thing in a valid output and names the
// path the error has to point at, so a rejection for some other reason does not count.
describe('the schemas reject broken output', () => {
  const incidentCases: Array<[string, (c: IncidentCollection) => void, string]> = [
    // Vladivostok written [lat, lon]: latitude 131.9 cannot be.
    ['coordinates swapped to [lat, lon]', (c) => (c.features[0]!.geometry.coordinates = [43.1, 131.9]), '/features/0/geometry/coordinates/1'],
    ['longitude out of range', (c) => (c.features[0]!.geometry.coordinates = [200, 10]), '/features/0/geometry/coordinates/0'],
    ['an altitude as a third coordinate', (c) => ((c.features[0]!.geometry.coordinates as number[]).push(120)), '/features/0/geometry/coordinates'],
    ['a missing property', (c) => delete (c.features[0]!.properties as Partial<IncidentCollection['features'][number]['properties']>).event_type, '/features/0/properties'],
    ['an event type outside the enum', (c) => ((c.features[0]!.properties as { event_type: string }).event_type = 'bombing'), '/features/0/properties/event_type'],
    ['a source without its quote offsets', (c) => delete (c.features[0]!.properties.sources[0] as Partial<IncidentCollection['features'][number]['properties']['sources'][number]>).quote_start, '/features/0/properties/sources/0'],
    ['a property the schema does not know', (c) => ((c.features[0]!.properties as unknown as Record<string, unknown>).confidence = 0.9), '/features/0/properties'],
    [
      'a date whose precision says unknown',
      (c) => {
        c.features[0]!.properties.event_date = '2024-01-01';
        c.features[0]!.properties.date_precision = 'unknown';
      },
      '/features/0/properties/event_date',
    ],
  ];

  it.each(incidentCases)('incidents: %s', (_name, breakIt, path) => {
    expect(rejectedAt(validateIncidents, incidents, breakIt, path)).toBe(true);
  });

  const mentionCases: Array<[string, (c: MentionOutput) => void, string]> = [
    ['latitude out of range', (c) => (c.features[0]!.geometry.coordinates = [30, -95]), '/features/0/geometry/coordinates/1'],
    ['a missing role', (c) => delete (c.features[0]!.properties as Partial<MentionFeature['properties']>).role, '/features/0/properties'],
    ['a role outside the enum', (c) => ((c.features[0]!.properties as { role: string }).role = 'target'), '/features/0/properties/role'],
    ['a fractional offset', (c) => (c.features[0]!.properties.start = 1.5), '/features/0/properties/start'],
  ];

  it.each(mentionCases)('mentions: %s', (_name, breakIt, path) => {
    expect(rejectedAt(validateMentions, mentions, breakIt, path)).toBe(true);
  });
});
