import { describe, expect, it } from 'vitest';
import type { IncidentFeature } from '../../geo/types.ts';
import { loadFixture } from '../../tests/fixtures/app/load-fixture.ts';
import {
  applyEdits,
  describeChange,
  editedFields,
  formatEditTime,
  incidentAnchorKeys,
  isReviewed,
  makeEdit,
  orphanedEdits,
  precisionOfPlace,
  provenanceLine,
  redo,
  redoCandidate,
  reviewOf,
  undoLast,
} from './review-state.ts';
import type { Edit, PlaceValue } from './types.ts';

// The app's hand-made fixture, deep-frozen: applyEdits must never change its input.
const machine = loadFixture().features;
const KHARKIV = 'inc-kharkiv-20240102';
const ODESA = 'inc-odesa-region-20240105';

function byId<T extends IncidentFeature>(list: readonly T[], id: string): T {
  const f = list.find((x) => x.id === id);
  if (!f) throw new Error(`no ${id}`);
  return f;
}

const at = (minute: number) => new Date(Date.UTC(2024, 2, 1, 14, minute));

// The Kharkiv incident's first runner-up in the fixture: Kharkivska Oblast.
const oblast: PlaceValue = { ...machine.find((f) => f.id === KHARKIV)!.properties.explanation.candidates[1]!, via: 'candidate' };

/** Makes an edit on the incident as currently reviewed, as the UI does. */
function edit(edits: Edit[], id: string, request: Parameters<typeof makeEdit>[1], minute: number): Edit[] {
  const shown = byId(applyEdits(machine, edits), id);
  const e = makeEdit(shown, request, at(minute));
  if (!e) throw new Error('no change');
  return [...edits, e];
}

