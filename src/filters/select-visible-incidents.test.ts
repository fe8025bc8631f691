import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../tests/fixtures/app/load-fixture.ts';
import { dateDomain, facetCounts } from './facet-counts.ts';
import { EMPTY_FILTERS, isFilterActive, type FilterState } from './filter-state.ts';
import { selectVisibleIncidents } from './select-visible-incidents.ts';
import { normalizeText } from './text-search.ts';
import { periodEnd } from './date-range.ts';

const collection = loadFixture();
const incidents = collection.features;

function visibleIds(patch: Partial<FilterState>): string[] {
  return selectVisibleIncidents({ incidents, filters: { ...EMPTY_FILTERS, ...patch } }).map((f) => f.id);
}

describe('selectVisibleIncidents', () => {
  it('shows everything, undated included, with no filter', () => {
    expect(visibleIds({})).toHaveLength(incidents.length);
    expect(visibleIds({})).toContain('inc-avdiivka-undated');
    expect(isFilterActive(EMPTY_FILTERS)).toBe(false);
  });

  it('filters by event type', () => {
    expect(visibleIds({ eventTypes: ['missile_strike', 'ship_attack'] }).sort()).toEqual([
      'inc-kharkiv-20240102',
      'inc-red-sea-20240109',
    ]);
  });

  it('hides undated incidents once a date range is set', () => {
    const ids = visibleIds({ dateFrom: '2024-01-01' });
    expect(ids).not.toContain('inc-avdiivka-undated');
    expect(ids).not.toContain('inc-syria-20231228');
    expect(ids).toContain('inc-kharkiv-20240102');
  });

  it('matches week and month precision dates by overlap', () => {
    // The Odesa week starts 2024-01-01 and so runs to the 7th; Khan Yunis is "January 2024".
    expect(visibleIds({ dateFrom: '2024-01-07', dateTo: '2024-01-07' }).sort()).toEqual([
      'inc-hostile-20240107',
      'inc-khan-yunis-202401',
      'inc-odesa-region-20240105',
    ]);
    expect(visibleIds({ dateFrom: '2024-01-20', dateTo: '2024-01-25' })).toEqual(['inc-khan-yunis-202401']);
    expect(periodEnd('2024-02-01', 'month')).toBe('2024-02-29');
  });

  it('filters by outlet in any source, country, precision and claimant', () => {
    expect(visibleIds({ outlet: 'Levant Daily' }).sort()).toEqual([
      'inc-khan-yunis-202401',
      'inc-kharkiv-20240102',
      'inc-syria-20231228',
    ]);
    expect(visibleIds({ country: '' })).toEqual(['inc-red-sea-20240109']);
    expect(visibleIds({ country: 'RU' })).toEqual(['inc-belgorod-20240106']);
    expect(visibleIds({ precisions: ['region', 'country'] }).sort()).toEqual([
      'inc-odesa-region-20240105',
      'inc-syria-20231228',
    ]);
    expect(visibleIds({ claimedBy: 'Ukrainian prosecutors' })).toEqual(['inc-kharkiv-20240102']);
    // '' means "the report says it itself".
    expect(visibleIds({ claimedBy: '' }).sort()).toEqual(['inc-avdiivka-undated', 'inc-hostile-20240107']);
    // A value from an old link that no incident has shows nothing, rather than everything.
    expect(visibleIds({ outlet: 'No Such Outlet' })).toEqual([]);
    expect(visibleIds({ country: 'ZZ' })).toEqual([]);
    expect(visibleIds({ claimedBy: 'nobody at all' })).toEqual([]);
  });

  it('takes an open-ended date range', () => {
    expect(visibleIds({ dateTo: '2023-12-31' })).toEqual(['inc-syria-20231228']);
    expect(visibleIds({ dateFrom: '2024-01-09' }).sort()).toEqual(['inc-khan-yunis-202401', 'inc-red-sea-20240109']);
  });

  it('searches places, titles and quotes without regard to case or diacritics', () => {
    expect(visibleIds({ text: 'khan yunis' })).toEqual(['inc-khan-yunis-202401']);
    expect(visibleIds({ text: 'KHĀN' })).toEqual(['inc-khan-yunis-202401']);
    expect(visibleIds({ text: 'fuel depot' })).toEqual(['inc-belgorod-20240106']);
    expect(visibleIds({ text: 'oblast kharkivska' }).sort()).toEqual(['inc-hostile-20240107', 'inc-kharkiv-20240102']);
    expect(visibleIds({ text: 'north korean' })).toEqual(['inc-kharkiv-20240102']);
    expect(visibleIds({ text: 'no such place' })).toEqual([]);
    expect(visibleIds({ text: '   ' })).toHaveLength(incidents.length);
    expect(normalizeText('To\u202Eday')).toBe('today');
  });

  it('combines filters with AND', () => {
    expect(visibleIds({ eventTypes: ['missile_strike'], country: 'RU' })).toEqual([]);
    expect(visibleIds({ text: 'kharkiv', eventTypes: ['raid'] })).toEqual(['inc-hostile-20240107']);
  });

  it('returns the same array while incidents and filters are unchanged', () => {
    const filters = { ...EMPTY_FILTERS, text: 'kharkiv' };
    expect(selectVisibleIncidents({ incidents, filters })).toBe(selectVisibleIncidents({ incidents, filters }));
  });
});

