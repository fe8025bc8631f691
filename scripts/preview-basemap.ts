// Dev tool, not a test: renders the embedded basemap in headless Chromium at a
// few places analysts care about and writes PNGs to out/basemap-preview/, so a
// person can judge labels, borders and colours. Usage:
//   npx tsx scripts/preview-basemap.ts [--debug]
// --debug overlays red dots at place coordinates and a Cyrillic test label, to
// check that labels sit on their points and that Cyrillic glyphs render.
// --at LON,LAT,ZOOM renders only that view; --close crops its centre 400x160
// at 3x pixel density, to inspect glyph shapes and label placement up close.

import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { basemapStyle } from '../src/map/basemap-style.ts';
import { buildBasemap, DEFAULT_OUT_DIR, packageDir } from './build-basemap.ts';

const VIEWS = [
  { name: 'europe-z4', center: [15, 50], zoom: 4 },
  { name: 'ukraine-z6', center: [31.5, 48.8], zoom: 6 },
  { name: 'kyiv-z9', center: [30.52, 50.45], zoom: 9 },
  { name: 'red-sea-z5', center: [39, 20], zoom: 5 },
] as const;

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/json',
  '.pbf': 'application/x-protobuf',
};

const PAGE = `<!doctype html>
<html><head><meta charset="utf-8">
<link rel="stylesheet" href="/maplibre/maplibre-gl.css">
<style>html,body,#map{margin:0;height:100%}</style></head>
<body><div id="map"></div>
<script type="module">
import * as maplibregl from '/maplibre/maplibre-gl.mjs';
const params = new URLSearchParams(location.search);
const style = await (await fetch('/style.json')).json();
const map = new maplibregl.Map({
  container: 'map', style,
  center: JSON.parse(params.get('center')), zoom: Number(params.get('zoom')),
  attributionControl: { compact: false },
});
map.on('error', (e) => console.error('map error', e.error?.message ?? e));
if (params.get('debug')) {
  map.on('load', () => {
    map.addLayer({ id: 'debug-dots', type: 'circle', source: 'basemap', 'source-layer': 'places',
      paint: { 'circle-radius': 2, 'circle-color': '#e0245e' } }, 'basemap-admin1-labels');
    map.addSource('debug-text', { type: 'geojson', data: { type: 'FeatureCollection', features: [
      { type: 'Feature', properties: { t: 'Київ Жж Її Ґґ — Schön Łódź' }, geometry: { type: 'Point', coordinates: [30.52, 50.2] } },
      { type: 'Feature', properties: { t: 'Київ Жж Її Ґґ — Schön Łódź' }, geometry: { type: 'Point', coordinates: [31.5, 47.3] } },
      { type: 'Feature', properties: { t: 'Київ Жж — Schön' }, geometry: { type: 'Point', coordinates: [38.5, 17.0] } },
    ] } });
    map.addLayer({ id: 'debug-text', type: 'symbol', source: 'debug-text',
      layout: { 'text-field': ['get', 't'], 'text-font': ['Noto Sans Regular'], 'text-size': 16, 'text-allow-overlap': true } });
    map.addLayer({ id: 'debug-text-dot', type: 'circle', source: 'debug-text',
      paint: { 'circle-radius': 2, 'circle-color': '#1d9bf0' } });
  });
}
map.once('idle', () => { window.__ready = true; });
</script></body></html>`;

function serve(root: string, maplibreDir: string): Promise<{ url: string; close: () => void }> {
  const style = JSON.stringify(basemapStyle('/'));
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const send = (status: number, body: string | Buffer, type = 'text/plain'): void => {
      res.writeHead(status, { 'content-type': type });
      res.end(body);
    };
    if (path === '/') return send(200, PAGE, TYPES['.html']);
    if (path === '/style.json') return send(200, style, TYPES['.json']);
    const [base, prefix] = path.startsWith('/maplibre/') ? [maplibreDir, '/maplibre/'] : [root, '/basemap/'];
    if (!path.startsWith(prefix)) return send(404, 'not found');
    const file = normalize(join(base, path.slice(prefix.length)));
    if (!file.startsWith(base) || !existsSync(file) || !statSync(file).isFile()) {
      console.warn(`404 ${path}`);
      return send(404, 'not found');
    }
    return send(200, readFileSync(file), TYPES[extname(file)] ?? 'application/octet-stream');
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      done({ url: `http://127.0.0.1:${port}/`, close: () => server.close() });
    });
  });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const debug = args.includes('--debug');
  const close = args.includes('--close');
  const at = args[args.indexOf('--at') + 1]?.split(',').map(Number);
  const views =
    args.includes('--at') && at?.length === 3
      ? [{ name: `at-${at.join('_')}`, center: [at[0], at[1]], zoom: at[2] }]
      : VIEWS;
  await buildBasemap(DEFAULT_OUT_DIR);
  const outDir = resolve(DEFAULT_OUT_DIR, '..', '..', 'out', 'basemap-preview');
  mkdirSync(outDir, { recursive: true });
  const server = await serve(DEFAULT_OUT_DIR, join(packageDir('maplibre-gl'), 'dist'));
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 800 }, deviceScaleFactor: close ? 3 : 1 });
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') console.log(`[page] ${m.text()}`);
    });
    page.on('pageerror', (e) => console.log(`[page error] ${e.message}`));
    for (const view of views) {
      const query = new URLSearchParams({ center: JSON.stringify(view.center), zoom: String(view.zoom) });
      if (debug) query.set('debug', '1');
      await page.goto(`${server.url}?${query}`);
      await page.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready === true, null, {
        timeout: 60_000,
      });
      const file = join(outDir, `${view.name}${debug ? '-debug' : ''}${close ? '-close' : ''}.png`);
      await page.screenshot({ path: file, clip: close ? { x: 400, y: 320, width: 400, height: 160 } : undefined });
      console.log(`wrote ${file}`);
    }
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
