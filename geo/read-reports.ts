// Files -> Reports. Every problem with an input is a Diagnostic, never an exception: one bad
// element, line or date costs that element, line or date, and the rest of the file still goes
// through. Throws only on programmer error (a wrong `format` option).
//
// What each format does with bad input (for the README):
// - any:     empty or whitespace-only -> error "empty file"; NUL bytes in the first 8 KB -> error
//            "binary file, not a report"; bytes that are not UTF-8 (or UTF-16 with a BOM) -> error
//            "not valid UTF-8 text"; an impossible or unreadable `published` -> warning, null.
// - .json:   not JSON -> one error (with the line when the parser says where); a bad element ->
//            error naming its index ("element 3: 'text' is missing or not a string"), others kept.
// - .ndjson/.jsonl: a bad, truncated or undecodable line -> error naming the line, others kept.
// - .txt/.md: broken front matter -> warning naming the line (see front-matter.ts); the body is
//            always read; no id -> the file name without extension.
// - .html/.htm: no article text -> error "no article text found in the HTML page".
// - other:   read as JSON if it starts with [ or { and parses, else as text, with a warning.

import type { Diagnostic, Report } from './types.ts';
import { decodeText, looksBinary, MESSAGES, sniffEncoding, strictDecoder } from './decode-text.ts';
import type { TextEncoding } from './decode-text.ts';
import { parseFrontMatter } from './front-matter.ts';
import { extractHtmlArticle } from './html-article.ts';

export type ReportFormat = 'json' | 'ndjson' | 'text' | 'html';

export interface ReadOptions {
  /** Overrides the format the extension implies (for input without a telling name: stdin,
   * a pasted text, a browser upload with a MIME type). */
  format?: ReportFormat;
}

export interface ReadResult {
  reports: Report[];
  diagnostics: Diagnostic[];
}

/** One output of the line-at-a-time readers. */
export type ReadItem = { report: Report } | { diagnostic: Diagnostic };

const EXTENSIONS: Record<string, ReportFormat> = {
  json: 'json',
  ndjson: 'ndjson',
  jsonl: 'ndjson',
  txt: 'text',
  text: 'text',
  md: 'text',
  markdown: 'text',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
};

function baseName(source: string): string {
  return source.slice(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
}

function extensionOf(source: string): string | null {
  const base = baseName(source);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : null;
}

/** The stable id of a report that brings none: the file name without its extension. */
export function idFromSource(source: string): string {
  const base = baseName(source);
  const dot = base.lastIndexOf('.');
  const stem = dot > 0 ? base.slice(0, dot) : base;
  return stem.trim() || 'report';
}

/** Line breaks as LF and no leading BOM: the only changes ever made to a report's text. */
export function normaliseText(text: string): string {
  return (text.startsWith('\uFEFF') ? text.slice(1) : text).replace(/\r\n?/g, '\n');
}

// ---------------------------------------------------------------------------------------------
// Dates

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12,
};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const SLASH_DATE = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
const WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+/i;
const TIME_TAIL = String.raw`(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\b.*)?`;
const DAY_MONTH_YEAR = new RegExp(String.raw`^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})${TIME_TAIL}$`, 'i');
const MONTH_DAY_YEAR = new RegExp(String.raw`^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TIME_TAIL}$`, 'i');

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export type DateResult = { date: string | null; problem: string | null };

/** A publication date as YYYY-MM-DD. Timestamps keep the calendar day as written, without
 * converting to UTC: "2024-01-04T23:30:00+02:00" is the 4th where it was published, and that is
 * the day the report's "on Thursday" counts from. Ambiguous numeric forms (04/01/2024) are refused. */
