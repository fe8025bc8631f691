// Name keys: the gazetteer and the text meet here. Two keys per name:
// - `nameKey`: case, diacritics, apostrophes, hyphens and script folded away (Cyrillic is
//   transliterated), so "Zaporizhzhia", "Zaporizhzhya", "Запоріжжя" and "zaporizhzhia" meet;
// - `looseKey`: also folds the spelling variants of romanised Slavic names (kh/h, zh/z, y/i,
//   doubled letters, ie/ye/e), for the spellings outlets use that the gazetteer does not list.
// Both are used by the build (scripts/build-gazetteer.ts) and by the lookup, so they must agree.

// Ukrainian/Russian Cyrillic to Latin, close to the Ukrainian national and BGN/PCGN systems;
// the loose key absorbs the differences between those systems.
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y', і: 'i',
  ї: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u',
  ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ъ: '', ы: 'y', э: 'e', ю: 'iu',
  я: 'ia', ё: 'e', ў: 'u',
};

// Latin letters that NFD does not decompose.
const LATIN_SPECIAL: Record<string, string> = {
  ł: 'l', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h',
};

const APOSTROPHES = /['’‘ʼʹ`´ʻ"“”″]/g;

export function nameKey(name: string): string {
  let out = '';
  const lower = name.toLowerCase().normalize('NFD');
  for (const ch of lower) {
    const code = ch.charCodeAt(0);
    if (code >= 0x300 && code <= 0x36f) continue; // combining marks
    out += CYRILLIC[ch] ?? LATIN_SPECIAL[ch] ?? ch;
  }
  return out
    .replace(/(\p{L})[-‐][ \t]*\n[ \t]*(?=\p{Ll})/gu, '$1') // a word broken at a line's end ("Slo-\nviansk")
    .replace(APOSTROPHES, '')
    .replace(/[-‐‑–—_.,/()]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function looseKey(key: string): string {
  return key
    .replace(/kh/g, 'h')
    .replace(/zh/g, 'z')
    .replace(/sch/g, 'sh')
    .replace(/tz/g, 'ts')
    .replace(/w/g, 'v')
    .replace(/j/g, 'y')
    .replace(/(?<=[aeiou])y(?=[aeiou]|$)/g, 'i')
    .replace(/y/g, 'i')
    .replace(/ie|ye/g, 'e')
    .replace(/([a-z])\1+/g, '$1')
    // (A final "h" after a vowel is the Arabic ta marbuta one writer spells and another drops:
    // "Mazra'ah" and "Mazraa", "Taybah" and "Tayba".)
    .replace(/(?<=[aeiou])h(?= |$)/g, '')
    // (The Arabic article is written "al" or "el": "Deir al-Balah", "Deir el-Balah". Folded to
    // "el", so "El Wak" still meets "Elwak".)
    // (And assimilated before a "sun letter", as GeoNames writes it: "Aş Şalīf" is "Al-Salif",
    // "Ar Raqqah" is "al-Raqqa".)
    .replace(/(^| )a(sh|th|dh|[sdrtzn])(?= \2)/g, '$1el')
    .replace(/(^| )al(?= )/g, '$1el')
    .replace(/ /g, '');
}

/** True when the name is written in a script the pipeline reads (Latin or Cyrillic). */
export function isReadableScript(name: string): boolean {
  return /^[\p{Script=Latin}\p{Script=Cyrillic}\p{M}\s'’ʼ`.\-()]+$/u.test(name);
}

/** Levenshtein distance between two keys: how many letters one spelling is from another. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}
