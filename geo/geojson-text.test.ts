import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiJson, featureCollectionText } from './geojson-text.ts';

const feature = (id: string, quote: string) => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates: [36.23, 49.99] },
  properties: { id, place_name: 'Харків', quote },
});

describe('asciiJson', () => {
  it('writes only ASCII, and parses back to the same characters', () => {
    const value = { q: '«Удар по Харкову» — said “the governor”, café, 😀, \u2028 line' };
    const text = asciiJson(value);
    expect(/^[\x00-\x7e]*$/.test(text)).toBe(true);
    expect(text).toContain('\\u0425\\u0430\\u0440');
    expect(JSON.parse(text)).toEqual(value);
  });

  it('round-trips any string, lone surrogates and control characters included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const text = asciiJson({ s });
        expect(/^[\x00-\x7e]*$/.test(text)).toBe(true);
        expect(JSON.parse(text)).toEqual({ s });
      }),
    );
  });
});

describe('featureCollectionText', () => {
  it('puts one feature on each line and parses to the collection', () => {
    const collection = {
      type: 'FeatureCollection' as const,
      metadata: { generator: 'test', attribution: ['GeoNames'] },
      features: [feature('a', 'Шахеди над містом'), feature('b', 'Line one\nline two')],
    };
    const text = featureCollectionText(collection);
    expect(JSON.parse(text)).toEqual(collection);
    const lines = text.trimEnd().split('\n');
    // The head, one line per feature, the closing bracket.
    expect(lines).toHaveLength(4);
    expect(JSON.parse(lines[1]!.replace(/,$/, ''))).toEqual(collection.features[0]);
    expect(JSON.parse(lines[2]!)).toEqual(collection.features[1]);
  });

  it('writes an empty collection', () => {
    const empty = { type: 'FeatureCollection' as const, features: [] };
    expect(JSON.parse(featureCollectionText(empty))).toEqual(empty);
  });
});
