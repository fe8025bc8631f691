// The whole pipeline, reports in, GeoJSON out: the one entry point the CLI, the browser worker,
// the evaluation and the benchmark all use, so they give the same answers.

import type { Gazetteer } from './gazetteer.ts';
import { incidentCollection, mentionFeatures, SCHEMA_ID, stableHash } from './geojson.ts';
import { analyseReport, type Account } from './incidents.ts';
import { mergeAccounts } from './merge.ts';
import { DEFAULT_RESOLVE_OPTIONS, type ResolveOptions } from './resolve.ts';
import type { Diagnostic, IncidentCollection, MentionFeature, MentionRole, Report } from './types.ts';

export const MENTIONS_SCHEMA_ID = 'incident-map/mentions/v1';
export const GENERATOR = 'incident-map geo pipeline';

/** Longest text analysed per report. News reports are a few thousand characters; a 50 MB
 * "report" is a dump, and analysing all of it would hold a machine for minutes. */
export const MAX_REPORT_CHARS = 1_000_000;

export interface PipelineOptions {
  /** Also return one feature per resolved place mention (the --mentions output). */
  mentions?: boolean;
  resolve?: ResolveOptions;
}

export interface PipelineResult {
  incidents: IncidentCollection;
  /** Resolved place mentions, when asked for. */
  mentions: { type: 'FeatureCollection'; features: MentionFeature[]; metadata: IncidentCollection['metadata'] } | null;
  /** Place mentions by role, plus 'unresolved': what the summary reports as set aside. */
  roles: Partial<Record<MentionRole | 'unresolved', number>>;
  /** Accounts placed only to a country that no more precise account joined: not mapped, since a
   * country's centroid would look like a real place (the classic GDELT error). */
  countryOnly: number;
  /** Problems with reports the pipeline met (too long, cut short). */
  diagnostics: Diagnostic[];
}

/** The text to analyse: all of it, or up to a paragraph break before the limit. */
function analysedText(text: string): string {
  if (text.length <= MAX_REPORT_CHARS) return text;
  const cut = text.lastIndexOf('\n\n', MAX_REPORT_CHARS);
  return text.slice(0, cut > MAX_REPORT_CHARS / 2 ? cut : MAX_REPORT_CHARS);
}

/**
 * A run over reports that arrive one at a time (a stream of NDJSON lines, files dropped in a
 * page): each report is analysed as it comes and only its accounts are kept, so memory grows
 * with the incidents, not with the text.
 */
export class PipelineRun {
  private readonly accounts: Account[] = [];
  private readonly mentionList: MentionFeature[] = [];
  private readonly roles: PipelineResult['roles'] = {};
  private readonly diagnostics: Diagnostic[] = [];
  /** Report ids seen so far, with a hash of their text: a quote must lead to one report. */
  private readonly seen = new Map<string, string>();
  private reports = 0;
  /** What the analysis threw, for a caller that shows stacks (the CLI with DEBUG set). */
  readonly failures: unknown[] = [];

  constructor(
    private readonly gazetteer: Gazetteer,
    private readonly options: PipelineOptions = {},
  ) {}

  add(report: Report, source = report.id): void {
    // The same report twice (a file given twice) counts once; another report under a taken id
    // gets a suffix, so that every source's article_id names one report.
    const hash = stableHash(report.text);
    const before = this.seen.get(report.id);
    if (before !== undefined) {
      if (before === hash) {
        this.diagnostics.push({ severity: 'warning', source, message: `report ${report.id} was given twice; read once` });
        return;
      }
      let id = report.id;
      for (let n = 2; this.seen.has(id); n++) id = `${report.id}~${n}`;
      this.diagnostics.push({ severity: 'warning', source, message: `report id ${report.id} is taken by another report; this one is ${id}` });
      report = { ...report, id };
    }
    this.seen.set(report.id, hash);
    this.reports++;
    const text = analysedText(report.text);
    if (text.length < report.text.length) {
      this.diagnostics.push({
        severity: 'warning',
        source,
        message: `report ${report.id} is ${(report.text.length / 1e6).toFixed(1)} million characters; only the first ${(text.length / 1e6).toFixed(1)} million were analysed`,
      });
    }
    let analysis: ReturnType<typeof analyseReport>;
    try {
      analysis = analyseReport(this.gazetteer, text === report.text ? report : { ...report, text }, this.options.resolve ?? DEFAULT_RESOLVE_OPTIONS);
    } catch (error) {
      // A bug of ours, met on one report: that report is skipped and named, the rest of the run
      // (the file's other reports, the other files) still goes through.
      this.diagnostics.push({
        severity: 'error',
        source,
        message: `report ${report.id} could not be analysed (internal error: ${(error as Error)?.message ?? String(error)}); skipped. Please report this with the report's text`,
      });
      this.failures.push(error);
      return;
    }
    for (const a of analysis.accounts) this.accounts.push(a);
    for (const m of analysis.mentions) {
      const key = m.resolution.place ? m.role.role : 'unresolved';
      this.roles[key] = (this.roles[key] ?? 0) + 1;
    }
    if (this.options.mentions) for (const f of mentionFeatures(report.id, analysis.mentions)) this.mentionList.push(f);
  }

  finish(): PipelineResult {
    const all = mergeAccounts(this.accounts);
    const merged = all.filter((m) => m.lead.place.kind !== 'country');
    const metadata = {
      generator: GENERATOR,
      schema: SCHEMA_ID,
      attribution: [...this.gazetteer.attribution],
      reports: this.reports,
    };
    return {
      incidents: incidentCollection(merged, metadata),
      mentions: this.options.mentions
        ? { type: 'FeatureCollection', features: this.mentionList, metadata: { ...metadata, schema: MENTIONS_SCHEMA_ID } }
        : null,
      roles: this.roles,
      countryOnly: all.length - merged.length,
      diagnostics: this.diagnostics,
    };
  }
}

export function runPipeline(gazetteer: Gazetteer, reports: Iterable<Report>, options: PipelineOptions = {}): PipelineResult {
  const run = new PipelineRun(gazetteer, options);
  for (const report of reports) run.add(report);
  return run.finish();
}
