import { describe, expect, it } from 'vitest';
import { paragraphs, splitSentences } from './sentences.ts';

describe('splitSentences', () => {
  it('keeps every sentence a verbatim slice of the text', () => {
    const text = 'Missiles hit Lviv on Monday. Officials said 5 died.\n\nThe U.S. condemned it. Dr. Smith agreed!';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      'Missiles hit Lviv on Monday.',
      'Officials said 5 died.',
      'The U.S. condemned it.',
      'Dr. Smith agreed!',
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not break after abbreviations and decimals', () => {
    const text = 'On Dec. 30 a 1.5 tonne bomb fell near St. Petersburg. Nobody was hurt.';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['On Dec. 30 a 1.5 tonne bomb fell near St. Petersburg.', 'Nobody was hurt.']);
  });

  it("keeps a place's heading with the words after it on its line", () => {
    const text = '- **Kamianka, Izium hromada, Izium district**. An FPV drone hit a car.\nKharkiv. At about 01:40 today drones attacked the city.\nShelling continued. Two were hurt.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      '- **Kamianka, Izium hromada, Izium district**. An FPV drone hit a car.',
      'Kharkiv. At about 01:40 today drones attacked the city.',
      'Shelling continued.',
      'Two were hurt.',
    ]);
  });

  it('joins the lines of a hard-wrapped paragraph, but not lines of their own', () => {
    const wrapped = 'Kursk governor Alexei Smirnov says two men were killed yesterday when a Ukrainian drone\nhit their car on the outskirts of Rylsk, and that a house burned down in the village of\nTyotkino overnight.';
    expect(splitSentences(wrapped)).toHaveLength(1);
    const lines = 'President Barack Obama was briefed by his national security team while on vacation in Hawaii\nU.N. Secretary-General Ban Ki-moon also condemned it.';
    expect(splitSentences(lines)).toHaveLength(2);
    // (A report's text may begin with a line break.)
    expect(splitSentences('\n' + wrapped)).toHaveLength(1);
    // (Two lines, the first cut on a preposition: one sentence, though the next line opens on a name.)
    const cut = 'On Saturday, mortar rounds landed near a campaign rally held by an opposition candidate in\nMogadishu\'s Hodan district, wounding four people, police said.';
    expect(splitSentences(cut)).toHaveLength(1);
    // (Or cut on a comma, with a name next.)
    const comma = 'The Defence Ministry said on Friday that its air defences had destroyed 38 drones over the Belgorod, Kursk,\nVoronezh and Saratov regions overnight.';
    expect(splitSentences(comma)).toHaveLength(1);
  });

  it('joins lines cut short in text out of a PDF, past a heading and page furniture', () => {
    const text =
      'SITUATION OVERVIEW\nOn 14 March, a missile strike hit a residential neighbourhood\nof Kramatorsk, Donetsk Oblast, killing three civilians. Later the same day, a guided aerial\nbomb hit a private house on the outskirts of Slo-\nviansk, killing one woman.\nOCHA Situation Report | Page 3 of 9';
    expect(splitSentences(text).map((s) => s.text.replace(/\s+/g, ' '))).toEqual([
      'SITUATION OVERVIEW',
      'On 14 March, a missile strike hit a residential neighbourhood of Kramatorsk, Donetsk Oblast, killing three civilians.',
      'Later the same day, a guided aerial bomb hit a private house on the outskirts of Slo- viansk, killing one woman.',
      'OCHA Situation Report | Page 3 of 9',
    ]);
  });

  it('ends a sentence at a line break (headlines, captions)', () => {
    const text = 'Russia used North Korean missiles, US says\nThe United States has said so.';
    expect(splitSentences(text)).toHaveLength(2);
  });

  it('marks sentences covered by furniture', () => {
    const text = 'A strike hit Odesa.\n\nRelated Articles';
    const related = text.indexOf('Related');
    const sentences = splitSentences(text, [{ start: related, end: text.length }]);
    expect(sentences.map((s) => s.furniture)).toEqual([false, true]);
  });
});

describe('paragraphs', () => {
  it('splits on blank lines', () => {
    expect(paragraphs('a\nb\n\n\nc').map((p) => [p.start, p.end])).toEqual([
      [0, 3],
      [6, 7],
    ]);
  });
});
