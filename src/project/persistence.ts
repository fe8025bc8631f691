// The project in IndexedDB: one database, `incident-map`, kept across reloads and restarts.
//
// Layout (database version 2, project schema 1):
//   reports  {id, seq, report}          one record per report; seq keeps the order they were
//                                       added, which the pipeline's merging depends on
//   edits    {id, seq, undone, edit}    the analyst's edits, active and undone
//   meta     'schema' -> {schema_version}, 'machine' -> {features, metadata}
// Database version 1 was the prototype: one record, `project`/'current', in schema 0. Opening it
// migrates it (migrations.ts) inside the upgrade transaction, so it is converted or left whole.
//
// Every change is one transaction: reports and the machine output they produced are written
// together, after the worker has succeeded. A failed write or a tab closed mid-write aborts the
// transaction, and IndexedDB leaves what was stored before.

import type { CollectionMetadata, IncidentFeature } from '../../geo/types.ts';
import { parseProject, type ProjectV0 } from './migrations.ts';
import { PROJECT_SCHEMA_VERSION, type Edit, type Project, type StoredReport } from './types.ts';

export const DB_NAME = 'incident-map';
export const DB_VERSION = 2;

const REPORTS = 'reports';
const EDITS = 'edits';
const META = 'meta';
/** The prototype's single store (database version 1). */
export const LEGACY_STORE = 'project';

interface ReportRecord {
  id: string;
  seq: number;
  report: StoredReport;
}
interface EditRecord {
  id: string;
  seq: number;
  undone: boolean;
  edit: Edit;
}
interface MachineRecord {
  features: IncidentFeature[];
  metadata: CollectionMetadata | null;
}

export interface StoredProject extends Project {
  metadata: CollectionMetadata | null;
  /** What happened on opening (a migration), for a notice; empty normally. */
  notes: string[];
}

export interface ProjectStorage {
  /** The stored project; reports empty when nothing was stored yet. */
  load(): Promise<StoredProject>;
  /** Appends reports and replaces the machine output, together or not at all. */
  addReports(added: readonly StoredReport[], machine: readonly IncidentFeature[], metadata: CollectionMetadata | null): Promise<void>;
  /** Replaces the edits (active and undone). */
  saveEdits(edits: readonly Edit[], undone: readonly Edit[]): Promise<void>;
  /** Replaces the whole project (an imported file), together or not at all. */
  replace(project: Project, metadata: CollectionMetadata | null): Promise<void>;
  close(): void;
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new Error('the browser cancelled the write'));
    tx.onerror = () => undefined; // onabort follows with the error
  });
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function createStores(db: IDBDatabase): void {
  db.createObjectStore(REPORTS, { keyPath: 'id' });
  db.createObjectStore(EDITS, { keyPath: 'id' });
  db.createObjectStore(META);
}

/** Writes a whole project into the stores of an open transaction (no await inside: a
 * transaction ends when its task has no pending requests). */
function putProject(tx: IDBTransaction, project: Project, metadata: CollectionMetadata | null, seqStart = 0): void {
  const reports = tx.objectStore(REPORTS);
  project.reports.forEach((report, i) => reports.put({ id: report.id, seq: seqStart + i, report } satisfies ReportRecord));
  putEdits(tx, project.edits, project.undone);
  tx.objectStore(META).put({ features: project.machine, metadata } satisfies MachineRecord, 'machine');
  tx.objectStore(META).put({ schema_version: PROJECT_SCHEMA_VERSION }, 'schema');
}

function putEdits(tx: IDBTransaction, edits: readonly Edit[], undone: readonly Edit[]): void {
  const store = tx.objectStore(EDITS);
  store.clear();
  let seq = 0;
  for (const edit of edits) store.put({ id: edit.id, seq: seq++, undone: false, edit } satisfies EditRecord);
  for (const edit of undone) store.put({ id: edit.id, seq: seq++, undone: true, edit } satisfies EditRecord);
}

/** Database version 1 -> 2 inside the upgrade transaction: the old record is read, migrated and
 * written to the new stores, then its store is removed. Any failure aborts the upgrade, which
 * leaves version 1 and its data untouched for the next attempt. */
function upgradeFromV1(db: IDBDatabase, tx: IDBTransaction, notes: string[]): void {
  createStores(db);
  const get = tx.objectStore(LEGACY_STORE).get('current');
  get.onsuccess = () => {
    const old = get.result as ProjectV0 | undefined;
    if (old !== undefined) {
      const parsed = parseProject(old);
      if (!parsed.ok) {
        // Not readable as schema 0 after all: keep it as it is rather than delete the analyst's data.
        notes.push(`An older stored project could not be brought up to date (${parsed.error}); it is kept untouched in the "${LEGACY_STORE}" store.`);
        return;
      }
      putProject(tx, parsed.project, null);
      notes.push(...parsed.notes);
    }
    db.deleteObjectStore(LEGACY_STORE);
  };
}

