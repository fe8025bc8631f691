import { validateIncidentCollection, type ImportResult } from './import-file.ts';

/** Fetches and checks an incidents file; every failure becomes a sentence a user can act on. */
export async function loadIncidents(url: string): Promise<ImportResult> {
  let res: Response;
  try {
    res = await fetch(url, { credentials: 'same-origin' });
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
  let value: unknown;
  try {
    value = await res.json();
  } catch {
    return { ok: false, errors: [`${url} is not valid JSON.`] };
  }
  return validateIncidentCollection(value);
}
