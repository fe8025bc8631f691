import { readFileSync } from 'node:fs';
import { loadGazetteer } from './load-gazetteer.ts';
import { analyseReport } from '../incidents.ts';
import { readReports } from '../read-reports.ts';
const file = process.argv[2]!; const words = process.argv.slice(3);
const report = readReports(file, readFileSync(file, 'utf8')).reports[0]!;
const g = await loadGazetteer();
const a = analyseReport(g, report);
for (const mm of a.mentions) {
  const r = mm.resolution;
  if (words.length && !words.includes(r.mention.text)) continue;
  console.log(JSON.stringify(r.mention.text), r.mention.start, '->', r.place?.name, r.score?.toFixed(2), JSON.stringify(r.reasons), r.place?.countryCode, r.place?.featureCode, mm.role, (mm as any).cue ?? '', '|', r.candidates.slice(0, 3).map((c) => `${c.place.name} ${c.place.countryCode} ${c.place.featureCode} ${c.score.toFixed(2)} [${c.reasons.join('; ')}]`).join(' || '));
}
