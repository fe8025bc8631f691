// The geoparser in a module Web Worker: loads the gazetteer once per page, reads the analyst's
// files and pasted text, and re-runs all the project's reports through the pipeline, posting
// progress as it goes. The page's thread only sends the request and receives the incidents.

import type { Gazetteer } from '../../geo/gazetteer.ts';
import { loadGazetteerFromBytes } from '../../geo/load-gazetteer-data.ts';
import { computeIncidents, readInputs, searchGazetteer, summarise, type FileReport, type Progress, type ReportInput } from './geoparse-core.ts';
import type { AddRequest, FromWorker, ToWorker, WorkerInput } from './geoparse-protocol.ts';
import { SEED_FILES } from './seed-reports.ts';

// The DOM lib is the project's; the worker global is reached through the few members it uses.
const scope = self as unknown as {
  postMessage(message: FromWorker): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<ToWorker>) => void): void;
};

const post = (message: FromWorker) => scope.postMessage(message);

let gazetteer: { url: string; promise: Promise<Gazetteer> } | null = null;

/** Downloads (or takes from the HTTP cache: the server sends an ETag) and parses the index once. */
function loadGazetteer(url: string, onProgress: (p: Progress) => void): Promise<Gazetteer> {
  if (gazetteer?.url === url) return gazetteer.promise;
  const promise = (async () => {
    let res: Response;
    try {
      res = await fetch(url, { credentials: 'same-origin' });
    } catch (e) {
      throw new Error(`the gazetteer could not be downloaded (${e instanceof Error ? e.message : 'network error'})`);
    }
    if (!res.ok) {
      throw new Error(
        res.status === 404
          ? 'the server has no gazetteer (data/build/gazetteer.json.gz): run `npm run build:gazetteer` and restart'
          : `the gazetteer could not be downloaded (HTTP ${res.status})`,
      );
    }
    const total = Number(res.headers.get('Content-Length')) || null;
    const chunks: Uint8Array[] = [];
    let loaded = 0;
    if (res.body) {
      const reader = res.body.getReader();
      let lastPost = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        loaded += value.length;
        if (loaded - lastPost > 256 * 1024) {
          lastPost = loaded;
          onProgress({ phase: 'gazetteer', loaded, total });
        }
      }
    } else {
      chunks.push(new Uint8Array(await res.arrayBuffer()));
      loaded = chunks[0]!.length;
    }
    onProgress({ phase: 'gazetteer', loaded, total: loaded });
    const bytes = new Uint8Array(loaded);
    let at = 0;
    for (const c of chunks) {
      bytes.set(c, at);
      at += c.length;
    }
    try {
      return await loadGazetteerFromBytes(bytes);
    } catch (e) {
      throw new Error(`the gazetteer download is damaged (${e instanceof Error ? e.message : String(e)}); reload the page to fetch it again`);
    }
  })();
  gazetteer = { url, promise };
  // A failed load is forgotten, so the next request tries again instead of failing forever.
  promise.catch(() => {
    if (gazetteer?.promise === promise) gazetteer = null;
  });
  return promise;
}

async function readBlob(input: WorkerInput): Promise<ReportInput> {
  if (input.kind === 'paste') return input;
  try {
    return { kind: 'file', name: input.name, content: new Uint8Array(await input.blob.arrayBuffer()) };
  } catch {
    // A file removed or changed on disk since it was picked: readReports reports an empty file.
    return { kind: 'file', name: input.name, content: '' };
  }
}

async function add(req: AddRequest): Promise<void> {
  const progress = (p: Progress) => post({ type: 'progress', id: req.id, progress: p });
  const t0 = performance.now();
  // Reading does not need the gazetteer: it runs while the index downloads.
  const gazetteerPromise = loadGazetteer(req.gazetteerUrl, progress);
  gazetteerPromise.catch(() => undefined);
  const inputs: ReportInput[] = [];
  for (const [i, input] of req.inputs.entries()) {
    if (input.kind === 'blob') progress({ phase: 'reading', done: i, total: req.inputs.length, name: input.name });
    inputs.push(await readBlob(input));
  }
  const seeds: FileReport[] = req.includeSeeds ? [...SEED_FILES] : [];
  const seedRead = readInputs(seeds, req.existing, req.now);
  const read = readInputs(inputs, [...req.existing, ...seedRead.added], req.now, progress);
  const t1 = performance.now();
  const gaz = await gazetteerPromise;
  const t2 = performance.now();
  const all = [...req.existing, ...seedRead.added, ...read.added];
  const computed = computeIncidents(gaz, all, progress);
  const t3 = performance.now();
  post({
    type: 'added',
    id: req.id,
    result: {
      added: [...seedRead.added, ...read.added],
      machine: computed.features,
      metadata: computed.metadata,
      diagnostics: [...read.diagnostics, ...computed.diagnostics],
      summary: summarise(computed.features, read.added, read.outcomes),
      timings: { gazetteerMs: t2 - t0, readMs: t1 - t0, analyseMs: t3 - t2 },
    },
  });
}

scope.addEventListener('message', (e) => {
  const req = e.data;
  const fail = (error: unknown) =>
    post({ type: 'failed', id: req.id, message: error instanceof Error ? error.message : String(error) });
  if (req.type === 'warm') {
    const t0 = performance.now();
    loadGazetteer(req.gazetteerUrl, () => undefined).then(
      () => post({ type: 'warmed', id: req.id, gazetteerMs: performance.now() - t0 }),
      fail,
    );
  } else if (req.type === 'add') {
    add(req).catch(fail);
  } else if (req.type === 'search') {
    loadGazetteer(req.gazetteerUrl, () => undefined).then(
      (gaz) => post({ type: 'searched', id: req.id, places: searchGazetteer(gaz, req.query, req.limit) }),
      fail,
    );
  }
});
