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

/** The badge's centre, from the marker's centre (CSS pixels; scaled with the marker). */
const BADGE_OFFSET = 11;

/** Solid: the place is known to a town or better. Hollow: only to a region, country or sea, so
 * the marker must not look like a pin on a street corner. With `badge` (a report count), the
 * "N reports" badge is drawn at the marker's upper right, in the same image: one symbol per
 * incident for the map's worker to lay out in every tile, not two. */
export function drawMarker(type: EventType, hollow: boolean, badge?: string): MapImage {
  // The image stays centred on the marker (the layer anchors it at the centre), so with a badge
  // it grows on every side.
  const half = badge ? BADGE_OFFSET + badgeWidth(badge) / 2 + 1 : SHAPE_BOX / 2 + MARGIN;
  const [c, ctx] = canvas(half * 2, half * 2);
  ctx.save();
  ctx.translate(half - SHAPE_BOX / 2, half - SHAPE_BOX / 2);
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
  ctx.restore();
  if (badge) {
    const w = badgeWidth(badge);
    ctx.translate(half + BADGE_OFFSET - w / 2, half - BADGE_OFFSET - 7.5);
    drawBadgeAt(ctx, badge, w);
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

/** A cluster disc's radius (CSS pixels) by how many incidents it holds. */
function clusterRadius(count: number): number {
  return count < 10 ? 14 : count < 100 ? 17 : count < 1000 ? 21 : count < 10000 ? 25 : 30;
}

/** The image name for a cluster of `count`: its disc's radius and its label, all that
 * drawImageByName needs to draw it. */
export function clusterImageName(count: number): string {
  return `cluster-${clusterRadius(count)}-${abbreviateCount(count)}`;
}

/** A cluster: its dark disc, of radius `r`, with the (abbreviated) count on it. */
export function drawCluster(r: number, label: string): MapImage {
  const size = (r + 2) * 2;
  const [c, ctx] = canvas(size, size);
  ctx.beginPath();
  ctx.arc(size / 2, size / 2, r, 0, Math.PI * 2);
  ctx.fillStyle = 'rgba(36,52,71,0.86)';
  ctx.fill();
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = 2;
  ctx.stroke();
  whiteText(ctx, label, 12, size / 2, size / 2 + 0.5);
  return toImage(c, ctx);
}

function badgeWidth(label: string): number {
  return label.length > 1 ? 19 : 15;
}

/** The "N reports" badge, its top left at the context's origin. */
function drawBadgeAt(ctx: CanvasRenderingContext2D, label: string, w: number): void {
  ctx.fillStyle = '#111111';
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  ctx.roundRect(0.75, 0.75, w - 1.5, 13.5, 6.75);
  ctx.fill();
  ctx.stroke();
  whiteText(ctx, label, 9.5, w / 2, 8);
}

/** The image name for an incident's marker: its type, hollow when imprecise, and a badge when
 * more than one report supports it. The layers build the same name (incident-layers.ts). */
export function markerImageName(type: string, hollow: boolean, reports: number): string {
  const badge = reports > 9 ? '-b9+' : reports > 1 ? `-b${reports}` : '';
  return `marker-${type}${hollow ? '-hollow' : ''}${badge}`;
}

/** Draws whichever image a layer asked for by name, or null for a name that is not ours. */
export function drawImageByName(name: string): MapImage | null {
  let m = /^marker-([a-z_]+?)(-hollow)?(?:-b(\d|9\+))?$/.exec(name);
  if (m && m[1] && Object.prototype.hasOwnProperty.call(EVENT_STYLES, m[1])) return drawMarker(m[1] as EventType, m[2] !== undefined, m[3]);
  m = /^cluster-(14|17|21|25|30)-(\d{1,3}|\d(?:\.\d)?k|\d{2,3}k)$/.exec(name);
  if (m && m[1] && m[2]) return drawCluster(Number(m[1]), m[2]);
  return null;
}

/** A cluster's label, as supercluster writes point_count_abbreviated: 2-999, 1k, 1.1k … 9.9k, 10k, 11k … */
export function abbreviateCount(n: number): string {
  return n >= 1e4 ? `${Math.round(n / 1e3)}k` : n >= 1e3 ? `${Math.round(n / 100) / 10}k` : String(n);
}