export function normaliseDate(raw: string): DateResult {
  const s = raw.trim();
  if (s === '') return { date: null, problem: null };
  let parts: [number, number, number] | null = null;
  let m = ISO_DATE.exec(s) ?? SLASH_DATE.exec(s);
  if (m) parts = [Number(m[1]), Number(m[2]), Number(m[3])];
  const named = s.replace(WEEKDAY, '');
  if (!parts && (m = DAY_MONTH_YEAR.exec(named))) {
    const month = MONTHS[(m[2] ?? '').toLowerCase()];
    if (month) parts = [Number(m[3]), month, Number(m[1])];
  }
  if (!parts && (m = MONTH_DAY_YEAR.exec(named))) {
    const month = MONTHS[(m[1] ?? '').toLowerCase()];
    if (month) parts = [Number(m[3]), month, Number(m[2])];
  }
  if (!parts) return { date: null, problem: `'published' '${s}' is not a date this reader understands; set to null` };
  const [year, month, day] = parts;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { date: null, problem: `'published' '${s}' is not a real date; set to null` };
  }
  return { date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, problem: null };
}

// ---------------------------------------------------------------------------------------------
// Report objects (JSON elements and NDJSON lines)

interface Where {
  source: string;
  /** "element 3" or "line 3", the prefix of every message about this object. */
  label: string;
  line?: number;
  element?: number;
}

function diagnostic(severity: Diagnostic['severity'], where: Where | { source: string }, message: string): Diagnostic {
  const d: Diagnostic = { severity, source: where.source, message };
  if ('label' in where) {
    d.message = `${where.label}: ${message}`;
    if (where.line !== undefined) d.line = where.line;
    if (where.element !== undefined) d.element = where.element;
  }
  return d;
}

function optionalString(obj: Record<string, unknown>, key: string, where: Where, out: ReadItem[]): string | null {
  const value = obj[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') {
    out.push({ diagnostic: diagnostic('warning', where, `'${key}' is not a string; set to null`) });
    return null;
  }
  return value.trim() || null;
}

/** Validates one parsed JSON value as a report. Only `text` is required: without it there is
 * nothing to read. A missing id is derived from the file name and the position, so it is stable. */
function reportFromValue(value: unknown, where: Where, fallbackId: string): ReadItem[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
    return [{ diagnostic: diagnostic('error', where, `not a report object (got ${got})`) }];
  }
  const obj = value as Record<string, unknown>;
  if (typeof obj.text !== 'string') {
    return [{ diagnostic: diagnostic('error', where, "'text' is missing or not a string") }];
  }
  const text = normaliseText(obj.text);
  if (text.trim() === '') return [{ diagnostic: diagnostic('error', where, "'text' is empty") }];

  const out: ReadItem[] = [];
  let id = fallbackId;
  if (typeof obj.id === 'number' && Number.isFinite(obj.id)) id = String(obj.id);
  else if (typeof obj.id === 'string' && obj.id.trim()) id = obj.id.trim();
  else if (obj.id !== undefined && obj.id !== null && obj.id !== '') {
    out.push({ diagnostic: diagnostic('warning', where, `'id' is not a string or a number; using '${fallbackId}'`) });
  }
  const outlet = optionalString(obj, 'outlet', where, out);
  const title = optionalString(obj, 'title', where, out);
  const url = optionalString(obj, 'url', where, out);
  const publishedRaw = optionalString(obj, 'published', where, out);
  const published = publishedRaw === null ? null : normaliseDate(publishedRaw);
  if (published?.problem) out.push({ diagnostic: diagnostic('warning', where, published.problem) });
  out.push({ report: { id, outlet, title, published: published?.date ?? null, url, text } });
  return out;
}

/** One NDJSON line -> its report and warnings, or its error; nothing for a blank line. The single
 * line parser behind both readReports and readNdjsonStream. */
export function parseNdjsonLine(source: string, line: string, lineNo: number, lastAndUnterminated = false): ReadItem[] {
  const content = line.endsWith('\r') ? line.slice(0, -1) : line;
  if (content.trim() === '') return [];
  const where: Where = { source, label: `line ${lineNo}`, line: lineNo };
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch {
    const hint = lastAndUnterminated ? ' (the last line is cut off: truncated file?)' : '';
    return [{ diagnostic: diagnostic('error', where, `not valid JSON${hint}`) }];
  }
  return reportFromValue(value, where, `${idFromSource(source)}-${lineNo}`);
}

