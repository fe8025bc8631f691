// A promise API over the geoparse worker. One worker per page, started on first use; a worker
// that cannot start or dies answers every pending request with a sentence, never a hang.

import type { Progress } from './geoparse-core.ts';
import type { PlaceValue } from '../project/types.ts';
import type { AddRequest, AddResponse, FromWorker, ToWorker } from './geoparse-protocol.ts';

export type AddReportsRequest = Omit<AddRequest, 'type' | 'id'>;

export interface GeoparseClient {
  add(request: AddReportsRequest, onProgress?: (p: Progress) => void): Promise<AddResponse>;
  /** Starts loading the gazetteer; resolves with the load time, rejects with a message. */
  warm(gazetteerUrl: string): Promise<number>;
  /** Searches the whole gazetteer by name prefix (the review screen's search box). */
  search(gazetteerUrl: string, query: string, limit: number): Promise<PlaceValue[]>;
}

export const WORKER_FAILED =
  'The report reader could not run in this page (its Web Worker failed to start). Nothing was added and your project is unchanged. Reload the page to try again.';

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
  onProgress?(p: Progress): void;
}

/** `makeWorker` is injectable for tests; the default is the bundled module worker. */
export function createGeoparseClient(
  makeWorker: () => Worker = () => new Worker(new URL('./geoparse-worker.ts', import.meta.url), { type: 'module', name: 'geoparse' }),
): GeoparseClient {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const failAll = (message: string) => {
    for (const p of pending.values()) p.reject(new Error(message));
    pending.clear();
    worker?.terminate();
    worker = null;
  };

  function ensureWorker(): Worker {
    if (worker) return worker;
    const w = makeWorker();
    w.addEventListener('message', (e: MessageEvent<FromWorker>) => {
      const msg = e.data;
      const p = pending.get(msg.id);
      if (!p) return;
      if (msg.type === 'progress') p.onProgress?.(msg.progress);
      else {
        pending.delete(msg.id);
        if (msg.type === 'failed') p.reject(new Error(msg.message));
        else p.resolve(msg.type === 'added' ? msg.result : msg.type === 'searched' ? msg.places : msg.gazetteerMs);
      }
    });
    // A script that fails to load or throws at top level: nothing will ever answer.
    w.addEventListener('error', (e) => {
      e.preventDefault();
      failAll(e.message ? `${WORKER_FAILED} (${e.message})` : WORKER_FAILED);
    });
    w.addEventListener('messageerror', () => failAll(WORKER_FAILED));
    worker = w;
    return w;
  }

  function request<T>(message: ToWorker, onProgress?: (p: Progress) => void): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let w: Worker;
      try {
        w = ensureWorker();
      } catch (e) {
        reject(new Error(`${WORKER_FAILED} (${e instanceof Error ? e.message : String(e)})`));
        return;
      }
      pending.set(message.id, { resolve: resolve as (v: unknown) => void, reject, onProgress });
      w.postMessage(message);
    });
  }

  return {
    add: (req, onProgress) => request<AddResponse>({ ...req, type: 'add', id: nextId++ }, onProgress),
    warm: (gazetteerUrl) => request<number>({ type: 'warm', id: nextId++, gazetteerUrl }),
    search: (gazetteerUrl, query, limit) => request<PlaceValue[]>({ type: 'search', id: nextId++, gazetteerUrl, query, limit }),
  };
}
