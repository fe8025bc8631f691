import type { EventType } from '../../geo/types.ts';
import { EVENT_STYLES } from '../event-styles.ts';
import { SHAPE_BOX, SHAPE_PATHS } from './marker-shapes.ts';

/** A raster image for map.addImage, drawn at runtime: no sprite file, nothing to fetch. */
export interface MapImage {
  image: { width: number; height: number; data: Uint8Array };
  pixelRatio: number;
}

const PIXEL_RATIO = 2;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';

/** One canvas for every image, kept in memory (willReadFrequently): a GPU-backed canvas per
 * image made each getImageData a readback, about 2.5 ms an image in software rendering. */
let shared: [HTMLCanvasElement, CanvasRenderingContext2D] | null = null;

function canvas(cssWidth: number, cssHeight: number): [HTMLCanvasElement, CanvasRenderingContext2D] {
  if (!shared) {
    const c = document.createElement('canvas');
    const ctx = c.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('2D canvas unavailable');
    shared = [c, ctx];
  }
  const [c, ctx] = shared;
  // Setting the size clears the canvas and resets the context's state.
  c.width = Math.ceil(cssWidth * PIXEL_RATIO);
  c.height = Math.ceil(cssHeight * PIXEL_RATIO);
  ctx.scale(PIXEL_RATIO, PIXEL_RATIO);
  return [c, ctx];
}

function toImage(c: HTMLCanvasElement, ctx: CanvasRenderingContext2D): MapImage {
  // A copy: the shared canvas is drawn over by the next image.
  const data = ctx.getImageData(0, 0, c.width, c.height).data;
  return { image: { width: c.width, height: c.height, data: new Uint8Array(data.buffer) }, pixelRatio: PIXEL_RATIO };
}

const MARGIN = 3;

/** Solid: the place is known to a town or better. Hollow: only to a region, country or sea, so
 * the marker must not look like a pin on a street corner. */
export function drawMarker(type: EventType, hollow: boolean): MapImage {
  const size = SHAPE_BOX + MARGIN * 2;
  const [c, ctx] = canvas(size, size);
  ctx.translate(MARGIN, MARGIN);
  const path = new Path2D(SHAPE_PATHS[EVENT_STYLES[type].shape]);
  const color = EVENT_STYLES[type].color;
  ctx.lineJoin = 'round';
  if (hollow) {
    ctx.fillStyle = 'rgba(255,255,255,0.55)';
    ctx.fill(path);
    ctx.strokeStyle = 'rgba(255,255,255,0.95)';
    ctx.lineWidth = 5.5;
    ctx.stroke(path);
    ctx.strokeStyle = color;
    ctx.lineWidth = 3;
    ctx.stroke(path);
  } else {
    // Dark outer edge, white ring, colour fill: readable on land, sea and dark clusters alike.
    ctx.strokeStyle = 'rgba(20,20,20,0.65)';
    ctx.lineWidth = 4.5;
    ctx.stroke(path);
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = 2.5;
    ctx.stroke(path);
    ctx.fillStyle = color;
    ctx.fill(path);
  }
  return toImage(c, ctx);
}

function whiteText(ctx: CanvasRenderingContext2D, label: string, px: number, x: number, y: number): void {
  ctx.font = `700 ${px}px ${FONT}`;
  ctx.fillStyle = '#ffffff';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(label, x, y);
}

/** The number on a cluster, white on the cluster's dark circle. */
export function drawCount(label: string): MapImage {
  const [, m] = canvas(1, 1);
  m.font = `700 12px ${FONT}`;
  const w = Math.max(12, Math.ceil(m.measureText(label).width) + 4);
  const [c, ctx] = canvas(w, 16);
  whiteText(ctx, label, 12, w / 2, 8.5);
  return toImage(c, ctx);
}

/** The "N reports" badge on a marker supported by more than one report. */
export function drawBadge(label: string): MapImage {
  const w = label.length > 1 ? 19 : 15;
  const [c, ctx] = canvas(w, 15);
  ctx.fillStyle = '#111111';
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  ctx.roundRect(0.75, 0.75, w - 1.5, 13.5, 6.75);
  ctx.fill();
  ctx.stroke();
  whiteText(ctx, label, 9.5, w / 2, 8);
  return toImage(c, ctx);
}

/** Draws whichever image a layer asked for by name, or null for a name that is not ours. */
export function drawImageByName(name: string): MapImage | null {
  let m = /^marker-([a-z_]+?)(-hollow)?$/.exec(name);
  if (m && m[1] && Object.prototype.hasOwnProperty.call(EVENT_STYLES, m[1])) return drawMarker(m[1] as EventType, m[2] !== undefined);
  m = /^count-(.{1,8})$/.exec(name);
  if (m && m[1]) return drawCount(m[1]);
  m = /^badge-(\d|9\+)$/.exec(name);
  if (m && m[1]) return drawBadge(m[1]);
  return null;
}

/** A cluster's label, as supercluster writes point_count_abbreviated: 2-999, 1k, 1.1k … 9.9k, 10k, 11k … */
export function abbreviateCount(n: number): string {
  return n >= 1e4 ? `${Math.round(n / 1e3)}k` : n >= 1e3 ? `${Math.round(n / 100) / 10}k` : String(n);
}
