import type { StateCreator } from 'zustand/vanilla';
import type { CollectionMetadata, Diagnostic, IncidentCollection, IncidentFeature } from '../../geo/types.ts';
import { saveFile } from '../download.ts';
import { warmSearchIndex } from '../filters/search-text.ts';
import type { ImportResult } from '../import-file.ts';
import { projectFileContent, projectFileName, readProjectFile } from '../project/persistence-file.ts';
import { openProjectStorage, type ProjectStorage } from '../project/persistence.ts';
import { PROJECT_SCHEMA_VERSION, type Edit, type PlaceValue, type Project, type StoredReport } from '../project/types.ts';
import type { AddSummary, Progress } from '../worker/geoparse-core.ts';
import { createGeoparseClient, type GeoparseClient } from '../worker/geoparse-client.ts';
import type { WorkerInput } from '../worker/geoparse-protocol.ts';
import type { AppState, AppStore } from './app-store.ts';

// The analyst's project in the page: its reports, the machine's incidents for them, and the
// state of the report reader. Two modes, never mixed:
// - project: the map shows the project's machine incidents (the review slice applies the edits
//   on top). Before any report is added, the project is the seed reports and the map shows the
//   served /data/incidents.geojson (their incidents, as `npm start` builds it).
// - viewing a file: "Open file…" or a ?data= URL shows that file; the project stays stored and
//   untouched, and "Back to my project" (or adding reports) returns to it.

/** The header's source label while the project is shown. */
export const PROJECT_SOURCE = 'Project in this browser';

export type AddPhase = 'reading' | 'gazetteer' | 'analysing' | 'saving';

export interface AddRun {
  status: 'running' | 'done' | 'failed';
  /** How many files (or pasted texts) were handed in. */
  inputs: number;
  progress: Progress | { phase: 'saving' } | null;
  summary: AddSummary | null;
  /** Problems by file, line and element; warnings too (a date that could not be read). */
  diagnostics: Diagnostic[];
  error: string | null;
}

export interface ProjectState {
  projectReports: StoredReport[];
  /** The machine's incidents for the project's reports; null while it has none (seed map). */
  machine: IncidentFeature[] | null;
  machineMetadata: CollectionMetadata | null;
  /** The features array last published as the project: the map shows the project exactly when
   * the data slice holds this array. */
  projectShown: IncidentFeature[] | null;
  storage: { status: 'loading' | 'ready' | 'unavailable'; message: string | null };
  addPanelOpen: boolean;
  addRun: AddRun | null;
  /** The last project import/export, in words. */
  projectMessage: { kind: 'error' | 'info'; text: string } | null;
}

export interface ProjectActions {
  setAddPanelOpen(open: boolean): void;
  /** Reads the inputs in the worker, re-runs the project and stores the result in one step. */
  addReports(inputs: WorkerInput[]): Promise<void>;
  /** Back from viewing a file to the project's incidents. */
  showProject(): void;
  exportProject(): void;
  importProject(file: File): Promise<boolean>;
  /** Starts the gazetteer download ahead of need. */
  warmReader(): void;
}

export type ProjectSlice = ProjectState & ProjectActions;

export function initialProjectState(): ProjectState {
  return {
    projectReports: [],
    machine: null,
    machineMetadata: null,
    projectShown: null,
    storage: { status: 'loading', message: null },
    addPanelOpen: false,
    addRun: null,
    projectMessage: null,
  };
}

// ---------------------------------------------------------------------------------------------
// Services: the worker and the database, made on first use; tests swap them.

interface ProjectServices {
  client(): GeoparseClient;
  storage(): Promise<ProjectStorage>;
  gazetteerUrl(): string;
}

let client: GeoparseClient | null = null;
let storage: Promise<ProjectStorage> | null = null;
let services: ProjectServices = {
  client: () => (client ??= createGeoparseClient()),
  storage: () => (storage ??= openProjectStorage()),
  gazetteerUrl: () => new URL('./data/gazetteer.json.gz', location.href).href,
};

export function configureProjectServices(s: Partial<ProjectServices>): void {
  services = { ...services, ...s };
}

/** The review screen's place search, answered by the whole gazetteer in the worker. */
export function searchGazetteerPlaces(query: string, limit: number): Promise<PlaceValue[]> {
  return services.client().search(services.gazetteerUrl(), query, limit);
}

