// npm run eval: scores the pipeline on ../shared/corpus (or CORPUS_DIR):
// - dev.json, 30 gold-annotated conflict reports: incident precision, recall, F1, date and type
//   accuracy, median location error;
// - TR-News, a published toponym benchmark: recognition precision and recall, Acc@161km, exact
//   GeoNames id and median error of the resolved mentions.
// Prints figures; `--verbose` lists every miss and false positive with the pipeline's reasons.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseReport } from '../incidents.ts';
import { runPipeline } from '../pipeline.ts';
import { distanceKm } from '../resolve.ts';
import { mentionFeatures } from '../geojson.ts';
import type { Report } from '../types.ts';
import { loadGazetteer } from './load-gazetteer.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const corpusDir = process.env.CORPUS_DIR ?? join(root, '../shared/corpus');
const verbose = process.argv.includes('--verbose');

interface GoldIncident {
  place: string;
  mention: string;
  lat: number;
  lon: number;
  tolerance_km: number;
  date: string;
  event_type: string;
  quote: string;
}

interface DevReport extends Report {
  incidents: GoldIncident[];
  not_incidents: Array<{ mention: string; why: string }>;
}

function median(values: number[]): number {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const pct = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');

export interface DevScores {
  precision: number;
  recall: number;
  f1: number;
  dateAccuracy: number;
  typeAccuracy: number;
  medianErrorKm: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export async function evalDev(file: string): Promise<DevScores> {
  const gazetteer = await loadGazetteer();
  const gold = JSON.parse(readFileSync(file, 'utf8')) as DevReport[];
  const reports: Report[] = gold.map((g) => ({ id: g.id, outlet: g.outlet, title: g.title, published: g.published, url: null, text: g.text }));
  const { incidents } = runPipeline(gazetteer, reports);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let dateOk = 0;
  let typeOk = 0;
  const errors: number[] = [];
  for (const g of gold) {
    const predicted = incidents.features.filter((f) => f.properties.sources.some((s) => s.article_id === g.id));
    const used = new Set<string>();
    for (const inc of g.incidents) {
      const match = predicted
        .filter((f) => !used.has(f.id))
        .map((f) => ({ f, d: distanceKm({ lat: inc.lat, lon: inc.lon }, { lat: f.geometry.coordinates[1], lon: f.geometry.coordinates[0] }) }))
        .filter((x) => x.d <= inc.tolerance_km)
        .sort((a, b) => a.d - b.d)[0];
      if (!match) {
        fn++;
        if (verbose) console.log(`MISS ${g.id} ${inc.place} ${inc.date} ${inc.event_type} | "${inc.mention}"`);
        continue;
      }
      used.add(match.f.id);
      tp++;
      errors.push(match.d);
      const p = match.f.properties;
      if (p.event_date === inc.date) dateOk++;
      else if (verbose) console.log(`DATE ${g.id} ${inc.place}: gold ${inc.date}, got ${p.event_date} (${p.date_precision})`);
      if (p.event_type === inc.event_type) typeOk++;
      else if (verbose) console.log(`TYPE ${g.id} ${inc.place}: gold ${inc.event_type}, got ${p.event_type}`);
    }
    for (const f of predicted) {
      if (used.has(f.id)) continue;
      fp++;
      if (verbose) {
        const s = f.properties.sources.find((x) => x.article_id === g.id)!;
        console.log(`FP   ${g.id} ${f.properties.title} | "${s.mention}" | ${f.properties.explanation.role_cue}\n       ${s.quote}`);
      }
    }
  }
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  return {
    precision,
    recall,
    f1: (2 * precision * recall) / (precision + recall),
    dateAccuracy: dateOk / tp,
    typeAccuracy: typeOk / tp,
    medianErrorKm: median(errors),
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
  };
}

interface GoldToponym {
  phrase: string;
  start: number;
  end: number;
  geonameId: number;
  lat: number;
  lon: number;
}

/** TR-News XML: a fixed, simple format, read with regular expressions over its own elements. */
function readTrNews(xml: string): Array<{ id: string; published: string | null; text: string; toponyms: GoldToponym[] }> {
  const articles = [];
  const tag = (s: string, name: string) => new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(s)?.[1]?.trim() ?? '';
  for (const m of xml.matchAll(/<article docid="(\d+)">([\s\S]*?)<\/article>/g)) {
    const body = m[2]!;
    const text = /<text><!\[CDATA\[([\s\S]*?)\]\]><\/text>/.exec(body)?.[1] ?? '';
    const toponyms: GoldToponym[] = [];
    for (const t of body.matchAll(/<toponym>([\s\S]*?)<\/toponym>/g)) {
      const tb = t[1]!;
      const gaz = /<gaztag geonameid="(\d+)">([\s\S]*?)<\/gaztag>/.exec(tb);
      if (!gaz) continue;
      toponyms.push({
        phrase: tag(tb, 'phrase'),
        start: Number(tag(tb, 'start')),
        end: Number(tag(tb, 'end')),
        geonameId: Number(gaz[1]),
        lat: Number(tag(gaz[2]!, 'lat')),
        lon: Number(tag(gaz[2]!, 'lon')),
      });
    }
    const dl = tag(body, 'dltime');
    articles.push({ id: m[1]!, published: /^\d{4}-\d\d-\d\d$/.test(dl) ? dl : null, text, toponyms });
  }
  return articles;
}

/** Gold offsets count code points and are sometimes a few characters off: find the phrase near them. */
function locate(text: string, t: GoldToponym): { start: number; end: number } {
  const codePoints = Array.from(text);
  const approx = codePoints.slice(0, t.start).join('').length;
  let best = -1;
  for (let i = text.indexOf(t.phrase); i !== -1; i = text.indexOf(t.phrase, i + 1)) {
    if (best === -1 || Math.abs(i - approx) < Math.abs(best - approx)) best = i;
  }
  return best === -1 ? { start: approx, end: approx + t.phrase.length } : { start: best, end: best + t.phrase.length };
}

export interface TrNewsScores {
  precision: number;
  recall: number;
  acc161: number;
  exactId: number;
  medianErrorKm: number;
  gold: number;
  predicted: number;
}

export async function evalTrNews(file: string): Promise<TrNewsScores> {
  const gazetteer = await loadGazetteer();
  const articles = readTrNews(readFileSync(file, 'utf8'));
  let gold = 0;
  let predicted = 0;
  let matchedPred = 0;
  let matchedGold = 0;
  let within = 0;
  let exact = 0;
  const errors: number[] = [];
  for (const a of articles) {
    const report: Report = { id: a.id, outlet: null, title: null, published: a.published, url: null, text: a.text };
    const mentions = mentionFeatures(a.id, analyseReport(gazetteer, report).mentions);
    const golds = a.toponyms.map((t) => ({ t, span: locate(a.text, t) }));
    gold += golds.length;
    predicted += mentions.length;
    const usedGold = new Set<number>();
    for (const m of mentions) {
      const p = m.properties;
      const gi = golds.findIndex((g, i) => !usedGold.has(i) && g.span.start < p.end && p.start < g.span.end);
      if (gi === -1) {
        if (verbose) console.log(`TR-FP  ${a.id} "${p.mention}" -> ${p.place_name} (${p.country_code}) ${p.role}`);
        continue;
      }
      usedGold.add(gi);
      matchedPred++;
      const g = golds[gi]!.t;
      const d = distanceKm({ lat: g.lat, lon: g.lon }, { lat: m.geometry.coordinates[1], lon: m.geometry.coordinates[0] });
      errors.push(d);
      if (d <= 161) within++;
      else if (verbose) console.log(`TR-FAR ${a.id} "${p.mention}" -> ${p.place_name} (${p.country_code}), gold ${g.lat},${g.lon}: ${Math.round(d)} km`);
      if (p.geonames_id === g.geonameId) exact++;
    }
    matchedGold += usedGold.size;
    if (verbose) golds.forEach((g, i) => usedGold.has(i) || console.log(`TR-MISS ${a.id} "${g.t.phrase}"`));
  }
  return {
    precision: matchedPred / predicted,
    recall: matchedGold / gold,
    acc161: within / matchedPred,
    exactId: exact / matchedPred,
    medianErrorKm: median(errors),
    gold,
    predicted,
  };
}

async function main(): Promise<void> {
  const dev = join(corpusDir, 'dev.json');
  const tr = join(corpusDir, 'tr-news/TR-News.xml');
  if (!existsSync(dev) && !existsSync(tr)) {
    console.error(`eval: no corpus in ${corpusDir} (set CORPUS_DIR)`);
    process.exitCode = 1;
    return;
  }
  if (existsSync(tr)) {
    const s = await evalTrNews(tr);
    console.log(`TR-News toponyms (${s.gold} gold, ${s.predicted} predicted)`);
    console.log(`  recognition precision ${pct(s.precision)}  recall ${pct(s.recall)}`);
    console.log(`  resolution Acc@161km ${pct(s.acc161)}  exact GeoNames id ${pct(s.exactId)}  median error ${s.medianErrorKm.toFixed(1)} km`);
  }
  if (existsSync(dev)) {
    const s = await evalDev(dev);
    console.log(`dev.json incidents (${s.truePositives} found, ${s.falsePositives} false, ${s.falseNegatives} missed)`);
    console.log(`  precision ${pct(s.precision)}  recall ${pct(s.recall)}  F1 ${pct(s.f1)}`);
    console.log(`  date accuracy ${pct(s.dateAccuracy)}  type accuracy ${pct(s.typeAccuracy)}  median location error ${s.medianErrorKm.toFixed(1)} km`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(`eval: ${(error as Error).message}`);
    process.exitCode = 1;
  });
}
