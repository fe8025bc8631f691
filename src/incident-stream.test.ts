import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { featureCollectionText } from '../geo/geojson-text.ts';
import { loadFixture } from '../tests/fixtures/app/load-fixture.ts';
import { parseIncidentText } from './import-file.ts';
import { LineReader, readIncidentStream } from './incident-stream.ts';

const collection = loadFixture();
/** The pipeline's own layout, as `incidents` writes it. */
const pipelineText = featureCollectionText(collection);
/** The same layout with raw UTF-8 (a hand-written file): multi-byte characters that chunk
 * boundaries can split. */
const first = collection.features[0]!;
const rawUtf8Text = [
  `${JSON.stringify({ type: 'FeatureCollection', metadata: collection.metadata }).slice(0, -1)},"features":[`,
  [{ ...first, properties: { ...first.properties, title: 'Обстріл Харкова — café 𝄞' } }, ...collection.features.slice(1)]
    .map((f) => JSON.stringify(f))
    .join(',\n'),
  ']}',
  '',
].join('\n');

/** The text as a byte stream cut at the given fractions of its length. */
function streamOf(text: string, cuts: number[] = []): ReadableStream<Uint8Array<ArrayBuffer>> {
  const bytes = new TextEncoder().encode(text);
  const at = [...new Set(cuts.map((c) => Math.floor(c * bytes.length)))].sort((a, b) => a - b);
  const chunks = [0, ...at, bytes.length].slice(1).map((end, i, ends) => bytes.slice(i === 0 ? 0 : ends[i - 1], end));
  return new ReadableStream({
    start(controller) {
      for (const c of chunks) controller.enqueue(c);
      controller.close();
    },
  });
}

function linesOf(text: string): LineReader {
  const reader = new LineReader();
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  for (const l of lines) reader.line(l);
  return reader;
}

describe('reading an incidents file as it arrives', () => {
  it("reads the pipeline's layout line by line, without a whole-file parse", () => {
    const r = linesOf(pipelineText).finish();
    expect(r).not.toBeNull();
    expect(r?.ok && r.collection).toEqual(collection);
    expect(linesOf(rawUtf8Text).finish()).not.toBeNull();
  });

  it('gives the same result as the whole-file parse wherever the chunks are cut', async () => {
    const cuts = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 12 });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(pipelineText, rawUtf8Text), cuts, async (text, at) => {
        expect(await readIncidentStream(streamOf(text, at))).toEqual(parseIncidentText(text));
      }),
      { numRuns: 60 },
    );
    const r = await readIncidentStream(streamOf(rawUtf8Text, [0.0001, 0.5]));
    expect(r.ok && r.collection.features[0]!.properties.title).toBe('Обстріл Харкова — café 𝄞');
  });

  it('reads other layouts whole: indented, one line, CRLF line ends', async () => {
    // One line longer than any feature line (a long metadata note), read in 64 kB chunks.
    const long = JSON.stringify({ ...collection, metadata: { ...collection.metadata, note: 'x'.repeat(9_000_000) } });
    const r = await readIncidentStream(streamOf(long, Array.from({ length: 150 }, (_, i) => (i + 1) / 151)));
    expect(r.ok && r.collection.features).toEqual(collection.features);
    for (const text of [JSON.stringify(collection, null, 2), JSON.stringify(collection), pipelineText.replace(/\n/g, '\r\n')]) {
      expect(linesOf(text).finish()).toBeNull();
      const r = await readIncidentStream(streamOf(text, [0.3]));
      expect(r.ok && r.collection).toEqual(collection);
    }
  });

  it('gives the whole-file message for a file that breaks the layout', async () => {
    const lines = pipelineText.split('\n');
    const broken = {
      'a missing comma': pipelineText.replace('},\n{"type":"Feature"', '}\n{"type":"Feature"'),
      'a comma after the last feature': pipelineText.replace('}\n]}', '},\n]}'),
      'a cut-off download': lines.slice(0, 3).join('\n'),
      'text after the end': `${pipelineText}x\n`,
      'a broken feature line': pipelineText.replace('{"type":"Feature"', '{"type":"Feature",,'),
      'a head that is not a collection': pipelineText.replace('"FeatureCollection"', '"Feature"'),
    };
    for (const [what, text] of Object.entries(broken)) {
      expect(linesOf(text).finish(), what).toBeNull();
      const r = await readIncidentStream(streamOf(text, [0.5]));
      expect(r.ok, what).toBe(false);
      expect(r, what).toEqual(parseIncidentText(text));
    }
  });

  it('names the feature with a problem, as the whole-file check does', async () => {
    const bad = { ...first, properties: { ...first.properties, event_type: 'parade' } };
    const text = featureCollectionText({ ...collection, features: [collection.features[1]!, bad] });
    const r = linesOf(text).finish();
    expect(r).toEqual(parseIncidentText(text));
    expect(r?.ok ? '' : r?.errors.join(' ')).toMatch(/Feature 2 \(.+\): missing or invalid event_type/);
  });
});
