import type { ReactNode } from 'react';

// Bidi embeddings, overrides and isolates: U+202A–U+202E and U+2066–U+2069. An override in a
// report can make text read backwards ("Trojan source"); it is shown as a visible marker instead.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

function controlLabel(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Report text as inert text: React escapes it, bidi controls become visible markers, and the
 * whole run is isolated (<bdi>) so right-to-left text cannot reorder the page around it. */
export function UntrustedText({ text }: { text: string }): ReactNode {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const m of text.matchAll(BIDI_CONTROLS)) {
    if (m.index > last) parts.push(text.slice(last, m.index));
    parts.push(
      <span key={m.index} className="bidi-control" title="Invisible direction-control character in the report, shown here instead of applied">
        [{controlLabel(m[0])}]
      </span>,
    );
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <bdi>{parts}</bdi>;
}

/** Links only for http(s): a report's `javascript:` or `data:` URL stays text. */
export function safeHttpUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** For places that take a plain string (option labels, titles): bidi controls made visible. */
export function visibleControls(text: string): string {
  return text.replace(BIDI_CONTROLS, (ch) => `[${controlLabel(ch)}]`);
}
