// Renders MapLibre SDF glyph PBFs ({fontstack}/{start}-{end}.pbf) from the
// Noto Sans WOFF files of @fontsource/noto-sans, in pure JS: opentype.js gives
// outlines, a scanline rasteriser gives an anti-aliased mask, and the
// @mapbox/tiny-sdf distance transform turns it into the SDF MapLibre samples.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// opentype.js ships no type declarations; this is the slice of its API used here.
interface PathCommand {
  type: 'M' | 'L' | 'Q' | 'C' | 'Z';
  x?: number;
  y?: number;
  x1?: number;
  y1?: number;
  x2?: number;
  y2?: number;
}
interface OtGlyph {
  advanceWidth?: number;
  getBoundingBox(): { x1: number; y1: number; x2: number; y2: number };
  getPath(x: number, y: number, fontSize: number): { commands: PathCommand[] };
}
interface OtFont {
  unitsPerEm: number;
  glyphs: { get(index: number): OtGlyph };
  tables: { cmap: { glyphIndexMap: Record<string, number> } };
}
const opentype = createRequire(import.meta.url)('opentype.js') as { parse(data: ArrayBuffer): OtFont };

/** MapLibre lays glyph PBFs out at 24 px ("ONE_EM") with a 3 px SDF border. */
const FONT_SIZE = 24;
const BUFFER = 3;
const RADIUS = 8;
const CUTOFF = 0.25;
/** fontnik reports `top` relative to a line whose top sits 24 px above the baseline; MapLibre's shaping expects that. */
const TOP_OFFSET = 24;

const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'greek-ext', 'vietnamese'];
// Bold only labels countries and capitals, whose names need no more than these scripts.
const WEIGHTS = [
  { fontstack: 'Noto Sans Regular', weight: 400, subsets: SUBSETS },
  { fontstack: 'Noto Sans Bold', weight: 700, subsets: ['latin', 'latin-ext', 'cyrillic'] },
];

// Blocks the font subsets carry but no place name uses (phonetic extensions,
// polytonic Greek, Old Church Slavonic, medievalist Latin): about a fifth of
// the glyph bytes. Their range files are still written, just empty.
const SKIPPED_BLOCKS: [number, number][] = [
  [0x1d00, 0x1dff],
  [0x1f00, 0x1fff],
  [0xa640, 0xa69f],
  [0xa720, 0xa7ff],
];
const skipped = (cp: number): boolean => SKIPPED_BLOCKS.some(([from, to]) => cp >= from && cp <= to);

export const FONTSTACKS = WEIGHTS.map((w) => w.fontstack);
export const FONT_FILES = WEIGHTS.flatMap((w) => w.subsets.map((s) => `noto-sans-${s}-${w.weight}-normal.woff`));

// ---------------------------------------------------------------- rasterising