function lineAt(text: string, position: number): number {
  let line = 1;
  for (let i = 0; i < position && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function readJson(source: string, text: string): ReadItem[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // Engines word this differently; the position, when given, is the useful part.
    const position = /position (\d+)/.exec(String(error instanceof Error ? error.message : error));
    const d = diagnostic('error', { source }, 'not valid JSON');
    if (position) {
      d.line = lineAt(text, Number(position[1]));
      d.message = `not valid JSON (near line ${d.line})`;
    }
    return [{ diagnostic: d }];
  }
  if (value === null || typeof value !== 'object') {
    return [{ diagnostic: diagnostic('error', { source }, 'expected an array of reports or one report object') }];
  }
  const base = idFromSource(source);
  if (!Array.isArray(value)) return reportFromValue(value, { source, label: 'element 0', element: 0 }, base);
  if (value.length === 0) return [{ diagnostic: diagnostic('warning', { source }, 'the array holds no reports') }];
  return value.flatMap((element, index) =>
    reportFromValue(element, { source, label: `element ${index}`, element: index }, `${base}-${index}`),
  );
}

function readNdjsonText(source: string, text: string): ReadItem[] {
  const lines = text.split('\n');
  const last = lines.length - 1;
  const items = lines.flatMap((line, i) => parseNdjsonLine(source, line, i + 1, i === last));
  return items.length > 0 ? items : [{ diagnostic: diagnostic('error', { source }, MESSAGES.empty) }];
}

// ---------------------------------------------------------------------------------------------
// Text and HTML

function readText(source: string, raw: string): ReadItem[] {
  const text = normaliseText(raw);
  const fm = parseFrontMatter(text);
  const out: ReadItem[] = fm.problems.map((p) => ({
    diagnostic: { severity: 'warning', source, line: p.line, message: `line ${p.line}: ${p.message}` },
  }));
  const body = text.slice(fm.bodyStart);
  if (body.trim() === '') {
    out.push({ diagnostic: diagnostic('error', { source }, 'no report text after the front matter') });
    return out;
  }
  let published: string | null = null;
  if (fm.fields.published) {
    const date = normaliseDate(fm.fields.published);
    published = date.date;
    const line = fm.lines.published;
    if (date.problem) {
      const where = line === undefined ? { source } : { source, label: `line ${line}`, line };
      out.push({ diagnostic: diagnostic('warning', where, date.problem) });
    }
  }
  out.push({
    report: {
      id: fm.fields.id ?? idFromSource(source),
      outlet: fm.fields.outlet ?? null,
      title: fm.fields.title ?? null,
      published,
      url: fm.fields.url ?? null,
      text: body,
    },
  });
  return out;
}

function readHtml(source: string, html: string): ReadItem[] {
  const article = extractHtmlArticle(html);
  if (article.text.trim() === '') {
    return [{ diagnostic: diagnostic('error', { source }, 'no article text found in the HTML page') }];
  }
  const out: ReadItem[] = [];
  const date = article.published === null ? null : normaliseDate(article.published);
  if (date?.problem) out.push({ diagnostic: diagnostic('warning', { source }, date.problem) });
  out.push({
    report: {
      id: idFromSource(source),
      outlet: article.outlet,
      title: article.title,
      published: date?.date ?? null,
      url: article.url,
      text: normaliseText(article.text),
    },
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Entry points

/** The format for an unknown extension: JSON when it parses as such, else text. */
function guessFormat(text: string): ReportFormat {
  const start = text.trimStart();
  if (start.startsWith('[') || start.startsWith('{')) {
    try {
      JSON.parse(text);
      return 'json';
    } catch {
      const lines = text.split('\n').filter((l) => l.trim() !== '');
      if (lines.length > 1 && lines.every((l) => l.trimStart().startsWith('{'))) return 'ndjson';
    }
  }
  return 'text';
}

function collect(items: ReadItem[], prefix: Diagnostic[] = []): ReadResult {
  const result: ReadResult = { reports: [], diagnostics: [...prefix] };
  for (const item of items) {
    if ('report' in item) result.reports.push(item.report);
    else result.diagnostics.push(item.diagnostic);
  }
  return result;
}

/** Reads one file into reports. `source` is the file name: its extension picks the format and
 * every diagnostic names it. Never throws on any content. */
export function readReports(source: string, content: string | Uint8Array, options: ReadOptions = {}): ReadResult {
  const ext = extensionOf(source);
  let format = options.format ?? (ext ? EXTENSIONS[ext] : undefined);
  if (options.format !== undefined && !Object.values(EXTENSIONS).includes(options.format)) {
    throw new Error(`readReports: unknown format '${String(options.format)}'`);
  }

  // NDJSON bytes go through the line reader, so one undecodable line costs only that line.
  if (format === 'ndjson' && typeof content !== 'string') {
    const reader = new NdjsonReader(source);
    return collect([...reader.push(content), ...reader.end()]);
  }

  const decoded = decodeText(content);
  if (!decoded.ok) return collect([{ diagnostic: diagnostic('error', { source }, decoded.message) }]);
  if (decoded.text.trim() === '') return collect([{ diagnostic: diagnostic('error', { source }, MESSAGES.empty) }]);

  const prefix: Diagnostic[] = [];
  if (!format) {
    format = guessFormat(decoded.text);
    const what = ext ? `unknown extension '.${ext}'` : 'no file extension';
    prefix.push(diagnostic('warning', { source }, `${what}: read as ${format === 'text' ? 'text' : format.toUpperCase()}`));
  }
  switch (format) {
    case 'json':
      return collect(readJson(source, decoded.text), prefix);
    case 'ndjson':
      return collect(readNdjsonText(source, decoded.text), prefix);
    case 'html':
      return collect(readHtml(source, decoded.text), prefix);
    case 'text':
      return collect(readText(source, decoded.text), prefix);
  }
}

// ---------------------------------------------------------------------------------------------
// NDJSON, a chunk at a time

/** Lines longer than this are skipped with an error instead of growing memory without bound. */
const MAX_LINE_BYTES = 16 * 1024 * 1024;
/** Bytes held back before deciding the encoding and whether the file is binary. */
const SNIFF_BYTES = 8192;

function concat(parts: Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1 && parts[0]) return parts[0];
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** NDJSON as a byte stream, holding at most one line (and the first 8 KB) in memory. UTF-8 is
 * split into lines on byte 0x0A (which never occurs inside a multi-byte UTF-8 character) and each
 * line decoded strictly on its own, so a bad byte costs one line. UTF-16 (by BOM) is decoded as a
 * stream and split after decoding. */
class NdjsonReader {
  private head: Uint8Array[] = [];
  private headLength = 0;
  private encoding: TextEncoding | null = null;
  private stopped = false;
  private lineNo = 1;
  private sawContent = false;
  private parts: Uint8Array[] = [];
  private partsLength = 0;
  private overlong = false;
  private utf16Carry = '';
  private utf16Decoder: ReturnType<typeof strictDecoder> | null = null;

  constructor(private readonly source: string) {}

  push(chunk: Uint8Array): ReadItem[] {
    if (this.stopped) return [];
    if (this.encoding === null) {
      this.head.push(chunk);
      this.headLength += chunk.length;
      if (this.headLength < SNIFF_BYTES) return [];
      return this.start();
    }
    return this.feed(chunk);
  }

  end(): ReadItem[] {
    const out = this.encoding === null && !this.stopped ? this.start() : [];
    if (this.stopped) return out;
    if (this.encoding === 'utf-8') {
      if (this.partsLength > 0 || this.overlong) out.push(...this.finishByteLine(true));
    } else {
      try {
        this.utf16Carry += this.utf16Decoder?.decode() ?? '';
      } catch {
        return [...out, this.stop(`line ${this.lineNo}: ${MESSAGES.invalidUtf16}`, this.lineNo)];
      }
      if (this.utf16Carry !== '') out.push(...this.textLine(this.utf16Carry, true));
    }
    if (!this.sawContent) out.push({ diagnostic: diagnostic('error', { source: this.source }, MESSAGES.empty) });
    return out;
  }

  private stop(message: string, line?: number): ReadItem {
    this.stopped = true;
    const d = diagnostic('error', { source: this.source }, message);
    if (line !== undefined) d.line = line;
    return { diagnostic: d };
  }

  private start(): ReadItem[] {
    const head = concat(this.head, this.headLength);
    this.head = [];
    const { encoding, bomLength } = sniffEncoding(head);
    this.encoding = encoding;
    const body = head.subarray(bomLength);
    if (encoding === 'utf-8' && looksBinary(body)) return [this.stop(MESSAGES.binary)];
    if (encoding !== 'utf-8') this.utf16Decoder = strictDecoder(encoding);
    return this.feed(body);
  }

  private feed(chunk: Uint8Array): ReadItem[] {
    if (this.encoding !== 'utf-8') return this.feedUtf16(chunk);
    const out: ReadItem[] = [];
    let from = 0;
    for (let nl = chunk.indexOf(10); nl >= 0; nl = chunk.indexOf(10, from)) {
      this.addPart(chunk.subarray(from, nl));
      out.push(...this.finishByteLine(false));
      from = nl + 1;
    }
    this.addPart(chunk.subarray(from));
    return out;
  }

  private addPart(part: Uint8Array): void {
    if (this.overlong || part.length === 0) return;
    if (this.partsLength + part.length > MAX_LINE_BYTES) {
      this.overlong = true;
      this.parts = [];
      this.partsLength = 0;
      return;
    }
    // Copy: the caller may reuse the chunk's buffer once we return.
    this.parts.push(part.slice());
    this.partsLength += part.length;
  }

  private finishByteLine(last: boolean): ReadItem[] {
    const lineNo = this.lineNo++;
    const bytes = concat(this.parts, this.partsLength);
    const overlong = this.overlong;
    this.parts = [];
    this.partsLength = 0;
    this.overlong = false;
    const where: Where = { source: this.source, label: `line ${lineNo}`, line: lineNo };
    if (overlong) {
      this.sawContent = true;
      return [{ diagnostic: diagnostic('error', where, `longer than ${MAX_LINE_BYTES} bytes; skipped`) }];
    }
    let line: string;
    try {
      line = strictDecoder('utf-8').decode(bytes);
    } catch {
      this.sawContent = true;
      return [{ diagnostic: diagnostic('error', where, MESSAGES.invalidUtf8) }];
    }
    if (line.trim() !== '') this.sawContent = true;
    return parseNdjsonLine(this.source, line, lineNo, last);
  }

  private feedUtf16(chunk: Uint8Array): ReadItem[] {
    try {
      this.utf16Carry += this.utf16Decoder?.decode(chunk, { stream: true }) ?? '';
    } catch {
      return [this.stop(`line ${this.lineNo}: ${MESSAGES.invalidUtf16}`, this.lineNo)];
    }
    const lines = this.utf16Carry.split('\n');
    this.utf16Carry = lines.pop() ?? '';
    if (this.utf16Carry.length > MAX_LINE_BYTES) {
      return [this.stop(`line ${this.lineNo}: longer than ${MAX_LINE_BYTES} characters; the rest is not read`, this.lineNo)];
    }
    return lines.flatMap((line) => this.textLine(line, false));
  }

  private textLine(line: string, last: boolean): ReadItem[] {
    if (line.trim() !== '') this.sawContent = true;
    return parseNdjsonLine(this.source, line, this.lineNo++, last);
  }
}

/** NDJSON from a stream of byte chunks (a 100,000-report file, a fetch body), one report or
 * diagnostic at a time, holding one line in memory. Same line parser and messages as readReports. */
export async function* readNdjsonStream(source: string, chunks: AsyncIterable<Uint8Array>): AsyncGenerator<ReadItem> {
  const reader = new NdjsonReader(source);
  for await (const chunk of chunks) yield* reader.push(chunk);
  yield* reader.end();
}
