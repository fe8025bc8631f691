// `npm run bench:map`: the app against a bare MapLibre page with the same 100,000 points, the
// same clustering and the same basemap, in one run on this machine's headless Chromium.
// Prints load time, filter-to-map latency, pan frame times and the bundle's gzipped size.
// A benchmark, not a test: it asserts nothing and is never part of `npm test`.

import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { createServer } from '../../scripts/serve.ts';
import { hasChromium, launchChromium } from '../../tests/browser/browser-harness.ts';
import { loadGazetteer } from '../../geo/cli/load-gazetteer.ts';
import { featureCollectionText } from '../../geo/geojson-text.ts';
import { generateIncidents, hotspotsFrom } from './generate-incidents.ts';
import { dragAcross, FILTER_PAUSE_MS, FILTER_STEPS, measureFilterStep } from './interactions.ts';

const repo = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const out = join(repo, 'bench/out');
const COUNT = Number(process.env.BENCH_COUNT ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const VIEW = { zoom: 4, lat: 44, lon: 33 };

declare global {
  interface Window {
    __frames?: number[];
    __recording?: boolean;
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

async function buildBoth(): Promise<{ app: string; reference: string }> {
  const { build } = await import('vite');
  const app = join(out, 'app');
  const reference = join(out, 'reference');
  await build({ root: repo, configFile: join(repo, 'vite.config.ts'), logLevel: 'error', build: { outDir: app, emptyOutDir: true } });
  await build({
    root: join(repo, 'bench/map/reference'),
    configFile: false,
    base: './',
    publicDir: join(repo, 'public'),
    logLevel: 'error',
    build: { outDir: reference, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 5000 },
  });
  return { app, reference };
}

async function serveDir(root: string, dataFile: string): Promise<{ origin: string; close(): Promise<void> }> {
  const server = createServer({ root, dataFile });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((r) => (server.closeAllConnections(), server.close(() => r()))),
  };
}

/** Frame-to-frame times while the mouse drags the map across: real input, real rendering. */
async function panFrames(page: Page, box: { x: number; y: number; width: number; height: number }): Promise<number[]> {
  await page.evaluate(() => {
    window.__frames = [];
    window.__recording = true;
    let last = performance.now();
    const loop = (t: number) => {
      window.__frames!.push(t - last);
      last = t;
      if (window.__recording) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
  await dragAcross(page, box);
  await page.waitForTimeout(300);
  const frames = await page.evaluate(() => {
    window.__recording = false;
    return window.__frames!;
  });
  return frames.slice(2);
}

interface LoadResult {
  loadMs: number;
  frames: number[];
  filterMs?: number[];
  filterDrawnMs?: number[];
  filterSyncMs?: number[];
  /** First frame after each change, with a pause before it (FILTER_PAUSE_MS). */
  settledDrawnMs?: number[];
  mapBox?: { width: number; height: number };
}

/** tsx compiles this file with esbuild's keepNames, which wraps functions in a `__name` helper
 * that does not exist inside the page; a no-op stand-in lets page.evaluate callbacks run. */
const NAME_SHIM = 'globalThis.__name = (f) => f;';

async function measureApp(browser: Browser, origin: string, withInteraction: boolean): Promise<LoadResult> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript(NAME_SHIM);
  const page = await context.newPage();
  await page.goto(`${origin}/?test=1#map=${VIEW.zoom}/${VIEW.lat}/${VIEW.lon}`);
  const loadMs = await page.evaluate(async () => {
    const loaded = () =>
      window.__incidentMap !== undefined && !document.querySelector('[data-testid=count]')?.textContent?.includes('Loading');
    while (!loaded()) await new Promise((r) => requestAnimationFrame(r));
    await window.__incidentMap!.settled();
    return performance.now();
  });
  const box = (await page.locator('.map-pane').boundingBox())!;
  const result: LoadResult = { loadMs, frames: [], mapBox: { width: box.width, height: box.height } };
  if (withInteraction) {
    result.filterMs = [];
    result.filterDrawnMs = [];
    result.filterSyncMs = [];
    // Each filter change timed until the map is idle.
    for (const step of FILTER_STEPS) {
      const [sync, drawn, total] = await page.evaluate(measureFilterStep, step);
      result.filterSyncMs.push(sync);
      result.filterDrawnMs.push(drawn);
      result.filterMs.push(total);
    }
    // The same changes twice more, each after a pause on the settled map.
    result.settledDrawnMs = [];
    for (const step of [...FILTER_STEPS, ...FILTER_STEPS]) {
      await page.waitForTimeout(FILTER_PAUSE_MS);
      result.settledDrawnMs.push((await page.evaluate(measureFilterStep, step))[1]);
    }
    result.frames = await panFrames(page, box);
  }
  await context.close();
  return result;
}

async function measureReference(browser: Browser, origin: string, size: { width: number; height: number }, withPan: boolean): Promise<LoadResult> {
  // The reference map gets the same canvas size as the app's map pane.
  const context = await browser.newContext({ viewport: { width: Math.round(size.width), height: Math.round(size.height) } });
  await context.addInitScript(NAME_SHIM);
  const page = await context.newPage();
  await page.goto(`${origin}/?map=${VIEW.zoom}/${VIEW.lat}/${VIEW.lon}`);
  await page.waitForFunction(() => window.__referenceLoadedAt !== undefined, null, { timeout: 120_000, polling: 50 });
  const loadMs = await page.evaluate(() => window.__referenceLoadedAt!);
  const frames = withPan ? await panFrames(page, { x: 0, y: 0, width: size.width, height: size.height }) : [];
  await context.close();
  return { loadMs, frames };
}

function gzipSizes(dir: string): Array<[string, number, number]> {
  const assets = join(dir, 'assets');
  return readdirSync(assets)
    .filter((f) => /\.(m?js|css)$/.test(f))
    .map((f): [string, number, number] => {
      const body = readFileSync(join(assets, f));
      return [f, statSync(join(assets, f)).size, gzipSync(body, { level: 9 }).length];
    });
}

const kb = (n: number) => `${(n / 1024).toFixed(0)} kB`;
const ms = (n: number) => `${n.toFixed(0)} ms`;

async function main(): Promise<void> {
  if (!hasChromium) {
    console.error('bench:map needs Chromium at /usr/bin/chromium: apt-get install -y chromium');
    process.exit(1);
  }
  mkdirSync(out, { recursive: true });
  console.log(`bench:map: generating ${COUNT.toLocaleString('en-GB')} incidents (seeded)…`);
  const dataFile = join(out, `incidents-${COUNT}.geojson`);
  const hotspots = hotspotsFrom(await loadGazetteer());
  // Written as the pipeline writes its output.
  writeFileSync(dataFile, featureCollectionText(generateIncidents({ count: COUNT, hotspots })));
  console.log(`bench:map: ${(statSync(dataFile).size / 1e6).toFixed(1)} MB of GeoJSON; building the app and the reference page…`);
  const built = await buildBoth();
  // A seed-sized file too: how fast the page is when the data is not the bottleneck.
  const smallFile = join(out, 'incidents-20.geojson');
  writeFileSync(smallFile, featureCollectionText(generateIncidents({ count: 20, hotspots })));
  const appServer = await serveDir(built.app, dataFile);
  const smallServer = await serveDir(built.app, smallFile);
  const refServer = await serveDir(built.reference, dataFile);
  const browser = await launchChromium();
  try {
    const apps: LoadResult[] = [];
    const refs: LoadResult[] = [];
    // Alternate, so a slow moment of the machine hits both pages alike.
    for (let run = 0; run < RUNS; run++) {
      const last = run === RUNS - 1;
      apps.push(await measureApp(browser, appServer.origin, last));
      refs.push(await measureReference(browser, refServer.origin, apps[0]!.mapBox!, last));
      console.log(`  run ${run + 1}/${RUNS}: app ${ms(apps.at(-1)!.loadMs)}, reference ${ms(refs.at(-1)!.loadMs)}`);
    }
    const small: number[] = [];
    for (let run = 0; run < RUNS; run++) small.push((await measureApp(browser, smallServer.origin, false)).loadMs);
    const appLoad = median(apps.map((r) => r.loadMs));
    const refLoad = median(refs.map((r) => r.loadMs));
    const app = apps.at(-1)!;
    const ref = refs.at(-1)!;
    const sizes = gzipSizes(built.app);
    // The page's own code: the entry chunk and the app chunk it imports (not the workers).
    const mainJs = sizes.filter(([f]) => /^(index|start-app)-.*\.js$/.test(f));
    const rows: Array<[string, string, string]> = [
      ['incidents', COUNT.toLocaleString('en-GB'), COUNT.toLocaleString('en-GB')],
      ['load to first idle with all points (median)', ms(appLoad), ms(refLoad)],
      ['load ratio app / reference', `${(appLoad / refLoad).toFixed(2)}x`, '1.00x'],
      ['load with 20 incidents (median)', ms(median(small)), '-'],
      [`filter change -> first frame with it, ${FILTER_PAUSE_MS} ms after the last (median / max)`, `${ms(median(app.settledDrawnMs!))} / ${ms(Math.max(...app.settledDrawnMs!))}`, '-'],
      ['filter change -> first frame with it, back to back (median / max)', `${ms(median(app.filterDrawnMs!))} / ${ms(Math.max(...app.filterDrawnMs!))}`, '-'],
      ['filter change -> map idle, back to back (median / max)', `${ms(median(app.filterMs!))} / ${ms(Math.max(...app.filterMs!))}`, '-'],
      ['  of which main-thread JS (median / max)', `${ms(median(app.filterSyncMs!))} / ${ms(Math.max(...app.filterSyncMs!))}`, '-'],
      ['pan frame time median / p95 / max', `${ms(median(app.frames))} / ${ms(percentile(app.frames, 95))} / ${ms(Math.max(...app.frames))}`, `${ms(median(ref.frames))} / ${ms(percentile(ref.frames, 95))} / ${ms(Math.max(...ref.frames))}`],
      ['pan frames recorded', String(app.frames.length), String(ref.frames.length)],
      ['bundle JS gzipped (page: entry + app chunk)', kb(mainJs.reduce((a, [, , g]) => a + g, 0)), '-'],
    ];
    for (const [f, raw, gz] of sizes) rows.push([`  ${f}`, `${kb(gz)} gz (${kb(raw)} raw)`, '']);
    const w0 = Math.max(...rows.map((r) => r[0].length));
    const w1 = Math.max(...rows.map((r) => r[1].length), 3);
    console.log(`\n${'measure'.padEnd(w0)}  ${'app'.padEnd(w1)}  reference (bare MapLibre)`);
    console.log(`${'-'.repeat(w0)}  ${'-'.repeat(w1)}  ${'-'.repeat(25)}`);
    for (const [a, b, c] of rows) console.log(`${a.padEnd(w0)}  ${b.padEnd(w1)}  ${c}`);
    console.log(`\nmap canvas ${Math.round(app.mapBox!.width)}x${Math.round(app.mapBox!.height)} for both; view z${VIEW.zoom} ${VIEW.lat},${VIEW.lon}; headless Chromium with SwiftShader (software WebGL), ${RUNS} runs.`);
  } finally {
    await browser.close();
    await appServer.close();
    await smallServer.close();
    await refServer.close();
  }
}

await main();
