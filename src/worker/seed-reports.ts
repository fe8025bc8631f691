// The seed reports, bundled into the worker as text: a project starts from them, so the first
// reports an analyst adds are merged with the seeds' incidents exactly as `npm run incidents --
// seeds/*.md` would merge them (same files, same order: the shell sorts a glob by name).

import type { FileReport } from './geoparse-core.ts';

const files = import.meta.glob<string>('../../seeds/*.md', { query: '?raw', import: 'default', eager: true });

export const SEED_FILES: readonly FileReport[] = Object.keys(files)
  .filter((path) => !/\/readme\.md$/i.test(path))
  .sort()
  .map((path) => {
    const name = path.slice(path.lastIndexOf('/') + 1);
    return { kind: 'file', name: `seeds/${name}`, content: files[path]!, origin: 'seed' };
  });
