// npm run bench:add: adding 200 reports of typical length through the page in headless
// Chromium (the dev corpus, cycled, as 200 dropped .txt files), timed from the file pick to the
// incidents shown, with the page thread's responsiveness meanwhile (long tasks, animation-frame
// gaps), and the gazetteer's download: its transfer size and load time, first and cached.
// Prints figures; asserts nothing (the machine is shared). BENCH_PROFILE=1 also prints a CPU
// profile of the page thread during the add (from an unminified build).

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import type { Report } from '../geo/types.ts';
import { buildApp, launchChromium, removeDir, serveApp } from '../tests/browser/browser-harness.ts';
import { printProfile } from './print-profile.ts';

const repo = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const N = Number(process.env.BENCH_REPORTS ?? 200);
const PROFILE = process.env.BENCH_PROFILE === '1';

const dev = JSON.parse(readFileSync(join(repo, 'tests/fixtures/golden/in/dev.json'), 'utf8')) as Report[];
const files = Array.from({ length: N }, (_, i) => {
  const r = dev[i % dev.length]!;
  // Front matter like a saved report; a distinct id per copy so none is a duplicate.
  const body = `---\nid: bench-${i}\noutlet: ${r.outlet ?? ''}\npublished: ${r.published ?? ''}\n---\n${r.text}`;
  return { name: `report-${String(i).padStart(3, '0')}.txt`, mimeType: 'text/plain', buffer: Buffer.from(body) };
});
const avgChars = Math.round(files.reduce((n, f) => n + f.buffer.length, 0) / files.length);

const dataDir = mkdtempSync(join(tmpdir(), 'bench-add-'));
const seedOut = join(dataDir, 'seed-incidents.geojson');
const seeds = readdirSync(join(repo, 'seeds')).filter((f) => f.endsWith('.md') && f.toLowerCase() !== 'readme.md').sort().map((f) => `seeds/${f}`);
spawnSync(process.execPath, ['--import', 'tsx', 'geo/cli/incidents.ts', '--out', seedOut, ...seeds], { cwd: repo, stdio: 'ignore' });

console.log('building the app…');
const outDir = await buildApp({ minify: !PROFILE });
const app = await serveApp(outDir, seedOut);
const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });

interface GazetteerLoad {
  status: number;
  transferBytes: number;
  ms: number;
}
const gazetteerLoads: GazetteerLoad[] = [];
context.on('requestfinished', (req) => {
  if (!req.url().endsWith('/data/gazetteer.json.gz')) return;
  void Promise.all([req.sizes(), req.response()]).then(([sizes, res]) => {
    const t = req.timing();
    gazetteerLoads.push({ status: res?.status() ?? 0, transferBytes: sizes.responseBodySize + sizes.responseHeadersSize, ms: t.responseEnd - t.requestStart });
  });
});

async function open(ctx = context): Promise<Page> {
  const page = await ctx.newPage();
  await page.goto(`${app.origin}/?test=1`);
  await page.waitForFunction(() => !document.querySelector('[data-testid=count]')?.textContent?.includes('Loading'), null, { timeout: 60_000 });
  // The map's start-up (tiles, shader compiles: seconds in software WebGL) must be over, or it
  // would be counted as the add's and the idle baseline's long tasks.
  await page.waitForFunction(() => window.__incidentMap !== undefined, null, { timeout: 60_000 });
  await page.evaluate(() => window.__incidentMap!.settled());
  return page;
}

const page = await open();
await page.getByRole('button', { name: 'Add reports' }).click();
// Watch the page thread from here on: long tasks (> 50 ms) and the longest gap between frames.
// A string, not a function: tsx would add helpers (__name) the page does not have.
await page.evaluate(`(() => {
  const b = (window.__bench = { longTasks: [], starts: [], maxGap: 0, frames: 0, stop: false, t0: null });
  new PerformanceObserver((list) => list.getEntries().forEach((e) => { b.longTasks.push(e.duration); b.starts.push(Math.round(e.startTime - (b.t0 ?? 0))); })).observe({ type: 'longtask' });
  let last = performance.now();
  const tick = (t) => {
    b.maxGap = Math.max(b.maxGap, t - last);
    b.frames++;
    last = t;
    if (!b.stop) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`);
