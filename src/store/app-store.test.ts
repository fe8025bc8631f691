import { beforeEach, describe, expect, it } from 'vitest';
import { loadFixture } from '../../tests/fixtures/app/load-fixture.ts';
import { EMPTY_FILTERS } from '../filters/filter-state.ts';
import { appStore, createAppStore, getInitialState } from './app-store.ts';

const collection = loadFixture();

describe('app store', () => {
  beforeEach(() => appStore.setState(getInitialState()));

  it('starts empty and loading', () => {
    const s = appStore.getState();
    expect(s.incidents).toEqual([]);
    expect(s.loading).toBe(true);
    expect(s.filters).toBe(EMPTY_FILTERS);
  });

  it('loads a collection and keeps a selection only if the data has it', () => {
    appStore.getState().select('inc-red-sea-20240109');
    appStore.getState().setCollection(collection, 'fixture');
    expect(appStore.getState().selectedId).toBe('inc-red-sea-20240109');
    appStore.getState().select('old');
    appStore.getState().setCollection(collection, 'fixture');
    const s = appStore.getState();
    expect(s.incidents).toHaveLength(8);
    expect(s.metadata?.attribution.join(' ')).toMatch(/GeoNames/);
    expect(s.selectedId).toBeNull();
    expect(s.loading).toBe(false);
  });

  it('records a load error without dropping data', () => {
    appStore.getState().setCollection(collection, 'fixture');
    appStore.getState().setLoadError('boom');
    expect(appStore.getState().loadError).toBe('boom');
    expect(appStore.getState().incidents).toHaveLength(8);
  });

  it('toggles types and precisions, replacing the filters object', () => {
    const before = appStore.getState().filters;
    appStore.getState().toggleEventType('raid');
    appStore.getState().toggleEventType('drone_strike');
    appStore.getState().toggleEventType('raid');
    expect(appStore.getState().filters.eventTypes).toEqual(['drone_strike']);
    expect(appStore.getState().filters).not.toBe(before);
    appStore.getState().togglePrecision('sea');
    expect(appStore.getState().filters.precisions).toEqual(['sea']);
  });

  it('orders a reversed date range and resets everything in one call', () => {
    appStore.getState().setDateRange('2024-02-01', '2024-01-01');
    expect(appStore.getState().filters).toMatchObject({ dateFrom: '2024-01-01', dateTo: '2024-02-01' });
    appStore.getState().setFilters({ text: 'kharkiv', outlet: 'Levant Daily' });
    appStore.getState().resetFilters();
    expect(appStore.getState().filters).toEqual(EMPTY_FILTERS);
  });

  it('keeps view, selection and hover', () => {
    appStore.getState().setView([30, 50], 6);
    appStore.getState().select('inc-kharkiv-20240102');
    appStore.getState().hover('inc-red-sea-20240109');
    expect(appStore.getState()).toMatchObject({
      center: [30, 50],
      zoom: 6,
      selectedId: 'inc-kharkiv-20240102',
      hoveredId: 'inc-red-sea-20240109',
    });
  });

  it('closes the open incident when a filter change hides it, and only then', () => {
    appStore.getState().setCollection(collection, 'fixture');
    appStore.getState().select('inc-kharkiv-20240102');
    // A search that still finds it, then a type that keeps it: it stays open.
    appStore.getState().setFilters({ text: 'kharkiv' });
    appStore.getState().toggleEventType('missile_strike');
    expect(appStore.getState().selectedId).toBe('inc-kharkiv-20240102');
    // A date range that leaves it out closes it.
    appStore.getState().setDateRange('2024-01-05', null);
    expect(appStore.getState().selectedId).toBeNull();
    // So does a search that no longer finds it.
    appStore.getState().resetFilters();
    appStore.getState().select('inc-kharkiv-20240102');
    appStore.getState().setFilters({ text: 'red sea' });
    expect(appStore.getState().selectedId).toBeNull();
  });

  it('makes independent stores', () => {
    const a = createAppStore();
    a.getState().setFilters({ text: 'x' });
    expect(createAppStore().getState().filters.text).toBe('');
  });
});
