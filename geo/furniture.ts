// Page furniture: the parts of a report's text that are the page around the reporting (link
// lists, comment forms, share prompts, bylines, photo credits, scan garbage). Later stages skip
// these spans, so a place in "Newspapers from United States" or a reporter's "in Washington" is
// not read as news. The text is never modified: this only returns spans into it.
//
// The rules are generic, written against the kinds of furniture news pages have, each with its
// own tests; a rule must not exist only because one seed sentence needs it. They are
// conservative: marking reporting as furniture loses evidence, which is worse than letting a
// stray "Share" line through.

export interface FurnitureSpan {
  /** [start, end) in UTF-16 code units, like every other span of the report text. */
  start: number;
  end: number;
  /** Why, in a few words a reviewer can read ("byline", "photo credit", "duplicate line"). */
  reason: string;
}

export interface FurnitureOptions {
  /** The report's outlet: a line that is only the outlet's name is a masthead. */
  outlet?: string | null;
}

/** Lines longer than this are paragraphs: whole-line rules do not apply to them. */
const MAX_FURNITURE_LINE = 400;
/** At most this many headline-like lines after a "Related Articles" heading are taken as links. */
const MAX_RELATED_RUN = 10;

/** A heading that introduces a list of links to other articles. */
const LINK_LIST_HEADING =
  /^(?:related(?: articles?| stories| content| coverage| news| posts| reading| topics)?|read more|read next|more on this (?:story|topic)|recommended(?: for you| stories| articles)?|you (?:may|might) also like|most (?:read|popular|viewed|shared)|trending(?: now)?|top stories|further reading|also read|see also)\s*[:›»]?$/i;

/** A picture in Markdown, "![A man walks past a destroyed building in Kharkiv in 2023.
 * Photo: Reuters](kharkiv.jpg)": its caption is the page's, often a file photo's. */
const MARKDOWN_IMAGE = /^!\[[^\]]*\]\([^)]*\)$/;
/** A caption set in italics with its credit: "*A man walks past a destroyed building in Kharkiv
 * in 2023. Photo: Reuters/Vyacheslav Madiyevskyi*". */
const ITALIC_CAPTION = /^([*_])(?![*_\s])[^*_]{10,300}\b(?:Photo(?:graph)?|Image|Picture|Credit|Pic)s?\s*(?::|by\b)[^*_]{1,80}\1$|^([*_])(?![*_\s])[^*_]{10,300}©[^*_]{1,80}\2$/;
/** A line that is only a link, perhaps in a list or after a bold label: "- [Drones hit grain
 * facilities at Odesa port overnight](#)", "**Related:** [Explainer: ...](#)". */
const MARKDOWN_LINK_LINE = /^(?:[-*•]\s+|\d{1,2}[.)]\s+)?(?:(?:\*\*|__)[^*_]{1,30}(?:\*\*|__)\s*)?\[[^\]]+\]\([^)\s]*\)$/;

