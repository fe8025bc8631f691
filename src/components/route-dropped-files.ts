// Files dropped on the page go where their content says: an incidents GeoJSON (a
// FeatureCollection) is opened for viewing as before; anything else is a report file for the
// project, and the reader says why when it is not one.

import { openIncidentFile } from '../open-incident-file.ts';
import type { AppStore } from '../store/app-store.ts';
import type { BlobInput } from '../worker/geoparse-protocol.ts';

export const REPORT_FILE_ACCEPT = '.txt,.text,.md,.markdown,.html,.htm,.json,.ndjson,.jsonl,text/plain,text/markdown,text/html,application/json';

/** A .geojson, or a .json whose start says FeatureCollection (the pipeline writes `type` first;
 * a report file is an array or an object with `text`). */
export async function isIncidentsFile(file: Blob & { name: string }): Promise<boolean> {
  if (/\.geojson$/i.test(file.name)) return true;
  if (!/\.json$/i.test(file.name)) return false;
  const head = await file.slice(0, 64 * 1024).text();
  return /^\s*\{/.test(head) && /"type"\s*:\s*"FeatureCollection"/.test(head);
}

export function toBlobInputs(files: File[]): BlobInput[] {
  return files.map((f) => ({ kind: 'blob', name: f.name, blob: f }));
}

export async function routeDroppedFiles(store: AppStore, files: File[]): Promise<void> {
  const kinds = await Promise.all(files.map(isIncidentsFile));
  const incidents = files.filter((_, i) => kinds[i]);
  const reports = files.filter((_, i) => !kinds[i]);
  // One incidents file is viewed at a time: the first one.
  if (incidents[0]) await openIncidentFile(store, incidents[0]);
  if (reports.length > 0) {
    store.getState().setAddPanelOpen(true);
    await store.getState().addReports(toBlobInputs(reports));
  }
}
