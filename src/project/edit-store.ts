// Keeps the analyst's edits across reloads, in IndexedDB (raw API, one object store, one
// record). Deliberately tiny: the project persistence (src/project/persistence.ts) may fold it
// in later; until then this is the one place edits are written.

import type { Edit } from './types.ts';

export interface StoredEdits {
  edits: Edit[];
  undone: Edit[];
}

const DB_NAME = 'incident-map-review';
const STORE = 'edits';
const KEY = 'current';

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB would not open'));
    // Another tab holding an older version: give up rather than wait for ever.
    req.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
}

function isEditList(x: unknown): x is Edit[] {
  return Array.isArray(x) && x.every((e) => typeof e === 'object' && e !== null && typeof (e as Edit).id === 'string' && typeof (e as Edit).at === 'string');
}

let dbPromise: Promise<IDBDatabase> | null = null;

function db(): Promise<IDBDatabase> {
  dbPromise ??= openDb().catch((e: unknown) => {
    dbPromise = null;
    throw e;
  });
  return dbPromise;
}

/** The saved edits, or empty lists when none were saved (or the browser keeps no storage). */
export async function loadEdits(): Promise<StoredEdits> {
  if (typeof indexedDB === 'undefined') return { edits: [], undone: [] };
  const d = await db();
  const value = await new Promise<unknown>((resolve, reject) => {
    const req = d.transaction(STORE, 'readonly').objectStore(STORE).get(KEY);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB read failed'));
  });
  const v = value as Partial<StoredEdits> | undefined;
  return { edits: isEditList(v?.edits) ? v.edits : [], undone: isEditList(v?.undone) ? v.undone : [] };
}

/** Replaces the saved edits; resolves once the transaction has committed. */
export async function saveEdits(value: StoredEdits): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  const d = await db();
  await new Promise<void>((resolve, reject) => {
    const tx = d.transaction(STORE, 'readwrite');
    tx.objectStore(STORE).put({ edits: value.edits, undone: value.undone }, KEY);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB write failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB write aborted'));
  });
}
