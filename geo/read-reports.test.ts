import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseDate, readNdjsonStream, readReports } from './read-reports.ts';
import type { ReadItem } from './read-reports.ts';

const FIXTURES = fileURLToPath(new URL('../tests/fixtures/readers/', import.meta.url));
const fixture = (name: string): Uint8Array => readFileSync(FIXTURES + name);
const read = (name: string) => readReports(name, fixture(name));

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const [hi, lo] = [code >> 8, code & 0xff];
    bytes.set(endian === 'le' ? [lo, hi] : [hi, lo], 2 + i * 2);
  }
  return bytes;
}

async function* chunked(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function collectStream(source: string, chunks: AsyncIterable<Uint8Array>): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  for await (const item of readNdjsonStream(source, chunks)) items.push(item);
  return items;
}

describe('JSON', () => {
  it('reads the good elements of an array with their metadata', () => {
    expect(read('reports.json').reports).toEqual([
      {
        id: 'kyiv-strike',
        outlet: 'Example Wire',
        title: 'Missiles hit Kyiv overnight',
        published: '2024-01-02',
        url: 'https://example.org/kyiv-strike',
        text: 'Russian missiles struck Kyiv overnight, officials said.',
      },
      {
        id: 'reports-2',
        outlet: null,
        title: null,
        published: '2024-01-04',
        url: null,
        text: 'Shelling was reported near Kherson on Thursday.',
      },
    ]);
  });

  it('names the file and the element index of a bad element', () => {
    expect(read('reports.json').diagnostics).toEqual([
      { severity: 'error', source: 'reports.json', element: 1, message: "element 1: 'text' is missing or not a string" },
    ]);
  });

  it('accepts a single report object', () => {
    const result = readReports('one.json', '{"id": "x", "text": "Blasts in Kyiv."}');
    expect(result.reports).toEqual([{ id: 'x', outlet: null, title: null, published: null, url: null, text: 'Blasts in Kyiv.' }]);
  });

  it('reports a syntax error with the line the parser points at', () => {
    const result = readReports('bad.json', '[\n  {"id": "a", "text": "x"},\n  {"id": "b" "text": "y"}\n]');
    expect(result.reports).toEqual([]);
    expect(result.diagnostics).toEqual([
      { severity: 'error', source: 'bad.json', line: 3, message: 'not valid JSON (near line 3)' },
    ]);
  });

  it('refuses a JSON value that is neither an array nor an object', () => {
    expect(readReports('n.json', '42').diagnostics).toEqual([
      { severity: 'error', source: 'n.json', message: 'expected an array of reports or one report object' },
    ]);
  });

  it('refuses an element that is not an object', () => {
    expect(readReports('a.json', '[["text"]]').diagnostics).toEqual([
      { severity: 'error', source: 'a.json', element: 0, message: 'element 0: not a report object (got an array)' },
    ]);
  });

  it('keeps a report whose optional field has the wrong type, with a warning and null', () => {
    const result = readReports('t.json', '[{"id": "a", "title": 7, "text": "Shelling in Kherson."}]');
    expect(result.reports.map((r) => r.title)).toEqual([null]);
    expect(result.diagnostics).toEqual([
      { severity: 'warning', source: 't.json', element: 0, message: "element 0: 'title' is not a string; set to null" },
    ]);
  });

  it('takes a numeric id as a string', () => {
    expect(readReports('n.json', '[{"id": 17, "text": "x"}]').reports[0]?.id).toBe('17');
  });

  it('refuses an element whose text is only whitespace', () => {
    expect(readReports('w.json', '[{"id": "a", "text": " \\n "}]').diagnostics[0]?.message).toBe("element 0: 'text' is empty");
  });

  it('normalises line breaks in the text as the text reader does', () => {
    expect(readReports('c.json', '{"id": "a", "text": "one\\r\\ntwo\\rthree"}').reports[0]?.text).toBe('one\ntwo\nthree');
  });
});

