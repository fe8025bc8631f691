// Tests share the built gazetteer index (npm test builds it first through scripts/ensure-data.mjs).
import { loadGazetteer } from '../../geo/cli/load-gazetteer.ts';
import type { Gazetteer } from '../../geo/gazetteer.ts';
import { analyseReport, type ReportAnalysis } from '../../geo/incidents.ts';
import type { Report } from '../../geo/types.ts';

export function gazetteer(): Promise<Gazetteer> {
  return loadGazetteer();
}

export function report(text: string, published: string | null = '2024-01-04', id = 'test'): Report {
  return { id, outlet: 'Test Wire', title: null, published, url: null, text };
}

export async function analyse(text: string, published: string | null = '2024-01-04'): Promise<ReportAnalysis> {
  return analyseReport(await gazetteer(), report(text, published));
}

/** The role and place of the first mention whose words are `words`. */
export async function mentionOf(text: string, words: string, published: string | null = '2024-01-04') {
  const a = await analyse(text, published);
  const m = a.mentions.find((x) => x.resolution.mention.text === words);
  if (!m) throw new Error(`no mention "${words}" in: ${text}\nfound: ${a.mentions.map((x) => x.resolution.mention.text).join(', ')}`);
  return { role: m.role.role, cue: m.role.cue, place: m.resolution.place, inName: m.resolution.mention.inName, analysis: a };
}
