// End-to-end: the built app in real Chromium (SwiftShader WebGL), served by our own server with
// the hand-made fixture. No timing assertions; every wait is on a condition.

import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixture } from '../fixtures/app/load-fixture.ts';
import { buildApp, hasChromium, launchChromium, removeDir, serveApp, warnIfSkipped, type ServedApp } from './browser-harness.ts';

warnIfSkipped();

const fixture = loadFixture();
const TOTAL = fixture.features.length;

describe.skipIf(!hasChromium)('incident map in Chromium', () => {
  let outDir: string;
  let app: ServedApp;
  let browser: Browser;
  const requests: string[] = [];
  const dialogs: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    outDir = await buildApp();
    app = await serveApp(outDir);
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    if (outDir) removeDir(outDir);
  });

  async function open(path = '/?test=1', viewport = { width: 1280, height: 860 }): Promise<Page> {
    const context = await browser.newContext({ viewport, acceptDownloads: true });
    const page = await context.newPage();
    page.on('request', (r) => requests.push(r.url()));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(app.origin + path);
    await page.waitForFunction(() => window.__incidentMap !== undefined, null, { timeout: 60_000 });
    await page.waitForFunction(() => !document.querySelector('[data-testid=count]')?.textContent?.includes('Loading'), null, { timeout: 60_000 });
    await settle(page);
    return page;
  }

  const settle = (page: Page) => page.evaluate(() => window.__incidentMap!.settled());
  const countText = (page: Page) => page.locator('[data-testid=count]').innerText();
  const rendered = async (page: Page) => {
    await settle(page);
    return page.evaluate(() => window.__incidentMap!.renderedCount());
  };

  async function clickMarker(page: Page, id: string): Promise<void> {
    const xy = await page.evaluate((i) => window.__incidentMap!.project(i), id);
    expect(xy).not.toBeNull();
    await page.mouse.click(xy!.x, xy!.y);
  }

  it('draws the map with every incident', async () => {
    const page = await open();
    expect(await countText(page)).toContain(`Showing ${TOTAL} of ${TOTAL} incidents`);
    expect(await rendered(page)).toBe(TOTAL);
    // Imprecisely placed incidents drawn on their own have their uncertainty circles (those in
    // a cluster have none yet, nor has a site).
    const imprecise = new Set(fixture.features.filter((f) => f.properties.radius_km > 0).map((f) => f.id));
    const areas = await page.evaluate(() => window.__incidentMap!.renderedAreas());
    expect(areas.length).toBeGreaterThanOrEqual(4);
    expect(areas.filter((id) => !imprecise.has(id))).toEqual([]);
    // A WebGL canvas exists and has a size.
    const box = await page.locator('.maplibregl-canvas').boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    // Attribution credits the data sources.
    const attribution = (await page.locator('.maplibregl-ctrl-attrib').textContent()) ?? '';
    expect(attribution).toMatch(/GeoNames/);
    expect(attribution).toMatch(/Natural Earth/);
    await page.context().close();
  });

  it('opens the popup with the quote when a marker on the canvas is clicked', async () => {
    const page = await open();
    await clickMarker(page, 'inc-red-sea-20240109');
    const popup = page.locator('.incident-details');
    await popup.waitFor({ timeout: 15_000 });
    const text = await popup.innerText();
    expect(text).toContain('Commercial vessel attacked in the southern Red Sea');
    expect(text).toContain('A container ship reported an explosion in the water');
    expect(await popup.locator('mark').first().innerText()).toBe('Red Sea');
    // Sea precision is said in words, not only drawn.
    expect(text).toMatch(/Only located to the sea area/);
    const link = popup.locator('a[href="https://example.com/harbour-post/red-sea"]');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toContain('noopener');
    // The selection reaches the URL (it is written a moment after the change).
    await page.waitForFunction(() => location.hash.includes('sel=inc-red-sea-20240109'));
    await page.context().close();
  });

  it('changes the count and the markers together when filtering', async () => {
    const page = await open();
    await page.getByRole('checkbox', { name: /Ship attack/ }).check();
    await page.waitForFunction(() => document.querySelector('[data-testid=count]')?.textContent?.includes('Showing 1 of'));
    expect(await rendered(page)).toBe(1);
    // The list follows the count in a deferred render (the map and the count come first), so
    // on a busy machine it may be a frame behind: wait for it, then check it.
    await page.waitForFunction(() => document.querySelectorAll('.incident-list [role=option]').length === 1);
    expect(await page.locator('.incident-list [role=option]').count()).toBe(1);
    await page.getByRole('checkbox', { name: /Missile strike/ }).check();
    await page.waitForFunction(() => document.querySelector('[data-testid=count]')?.textContent?.includes('Showing 2 of'));
    expect(await rendered(page)).toBe(2);
    await page.getByRole('button', { name: 'Reset filters' }).click();
    await page.waitForFunction((n) => document.querySelector('[data-testid=count]')?.textContent?.includes(`Showing ${n} of`), TOTAL);
    expect(await rendered(page)).toBe(TOTAL);
    await page.context().close();
  });

  it('narrows the downloads with the text filter, and the GeoJSON parses', async () => {
    const page = await open();
    await page.getByLabel('Search places and quotes').fill('kharkiv');
    await page.waitForFunction(() => document.querySelector('[data-testid=count]')?.textContent?.includes('Showing 2 of'));
    expect(await rendered(page)).toBe(2);

    const [geo] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'GeoJSON' }).click()]);
    const parsed = JSON.parse(readFileSync((await geo.path())!, 'utf8'));
    expect(geo.suggestedFilename()).toMatch(/\.geojson$/);
    expect(parsed.type).toBe('FeatureCollection');
    expect(parsed.metadata).toEqual(fixture.metadata);
    expect(parsed.features.map((f: { id: string }) => f.id).sort()).toEqual(['inc-hostile-20240107', 'inc-kharkiv-20240102']);
    // The pipeline's feature as it was, plus the review fields the download adds.
    const { review_status: _status, review: _review, ...kharkivProps } = parsed.features.find((f: { id: string }) => f.id === 'inc-kharkiv-20240102').properties;
    expect(_status).toBe('unreviewed');
    expect(kharkivProps).toEqual(fixture.features.find((f) => f.id === 'inc-kharkiv-20240102')!.properties);

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV' }).click()]);
    const csvText = readFileSync((await csv.path())!, 'utf8');
    expect(csvText.startsWith('\uFEFFid,title,')).toBe(true);
    expect(csvText.trimEnd().split('\r\n').filter((l) => l.startsWith('inc-'))).toHaveLength(2);
    await page.context().close();
  });

  it('reopens the same view from the URL', async () => {
    const page = await open();
    await page.getByRole('checkbox', { name: /Raid/ }).check();
    await page.getByRole('checkbox', { name: /Missile strike/ }).check();
    await page.getByLabel('Search places and quotes').fill('kharkiv');
    await page.evaluate(() => window.__incidentMap!.settled());
    await clickMarker(page, 'inc-kharkiv-20240102').catch(() => undefined);
    await page.waitForFunction(() => location.hash.includes('q=kharkiv') && location.hash.includes('map='));
    // The URL is rewritten a moment after the last change.
    await page.waitForTimeout(600);
    const url = page.url();
    const hash = new URL(url).hash;
    const before = await countText(page);
    await page.context().close();

    const again = await open(new URL(url).pathname + new URL(url).search + hash);
    expect(await countText(again)).toBe(before);
    expect(await again.getByRole('checkbox', { name: /Raid/ }).isChecked()).toBe(true);
    expect(await again.getByRole('checkbox', { name: /Missile strike/ }).isChecked()).toBe(true);
    expect(await again.getByRole('checkbox', { name: /Drone strike/ }).isChecked()).toBe(false);
    expect(await again.getByLabel('Search places and quotes').inputValue()).toBe('kharkiv');
    const mapParam = (h: string) => new URLSearchParams(h.slice(1)).get('map');
    expect(mapParam(new URL(again.url()).hash)).toBe(mapParam(hash));
    await again.context().close();
  });

  it('brings a linked selection into view when the linked view does not show it', async () => {
    // The sender had panned to the Atlantic after selecting the Kharkiv strike.
    const page = await open('/?test=1#map=6/30/-40&sel=inc-kharkiv-20240102');
    const popup = page.locator('.maplibregl-popup');
    await popup.waitFor();
    const box = (await popup.boundingBox())!;
    const map = (await page.locator('.map-pane').boundingBox())!;
    expect(box.x + box.width / 2).toBeGreaterThan(map.x);
    expect(box.x + box.width / 2).toBeLessThan(map.x + map.width);
    expect(box.y + box.height / 2).toBeGreaterThan(map.y);
    expect(box.y + box.height / 2).toBeLessThan(map.y + map.height);
    await expect.poll(() => popup.innerText()).toContain('Kharkiv');
    await page.context().close();
  });

  it('shows hostile report text as inert text', async () => {
    const page = await open();
    await page.getByRole('option', { name: /Raid near Kupiansk/ }).click();
    const popup = page.locator('.incident-details');
    await popup.waitFor({ timeout: 15_000 });
    await page.waitForTimeout(300);
    const text = await popup.innerText();
    expect(text).toContain('<img src=x onerror=alert(1)>Raid near Kupiansk');
    expect(text).toContain('<b onmouseover=alert(3)>Spoof Outlet</b>');
    expect(text).toContain('[U+202E]');
    // No element was injected, no javascript:/data: link was made, no dialog opened.
    expect(await page.locator('.incident-details img, .incident-details script, .incident-details b, .incident-list img').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:"], a[href^="data:"]').count()).toBe(0);
    expect(await popup.locator('a').count()).toBe(0);
    await popup.hover();
    expect(dialogs).toEqual([]);
    // The 5,000-character word wraps inside the popup instead of widening it.
    const overflow = await popup.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await page.context().close();
  });

  it('opens a list item from the keyboard', async () => {
    const page = await open();
    await page.locator('.incident-list').focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.locator('.incident-details').waitFor({ timeout: 15_000 });
    expect(await page.locator('.row.selected').count()).toBe(1);
    await page.context().close();
  });

  it('keeps the current data when a wrong file is opened, and opens a right one', async () => {
    const page = await open();
    const input = page.locator('[data-testid=file-input]');
    await input.setInputFiles({ name: 'wrong.geojson', mimeType: 'application/json', buffer: Buffer.from('{"type":"Feature"}') });
    await page.locator('[data-testid=import-message]').waitFor();
    expect(await page.locator('[data-testid=import-message]').innerText()).toMatch(/wrong\.geojson was not opened.*FeatureCollection/);
    expect(await countText(page)).toContain(`of ${TOTAL} incidents`);

    const swapped = structuredClone(fixture) as unknown as { features: Array<{ geometry: { coordinates: number[] } }> };
    swapped.features[0]!.geometry.coordinates = [49.99, 136.23];
    await input.setInputFiles({ name: 'swapped.geojson', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(swapped)) });
    await page.waitForFunction(() => document.querySelector('[data-testid=import-message]')?.textContent?.includes('swapped.geojson'));
    expect(await page.locator('[data-testid=import-message]').innerText()).toMatch(/look swapped/);

    const two = { ...fixture, features: fixture.features.slice(0, 2) };
    await input.setInputFiles({ name: 'two.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(two)) });
    await page.waitForFunction(() => document.querySelector('[data-testid=count]')?.textContent?.includes('Showing 2 of 2'));
    expect(await rendered(page)).toBe(2);
    await page.context().close();
  });

  it('lays out a phone-width screen without overlapping panels', async () => {
    const page = await open('/?test=1', { width: 390, height: 844 });
    const box = async (sel: string) => (await page.locator(sel).boundingBox())!;
    const map = await box('.map-pane');
    const header = await box('.header');
    const list = await box('.list-pane');
    expect(map.width).toBeGreaterThan(380);
    expect(header.y + header.height).toBeLessThanOrEqual(map.y + 1);
    expect(map.y + map.height).toBeLessThanOrEqual(list.y + 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.getByRole('tab', { name: 'Filters' }).click();
    expect(await page.locator('.filters-pane').isVisible()).toBe(true);
    expect(await page.locator('.list-pane').isVisible()).toBe(false);
    await page.context().close();
  });

  it('says so plainly when the app code cannot be fetched', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // The entry point loads; the app's main chunk fails, as when the server stops mid-load.
    await page.route(/\/assets\/start-app-[^/]*\.js$/, (route) => route.abort());
    await page.goto(app.origin + '/');
    await expect.poll(() => page.locator('#root').innerText(), { timeout: 30_000 }).toMatch(/could not load its code.*Reload the page/);
    await context.close();
  });

  it('sends no request off this machine and serves the CSP', async () => {
    const res = await fetch(app.origin + '/');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(requests.length).toBeGreaterThan(10);
    const offsite = requests.filter((u) => !u.startsWith(app.origin + '/') && !u.startsWith('blob:') && !u.startsWith('data:'));
    expect(offsite).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
