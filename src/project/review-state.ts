// The review side of a project, as pure functions: the machine's incidents plus the analyst's
// edits give the incidents the map, the list, the filters and the downloads show.
//
// Edits are never rewritten. Each one is anchored to a source (report id + mention offset), not
// to an incident id, because ids change when the pipeline re-runs (a new report joining an
// incident changes its id). An edit applies to whichever incident now holds its anchor.
//
// An edit whose anchor no incident holds (the report was removed, or the machine no longer
// makes an incident of that mention) is *orphaned*: it stays in the edit list, is persisted
// and exported like any other, and `orphanedEdits` lists it so the UI can say so. It is never
// dropped, and it applies again as soon as an incident holds its anchor.

import type { DatePrecision, EventType, GeoPrecision, IncidentFeature, IncidentProperties } from '../../geo/types.ts';
import { EVENT_STYLES } from '../event-styles.ts';
import { formatEventDate } from '../format.ts';
import type { Edit, EditAnchor, EditChange, PlaceValue, ReviewStatus } from './types.ts';

export interface DateValue {
  date: string | null;
  precision: string;
}

/** What the machine said, kept beside the reviewed values so the UI and downloads show both. */
export interface MachineValues {
  place: PlaceValue;
  geo_precision: GeoPrecision;
  radius_km: number;
  date: DateValue;
  type: EventType;
  title: string;
}

export interface ReviewInfo {
  status: ReviewStatus;
  /** The active edits applied to this incident, oldest first: its provenance. */
  edits: Edit[];
  machine: MachineValues;
  /** The latest note, if the analyst wrote one. */
  note: string | null;
}

export interface ReviewedProperties extends IncidentProperties {
  review: ReviewInfo;
}

/** An incident as shown: the machine's feature with the analyst's edits applied. Still a valid
 * IncidentFeature, so everything that reads incidents reads these. */
export interface ReviewedIncident extends IncidentFeature {
  properties: ReviewedProperties;
}

export type EditKind = EditChange['kind'];

export function anchorKey(a: EditAnchor): string {
  return `${a.article_id}\u0000${a.mention_start}`;
}

/** The anchor keys of an incident: every source it holds. */
export function incidentAnchorKeys(incident: IncidentFeature): Set<string> {
  return new Set(incident.properties.sources.map((s) => anchorKey({ article_id: s.article_id, mention_start: s.mention_start })));
}

export function isReviewed(f: IncidentFeature): f is ReviewedIncident {
  return (f.properties as Partial<ReviewedProperties>).review !== undefined;
}

export function reviewStatusOf(f: IncidentFeature): ReviewStatus {
  return isReviewed(f) ? f.properties.review.status : 'unreviewed';
}

export function machinePlace(f: IncidentFeature): PlaceValue {
  const p = f.properties;
  const [lon, lat] = f.geometry.coordinates;
  return {
    name: p.place_name,
    admin1: p.admin1,
    country_code: p.country_code,
    lat,
    lon,
    geonames_id: p.geonames_id,
    feature_code: p.feature_code,
    via: 'machine',
  };
}

/** The place an incident shows now (after edits), as a value an edit can record as `from`. */
export function currentPlace(f: IncidentFeature): PlaceValue {
  if (isReviewed(f)) {
    for (let i = f.properties.review.edits.length - 1; i >= 0; i--) {
      const c = f.properties.review.edits[i]!.change;
      if (c.kind === 'place') return c.to;
    }
  }
  return machinePlace(f);
}

/** Precision and radius of a place chosen by the analyst. Candidates and search results carry
 * no radius, so it follows from the kind of place, roughly as the gazetteer builder sizes them;
 * a dragged marker is the analyst's own point, so it is a site. */
export function precisionOfPlace(place: PlaceValue): { geo_precision: GeoPrecision; radius_km: number } {
  if (place.via === 'drag') return { geo_precision: 'site', radius_km: 0 };
  const code = place.feature_code.toUpperCase();
  if (code.startsWith('PCL')) return { geo_precision: 'country', radius_km: 250 };
  if (code === 'ADM1' || code === 'ADMD' || code === 'RGN' || code === 'PEN') return { geo_precision: 'region', radius_km: 100 };
  if (code.startsWith('ADM')) return { geo_precision: 'district', radius_km: 25 };
  if (['SEA', 'STRT', 'GULF', 'BAY', 'OCN', 'SD', 'CHN'].includes(code)) return { geo_precision: 'sea', radius_km: 300 };
  if (code === 'PPLX') return { geo_precision: 'neighbourhood', radius_km: 1.5 };
  if (code.startsWith('PPL')) return { geo_precision: 'city', radius_km: 5 };
  return { geo_precision: 'site', radius_km: 0 };
}

