// Gazetteer bytes -> Gazetteer, the same way everywhere: the Node CLI (geo/cli/load-gazetteer.ts)
// and the browser worker both come through here, so the incidents they produce cannot diverge
// on how the index was read. No Node APIs: only what browsers and Node 20 both have
// (TextDecoder, DecompressionStream), reached through globalThis because geo/ is type-checked
// without DOM or Node types.

import { Gazetteer } from './gazetteer.ts';
import type { GazetteerData } from './gazetteer-format.ts';

interface TextDecoderLike {
  decode(bytes?: Uint8Array, options?: { stream?: boolean }): string;
}

interface StreamReader {
  read(): Promise<{ done: boolean; value?: Uint8Array }>;
}

interface StreamWriter {
  write(chunk: Uint8Array): Promise<void>;
  close(): Promise<void>;
}

interface WebGlobals {
  TextDecoder?: new (label?: string, options?: { fatal?: boolean }) => TextDecoderLike;
  DecompressionStream?: new (format: 'gzip') => {
    readable: { getReader(): StreamReader };
    writable: { getWriter(): StreamWriter };
  };
}

const web = globalThis as unknown as WebGlobals;

/** gzip's magic number: the file as stored (data/build/gazetteer.json.gz), not inflated by HTTP. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

function textDecoder(): TextDecoderLike {
  if (!web.TextDecoder) throw new Error('gazetteer: this environment has no TextDecoder');
  // fatal: a truncated or corrupt download must fail here, not turn into wrong place names.
  return new web.TextDecoder('utf-8', { fatal: true });
}

/** The index as JSON text or UTF-8 bytes (not gzipped) -> a ready Gazetteer. */
export function parseGazetteer(bytes: Uint8Array | string): Gazetteer {
  if (typeof bytes !== 'string' && isGzip(bytes)) {
    throw new Error('gazetteer: these bytes are gzipped: use loadGazetteerFromBytes, which inflates them');
  }
  const text = typeof bytes === 'string' ? bytes : textDecoder().decode(bytes);
  return new Gazetteer(JSON.parse(text) as GazetteerData);
}

/** Inflates gzip with the platform's DecompressionStream, decoding the text as it comes. */
async function gunzipText(bytes: Uint8Array): Promise<string> {
  if (!web.DecompressionStream) {
    throw new Error('gazetteer: gzipped index but no DecompressionStream here: serve it inflated (Content-Encoding: gzip) instead');
  }
  const stream = new web.DecompressionStream('gzip');
  const writer = stream.writable.getWriter();
  // Written while read: the stream only takes more input once its output is consumed. A
  // corrupt input fails both sides; the reader's error is the one reported.
  const writing = writer.write(bytes).then(() => writer.close());
  writing.catch(() => undefined);
  const reader = stream.readable.getReader();
  const decoder = textDecoder();
  const parts: string[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (value) parts.push(decoder.decode(value, { stream: true }));
  }
  await writing;
  parts.push(decoder.decode());
  return parts.join('');
}

/** The index as fetched or read: gzipped (by magic number) or not. */
export async function loadGazetteerFromBytes(bytes: Uint8Array): Promise<Gazetteer> {
  return parseGazetteer(isGzip(bytes) ? await gunzipText(bytes) : bytes);
}
