import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { furnitureSpans } from './furniture.ts';
import type { FurnitureOptions } from './furniture.ts';
import { readReports } from './read-reports.ts';

/** The furniture of a text as [words, reason] pairs: what a reviewer would see. */
function marked(text: string, options?: FurnitureOptions): Array<[string, string]> {
  return furnitureSpans(text, options).map((s) => [text.slice(s.start, s.end), s.reason]);
}

const REPORTING = [
  'Russian missiles struck Kyiv overnight, officials said.',
  '- Russia fired missiles at Kyiv and Odesa',
  'By Thursday, the shelling of Kherson had stopped.',
  'Share prices fell in Moscow after the attack.',
  'Related attacks were reported in Sumy.',
  'The photo: a building blazing in Kharkiv was shared widely. Officials confirmed it.',
  'Crimean attacks',
  'What?? The strike hit Lviv.',
  '*A drone hit Kharkiv on Monday, officials said.*',
  '- A [drone](https://example.org) hit Kharkiv on Monday.',
];

describe('reporting stays reporting', () => {
  it.each(REPORTING)('does not mark %j', (line) => {
    expect(marked(line)).toEqual([]);
  });
});

describe('whole lines of page furniture', () => {
  it.each([
    ['Related Articles', 'related links'],
    ['Most read', 'related links'],
    ['Read more: Blasts in Belgorod', 'related link'],
    ['**Read more:**', 'related links'],
    ['- [Drones hit grain facilities at Odesa port overnight](#)', 'related link'],
    ['**Related:** [Explainer: How glide bombs changed the war in Ukraine](https://example.org/x)', 'related link'],
    ['![A man walks past a destroyed building in Kharkiv in 2023. Photo: Reuters](kharkiv-building.jpg)', 'photo caption'],
    ['*A man walks past a destroyed building in Kharkiv in 2023. Photo: Reuters/Vyacheslav Madiyevskyi*', 'photo caption'],
    ['Leave a Reply', 'comment form'],
    ['Your email address will not be published. Required fields are marked *', 'comment form'],
    ['Back to top button', 'navigation'],
    ['Skip to main content', 'navigation'],
    ['Newspapers in English', 'newspaper footer'],
    ['Newspapers from United States', 'newspaper footer'],
    ['Share this article', 'share prompt'],
    ['Sign up for our morning briefing', 'newsletter prompt'],
    ['We use cookies to improve your experience. Accept all', 'cookie notice'],
    ['Advertisement', 'advertisement'],
    ['© 2024 Example News. All rights reserved.', 'copyright'],
    ['(Reporting by Olena Harmash; Editing by Alex Richardson)', 'credit'],
    ['(Corrects paragraph 4 to show the strike hit Kostiantynivka, not Kramatorsk; adds details on toll in paragraph 5)', "editor's note"],
    ['[Al Jazeera]', 'outlet tag'],
    ['Al Jazeera and news agencies', 'outlet tag'],
    ['Staff and agencies', 'outlet tag'],
    ['(Reuters)', 'outlet tag'],
  ])('marks %j as %s', (line, reason) => {
    expect(marked(`Kyiv was hit.\n\n${line}\n`)).toEqual([[line, reason]]);
  });

  it('marks the line, not its indentation or CR', () => {
    const text = 'Kyiv was hit.\r\n   Back to top  \r\n';
    expect(furnitureSpans(text)).toEqual([{ start: 18, end: 29, reason: 'navigation' }]);
  });

  it('marks a line that is only the outlet name, when the outlet is known', () => {
    expect(marked('Example Wire\n\nKyiv was hit.', { outlet: 'Example Wire' })).toEqual([['Example Wire', 'outlet name']]);
    expect(marked('Example Wire\n\nKyiv was hit.')).toEqual([]);
  });
});

describe('bylines', () => {
  it.each([
    '- Julian Borger in Washington, Andrew Roth and agencies',
    '— Olena Harmash in Kyiv and Tom Balmforth in London',
    'By Guy Faulconbridge',
    'By Reuters',
    'By Ana de la Cruz in Buenos Aires, world affairs editor',
  ])('marks %j', (line) => {
    expect(marked(line)).toEqual([[line, 'byline']]);
  });

  it('does not take a bulleted sentence for a byline', () => {
    expect(marked('- Russian Forces Shelled Kherson in the night')).toEqual([]);
  });
});

describe('photo credits', () => {
  it('marks only the credit after a caption', () => {
    const line = 'A building blazes in the Podilskyi district. Photograph: Global Images Ukraine/Getty Images';
    expect(marked(line)).toEqual([['Photograph: Global Images Ukraine/Getty Images', 'photo credit']]);
  });

  it.each([
    ['Firefighters at the scene in Dnipro. Photo: AP', 'Photo: AP'],
    ['Smoke over Sevastopol (AP Photo/Efrem Lukatsky)', '(AP Photo/Efrem Lukatsky)'],
    ['Rescuers in Odesa (Reuters)', '(Reuters)'],
    ['Image: Ukrainian Air Force', 'Image: Ukrainian Air Force'],
    ['Credit: Handout', 'Credit: Handout'],
    ['Image source, Getty Images', 'Image source, Getty Images'],
  ])('marks the credit in %j', (line, credit) => {
    expect(marked(line)).toEqual([[credit, 'photo credit']]);
  });

  it('does not take a following sentence for a credit', () => {
    expect(marked('Kirby showed one. Photo: the missile debris was found near Zaporizhzhia. It was Korean.')).toEqual([]);
  });
});

