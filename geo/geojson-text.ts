// A FeatureCollection as text, the way the pipeline writes it to disk: one feature per line,
// and only ASCII characters, everything else written as JSON's \uXXXX escapes.
//
// Why ASCII: Chromium decodes an all-ASCII response on a fast path into one-byte strings, while a
// single "é" anywhere makes the whole body a two-byte string. For the map benchmark's 91 MB file
// that was 1.55 s against 1.1 s from the request to the parsed object. Escapes are plain JSON:
// every reader (GDAL/QGIS, jq, Python, browsers) gives back the same characters, so the quotes
// stay verbatim.
// Why a feature per line: a diff or a grep shows one incident per line, with none of the
// whitespace an indented file carries (which is ~40% of it, all of it parsed).

/** JSON text with every character past U+007E written as a \uXXXX escape (a character past
 * U+FFFF as its two surrogate escapes). */
export function asciiJson(value: unknown, indent?: number): string {
  return escapeNonAscii(JSON.stringify(value, null, indent));
}

function escapeNonAscii(json: string): string {
  return json.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A FeatureCollection (and any other top-level members, such as `metadata`) with its features
 * one per line. Parses to the same value as JSON.stringify's text. */
export function featureCollectionText(collection: { type: 'FeatureCollection'; features: readonly unknown[] }): string {
  const { features, ...rest } = collection;
  const head = asciiJson(rest);
  const lines = features.map((f) => asciiJson(f));
  const body = lines.length === 0 ? '[]' : `[\n${lines.join(',\n')}\n]`;
  // `rest` always has `type`, so head is "{...}": the features go in before its closing brace.
  return `${head.slice(0, -1)},"features":${body}}\n`;
}
