// The geo library's public face: what src/ and the CLI import.
export type * from './types.ts';
export { Gazetteer, type NameHit } from './gazetteer.ts';
export type { GazetteerData } from './gazetteer-format.ts';
export { runPipeline, GENERATOR, MENTIONS_SCHEMA_ID, type PipelineResult, type PipelineOptions } from './pipeline.ts';
export { readReports, readNdjsonStream } from './read-reports.ts';
export { stableHash, SCHEMA_ID } from './geojson.ts';
export { nameKey } from './normalize.ts';