// Baseline: the same page left alone for 3 s (the map idle, the panel open).
await page.waitForTimeout(3000);
const idle = (await page.evaluate('({ n: window.__bench.longTasks.length, ms: window.__bench.longTasks.reduce((a, b) => a + b, 0), frames: window.__bench.frames, starts: window.__bench.starts })')) as { n: number; ms: number; frames: number; starts: number[] };
await page.evaluate('window.__bench.longTasks = []; window.__bench.starts = []; window.__bench.frames = 0; window.__bench.maxGap = 0');
const before = await page.locator('[data-testid=count]').innerText();
const cdp = PROFILE ? await context.newCDPSession(page) : null;
if (cdp) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
}
const t0 = Date.now();
await page.evaluate('window.__bench.t0 = performance.now()');
await page.getByTestId('report-file-input').setInputFiles(files);
await page.waitForFunction(() => /\b(done|failed)\b/.test(document.querySelector('[data-testid=add-status]')?.className ?? ''), null, { timeout: 600_000 });
await page.waitForFunction((b) => document.querySelector('[data-testid=count]')?.textContent !== b, before, { timeout: 60_000 });
const ms = Date.now() - t0;
const profile = cdp ? (await cdp.send('Profiler.stop')).profile : null;
const watch = (await page.evaluate('(window.__bench.stop = true, window.__bench)')) as { longTasks: number[]; starts: number[]; maxGap: number; frames: number };
const summary = await page.getByTestId('add-status').locator('.add-summary').innerText();
const after = await page.locator('[data-testid=count]').innerText();

// A second add of one more report: the gazetteer is already in the worker.
const t1 = Date.now();
await page.getByTestId('report-file-input').setInputFiles([{ name: 'one-more.txt', mimeType: 'text/plain', buffer: Buffer.from(dev[3]!.text + '\n\nUpdated.') }]);
await page.waitForFunction(() => /^1 report added/.test(document.querySelector('[data-testid=add-status].done .add-summary')?.textContent ?? ''), null, { timeout: 600_000 });
const secondMs = Date.now() - t1;

// A new page in the same browser: the gazetteer comes from the HTTP cache (revalidated, 304).
const page2 = await open();
await page2.getByRole('button', { name: 'Add reports' }).click();
await page2.waitForTimeout(500);
for (let i = 0; i < 100 && gazetteerLoads.length < 2; i++) await page2.waitForTimeout(200);

// A cold add: a fresh browser profile (empty cache), the files picked the moment the panel
// opens, so the gazetteer's download and parse are inside the time.
const coldContext = await browser.newContext({ viewport: { width: 1440, height: 900 } });
const page3 = await open(coldContext);
const before3 = await page3.locator('[data-testid=count]').innerText();
await page3.getByRole('button', { name: 'Add reports' }).click();
const t3 = Date.now();
await page3.getByTestId('report-file-input').setInputFiles(files);
await page3.waitForFunction((b) => document.querySelector('[data-testid=count]')?.textContent !== b, before3, { timeout: 600_000 });
const coldMs = Date.now() - t3;

const longTotal = watch.longTasks.reduce((a, b) => a + b, 0);
console.log(`\nidle baseline, 3 s with the panel open: ${idle.n} long tasks, ${Math.round(idle.ms)} ms in all, ${idle.frames} frames`);
console.log(`add ${N} reports (${avgChars.toLocaleString('en-GB')} characters on average) as ${N} files through the page:`);
console.log(`  ${before} -> ${after}`);
console.log(`  ${summary}`);
console.log(`  from file pick to incidents shown: ${(ms / 1000).toFixed(2)} s (the gazetteer was loaded into the worker when the panel opened)`);
console.log(`  cold, files picked as the panel opens in a fresh browser profile: ${(coldMs / 1000).toFixed(2)} s (gazetteer download and parse included)`);
console.log(`  page thread meanwhile: ${watch.longTasks.length} long tasks, ${Math.round(longTotal)} ms in all, longest ${Math.round(Math.max(0, ...watch.longTasks))} ms; longest gap between frames ${Math.round(watch.maxGap)} ms over ${watch.frames} frames`);
console.log(`  long tasks (start after the pick: duration, ms): ${watch.longTasks.map((d, i) => `${watch.starts[i]}: ${Math.round(d)}`).join(', ')}`);
console.log(`  one more report afterwards (all ${N + 1 + seeds.length} re-run, gazetteer already loaded): ${(secondMs / 1000).toFixed(2)} s`);
gazetteerLoads.forEach((g, i) =>
  console.log(`gazetteer load ${i === 0 ? 'first ' : 'cached'}: HTTP ${g.status}, ${(g.transferBytes / 1e6).toFixed(2)} MB transferred, ${Math.round(g.ms)} ms to the last byte`),
);
if (profile) {
  console.log('\npage thread during the add:');
  printProfile(profile);
}
const gz = readFileSync(join(repo, 'data/build/gazetteer.json.gz')).length;
console.log(`gazetteer file: ${(gz / 1e6).toFixed(2)} MB gzipped (served as is; the worker inflates it)`);

await browser.close();
await app.close();
removeDir(outDir);
rmSync(dataDir, { recursive: true, force: true });
