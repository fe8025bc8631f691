import { describe, expect, it } from 'vitest';
import { loadFixture } from '../tests/fixtures/app/load-fixture.ts';
import { csvField, CSV_COLUMNS, guardFormula, toCsv, toGeoJson } from './download.ts';
import { applyEdits, makeEdit } from './project/review-state.ts';
import type { Edit } from './project/types.ts';
import { EMPTY_FILTERS } from './filters/filter-state.ts';
import { selectVisibleIncidents } from './filters/select-visible-incidents.ts';

const collection = loadFixture();

/** A small RFC 4180 reader, to check that what we write reads back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field), rows.push(row), (row = []), (field = ''), i++;
    } else field += ch;
  }
  return rows;
}

describe('CSV', () => {
  it('quotes commas, quotes and newlines per RFC 4180', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(-33.5)).toBe('-33.5');
  });

  it('defuses formulas in text cells only', () => {
    for (const s of ['=HYPERLINK("x")', '+1', '-1+2', '@SUM(A1)', '\tx']) expect(guardFormula(s)).toBe(`'${s}`);
    expect(guardFormula('Kharkiv')).toBe('Kharkiv');
    expect(csvField('=1,2')).toBe(`"'=1,2"`);
  });

  it('writes one row per incident with sources joined, and reads back', () => {
    const rows = parseCsv(toCsv(collection.features));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(collection.features.length + 1);
    const kharkiv = rows.find((r) => r[0] === 'inc-kharkiv-20240102')!;
    const col = (name: (typeof CSV_COLUMNS)[number]) => kharkiv[CSV_COLUMNS.indexOf(name)];
    expect(col('outlets')).toBe('Northern Wire | Levant Daily');
    expect(col('source_count')).toBe('2');
    expect(col('lon')).toBe('36.2304');
    const hostile = rows.find((r) => r[0] === 'inc-hostile-20240107')!;
    expect(hostile[CSV_COLUMNS.indexOf('title')]).toBe('<img src=x onerror=alert(1)>Raid near Kupiansk');
    expect(hostile[CSV_COLUMNS.indexOf('quotes')]!.length).toBeGreaterThan(5000);
  });
});

describe('GeoJSON download', () => {
  it('is the filtered input with the same metadata', () => {
    const visible = selectVisibleIncidents({ incidents: collection.features, filters: { ...EMPTY_FILTERS, text: 'kharkiv' } });
    const out = JSON.parse(JSON.stringify(toGeoJson(visible, collection.metadata)));
    expect(out.type).toBe('FeatureCollection');
    expect(out.metadata).toEqual(collection.metadata);
    // The pipeline's features, plus the review fields.
    const withoutReview = out.features.map((f: { properties: Record<string, unknown> }) => {
      const { review_status, review, ...properties } = f.properties;
      expect(review_status).toBe('unreviewed');
      expect(review).toMatchObject({ status: 'unreviewed', edits: [] });
      return { ...f, properties };
    });
    expect(withoutReview).toEqual(collection.features.filter((f) => visible.includes(f)));
    expect(out.features.map((f: { id: string }) => f.id).sort()).toEqual(['inc-hostile-20240107', 'inc-kharkiv-20240102']);
  });

  it('carries the reviewed place, the status and the provenance, and stays plain RFC 7946', () => {
    const edits = reviewedKharkiv();
    const shown = applyEdits(collection.features, edits);
    const out = JSON.parse(JSON.stringify(toGeoJson(shown, collection.metadata)));
    const k = out.features.find((f: { id: string }) => f.id === 'inc-kharkiv-20240102');
    expect(k.geometry).toEqual({ type: 'Point', coordinates: [36.5, 49.5] });
    expect(k.properties.place_name).toBe('Kharkivska Oblast');
    expect(k.properties.review_status).toBe('confirmed');
    expect(k.properties.review.edits).toEqual([
      { at: '2024-03-01T14:02:00.000Z', kind: 'place', from: expect.objectContaining({ name: 'Kharkiv', via: 'machine' }), to: expect.objectContaining({ name: 'Kharkivska Oblast', via: 'candidate' }) },
      { at: '2024-03-01T14:03:00.000Z', kind: 'status', from: 'unreviewed', to: 'confirmed' },
    ]);
    expect(k.properties.review.machine).toMatchObject({ place_name: 'Kharkiv', lon: 36.2304, lat: 49.9935, geo_precision: 'city', event_type: 'missile_strike' });
    // RFC 7946: no crs member, Point coordinates as [lon, lat] numbers, ids strings, feature ids as ids.
    expect(out.crs).toBeUndefined();
    for (const f of out.features) {
      expect(f.type).toBe('Feature');
      expect(f.geometry.type).toBe('Point');
      expect(f.geometry.coordinates.every((c: unknown) => typeof c === 'number' && Number.isFinite(c))).toBe(true);
      expect(typeof f.id).toBe('string');
      // The app's internal review object (with anchors) does not leak out.
      expect(JSON.stringify(f.properties.review)).not.toContain('anchor');
    }
  });
});

/** Kharkiv moved to its oblast and confirmed. */
function reviewedKharkiv(): Edit[] {
  const at = (m: number) => new Date(Date.UTC(2024, 2, 1, 14, m));
  const find = (edits: Edit[]) => applyEdits(collection.features, edits).find((f) => f.id === 'inc-kharkiv-20240102')!;
  const c = collection.features.find((f) => f.id === 'inc-kharkiv-20240102')!.properties.explanation.candidates[1]!;
  const e1 = makeEdit(find([]), { kind: 'place', to: { ...c, via: 'candidate' } }, at(2))!;
  const e2 = makeEdit(find([e1]), { kind: 'status', to: 'confirmed' }, at(3))!;
  return [e1, e2];
}

describe('CSV with review', () => {
  it('adds review_status, edited_fields and last_edited_at', () => {
    const rows = parseCsv(toCsv(applyEdits(collection.features, reviewedKharkiv())));
    const col = (row: string[], name: (typeof CSV_COLUMNS)[number]) => row[CSV_COLUMNS.indexOf(name)];
    const k = rows.find((r) => r[0] === 'inc-kharkiv-20240102')!;
    expect(col(k, 'review_status')).toBe('confirmed');
    expect(col(k, 'edited_fields')).toBe('place');
    expect(col(k, 'last_edited_at')).toBe('2024-03-01T14:03:00.000Z');
    expect(col(k, 'place_name')).toBe('Kharkivska Oblast');
    const other = rows.find((r) => r[0] === 'inc-red-sea-20240109')!;
    expect([col(other, 'review_status'), col(other, 'edited_fields'), col(other, 'last_edited_at')]).toEqual(['unreviewed', '', '']);
  });
});
