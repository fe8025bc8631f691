// End-to-end: adding reports in the page. A report the app has never seen is pasted, read by the
// geoparse worker on the served gazetteer, and its incident is found in the list, on the map and
// in the popup; bad files are named while the rest is kept; a reload finds it all (IndexedDB).
// Served with the seeds' own incidents, as `npm start` serves them. No timing assertions.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncidentCollection } from '../../geo/types.ts';
import { buildApp, hasChromium, launchChromium, removeDir, serveApp, warnIfSkipped, type ServedApp } from './browser-harness.ts';

warnIfSkipped();

const repo = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const dataDir = mkdtempSync(join(tmpdir(), 'add-reports-data-'));
const SEED_INCIDENTS = join(dataDir, 'seed-incidents.geojson');
let SEEDS = 0;

const NEW_REPORT = {
  text:
    'SUMY, Ukraine, March 12 (Northern Wire) - A Russian drone struck a school building in the city of Sumy early on Tuesday, ' +
    'injuring three people, the regional military administration said. Firefighters put out the blaze within an hour.',
  outlet: 'Northern Wire',
  title: 'Drone hits school in Sumy',
  date: '2024-03-12',
  url: 'https://example.org/northern-wire/sumy-school',
};

describe.skipIf(!hasChromium)('adding reports in the page', () => {
  let outDir: string;
  let app: ServedApp;
  let browser: Browser;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    // The seeds' incidents as `npm start` makes them: the command line on seeds/*.md.
    const seeds = readdirSync(join(repo, 'seeds')).filter((f) => f.endsWith('.md') && f.toLowerCase() !== 'readme.md').sort().map((f) => `seeds/${f}`);
    const cli = spawnSync(process.execPath, ['--import', 'tsx', 'geo/cli/incidents.ts', '--out', SEED_INCIDENTS, ...seeds], { cwd: repo, encoding: 'utf8' });
    if (cli.status !== 0) throw new Error(cli.stderr);
    SEEDS = (JSON.parse(readFileSync(SEED_INCIDENTS, 'utf8')) as IncidentCollection).features.length;
    outDir = await buildApp();
    app = await serveApp(outDir, SEED_INCIDENTS);
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    if (outDir) removeDir(outDir);
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function ready(page: Page): Promise<void> {
    await page.waitForFunction(() => window.__incidentMap !== undefined, null, { timeout: 60_000 });
    await page.waitForFunction(() => !document.querySelector('[data-testid=count]')?.textContent?.includes('Loading'), null, { timeout: 60_000 });
    await page.evaluate(() => window.__incidentMap!.settled());
  }

  async function open(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('dialog', (d) => void d.dismiss());
    await page.goto(`${app.origin}/?test=1`);
    await ready(page);
    return page;
  }

  const total = async (page: Page) => Number(/of ([\d,]+) incidents/.exec(await page.locator('[data-testid=count]').innerText())![1]!.replace(/,/g, ''));
  const finished = (page: Page) =>
    page.waitForFunction(() => /\b(done|failed)\b/.test(document.querySelector('[data-testid=add-status]')?.className ?? ''), null, { timeout: 120_000 });

  it('pastes a new report, finds its incident on the map and in the popup, and keeps it over a reload', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    const page = await open(context);
    expect(await total(page)).toBe(SEEDS);

    await page.getByRole('button', { name: 'Add reports' }).click();
    const panel = page.getByTestId('add-panel');
    await panel.getByLabel('Report text').fill(NEW_REPORT.text);
    await panel.getByLabel('Outlet').fill(NEW_REPORT.outlet);
    await panel.getByLabel('Title').fill(NEW_REPORT.title);
    await panel.getByLabel('Published').fill(NEW_REPORT.date);
    await panel.getByLabel('URL').fill(NEW_REPORT.url);
    await panel.getByRole('button', { name: 'Add this report' }).click();
    await finished(page);
    const status = await page.getByTestId('add-status').innerText();
    expect(status).toMatch(/1 report added, 1 new incident/);
    await page.waitForFunction((n) => document.querySelector('[data-testid=count]')?.textContent?.includes(`of ${n} incidents`), SEEDS + 1);

    // In the list, and on the map where its point projects to.
    const option = page.locator('.incident-list [role=option]', { hasText: 'Sumy' });
    await option.first().waitFor({ timeout: 30_000 });
    const id = await page.evaluate(() => {
      const ids = [...document.querySelectorAll('.incident-list [role=option]')].map((el) => [el.id, el.textContent ?? ''] as const);
      return ids.find(([, t]) => t.includes('Sumy'))?.[0] ?? null;
    });
    expect(id).toBeTruthy();

    // Opened from the summary's link: the popup quotes the pasted words and links the URL.
    await page.getByTestId('add-panel').getByRole('button', { name: /Sumy/ }).first().click();
    await panel.getByRole('button', { name: 'Close', exact: true }).click();
    const details = page.locator('.incident-details');
    await details.first().waitFor({ timeout: 30_000 });
    const text = await details.first().innerText();
    expect(text).toContain('A Russian drone struck a school building in the city of Sumy');
    expect(text).toContain('Northern Wire');
    expect(await details.first().locator(`a[href="${NEW_REPORT.url}"]`).count()).toBe(1);
    // The URL follows the view after a short debounce: wait for the selection to reach it.
    await page.waitForFunction(() => /sel=[^&]+/.test(location.hash), undefined, { timeout: 10_000 });
    const selected = await page.evaluate(() => /sel=([^&]+)/.exec(location.hash)?.[1] ?? null);
    expect(selected).toBeTruthy();
    await page.evaluate(() => window.__incidentMap!.settled());
    expect(await page.evaluate((sel) => window.__incidentMap!.project(decodeURIComponent(sel)), selected!)).not.toBeNull();

    // A reload (same browser profile): the project comes back from IndexedDB.
    await page.goto(`${app.origin}/?test=1`);
    await ready(page);
    expect(await total(page)).toBe(SEEDS + 1);
    expect(await page.locator('.incident-list [role=option]', { hasText: 'Sumy' }).count()).toBeGreaterThan(0);
    expect(await page.locator('.source-name').innerText()).toMatch(/Project/);
    await context.close();
  });

  it('clicks the pasted report\'s marker on the map, moves it to a runner-up, keeps the edit over a reload and downloads it', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, acceptDownloads: true });
    const page = await open(context);
    await page.getByRole('button', { name: 'Add reports' }).click();
    const panel = page.getByTestId('add-panel');
    await panel.getByLabel('Report text').fill(NEW_REPORT.text);
    await panel.getByLabel('Outlet').fill(NEW_REPORT.outlet);
    await panel.getByRole('button', { name: 'Add this report' }).click();
    await finished(page);
    await panel.getByRole('button', { name: 'Close', exact: true }).click();
    await page.waitForFunction((n) => document.querySelector('[data-testid=count]')?.textContent?.includes(`of ${n} incidents`), SEEDS + 1);
    // Picked in the list (the map flies there), its id read from the address, and closed again.
    await page.locator('.incident-list [role=option]', { hasText: 'Sumy' }).first().click();
    await page.waitForFunction(() => /sel=[^&]+/.test(location.hash), undefined, { timeout: 10_000 });
    const id = decodeURIComponent(/sel=([^&]+)/.exec(await page.evaluate(() => location.hash))![1]!);
    await page.locator('.maplibregl-popup-close-button').click();
    const details = page.locator('.incident-details');
    await page.waitForFunction(() => document.querySelectorAll('.maplibregl-popup').length === 0);

    // On the map: a click on the canvas where its marker is drawn opens its popup.
    await page.evaluate(() => window.__incidentMap!.settled());
    const at = (await page.evaluate((i) => window.__incidentMap!.project(i), id))!;
    await page.mouse.click(at.x, at.y);
    await details.first().waitFor({ timeout: 30_000 });
    expect(await details.first().innerText()).toContain('A Russian drone struck a school building in the city of Sumy');

    // Moved to the first runner-up the geoparser kept.
    const review = page.locator('[data-testid=review]');
    await review.waitFor({ timeout: 15_000 });
    const runnerUp = review.getByRole('list', { name: 'Candidate places' }).getByRole('button', { name: /^Use this place: / }).first();
    const label = (await runnerUp.getAttribute('aria-label'))!;
    const runnerUpName = /^Use this place: ([^,(]+)/.exec(label)![1]!.trim();
    const viewBefore = await page.evaluate(() => location.hash);
    await runnerUp.click();
    await review.locator('.review-history').waitFor();
    expect(await review.locator('.review-history').innerText()).toContain(`Place: Sumy → ${runnerUpName} (candidate)`);
    // The map follows the incident to its new place (a region's centre can be far off): its
    // marker is in sight.
    await page.evaluate(() => window.__incidentMap!.settled());
    const moved = (await page.evaluate((i) => window.__incidentMap!.project(i), id))!;
    const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
    expect(moved.x).toBeGreaterThan(canvas.x);
    expect(moved.x).toBeLessThan(canvas.x + canvas.width);
    expect(moved.y).toBeGreaterThan(canvas.y);
    expect(moved.y).toBeLessThan(canvas.y + canvas.height);

    // Reload once the address has the new view (it is written a moment after the map stops).
    await page.waitForFunction((before) => location.hash !== before && /sel=[^&]+/.test(location.hash), viewBefore, { timeout: 10_000 });
    await page.reload();
    await ready(page);
    await page.locator('[data-testid=review] .review-history').waitFor({ timeout: 15_000 });
    expect(await page.locator('.review-history').innerText()).toContain(`Place: Sumy → ${runnerUpName} (candidate)`);

    // The download carries the new place and what the machine had said.
    const [geo] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'GeoJSON' }).click()]);
    const parsed = JSON.parse(readFileSync((await geo.path())!, 'utf8')) as IncidentCollection;
    const edited = parsed.features.find((f) => f.id === id)! as unknown as {
      geometry: { coordinates: number[] };
      properties: { place_name: string; review: { edits: unknown[]; machine: { place_name: string; lon: number; lat: number } } };
    };
    expect(edited.properties.place_name).toBe(runnerUpName);
    expect(edited.properties.review.edits).toEqual([expect.objectContaining({ kind: 'place', from: expect.objectContaining({ name: 'Sumy' }), to: expect.objectContaining({ name: runnerUpName, via: 'candidate' }) })]);
    expect(edited.properties.review.machine.place_name).toBe('Sumy');
    expect(edited.geometry.coordinates).not.toEqual([edited.properties.review.machine.lon, edited.properties.review.machine.lat]);
    await context.close();
  });

  it('gives the incidents command\'s answers: the dev corpus added in the page downloads as the CLI writes it', async () => {
    const dev = join(repo, 'tests/fixtures/golden/in/dev.json');
    const seeds = readdirSync(join(repo, 'seeds')).filter((f) => f.endsWith('.md') && f.toLowerCase() !== 'readme.md').sort().map((f) => `seeds/${f}`);
    const out = join(dataDir, 'seeds-and-dev.geojson');
    const cli = spawnSync(process.execPath, ['--import', 'tsx', 'geo/cli/incidents.ts', '--out', out, ...seeds, dev], { cwd: repo, encoding: 'utf8' });
    expect(cli.status, cli.stderr).toBe(0);
    const command = (JSON.parse(readFileSync(out, 'utf8')) as IncidentCollection).features;

    const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, acceptDownloads: true });
    const page = await open(context);
    await page.getByRole('button', { name: 'Add reports' }).click();
    await page.getByTestId('report-file-input').setInputFiles(dev);
    await finished(page);
    expect(await page.getByTestId('add-status').innerText()).toMatch(/30 reports added/);
    await page.waitForFunction((n) => document.querySelector('[data-testid=count]')?.textContent?.includes(`of ${n} incidents`), command.length, { timeout: 30_000 });
    const [geo] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'GeoJSON' }).click()]);
    const downloaded = (JSON.parse(readFileSync((await geo.path())!, 'utf8')) as IncidentCollection).features;
    // The download adds the review's fields (nothing reviewed here); the rest is the pipeline's.
    const pipelineOnly = downloaded.map((f) => {
      const { review_status: _s, review: _r, ...properties } = f.properties as typeof f.properties & { review_status?: unknown; review?: unknown };
      return { ...f, properties };
    });
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect(command.length).toBeGreaterThan(20);
    expect(pipelineOnly.sort(byId)).toEqual([...command].sort(byId));
    await context.close();
  });

  it('names a bad file dropped with good ones, and keeps the good ones', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    const page = await open(context);
    // Dropped on the page: report files go to the project, whatever the panel shows.
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['[{"id": "k1", "text": 12}, {"id": "k2", "text": "Shelling hit the centre of Kherson on Monday, officials said."}]'], 'mixed.json', { type: 'application/json' }));
      dt.items.add(new File([new Uint8Array([0, 1, 2, 0, 0, 7])], 'photo.txt'));
      dt.items.add(new File(['Missiles struck the port of Odesa on 4 March 2024, the navy said.'], 'odesa.txt'));
      window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, cancelable: true }));
    });
    await finished(page);
    const status = await page.getByTestId('add-status').innerText();
    expect(status).toMatch(/2 reports added/);
    expect(status).toMatch(/1 file could not be read/);
    expect(status).toContain('photo.txt');
    expect(status).toMatch(/binary/);
    // The bad element of mixed.json is named by its index; its good element went in.
    expect(status).toMatch(/mixed\.json\W+element 0/);
    expect(await total(page)).toBeGreaterThan(SEEDS);
    await context.close();
  });

  it('refuses a project file from a newer app and keeps the current project', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    const page = await open(context);
    await page.getByRole('button', { name: 'Add reports' }).click();
    await page.getByTestId('project-file-input').setInputFiles({
      name: 'future.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ schema_version: 99, reports: [], machine: [], edits: [], undone: [] })),
    });
    const message = page.getByTestId('project-message');
    await message.waitFor({ timeout: 30_000 });
    expect(await message.innerText()).toMatch(/future\.json was not imported: it was saved by a newer version of the app.*unchanged/);
    expect(await total(page)).toBe(SEEDS);
    await context.close();
  });

  it('raised no page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
