// The gazetteer as the geoparse worker downloads it: the stored gzip bytes, typed as a file
// (no Content-Encoding, so no layer inflates it behind the worker's back), with an ETag so the
// second page load gets a bodiless 304 instead of 5 MB.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { createServer, GAZETTEER_PATH } from '../../scripts/serve.ts';

const base = mkdtempSync(join(tmpdir(), 'incident-map-gaz-'));
const servers: http.Server[] = [];
afterAll(() => {
  for (const s of servers) s.close();
  rmSync(base, { recursive: true, force: true });
});

async function start(gazetteerFile: string | null): Promise<number> {
  mkdirSync(join(base, 'app'), { recursive: true });
  writeFileSync(join(base, 'app', 'index.html'), '<!doctype html>');
  const server = createServer({ root: join(base, 'app'), gazetteerFile });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return (server.address() as AddressInfo).port;
}

function get(port: number, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: GAZETTEER_PATH, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

describe('serving the gazetteer', () => {
  it('sends the stored gzip bytes as application/gzip with an ETag, then 304', async () => {
    const bytes = gzipSync(Buffer.from('{"format":2}'));
    const file = join(base, 'gazetteer.json.gz');
    writeFileSync(file, bytes);
    const port = await start(file);
    const first = await get(port, { 'Accept-Encoding': 'gzip' });
    expect(first.status).toBe(200);
    expect(first.headers['content-type']).toBe('application/gzip');
    expect(first.headers['content-encoding']).toBeUndefined();
    expect(first.headers['cache-control']).toBe('no-cache');
    expect(first.headers['content-security-policy']).toMatch(/worker-src 'self' blob:/);
    expect(first.body.equals(bytes)).toBe(true);
    const etag = first.headers.etag!;
    expect(etag).toMatch(/^"[^"]+"$/); // strong, not W/
    const again = await get(port, { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('says how to build it when there is none', async () => {
    const port = await start(null);
    const r = await get(port);
    expect(r.status).toBe(404);
    expect(r.body.toString()).toMatch(/build:gazetteer/);
  });
});
