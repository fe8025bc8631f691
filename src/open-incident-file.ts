import { readIncidentFile } from './import-file.ts';
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