function samePlace(a: PlaceValue, b: PlaceValue): boolean {
  if (a.geonames_id !== null && b.geonames_id !== null) return a.geonames_id === b.geonames_id;
  return a.name === b.name && Math.abs(a.lat - b.lat) < 1e-6 && Math.abs(a.lon - b.lon) < 1e-6;
}

const DATE_PRECISIONS: readonly DatePrecision[] = ['day', 'week', 'month', 'unknown'];

function asDatePrecision(p: string): DatePrecision {
  return (DATE_PRECISIONS as readonly string[]).includes(p) ? (p as DatePrecision) : 'unknown';
}

/** The title the pipeline would give: "Missile strike: Kharkiv, Kharkivska Oblast, 2 Jan 2024". */
export function reviewedTitle(p: Pick<IncidentProperties, 'event_type' | 'place_name' | 'admin1' | 'event_date' | 'date_precision'>): string {
  const where = p.place_name + (p.admin1 && p.admin1 !== p.place_name ? `, ${p.admin1}` : '');
  return `${EVENT_STYLES[p.event_type].label}: ${where}, ${formatEventDate(p.event_date, p.date_precision)}`;
}

function isGeneratedTitle(m: MachineValues): boolean {
  return m.title.startsWith(`${EVENT_STYLES[m.type].label}: `);
}

function machineValues(f: IncidentFeature): MachineValues {
  const p = f.properties;
  return {
    place: machinePlace(f),
    geo_precision: p.geo_precision,
    radius_km: p.radius_km,
    date: { date: p.event_date, precision: p.date_precision },
    type: p.event_type,
    title: p.title,
  };
}

/** Edits oldest first; ties keep their order in the list (the order they were made). */
function inTimeOrder(edits: readonly Edit[]): Edit[] {
  return edits
    .map((e, i) => [e, i] as const)
    .sort((a, b) => (a[0].at < b[0].at ? -1 : a[0].at > b[0].at ? 1 : a[1] - b[1]))
    .map(([e]) => e);
}

const anchorIndexes = new WeakMap<readonly IncidentFeature[], Map<string, number>>();

/** anchor key -> index of the incident holding it (the first, should two ever share one).
 * Built once per incidents array: every edit and every undo asks again. */
function anchorIndex(machine: readonly IncidentFeature[]): Map<string, number> {
  const known = anchorIndexes.get(machine);
  if (known) return known;
  const index = new Map<string, number>();
  anchorIndexes.set(machine, index);
  machine.forEach((f, i) => {
    for (const s of f.properties.sources) {
      const k = anchorKey({ article_id: s.article_id, mention_start: s.mention_start });
      if (!index.has(k)) index.set(k, i);
    }
  });
  return index;
}

function applyOne(f: IncidentFeature, edits: Edit[]): ReviewedIncident {
  const machine = machineValues(f);
  const p: ReviewedProperties = { ...f.properties, review: { status: 'unreviewed', edits, machine, note: null } };
  let coordinates = f.geometry.coordinates;
  let retitle = false;
  for (const e of edits) {
    const c = e.change;
    switch (c.kind) {
      case 'status':
        p.review.status = c.to;
        break;
      case 'note':
        p.review.note = c.to;
        break;
      case 'type':
        p.event_type = c.to;
        retitle = true;
        break;
      case 'date':
        p.event_date = c.to.date;
        p.date_precision = c.to.date === null ? 'unknown' : asDatePrecision(c.to.precision);
        retitle = true;
        break;
      case 'place': {
        const to = c.to;
        coordinates = [to.lon, to.lat];
        p.place_name = to.name;
        p.admin1 = to.admin1;
        p.country_code = to.country_code;
        p.geonames_id = to.geonames_id;
        p.feature_code = to.feature_code;
        // Back to the machine's own place: its own precision, which knew the place's real size.
        const precision = samePlace(to, machine.place) && to.via !== 'drag'
          ? { geo_precision: machine.geo_precision, radius_km: machine.radius_km }
          : precisionOfPlace(to);
        p.geo_precision = precision.geo_precision;
        p.radius_km = precision.radius_km;
        retitle = true;
        break;
      }
    }
  }
  // A title the pipeline made names the place, date and type, so it is made again from the
  // reviewed values; any other title (hand-written, another tool's) is the author's and stays.
  if (retitle && isGeneratedTitle(machine)) p.title = reviewedTitle(p);
  return { ...f, geometry: { type: 'Point', coordinates }, properties: p };
}

