// End to end: `node --import tsx geo/cli/incidents.ts ...` as a user runs it, in a real process,
// so exit codes, stdout/stderr, the written file and a kill -9 mid-run are what gets tested.
// Each run that gets as far as the pipeline loads the gazetteer (about half a second), so runs
// whose output several tests look at are made once.

import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readReports } from '../geo/read-reports.ts';
import type { IncidentCollection, MentionFeature, Report } from '../geo/types.ts';

const ROOT = join(import.meta.dirname, '..');
const CLI = 'geo/cli/incidents.ts';
const SEEDS = readdirSync(join(ROOT, 'seeds'))
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => `seeds/${f}`);

/** The seed reports as the reader gives them: the texts offsets point into. */
function seedReports(): Report[] {
  return SEEDS.flatMap((file) => readReports(file, readFileSync(join(ROOT, file), 'utf8')).reports);
}

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** The environment without DEBUG: with it the CLI prints stacks on purpose. */
function cliEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.DEBUG;
  return env;
}

function run(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', CLI, ...args],
      { cwd: ROOT, env: cliEnv(), maxBuffer: 256 * 1024 * 1024, timeout: 120_000 },
      (error, stdout, stderr) => {
        // execFile reports a non-zero exit as an error whose `code` is the exit status.
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, signal: error?.signal ?? null, stdout, stderr });
      },
    );
  });
}

function lines(text: string): string[] {
  return text.split('\n').filter((l) => l !== '');
}

/** Stack frames look like "    at fn (file:line:col)": a user should never see one. */
function stackLines(text: string): string[] {
  return lines(text).filter((l) => /^\s+at /.test(l));
}

function validator(): ValidateFunction {
  const schema = JSON.parse(readFileSync(join(ROOT, 'docs/incidents.schema.json'), 'utf8')) as object;
  return new Ajv2020({ allErrors: true, strict: true }).compile(schema);
}

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'incidents-cli-'));
  dirs.push(dir);
  return dir;
}

interface BadFiles {
  /** A path in a fresh folder with nothing there. */
  missing: string;
  /** A zero-byte file. */
  empty: string;
}

function badFiles(missingName: string, emptyName: string): BadFiles {
  const dir = tempDir();
  const empty = join(dir, emptyName);
  writeFileSync(empty, '');
  return { missing: join(dir, missingName), empty };
}

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('seeds in, GeoJSON out', () => {
  let seeds: Run;
  beforeAll(async () => {
    seeds = await run(SEEDS);
  });

  it('exits 0', () => {
    expect(seeds.code).toBe(0);
  });

  it('writes a FeatureCollection with incidents that matches the schema to stdout', () => {
    const out = JSON.parse(seeds.stdout) as IncidentCollection;
    const validate = validator();
    expect(out.features.length).toBeGreaterThan(0);
    expect(validate(out) ? [] : validate.errors).toEqual([]);
  });

  it('writes the summary to stderr, counting the reports read', () => {
    expect(seeds.stderr).toContain(`${SEEDS.length} report(s) read`);
  });

  describe('with a missing and an empty file among the good ones', () => {
    const { missing, empty } = badFiles('missing.md', 'empty.md');
    let mixed: Run;
    beforeAll(async () => {
      mixed = await run([SEEDS[0]!, missing, empty, ...SEEDS.slice(1)]);
    });

    it('still exits 0', () => {
      expect(mixed.code).toBe(0);
    });

    it('names the missing file on stderr as an error', () => {
      expect(lines(mixed.stderr).filter((l) => l.includes(missing) && l.startsWith('error'))).toHaveLength(1);
    });

    it('names the empty file on stderr as an error', () => {
      expect(lines(mixed.stderr).filter((l) => l.includes(empty) && l.startsWith('error'))).toHaveLength(1);
    });

    // Judged on this run alone, not by comparing with the good-files-only run: the two are separate
    // processes, and geo/ or the gazetteer may change between them in a shared working tree.
    it('still gives incidents drawn from every good file', () => {
      const out = JSON.parse(mixed.stdout) as IncidentCollection;
      const cited = new Set(out.features.flatMap((f) => f.properties.sources.map((s) => s.article_id)));
      expect(out.metadata.reports).toBe(SEEDS.length);
      expect([...cited].sort()).toEqual(seedReports().map((r) => r.id).sort());
    });

    it('counts the skipped files in the summary', () => {
      expect(mixed.stderr).toContain('2 file(s) skipped');
    });
  });
});