/** Whole lines (trimmed) that are furniture, with the reason. First match wins. */
const LINE_RULES: Array<[RegExp, string]> = [
  [/^(?:read more|read next|also read|read also|see also|related|watch|listen)\s*[:|›»]\s*\S.*$/i, 'related link'],
  [/^(?:leave a (?:reply|comment)|post a comment|add a comment|\d*\s*comments?|comments are closed\.?|(?:show|view|load) comments|join the (?:conversation|discussion))$/i, 'comment form'],
  [/^your email address will not be published\b.*$/i, 'comment form'],
  [/^required fields are marked\b.*$/i, 'comment form'],
  [/^(?:back to top(?: button)?|skip to (?:main )?content|skip to navigation|go to top|scroll to top|menu|home|search|close|next article|previous article)$/i, 'navigation'],
  [/^newspapers (?:in|from) .+$/i, 'newspaper footer'],
  [/^printed and distributed by\b.*$/i, 'newspaper footer'],
  [/^(?:share|share (?:this|the) (?:article|story|page|post)|share (?:on|via) [\w ,&]{1,40}|share article|tweet|copy link|link copied|print(?: this (?:article|page))?|save(?: article)?|facebook|twitter|whatsapp|linkedin|telegram|email)$/i, 'share prompt'],
  [/^(?:sign up (?:for|to)\b.*|subscribe(?: now)?|subscribe to (?:our|the)\b.*|get (?:our|the) .*newsletter.*|newsletter sign-?up.*)$/i, 'newsletter prompt'],
  [/^(?:advertisement|advertising|sponsored(?: content)?|ad|scroll to continue with content|(?:story|article) continues below(?: advertisement)?)$/i, 'advertisement'],
  [/^(?:©|\(c\)\s|copyright\b).*$|^all rights reserved\.?$/i, 'copyright'],
  // "(Reporting by ...; Editing by ...)", "AFP contributed to this report".
  [/^\(?(?:additional )?(?:reporting|writing|editing) by\b.*$/i, 'credit'],
  [/^[^.!?]{1,80}\bcontributed (?:to )?(?:this )?(?:report|reporting|to this article)\.?$/i, 'credit'],
  // "(Corrects paragraph 4 to show the strike hit Kostiantynivka, not Kramatorsk; adds details
  // ...)": a wire's note on what this version changed, about the text, not news (its places are
  // the corrected text's, or the ones taken back).
  [/^\((?:corrects|adds|updates|recasts|changes|rewrites|removes|refiles|fixes|clarifies|repeats|deletes|inserts|amends)\b[^()]*\)$/i, 'editor\'s note'],
  // "[Al Jazeera]": an outlet tag closing a section.
  [/^\[\p{Lu}[\p{L}\p{N} .&'’-]{0,58}\]$/u, 'outlet tag'],
  // "Al Jazeera and news agencies", "Staff and agencies", "Agencies".
  [/^(?:source:\s*)?(?:(?:with\s+)?|[\p{L}][\p{L}.'’&-]*(?:\s+[\p{L}.'’&-]+){0,5}\s+(?:and|with|&)\s+)(?:news\s+)?agencies\.?$/iu, 'outlet tag'],
  [/^\(?(?:reuters|afp|ap|associated press|agence france-presse|anadolu(?: agency)?|xinhua|tass|ria novosti|interfax|ukrinform|dpa|efe|ansa)\)?\.?$/i, 'outlet tag'],
];

/** A cookie notice: mentions cookies and asks or tells something about them. */
const COOKIE_WORD = /\bcookies?\b/i;
const COOKIE_ASK = /\b(?:we use|(?:this|our) (?:site|website) uses|accept|consent|privacy policy|by continuing|manage (?:preferences|settings))\b/i;

// Bylines: "By Julian Borger", "- Julian Borger in Washington, Andrew Roth and agencies". Names
// are two to four capitalised words (one is enough after "By"); lowercase words other than
// name particles end the match, so a bullet of reporting ("- Russia fired missiles at Kyiv")
// is not a byline. The dash form also needs the names to be the whole line.
const CAP = String.raw`\p{Lu}[\p{L}'’.-]*`;
const PARTICLE = String.raw`(?:de|da|del|della|der|den|van|von|al|el|bin|ibn|la|le|du|dos|das|di|ter|ten)`;
const MORE_WORDS = String.raw`\s+(?:${PARTICLE}\s+)*${CAP}`;
const PLACE = String.raw`${CAP}(?:\s+${CAP}){0,3}`;
const PERSON = String.raw`${CAP}(?:${MORE_WORDS}){1,3}(?:\s+in\s+${PLACE})?`;
const SEP = String.raw`(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)`;
const AGENCIES = String.raw`(?:${SEP}(?:news\s+)?agencies)?`;
/** "world affairs editor", "Kyiv correspondent": a byline may end with the writer's job. */
const JOB_TITLE = String.raw`(?:[\p{L}'’-]+\s+){0,3}(?:editor|correspondent|reporter|writer|journalist|producer|analyst|columnist|bureau chief)`;
const BYLINE_DASH = new RegExp(String.raw`^[-–—•]\s*${PERSON}(?:${SEP}${PERSON})*${AGENCIES}\.?$`, 'u');
const BYLINE_BY = new RegExp(
  String.raw`^(?:By|BY)\s+${CAP}(?:${MORE_WORDS}){0,3}(?:\s+in\s+${PLACE})?(?:${SEP}${PERSON})*${AGENCIES}(?:,\s*${JOB_TITLE})?\.?$`,
  'u',
);

/** A photo credit that ends a line: "Photograph: Global Images Ukraine/Getty Images". The marker
 * is capitalised and the credit short, with no new sentence after it, so a caption's own words
 * before it stay reporting. */
const CREDIT_TAIL =
  /(?:^|\s)((?:Photograph|Photographs|Photo|Photos|Picture|Pictures|Image|Images|Illustration|Graphic|Composite|Credit|Photo credit|Image credit)\s*:|Image source\s*,)\s*\S[^\n]*$/u;
const MAX_CREDIT = 120;
const SENTENCE_BREAK = /[.!?]["”’)]?\s+\p{Lu}/u;
/** "(Reuters)", "(AP Photo/Efrem Lukatsky)", "(Photo by X/Getty Images)" at the end of a line. */
const CREDIT_PAREN =
  /\s*\((?:[^()]{0,60}\/)?(?:Reuters|AFP|AP|Getty Images|EPA|EPA-EFE|Anadolu(?: Agency)?|Xinhua|TASS|Sputnik|Shutterstock|Alamy|UPI|AP Photo[^()]{0,60}|Photo(?:graph)?(?: by)? [^()]{1,60}|File(?: photo)?)\)\s*$/u;

/** Runs of "??" (and U+FFFD) at the start of a line: characters a scan or a bad conversion
 * could not read. Two or more, so a lone "?" is never taken. */
const SCAN_GARBAGE = /^[ \t]*(?:[?\uFFFD]{2,}[ \t]*)+/u;

function lineRule(line: string, outlet: string | null): string | null {
  if (line.length > MAX_FURNITURE_LINE) return null;
  if (outlet && line.toLowerCase() === outlet.trim().toLowerCase()) return 'outlet name';
  // (Markdown's emphasis round a heading, "**Read more:**", is markup, not words.)
  if (LINK_LIST_HEADING.test(line.replace(/^[*_#\s]+|[*_\s]+$/g, '').replace(/[*_]+(?=\s*[:›»]?$)/, ''))) return 'related links';
  if (MARKDOWN_IMAGE.test(line) || ITALIC_CAPTION.test(line)) return 'photo caption';
  if (MARKDOWN_LINK_LINE.test(line)) return 'related link';
  for (const [pattern, reason] of LINE_RULES) if (pattern.test(line)) return reason;
  if (COOKIE_WORD.test(line) && COOKIE_ASK.test(line)) return 'cookie notice';
  if (BYLINE_DASH.test(line) || BYLINE_BY.test(line)) return 'byline';
  return null;
}

/** The part of a line that is a trailing photo credit, as offsets into the line. */
function creditTail(line: string): { start: number; end: number } | null {
  const m = CREDIT_TAIL.exec(line);
  if (m && m[1]) {
    const start = m.index + m[0].indexOf(m[1]);
    const tail = line.slice(start).trimEnd();
    if (tail.length <= MAX_CREDIT && !SENTENCE_BREAK.test(tail)) return { start, end: start + tail.length };
  }
  const p = CREDIT_PAREN.exec(line);
  if (p) {
    const start = p.index + p[0].indexOf('(');
    return { start, end: line.trimEnd().length };
  }
  return null;
}

/** A headline-like line, as listed under "Related Articles": short, not ending a sentence. */
function looksLikeLinkLine(line: string): boolean {
  return line.length <= 150 && !/[.!?…"”’:;,]$/.test(line);
}

/** Sorted, non-overlapping: where spans overlap, the earlier (or, at the same start, the longer)
 * one keeps the overlap and the later one is clipped or dropped. */
function disjoint(spans: FurnitureSpan[]): FurnitureSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: FurnitureSpan[] = [];
  let covered = 0;
  for (const span of sorted) {
    const start = Math.max(span.start, covered);
    if (start >= span.end) continue;
    out.push({ start, end: span.end, reason: span.reason });
    covered = span.end;
  }
  return out;
}

/** The spans of `text` that are page furniture, sorted and non-overlapping. */
export function furnitureSpans(text: string, options: FurnitureOptions = {}): FurnitureSpan[] {
  const outlet = options.outlet?.trim() || null;
  const spans: FurnitureSpan[] = [];
  const seen = new Set<string>();
  let relatedRun = 0;

  for (let lineStart = 0; lineStart <= text.length; ) {
    const nl = text.indexOf('\n', lineStart);
    const next = nl < 0 ? text.length + 1 : nl + 1;
    let lineEnd = nl < 0 ? text.length : nl;
    if (text[lineEnd - 1] === '\r') lineEnd--;
    const from = lineStart;
    const raw = text.slice(from, lineEnd);
    lineStart = next;

    const garbage = SCAN_GARBAGE.exec(raw);
    const bodyOffset = garbage ? garbage[0].length : raw.length - raw.trimStart().length;
    const content = raw.slice(bodyOffset).trimEnd();
    if (garbage) {
      const end = content === '' ? from + raw.trimEnd().length : from + bodyOffset;
      spans.push({ start: from + raw.indexOf(garbage[0].trim()), end, reason: 'scan garbage' });
    }
    if (content === '') continue;
    const start = from + bodyOffset;
    const whole = (reason: string): void => {
      spans.push({ start, end: start + content.length, reason });
    };

    // A line that repeats an earlier one word for word (a caption printed twice, a pull quote)
    // adds nothing: the first copy still counts.
    const key = content.replace(/\s+/g, ' ');
    if (/\p{L}/u.test(key) && seen.has(key)) {
      whole('duplicate line');
      continue;
    }
    seen.add(key);

    const reason = lineRule(content, outlet);
    if (reason) {
      whole(reason);
      relatedRun = reason === 'related links' ? MAX_RELATED_RUN : relatedRun;
      continue;
    }
    if (relatedRun > 0 && looksLikeLinkLine(content)) {
      whole('related links');
      relatedRun--;
      continue;
    }
    relatedRun = 0;

    const credit = creditTail(content);
    if (credit) spans.push({ start: start + credit.start, end: start + credit.end, reason: 'photo credit' });
  }
  return disjoint(spans);
}