describe('NDJSON', () => {
  it('reads every good line of a truncated file', () => {
    expect(read('truncated.ndjson').reports.map((r) => [r.id, r.published, r.text])).toEqual([
      ['a', '2024-01-04', 'Drones attacked Odesa.'],
      ['b', '2024-01-05', 'A blast was heard in Belgorod.'],
    ]);
  });

  it('names the cut-off last line (blank lines count)', () => {
    expect(read('truncated.ndjson').diagnostics).toEqual([
      {
        severity: 'error',
        source: 'truncated.ndjson',
        line: 4,
        message: 'line 4: not valid JSON (the last line is cut off: truncated file?)',
      },
    ]);
  });

  it('gives the same result for the file as a string', () => {
    const text = new TextDecoder().decode(fixture('truncated.ndjson'));
    expect(readReports('truncated.ndjson', text)).toEqual(read('truncated.ndjson'));
  });

  it('reads .jsonl as NDJSON', () => {
    expect(readReports('x.jsonl', '{"id":"a","text":"t"}\n').reports.map((r) => r.id)).toEqual(['a']);
  });

  it('costs only the line that holds invalid UTF-8', () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('{"id":"a","text":"x \u00e9"}\n{"id":"b","text":"'),
      0xc3, 0x28,
      ...new TextEncoder().encode('"}\n{"id":"c","text":"z"}\n'),
    ]);
    const result = readReports('u.ndjson', bytes);
    expect(result.reports.map((r) => r.id)).toEqual(['a', 'c']);
    expect(result.diagnostics).toEqual([{ severity: 'error', source: 'u.ndjson', line: 2, message: 'line 2: not valid UTF-8 text' }]);
  });

  it('derives a stable id from the file name and line when a line has none', () => {
    expect(readReports('dir/feed.ndjson', '\n{"text":"x"}\n').reports[0]?.id).toBe('feed-2');
  });

  it('refuses a line that is JSON but not an object', () => {
    expect(readReports('a.ndjson', '[1, 2]\n').diagnostics).toEqual([
      { severity: 'error', source: 'a.ndjson', line: 1, message: 'line 1: not a report object (got an array)' },
    ]);
  });

  it('says "empty file" for a file of blank lines', () => {
    expect(readReports('b.ndjson', new TextEncoder().encode('\n\n\r\n')).diagnostics).toEqual([
      { severity: 'error', source: 'b.ndjson', message: 'empty file' },
    ]);
  });
});

describe('readNdjsonStream', () => {
  it('yields what readReports gives, even with chunks of one byte', async () => {
    const items = await collectStream('truncated.ndjson', chunked(fixture('truncated.ndjson'), 1));
    const whole = read('truncated.ndjson');
    expect(items.flatMap((i) => ('report' in i ? [i.report] : []))).toEqual(whole.reports);
    expect(items.flatMap((i) => ('diagnostic' in i ? [i.diagnostic] : []))).toEqual(whole.diagnostics);
  });

  it('reads UTF-16 LE by its BOM, split across chunks', async () => {
    const items = await collectStream('s.ndjson', chunked(utf16('{"id":"a","text":"Харків"}\r\n{"id":"b","text":"Одеса"}', 'le'), 3));
    expect(items).toEqual([
      { report: { id: 'a', outlet: null, title: null, published: null, url: null, text: 'Харків' } },
      { report: { id: 'b', outlet: null, title: null, published: null, url: null, text: 'Одеса' } },
    ]);
  });

  it('stops at a binary file with one error', async () => {
    expect(await collectStream('b.ndjson', chunked(fixture('binary.md'), 64))).toEqual([
      { diagnostic: { severity: 'error', source: 'b.ndjson', message: 'binary file, not a report' } },
    ]);
  });

  it('yields reports while the input is still coming (an endless stream)', async () => {
    async function* endless(): AsyncGenerator<Uint8Array> {
      const line = new TextEncoder().encode('{"text":"Shelling near Kherson."}\n');
      for (;;) yield line;
    }
    const ids: string[] = [];
    for await (const item of readNdjsonStream('endless.ndjson', endless())) {
      if ('report' in item) ids.push(item.report.id);
      if (ids.length === 3) break;
    }
    expect(ids).toEqual(['endless-1', 'endless-2', 'endless-3']);
  });

  it('reads 100,000 reports', async () => {
    const line = (i: number): string => `{"id":"r${i}","published":"2024-01-04","text":"Report ${i}."}\n`;
    async function* big(): AsyncGenerator<Uint8Array> {
      const encoder = new TextEncoder();
      for (let i = 0; i < 100_000; i += 1000) {
        let chunk = '';
        for (let j = i; j < i + 1000; j++) chunk += line(j);
        yield encoder.encode(chunk);
      }
    }
    let count = 0;
    let last = '';
    for await (const item of readNdjsonStream('big.ndjson', big())) {
      if ('diagnostic' in item) throw new Error(item.diagnostic.message);
      count++;
      last = item.report.id;
    }
    expect([count, last]).toEqual([100_000, 'r99999']);
  });
});