describe('facetCounts', () => {
  it('counts each option over the other filters', () => {
    const c = facetCounts({ incidents, filters: { ...EMPTY_FILTERS, eventTypes: ['missile_strike'] } });
    expect(c.total).toBe(8);
    expect(c.visible).toBe(1);
    // The type facet ignores the type filter itself, so other types keep their counts.
    expect(c.eventType.missile_strike).toBe(1);
    expect(c.eventType.raid).toBe(1);
    expect(c.eventType.other).toBe(0);
    // Other facets count within the chosen type.
    expect(c.precision.city).toBe(1);
    expect(c.precision.region).toBe(0);
    expect(Object.fromEntries(c.outlet)).toMatchObject({ 'Northern Wire': 1, 'Levant Daily': 1, 'Harbour Post': 0 });
  });

  it('keeps undated incidents out of the timeline but counts them', () => {
    const c = facetCounts({ incidents, filters: EMPTY_FILTERS });
    expect(c.undated).toBe(1);
    expect(c.timelineDays).toHaveLength(7);
    const ranged = facetCounts({ incidents, filters: { ...EMPTY_FILTERS, dateFrom: '2024-01-05' } });
    // The date facet ignores the date filter: the timeline still shows every bar.
    expect(ranged.timelineDays).toHaveLength(7);
    expect(ranged.undated).toBe(1);
    expect(ranged.visible).toBeLessThan(c.visible);
  });

  it('counts an incident once per outlet and claimant, however many of its reports share them', () => {
    const kharkiv = incidents.find((f) => f.id === 'inc-kharkiv-20240102')!;
    const [first] = kharkiv.properties.sources;
    // Three reports: two from one outlet with one claimant, a third from the same outlet
    // reporting it itself.
    const twice = {
      ...kharkiv,
      properties: { ...kharkiv.properties, sources: [first!, { ...first!, article_id: 'again' }, { ...first!, article_id: 'own', claimed_by: null }] },
    };
    const c = facetCounts({ incidents: [twice], filters: EMPTY_FILTERS });
    expect(c.outlet).toEqual([['Northern Wire', 1]]);
    expect(Object.fromEntries(c.claimedBy)).toEqual({ 'the regional governor': 1, '': 1 });
  });

  it('lists every country, the sea included, most frequent first', () => {
    const c = facetCounts({ incidents, filters: EMPTY_FILTERS });
    expect(c.country[0]).toEqual(['UA', 4]);
    expect(c.country.map(([k]) => k)).toContain('');
  });
});

describe('dateDomain', () => {
  it('spans the first day to the last possible day, a month-precise date to its month end', () => {
    // The fixture runs from 2023-12-28 to an incident dated only "January 2024".
    expect(dateDomain(incidents)).toEqual(['2023-12-28', '2024-01-31']);
  });

  it('is null when no incident is dated', () => {
    expect(dateDomain(incidents.filter((f) => f.properties.event_date === null))).toBeNull();
    expect(dateDomain([])).toBeNull();
  });
});