interface Edge {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Flattens an outline to straight edges; 8 steps per curve is sub-pixel at 24 px. */
function flatten(commands: PathCommand[]): Edge[] {
  const edges: Edge[] = [];
  let cx = 0;
  let cy = 0;
  let sx = 0;
  let sy = 0;
  const line = (x: number, y: number): void => {
    if (y !== cy) edges.push({ x0: cx, y0: cy, x1: x, y1: y });
    cx = x;
    cy = y;
  };
  const STEPS = 8;
  for (const c of commands) {
    const x = c.x ?? 0;
    const y = c.y ?? 0;
    if (c.type === 'M') {
      if (cx !== sx || cy !== sy) line(sx, sy);
      cx = sx = x;
      cy = sy = y;
    } else if (c.type === 'L') {
      line(x, y);
    } else if (c.type === 'Q') {
      const x0 = cx;
      const y0 = cy;
      const x1 = c.x1 ?? 0;
      const y1 = c.y1 ?? 0;
      for (let i = 1; i <= STEPS; i++) {
        const t = i / STEPS;
        const u = 1 - t;
        line(u * u * x0 + 2 * u * t * x1 + t * t * x, u * u * y0 + 2 * u * t * y1 + t * t * y);
      }
    } else if (c.type === 'C') {
      const x0 = cx;
      const y0 = cy;
      const x1 = c.x1 ?? 0;
      const y1 = c.y1 ?? 0;
      const x2 = c.x2 ?? 0;
      const y2 = c.y2 ?? 0;
      for (let i = 1; i <= STEPS; i++) {
        const t = i / STEPS;
        const u = 1 - t;
        line(
          u * u * u * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x,
          u * u * u * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y,
        );
      }
    } else if (c.type === 'Z') {
      line(sx, sy);
    }
  }
  if (cx !== sx || cy !== sy) line(sx, sy);
  return edges;
}

/**
 * Coverage (0..1) per pixel with the non-zero rule: 16 sub-scanlines per row
 * and exact horizontal span coverage, plenty for a mask that only feeds an SDF.
 */
function rasterise(edges: Edge[], width: number, height: number): Float32Array {
  const coverage = new Float32Array(width * height);
  const SUB = 16;
  const weight = 1 / SUB;
  const crossings: { x: number; dir: number }[] = [];
  for (let row = 0; row < height; row++) {
    for (let s = 0; s < SUB; s++) {
      const y = row + (s + 0.5) / SUB;
      crossings.length = 0;
      for (const e of edges) {
        if ((e.y0 <= y && y < e.y1) || (e.y1 <= y && y < e.y0)) {
          crossings.push({ x: e.x0 + ((y - e.y0) * (e.x1 - e.x0)) / (e.y1 - e.y0), dir: e.y1 > e.y0 ? 1 : -1 });
        }
      }
      crossings.sort((a, b) => a.x - b.x);
      let winding = 0;
      for (let i = 0; i < crossings.length - 1; i++) {
        const c = crossings[i] as { x: number; dir: number };
        winding += c.dir;
        if (winding !== 0) addSpan(coverage, row * width, width, c.x, (crossings[i + 1] as { x: number }).x, weight);
      }
    }
  }
  return coverage;
}

function addSpan(coverage: Float32Array, offset: number, width: number, from: number, to: number, weight: number): void {
  const a = Math.max(0, Math.min(width, from));
  const b = Math.max(0, Math.min(width, to));
  if (b <= a) return;
  const ia = Math.floor(a);
  const ib = Math.floor(b);
  if (ia === ib) {
    coverage[offset + ia] = (coverage[offset + ia] ?? 0) + (b - a) * weight;
    return;
  }
  coverage[offset + ia] = (coverage[offset + ia] ?? 0) + (ia + 1 - a) * weight;
  for (let i = ia + 1; i < ib; i++) coverage[offset + i] = (coverage[offset + i] ?? 0) + weight;
  if (ib < width) coverage[offset + ib] = (coverage[offset + ib] ?? 0) + (b - ib) * weight;
}

// ------------------------------------------------ distance transform (tiny-sdf)

const INF = 1e20;

/** Felzenszwalb-Huttenlocher 1D squared distance transform, as in @mapbox/tiny-sdf. */
function edt1d(grid: Float64Array, offset: number, stride: number, length: number, f: Float64Array, v: Uint16Array, z: Float64Array): void {
  v[0] = 0;
  z[0] = -INF;
  z[1] = INF;
  f[0] = grid[offset] as number;
  for (let q = 1, k = 0, s = 0; q < length; q++) {
    f[q] = grid[offset + q * stride] as number;
    const q2 = q * q;
    do {
      const r = v[k] as number;
      s = ((f[q] as number) - (f[r] as number) + q2 - r * r) / (q - r) / 2;
    } while (s <= (z[k] as number) && --k > -1);
    k++;
    v[k] = q;
    z[k] = s;
    z[k + 1] = INF;
  }
  for (let q = 0, k = 0; q < length; q++) {
    while ((z[k + 1] as number) < q) k++;
    const r = v[k] as number;
    const qr = q - r;
    grid[offset + q * stride] = (f[r] as number) + qr * qr;
  }
}

function edt(grid: Float64Array, x0: number, y0: number, width: number, height: number, gridSize: number): void {
  const n = Math.max(width, height) + 1;
  const f = new Float64Array(n);
  const v = new Uint16Array(n);
  const z = new Float64Array(n + 1);
  for (let x = x0; x < x0 + width; x++) edt1d(grid, y0 * gridSize + x, gridSize, height, f, v, z);
  for (let y = y0; y < y0 + height; y++) edt1d(grid, y * gridSize + x0, 1, width, f, v, z);
}

/** Alpha mask of the glyph box (without border) -> SDF bytes of the bordered bitmap. */
function sdf(alpha: Float32Array, glyphWidth: number, glyphHeight: number): Uint8Array {
  const width = glyphWidth + 2 * BUFFER;
  const height = glyphHeight + 2 * BUFFER;
  const len = width * height;
  const outer = new Float64Array(len).fill(INF);
  const inner = new Float64Array(len);
  for (let y = 0; y < glyphHeight; y++) {
    for (let x = 0; x < glyphWidth; x++) {
      const a = Math.min(1, alpha[y * glyphWidth + x] as number);
      if (a <= 0) continue;
      const j = (y + BUFFER) * width + x + BUFFER;
      if (a >= 1) {
        outer[j] = 0;
        inner[j] = INF;
      } else {
        const d = 0.5 - a;
        outer[j] = d > 0 ? d * d : 0;
        inner[j] = d < 0 ? d * d : 0;
      }
    }
  }
  edt(outer, 0, 0, width, height, width);
  edt(inner, BUFFER, BUFFER, glyphWidth, glyphHeight, width);
  const data = new Uint8Array(len);
  for (let i = 0; i < len; i++) {
    const d = Math.sqrt(outer[i] as number) - Math.sqrt(inner[i] as number);
    data[i] = Math.max(0, Math.min(255, Math.round(255 - 255 * (d / RADIUS + CUTOFF))));
  }
  return data;
}

export interface SdfGlyph {
  id: number;
  bitmap: Uint8Array;
  width: number;
  height: number;
  left: number;
  top: number;
  advance: number;
}

export function renderGlyph(font: OtFont, glyphIndex: number, id: number): SdfGlyph {
  const glyph = font.glyphs.get(glyphIndex);
  const scale = FONT_SIZE / font.unitsPerEm;
  const advance = Math.round((glyph.advanceWidth ?? 0) * scale);
  const box = glyph.getBoundingBox();
  const left = Math.floor(box.x1 * scale);
  const right = Math.ceil(box.x2 * scale);
  const bottom = Math.floor(box.y1 * scale);
  const top = Math.ceil(box.y2 * scale);
  const width = right - left;
  const height = top - bottom;
  if (width <= 0 || height <= 0) {
    return { id, bitmap: new Uint8Array(0), width: 0, height: 0, left: 0, top: -TOP_OFFSET, advance };
  }
  // Origin chosen so the glyph box lands exactly inside the mask (y grows downwards).
  const path = glyph.getPath(-left, top, FONT_SIZE);
  const alpha = rasterise(flatten(path.commands), width, height);
  return { id, bitmap: sdf(alpha, width, height), width, height, left, top: top - TOP_OFFSET, advance };
}

// ------------------------------------------------------------- protobuf output

/** Minimal protobuf writer: varints, zigzag and length-delimited fields are all the glyph schema needs. */
class ProtoWriter {
  private bytes: number[] = [];