describe('applyEdits', () => {
  it('leaves unedited incidents as the machine made them, marked unreviewed', () => {
    const shown = applyEdits(machine, []);
    expect(shown).toHaveLength(machine.length);
    const k = byId(shown, KHARKIV);
    // The machine's own feature, not a copy.
    expect(k).toBe(byId(machine, KHARKIV));
    expect(reviewOf(k)).toMatchObject({ status: 'unreviewed', edits: [], note: null });
    expect(reviewOf(k).machine.place).toMatchObject({ name: 'Kharkiv', geonames_id: 706483, via: 'machine' });
    // The same list next time: the map, the filters and the search index key on identity, and
    // an empty edit list arriving must not make them recompute.
    expect(applyEdits(machine, [])).toBe(shown);
    expect(applyEdits([...machine], [])).not.toBe(shown);
  });

  it('moves an incident to a runner-up candidate, with a sensible precision and title', () => {
    const edits = edit([], KHARKIV, { kind: 'place', to: oblast }, 2);
    const k = byId(applyEdits(machine, edits), KHARKIV);
    expect(k.geometry.coordinates).toEqual([36.5, 49.5]);
    expect(k.properties).toMatchObject({
      place_name: 'Kharkivska Oblast',
      admin1: 'Kharkivska Oblast',
      geonames_id: 706482,
      feature_code: 'ADM1',
      geo_precision: 'region',
    });
    expect(k.properties.radius_km).toBeGreaterThan(10);
    // A hand-written title stays; a title the pipeline made is made again from the new place.
    expect(k.properties.title).toBe('Missile strike on Kharkiv city centre');
    const generated = machine.map((f) => (f.id === KHARKIV ? { ...f, properties: { ...f.properties, title: 'Missile strike: Kharkiv, Kharkivska Oblast, 2 Jan 2024' } } : f));
    expect(byId(applyEdits(generated, edits), KHARKIV).properties.title).toBe('Missile strike: Kharkivska Oblast, 2 Jan 2024');
    // What the machine said stays beside it.
    expect(reviewOf(k).machine.place.name).toBe('Kharkiv');
    expect(reviewOf(k).machine.geo_precision).toBe('city');
    expect(reviewOf(k).edits).toHaveLength(1);
    // The other incidents are untouched and keep their identity.
    expect(byId(applyEdits(machine, edits), ODESA)).toBe(byId(applyEdits(machine, []), ODESA));
  });

  it('takes the machine precision back when moved back to the machine place, and a site when dragged', () => {
    let edits = edit([], KHARKIV, { kind: 'place', to: oblast }, 1);
    const machinePlace = reviewOf(byId(applyEdits(machine, []), KHARKIV)).machine.place;
    edits = edit(edits, KHARKIV, { kind: 'place', to: { ...machinePlace, via: 'candidate' } }, 2);
    expect(byId(applyEdits(machine, edits), KHARKIV).properties).toMatchObject({ geo_precision: 'city', radius_km: 12 });
    edits = edit(edits, KHARKIV, { kind: 'place', to: { ...machinePlace, lat: 50.01, lon: 36.25, via: 'drag' } }, 3);
    const dragged = byId(applyEdits(machine, edits), KHARKIV);
    expect(dragged.properties).toMatchObject({ geo_precision: 'site', radius_km: 0 });
    expect(dragged.geometry.coordinates).toEqual([36.25, 50.01]);
  });

  it('applies status, date and type edits, in time order whatever the list order', () => {
    let edits = edit([], ODESA, { kind: 'type', to: 'missile_strike' }, 5);
    edits = edit(edits, ODESA, { kind: 'status', to: 'confirmed' }, 6);
    edits = edit(edits, ODESA, { kind: 'date', to: { date: '2024-01-04', precision: 'day' } }, 7);
    edits = edit(edits, ODESA, { kind: 'status', to: 'rejected' }, 8);
    for (const list of [edits, [...edits].reverse()]) {
      const o = byId(applyEdits(machine, list), ODESA);
      expect(o.properties).toMatchObject({ event_type: 'missile_strike', event_date: '2024-01-04', date_precision: 'day' });
      expect(reviewOf(o).status).toBe('rejected');
      expect(reviewOf(o).edits.map((e) => e.change.kind)).toEqual(['type', 'status', 'date', 'status']);
      expect(o.properties.title).toBe(byId(machine, ODESA).properties.title);
    }
    expect(editedFields(edits)).toEqual(['type', 'date']);
  });

  it('re-attaches edits after a re-run that changed the incident id', () => {
    const edits = edit([], KHARKIV, { kind: 'place', to: oblast }, 2);
    // A re-run: a new report joins the Kharkiv incident, so it gets a new id and a new first source.
    const old = byId(machine, KHARKIV);
    const extra = { ...old.properties.sources[0]!, article_id: 'new-report', mention_start: 10 };
    const rerun: IncidentFeature[] = machine.map((f) =>
      f.id === KHARKIV ? { ...f, id: 'inc-kharkiv-new', properties: { ...f.properties, id: 'inc-kharkiv-new', sources: [extra, ...f.properties.sources] } } : f,
    );
    const k = byId(applyEdits(rerun, edits), 'inc-kharkiv-new');
    expect(k.properties.place_name).toBe('Kharkivska Oblast');
    expect(reviewOf(k).edits[0]!.incident_id).toBe(KHARKIV);
    expect(orphanedEdits(rerun, edits)).toEqual([]);
  });

  it('keeps an edit whose source no incident holds, and lists it as orphaned', () => {
    const edits = edit([], KHARKIV, { kind: 'status', to: 'confirmed' }, 2);
    const without = machine.filter((f) => f.id !== KHARKIV);
    const shown = applyEdits(without, edits);
    expect(shown.every((f) => reviewOf(f).edits.length === 0)).toBe(true);
    expect(orphanedEdits(without, edits)).toEqual(edits);
    // Once an incident holds the anchor again, the edit applies again.
    expect(reviewOf(byId(applyEdits(machine, edits), KHARKIV)).status).toBe('confirmed');
  });

  it('does not change its frozen input', () => {
    const edits = edit([], KHARKIV, { kind: 'place', to: oblast }, 2);
    expect(() => applyEdits(machine, Object.freeze(edits))).not.toThrow();
    expect(byId(machine, KHARKIV).properties.place_name).toBe('Kharkiv');
  });
});

describe('precisionOfPlace', () => {
  const place = (feature_code: string): PlaceValue => ({ name: 'x', admin1: null, country_code: 'BF', lat: 14, lon: -1, geonames_id: 1, feature_code, via: 'candidate' });
  it("sizes an analyst's choice by its kind, as the pipeline does", () => {
    expect(precisionOfPlace(place('ADM1')).geo_precision).toBe('region');
    // A province no GeoNames place is filed under is a first-level unit in the pipeline too.
    expect(precisionOfPlace(place('ADMD')).geo_precision).toBe('region');
    expect(precisionOfPlace(place('ADM2')).geo_precision).toBe('district');
    expect(precisionOfPlace(place('PPLA')).geo_precision).toBe('city');
    expect(precisionOfPlace({ ...place('PPLA'), via: 'drag' }).geo_precision).toBe('site');
  });
});

describe('makeEdit', () => {
  it('records what was shown and what replaces it, anchored to the first source', () => {
    const shown = byId(applyEdits(machine, []), KHARKIV);
    const e = makeEdit(shown, { kind: 'place', to: oblast }, at(2))!;
    expect(e.anchor).toEqual({ article_id: 'northern-wire-2024-01-02', mention_start: 138 });
    expect(e.incident_id).toBe(KHARKIV);
    expect(e.at).toBe('2024-03-01T14:02:00.000Z');
    expect(e.change).toMatchObject({ kind: 'place', from: { name: 'Kharkiv', via: 'machine' }, to: oblast });
    expect(e.id).toMatch(/^edit-/);
  });

  it('records nothing when nothing would change', () => {
    const shown = byId(applyEdits(machine, []), KHARKIV);
    expect(makeEdit(shown, { kind: 'status', to: 'unreviewed' })).toBeNull();
    expect(makeEdit(shown, { kind: 'type', to: 'missile_strike' })).toBeNull();
    expect(makeEdit(shown, { kind: 'date', to: { date: '2024-01-02', precision: 'day' } })).toBeNull();
  });
});

