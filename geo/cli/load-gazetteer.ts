// Node side of the gazetteer: read the built index from disk (building it first when missing).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GazetteerFormatError, type Gazetteer } from '../gazetteer.ts';
import { parseGazetteer } from '../load-gazetteer-data.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const GAZETTEER_FILE = join(root, 'data/build/gazetteer.json');

let loaded: Gazetteer | null = null;

export async function loadGazetteer(): Promise<Gazetteer> {
  if (loaded) return loaded;
  if (!existsSync(GAZETTEER_FILE)) await build('building the gazetteer index first (once; about 30 s)');
  // The browser's decode path (load-gazetteer-data.ts) on the uncompressed file: one reader,
  // so Node and the browser cannot disagree about the index.
  try {
    loaded = parseGazetteer(readFileSync(GAZETTEER_FILE));
  } catch (error) {
    if (!(error instanceof GazetteerFormatError)) throw error;
    // An index from an older checkout: rebuilt as if missing, not left to fail every command.
    await build('the gazetteer index is from an older version: rebuilding it (once; about 30 s)');
    loaded = parseGazetteer(readFileSync(GAZETTEER_FILE));
  }
  return loaded;
}

async function build(why: string): Promise<void> {
  console.error(`incidents: ${why}`);
  const { writeGazetteer } = await import('../../scripts/build-gazetteer.ts');
  writeGazetteer();
}
