// The messages between the page and the geoparse worker. Typed on both sides, so a change to one
// end that the other does not follow fails the type check instead of silently doing nothing.

import type { CollectionMetadata, Diagnostic, IncidentFeature } from '../../geo/types.ts';
import type { PlaceValue, StoredReport } from '../project/types.ts';
import type { AddSummary, PastedReport, Progress } from './geoparse-core.ts';

/** A file as the page hands it over: the Blob itself, read inside the worker so the page never
 * holds 40 files' bytes on its own thread. */
export interface BlobInput {
  kind: 'blob';
  name: string;
  blob: Blob;
}

export type WorkerInput = PastedReport | BlobInput;

export interface AddRequest {
  type: 'add';
  id: number;
  /** Absolute URL of the gzipped gazetteer (a worker resolves relative URLs against its script). */
  gazetteerUrl: string;
  /** The project's reports so far, in order; the new ones are appended and all are re-run. */
  existing: StoredReport[];
  /** Start the project from the bundled seed reports (first addition to an empty project). */
  includeSeeds: boolean;
  inputs: WorkerInput[];
  /** When the reports are added (ISO time), decided by the page so one batch shares it. */
  now: string;
}

/** Loads the gazetteer ahead of need (when the add panel opens), so a paste is answered fast. */
export interface WarmRequest {
  type: 'warm';
  id: number;
  gazetteerUrl: string;
}

/** The review screen's place search, over the whole gazetteer. */
export interface SearchRequest {
  type: 'search';
  id: number;
  gazetteerUrl: string;
  query: string;
  limit: number;
}

export type ToWorker = AddRequest | WarmRequest | SearchRequest;

export interface AddResponse {
  /** Reports to append to the project (seeds first when included). */
  added: StoredReport[];
  /** The machine's incidents for all the project's reports, replacing the previous ones. */
  machine: IncidentFeature[];
  metadata: CollectionMetadata;
  /** Problems per file/line/element and from the pipeline, in input order. */
  diagnostics: Diagnostic[];
  summary: AddSummary;
  timings: { gazetteerMs: number; readMs: number; analyseMs: number };
}

export type FromWorker =
  | { type: 'progress'; id: number; progress: Progress }
  | { type: 'added'; id: number; result: AddResponse }
  | { type: 'warmed'; id: number; gazetteerMs: number }
  | { type: 'searched'; id: number; places: PlaceValue[] }
  | { type: 'failed'; id: number; message: string };
