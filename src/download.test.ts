import { describe, expect, it } from 'vitest';
import { loadFixture } from '../tests/fixtures/app/load-fixture.ts';
import { csvField, CSV_COLUMNS, guardFormula, toCsv, toGeoJson } from './download.ts';
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
    expect(out.features).toEqual(collection.features.filter((f) => visible.includes(f)));
    expect(out.features.map((f: { id: string }) => f.id).sort()).toEqual(['inc-hostile-20240107', 'inc-kharkiv-20240102']);
  });
});
