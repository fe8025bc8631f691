import { beforeEach, describe, expect, it } from 'vitest';
import { loadFixture } from '../../tests/fixtures/app/load-fixture.ts';
import { facetCounts } from '../filters/facet-counts.ts';
import { selectDownloadIncidents, selectVisibleIncidents } from '../filters/select-visible-incidents.ts';
import { reviewOf } from '../project/review-state.ts';
import type { Edit, PlaceValue } from '../project/types.ts';
import { appStore, getInitialState } from './app-store.ts';
import { persistReview, reviewedView, selectOrphanedEdits, selectReviewedIncidents, type EditIo } from './review-slice.ts';

const collection = loadFixture();
const KHARKIV = 'inc-kharkiv-20240102';
const ODESA = 'inc-odesa-region-20240105';

// The Kharkiv incident's first runner-up in the fixture: Kharkivska Oblast.
const oblast: PlaceValue = { ...collection.features.find((f) => f.id === KHARKIV)!.properties.explanation.candidates[1]!, via: 'candidate' };

const shown = (id: string) => selectReviewedIncidents(appStore.getState()).find((f) => f.id === id)!;
const visibleIds = () => selectVisibleIncidents(reviewedView(appStore.getState())).map((f) => f.id);

/** An in-memory stand-in for IndexedDB, with the same contract as edit-store.ts. */
function memoryIo(initial: { edits: Edit[]; undone: Edit[] } = { edits: [], undone: [] }) {
  let saved = structuredClone(initial);
  const io: EditIo & { saved(): typeof saved } = {
    loadEdits: async () => structuredClone(saved),
    saveEdits: async (v) => {
      saved = structuredClone(v);
    },
    saved: () => saved,
  };
  return io;
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('review slice', () => {
  beforeEach(() => {
    appStore.setState(getInitialState());
    appStore.getState().setCollection(collection, 'fixture');
  });

  it('moves, retypes, redates and confirms an incident, keeping the machine incidents as they were', () => {
    const s = appStore.getState();
    s.movePlace(KHARKIV, oblast);
    s.setType(KHARKIV, 'drone_strike');
    s.setDate(KHARKIV, { date: '2024-01-03', precision: 'day' });
    s.setStatus(KHARKIV, 'confirmed');
    const k = shown(KHARKIV);
    expect(k.geometry.coordinates).toEqual([36.5, 49.5]);
    expect(k.properties).toMatchObject({ place_name: 'Kharkivska Oblast', event_type: 'drone_strike', event_date: '2024-01-03' });
    expect(reviewOf(k).status).toBe('confirmed');
    expect(appStore.getState().edits).toHaveLength(4);
    // The data slice keeps the machine's incidents untouched.
    expect(appStore.getState().incidents.find((f) => f.id === KHARKIV)!.properties.place_name).toBe('Kharkiv');
    // No edit for a change that changes nothing.
    appStore.getState().setStatus(KHARKIV, 'confirmed');
    expect(appStore.getState().edits).toHaveLength(4);
  });

  it('undoes and redoes per incident', () => {
    const s = appStore.getState();
    s.setStatus(KHARKIV, 'confirmed');
    s.setStatus(ODESA, 'rejected');
    s.movePlace(KHARKIV, oblast);
    appStore.getState().undo(KHARKIV);
    expect(shown(KHARKIV).properties.place_name).toBe('Kharkiv');
    expect(reviewOf(shown(ODESA)).status).toBe('rejected');
    expect(appStore.getState().undone).toHaveLength(1);
    appStore.getState().redo(KHARKIV);
    expect(shown(KHARKIV).properties.place_name).toBe('Kharkivska Oblast');
    // Globally: the most recent edit of all.
    appStore.getState().undo(null);
    expect(shown(KHARKIV).properties.place_name).toBe('Kharkiv');
  });

  it('hides rejected incidents unless the status filter asks, and counts them', () => {
    appStore.getState().setStatus(ODESA, 'rejected');
    expect(visibleIds()).not.toContain(ODESA);
    expect(visibleIds()).toHaveLength(collection.features.length - 1);
    const counts = facetCounts(reviewedView(appStore.getState()));
    expect(counts.status).toEqual({ unreviewed: 7, confirmed: 0, rejected: 1 });
    appStore.getState().setFilters({ statuses: ['rejected'] });
    expect(visibleIds()).toEqual([ODESA]);
    appStore.getState().setFilters({ statuses: ['unreviewed', 'rejected'] });
    expect(visibleIds()).toHaveLength(collection.features.length);
  });

  it('leaves rejected incidents out of downloads unless asked for', () => {
    appStore.getState().setStatus(ODESA, 'rejected');
    const view = reviewedView(appStore.getState());
    expect(selectDownloadIncidents(view, false).map((f) => f.id)).not.toContain(ODESA);
    expect(selectDownloadIncidents(view, true).map((f) => f.id)).toContain(ODESA);
    // Other filters still apply to the rejected ones.
    appStore.getState().setFilters({ text: 'kharkiv' });
    expect(selectDownloadIncidents(reviewedView(appStore.getState()), true).map((f) => f.id)).not.toContain(ODESA);
  });

  it('lists edits no loaded incident holds, without dropping them', () => {
    appStore.getState().setStatus(KHARKIV, 'confirmed');
    appStore.getState().setCollection({ ...collection, features: collection.features.filter((f) => f.id !== KHARKIV) }, 'other');
    expect(selectOrphanedEdits(appStore.getState())).toHaveLength(1);
    expect(appStore.getState().edits).toHaveLength(1);
  });

  it('round-trips through persistence, merging edits made while loading', async () => {
    const io = memoryIo();
    const stop = persistReview(appStore, io);
    await flush();
    appStore.getState().movePlace(KHARKIV, oblast);
    appStore.getState().setStatus(ODESA, 'rejected');
    appStore.getState().undo(ODESA);
    await flush();
    expect(io.saved().edits).toHaveLength(1);
    expect(io.saved().undone).toHaveLength(1);
    stop();

    // A reload: a fresh store reads the saved edits back.
    appStore.setState(getInitialState());
    appStore.getState().setCollection(collection, 'fixture');
    const stop2 = persistReview(appStore, io);
    // An edit made before the saved ones arrive is kept alongside them.
    appStore.getState().setStatus(ODESA, 'confirmed');
    expect(io.saved().edits).toHaveLength(1); // nothing written before loading
    await flush();
    expect(appStore.getState().editsLoaded).toBe(true);
    expect(shown(KHARKIV).properties.place_name).toBe('Kharkivska Oblast');
    expect(reviewOf(shown(ODESA)).status).toBe('confirmed');
    expect(appStore.getState().undone).toHaveLength(1);
    stop2();
  });
});
