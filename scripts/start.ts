// `npm start`: make sure the data the app needs exists and is fresh, build the app if its
// sources changed, then serve it. Each step that fails says why and the app still starts:
// the page explains what is missing rather than the terminal ending in a stack trace.

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SEED_OUT = 'data/build/seed-incidents.geojson';

function log(message: string): void {
  console.log(`start: ${message}`);
}

/** Newest modification time among files under `dir` whose path matches `keep`. */
export function newestMtime(dir: string, keep: (path: string) => boolean = () => true): number {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  const stat = statSync(dir);
  if (stat.isFile()) return keep(dir) ? stat.mtimeMs : 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path, keep));
    else if (keep(path)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function mtime(path: string): number {
  return existsSync(path) ? statSync(path).mtimeMs : 0;
}

function hasScript(name: string): boolean {
  const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  return Boolean(pkg.scripts?.[name]);
}

/** Runs an npm script in the repo; returns whether it succeeded. Output goes to the terminal. */
function npmRun(script: string, args: string[] = []): boolean {
  if (!hasScript(script)) {
    log(`no "${script}" script in package.json yet; skipping`);
    return false;
  }
  log(`npm run ${script}${args.length ? ` -- ${args.join(' ')}` : ''}`);
  const r = spawnSync('npm', ['run', '--silent', script, ...(args.length ? ['--', ...args] : [])], {
    cwd: repo,
    stdio: 'inherit',
    env: process.env,
  });
  if (r.status !== 0) log(`"${script}" failed (exit ${r.status ?? r.signal}); continuing with what exists`);
  return r.status === 0;
}

function ensureGazetteer(): void {
  const dir = join(repo, 'data/build');
  const present = existsSync(dir) && readdirSync(dir).some((f) => f.startsWith('gazetteer'));
  if (!present) npmRun('build:gazetteer');
}

function ensureBasemap(): void {
  if (!existsSync(join(repo, 'public/basemap/manifest.json'))) npmRun('build:basemap');
}

function ensureSeedIncidents(): void {
  const out = join(repo, SEED_OUT);
  const seeds = readdirSync(join(repo, 'seeds'))
    .filter((f) => f.endsWith('.md') && f.toLowerCase() !== 'readme.md')
    .map((f) => `seeds/${f}`);
  const inputs = Math.max(
    newestMtime(join(repo, 'seeds')),
    newestMtime(join(repo, 'geo'), (p) => p.endsWith('.ts')),
    newestMtime(join(repo, 'data/build'), (p) => /gazetteer/.test(p)),
  );
  if (existsSync(out) && mtime(out) >= inputs) {
    log(`${SEED_OUT} is up to date`);
    return;
  }
  log(existsSync(out) ? `${SEED_OUT} is older than its inputs; rebuilding` : `${SEED_OUT} is missing; building it`);
  if (!npmRun('incidents', ['--out', SEED_OUT, ...seeds]) && existsSync(out)) {
    log(`serving the previous ${SEED_OUT}`);
  }
}

async function ensureAppBuild(): Promise<void> {
  const built = mtime(join(repo, 'dist/index.html'));
  const sources = Math.max(
    newestMtime(join(repo, 'src')),
    newestMtime(join(repo, 'public')),
    mtime(join(repo, 'index.html')),
    mtime(join(repo, 'vite.config.ts')),
    mtime(join(repo, 'package-lock.json')),
  );
  if (built >= sources) {
    log('dist/ is up to date');
    return;
  }
  log('building the app (vite build)');
  const { build } = await import('vite');
  await build({ root: repo, configFile: join(repo, 'vite.config.ts'), logLevel: 'warn' });
}

async function main(): Promise<void> {
  ensureGazetteer();
  ensureBasemap();
  ensureSeedIncidents();
  await ensureAppBuild();
  const port = Number(process.env.PORT || 5173);
  const host = process.env.HOST || '127.0.0.1';
  const dataFile = join(repo, SEED_OUT);
  if (!existsSync(dataFile)) log(`no ${SEED_OUT}: the page will say so; you can still open a file in it`);
  const styleUrl = process.env.STYLE_URL || null;
  const gazetteerFile = join(repo, 'data/build/gazetteer.json.gz');
  await serve({ root: join(repo, 'dist'), dataFile, gazetteerFile, port, host, styleUrl });
  log(`serving ${relative(repo, join(repo, 'dist'))}/ and ${SEED_OUT}${styleUrl ? `, basemap style ${styleUrl}` : ''}`);
  console.log(`\n  Incident map: http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}/\n`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