/** Edits live in the review slice; read and written through these so this slice works with
 * or without it. */
type EditLists = { edits?: Edit[]; undone?: Edit[]; loadReview?(saved: { edits: Edit[]; undone: Edit[] }): void };

function collection(features: IncidentFeature[], metadata: CollectionMetadata | null, reports: number): IncidentCollection {
  return { type: 'FeatureCollection', features, metadata: metadata ?? { generator: 'incident-map', schema: '', attribution: [], reports } };
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

export const createProjectSlice: StateCreator<AppState, [], [], ProjectSlice> = (set, get) => {
  const publish = (features: IncidentFeature[], metadata: CollectionMetadata | null) => {
    set({ projectShown: features });
    get().setCollection(collection(features, metadata, get().projectReports.length), PROJECT_SOURCE);
    warmSearchIndex(features);
  };
  const setRun = (patch: Partial<AddRun>) => set((s) => ({ addRun: s.addRun ? { ...s.addRun, ...patch } : null }));

  return {
    ...initialProjectState(),
    setAddPanelOpen: (addPanelOpen) => set({ addPanelOpen }),

    warmReader: () => {
      services.client().warm(services.gazetteerUrl()).catch(() => undefined);
    },

    addReports: async (inputs) => {
      if (get().addRun?.status === 'running' || inputs.length === 0) return;
      set({ addRun: { status: 'running', inputs: inputs.length, progress: null, summary: null, diagnostics: [], error: null } });
      const existing = get().projectReports;
      // Progress reaches the store at most every 150 ms: each update re-renders the panel, and
      // the worker can post hundreds a second.
      let latest: Progress | null = null;
      let timer: ReturnType<typeof setTimeout> | null = null;
      const onProgress = (p: Progress) => {
        latest = p;
        timer ??= setTimeout(() => {
          timer = null;
          if (get().addRun?.status === 'running') setRun({ progress: latest });
        }, 150);
      };
      let result;
      try {
        result = await services.client().add(
          { gazetteerUrl: services.gazetteerUrl(), existing, includeSeeds: existing.length === 0, inputs, now: new Date().toISOString() },
          onProgress,
        );
      } catch (e) {
        setRun({ status: 'failed', error: `${errorText(e)}. Nothing was added; your project is unchanged.` });
        return;
      }
      const { added, machine, metadata, diagnostics, summary } = result;
      if (added.length === 0) {
        setRun({ status: 'done', summary, diagnostics });
        return;
      }
      setRun({ progress: { phase: 'saving' } });
      // Stored first, shown after: a page that shows what it could not keep would lose it on reload.
      if (get().storage.status === 'ready') {
        try {
          await (await services.storage()).addReports(added, machine, metadata);
        } catch (e) {
          setRun({ status: 'failed', summary: null, diagnostics, error: `The reports could not be saved in this browser (${errorText(e)}). Nothing was added; your project is unchanged.` });
          return;
        }
      }
      set({ projectReports: [...existing, ...added], machine, machineMetadata: metadata });
      publish(machine, metadata);
      setRun({ status: 'done', progress: null, summary, diagnostics });
    },

    showProject: () => {
      const s = get();
      if (s.machine) publish(s.machine, s.machineMetadata);
      else if (s.projectShown) get().setCollection(collection(s.projectShown, s.metadata, 0), PROJECT_SOURCE);
    },

    exportProject: () => {
      const s = get();
      const lists = s as unknown as EditLists;
      const project: Project = {
        schema_version: PROJECT_SCHEMA_VERSION,
        reports: s.projectReports,
        machine: s.machine ?? [],
        edits: lists.edits ?? [],
        undone: lists.undone ?? [],
      };
      saveFile(projectFileContent(project), projectFileName(), 'application/json');
      set({ projectMessage: { kind: 'info', text: `Exported ${s.projectReports.length} reports, ${project.machine.length} incidents and ${project.edits.length} edits.` } });
    },

    importProject: async (file) => {
      const parsed = await readProjectFile(file);
      if (!parsed.ok) {
        set({ projectMessage: { kind: 'error', text: `${parsed.error} Your current project is unchanged.` } });
        return false;
      }
      const { project, notes } = parsed;
      if (get().storage.status === 'ready') {
        try {
          await (await services.storage()).replace(project, null);
        } catch (e) {
          set({ projectMessage: { kind: 'error', text: `${file.name} could not be saved in this browser (${errorText(e)}). Your current project is unchanged.` } });
          return false;
        }
      }
      set({ projectReports: project.reports, machine: project.machine, machineMetadata: null });
      // The review slice's edits are replaced, not merged: the file is the whole project.
      if ('edits' in get()) set({ edits: project.edits, undone: project.undone } as Partial<AppState>);
      publish(project.machine, null);
      set({
        projectMessage: {
          kind: 'info',
          text: [`Imported ${file.name}: ${project.reports.length} reports, ${project.machine.length} incidents, ${project.edits.length} edits.`, ...notes].join(' '),
        },
      });
      return true;
    },
  };
};

/** True while the map shows the project (not a file being viewed). */
export function selectViewingProject(s: Pick<ProjectState, 'projectShown'> & { incidents: IncidentFeature[] }): boolean {
  return s.projectShown !== null && s.incidents === s.projectShown;
}

/**
 * The page's first data: the stored project when it has reports and the default data URL is
 * asked for, else `fetchBase()` (the served incidents, or a ?data= file being viewed). Called by
 * load-incidents.ts, so main.tsx's single setCollection shows whichever it is.
 */
export async function loadProjectOr(store: AppStore, url: string, fetchBase: () => Promise<ImportResult>): Promise<ImportResult> {
  const isDefault = typeof location !== 'undefined' && url === new URL('./data/incidents.geojson', location.href).href;
  let stored: Awaited<ReturnType<ProjectStorage['load']>> | null = null;
  try {
    stored = await (await services.storage()).load();
    store.setState({ storage: { status: 'ready', message: null } });
  } catch (e) {
    store.setState({
      storage: {
        status: 'unavailable',
        message: `This browser does not let the page keep data (${errorText(e)}): reports you add last until the page closes. Export the project to keep it.`,
      },
    });
  }
  if (stored?.notes.length) {
    store.getState().setImportMessage({ kind: 'info', text: stored.notes.join(' ') });
    // Edits migrated from an older project are handed to the review slice once; after that its
    // own store keeps them (this database gets a copy, below, for export and the next migration).
    if (stored.edits.length > 0 || stored.undone.length > 0) {
      (store.getState() as unknown as EditLists).loadReview?.({ edits: stored.edits, undone: stored.undone });
    }
  }
  if (stored) copyEditsToStorage(store);
  if (stored && stored.reports.length > 0) {
    store.setState({ projectReports: stored.reports, machine: stored.machine, machineMetadata: stored.metadata });
    if (isDefault) {
      store.setState({ projectShown: stored.machine });
      watchSourceLabel(store);
      return { ok: true, collection: collection(stored.machine, stored.metadata, stored.reports.length), warnings: [] };
    }
  }
  const result = await fetchBase();
  // Before any report is added, the served seed map is the project's face.
  if (isDefault && result.ok && !(stored && stored.reports.length > 0)) store.setState({ projectShown: result.collection.features });
  return result;
}

/** Keeps this database's copy of the edits current, so a project's one transaction of record
 * (and a later migration) has them. Starts after the review slice has read its saved edits, so
 * an empty start never overwrites them. */
function copyEditsToStorage(store: AppStore): void {
  store.subscribe((s, prev) => {
    const now = s as unknown as EditLists & { editsLoaded?: boolean };
    const before = prev as unknown as EditLists;
    if (now.editsLoaded === false || (now.edits === before.edits && now.undone === before.undone)) return;
    void services
      .storage()
      .then((st) => st.saveEdits(now.edits ?? [], now.undone ?? []))
      .catch(() => undefined);
  });
}

/** main.tsx labels the first data with its URL; while that data is the stored project, the
 * header says so instead. */
function watchSourceLabel(store: AppStore): void {
  const unsubscribe = store.subscribe((s) => {
    if (s.incidents.length === 0 && s.loading) return;
    unsubscribe();
    if (s.incidents === s.projectShown && s.dataSource !== PROJECT_SOURCE) store.setState({ dataSource: PROJECT_SOURCE });
  });
}
