// Projects from older versions of the app, brought up to the current schema instead of dropped,
// and any project-shaped value (a stored record, an imported file) checked at the edge: every
// problem becomes a sentence, and nothing half-valid gets into the page or the database.

import type { Report } from '../../geo/types.ts';
import { validateIncidentCollection } from '../import-file.ts';
import { PROJECT_SCHEMA_VERSION, type Edit, type EditChange, type Project, type StoredReport } from './types.ts';

/**
 * Schema 0: the prototype's shape (one record in an object store named `project`). The machine's
 * incidents were called `incidents`, edits were lists keyed by the incident id they were made on
 * (ids that change when a new report joins an incident), nothing was kept of undone edits, and
 * reports had no origin or time added.
 */
export interface ProjectV0 {
  schema_version?: 0;
  reports: Array<Report & Partial<Pick<StoredReport, 'origin' | 'added_at'>>>;
  incidents: Project['machine'];
  edits: Record<string, Array<{ id?: string; at: string; change: EditChange }>>;
}

export type ParsedProject = { ok: true; project: Project; notes: string[] } | { ok: false; error: string };

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringOrNull = (v: unknown) => v === null || typeof v === 'string';

/** Schema 0 -> 1: edits re-anchored to a source of the incident they were made on. */
export function migrateV0(old: ProjectV0): { project: Project; notes: string[] } {
  const byId = new Map(old.incidents.map((f) => [f.id, f]));
  const edits: Edit[] = [];
  let unanchored = 0;
  for (const [incidentId, list] of Object.entries(old.edits)) {
    const source = byId.get(incidentId)?.properties.sources[0];
    // An edit on an incident the old machine output no longer holds is kept, anchored nowhere:
    // the review lists it as orphaned rather than losing what the analyst typed.
    if (!source) unanchored += list.length;
    list.forEach((e, i) =>
      edits.push({
        id: e.id ?? `v0-${incidentId}-${i + 1}`,
        anchor: source ? { article_id: source.article_id, mention_start: source.mention_start } : { article_id: '', mention_start: -1 },
        incident_id: incidentId,
        at: e.at,
        change: e.change,
      }),
    );
  }
  // Edits apply in time order; the old per-incident lists only kept order within an incident.
  edits.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const notes = [`Brought up to date from schema 0 (${edits.length} edit${edits.length === 1 ? '' : 's'} re-anchored to their sources).`];
  if (unanchored) notes.push(`${unanchored} edit${unanchored === 1 ? ' was' : 's were'} made on incidents no longer in the data; kept, listed as orphaned.`);
  return {
    project: {
      schema_version: PROJECT_SCHEMA_VERSION,
      reports: old.reports.map((r) => ({ ...r, origin: r.origin ?? 'unknown', added_at: r.added_at ?? '' })),
      machine: old.incidents,
      edits,
      undone: [],
    },
    notes,
  };
}

function reportProblem(r: unknown, i: number): string | null {
  if (!isObject(r)) return `report ${i + 1} is not an object`;
  if (typeof r.id !== 'string' || r.id === '') return `report ${i + 1} has no id`;
  if (typeof r.text !== 'string') return `report ${i + 1} (${r.id.slice(0, 60)}) has no text`;
  for (const k of ['outlet', 'title', 'published', 'url'] as const) {
    if (r[k] !== undefined && !isStringOrNull(r[k])) return `report ${i + 1} (${r.id.slice(0, 60)}): '${k}' must be text or null`;
  }
  return null;
}

const CHANGE_KINDS = ['status', 'place', 'date', 'type', 'note'];

function editProblem(e: unknown, i: number, list: string): string | null {
  if (!isObject(e)) return `${list} ${i + 1} is not an object`;
  if (typeof e.id !== 'string' || typeof e.at !== 'string' || typeof e.incident_id !== 'string') return `${list} ${i + 1} lacks its id, time or incident`;
  const a = e.anchor;
  if (!isObject(a) || typeof a.article_id !== 'string' || typeof a.mention_start !== 'number') return `${list} ${i + 1} has no anchor`;
  if (!isObject(e.change) || !CHANGE_KINDS.includes(String(e.change.kind))) return `${list} ${i + 1} has an unknown change`;
  return null;
}