/** The incidents as reviewed: each machine incident, in the machine's order, with the active
 * edits whose anchor it holds applied oldest first. An incident no edit touches is the
 * machine's own feature, not a copy: it keeps its identity from one call to the next (the map,
 * the filters and the search index key on it), and 100,000 copies made at load cost a quarter
 * of a second for nothing. With no edits at all the machine's array itself comes back, so a new
 * empty edit list makes nothing recompute. Pure; the inputs are not changed. */
export function applyEdits(machine: readonly IncidentFeature[], edits: readonly Edit[]): readonly IncidentFeature[] {
  if (edits.length === 0) return machine;
  const index = anchorIndex(machine);
  const byIncident = new Map<number, Edit[]>();
  for (const e of inTimeOrder(edits)) {
    const i = index.get(anchorKey(e.anchor));
    if (i === undefined) continue;
    let list = byIncident.get(i);
    if (!list) byIncident.set(i, (list = []));
    list.push(e);
  }
  return machine.map((f, i) => {
    const list = byIncident.get(i);
    return list ? applyOne(f, list) : f;
  });
}

/** An incident's review record: its own once edited; for one no edit has touched, what it
 * would be (unreviewed, no edits, the machine's values). */
export function reviewOf(f: IncidentFeature): ReviewedProperties['review'] {
  if (isReviewed(f)) return f.properties.review;
  return { status: 'unreviewed', edits: [], machine: machineValues(f), note: null };
}

/** Edits whose anchor no incident holds: kept, listed, never dropped. */
export function orphanedEdits(machine: readonly IncidentFeature[], edits: readonly Edit[]): Edit[] {
  if (edits.length === 0) return [];
  const index = anchorIndex(machine);
  return edits.filter((e) => !index.has(anchorKey(e.anchor)));
}

let idCounter = 0;

