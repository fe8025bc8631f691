// What the geoparse worker does, as plain functions: reading the analyst's inputs into reports and
// running the project's reports through the pipeline. The worker calls these, and so does the
// "same answers" test in Node, so the page and the `incidents` command cannot drift apart: both
// end in geo/pipeline.ts's PipelineRun, fed the same reports in the same order.

import type { Gazetteer } from '../../geo/gazetteer.ts';
import { PipelineRun } from '../../geo/pipeline.ts';
import { normaliseDate, readReports } from '../../geo/read-reports.ts';
import type { CollectionMetadata, Diagnostic, IncidentFeature, Report } from '../../geo/types.ts';
import type { PlaceValue, StoredReport } from '../project/types.ts';

/** A report typed or pasted into the page. Only `text` is required. */
export interface PastedReport {
  kind: 'paste';
  text: string;
  outlet?: string;
  title?: string;
  /** Publication date as typed (YYYY-MM-DD, "4 January 2024", ...). */
  date?: string;
  url?: string;
}

/** A file's content, already read (the worker reads Blobs itself; Node reads from disk). */
export interface FileReport {
  kind: 'file';
  name: string;
  content: string | Uint8Array;
  /** What the report's `origin` says; the file name when absent. */
  origin?: string;
}

export type ReportInput = PastedReport | FileReport;

export type Progress =
  | { phase: 'gazetteer'; loaded: number; total: number | null }
  | { phase: 'reading'; done: number; total: number; name: string }
  | { phase: 'analysing'; done: number; total: number };

/** What happened to one input, for the summary: reports taken, duplicates left out, or why none. */
export interface InputOutcome {
  name: string;
  added: number;
  duplicates: number;
  /** Set when nothing in the input could be used: the first error's words. */
  error: string | null;
}

export interface ReadInputsResult {
  added: StoredReport[];
  diagnostics: Diagnostic[];
  outcomes: InputOutcome[];
}

export const PASTED_SOURCE = 'pasted text';

/** FNV-1a: a pasted report's id comes from its text, so pasting the same text twice is noticed. */
function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36).padStart(7, '0');
}

const trimmed = (v: string | undefined): string | null => {
  const t = v?.trim();
  return t ? t : null;
};

function readPasted(input: PastedReport): { reports: Report[]; diagnostics: Diagnostic[] } {
  if (!input.text.trim()) {
    return { reports: [], diagnostics: [{ severity: 'error', source: PASTED_SOURCE, message: 'the report text is empty' }] };
  }
  // Through the same reader as a .txt file: front matter pasted with the text is understood, and
  // the text is normalised exactly as the command line would normalise the same file.
  const read = readReports(PASTED_SOURCE, input.text, { format: 'text' });
  const diagnostics = [...read.diagnostics];
  const reports = read.reports.map((r): Report => {
    let published = r.published;
    const typed = trimmed(input.date);
    if (typed !== null) {
      const d = normaliseDate(typed);
      if (d.problem) diagnostics.push({ severity: 'warning', source: PASTED_SOURCE, message: d.problem });
      else published = d.date;
    }
    return {
      ...r,
      // The text decides the id unless its front matter gave one.
      id: r.id === 'pasted text' ? `pasted-${textHash(r.text)}` : r.id,
      outlet: trimmed(input.outlet) ?? r.outlet,
      title: trimmed(input.title) ?? r.title,
      url: trimmed(input.url) ?? r.url,
      published,
    };
  });
  return { reports, diagnostics };
}

/**
 * Inputs -> new reports for the project. A report whose id and text are already in the project is
 * a duplicate and left out (dropping the same file twice must not double its incidents); one whose
 * id is taken by a different text gets a suffixed id, since ids must be unique for merging.
 */