describe('text and Markdown', () => {
  it('normalises CRLF and lone CR to LF and reads quoted front matter', () => {
    expect(read('crlf.txt')).toEqual({
      reports: [
        {
          id: 'crlf-report',
          outlet: null,
          title: 'Windows line endings',
          published: null,
          url: null,
          text: 'First line.\n\nSecond line.\nThird line after a lone CR.\n',
        },
      ],
      diagnostics: [],
    });
  });

  it('keeps the body after the front matter exactly (a seed report)', () => {
    const name = 'aljazeera-2024-01-04-nk-missiles.md';
    const file = readFileSync(fileURLToPath(new URL(`../seeds/${name}`, import.meta.url)), 'utf8');
    const report = readReports(name, file).reports[0];
    expect(report?.text).toBe(file.slice(file.indexOf('\n---\n') + 5));
    expect([report?.id, report?.outlet, report?.published]).toEqual([
      'aljazeera-2024-01-04-nk-missiles',
      'Al Jazeera',
      '2024-01-04',
    ]);
  });

  it('warns about each broken front matter line and still reads the rest', () => {
    expect(read('broken-front-matter.md')).toEqual({
      reports: [
        {
          id: 'broken-front-matter',
          outlet: 'Example Wire',
          title: null,
          published: null,
          url: null,
          text: 'Ukrainian drones struck an oil depot in Bryansk, the governor said.\n',
        },
      ],
      diagnostics: [
        { severity: 'warning', source: 'broken-front-matter.md', line: 3, message: `line 3: front matter 'title': unterminated "quoted" value` },
        {
          severity: 'warning',
          source: 'broken-front-matter.md',
          line: 5,
          message: "line 5: unknown front matter key 'author' ignored (known: id, outlet, title, published, url)",
        },
        { severity: 'warning', source: 'broken-front-matter.md', line: 6, message: "line 6: 'published' '2024-02-31' is not a real date; set to null" },
      ],
    });
  });

  it('reads an unclosed front matter block as report text, with a warning on line 1', () => {
    const result = readReports('open.md', '---\nid: x\nKyiv was hit.\n');
    expect(result.reports[0]?.text).toBe('---\nid: x\nKyiv was hit.\n');
    expect(result.diagnostics).toEqual([
      {
        severity: 'warning',
        source: 'open.md',
        line: 1,
        message: "line 1: front matter opened by '---' is never closed by a '---' line; the whole file is read as report text",
      },
    ]);
  });

  it('derives the id from the file name and strips a leading BOM', () => {
    expect(readReports('in/2024/odesa-port.v2.txt', '\uFEFF  Odesa was hit.  \n').reports).toEqual([
      { id: 'odesa-port.v2', outlet: null, title: null, published: null, url: null, text: '  Odesa was hit.  \n' },
    ]);
  });

  it('reads escapes in double quotes and doubled quotes in single quotes', () => {
    const text = `---\ntitle: "He said \\"no\\" \\\\ twice" # a comment\noutlet: 'Kyiv''s Paper'\nurl:\n---\nBody.`;
    expect(readReports('q.md', text).reports[0]).toMatchObject({ title: 'He said "no" \\ twice', outlet: "Kyiv's Paper", url: null });
  });

  it('refuses front matter with no report text after it', () => {
    expect(readReports('fm.md', '---\nid: x\n---\n\n').diagnostics).toEqual([
      { severity: 'error', source: 'fm.md', message: 'no report text after the front matter' },
    ]);
  });

  it('warns about a duplicate key and keeps the first value', () => {
    const result = readReports('d.md', '---\nid: first\nid: second\n---\nText.');
    expect([result.reports[0]?.id, result.diagnostics[0]?.message]).toEqual([
      'first',
      "line 3: duplicate front matter key 'id'; the first value is kept",
    ]);
  });
});