describe('only bad inputs', () => {
  const { missing, empty } = badFiles('missing.json', 'empty.txt');
  let bad: Run;
  beforeAll(async () => {
    bad = await run([missing, empty]);
  });

  it('exits 1', () => {
    expect(bad.code).toBe(1);
  });

  it('says nothing could be read, naming each bad file, and writes nothing to stdout', () => {
    expect(bad.stderr).toContain('no report could be read');
    expect(bad.stderr).toContain(missing);
    expect(bad.stderr).toContain(empty);
    expect(bad.stdout).toBe('');
  });

  it('prints no stack trace', () => {
    expect(stackLines(bad.stderr)).toEqual([]);
  });
});

describe('--out', () => {
  it('writes the file, nothing to stdout, and leaves no temporary file in the folder', async () => {
    const dir = tempDir();
    const out = join(dir, 'incidents.geojson');
    const result = await run(['--out', out, ...SEEDS]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect((JSON.parse(readFileSync(out, 'utf8')) as IncidentCollection).features.length).toBeGreaterThan(0);
    expect(readdirSync(dir)).toEqual(['incidents.geojson']);
  });

  it('leaves the old file intact, byte for byte, when the run is killed before it finishes', async () => {
    const dir = tempDir();
    // 2,000 copies of a seed: the run takes many seconds, so at 300 ms it is surely still going.
    const seed = readReports(SEEDS[0]!, readFileSync(join(ROOT, SEEDS[0]!), 'utf8')).reports[0]!;
    const big = join(dir, 'big.json');
    writeFileSync(big, JSON.stringify(Array.from({ length: 2000 }, (_, i) => ({ ...seed, id: `copy-${i}` }))));
    const out = join(dir, 'incidents.geojson');
    const old = Buffer.from('{"type":"FeatureCollection","features":[],"old":true}\n');
    writeFileSync(out, old);

    const child = spawn(process.execPath, ['--import', 'tsx', CLI, '--out', out, big], { cwd: ROOT, env: cliEnv(), stdio: 'ignore' });
    const closed = new Promise<NodeJS.Signals | null>((resolve) => child.on('close', (_code, signal) => resolve(signal)));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const stillRunning = child.exitCode === null && child.signalCode === null;
    child.kill('SIGKILL');
    const signal = await closed;

    expect(stillRunning).toBe(true);
    expect(signal).toBe('SIGKILL');
    expect(readFileSync(out).equals(old)).toBe(true);
  });
});

describe('--mentions', () => {
  it('gives start/end offsets whose slice of the report text is the mention', async () => {
    const texts = new Map(seedReports().map((r) => [r.id, r.text]));
    const result = await run(['--mentions', ...SEEDS]);
    const features = (JSON.parse(result.stdout) as { features: MentionFeature[] }).features;
    expect(features.length).toBeGreaterThan(0);
    for (const { properties: p } of features) expect(texts.get(p.article_id)?.slice(p.start, p.end)).toBe(p.mention);
  });
});

describe('an unknown option', () => {
  let result: Run;
  beforeAll(async () => {
    result = await run(['--bogus', ...SEEDS]);
  });

  it('exits 2', () => {
    expect(result.code).toBe(2);
  });

  it('names the option and prints the usage on stderr', () => {
    expect(result.stderr).toContain('--bogus');
    expect(result.stderr).toContain('usage:');
    expect(result.stdout).toBe('');
  });
});
