// npm run bench [-- --reports N] [-- --seed S]
// How fast the geo pipeline is on one core, and how much memory it takes: gazetteer load (cold),
// reports/s and MB/s through runPipeline, peak RSS. Prints figures beside their targets and never
// fails on them: timings depend on the machine and on what else runs there, so they are for
// reading, not for asserting.
//
// Every measurement runs in a fresh child process: a cold load must not find the gazetteer already
// parsed, and peak RSS must be that of one job (load + corpus + pipeline), not of this driver.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { GAZETTEER_FILE } from '../geo/cli/load-gazetteer.ts';
import { Gazetteer } from '../geo/gazetteer.ts';
import type { GazetteerData } from '../geo/gazetteer-format.ts';
import { runPipeline } from '../geo/pipeline.ts';
import { buildCorpus, loadBaseCorpus, textBytes } from './corpus.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SELF = fileURLToPath(import.meta.url);

const TARGETS = { reportsPerSecond: 500, loadSeconds: 0.5, rssMB: 300 };
const LOAD_RUNS = 3;
/** Reports in the warm-up run: every base text at least a few times, so the JIT has seen it all. */
const WARMUP_REPORTS = 300;

export interface LoadResult {
  readMs: number;
  parseMs: number;
  constructMs: number;
  totalMs: number;
  /** CPU (user + system) for the whole load: what contention on the machine does not inflate. */
  cpuMs: number;
  /** Peak RSS of a process that only loads the gazetteer: the floor under every run. */
  maxRssKB: number;
}

export interface RunResult {
  source: string;
  baseReports: number;
  reports: number;
  bytes: number;
  wallMs: number;
  /** User + system CPU of this process during the timed run: less sensitive than wall time to
   * other work on the machine. */
  cpuMs: number;
  incidents: number;
  maxRssKB: number;
}

/** Gazetteer file -> Gazetteer, timed by step: what every CLI run pays before its first report. */
function loadTimed(): { gazetteer: Gazetteer; timing: LoadResult } {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const text = readFileSync(GAZETTEER_FILE, 'utf8');
  const t1 = performance.now();
  const data = JSON.parse(text) as GazetteerData;
  const t2 = performance.now();
  const gazetteer = new Gazetteer(data);
  const t3 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  const timing = {
    readMs: t1 - t0,
    parseMs: t2 - t1,
    constructMs: t3 - t2,
    totalMs: t3 - t0,
    cpuMs: (cpu.user + cpu.system) / 1000,
    maxRssKB: process.resourceUsage().maxRSS,
  };
  return { gazetteer, timing };
}

function childLoad(): LoadResult {
  return loadTimed().timing;
}

function childRun(count: number, seed: number): RunResult {
  const { gazetteer } = loadTimed();
  const base = loadBaseCorpus(ROOT);
  const corpus = buildCorpus(base.reports, count, seed);
  // Warm-up on other variants (another seed) so the timed run does not start cold in the JIT.
  runPipeline(gazetteer, buildCorpus(base.reports, Math.min(WARMUP_REPORTS, count), seed + 1));
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = runPipeline(gazetteer, corpus);
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return {
    source: base.source,
    baseReports: base.reports.length,
    reports: corpus.length,
    bytes: textBytes(corpus),
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    incidents: result.incidents.features.length,
    maxRssKB: process.resourceUsage().maxRSS,
  };
}

/** glibc gives each thread that mallocs its own arena, and V8 compiles optimized code on a
 * background thread: the compiler's freed scratch memory stays in that arena, 60-70 MB of resident
 * memory that no one uses. Two arenas keep it (measured: 320 -> 265 MB peak, the same speed). */
const LEAN_MALLOC = { MALLOC_ARENA_MAX: '2' };

/** The environment without glibc's arena limit, whatever the caller's shell set. */
function defaultMallocEnv(): NodeJS.ProcessEnv {
  const { MALLOC_ARENA_MAX: _, ...env } = process.env;
  return env;
}