describe('bytes', () => {
  it('decodes UTF-16 LE by its BOM', () => {
    expect(read('utf16le.txt').reports).toEqual([
      { id: 'utf16-report', outlet: null, title: null, published: null, url: null, text: 'Дрони атакували Харків.\n' },
    ]);
  });

  it('decodes UTF-16 BE by its BOM', () => {
    expect(readReports('be.txt', utf16('Київ', 'be')).reports[0]?.text).toBe('Київ');
  });

  it('strips a UTF-8 BOM', () => {
    expect(readReports('bom.txt', new Uint8Array([0xef, 0xbb, 0xbf, 0x4b, 0x79, 0x69, 0x76])).reports[0]?.text).toBe('Kyiv');
  });

  it('refuses invalid UTF-8 instead of reading mojibake', () => {
    expect(read('invalid-utf8.txt')).toEqual({
      reports: [],
      diagnostics: [{ severity: 'error', source: 'invalid-utf8.txt', message: 'not valid UTF-8 text' }],
    });
  });

  it('refuses a binary file', () => {
    expect(read('binary.md').diagnostics).toEqual([{ severity: 'error', source: 'binary.md', message: 'binary file, not a report' }]);
  });

  it('refuses an empty file', () => {
    expect(read('empty.txt').diagnostics).toEqual([{ severity: 'error', source: 'empty.txt', message: 'empty file' }]);
  });

  it('takes a whitespace-only file as empty', () => {
    expect(readReports('ws.json', ' \n\t\n').diagnostics).toEqual([{ severity: 'error', source: 'ws.json', message: 'empty file' }]);
  });
});

describe('published dates', () => {
  it.each([
    ['2024-01-04', '2024-01-04'],
    ['2024-01-04T10:00:00Z', '2024-01-04'],
    ['2024-01-04T23:30:00.000+02:00', '2024-01-04'],
    ['2024-01-04 10:00', '2024-01-04'],
    ['2024/1/4', '2024-01-04'],
    ['4 January 2024', '2024-01-04'],
    ['4th Jan. 2024', '2024-01-04'],
    ['Thursday, 4 January 2024 10:00 GMT', '2024-01-04'],
    ['January 4, 2024', '2024-01-04'],
    ['Thu Jan 4 2024', '2024-01-04'],
    ['Sept 30, 2023', '2023-09-30'],
    ['2024-02-29', '2024-02-29'],
  ])('reads %s as %s', (raw, date) => {
    expect(normaliseDate(raw)).toEqual({ date, problem: null });
  });

  it('refuses an impossible date', () => {
    expect(normaliseDate('2023-02-29')).toEqual({ date: null, problem: "'published' '2023-02-29' is not a real date; set to null" });
  });

  it('refuses an ambiguous numeric date rather than guess the order', () => {
    expect(normaliseDate('04/01/2024').problem).toBe("'published' '04/01/2024' is not a date this reader understands; set to null");
  });

  it('keeps a report with an impossible date, with a warning', () => {
    const result = readReports('d.json', '[{"id": "a", "published": "31 February 2024", "text": "x"}]');
    expect([result.reports[0]?.published, result.diagnostics[0]?.message]).toEqual([
      null,
      "element 0: 'published' '31 February 2024' is not a real date; set to null",
    ]);
  });
});

