// The browser's way in (the gzipped file through loadGazetteerFromBytes) must give the same
// gazetteer as the CLI's, and the download must stay small enough for the page.
import { readFileSync, statSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { GAZETTEER_FILE, loadGazetteer } from './cli/load-gazetteer.ts';
import type { Gazetteer } from './gazetteer.ts';
import { isGzip, loadGazetteerFromBytes, parseGazetteer } from './load-gazetteer-data.ts';

const GZ_FILE = GAZETTEER_FILE + '.gz';
const MAX_GZIPPED_BYTES = 6_000_000;

let node: Gazetteer;
let browser: Gazetteer;
beforeAll(async () => {
  node = await loadGazetteer();
  browser = await loadGazetteerFromBytes(new Uint8Array(readFileSync(GZ_FILE)));
}, 30_000);

const NAMES = ['Kyiv', 'Kiev', 'Київ', 'Zaporozhye', 'Zaporizhzhia', 'Chernihov', 'Mykolayiv', 'Black Sea', 'Crimean Peninsula', 'Podilskyi', 'Kharkov', 'Bakhmut', 'Gaza', 'Aden', 'Police', 'Nowhereville'];

describe('loadGazetteerFromBytes (the browser path)', () => {
  it('reads the gzipped file into the same gazetteer as the Node loader', () => {
    expect(browser.size).toBe(node.size);
    expect(browser.attribution).toEqual(node.attribution);
    for (const name of NAMES) {
      expect(browser.lookup(name), name).toEqual(node.lookup(name));
      expect(browser.hasLongerName(name), name).toBe(node.hasLongerName(name));
      expect(browser.isCommonWord(name), name).toBe(node.isCommonWord(name));
    }
    for (const name of ['North Korean', 'Iranian', 'Ukrainian', 'Kyiv']) expect(browser.demonym(name), name).toEqual(node.demonym(name));
    expect(browser.search('Zapor', 10)).toEqual(node.search('Zapor', 10));
    for (const index of [0, 1, 500, 12_345, node.size - 1]) expect(browser.place(index)).toEqual(node.place(index));
  });

  it('finds what the lookup has always found', () => {
    const kyiv = browser.lookup('Київ').find((h) => h.place.kind === 'city' && h.place.countryCode === 'UA');
    expect(kyiv?.place.name).toBe('Kyiv');
    expect(browser.lookup('Kiev').some((h) => h.place.geonamesId === kyiv?.place.geonamesId)).toBe(true);
    expect(browser.lookup('Zaporozhye').some((h) => h.place.name === 'Zaporizhzhya' && h.place.kind === 'city')).toBe(true);
    expect(browser.lookup('Chernihov').some((h) => h.loose && h.place.name === 'Chernihiv')).toBe(true);
    expect(browser.demonym('North Korean')?.countryCode).toBe('KP');
    expect(browser.lookup('Podilskyi').some((h) => h.place.kind === 'admin2')).toBe(true);
  });

  it('takes the uncompressed file too, and a plain string', async () => {
    const raw = new Uint8Array(readFileSync(GAZETTEER_FILE));
    expect(isGzip(raw)).toBe(false);
    expect((await loadGazetteerFromBytes(raw)).lookup('Kyiv')).toEqual(node.lookup('Kyiv'));
    expect(parseGazetteer(new TextDecoder().decode(raw)).size).toBe(node.size);
  });

  it('says to inflate gzipped bytes instead of failing on them as JSON', () => {
    expect(() => parseGazetteer(new Uint8Array([0x1f, 0x8b, 8, 0]))).toThrow(/loadGazetteerFromBytes/);
  });

  it('fails on a corrupt download', async () => {
    const gz = new Uint8Array(readFileSync(GZ_FILE));
    await expect(loadGazetteerFromBytes(gz.subarray(0, gz.length >> 1))).rejects.toThrow();
  });
});

describe('the download', () => {
  it(`is under ${MAX_GZIPPED_BYTES / 1e6} MB gzipped`, () => {
    expect(statSync(GZ_FILE).size).toBeLessThan(MAX_GZIPPED_BYTES);
  });
});
