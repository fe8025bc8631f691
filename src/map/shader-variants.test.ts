// MapLibre compiles one shader program per layer type and per way its paint properties are
// bound (a constant, a per-feature attribute, or per feature and zoom). In software WebGL each
// program costs 40-50 ms of the first frame, so the layers of one kind bind alike; this test
// keeps a future style edit from quietly adding variants back.
import { createPropertyExpression, latest, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { basemapStyle } from './basemap-style.ts';
import { INCIDENT_LAYERS } from './incident-layers.ts';

type Paint = Record<string, unknown>;

/** How each data-driven paint property (with `prefix`) of a layer is bound. */
function bindings(layer: LayerSpecification, prefix: string): string {
  const specs = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[`paint_${layer.type}`]!;
  const paint = ((layer as { paint?: Paint }).paint ?? {}) as Paint;
  const out: string[] = [];
  for (const [name, spec] of Object.entries(specs).sort()) {
    if (!name.startsWith(prefix) || (spec as { 'property-type'?: string })['property-type'] !== 'data-driven') continue;
    const value = paint[name] ?? (spec as { default?: unknown }).default;
    const parsed = createPropertyExpression(value, name, spec);
    if (parsed.result !== 'success') throw new Error(`${layer.id} ${name}: ${JSON.stringify(parsed.value)}`);
    const kind = parsed.value.kind;
    out.push(`${kind === 'source' ? 'a' : kind === 'composite' ? 'z' : 'u'}_${name}`);
  }
  return out.join(' ');
}

const layers: LayerSpecification[] = [...basemapStyle('/').layers, ...(INCIDENT_LAYERS as readonly LayerSpecification[])];
const symbolLayers = layers.filter((l) => l.type === 'symbol');
const variants = (ls: LayerSpecification[], prefix: string) => new Set(ls.map((l) => bindings(l, prefix)));

describe('shader program variants', () => {
  it('binds every circle layer alike', () => {
    const circles = layers.filter((l) => l.type === 'circle');
    expect(circles.length).toBeGreaterThanOrEqual(2);
    expect(variants(circles, 'circle-')).toHaveProperty('size', 1);
  });

  it('binds every icon layer alike, and every text layer alike', () => {
    const icons = symbolLayers.filter((l) => (l as { layout?: Paint }).layout?.['icon-image'] !== undefined);
    const texts = symbolLayers.filter((l) => (l as { layout?: Paint }).layout?.['text-field'] !== undefined);
    expect(icons.length).toBeGreaterThanOrEqual(2);
    expect(texts.length).toBeGreaterThanOrEqual(3);
    expect(variants(icons, 'icon-')).toHaveProperty('size', 1);
    expect(variants(texts, 'text-')).toHaveProperty('size', 1);
  });

  it('tells a constant from a per-feature binding', () => {
    // The check itself: a plain colour and a colour read from the feature differ.
    const a = { id: 'a', type: 'circle', source: 's', paint: { 'circle-color': '#fff' } } as LayerSpecification;
    const b = { id: 'b', type: 'circle', source: 's', paint: { 'circle-color': ['get', 'c'] } } as LayerSpecification;
    expect(bindings(a, 'circle-')).not.toBe(bindings(b, 'circle-'));
  });
});