  varint(value: number): this {
    let v = value;
    while (v > 0x7f) {
      this.bytes.push((v & 0x7f) | 0x80);
      v = Math.floor(v / 128);
    }
    this.bytes.push(v);
    return this;
  }

  uint(field: number, value: number): this {
    return this.varint(field << 3).varint(value);
  }

  sint(field: number, value: number): this {
    return this.uint(field, value >= 0 ? value * 2 : -value * 2 - 1);
  }

  bytesField(field: number, data: Uint8Array): this {
    this.varint((field << 3) | 2).varint(data.length);
    for (const b of data) this.bytes.push(b);
    return this;
  }

  string(field: number, value: string): this {
    return this.bytesField(field, new TextEncoder().encode(value));
  }

  finish(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

export function encodeGlyphRange(fontstack: string, start: number, glyphs: SdfGlyph[]): Uint8Array {
  const stack = new ProtoWriter().string(1, fontstack).string(2, `${start}-${start + 255}`);
  for (const g of glyphs) {
    const w = new ProtoWriter().uint(1, g.id);
    if (g.bitmap.length > 0) w.bytesField(2, g.bitmap);
    w.uint(3, g.width).uint(4, g.height).sint(5, g.left).sint(6, g.top).uint(7, g.advance);
    stack.bytesField(3, w.finish());
  }
  return new ProtoWriter().bytesField(1, stack.finish()).finish();
}

function loadFont(path: string): OtFont {
  const buf = readFileSync(path);
  return opentype.parse(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer);
}

/**
 * Yields [relative path, bytes] for every 256-code-point range of the BMP per
 * fontstack. Ranges the font lacks are written empty on purpose: MapLibre asks
 * for the range of every character in a label (incident text can be any
 * script) and a 404 would cost the whole tile its labels.
 */
export function* buildGlyphs(fontPath: (file: string) => string): Generator<[string, Uint8Array]> {
  for (const { fontstack, weight, subsets } of WEIGHTS) {
    const byCodePoint = new Map<number, { font: OtFont; index: number }>();
    for (const subset of subsets) {
      const font = loadFont(fontPath(`noto-sans-${subset}-${weight}-normal.woff`));
      for (const [cp, index] of Object.entries(font.tables.cmap.glyphIndexMap)) {
        const codePoint = Number(cp);
        if (index > 0 && codePoint < 0x10000 && !skipped(codePoint) && !byCodePoint.has(codePoint)) {
          byCodePoint.set(codePoint, { font, index });
        }
      }
    }
    for (let start = 0; start < 0x10000; start += 256) {
      const glyphs: SdfGlyph[] = [];
      for (let cp = start; cp < start + 256; cp++) {
        const entry = byCodePoint.get(cp);
        if (entry) glyphs.push(renderGlyph(entry.font, entry.index, cp));
      }
      yield [`fonts/${fontstack}/${start}-${start + 255}.pbf`, encodeGlyphRange(fontstack, start, glyphs)];
    }
  }
}
