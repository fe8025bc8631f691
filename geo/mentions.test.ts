import { describe, expect, it } from 'vitest';
import { mentionOf, analyse } from '../tests/helpers/gazetteer.ts';

describe('finding place names', () => {
  it('matches the longest name first', async () => {
    const m = await mentionOf('Shelling hit Bila Tserkva overnight.', 'Bila Tserkva');
    expect(m.place?.name).toBe('Bila Tserkva');
  });

  it('reads the kind of place from the words around it', async () => {
    const m = await mentionOf('A missile landed in the Zaporizhia region on Tuesday.', 'Zaporizhia');
    expect(m.place?.kind).toBe('admin1');
  });

  it('reads a demonym as its country', async () => {
    const m = await mentionOf('Russia fired North Korean missiles at Ukraine.', 'North Korean');
    expect(m.place?.countryCode).toBe('KP');
  });

  it('keeps initialisms whole', async () => {
    const m = await mentionOf('The U.S. said it would send more aid.', 'U.S.');
    expect(m.place?.countryCode).toBe('US');
  });

  it.each([
    ['Andrew Roth reported from Moscow.', 'Roth', 'person'],
    ['The Kyiv Independent reported the strike.', 'Kyiv', 'organisation'],
    ['The flagship of the Black Sea Fleet sank.', 'Black Sea', 'organisation'],
  ])('sets aside names inside longer names: %s', async (text, words, kind) => {
    const m = await mentionOf(text, words);
    expect(m.inName).toMatch(new RegExp(`^${kind}`));
  });

  it('does not take the start of an unknown hyphenated name for a place ("Kharkiv-Zzyx")', async () => {
    const m = await mentionOf('Russian shelling hit the outskirts of Kharkiv-Zzyx on Monday morning, officials said.', 'Kharkiv');
    expect(m.inName).toMatch(/^part of a longer name/);
  });

  it('remembers people: a bare surname later is the person', async () => {
    const a = await analyse('John Kirby spoke on Thursday. Kirby said the missiles were North Korean.');
    expect(a.mentions.find((m) => m.resolution.mention.text === 'Kirby')?.resolution.mention.inName).toMatch(/^person/);
  });

  it('does not take an everyday word at a sentence start for a place', async () => {
    const a = await analyse('Police said the blast damaged three houses in Kharkiv.');
    expect(a.mentions.map((m) => m.resolution.mention.text)).not.toContain('Police');
  });
});
