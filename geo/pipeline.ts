// The whole pipeline, reports in, GeoJSON out: the one function the CLI, the browser worker,
// the evaluation and the benchmark all call, so they give the same answers.

import type { Gazetteer } from './gazetteer.ts';
import { incidentCollection, mentionFeatures, SCHEMA_ID } from './geojson.ts';
import { analyseReport, type ReportAnalysis } from './incidents.ts';
import { mergeAccounts } from './merge.ts';
import { DEFAULT_RESOLVE_OPTIONS, type ResolveOptions } from './resolve.ts';
import type { IncidentCollection, MentionFeature, Report } from './types.ts';

export interface PipelineResult {
  incidents: IncidentCollection;
  analyses: ReportAnalysis[];
  /** Accounts placed only to a country that no more precise account joined: not mapped, since a
   * country's centroid would look like a real place (the classic GDELT error). */
  countryOnly: number;
}

export const GENERATOR = 'incident-map geo pipeline';

export function runPipeline(gazetteer: Gazetteer, reports: Report[], options: ResolveOptions = DEFAULT_RESOLVE_OPTIONS): PipelineResult {
  const analyses = reports.map((r) => analyseReport(gazetteer, r, options));
  const all = mergeAccounts(analyses.flatMap((a) => a.accounts));
  const merged = all.filter((m) => m.lead.place.kind !== 'country');
  const incidents = incidentCollection(merged, {
    generator: GENERATOR,
    schema: SCHEMA_ID,
    attribution: [...gazetteer.attribution],
    reports: reports.length,
  });
  return { incidents, analyses, countryOnly: all.length - merged.length };
}

export function mentionCollection(analyses: ReportAnalysis[]): { type: 'FeatureCollection'; features: MentionFeature[] } {
  return { type: 'FeatureCollection', features: analyses.flatMap((a) => mentionFeatures(a.report.id, a.mentions)) };
}