export function readInputs(
  inputs: readonly ReportInput[],
  existing: readonly Report[],
  addedAt: string,
  onProgress: (p: Progress) => void = () => undefined,
): ReadInputsResult {
  const texts = new Map<string, string>();
  for (const r of existing) texts.set(r.id, r.text);
  const added: StoredReport[] = [];
  const diagnostics: Diagnostic[] = [];
  const outcomes: InputOutcome[] = [];
  inputs.forEach((input, i) => {
    const name = input.kind === 'file' ? input.name : PASTED_SOURCE;
    onProgress({ phase: 'reading', done: i, total: inputs.length, name });
    let read: { reports: Report[]; diagnostics: Diagnostic[] };
    try {
      read = input.kind === 'file' ? readReports(input.name, input.content) : readPasted(input);
    } catch (e) {
      // The readers turn bad input into diagnostics; anything thrown is a bug, kept to this input.
      read = { reports: [], diagnostics: [{ severity: 'error', source: name, message: `could not be read (${e instanceof Error ? e.message : String(e)})` }] };
    }
    diagnostics.push(...read.diagnostics);
    const outcome: InputOutcome = { name, added: 0, duplicates: 0, error: null };
    for (const report of read.reports) {
      let id = report.id;
      if (texts.get(id) === report.text) {
        outcome.duplicates++;
        continue;
      }
      for (let n = 2; texts.has(id); n++) id = `${report.id}~${n}`;
      texts.set(id, report.text);
      const origin = input.kind === 'file' ? (input.origin ?? input.name) : 'pasted';
      added.push({ ...report, id, origin, added_at: addedAt });
      outcome.added++;
    }
    if (outcome.added === 0 && outcome.duplicates === 0) {
      outcome.error = read.diagnostics.find((d) => d.severity === 'error')?.message ?? 'no report found in it';
    }
    if (outcome.duplicates > 0) {
      diagnostics.push({
        severity: 'warning',
        source: name,
        message: `${outcome.duplicates === 1 ? 'this report is' : `${outcome.duplicates} reports are`} already in the project; not added again`,
      });
    }
    outcomes.push(outcome);
  });
  onProgress({ phase: 'reading', done: inputs.length, total: inputs.length, name: '' });
  return { added, diagnostics, outcomes };
}

/** Only the Report fields: what the command line's readers hand the pipeline, nothing more. */
export function asReport(r: Report): Report {
  return { id: r.id, outlet: r.outlet, title: r.title, published: r.published, url: r.url, text: r.text };
}

export interface ComputeResult {
  features: IncidentFeature[];
  metadata: CollectionMetadata;
  diagnostics: Diagnostic[];
}

/** All the project's reports, in project order, through the pipeline (merging needs them all). */
export function computeIncidents(
  gazetteer: Gazetteer,
  reports: readonly (Report & { origin?: string })[],
  onProgress: (p: Progress) => void = () => undefined,
): ComputeResult {
  const run = new PipelineRun(gazetteer);
  reports.forEach((r, i) => {
    // Progress every few reports: hundreds of messages a second would only busy the page.
    if (i % 5 === 0) onProgress({ phase: 'analysing', done: i, total: reports.length });
    run.add(asReport(r), r.origin ?? r.id);
  });
  onProgress({ phase: 'analysing', done: reports.length, total: reports.length });
  const result = run.finish();
  return { features: result.incidents.features, metadata: result.incidents.metadata, diagnostics: result.diagnostics };
}

export interface AddSummary {
  reportsAdded: number;
  /** Incidents only the new reports describe. */
  newIncidents: number;
  /** Incidents where a new report joined what earlier reports described. */
  joined: number;
  /** New reports that gave no mappable incident (no place, or only a country). */
  withoutIncident: number;
  /** Inputs from which nothing could be taken, with the reason. */
  failed: Array<{ name: string; error: string }>;
  duplicates: number;
  /** The new and joined incidents, in map order. */
  incidentIds: string[];
}

/** How the new reports landed among the incidents, for the sentence after an import. */
export function summarise(features: readonly IncidentFeature[], added: readonly Report[], outcomes: readonly InputOutcome[]): AddSummary {
  const addedIds = new Set(added.map((r) => r.id));
  const placed = new Set<string>();
  let newIncidents = 0;
  let joined = 0;
  const incidentIds: string[] = [];
  for (const f of features) {
    const ids = f.properties.sources.map((s) => s.article_id);
    const fresh = ids.filter((id) => addedIds.has(id));
    if (fresh.length === 0) continue;
    for (const id of fresh) placed.add(id);
    incidentIds.push(f.id);
    if (fresh.length === ids.length) newIncidents++;
    else joined++;
  }
  return {
    reportsAdded: added.length,
    newIncidents,
    joined,
    withoutIncident: added.length - placed.size,
    failed: outcomes.filter((o) => o.error !== null).map((o) => ({ name: o.name, error: o.error! })),
    duplicates: outcomes.reduce((n, o) => n + o.duplicates, 0),
    incidentIds,
  };
}

/** Places for the review screen's search box: the gazetteer's best-known matches, as values an
 * edit can hold. */
export function searchGazetteer(gazetteer: Gazetteer, query: string, limit: number): PlaceValue[] {
  return gazetteer.search(query, limit).map((p) => ({
    name: p.name,
    admin1: p.admin1,
    country_code: p.countryCode,
    lat: p.lat,
    lon: p.lon,
    geonames_id: p.geonamesId,
    feature_code: p.featureCode,
    via: 'search' as const,
  }));
}
