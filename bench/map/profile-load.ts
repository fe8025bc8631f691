// `npm run bench:map:profile`: where the page's main thread spends the load of the benchmark's
// 100,000 incidents. Needs `npm run bench:map` first (it builds bench/out/app and the data);
// build unminified (`npx vite build --minify false --outDir bench/out/app`) for readable names.
// Prints the load marks, a 250 ms timeline of the busiest call chains and the top self times.
// `npm run bench:map:profile -- pan` profiles a mouse drag across the settled map instead, and
// `-- filter` the benchmark's filter changes (a type toggled, a place searched and cleared).

import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from '../../scripts/serve.ts';
import { launchChromium } from '../../tests/browser/browser-harness.ts';
import { printProfile } from '../print-profile.ts';
import { dragAcross, FILTER_STEPS, measureFilterStep } from './interactions.ts';

const repo = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const root = join(repo, 'bench/out/app');
const dataFile = join(repo, `bench/out/incidents-${process.env.BENCH_COUNT ?? 100_000}.geojson`);
if (!existsSync(root) || !existsSync(dataFile)) {
  console.error('bench:map:profile needs bench/out/app and the data file: run `npm run bench:map` first.');
  process.exit(1);
}
const server = createServer({ root, dataFile });
await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
const { port } = server.address() as AddressInfo;
const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript('globalThis.__name = (f) => f;');
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const mode = process.argv[2] ?? 'load';
  const pan = mode === 'pan';
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  if (mode === 'load') await cdp.send('Profiler.start');
  await page.goto(`http://127.0.0.1:${port}/?test=1#map=4/44/33`);
  const marks = await page.evaluate(async () => {
    const loading = () => window.__incidentMap === undefined || document.querySelector('[data-testid=count]')?.textContent?.includes('Loading');
    while (loading()) await new Promise((r) => setTimeout(r, 20));
    const loaded = performance.now();
    await window.__incidentMap!.settled();
    return { loaded: Math.round(loaded), settled: Math.round(performance.now()) };
  });
  console.log(`data in the store at ${marks.loaded} ms; map settled at ${marks.settled} ms\n`);
  if (pan) {
    await cdp.send('Profiler.start');
    // The benchmark's drag.
    await dragAcross(page, (await page.locator('.map-pane').boundingBox())!);
  }
  if (mode === 'filter') {
    await cdp.send('Profiler.start');
    for (const step of FILTER_STEPS) {
      // The same change as the benchmark's; the profile also covers the wait for the idle map.
      const [sync, drawn] = await page.evaluate(measureFilterStep, step);
      console.log(`${step.padEnd(14)} JS ${sync.toFixed(0)} ms, first frame ${drawn.toFixed(0)} ms`);
    }
  }
  const { profile } = await cdp.send('Profiler.stop');

  printProfile(profile);
} finally {
  await browser.close();
  server.close();
}
