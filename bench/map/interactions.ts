// What the map benchmark does to the page, shared by `bench:map` (which times it) and
// `bench:map:profile` (which profiles it), so both measure the same thing.

import type { Page } from 'playwright-core';

/** A type toggled on and off, a place searched and cleared, twice over. The places are among
 * the generator's hotspots, so a search leaves a few thousand incidents on the map, not none. */
export const FILTER_STEPS = ['type', 'type', 'text:aleppo', 'text:', 'type', 'type', 'text:sanaa', 'text:'];

/** The pause before each change in the "settled map" pass: about the time a user takes to
 * look at a result before the next click. Without it a change starts while the previous one's
 * last frame is still being drawn (software WebGL takes ~100 ms a frame here), and the figure
 * measures that queue as much as the change. The back-to-back pass is reported too. */
export const FILTER_PAUSE_MS = 500;

/**
 * Runs inside the page (pass it to page.evaluate): makes one filter change and returns the ms to
 * the end of its synchronous work, to the first frame drawn with it, and to the settled map.
 * Self-contained, since it is serialised into the page.
 */
export async function measureFilterStep(step: string): Promise<[number, number, number]> {
  const t0 = performance.now();
  if (step === 'type') {
    const label = [...document.querySelectorAll('.type-list label')].find((l) => l.textContent?.includes('Missile strike'));
    (label!.querySelector('input') as HTMLInputElement).click();
  } else {
    const input = document.querySelector('input[type=search]') as HTMLInputElement;
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setter.call(input, step.slice(5));
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
  const t1 = performance.now();
  await window.__incidentMap!.drawn();
  const t2 = performance.now();
  await window.__incidentMap!.settled();
  return [t1 - t0, t2 - t0, performance.now() - t0];
}

/** A mouse drag across the map: a loop of 80 moves, 16 ms apart, ending inside the map. */
export async function dragAcross(page: Page, box: { x: number; y: number; width: number; height: number }): Promise<void> {
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
