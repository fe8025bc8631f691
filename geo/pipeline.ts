// The whole pipeline, reports in, GeoJSON out: the one function the CLI, the browser worker,
// the evaluation and the benchmark all call, so they give the same answers.

import type { Gazetteer } from './gazetteer.ts';
import { incidentCollection, mentionFeatures, SCHEMA_ID } from './geojson.ts';
import { analyseReport } from './incidents.ts';
import { mergeAccounts } from './merge.ts';
import { DEFAULT_RESOLVE_OPTIONS, type ResolveOptions } from './resolve.ts';
import type { IncidentCollection, MentionFeature, MentionRole, Report } from './types.ts';

export const MENTIONS_SCHEMA_ID = 'incident-map/mentions/v1';

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
}

export const GENERATOR = 'incident-map geo pipeline';

export function runPipeline(gazetteer: Gazetteer, reports: Report[], options: PipelineOptions = {}): PipelineResult {
  const accounts = [];
  const mentionList: MentionFeature[] = [];
  const roles: PipelineResult['roles'] = {};
  // One report at a time, keeping only its accounts: the analysis of a report (tokens, every
  // candidate of every mention) is large and not needed once its accounts are made.
  for (const report of reports) {
    const analysis = analyseReport(gazetteer, report, options.resolve ?? DEFAULT_RESOLVE_OPTIONS);
    accounts.push(...analysis.accounts);
    for (const m of analysis.mentions) {
      const key = m.resolution.place ? m.role.role : 'unresolved';
      roles[key] = (roles[key] ?? 0) + 1;
    }
    if (options.mentions) mentionList.push(...mentionFeatures(report.id, analysis.mentions));
  }
  const all = mergeAccounts(accounts);
  const merged = all.filter((m) => m.lead.place.kind !== 'country');
  const metadata = {
    generator: GENERATOR,
    schema: SCHEMA_ID,
    attribution: [...gazetteer.attribution],
    reports: reports.length,
  };
  const incidents = incidentCollection(merged, metadata);
  return {
    incidents,
    mentions: options.mentions ? { type: 'FeatureCollection', features: mentionList, metadata: { ...metadata, schema: MENTIONS_SCHEMA_ID } } : null,
    roles,
    countryOnly: all.length - merged.length,
  };
}
