import { describe, expect, it } from 'vitest';
import { loadFixture } from '../tests/fixtures/app/load-fixture.ts';
import { parseIncidentText, validateIncidentCollection } from './import-file.ts';

const collection = loadFixture();

function errorsOf(value: unknown): string {
  const r = validateIncidentCollection(value);
  expect(r.ok).toBe(false);
  return r.ok ? '' : r.errors.join('\n');
}

describe('import validation', () => {
  it('accepts the pipeline format unchanged', () => {
    const r = validateIncidentCollection(JSON.parse(JSON.stringify(collection)));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.collection).toEqual(collection);
      expect(r.warnings).toEqual([]);
    }
  });

  it('says what is wrong with a file that is not an incidents file', () => {
    expect(parseIncidentText('not json').ok).toBe(false);
    expect(parseIncidentText('{').ok ? '' : (parseIncidentText('{') as { errors: string[] }).errors[0]).toMatch(/not valid JSON/);
    expect(errorsOf([1, 2])).toMatch(/FeatureCollection, found an array/);
    expect(errorsOf({ type: 'Feature' })).toMatch(/single Feature/);
    expect(errorsOf({ type: 'FeatureCollection' })).toMatch(/no "features" array/);
  });

  it('rejects non-point geometry and non-numeric coordinates', () => {
    const base = collection.features[0]!;
    const line = { ...base, geometry: { type: 'LineString', coordinates: [[0, 0], [1, 1]] } };
    expect(errorsOf({ type: 'FeatureCollection', features: [line] })).toMatch(/LineString geometry; incidents are Points/);
    const str = { ...base, geometry: { type: 'Point', coordinates: ['36', '49'] } };
    expect(errorsOf({ type: 'FeatureCollection', features: [str] })).toMatch(/two numbers/);
  });

  it('spots swapped latitude and longitude', () => {
    const base = collection.features[0]!;
    const swapped = { ...base, geometry: { type: 'Point', coordinates: [49.99, 136.23] } };
    expect(errorsOf({ type: 'FeatureCollection', features: [swapped] })).toMatch(/look swapped.*\[longitude, latitude\]/);
    const outside = { ...base, geometry: { type: 'Point', coordinates: [200, 100] } };
    expect(errorsOf({ type: 'FeatureCollection', features: [outside] })).toMatch(/outside the world/);
  });

  it('names missing properties and caps the list', () => {
    const base = collection.features[0]!;
    const bad = { ...base, properties: { ...base.properties, event_type: 'parade', sources: undefined } };
    const msg = errorsOf({ type: 'FeatureCollection', features: Array(9).fill(bad) });
    expect(msg).toMatch(/missing or invalid event_type, sources/);
    expect(msg).toMatch(/9 of 9 features/);
    expect(msg).toMatch(/and 4 more/);
  });

  it('refuses duplicate ids and warns about missing metadata', () => {
    const f = collection.features[0]!;
    expect(errorsOf({ type: 'FeatureCollection', features: [f, f] })).toMatch(/appears more than once/);
    const r = validateIncidentCollection({ type: 'FeatureCollection', features: [] });
    expect(r.ok && r.warnings.join(' ')).toMatch(/no incidents.*no metadata/);
  });
});
