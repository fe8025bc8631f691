// The static server's promises, checked over raw HTTP (fetch would normalise "/../" away).

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, createServer } from '../../scripts/serve.ts';

let base: string;
let server: http.Server;
let port: number;

function get(path: string, method = 'GET', headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'incident-map-serve-'));
  const root = join(base, 'app');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(join(root, 'assets', 'index-AbCd1234.js'), 'console.log(1)');
  writeFileSync(join(root, '.env'), 'SECRET=1');
  writeFileSync(join(base, 'package.json'), '{"secret":true}');
  writeFileSync(join(base, 'incidents.geojson'), '{"type":"FeatureCollection","features":[]}');
  server = createServer({ root, dataFile: join(base, 'incidents.geojson'), styleUrl: 'https://tiles.example.org/style.json' });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
  rmSync(base, { recursive: true, force: true });
});

describe('static server', () => {
  it('serves the page with a CSP that forbids inline script', async () => {
    const r = await get('/');
    expect(r.status).toBe(200);
    const csp = String(r.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).toContain("child-src 'self' blob:");
    expect(csp).toContain("img-src 'self' data: blob:");
    // The configured style's host, and only it, joins connect-src.
    expect(csp).toContain("connect-src 'self' https://tiles.example.org");
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['referrer-policy']).toBe('no-referrer');
    expect(r.headers['cache-control']).toBe('no-cache');
  });

  it('allows only self to connect when no style URL is set', () => {
    expect(contentSecurityPolicy(null)).toContain("connect-src 'self';");
    expect(contentSecurityPolicy('javascript:alert(1)')).toContain("connect-src 'self';");
  });

  it('marks hashed assets immutable', async () => {
    const r = await get('/assets/index-AbCd1234.js');
    expect(r.status).toBe(200);
    expect(r.headers['cache-control']).toContain('immutable');
    expect(r.headers['content-type']).toContain('text/javascript');
  });

  it('refuses path traversal in every spelling', async () => {
    for (const p of ['/../package.json', '/%2e%2e/package.json', '/%2E%2E/package.json', '/assets/../../package.json', '/..%2fpackage.json', '/%2e%2e%2fpackage.json', '/.%2e/package.json', '/assets/..\\..\\package.json']) {
      const r = await get(p);
      expect(r.status, p).toBeGreaterThanOrEqual(400);
      expect(r.body, p).not.toContain('secret');
    }
  });

  it('lists no directories and hides dotfiles', async () => {
    for (const p of ['/assets/', '/assets', '/.env']) {
      const r = await get(p);
      expect(r.status, p).toBe(404);
      expect(r.body).not.toContain('index-AbCd1234');
      expect(r.body).not.toContain('SECRET');
    }
  });

  it('serves the incidents file and its config, and only GET/HEAD', async () => {
    const d = await get('/data/incidents.geojson');
    expect(d.status).toBe(200);
    expect(d.headers['content-type']).toContain('application/geo+json');
    expect(JSON.parse((await get('/config.json')).body)).toEqual({ styleUrl: 'https://tiles.example.org/style.json' });
    expect((await get('/', 'POST')).status).toBe(405);
    expect((await get('/', 'HEAD')).status).toBe(200);
  });

  it('answers a basemap tile the build left out (open sea) with an empty 204, other misses with 404', async () => {
    const sea = await get('/basemap/tiles/6/20/30.pbf');
    expect(sea.status).toBe(204);
    expect(sea.body).toBe('');
    expect((await get('/basemap/tiles/6/20/x.pbf')).status).toBe(404);
    expect((await get('/basemap/land.pbf')).status).toBe(404);
  });

  it('answers revalidation with 304', async () => {
    const r = await get('/index.html');
    const again = await get('/index.html', 'GET', { 'If-None-Match': String(r.headers.etag) });
    expect(again.status).toBe(304);
  });
});
