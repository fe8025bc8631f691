// npm run incidents -- [--out FILE] [--mentions] INPUT...
// Reads report files, writes the incidents FeatureCollection (or, with --mentions, one Point per
// resolved place mention), prints a summary to stderr. A bad file is reported and skipped; the
// command fails only when nothing could be read or the output cannot be written.

import { readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { createReadStream } from 'node:fs';
import { PipelineRun } from '../pipeline.ts';
import { readNdjsonStream, readReports } from '../read-reports.ts';
import type { Diagnostic, Report } from '../types.ts';
import { loadGazetteer } from './load-gazetteer.ts';
import { featureCollectionText } from '../geojson-text.ts';

const USAGE = `usage: npm run incidents -- [--out FILE] [--mentions] INPUT...
  INPUT     report files: .json (array), .ndjson, .txt/.md (optional front matter), .html
  --out     write the GeoJSON to FILE (atomically) instead of standard output
  --mentions  write one Point per resolved place mention instead of incidents`;

interface Args {
  out: string | null;
  mentions: boolean;
  inputs: string[];
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = { out: null, mentions: false, inputs: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--out' || a === '-o') {
      const next = argv[++i];
      if (!next) return '--out needs a file name';
      args.out = next;
    } else if (a.startsWith('--out=')) args.out = a.slice(6);
    else if (a === '--mentions') args.mentions = true;
    else if (a === '--help' || a === '-h') return 'help';
    else if (a.startsWith('-')) return `unknown option ${a}`;
    else args.inputs.push(a);
  }
  if (!args.inputs.length) return 'no input files';
  return args;
}

function formatDiagnostic(d: Diagnostic): string {
  const where = d.line !== undefined ? `:${d.line}` : d.element !== undefined ? ` [element ${d.element}]` : '';
  return `${d.severity}: ${d.source}${where}: ${d.message}`;
}

const STREAMED = /\.(ndjson|jsonl)$/i;

/**
 * Reads one input file and hands its reports on one at a time. NDJSON is streamed line by line
 * (a 100,000-report file never sits in memory whole); other formats are read whole. Problems are
 * printed as they come. False when the file itself could not be read.
 */
async function readInput(input: string, onReport: (report: Report) => void): Promise<boolean> {
  try {
    if ((await stat(input)).isDirectory()) {
      console.error(`error: ${input}: is a folder, not a report file`);
      return false;
    }
    if (STREAMED.test(input)) {
      for await (const item of readNdjsonStream(input, createReadStream(input))) {
        if ('report' in item) onReport(item.report);
        else console.error(formatDiagnostic(item.diagnostic));
      }
      return true;
    }
    const content = await readFile(input);
    const result = readReports(input, new Uint8Array(content.buffer, content.byteOffset, content.byteLength));
    for (const d of result.diagnostics) console.error(formatDiagnostic(d));
    for (const r of result.reports) onReport(r);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    console.error(`error: ${input}: cannot read it (${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (code ?? 'unknown error')})`);
    return false;
  }
}

/** Why `path` cannot take the output, checked before the work is done, or null. */
async function outputProblem(path: string): Promise<string | null> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return 'it is a folder; give a file name';
  } catch {
    // Not there yet: fine, if its folder is.
  }
  try {
    const folder = await stat(dirname(path) || '.');
    if (!folder.isDirectory()) return `${dirname(path)} is not a folder`;
  } catch {
    return `the folder ${dirname(path)} does not exist`;
  }
  return null;
}

/** Write-then-rename in the same folder: readers see the old file or the new one, never half.
 * The temporary name starts with the target's, so a leftover from a killed run is recognisable. */
export async function writeAtomically(path: string, content: string): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(tmp, content);
    await rename(tmp, path);
  } catch (error) {
    await unlink(tmp).catch(() => undefined);
    throw error;
  }
}

export async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (typeof args === 'string') {
    console.error(`incidents: ${args}\n${USAGE}`);
    return 2;
  }
  // Before any work: a run that cannot write its output should say so at once.
  const problem = args.out ? await outputProblem(args.out) : null;
  if (problem) {
    console.error(`incidents: cannot write ${args.out}: ${problem}`);
    return 1;
  }
  const gazetteer = await loadGazetteer();
  const run = new PipelineRun(gazetteer, { mentions: args.mentions });
  let read = 0;
  let failedFiles = 0;
  for (const input of args.inputs) {
    const before = read;
    const ok = await readInput(input, (report) => {
      run.add(report, input);
      read++;
    });
    if (!ok || read === before) failedFiles++;
  }
  if (!read) {
    console.error('incidents: no report could be read; nothing written');
    return 1;
  }
  const { incidents, mentions, roles, countryOnly, diagnostics } = run.finish();
  for (const d of diagnostics) console.error(formatDiagnostic(d));
  if (process.env.DEBUG) for (const error of run.failures) console.error(error);
  const output = mentions ?? incidents;
  const json = featureCollectionText(output);
  if (args.out) {
    try {
      await writeAtomically(args.out, json);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      console.error(`incidents: cannot write ${args.out}: ${code === 'EACCES' ? 'permission denied' : code === 'ENOSPC' ? 'disk full' : (code ?? (error as Error).message)}`);
      return 1;
    }
  } else {
    // A reader that stops early (| head) closes the pipe: that is not an error of ours.
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') console.error(`incidents: cannot write to standard output: ${error.code ?? error.message}`);
    });
    process.stdout.write(json);
  }
  // Summary: what was read, what came out, which place names were set aside and why.
  const mentionCount = Object.values(roles).reduce((a, b) => a + b, 0);
  const rejectedText = Object.entries(roles)
    .filter(([role]) => role !== 'incident')
    .sort((a, b) => b[1] - a[1])
    .map(([role, n]) => `${n} ${role}`)
    .join(', ');
  console.error(
    `incidents: ${read} report(s) read${failedFiles ? `, ${failedFiles} file(s) skipped` : ''}; ` +
      `${incidents.features.length} incident(s) from ${mentionCount} place mention(s)` +
      (rejectedText ? `; not incidents: ${rejectedText}` : '') +
      (countryOnly ? `; ${countryOnly} account(s) placed only to a country left off the map` : ''),
  );
  return 0;
}

main(process.argv.slice(2)).then(
  // exitCode, not exit(): a large GeoJSON on a pipe must finish writing first.
  (code) => (process.exitCode = code),
  (error: unknown) => {
    // A bug, not bad input: one line for the user, the stack only when asked for.
    console.error(`incidents: internal error: ${(error as Error).message}`);
    if (process.env.DEBUG) console.error(error);
    process.exitCode = 70;
  },
);
