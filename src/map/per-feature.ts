import type { ExpressionSpecification } from 'maplibre-gl';

/**
 * A paint value bound per feature although it is the same for every feature. MapLibre compiles
 * one shader program per layer type and per way its paint properties are bound (constant, per
 * feature, per feature and zoom), and in software WebGL each program costs 40-50 ms of the first
 * frame; layers of one kind that bind alike share one. `shader-variants.test.ts` checks it.
 */
export function perFeature(value: string | number): ExpressionSpecification {
  return ['case', ['==', ['geometry-type'], 'Point'], value, value];
}