describe('HTML', () => {
  it('extracts the article blocks and leaves out nav, script, share, related links and footers', () => {
    expect(read('article.html').reports[0]?.text).toBe(
      [
        'Drone strike on Odesa port',
        '4 January 2024',
        'Russian drones struck the port of Odesa overnight & damaged a grain terminal, the regional governor said.',
        'Smoke over the port on Wednesday.',
        'Air defences shot down 10 of the 12 drones,\nthe air force said.',
        'Earlier attacks',
        'Izmail, 2 January',
        'Mykolaiv, 29 December',
      ].join('\n\n'),
    );
  });

  it('reads the metadata: og:title, og:site_name, <time datetime>, canonical link', () => {
    const { text: _text, ...meta } = read('article.html').reports[0] ?? { text: '' };
    expect(meta).toEqual({
      id: 'article',
      outlet: 'Example News',
      title: 'Drone strike on Odesa port',
      published: '2024-01-04',
      url: 'https://example.org/world/odesa-port',
    });
  });

  it('gives a clear error for a page with no article text', () => {
    expect(read('no-article.html')).toEqual({
      reports: [],
      diagnostics: [{ severity: 'error', source: 'no-article.html', message: 'no article text found in the HTML page' }],
    });
  });

  it('without <article>, takes the element with the most paragraph text', () => {
    const html = `<body><div id="side"><p>Short teaser on Lviv.</p></div>
      <div id="story"><p>Missiles struck Dnipro on Friday, killing two people.</p><p>Rescuers searched the rubble.</p></div></body>`;
    expect(readReports('p.htm', html).reports[0]?.text).toBe('Missiles struck Dnipro on Friday, killing two people.\n\nRescuers searched the rubble.');
  });

  it('finds the story when every paragraph sits in its own <div>', () => {
    const para = (text: string): string => `<div class="para"><p>${text}</p></div>`;
    const html = `<body><div id="story">${para('Kharkiv was shelled at dawn.')}${para('Two people were hurt.')}${para('Power was cut.')}</div>
      <div id="teaser"><p>A teaser about Lviv.</p></div></body>`;
    expect(readReports('w.html', html).reports[0]?.text).toBe('Kharkiv was shelled at dawn.\n\nTwo people were hurt.\n\nPower was cut.');
  });

  it('prefers the main story over <article> teaser cards', () => {
    const html = `<body><div><p>${'Shelling hit Kherson overnight. '.repeat(10)}</p><p>${'Officials said more. '.repeat(10)}</p></div>
      <article><p>Teaser about Lviv.</p></article></body>`;
    expect(readReports('t.html', html).reports[0]?.text.startsWith('Shelling hit Kherson overnight.')).toBe(true);
  });

  it('takes the date from JSON-LD and the title from <title> when there are no meta tags', () => {
    const html = `<head><title>Strike on Sumy</title><script type="application/ld+json">
      {"@graph": [{"@type": "NewsArticle", "datePublished": "2024-03-02T11:00:00+02:00", "publisher": {"name": "Wire"}}]}
      </script></head><body><article><p>Sumy was struck.</p></article></body>`;
    expect(readReports('j.html', html).reports[0]).toMatchObject({ title: 'Strike on Sumy', published: '2024-03-02', outlet: 'Wire' });
  });
});

describe('unknown extensions and the format option', () => {
  it('reads JSON-looking content as JSON, with a warning', () => {
    const result = readReports('export.dat', '[{"id": "a", "text": "x"}]');
    expect([result.reports.map((r) => r.id), result.diagnostics]).toEqual([
      ['a'],
      [{ severity: 'warning', source: 'export.dat', message: "unknown extension '.dat': read as JSON" }],
    ]);
  });

  it('reads other content as text, with a warning', () => {
    const result = readReports('README', '[Al Jazeera] Kyiv was hit.');
    expect([result.reports[0]?.text, result.diagnostics[0]?.message]).toEqual([
      '[Al Jazeera] Kyiv was hit.',
      'no file extension: read as text',
    ]);
  });

  it('lets the format option override the extension', () => {
    expect(readReports('upload', '{"id":"a","text":"x"}\n', { format: 'ndjson' })).toEqual({
      reports: [{ id: 'a', outlet: null, title: null, published: null, url: null, text: 'x' }],
      diagnostics: [],
    });
  });
});

describe('never throws', () => {
  const names = ['r.json', 'r.ndjson', 'r.jsonl', 'r.txt', 'r.md', 'r.html', 'r.htm', 'r.bin', 'r'];

  it('on random bytes, for every extension', () => {
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.uint8Array({ maxLength: 300 }), (name, bytes) => {
        const result = readReports(name, bytes);
        expect(result.reports.length + result.diagnostics.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('on random strings, for every extension', () => {
    const pieces = fc.constantFrom('---\n', 'id: "x', '{"text":', '"}', '\n', '\r\n', '<p>', '</p>', '<article>', '[', '\uFEFF', '\u0000', 'é');
    const text = fc.oneof(fc.string({ maxLength: 200, unit: 'binary' }), fc.array(pieces, { maxLength: 30 }).map((p) => p.join('')));
    fc.assert(
      fc.property(fc.constantFrom(...names), text, (name, content) => {
        readReports(name, content);
      }),
      { numRuns: 500 },
    );
  });

  it('in the stream, on random chunks', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.uint8Array({ maxLength: 40 }), { maxLength: 8 }), async (chunks) => {
        async function* source(): AsyncGenerator<Uint8Array> {
          yield* chunks;
        }
        expect((await collectStream('r.ndjson', source())).length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});
