import type { ImportResult } from './import-file.ts';
import { readIncidentStream } from './incident-stream.ts';
import { appStore } from './store/app-store.ts';
import { loadProjectOr } from './store/project-slice.ts';

/** The page's first data: the project stored in this browser, or else the file at `url`. */
export async function loadIncidents(url: string): Promise<ImportResult> {
  // The request starts now, while the browser's database is opened and read, and is cancelled
  // if a stored project takes the file's place. (Parsing stays on this thread: in a worker it
  // competes with the map's own worker for the CPU, and the parsed copy must still be cloned
  // back, which measured slower on two cores.)
  const abort = new AbortController();
  const request = fetch(url, { credentials: 'same-origin', signal: abort.signal });
  request.catch(() => undefined);
  let used = false;
  try {
    return await loadProjectOr(appStore, url, () => {
      used = true;
      return fetchIncidents(url, request);
    });
  } finally {
    if (!used) abort.abort();
  }
}

/** Fetches (or takes a request already started) and checks an incidents file; every failure
 * becomes a sentence a user can act on. */
export async function fetchIncidents(url: string, started?: Promise<Response>): Promise<ImportResult> {
  let res: Response;
  try {
    res = await (started ?? fetch(url, { credentials: 'same-origin' }));
  } catch (e) {
    return { ok: false, errors: [`Could not reach ${url} (${e instanceof Error ? e.message : 'network error'}).`] };
  }
  if (res.status === 404) {
    return {
      ok: false,
      errors: [
        'No incidents file yet: the pipeline has not written data/build/seed-incidents.geojson. Run `npm run incidents -- --out data/build/seed-incidents.geojson seeds/*.md`, or open a file with “Open file”.',
      ],
    };
  }
  if (!res.ok) return { ok: false, errors: [`Loading ${url} failed: HTTP ${res.status}.`] };
  try {
    return await readIncidentStream(res.body ?? new Blob([]).stream());
  } catch (e) {
    return { ok: false, errors: [`Loading ${url} was cut off (${e instanceof Error ? e.message : 'network error'}). Reload the page to try again.`] };
  }
}
