// Front matter for text reports: a block of `key: value` lines between `---` lines at the very top
// of the file. Deliberately not YAML: five flat keys need no dependency, and a strict small grammar
// reports exactly which line is wrong instead of silently reading something else.
//
// Decisions (documented for the README):
// - The block exists only when the first line is exactly `---` (trailing spaces allowed).
// - If no closing `---` line follows, there is no front matter: a warning is given and the whole
//   file, opening `---` included, is the report text (we cannot know where metadata would end).
// - A broken line inside a closed block (no `key:`, unknown key, unterminated quote, duplicate key)
//   gives a warning naming its line and is skipped; the other keys still count and the block is
//   still removed from the text.
// - Values: bare (a ` #` starts a comment), "double quoted" (escapes \" and \\ only) or
//   'single quoted' ('' is a quote). Empty, `null` and `~` mean null.

export const FRONT_MATTER_KEYS = ['id', 'outlet', 'title', 'published', 'url'] as const;
export type FrontMatterKey = (typeof FRONT_MATTER_KEYS)[number];

export interface FrontMatterProblem {
  /** 1-based line in the (LF-normalised) file. */
  line: number;
  message: string;
}

export interface FrontMatter {
  fields: Partial<Record<FrontMatterKey, string | null>>;
  /** Offset in the text where the body (the report text) begins: 0 without front matter. */
  /** The line each field was read from, so a later problem with a value can name it. */
  lines: Partial<Record<FrontMatterKey, number>>;
  bodyStart: number;
  problems: FrontMatterProblem[];
}

const FENCE = /^---[ \t]*$/;
const KEY_LINE = /^([A-Za-z_][\w-]*)[ \t]*:(.*)$/;

function isKey(key: string): key is FrontMatterKey {
  return (FRONT_MATTER_KEYS as readonly string[]).includes(key);
}

type ValueResult = { ok: true; value: string | null } | { ok: false; message: string };

function parseDoubleQuoted(raw: string): ValueResult {
  let value = '';
  for (let i = 1; i < raw.length; i++) {
    const ch = raw[i];
    if (ch === '\\') {
      const next = raw[i + 1];
      if (next !== '"' && next !== '\\') return { ok: false, message: `unsupported escape '\\${next ?? ''}' (only \\" and \\\\)` };
      value += next;
      i++;
    } else if (ch === '"') {
      return afterClosingQuote(raw.slice(i + 1), value);
    } else {
      value += ch;
    }
  }
  return { ok: false, message: 'unterminated "quoted" value' };
}

function parseSingleQuoted(raw: string): ValueResult {
  let value = '';
  for (let i = 1; i < raw.length; i++) {
    const ch = raw[i];
    if (ch === "'") {
      if (raw[i + 1] === "'") {
        value += "'";
        i++;
        continue;
      }
      return afterClosingQuote(raw.slice(i + 1), value);
    }
    value += ch;
  }
  return { ok: false, message: "unterminated 'quoted' value" };
}

function afterClosingQuote(rest: string, value: string): ValueResult {
  if (/^\s*(#.*)?$/.test(rest)) return { ok: true, value };
  return { ok: false, message: `unexpected text after the closing quote: '${rest.trim()}'` };
}

function parseValue(rawValue: string): ValueResult {
  const raw = rawValue.trim();
  if (raw.startsWith('"')) return parseDoubleQuoted(raw);
  if (raw.startsWith("'")) return parseSingleQuoted(raw);
  const bare = raw.replace(/(^|\s)#.*$/, '').trim();
  if (bare === '' || bare === 'null' || bare === '~') return { ok: true, value: null };
  return { ok: true, value: bare };
}

/** Parses front matter at the top of LF-normalised text. Never throws; problems are returned. */
export function parseFrontMatter(text: string): FrontMatter {
  const none: FrontMatter = { fields: {}, lines: {}, bodyStart: 0, problems: [] };
  const firstEnd = text.indexOf('\n');
  if (firstEnd < 0 || !FENCE.test(text.slice(0, firstEnd))) return none;

  const fields: FrontMatter['fields'] = {};
  const lines: FrontMatter['lines'] = {};
  const problems: FrontMatterProblem[] = [];
  let lineStart = firstEnd + 1;
  let lineNo = 2;
  while (lineStart <= text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(lineStart, lineEnd);
    if (FENCE.test(line)) {
      return { fields, lines, bodyStart: nl < 0 ? text.length : nl + 1, problems };
    }
    if (line.trim() !== '' && !line.trimStart().startsWith('#')) {
      const read = readLine(line, fields);
      if (typeof read === 'string') problems.push({ line: lineNo, message: read });
      else lines[read.key] = lineNo;
    }
    if (nl < 0) break;
    lineStart = nl + 1;
    lineNo++;
  }
  return {
    ...none,
    problems: [
      {
        line: 1,
        message: "front matter opened by '---' is never closed by a '---' line; the whole file is read as report text",
      },
    ],
  };
}

/** Reads one `key: value` line into fields; returns the key read, or the problem. */
function readLine(line: string, fields: FrontMatter['fields']): { key: FrontMatterKey } | string {
  const match = KEY_LINE.exec(line);
  if (!match) return `expected 'key: value' in front matter, got '${line.trim()}'`;
  const key = match[1] ?? '';
  if (!isKey(key)) return `unknown front matter key '${key}' ignored (known: ${FRONT_MATTER_KEYS.join(', ')})`;
  if (key in fields) return `duplicate front matter key '${key}'; the first value is kept`;
  const parsed = parseValue(match[2] ?? '');
  if (!parsed.ok) return `front matter '${key}': ${parsed.message}`;
  fields[key] = parsed.value;
  return { key };
}
