// A project: the analyst's work that the page keeps (IndexedDB) and exports as one file.
// Machine output and analyst edits are kept apart, so nothing an analyst entered is ever lost
// when the machine re-runs, and every change says what the machine said and what changed.

import type { EventType, IncidentFeature, Report } from '../../geo/types.ts';

export const PROJECT_SCHEMA_VERSION = 1;

export type ReviewStatus = 'unreviewed' | 'confirmed' | 'rejected';

/** Where an edit belongs: the source it was made on. Incident ids change when a new report joins
 * an incident, so edits are anchored to one of its sources (a report and a mention offset),
 * and re-attach to whichever incident holds that source after a re-run. */
export interface EditAnchor {
  article_id: string;
  mention_start: number;
}

export interface PlaceValue {
  name: string;
  admin1: string | null;
  country_code: string;
  lat: number;
  lon: number;
  geonames_id: number | null;
  feature_code: string;
  /** How the analyst chose it; 'machine' is the pipeline's own place (an edit's `from` before any
   * place change), recorded as a value so the provenance outlives a re-run that picks another. */
  via: 'candidate' | 'search' | 'drag' | 'machine';
}

export type EditChange =
  | { kind: 'status'; from: ReviewStatus; to: ReviewStatus }
  | { kind: 'place'; from: PlaceValue | null; to: PlaceValue }
  | { kind: 'date'; from: { date: string | null; precision: string }; to: { date: string | null; precision: string } }
  | { kind: 'type'; from: EventType; to: EventType }
  | { kind: 'note'; from: string; to: string };

/** One analyst change, never rewritten: undo appends nothing and removes the last edit of that
 * incident from the active list, but keeps it in `undone` for the record. */
export interface Edit {
  id: string;
  anchor: EditAnchor;
  /** The incident id when the edit was made (for display; the anchor is what re-attaches). */
  incident_id: string;
  at: string; // ISO 8601 time
  change: EditChange;
}

export interface StoredReport extends Report {
  /** Where it came from: a file name, "pasted", or "seed". */
  origin: string;
  added_at: string;
}

export interface Project {
  schema_version: number;
  reports: StoredReport[];
  /** The machine's incidents for these reports, as the pipeline wrote them. */
  machine: IncidentFeature[];
  edits: Edit[];
  undone: Edit[];
}
