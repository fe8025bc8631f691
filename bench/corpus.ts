// A benchmark corpus of a few thousand reports made from a few dozen real ones. Deterministic (a
// seeded PRNG, no Math.random) so two runs, or two machines, measure the same work; varied
// (paragraph order, ids, publication dates) so the pipeline cannot merge every copy of a text into
// one incident and the merge step sees a realistic number of incidents.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readReports } from '../geo/read-reports.ts';
import type { Report } from '../geo/types.ts';
import { mulberry32 } from './prng.ts';

export { mulberry32 };

export interface BaseCorpus {
  reports: Report[];
  /** Where the reports came from, for the printout. */
  source: string;
}

/** The dev corpus when this checkout has it (../shared is absent in some environments), else the
 * seed reports. Read with the same reader as the CLI, so the texts are what the pipeline gets. */
export function loadBaseCorpus(root: string): BaseCorpus {
  const dev = join(root, '../shared/corpus/dev.json');
  if (existsSync(dev)) {
    return { reports: readReports(dev, readFileSync(dev)).reports, source: '../shared/corpus/dev.json' };
  }
  const seeds = join(root, 'seeds');
  const files = readdirSync(seeds).filter((f) => f.endsWith('.md')).sort();
  const reports = files.flatMap((f) => readReports(`seeds/${f}`, readFileSync(join(seeds, f))).reports);
  return { reports, source: `seeds/*.md (${dev} not found)` };
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const DAY_MS = 86_400_000;

function shiftDate(date: string | null, days: number): string | null {
  if (date === null) return null;
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** `count` reports cycling through `base`: copy k of a text keeps its first paragraph (the lede,
 * which the date and place logic leans on) and shuffles the rest, gets its own id and a
 * publication date moved by up to half a year either way. */
export function buildCorpus(base: Report[], count: number, seed: number): Report[] {
  if (base.length === 0) throw new Error('buildCorpus: no base reports');
  const random = mulberry32(seed);
  const out: Report[] = [];
  for (let i = 0; i < count; i++) {
    const r = base[i % base.length]!;
    const [lede = '', ...rest] = r.text.split(/\n{2,}/);
    const text = [lede, ...shuffle(rest, random)].join('\n\n');
    const days = Math.floor(random() * 365) - 182;
    out.push({ ...r, id: `${r.id}-v${i}`, published: shiftDate(r.published, days), text });
  }
  return out;
}

/** Report text size in bytes of UTF-8, the unit MB/s is given in. */
export function textBytes(reports: Report[]): number {
  return reports.reduce((sum, r) => sum + Buffer.byteLength(r.text, 'utf8'), 0);
}
