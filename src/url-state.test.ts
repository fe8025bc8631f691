import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from './filters/filter-state.ts';
import { dataUrlFromSearch, decodeUrlState, encodeUrlState, type UrlState } from './url-state.ts';

describe('url state', () => {
  it('round-trips filters, view and selection', () => {
    const state: UrlState = {
      filters: {
        eventTypes: ['missile_strike', 'raid'],
        dateFrom: '2024-01-01',
        dateTo: '2024-01-31',
        outlet: 'Levant Daily & Co',
        country: '',
        precisions: ['region', 'sea'],
        claimedBy: '',
        text: 'Khān Yūnis #1 & more',
      },
      center: [36.2304, 49.9935],
      zoom: 7.5,
      selectedId: 'inc-kharkiv-20240102',
    };
    const hash = encodeUrlState(state);
    expect(hash).toContain('types=missile_strike,raid');
    expect(decodeUrlState('#' + hash)).toEqual(state);
  });

  it('carries the review status filter, dropping unknown statuses', () => {
    const state: UrlState = { filters: { ...EMPTY_FILTERS, statuses: ['rejected', 'confirmed'] }, center: null, zoom: null, selectedId: null };
    const hash = encodeUrlState(state);
    expect(hash).toBe('review=rejected,confirmed');
    expect(decodeUrlState(hash)).toEqual(state);
    expect(decodeUrlState('review=rejected,maybe').filters.statuses).toEqual(['rejected']);
  });

  it('writes nothing for the default view without a map position', () => {
    expect(encodeUrlState({ filters: EMPTY_FILTERS, center: null, zoom: null, selectedId: null })).toBe('');
    expect(decodeUrlState('')).toEqual({ filters: EMPTY_FILTERS, center: null, zoom: null, selectedId: null });
  });

  it('drops malformed values instead of guessing', () => {
    const s = decodeUrlState('types=raid,bogus,raid&from=2024-13-45&to=yesterday&prec=city,street&map=99/0/0');
    expect(s.filters.eventTypes).toEqual(['raid']);
    expect(s.filters.precisions).toEqual(['city']);
    expect(s.filters.dateFrom).toBeNull();
    expect(s.filters.dateTo).toBeNull();
    expect(s.center).toBeNull();
    expect(s.zoom).toBeNull();
  });

  it('allows ?data= only on the same origin', () => {
    const page = 'http://127.0.0.1:5173/';
    expect(dataUrlFromSearch('?data=other.geojson', page, 'x')).toBe('http://127.0.0.1:5173/other.geojson');
    expect(dataUrlFromSearch('?data=https://evil.example/x.geojson', page, 'x')).toBe('x');
    expect(dataUrlFromSearch('?data=javascript:alert(1)', page, 'x')).toBe('x');
    expect(dataUrlFromSearch('', page, 'x')).toBe('x');
  });
});