export function openProjectStorage(factory: IDBFactory = globalThis.indexedDB): Promise<ProjectStorage> {
  if (!factory) return Promise.reject(new Error('this browser has no IndexedDB'));
  const notes: string[] = [];
  return new Promise<IDBDatabase>((resolve, reject) => {
    const open = factory.open(DB_NAME, DB_VERSION);
    open.onupgradeneeded = (e) => {
      const db = open.result;
      const tx = open.transaction!;
      if (e.oldVersion === 0) createStores(db);
      else if (e.oldVersion === 1 && db.objectStoreNames.contains(LEGACY_STORE)) upgradeFromV1(db, tx, notes);
    };
    open.onsuccess = () => {
      const db = open.result;
      // Another tab with a newer app wants to upgrade: let it, this tab's copy stays in memory.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    open.onerror = () => reject(open.error ?? new Error('IndexedDB would not open'));
    open.onblocked = () => reject(new Error('another tab with an older version of the page holds the database; close it and reload'));
  }).then((db) => storageOn(db, notes));
}

/** One readwrite transaction; a put that throws (a value that cannot be stored) aborts it, so
 * nothing of the write stays. */
async function writeAll(db: IDBDatabase, stores: string[], write: (tx: IDBTransaction) => void): Promise<void> {
  const tx = db.transaction(stores, 'readwrite');
  const finished = done(tx);
  try {
    write(tx);
  } catch (e) {
    tx.abort();
    await finished.catch(() => undefined);
    throw e;
  }
  await finished;
}

function storageOn(db: IDBDatabase, notes: string[]): ProjectStorage {
  return {
    async load() {
      const tx = db.transaction([REPORTS, EDITS, META], 'readonly');
      const [reports, edits, machine] = await Promise.all([
        request(tx.objectStore(REPORTS).getAll() as IDBRequest<ReportRecord[]>),
        request(tx.objectStore(EDITS).getAll() as IDBRequest<EditRecord[]>),
        request(tx.objectStore(META).get('machine') as IDBRequest<MachineRecord | undefined>),
      ]);
      reports.sort((a, b) => a.seq - b.seq);
      edits.sort((a, b) => a.seq - b.seq);
      return {
        schema_version: PROJECT_SCHEMA_VERSION,
        reports: reports.map((r) => r.report),
        machine: machine?.features ?? [],
        metadata: machine?.metadata ?? null,
        edits: edits.filter((e) => !e.undone).map((e) => e.edit),
        undone: edits.filter((e) => e.undone).map((e) => e.edit),
        notes: notes.splice(0),
      };
    },

    async addReports(added, machine, metadata) {
      const tx = db.transaction([REPORTS, META], 'readwrite');
      const finished = done(tx);
      const store = tx.objectStore(REPORTS);
      // The next seq: after the last stored one (a cursor from the end would do; count is enough
      // because reports are only ever appended or replaced whole).
      const count = store.count();
      let failure: unknown = null;
      count.onsuccess = () => {
        try {
          added.forEach((report, i) => store.put({ id: report.id, seq: count.result + i, report } satisfies ReportRecord));
          tx.objectStore(META).put({ features: [...machine], metadata } satisfies MachineRecord, 'machine');
          tx.objectStore(META).put({ schema_version: PROJECT_SCHEMA_VERSION }, 'schema');
        } catch (e) {
          // A value that cannot be stored (put throws synchronously): nothing of the batch stays.
          failure = e;
          tx.abort();
        }
      };
      try {
        await finished;
      } catch (e) {
        throw failure ?? e;
      }
    },

    saveEdits: (edits, undone) => writeAll(db, [EDITS], (tx) => putEdits(tx, edits, undone)),

    replace: (project, metadata) =>
      writeAll(db, [REPORTS, EDITS, META], (tx) => {
        tx.objectStore(REPORTS).clear();
        putProject(tx, project, metadata);
      }),

    close: () => db.close(),
  };
}

/** For tests and the v0 migration test: what a prototype stored, written the prototype's way. */
export function writeLegacyProject(factory: IDBFactory, project: ProjectV0): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = factory.open(DB_NAME, 1);
    open.onupgradeneeded = () => open.result.createObjectStore(LEGACY_STORE);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(LEGACY_STORE, 'readwrite');
      tx.objectStore(LEGACY_STORE).put(project, 'current');
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onabort = () => reject(tx.error);
    };
  });
}
