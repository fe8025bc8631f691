// Broken and hostile files through the real command: each problem is named (file, line or
// element), the good reports still come out, nothing ends in a stack trace.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const fixtures = join(import.meta.dirname, 'fixtures/readers');
const cli = ['--import', 'tsx', 'geo/cli/incidents.ts'];

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

async function incidents(...args: string[]): Promise<Result> {
  try {
    const { stdout, stderr } = await run(process.execPath, [...cli, ...args], { maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('a folder of broken files beside a good one', () => {
  let result: Result;
  beforeAll(async () => {
    const bad = ['empty.txt', 'binary.md', 'invalid-utf8.txt', 'truncated.ndjson', 'no-article.html', 'reports.json', 'broken-front-matter.md', 'utf16le.txt', 'crlf.txt'];
    result = await incidents(join('seeds', 'guardian-usa-2024-01-06-nk-missiles.md'), ...bad.map((f) => join(fixtures, f)));
  }, 120_000);

  it('still writes the good reports incidents', () => {
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout) as { features: Array<{ properties: { sources: Array<{ article_id: string }> } }> };
    expect(out.features.some((f) => f.properties.sources.some((s) => s.article_id === 'guardian-usa-2024-01-06-nk-missiles'))).toBe(true);
  });

  it.each([
    ['empty.txt', /empty file/],
    ['binary.md', /binary file/],
    ['invalid-utf8.txt', /not valid UTF-8/],
    ['truncated.ndjson', /line \d+: .*(cut off|truncated)/],
    ['no-article.html', /no article text/],
  ])('names %s and its problem', (file, problem) => {
    const line = result.stderr.split('\n').find((l) => l.includes(file));
    expect(line, result.stderr).toBeDefined();
    expect(line).toMatch(problem);
  });

  it('prints no stack trace', () => {
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('a huge report', () => {
  it('is analysed up to its first million characters, with a warning naming it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'huge-'));
    const seed = readFileSync(join('seeds', 'aljazeera-2024-01-04-nk-missiles.md'), 'utf8');
    const body = seed.slice(seed.indexOf('\n---\n') + 5);
    const file = join(dir, 'huge.md');
    // About 50 MB: far more than any news report.
    writeFileSync(file, '---\npublished: 2024-01-04\n---\n' + `${body}\n\n`.repeat(Math.ceil(50e6 / (body.length + 2))));
    const result = await incidents(file);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/huge.md: report huge is 50\.\d million characters; only the first 1\.0 million were analysed/);
    expect(JSON.parse(result.stdout).features.length).toBeGreaterThan(0);
  }, 120_000);
});
