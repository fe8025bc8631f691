// Node side of the gazetteer: read the built index from disk (building it first when missing).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Gazetteer } from '../gazetteer.ts';
import type { GazetteerData } from '../gazetteer-format.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const GAZETTEER_FILE = join(root, 'data/build/gazetteer.json');

let loaded: Gazetteer | null = null;

export async function loadGazetteer(): Promise<Gazetteer> {
  if (loaded) return loaded;
  if (!existsSync(GAZETTEER_FILE)) {
    console.error('incidents: building the gazetteer index first (once; about 30 s)');
    const { writeGazetteer } = await import('../../scripts/build-gazetteer.ts');
    writeGazetteer();
  }
  loaded = new Gazetteer(JSON.parse(readFileSync(GAZETTEER_FILE, 'utf8')) as GazetteerData);
  return loaded;
}
