// Before tests and start: build what is generated from registry packages (the gazetteer index,
// the offline basemap) when it is missing or older than its inputs. Each builder checks that
// itself and prints one line either way.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const builders = ['scripts/build-gazetteer.ts', 'scripts/build-basemap.ts'];
for (const script of builders) {
  if (!existsSync(script)) continue;
  const result = spawnSync(process.execPath, ['--import', 'tsx', script], { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`ensure-data: ${script} failed`);
    process.exit(result.status ?? 1);
  }
}
