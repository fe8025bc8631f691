// `npm run bench:map:profile`: where the page's main thread spends the load of the benchmark's
// 100,000 incidents. Needs `npm run bench:map` first (it builds bench/out/app and the data);
// build unminified (`npx vite build --minify false --outDir bench/out/app`) for readable names.
// Prints the load marks, a 250 ms timeline of the busiest call chains and the top self times.
// `npm run bench:map:profile -- pan` profiles a mouse drag across the settled map instead.

import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from '../../scripts/serve.ts';
import { launchChromium } from '../../tests/browser/browser-harness.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

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
  const pan = process.argv[2] === 'pan';
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  if (!pan) await cdp.send('Profiler.start');
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
    // The benchmark's drag: a loop of 80 mouse moves, 16 ms apart, ending inside the map.
    const box = (await page.locator('.map-pane').boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let i = 1; i <= 80; i++) {
      const a = (i / 80) * Math.PI * 2;
      await page.mouse.move(cx + Math.sin(a) * box.width * 0.3, cy + (1 - Math.cos(a)) * box.height * 0.15);
      await page.waitForTimeout(16);
    }
    await page.mouse.up();
  }
  const { profile } = await cdp.send('Profiler.stop');

  const nodes = new Map((profile.nodes as ProfileNode[]).map((n) => [n.id, n]));
  const parentOf = new Map<number, number>();
  for (const n of nodes.values()) for (const c of n.children ?? []) parentOf.set(c, n.id);
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const self = new Map<string, number>();
  const buckets = new Map<number, Map<string, number>>();
  let t = profile.startTime;
  samples.forEach((id, i) => {
    const ms = (deltas[i] ?? 0) / 1000;
    t += deltas[i] ?? 0;
    const node = nodes.get(id)!;
    const key = `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + ms);
    const chain: string[] = [];
    for (let at: number | undefined = id; at !== undefined && chain.length < 4; at = parentOf.get(at)) {
      const name = nodes.get(at)!.callFrame.functionName;
      if (name) chain.push(name);
    }
    const b = Math.floor((t - profile.startTime) / 250_000);
    const bucket = buckets.get(b) ?? new Map<string, number>();
    bucket.set(chain.join(' < '), (bucket.get(chain.join(' < ')) ?? 0) + ms);
    buckets.set(b, bucket);
  });
  console.log('timeline (250 ms steps, busiest call chains):');
  for (const [b, m] of [...buckets].sort((x, y) => x[0] - y[0])) {
    const top = [...m].sort((x, y) => y[1] - x[1]).slice(0, 3);
    console.log(`${String(b * 250).padStart(6)} ms  ${top.map(([k, v]) => `${v.toFixed(0)} ${k.slice(0, 80)}`).join(' | ')}`);
  }
  console.log('\ntop self time:');
  for (const [k, v] of [...self].sort((x, y) => y[1] - x[1]).slice(0, 25)) console.log(`${v.toFixed(0).padStart(7)} ms  ${k}`);
} finally {
  await browser.close();
  server.close();
}
