import { describe, expect, it } from 'vitest';
import { mergeAttribution } from './choose-style.ts';

describe('attribution', () => {
  it('always credits GeoNames and Natural Earth, once', () => {
    const a = mergeAttribution(['Noto Sans font'], ['Place data: GeoNames (CC BY 4.0)']);
    expect(a.filter((x) => /geonames/i.test(x))).toHaveLength(1);
    expect(a.some((x) => /natural earth/i.test(x))).toBe(true);
    expect(mergeAttribution(['© GeoNames', 'Natural Earth'], ['GeoNames again'])).toEqual(['© GeoNames', 'Natural Earth']);
  });

  it('escapes a data file attribution, which MapLibre renders as HTML', () => {
    const a = mergeAttribution(['GeoNames', 'Natural Earth'], ['<img src=x onerror=alert(1)>']);
    expect(a[2]).toBe('&#60;img src=x onerror=alert(1)&#62;');
  });
});
