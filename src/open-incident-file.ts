import type { ImportResult } from './import-file.ts';
import { readIncidentStream } from './incident-stream.ts';
import { warmSearchIndex } from './filters/search-text.ts';
import { plural } from './format.ts';
import type { AppStore } from './store/app-store.ts';

/** Opens a user's file; a file that is not an incidents file leaves the current data alone. */
export async function openIncidentFile(store: AppStore, file: File): Promise<boolean> {
  const result = await readIncidentFile(file);
  if (!result.ok) {
    store.getState().setImportMessage({ kind: 'error', text: `${file.name} was not opened. ${result.errors.join(' ')}` });
    return false;
  }
  store.getState().setCollection(result.collection, file.name);
  warmSearchIndex(result.collection.features);
  store.getState().setImportMessage({
    kind: 'info',
    text: [`Opened ${file.name}: ${plural(result.collection.features.length, 'incident')}.`, ...result.warnings].join(' '),
  });
  return true;
}

/** Larger files than this would stall the tab while parsing; the pipeline's output is far smaller. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

async function readIncidentFile(file: File): Promise<ImportResult> {
  if (file.size > MAX_FILE_BYTES) {
    return { ok: false, errors: [`${file.name} is ${Math.round(file.size / 1e6)} MB; files up to ${MAX_FILE_BYTES / 1e6} MB can be opened.`] };
  }
  try {
    return await readIncidentStream(file.stream());
  } catch (e) {
    return { ok: false, errors: [`${file.name} could not be read (${e instanceof Error ? e.message : 'read error'}).`] };
  }
}
