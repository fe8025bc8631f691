// Reads an incidents file as its bytes arrive.
//
// The pipeline writes a head line, one feature per line and a closing line
// (geo/geojson-text.ts). In that layout each feature is parsed and checked as soon as its line
// is in, so a large file is ready shortly after its last byte: for the map benchmark's 91 MB
// file, the whole-file parse came after the download and took about as long again (0.55 s of
// download, then 0.55 s of JSON.parse; read line by line, done 0.3-0.45 s sooner).
// Any other layout (an indented file, one long line, a file edited by hand) and anything odd
// in this one (a missing comma, a broken line, a stray character) is parsed whole at the end,
// exactly as before, so a user gets the same result and the same message either way.

import { collectionHeadError, FeatureChecker, parseIncidentText, type ImportResult } from './import-file.ts';

const HEAD_END = ',"features":[';
/** Longer than any feature line (one with a thousand quoted sources is ~1 MB). */
const MAX_LINE_CHARS = 8 * 1024 * 1024;
const CLOSE = ']}';

type Json = Record<string, unknown>;

/** Parses the pipeline's layout line by line; `failed` once a line does not fit it. */
export class LineReader {
  failed = false;
  private head: Json | null = null;
  private readonly checker = new FeatureChecker();
  /** After a feature line without its comma, only the closing line may follow. */
  private lastFeature = false;
  private closed = false;

  line(text: string): void {
    if (this.failed) return;
    if (this.closed) {
      if (text.trim() !== '') this.failed = true;
    } else if (this.head === null) {
      this.readHead(text);
    } else if (text === CLOSE) {
      this.closed = true;
    } else if (this.lastFeature) {
      this.failed = true;
    } else {
      const comma = text.endsWith(',');
      this.lastFeature = !comma;
      let feature: unknown;
      try {
        feature = JSON.parse(comma ? text.slice(0, -1) : text);
      } catch {
        this.failed = true;
        return;
      }
      this.checker.add(feature);
    }
  }

  /** The result, or null when the text must be parsed whole. */
  finish(): ImportResult | null {
    if (this.failed || !this.closed || this.head === null) return null;
    // "[" then "]}" with no feature between: the layout writes "[]" for that, on the head line.
    if (!this.lastFeature) return null;
    return this.checker.finish(this.head);
  }

  private readHead(text: string): void {
    if (!text.endsWith(HEAD_END)) {
      this.failed = true;
      return;
    }
    try {
      const head: unknown = JSON.parse(`${text.slice(0, -HEAD_END.length)}}`);
      // A head that is not a FeatureCollection gets its message from the whole-file parse.
      if (collectionHeadError(head) === null) this.head = head as Json;
      else this.failed = true;
    } catch {
      this.failed = true;
    }
  }
}

/** Reads and checks an incidents file from a byte stream (a response body, a File's stream).
 * Throws only if the stream itself fails; every problem with the file is an `ok: false`. */
export async function readIncidentStream(stream: ReadableStream<Uint8Array<ArrayBuffer>>): Promise<ImportResult> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  const lines = new LineReader();
  // The bytes are kept for the whole-file parse, should the layout turn out not to be the
  // pipeline's (bytes rather than decoded text: the garbage collector need not walk them).
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let pending = '';
  const take = (text: string) => {
    if (lines.failed) return;
    pending += text;
    // No line of the pipeline's is this long: a file on one line need not be held twice.
    if (pending.length > MAX_LINE_CHARS && pending.lastIndexOf('\n') < 0) {
      lines.failed = true;
      pending = '';
      return;
    }
    let start = 0;
    for (let nl = pending.indexOf('\n'); nl >= 0 && !lines.failed; nl = pending.indexOf('\n', start)) {
      lines.line(pending.slice(start, nl));
      start = nl + 1;
    }
    pending = lines.failed ? '' : pending.slice(start);
  };
  // Each chunk is parsed as soon as it is read, without yielding to other tasks in between:
  // handing the thread back to other tasks every 30 ms measured ~0.3 s slower to load the map
  // benchmark's page (A/B, 8 loads each).
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    take(decoder.decode(value, { stream: true }));
  }
  take(decoder.decode());
  if (pending !== '') lines.line(pending);
  return lines.finish() ?? parseIncidentText(await new Blob(chunks).text());
}