function newEditId(now: Date): string {
  const random =
    typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
      ? crypto.randomUUID()
      : `${now.getTime().toString(36)}-${(idCounter++).toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  return `edit-${random}`;
}

/** A change the analyst asks for, before `from` is known. */
export type EditRequest =
  | { kind: 'status'; to: ReviewStatus }
  | { kind: 'place'; to: PlaceValue }
  | { kind: 'date'; to: DateValue }
  | { kind: 'type'; to: EventType }
  | { kind: 'note'; to: string };

/** Records a change to an incident as shown (reviewed or not): `from` is what it shows now, so
 * the edit says what was there and what replaced it. Null when nothing would change. It is
 * anchored to the incident's first source, which any later incident holding that report's
 * mention will still hold. */
export function makeEdit(incident: IncidentFeature, request: EditRequest, now: Date = new Date()): Edit | null {
  const p = incident.properties;
  const source = p.sources[0];
  if (!source) return null;
  let change: EditChange;
  switch (request.kind) {
    case 'status': {
      const from = reviewStatusOf(incident);
      if (from === request.to) return null;
      change = { kind: 'status', from, to: request.to };
      break;
    }
    case 'place': {
      const from = currentPlace(incident);
      if (samePlace(from, request.to) && from.lat === request.to.lat && from.lon === request.to.lon) return null;
      change = { kind: 'place', from, to: request.to };
      break;
    }
    case 'date': {
      const from = { date: p.event_date, precision: p.date_precision as string };
      if (from.date === request.to.date && from.precision === request.to.precision) return null;
      change = { kind: 'date', from, to: request.to };
      break;
    }
    case 'type':
      if (p.event_type === request.to) return null;
      change = { kind: 'type', from: p.event_type, to: request.to };
      break;
    case 'note': {
      const from = isReviewed(incident) ? (incident.properties.review.note ?? '') : '';
      if (from === request.to) return null;
      change = { kind: 'note', from, to: request.to };
      break;
    }
  }
  return {
    id: newEditId(now),
    anchor: { article_id: source.article_id, mention_start: source.mention_start },
    incident_id: incident.id,
    at: now.toISOString(),
    change,
  };
}

export interface EditLists {
  edits: Edit[];
  undone: Edit[];
}

function matches(e: Edit, anchors: ReadonlySet<string> | undefined): boolean {
  return anchors === undefined || anchors.has(anchorKey(e.anchor));
}

/** The latest edit in time order among those matching (the last of equals, as applied). */
function latestIndex(edits: readonly Edit[], anchors: ReadonlySet<string> | undefined): number {
  let best = -1;
  edits.forEach((e, i) => {
    if (matches(e, anchors) && (best < 0 || e.at >= edits[best]!.at)) best = i;
  });
  return best;
}

/** Undoes the most recent active edit of one incident (the one holding `anchors`), or the most
 * recent of all when no anchors are given. The edit moves to `undone`, where it stays for the
 * record. Returns the lists unchanged (same arrays) when there is nothing to undo. */
export function undoLast(edits: Edit[], undone: Edit[], anchors?: ReadonlySet<string>): EditLists & { edit: Edit | null } {
  const i = latestIndex(edits, anchors);
  if (i < 0) return { edits, undone, edit: null };
  const edit = edits[i]!;
  return { edits: edits.filter((_, k) => k !== i), undone: [...undone, edit], edit };
}

/** The undone edit that redo would bring back: the last one undone (of that incident, or of
 * all), provided nothing newer was done since. After undo-then-edit, the undone edit stays in
 * the record but cannot be redone on top of the newer change (the usual undo/redo rule). */
export function redoCandidate(edits: readonly Edit[], undone: readonly Edit[], anchors?: ReadonlySet<string>): Edit | null {
  for (let i = undone.length - 1; i >= 0; i--) {
    const u = undone[i]!;
    if (!matches(u, anchors)) continue;
    const newest = latestIndex(edits, anchors);
    return newest >= 0 && edits[newest]!.at > u.at ? null : u;
  }
  return null;
}

export function redo(edits: Edit[], undone: Edit[], anchors?: ReadonlySet<string>): EditLists & { edit: Edit | null } {
  const edit = redoCandidate(edits, undone, anchors);
  if (!edit) return { edits, undone, edit: null };
  const k = undone.lastIndexOf(edit);
  return { edits: [...edits, edit], undone: undone.filter((_, i) => i !== k), edit };
}

// ---- Provenance, in words --------------------------------------------------------------

export const STATUS_LABELS: Record<ReviewStatus, string> = {
  unreviewed: 'Unreviewed',
  confirmed: 'Confirmed',
  rejected: 'Rejected',
};

const KIND_LABELS: Record<EditKind, string> = { status: 'Status', place: 'Place', date: 'Date', type: 'Type', note: 'Note' };

const VIA_LABELS: Record<PlaceValue['via'], string> = {
  candidate: 'candidate',
  search: 'search',
  drag: 'dragged',
  machine: "machine's place",
};

export function placeLabel(p: PlaceValue | null): string {
  if (p === null) return 'none';
  if (p.via === 'drag') return `${p.lat.toFixed(4)}, ${p.lon.toFixed(4)}`;
  return p.name;
}

export function dateLabel(d: DateValue): string {
  return formatEventDate(d.date, asDatePrecision(d.precision));
}

/** What one change did, in words: "Place: Kharkiv → Bucha (candidate)". */
export function describeChange(c: EditChange): string {
  const label = KIND_LABELS[c.kind];
  switch (c.kind) {
    case 'status':
      return `${label}: ${STATUS_LABELS[c.from]} → ${STATUS_LABELS[c.to]}`;
    case 'place':
      return `${label}: ${placeLabel(c.from)} → ${placeLabel(c.to)} (${VIA_LABELS[c.to.via]})`;
    case 'date':
      return `${label}: ${dateLabel(c.from)} → ${dateLabel(c.to)}`;
    case 'type':
      return `${label}: ${EVENT_STYLES[c.from].label} → ${EVENT_STYLES[c.to].label}`;
    case 'note':
      return c.to === '' ? `${label} removed` : `${label}: ${c.to}`;
  }
}

/** When, compactly: "14:02" today, "3 Jan 14:02" this year, "3 Jan 2023 14:02" before. Local
 * time unless a zone is given (tests). */
export function formatEditTime(at: string, now: Date = new Date(), timeZone?: string): string {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return at;
  const fmt = (o: Intl.DateTimeFormatOptions) => {
    const f = new Intl.DateTimeFormat('en-GB', { ...o, timeZone });
    return (x: Date) => f.format(x);
  };
  const time = fmt({ hour: '2-digit', minute: '2-digit' });
  const day = fmt({ day: 'numeric', month: 'short', year: 'numeric' });
  if (day(d) === day(now)) return time(d);
  const year = fmt({ year: 'numeric' });
  const dayMonth = fmt({ day: 'numeric', month: 'short' });
  return `${year(d) === year(now) ? dayMonth(d) : day(d)} ${time(d)}`;
}

/** One provenance line: "Place: Kharkiv → Bucha (candidate), 14:02". */
export function provenanceLine(e: Edit, now: Date = new Date(), timeZone?: string): string {
  return `${describeChange(e.change)}, ${formatEditTime(e.at, now, timeZone)}`;
}

/** The fields the analyst changed (status excluded), for the CSV's edited_fields. */
export function editedFields(edits: readonly Edit[]): EditKind[] {
  const out: EditKind[] = [];
  for (const e of edits) if (e.change.kind !== 'status' && !out.includes(e.change.kind)) out.push(e.change.kind);
  return out;
}
