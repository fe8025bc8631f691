// Report text -> sentences with their offsets. The text is never changed: every sentence is
// text.slice(start, end), so quotes built from sentences are the report's own words.

import type { Sentence, Span } from './types.ts';

// Words after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'gov', 'sen', 'rep',
  'st', 'mt', 'ft', 'no', 'nos', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'est', 'fig', 'al', 'jr', 'sr',
]);

// A heading naming a place: capitalised names, and the kind words of its units ("Kamianka, Izium
// hromada, Izium district."), in bold or not, after a list bullet or not.
const HEADING_WORD = String.raw`(?:\p{Lu}[\p{L}'’-]*|hromada|district|raion|region|oblast|province|community|municipality|city|town|village)`;
const HEADING = new RegExp(String.raw`^[-*•·\s]*(?:\*\*|__)?\p{Lu}[\p{L}'’-]*(?:,?\s+${HEADING_WORD}){0,7}(?:\*\*|__)?\.(?:\*\*|__)?$`, 'u');

/** A line this long that ends without punctuation was wrapped, not ended (headlines are shorter). */
const WRAPPED_LINE = 70;
/** A line this long that stops mid-sentence was cut, in any block. */
const CUT_LINE = 40;
/** A word a line cannot end on unless it was cut: a preposition, an article, a conjunction. */
const DANGLING_WORD = /\s(?:in|of|on|at|to|for|from|by|with|near|into|the|a|an|and|or|but|that|which|who)$/;
/** How much the lines of a wrapped block differ in length at most. */
const WRAP_SLACK = 25;

function endsSentence(text: string, dot: number): boolean {
  const ch = text[dot];
  if (ch === '!' || ch === '?') return true;
  // "U.S." / "U.N.": a single letter before the dot, preceded by another dot or a space.
  const before = text.slice(Math.max(0, dot - 12), dot);
  const word = /([A-Za-z]+)$/.exec(before)?.[1] ?? '';
  if (word.length === 1 && /[A-Z]/.test(word)) {
    // An initialism ends a sentence only if what follows clearly starts a new one.
    const after = text.slice(dot + 1, dot + 40);
    return /^\s+(The|A|An|In|On|It|He|She|They|We|But|And|This|That)\b/.test(after);
  }
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  if (/\d$/.test(before) && /^\d/.test(text[dot + 1] ?? '')) return false; // 1.5
  return true;
}

/** Sentences of one block of text (no blank lines inside), offsets relative to `text`. */
function splitBlock(text: string, from: number, to: number, out: Span[]): void {
  // (Wrapped: every line but the last of about one length, as a text editor or an e-mail
  // leaves them; a block of lines of mixed lengths is lines of their own.)
  const lines = text.slice(from, to).split('\n').filter((l) => l.trim()).slice(0, -1).map((l) => l.length);
  const wrapped = lines.length > 0 && Math.min(...lines) >= WRAPPED_LINE && Math.max(...lines) - Math.min(...lines) <= WRAP_SLACK;
  let start = from;
  const skipSpace = () => {
    while (start < to && /\s/.test(text[start]!)) start++;
  };
  skipSpace();
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      // A hard-wrapped paragraph: a long line that stops mid-sentence goes on in the next.
      const lineStart = text.lastIndexOf('\n', i - 1) + 1;
      // (With one line and the last, only when the next goes on in lower case, or the line
      // stops on a word no sentence or headline ends on: "... opposition candidate Abdirahman
      // Abdishakur in" / "Mogadishu's Hodan district, ...".)
      // (Or on a comma: "... over the Belgorod, Kursk," / "Voronezh and Saratov regions".)
      const line = text.slice(lineStart, i);
      const stops = /^\s*\p{Ll}/u.test(text.slice(i + 1, i + 4)) || DANGLING_WORD.test(line) || /,\s*$/.test(line);
      const goesOn = wrapped && (lines.length > 1 || stops);
      if (goesOn && i - lineStart >= WRAPPED_LINE && !/[.!?:"”’)\]*_]\s*$/.test(line)) continue;
      // Text out of a PDF wraps shorter, and its blocks carry headings and page furniture: a line
      // that stops on a hyphen, a comma or a word no sentence ends on, or whose next line goes on
      // in lower case, goes on, whatever the block's other lines.
      const cut = stops || /[-‐]\s*$/.test(line);
      if (cut && i - lineStart >= CUT_LINE && !/[.!?:;"”’)\]*_]\s*$/.test(line) && /\p{Ll}/u.test(line)) continue;
      if (i > start) out.push({ start, end: trimEnd(text, start, i) });
      start = i + 1;
      skipSpace();
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    // Include closing quotes and brackets in the sentence.
    let end = i + 1;
    while (end < to && /["'”’)\]]/.test(text[end]!)) end++;
    const next = text[end];
    if (end < to && next !== ' ' && next !== '\n' && next !== '\t') continue;
    // The next sentence must start like one: a capital, a digit or an opening quote.
    let j = end;
    while (j < to && /\s/.test(text[j]!)) j++;
    if (j < to && !/[\p{Lu}\d"“‘'(\[]/u.test(text[j]!)) continue;
    if (!endsSentence(text, i)) continue;
    // "- **Kupiansk**. On Monday evening a man was injured in shelling.": a place's heading and
    // the words that tell of it on the same line are one sentence.
    if (text[end] === ' ' && HEADING.test(text.slice(start, end))) continue;
    out.push({ start, end });
    start = end;
    skipSpace();
    i = start - 1;
  }
  if (start < to) {
    const end = trimEnd(text, start, to);
    if (end > start) out.push({ start, end });
  }
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}

/** Paragraphs: runs of text separated by blank lines. */
export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /\n[ \t]*\n\s*/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out.filter((p) => text.slice(p.start, p.end).trim().length > 0);
}

/**
 * Splits a report into sentences. `furniture` spans (page furniture found by furniture.ts) mark
 * the sentences they cover, which later stages skip but the offsets still count.
 */
export function splitSentences(text: string, furniture: Span[] = []): Sentence[] {
  const spans: Span[] = [];
  const open = new Set<number>();
  for (const p of paragraphs(text)) {
    const from = spans.length;
    splitBlock(text, p.start, p.end, spans);
    let quoted = false;
    let at = p.start;
    for (const s of spans.slice(from)) {
      quoted = quoteOpenAfter(text.slice(at, s.start), quoted);
      if (quoted) open.add(s.start);
      at = s.start;
    }
  }
  return spans
    .filter((s) => s.end > s.start)
    .map((s) => {
      // A sentence is furniture when furniture covers most of it (a photo credit at the end of a
      // caption leaves the caption's words as reporting).
      let covered = 0;
      for (const f of furniture) covered += Math.max(0, Math.min(f.end, s.end) - Math.max(f.start, s.start));
      return { start: s.start, end: s.end, text: text.slice(s.start, s.end), furniture: covered >= (s.end - s.start) * 0.6, quoteOpen: open.has(s.start) };
    });
}

/** Whether quoted words are open after `text`, given whether they were open before it. Curly
 * marks open and close; a straight mark turns quoting over. */
export function quoteOpenAfter(text: string, open: boolean): boolean {
  for (const ch of text) {
    if (ch === '“') open = true;
    else if (ch === '”') open = false;
    else if (ch === '"') open = !open;
  }
  return open;
}
