/** Case- and diacritic-insensitive text matching, so "khan yunis" finds "Khān Yūnis" and
 * "zaporizhzhia" finds "Zaporizhzhia". */

// Bidi controls and other format characters would make a visually identical query miss.
const FORMAT_CHARS = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;
const COMBINING_MARKS = /\p{M}/gu;

export function normalizeText(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(FORMAT_CHARS, '').toLowerCase();
}

/** Splits a query into normalised terms; every term must match (AND), in any order. */
export function queryTerms(query: string): string[] {
  return normalizeText(query)
    .split(/\s+/)
    .filter((t) => t.length > 0);
}

export function matchesTerms(haystack: string, terms: readonly string[]): boolean {
  for (const term of terms) {
    if (!haystack.includes(term)) return false;
  }
  return true;
}
