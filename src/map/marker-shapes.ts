import type { MarkerShape } from '../event-styles.ts';

/** Marker outlines as SVG path data in a 24×24 box: the legend draws them as SVG and the map
 * draws the same paths to canvas (Path2D), so the two can never disagree. */
export const SHAPE_BOX = 24;

function polygon(sides: number, radius: number, rotation = -Math.PI / 2, inner?: number): string {
  const pts: string[] = [];
  const n = inner === undefined ? sides : sides * 2;
  for (let k = 0; k < n; k++) {
    const r = inner !== undefined && k % 2 === 1 ? inner : radius;
    const a = rotation + (k * 2 * Math.PI) / n;
    pts.push(`${(12 + r * Math.cos(a)).toFixed(2)} ${(12 + r * Math.sin(a)).toFixed(2)}`);
  }
  return `M ${pts.join(' L ')} Z`;
}

export const SHAPE_PATHS: Record<MarkerShape, string> = {
  circle: 'M 3.5 12 A 8.5 8.5 0 1 0 20.5 12 A 8.5 8.5 0 1 0 3.5 12 Z',
  square: 'M 4.5 4.5 H 19.5 V 19.5 H 4.5 Z',
  triangle: 'M 12 2.5 L 21.5 19.5 H 2.5 Z',
  'triangle-down': 'M 2.5 4.5 H 21.5 L 12 21.5 Z',
  diamond: 'M 12 1.5 L 22.5 12 L 12 22.5 L 1.5 12 Z',
  star: polygon(5, 11, -Math.PI / 2, 4.8),
  hexagon: polygon(6, 9.8, 0),
  pentagon: polygon(5, 10),
  cross: 'M 8.5 2.5 H 15.5 V 8.5 H 21.5 V 15.5 H 15.5 V 21.5 H 8.5 V 15.5 H 2.5 V 8.5 H 8.5 Z',
};