function normaliseReport(r: Json): StoredReport {
  const s = (v: unknown) => (typeof v === 'string' ? v : null);
  return {
    id: r.id as string,
    outlet: s(r.outlet),
    title: s(r.title),
    published: s(r.published),
    url: s(r.url),
    text: r.text as string,
    origin: s(r.origin) ?? 'unknown',
    added_at: s(r.added_at) ?? '',
  };
}

/** Any value claiming to be a project -> the current schema, or the one reason it is refused. */
export function parseProject(value: unknown): ParsedProject {
  if (!isObject(value)) return { ok: false, error: 'it is not a project (expected a JSON object with reports).' };
  if (value.type === 'FeatureCollection') {
    return { ok: false, error: 'it is an incidents GeoJSON, not a project. Open it with “Open file…” to view it.' };
  }
  const version = value.schema_version ?? 0;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { ok: false, error: `its schema_version (${JSON.stringify(version).slice(0, 20)}) is not a version number.` };
  }
  if (version > PROJECT_SCHEMA_VERSION) {
    return {
      ok: false,
      error: `it was saved by a newer version of the app (project schema ${version}; this app reads up to ${PROJECT_SCHEMA_VERSION}). Update the app to open it.`,
    };
  }
  if (!Array.isArray(value.reports)) return { ok: false, error: 'it is not a project: it has no "reports" list.' };
  const problem = value.reports.map(reportProblem).find((p) => p !== null);
  if (problem) return { ok: false, error: `${problem}.` };

  let notes: string[] = [];
  let candidate: Json = value;
  if (version === 0) {
    if (!Array.isArray(value.incidents) || !isObject(value.edits) || !Object.values(value.edits).every(Array.isArray)) {
      return { ok: false, error: 'it looks like an old project (schema 0) but lacks its "incidents" list or its "edits".' };
    }
    const machineCheck = validateIncidentCollection({ type: 'FeatureCollection', features: value.incidents });
    if (!machineCheck.ok) return { ok: false, error: `its incidents have problems: ${machineCheck.errors.join(' ')}` };
    const migrated = migrateV0({ ...(value as unknown as ProjectV0), incidents: machineCheck.collection.features });
    candidate = migrated.project as unknown as Json;
    notes = migrated.notes;
  }
  const machine = candidate.machine ?? [];
  if (!Array.isArray(machine)) return { ok: false, error: 'its "machine" incidents are not a list.' };
  const machineCheck = validateIncidentCollection({ type: 'FeatureCollection', features: machine });
  if (!machineCheck.ok) return { ok: false, error: `its incidents have problems: ${machineCheck.errors.join(' ')}` };
  const edits = candidate.edits ?? [];
  const undone = candidate.undone ?? [];
  if (!Array.isArray(edits) || !Array.isArray(undone)) return { ok: false, error: 'its "edits" and "undone" must be lists.' };
  const editError = edits.map((e, i) => editProblem(e, i, 'edit')).find((p) => p !== null) ?? undone.map((e, i) => editProblem(e, i, 'undone edit')).find((p) => p !== null);
  if (editError) return { ok: false, error: `${editError}.` };
  const ids = new Set<string>();
  for (const r of candidate.reports as Json[]) {
    if (ids.has(r.id as string)) return { ok: false, error: `the report id "${String(r.id).slice(0, 60)}" appears twice.` };
    ids.add(r.id as string);
  }
  return {
    ok: true,
    project: {
      schema_version: PROJECT_SCHEMA_VERSION,
      reports: (candidate.reports as Json[]).map(normaliseReport),
      machine: machineCheck.collection.features,
      edits: edits as Edit[],
      undone: undone as Edit[],
    },
    notes,
  };
}