describe('scan garbage and duplicates', () => {
  it('marks a line of only question marks', () => {
    expect(marked('Kyiv was hit.\n?? ??\n')).toEqual([['?? ??', 'scan garbage']]);
  });

  it('marks "??" at the start of a line and keeps the caption after it', () => {
    expect(marked(' ?? ?? Rescuers in Kharkiv.')).toEqual([['?? ?? ', 'scan garbage']]);
  });

  it('marks the second copy of a repeated line, whatever garbage the first had', () => {
    const text = '?? ?? Rescuers in Kharkiv. Photo: AFP\nRescuers in Kharkiv. Photo: AFP\n';
    expect(marked(text)).toEqual([
      ['?? ?? ', 'scan garbage'],
      ['Photo: AFP', 'photo credit'],
      ['Rescuers in Kharkiv. Photo: AFP', 'duplicate line'],
    ]);
  });

  it('does not mark repeated blank or punctuation-only lines', () => {
    expect(marked('Kyiv.\n\n***\n\n***\n\nOdesa.')).toEqual([]);
  });
});

describe('links listed under a heading', () => {
  it('marks the headline-like lines that follow, up to the next paragraph of prose', () => {
    const text = 'Kyiv was hit.\n\nRelated\n\nBlasts in Belgorod\n\nDrones over Odesa\n\nThe governor said more on Friday.\n';
    expect(marked(text)).toEqual([
      ['Related', 'related links'],
      ['Blasts in Belgorod', 'related links'],
      ['Drones over Odesa', 'related links'],
    ]);
  });
});

describe('the seed reports', () => {
  const seed = (name: string) => {
    const path = fileURLToPath(new URL(`../seeds/${name}.md`, import.meta.url));
    const report = readReports(`${name}.md`, readFileSync(path)).reports[0];
    if (!report) throw new Error(`seed ${name} did not read`);
    return report;
  };

  it('finds the furniture of the Guardian seed, and only that', () => {
    const report = seed('guardian-usa-2024-01-06-nk-missiles');
    expect(marked(report.text, { outlet: report.outlet })).toEqual([
      ['The Guardian (USA)', 'outlet name'],
      ['- Julian Borger in Washington, Andrew Roth and agencies', 'byline'],
      ['?? ?? ', 'scan garbage'],
      ['Photograph: Global Images Ukraine/Getty Images', 'photo credit'],
      [
        'A building blazes in the Podilskyi district of Kyiv, after a Russian missile attack on 2 January. Photograph: Global Images Ukraine/Getty Images',
        'duplicate line',
      ],
      ['Newspapers in English', 'newspaper footer'],
      ['Newspapers from United States', 'newspaper footer'],
    ]);
  });

  it('finds the furniture of the Al Jazeera seed, and only that', () => {
    const report = seed('aljazeera-2024-01-04-nk-missiles');
    expect(marked(report.text, { outlet: report.outlet }).map(([words]) => words)).toEqual([
      '[Al Jazeera]',
      'Al Jazeera and news agencies',
      'Related Articles',
      'Leave a Reply',
      'Your email address will not be published. Required fields are marked *',
      'Back to top button',
    ]);
  });
});

describe('span invariants', () => {
  const furnitureLines = fc.constantFrom(
    'Related Articles', 'Share', '?? ??', ' ?? x', 'By Ann Lee', '- Ann Lee in Kyiv', '[Wire]', 'Photo: AP',
    'Kyiv. Photograph: X/Y', 'Kyiv was hit.', '', '\r', 'Caption (Reuters)', 'Newspapers in English',
  );
  const texts = fc.oneof(
    fc.string({ maxLength: 300, unit: 'binary' }),
    fc.array(fc.oneof(furnitureLines, fc.string({ maxLength: 20 })), { maxLength: 25 }).map((lines) => lines.join('\n')),
  );

  it('returns sorted, non-overlapping, non-empty spans within the text', () => {
    fc.assert(
      fc.property(texts, fc.option(fc.string({ maxLength: 10 })), (text, outlet) => {
        let end = 0;
        for (const span of furnitureSpans(text, { outlet })) {
          expect(span.start).toBeGreaterThanOrEqual(end);
          expect(span.end).toBeGreaterThan(span.start);
          expect(span.end).toBeLessThanOrEqual(text.length);
          end = span.end;
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('never spans a line break', () => {
    fc.assert(
      fc.property(texts, (text) => {
        for (const span of furnitureSpans(text)) expect(text.slice(span.start, span.end)).not.toMatch(/[\n\r]/);
      }),
      { numRuns: 500 },
    );
  });
});