function child<T>(args: string[], env: NodeJS.ProcessEnv = process.env): T {
  const out = execFileSync(process.execPath, ['--import', 'tsx', SELF, '--child', ...args], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 1024 * 1024,
  });
  const last = out.trim().split('\n').pop() ?? '';
  return JSON.parse(last) as T;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function numberArg(argv: string[], name: string, fallback: number): number {
  const i = argv.indexOf(name);
  const value = i >= 0 ? Number(argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} needs a positive whole number`);
  return value;
}

function fmt(value: number, digits: number): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: string[]) => `| ${r.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`;
  return [line(rows[0]!), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}

function verdict(ok: boolean): string {
  return ok ? 'met' : 'MISSED';
}

function main(argv: string[]): void {
  const count = numberArg(argv, '--reports', 3000);
  const seed = numberArg(argv, '--seed', 42);
  if (!existsSync(GAZETTEER_FILE)) {
    console.error(`bench: ${GAZETTEER_FILE} is missing; build it first: node scripts/ensure-data.mjs`);
    process.exitCode = 1;
    return;
  }

  const loads: LoadResult[] = [];
  for (let i = 0; i < LOAD_RUNS; i++) loads.push(child<LoadResult>(['load']));
  const run = child<RunResult>(['run', String(count), String(seed)], { ...process.env, ...LEAN_MALLOC });
  // The same run with glibc's default arenas, for whoever runs the command without the variable.
  const defaultMalloc = child<RunResult>(['run', String(count), String(seed)], defaultMallocEnv());

  const loadS = median(loads.map((l) => l.totalMs)) / 1000;
  const medianLoad = [...loads].sort((a, b) => a.totalMs - b.totalMs)[LOAD_RUNS >> 1]!;
  const reportsPerS = run.reports / (run.wallMs / 1000);
  const reportsPerCpuS = run.reports / (run.cpuMs / 1000);
  const mbPerS = run.bytes / 1e6 / (run.wallMs / 1000);
  const rssMB = run.maxRssKB / 1024;

  const cpu = cpus();
  console.log('geo pipeline benchmark');
  console.log(`machine: ${cpu[0]?.model.trim() ?? 'unknown cpu'} (${cpu.length} logical cores; the pipeline is synchronous: one core), node ${process.version}, ${process.platform}/${process.arch}`);
  console.log(
    `corpus:  ${fmt(run.reports, 0)} reports made from ${run.baseReports} base reports in ${run.source}, ` +
      `${fmt(run.bytes / 1e6, 2)} MB of text (UTF-8), seed ${seed}; ${fmt(run.incidents, 0)} incidents out`,
  );
  console.log('');
  console.log(
    table([
      ['measure', 'value', 'target', ''],
      [`gazetteer load, cold (median of ${LOAD_RUNS})`, `${fmt(loadS, 3)} s`, `< ${TARGETS.loadSeconds} s`, verdict(loadS < TARGETS.loadSeconds)],
      ['throughput (wall)', `${fmt(reportsPerS, 0)} reports/s`, `>= ${TARGETS.reportsPerSecond} reports/s`, verdict(reportsPerS >= TARGETS.reportsPerSecond)],
      ['throughput (per CPU second)', `${fmt(reportsPerCpuS, 0)} reports/s`, '', ''],
      ['text throughput (wall)', `${fmt(mbPerS, 2)} MB/s`, '', ''],
      ['peak RSS (load + corpus + pipeline)', `${fmt(rssMB, 0)} MB`, `< ${TARGETS.rssMB} MB`, verdict(rssMB < TARGETS.rssMB)],
      ['peak RSS, glibc default arenas', `${fmt(defaultMalloc.maxRssKB / 1024, 0)} MB`, '', ''],
    ]),
  );
  console.log('');
  console.log(`load runs: ${loads.map((l) => `${fmt(l.totalMs, 0)} ms (${fmt(l.cpuMs, 0)} ms CPU)`).join(', ')}; median split: read ${fmt(medianLoad.readMs, 0)} ms, JSON.parse ${fmt(medianLoad.parseMs, 0)} ms, new Gazetteer ${fmt(medianLoad.constructMs, 0)} ms; peak RSS after the load alone ${fmt(medianLoad.maxRssKB / 1024, 0)} MB`);
  console.log(`peak RSS is with MALLOC_ARENA_MAX=2, as \`npm run incidents\` runs (see the README); the default-arena run took ${fmt(defaultMalloc.wallMs / 1000, 2)} s wall`);
  console.log(`pipeline run: ${fmt(run.wallMs / 1000, 2)} s wall, ${fmt(run.cpuMs / 1000, 2)} s CPU for ${fmt(run.reports, 0)} reports (after a ${Math.min(WARMUP_REPORTS, count)}-report warm-up)`);
  if (run.cpuMs > run.wallMs * 1.2) console.log('note: CPU time exceeds wall time: garbage collection ran on helper threads.');
  if (run.wallMs > run.cpuMs * 1.2) console.log('note: wall time exceeds CPU time: other work on this machine took the core for a while; the per-CPU-second figure is the steadier one.');
}

const [mode, ...rest] = process.argv.slice(2).includes('--child') ? process.argv.slice(process.argv.indexOf('--child') + 1) : [];
if (mode === 'load') console.log(JSON.stringify(childLoad()));
else if (mode === 'run') console.log(JSON.stringify(childRun(Number(rest[0]), Number(rest[1]))));
else main(process.argv.slice(2));