describe('undo and redo', () => {
  const kharkivEdits = () => {
    let edits = edit([], KHARKIV, { kind: 'status', to: 'confirmed' }, 1);
    edits = edit(edits, ODESA, { kind: 'status', to: 'rejected' }, 2);
    edits = edit(edits, KHARKIV, { kind: 'place', to: oblast }, 3);
    return edits;
  };
  const anchors = incidentAnchorKeys(byId(machine, KHARKIV));

  it("undoes an incident's last edit, keeping it in undone", () => {
    const edits = kharkivEdits();
    const u = undoLast(edits, [], anchors);
    expect(u.edit?.change.kind).toBe('place');
    expect(u.edits).toHaveLength(2);
    expect(u.undone).toEqual([u.edit]);
    expect(byId(applyEdits(machine, u.edits), KHARKIV).properties).toMatchObject({ place_name: 'Kharkiv', review: { status: 'confirmed' } });
    const u2 = undoLast(u.edits, u.undone, anchors);
    expect(u2.edit?.change.kind).toBe('status');
    // Odesa's edit is not this incident's.
    expect(undoLast(u2.edits, u2.undone, anchors).edit).toBeNull();
    expect(u2.edits.map((e) => e.change.kind)).toEqual(['status']);
  });

  it('undoes the most recent edit of all without anchors', () => {
    const edits = kharkivEdits();
    expect(undoLast(edits, []).edit).toBe(edits[2]);
    const none = undoLast([], []);
    expect(none.edit).toBeNull();
  });

  it('redoes in reverse order of undo, and not on top of a newer edit', () => {
    const edits = kharkivEdits();
    const u1 = undoLast(edits, [], anchors);
    const u2 = undoLast(u1.edits, u1.undone, anchors);
    const r1 = redo(u2.edits, u2.undone, anchors);
    expect(r1.edit?.change.kind).toBe('status');
    const r2 = redo(r1.edits, r1.undone, anchors);
    expect(r2.edit?.change.kind).toBe('place');
    expect(byId(applyEdits(machine, r2.edits), KHARKIV).properties.place_name).toBe('Kharkivska Oblast');
    expect(redo(r2.edits, r2.undone, anchors).edit).toBeNull();

    // Undo, then a new edit: the undone one stays on record but cannot be redone.
    const newer = edit(u1.edits, KHARKIV, { kind: 'type', to: 'drone_strike' }, 9);
    expect(redoCandidate(newer, u1.undone, anchors)).toBeNull();
    expect(u1.undone).toHaveLength(1);
  });
});

describe('provenance in words', () => {
  it('says what changed and when', () => {
    let edits = edit([], KHARKIV, { kind: 'place', to: { ...oblast, name: 'Bucha' } }, 2);
    edits = edit(edits, KHARKIV, { kind: 'status', to: 'rejected' }, 3);
    edits = edit(edits, KHARKIV, { kind: 'type', to: 'drone_strike' }, 4);
    edits = edit(edits, KHARKIV, { kind: 'date', to: { date: '2024-01-01', precision: 'month' } }, 5);
    edits = edit(edits, KHARKIV, { kind: 'place', to: { ...oblast, lat: 50.123456, lon: 36.1, via: 'drag' } }, 6);
    expect(edits.map((e) => describeChange(e.change))).toEqual([
      'Place: Kharkiv → Bucha (candidate)',
      'Status: Unreviewed → Rejected',
      'Type: Missile strike → Drone strike',
      'Date: 2 Jan 2024 → January 2024',
      'Place: Bucha → 50.1235, 36.1000 (dragged)',
    ]);
    const now = new Date('2024-03-01T18:00:00Z');
    expect(provenanceLine(edits[0]!, now, 'UTC')).toBe('Place: Kharkiv → Bucha (candidate), 14:02');
    expect(formatEditTime('2024-02-27T09:05:00Z', now, 'UTC')).toBe('27 Feb 09:05');
    expect(formatEditTime('2023-02-27T09:05:00Z', now, 'UTC')).toBe('27 Feb 2023 09:05');
  });

  it('keeps the whole trail on the reviewed incident', () => {
    const edits = edit([], KHARKIV, { kind: 'status', to: 'confirmed' }, 2);
    const k = byId(applyEdits(machine, edits), KHARKIV);
    expect(isReviewed(k)).toBe(true);
    expect(reviewOf(k).edits.map((e) => describeChange(e.change))).toEqual(['Status: Unreviewed → Confirmed']);
  });
});
