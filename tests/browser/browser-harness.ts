// Shared set-up for the browser tests: one production build of the app, served by our own
// server with the hand-made fixture as its data, and headless Debian Chromium via playwright-core.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { createServer, type ServeOptions } from '../../scripts/serve.ts';
import { FIXTURE_PATH } from '../fixtures/app/load-fixture.ts';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM_PATH);

const repo = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
let warned = false;

/** Says once, plainly, why the browser tests did not run and how to make them run. */
export function warnIfSkipped(): void {
  if (hasChromium || warned) return;
  warned = true;
  console.warn('browser tests skipped: Chromium not found; install it with `apt-get install -y chromium`');
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

export interface ServedApp {
  origin: string;
  server: Server;
  close(): Promise<void>;
}

/** Builds the app into a temporary folder (not dist/, which `npm start` owns). */
/** Builds the app into a temporary folder; `minify: false` keeps function names for profiles. */
export async function buildApp(options: { minify?: boolean } = {}): Promise<string> {
  // The embedded basemap is generated, not committed; build it if this checkout has none.
  if (!existsSync(join(repo, 'public/basemap/manifest.json'))) {
    spawnSync('npm', ['run', '--silent', 'build:basemap'], { cwd: repo, stdio: 'inherit' });
  }
  const outDir = mkdtempSync(join(tmpdir(), 'incident-map-app-'));
  const { build } = await import('vite');
  await build({
    root: repo,
    configFile: join(repo, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, ...(options.minify === false ? { minify: false } : {}) },
  });
  return outDir;
}

/** The gazetteer the page's geoparse worker downloads, as `npm start` serves it. */
export const GAZETTEER_GZ = join(repo, 'data/build/gazetteer.json.gz');

export async function serveApp(root: string, dataFile: string = FIXTURE_PATH, options: Partial<ServeOptions> = {}): Promise<ServedApp> {
  const server = createServer({ root, dataFile, gazetteerFile: GAZETTEER_GZ, ...options });
  await new Promise<void>((res) => server.listen(0, '127.0.0.1', () => res()));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    server,
    close: () =>
      new Promise<void>((res) => {
        server.closeAllConnections();
        server.close(() => res());
      }),
  };
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
