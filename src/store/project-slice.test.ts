// The project slice with a fake report reader and an in-memory IndexedDB: what is shown and what
// is stored move together, and a failure of either leaves both as they were.

import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadFixture } from '../../tests/fixtures/app/load-fixture.ts';
import { openProjectStorage, type ProjectStorage } from '../project/persistence.ts';
import type { StoredReport } from '../project/types.ts';
import type { GeoparseClient } from '../worker/geoparse-client.ts';
import type { AddResponse } from '../worker/geoparse-protocol.ts';
import { createAppStore } from './app-store.ts';
import { configureProjectServices, PROJECT_SOURCE, selectViewingProject } from './project-slice.ts';

const machine = loadFixture().features;
const report = (id: string): StoredReport => ({ id, outlet: null, title: null, published: null, url: null, text: `Text ${id}.`, origin: 'pasted', added_at: 't' });
const response = (added: StoredReport[], n: number): AddResponse => ({
  added,
  machine: machine.slice(0, n),
  metadata: { generator: 'g', schema: 's', attribution: [], reports: added.length },
  diagnostics: [],
  summary: { reportsAdded: added.length, newIncidents: n, joined: 0, withoutIncident: 0, failed: [], duplicates: 0, incidentIds: [] },
  timings: { gazetteerMs: 0, readMs: 0, analyseMs: 0 },
});

let storage: ProjectStorage;
let next: () => Promise<AddResponse>;
const client: GeoparseClient = { add: () => next(), warm: async () => 0, search: async () => [] };

beforeEach(async () => {
  storage = await openProjectStorage(new IDBFactory());
  configureProjectServices({ client: () => client, storage: async () => storage, gazetteerUrl: () => 'http://x/g.json.gz' });
});

function ready() {
  const store = createAppStore();
  store.setState({ storage: { status: 'ready', message: null } });
  return store;
}

describe('project slice', () => {
  it('stores the reports and the machine output, then shows them as the project', async () => {
    const store = ready();
    next = async () => response([report('a'), report('b')], 3);
    await store.getState().addReports([{ kind: 'paste', text: 'x' }]);
    expect(store.getState().addRun).toMatchObject({ status: 'done' });
    expect(store.getState().incidents).toHaveLength(3);
    expect(store.getState().dataSource).toBe(PROJECT_SOURCE);
    expect(selectViewingProject(store.getState())).toBe(true);
    const stored = await storage.load();
    expect(stored.reports.map((r) => r.id)).toEqual(['a', 'b']);
    expect(stored.machine).toHaveLength(3);
  });

  it('keeps everything as it was when the reader fails', async () => {
    const store = ready();
    next = async () => response([report('a')], 2);
    await store.getState().addReports([{ kind: 'paste', text: 'x' }]);
    next = async () => {
      throw new Error('the gazetteer could not be downloaded (HTTP 500)');
    };
    await store.getState().addReports([{ kind: 'paste', text: 'y' }]);
    expect(store.getState().addRun).toMatchObject({ status: 'failed' });
    expect(store.getState().addRun!.error).toMatch(/HTTP 500.*Nothing was added; your project is unchanged/);
    expect(store.getState().projectReports.map((r) => r.id)).toEqual(['a']);
    expect(store.getState().incidents).toHaveLength(2);
    expect((await storage.load()).reports.map((r) => r.id)).toEqual(['a']);
  });

  it('shows nothing it could not store', async () => {
    const store = ready();
    next = async () => response([report('a')], 2);
    await store.getState().addReports([{ kind: 'paste', text: 'x' }]);
    // A report the database refuses (a function cannot be stored) fails the whole batch.
    next = async () => response([report('b'), { ...report('c'), text: (() => '') as unknown as string }], 4);
    await store.getState().addReports([{ kind: 'paste', text: 'y' }]);
    expect(store.getState().addRun!.error).toMatch(/could not be saved in this browser.*unchanged/);
    expect(store.getState().incidents).toHaveLength(2);
    expect((await storage.load()).reports.map((r) => r.id)).toEqual(['a']);
  });

  it('keeps the project while a file is viewed, and goes back to it', async () => {
    const store = ready();
    next = async () => response([report('a')], 2);
    await store.getState().addReports([{ kind: 'paste', text: 'x' }]);
    store.getState().setCollection(loadFixture(), 'other.geojson');
    expect(selectViewingProject(store.getState())).toBe(false);
    store.getState().showProject();
    expect(selectViewingProject(store.getState())).toBe(true);
    expect(store.getState().incidents).toHaveLength(2);
  });

  it('refuses a project file from a newer app and keeps the project', async () => {
    const store = ready();
    next = async () => response([report('a')], 2);
    await store.getState().addReports([{ kind: 'paste', text: 'x' }]);
    const file = new File([JSON.stringify({ schema_version: 5, reports: [] })], 'new.json');
    expect(await store.getState().importProject(file)).toBe(false);
    expect(store.getState().projectMessage?.text).toMatch(/new\.json was not imported: it was saved by a newer version.*Your current project is unchanged/);
    expect((await storage.load()).reports).toHaveLength(1);
  });
});
