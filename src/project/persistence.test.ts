// The project in IndexedDB (fake-indexeddb: the same API in memory) and as a file.

import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../tests/fixtures/app/load-fixture.ts';
import type { ProjectV0 } from './migrations.ts';
import { parseProjectText, projectFileContent } from './persistence-file.ts';
import { openProjectStorage, writeLegacyProject } from './persistence.ts';
import { PROJECT_SCHEMA_VERSION, type Edit, type Project, type StoredReport } from './types.ts';

const machine = loadFixture().features;
const first = machine[0]!;
const source = first.properties.sources[0]!;

const report = (id: string, text = `Report ${id}.`): StoredReport => ({
  id,
  outlet: 'Wire',
  title: null,
  published: '2024-01-02',
  url: null,
  text,
  origin: 'pasted',
  added_at: '2024-06-01T00:00:00.000Z',
});

const edit = (id: string, at = '2024-06-01T10:00:00.000Z'): Edit => ({
  id,
  anchor: { article_id: source.article_id, mention_start: source.mention_start },
  incident_id: first.id,
  at,
  change: { kind: 'status', from: 'unreviewed', to: 'confirmed' },
});

const project = (over: Partial<Project> = {}): Project => ({
  schema_version: PROJECT_SCHEMA_VERSION,
  reports: [report('a'), report('b')],
  machine: [...machine],
  edits: [edit('e1')],
  undone: [edit('e0', '2024-06-01T09:00:00.000Z')],
  ...over,
});

describe('project storage', () => {
  it('starts empty, then keeps reports in order, the machine output and the edits', async () => {
    const factory = new IDBFactory();
    const storage = await openProjectStorage(factory);
    expect((await storage.load()).reports).toEqual([]);
    await storage.addReports([report('z'), report('a')], machine.slice(0, 2), null);
    await storage.addReports([report('m')], machine, { generator: 'g', schema: 's', attribution: ['GeoNames'], reports: 3 });
    await storage.saveEdits([edit('e1')], [edit('e0')]);
    storage.close();
    // A new connection: what a reload sees.
    const loaded = await (await openProjectStorage(factory)).load();
    expect(loaded.reports.map((r) => r.id)).toEqual(['z', 'a', 'm']);
    expect(loaded.machine).toEqual(machine);
    expect(loaded.metadata?.attribution).toEqual(['GeoNames']);
    expect(loaded.edits.map((e) => e.id)).toEqual(['e1']);
    expect(loaded.undone.map((e) => e.id)).toEqual(['e0']);
  });

  it('leaves the stored project as it was when a write fails half-way', async () => {
    const factory = new IDBFactory();
    const storage = await openProjectStorage(factory);
    await storage.addReports([report('a')], machine.slice(0, 1), null);
    // The second report cannot be stored (a function is not cloneable): the first must not stay.
    const broken = { ...report('c'), text: (() => 'x') as unknown as string };
    await expect(storage.addReports([report('b'), broken], machine, null)).rejects.toThrow();
    const after = await storage.load();
    expect(after.reports.map((r) => r.id)).toEqual(['a']);
    expect(after.machine).toEqual(machine.slice(0, 1));
    // And a failed replace (an import) keeps everything too.
    await expect(storage.replace(project({ reports: [report('x'), broken] }), null)).rejects.toThrow();
    expect((await storage.load()).reports.map((r) => r.id)).toEqual(['a']);
  });

  it('replaces the whole project at once (an import)', async () => {
    const storage = await openProjectStorage(new IDBFactory());
    await storage.addReports([report('old')], [], null);
    await storage.replace(project(), null);
    const loaded = await storage.load();
    expect(loaded.reports.map((r) => r.id)).toEqual(['a', 'b']);
    expect(loaded.edits.map((e) => e.id)).toEqual(['e1']);
  });

  it('migrates a prototype project (schema 0, edits keyed by incident id) instead of dropping it', async () => {
    const factory = new IDBFactory();
    const old: ProjectV0 = {
      reports: [{ id: 'r1', outlet: null, title: null, published: null, url: null, text: 'Old report.' }],
      incidents: [...machine],
      edits: {
        [first.id]: [
          { at: '2024-05-02T10:00:00.000Z', change: { kind: 'note', from: '', to: 'checked with a second source' } },
          { at: '2024-05-01T10:00:00.000Z', change: { kind: 'status', from: 'unreviewed', to: 'confirmed' } },
        ],
        'inc-gone': [{ at: '2024-05-03T10:00:00.000Z', change: { kind: 'status', from: 'unreviewed', to: 'rejected' } }],
      },
    };
    await writeLegacyProject(factory, old);
    const loaded = await (await openProjectStorage(factory)).load();
    expect(loaded.reports).toEqual([{ ...old.reports[0], origin: 'unknown', added_at: '' }]);
    expect(loaded.machine).toEqual(machine);
    expect(loaded.edits.map((e) => e.change.kind)).toEqual(['status', 'note', 'status']);
    expect(loaded.edits[0]!.anchor).toEqual({ article_id: source.article_id, mention_start: source.mention_start });
    // The edit on an incident the data no longer has is kept, anchored nowhere.
    expect(loaded.edits[2]).toMatchObject({ incident_id: 'inc-gone', anchor: { article_id: '', mention_start: -1 } });
    expect(loaded.undone).toEqual([]);
    expect(loaded.notes.join(' ')).toMatch(/schema 0.*\n?.*orphaned/s);
    // Opening again finds the migrated data, and no second migration.
    const again = await (await openProjectStorage(factory)).load();
    expect(again.edits).toHaveLength(3);
    expect(again.notes).toEqual([]);
  });
});

describe('project files', () => {
  it('round-trips through export and import', () => {
    const p = project();
    const parsed = parseProjectText('p.json', projectFileContent(p));
    expect(parsed.ok && parsed.project).toEqual(p);
  });

  it('refuses wrong files with a sentence naming them', () => {
    const error = (text: string) => {
      const r = parseProjectText('mine.json', text);
      return r.ok ? null : r.error;
    };
    expect(error('{oops')).toMatch(/^mine\.json is not a project file: it is not valid JSON/);
    expect(error(JSON.stringify(loadFixture()))).toMatch(/^mine\.json was not imported: it is an incidents GeoJSON.*Open file/);
    expect(error('[1,2]')).toMatch(/not a project/);
    expect(error(JSON.stringify({ ...project(), schema_version: 7 }))).toMatch(/newer version of the app \(project schema 7; this app reads up to 1\)/);
    expect(error(JSON.stringify({ ...project(), reports: [{ id: 'x' }] }))).toMatch(/report 1 \(x\) has no text/);
    expect(error(JSON.stringify({ ...project(), machine: [{ type: 'Feature' }] }))).toMatch(/its incidents have problems/);
    expect(error(JSON.stringify({ ...project(), edits: [{ id: 'e' }] }))).toMatch(/edit 1 lacks/);
    expect(error(JSON.stringify({ ...project(), reports: [report('a'), report('a')] }))).toMatch(/appears twice/);
  });

  it('imports a schema 0 file through the same migration', () => {
    const r = parseProjectText('old.json', JSON.stringify({ reports: [report('a')], incidents: machine, edits: { [first.id]: [{ at: 't', change: { kind: 'note', from: '', to: 'x' } }] } }));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.project.edits[0]!.anchor.article_id).toBe(source.article_id);
      expect(r.notes[0]).toMatch(/schema 0/);
    }
  });
});
