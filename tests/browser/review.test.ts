// End-to-end review: move an incident to a runner-up candidate, see the marker and the
// provenance, reload and find the edit kept (IndexedDB), download it; reject one and see it
// leave the map and the count. Every wait is on a condition.

import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixture } from '../fixtures/app/load-fixture.ts';
import { buildApp, hasChromium, launchChromium, removeDir, serveApp, warnIfSkipped, type ServedApp } from './browser-harness.ts';

warnIfSkipped();

const TOTAL = loadFixture().features.length;
const KHARKIV = 'inc-kharkiv-20240102';
/** Set to a folder to keep screenshots of the review UI (for looking at it, not asserted). */
const SHOTS = process.env.REVIEW_SCREENSHOTS ?? null;

describe.skipIf(!hasChromium)('review in Chromium', () => {
  let outDir: string;
  let app: ServedApp;
  let browser: Browser;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    outDir = await buildApp();
    app = await serveApp(outDir);
    browser = await launchChromium();
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    if (outDir) removeDir(outDir);
  });

  async function ready(page: Page): Promise<void> {
    await page.waitForFunction(() => window.__incidentMap !== undefined, null, { timeout: 60_000 });
    await page.waitForFunction(() => !document.querySelector('[data-testid=count]')?.textContent?.includes('Loading'), null, { timeout: 60_000 });
    await page.evaluate(() => window.__incidentMap!.settled());
  }

  async function open(viewport = { width: 1440, height: 900 }, path = '/?test=1'): Promise<Page> {
    const context = await browser.newContext({ viewport, acceptDownloads: true });
    const page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(app.origin + path);
    await ready(page);
    return page;
  }

  const shot = async (page: Page, name: string) => {
    if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`) });
  };
  const where = (page: Page, id: string) => page.evaluate((i) => window.__incidentMap!.project(i), id);

  /** Where a point should be drawn, from the view in the address bar (Web Mercator, 512-pixel
   * tiles): checks that the marker is drawn at the new place whatever the camera did. */
  async function expectedScreen(page: Page, lon: number, lat: number): Promise<{ x: number; y: number }> {
    await page.evaluate(() => window.__incidentMap!.settled());
    // The address is rewritten a moment after the map stops.
    await page.waitForTimeout(400);
    return page.evaluate(
      ([lon, lat]) => {
        const [z, cLat, cLon] = new URLSearchParams(location.hash.slice(1)).get('map')!.split('/').map(Number) as [number, number, number];
        const ws = 512 * 2 ** z;
        const merc = (lo: number, la: number) => {
          const r = (la * Math.PI) / 180;
          return [((lo + 180) / 360) * ws, ((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * ws] as const;
        };
        const [px, py] = merc(lon!, lat!);
        const [cx, cy] = merc(cLon, cLat);
        const box = document.querySelector('.maplibregl-canvas')!.getBoundingClientRect();
        return { x: box.left + box.width / 2 + (px - cx), y: box.top + box.height / 2 + (py - cy) };
      },
      [lon, lat],
    );
  }
  const rendered = async (page: Page) => {
    await page.evaluate(() => window.__incidentMap!.settled());
    return page.evaluate(() => window.__incidentMap!.renderedCount());
  };

  async function openIncident(page: Page, title: RegExp): Promise<void> {
    await page.getByRole('option', { name: title }).click();
    await page.locator('[data-testid=review]').waitFor({ timeout: 15_000 });
    await page.evaluate(() => window.__incidentMap!.settled());
  }

  it('moves an incident to a runner-up, keeps it over a reload, and downloads it with its provenance', async () => {
    const page = await open();
    await openIncident(page, /Missile strike on Kharkiv/);
    const review = page.locator('[data-testid=review]');
    // Why here: the cue, and the runner-ups with their admin path and distance.
    const why = await review.innerText();
    expect(why).toContain("object of 'struck'");
    expect(why).toMatch(/Kharkivska Oblast[\s\S]*Ukraine[\s\S]*km away[\s\S]*score 0\.41/);
    expect(await review.locator('.review-snippet mark').innerText()).toBe('Kharkiv');
    await shot(page, 'desktop-candidates');

    await review.getByRole('button', { name: /^Use this place: Kharkivska Oblast\b/ }).click();
    await review.locator('.review-history').waitFor();
    expect(await review.locator('.review-history').innerText()).toMatch(/Place: Kharkiv → Kharkivska Oblast \(candidate\), \d\d:\d\d/);
    await page.evaluate(() => window.__incidentMap!.settled());
    // The marker is drawn at the oblast's centre, not at the city any more.
    const after = (await where(page, KHARKIV))!;
    const oblast = await expectedScreen(page, 36.5, 49.5);
    const city = await expectedScreen(page, 36.2304, 49.9935);
    expect(Math.hypot(after.x - oblast.x, after.y - oblast.y)).toBeLessThan(4);
    expect(Math.hypot(after.x - city.x, after.y - city.y)).toBeGreaterThan(40);
    // The machine's place is shown greyed, and offered back.
    expect(await page.locator('.incident-details .machine-was').first().innerText()).toContain('Kharkiv');
    expect(await review.getByRole('button', { name: /^Use this place: Kharkiv, / }).count()).toBe(1);
    await shot(page, 'desktop-after-edit');

    // Reload: the edit comes back from IndexedDB, and the open incident (in the URL) with it.
    await page.waitForFunction(() => location.hash.includes('sel=inc-kharkiv'));
    await page.reload();
    await ready(page);
    await page.locator('[data-testid=review] .review-history').waitFor({ timeout: 15_000 });
    expect(await page.locator('.review-history').innerText()).toContain('Place: Kharkiv → Kharkivska Oblast (candidate)');
    expect(await page.locator('.incident-details .facts').innerText()).toContain('Kharkivska Oblast');
    const reloaded = (await where(page, KHARKIV))!;
    const oblastAgain = await expectedScreen(page, 36.5, 49.5);
    expect(Math.hypot(reloaded.x - oblastAgain.x, reloaded.y - oblastAgain.y)).toBeLessThan(4);

    // Download: the new place and the review provenance.
    const [geo] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'GeoJSON' }).click()]);
    const parsed = JSON.parse(readFileSync((await geo.path())!, 'utf8'));
    const k = parsed.features.find((f: { id: string }) => f.id === KHARKIV);
    expect(k.geometry).toEqual({ type: 'Point', coordinates: [36.5, 49.5] });
    expect(k.properties.place_name).toBe('Kharkivska Oblast');
    expect(k.properties.review_status).toBe('unreviewed');
    expect(k.properties.review.edits).toHaveLength(1);
    expect(k.properties.review.edits[0]).toMatchObject({ kind: 'place', from: { name: 'Kharkiv' }, to: { name: 'Kharkivska Oblast', via: 'candidate' } });
    expect(k.properties.review.machine).toMatchObject({ place_name: 'Kharkiv', lat: 49.9935 });

    // Undo puts it back, from the keyboard too.
    await page.locator('.incident-details').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => !document.querySelector('.review-history'));
    expect(await page.locator('.incident-details .machine-was').count()).toBe(0);
    expect(await page.locator('.incident-details .facts').innerText()).toContain('Kharkiv, Kharkivska Oblast, Ukraine');
    await page.context().close();
  });

  it('rejects an incident: it leaves the map and the count, and comes back when asked for', async () => {
    const page = await open();
    await openIncident(page, /Drone attack on port infrastructure/);
    const before = await rendered(page);
    await page.locator('[data-testid=review]').getByRole('button', { name: 'Reject' }).click();
    await page.waitForFunction((n) => document.querySelector('[data-testid=count]')?.textContent?.includes(`Showing ${n - 1} of ${n}`), TOTAL);
    expect(await page.locator('[data-testid=review-status]').innerText()).toMatch(/rejected/i);
    expect(await rendered(page)).toBe(before - 1);
    // The list follows the count in a deferred render: wait for it, then check it.
    await page.waitForFunction((n) => document.querySelectorAll('.incident-list [role=option]').length === n - 1, TOTAL);
    expect(await page.locator('.incident-list [role=option]').count()).toBe(TOTAL - 1);
    await shot(page, 'desktop-rejected');

    // The status filter counts it and can show it again, greyed.
    const rejected = page.getByRole('checkbox', { name: /Rejected/ });
    expect(await page.locator('.status-list').innerText()).toMatch(/Rejected\s*1/);
    await rejected.check();
    await page.waitForFunction(() => document.querySelector('[data-testid=count]')?.textContent?.includes('Showing 1 of'));
    expect(await rendered(page)).toBe(1);
    await rejected.uncheck();

    // Downloads leave it out unless "include rejected" is ticked.
    const download = async () => {
      const [geo] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'GeoJSON' }).click()]);
      return JSON.parse(readFileSync((await geo.path())!, 'utf8')).features as Array<{ id: string; properties: { review_status: string } }>;
    };
    await page.waitForFunction((n) => document.querySelector('[data-testid=count]')?.textContent?.includes(`Showing ${n - 1} of`), TOTAL);
    expect((await download()).map((f) => f.id)).not.toContain('inc-odesa-region-20240105');
    await page.getByRole('checkbox', { name: /Include rejected/ }).check();
    const all = await download();
    expect(all.find((f) => f.id === 'inc-odesa-region-20240105')?.properties.review_status).toBe('rejected');
    await page.context().close();
  });

  it('moves an incident by dragging its marker', async () => {
    const page = await open();
    await openIncident(page, /Explosion at a depot in Belgorod/);
    const review = page.locator('[data-testid=review]');
    await review.getByRole('button', { name: 'Drag on map' }).click();
    const pin = page.locator('.review-drag-marker');
    await pin.waitFor();
    const box = (await pin.boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height - 6;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x - 40, y + 30, { steps: 8 });
    await page.mouse.move(x - 80, y + 60, { steps: 8 });
    await page.mouse.up();
    await review.locator('.review-history').waitFor({ timeout: 15_000 });
    expect(await review.locator('.review-history').innerText()).toMatch(/Place: Belgorod → [\d.]+, [\d.]+ \(dragged\)/);
    expect(await pin.count()).toBe(0);

    // The keyboard way: the place search box (over the places the loaded incidents know), and
    // the type and date editors.
    await review.getByRole('button', { name: /Search place, date, type/ }).click();
    await review.getByLabel('Find another place').fill('odesa');
    // The whole gazetteer answers: Odesa the city and Odesa the region; the label tells them apart.
    const odesaCity = review.getByRole('button', { name: /^Use this place: Odesa, Ukraine \(PPLA\)$/ });
    await odesaCity.waitFor();
    await shot(page, 'desktop-editors');
    await odesaCity.click();
    await review.getByLabel('Type', { exact: true }).selectOption('drone_strike');
    await review.getByLabel('Date', { exact: true }).fill('2024-01-05');
    await review.getByLabel('Date', { exact: true }).press('Enter');
    await review.locator('.review-history li').nth(3).waitFor();
    expect(await review.locator('.review-history').innerText()).toMatch(
      /→ Odesa \(search\)[\s\S]*Type: Explosion → Drone strike[\s\S]*Date: 6 Jan 2024 → 5 Jan 2024/,
    );
    await page.context().close();
  });

  it('lays out the review on a phone', async () => {
    const page = await open({ width: 390, height: 844 });
    await openIncident(page, /Missile strike on Kharkiv/);
    const pane = page.locator('.details-pane');
    await pane.waitFor();
    await pane.locator('[data-testid=review]').scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(page, 'phone-candidates');
    await pane.getByRole('button', { name: /^Use this place: Kharkivska Oblast\b/ }).click();
    await pane.locator('.review-history').waitFor();
    await pane.getByRole('button', { name: 'Reject' }).click();
    await pane.locator('.review-history li').nth(1).waitFor();
    await shot(page, 'phone-after-edit');
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});
