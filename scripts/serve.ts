// A small static server for the built app: only the files in dist/, the incidents file at
// /data/incidents.geojson and a generated /config.json. No directory listing, nothing outside
// the app folder, and security headers on every answer (the page shows untrusted report text).

import { createReadStream, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import http from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ServeOptions {
  /** The built app (dist/). */
  root: string;
  /** Served as /data/incidents.geojson; null or missing file: 404 with an explanation. */
  dataFile?: string | null;
  /** Served as /data/gazetteer.json.gz (the geoparse worker's index), as stored: gzipped bytes
   * with Content-Type application/gzip and no Content-Encoding, so the worker inflates the same
   * bytes everywhere. Cache-Control no-cache with an ETag: downloaded once, then revalidated
   * (a bodiless 304) per page load, so a rebuilt index is never answered from an old copy. */
  gazetteerFile?: string | null;
  /** An online basemap style; its origin is added to the CSP's connect-src. */
  styleUrl?: string | null;
  /** Log one line per request (off in tests). */
  log?: boolean;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.pbf': 'application/x-protobuf',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.gz': 'application/gzip',
};

/** Text worth compressing on the fly; kept in memory once compressed (the bundle is ~1 MB). */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt']);
const MAX_GZIP_CACHE_FILE = 8 * 1024 * 1024;

export const GAZETTEER_PATH = '/data/gazetteer.json.gz';

const BASEMAP_TILE = /^\/basemap\/tiles\/\d{1,2}\/\d{1,7}\/\d{1,7}\.pbf$/;

export function contentSecurityPolicy(styleUrl: string | null | undefined): string {
  let styleOrigin = '';
  if (styleUrl) {
    try {
      const u = new URL(styleUrl);
      if (u.protocol === 'https:' || u.protocol === 'http:') styleOrigin = ` ${u.origin}`;
    } catch {
      // An unparsable STYLE_URL adds nothing: the app falls back to the embedded basemap.
    }
  }
  return [
    "default-src 'self'",
    "script-src 'self'",
    // MapLibre starts its workers from blob: URLs in some set-ups.
    "worker-src 'self' blob:",
    "child-src 'self' blob:",
    // MapLibre positions its controls and popups with inline styles.
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${styleOrigin}`,
    "font-src 'self'",
    `connect-src 'self'${styleOrigin}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

function baseHeaders(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
  };
}

/** Hashed build output never changes under its name; everything else must be revalidated. */
function cacheControl(urlPath: string): string {
  return /^\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/.test(urlPath) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** Maps a URL path to a file inside root, or null for anything that would leave it. */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/');
  // No "..", and no dotfiles or dot-folders either.
  if (segments.some((s) => s === '..' || s.startsWith('.'))) return null;
  const full = resolve(root, '.' + decoded);
  if (full !== root && !full.startsWith(root + sep)) return null;
  return full;
}

export function createServer(options: ServeOptions): http.Server {
  const root = realpathSync(resolve(options.root));
  const csp = contentSecurityPolicy(options.styleUrl);
  const gzipCache = new Map<string, { mtimeMs: number; body: Buffer }>();
  const config = JSON.stringify({ styleUrl: options.styleUrl ?? null });

  return http.createServer((req, res) => {
    const headers = baseHeaders(csp);
    const send = (status: number, body: string, type = 'text/plain; charset=utf-8') => {
      res.writeHead(status, { ...headers, 'Content-Type': type, 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(body) });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (options.log) res.on('finish', () => console.log(`${res.statusCode} ${req.method} ${req.url}`));

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return send(405, 'Method not allowed\n');
    }
    const rawPath = (req.url ?? '/').split('?')[0]!.split('#')[0]!;
    // A raw ".." (or its encodings) anywhere is refused outright, before any normalisation.
    if (!rawPath.startsWith('/') || /(^|\/)(\.|%2e){2}(\/|$)/i.test(rawPath)) return send(400, 'Bad path\n');

    if (rawPath === '/config.json') return send(200, config, TYPES['.json']);

    let file: string | null;
    const dataPath = rawPath === '/data/incidents.geojson' || rawPath === GAZETTEER_PATH;
    if (rawPath === GAZETTEER_PATH) {
      file = options.gazetteerFile ? resolve(options.gazetteerFile) : null;
      if (!file || !isFile(file)) return send(404, 'No gazetteer index: run `npm run build:gazetteer`.\n');
    } else if (rawPath === '/data/incidents.geojson') {
      file = options.dataFile ? resolve(options.dataFile) : null;
      if (!file || !isFile(file)) {
        return send(404, 'No incidents file: the pipeline has not written it yet.\n');
      }
    } else {
      file = resolveInside(root, rawPath === '/' ? '/index.html' : rawPath);
      if (file === null) return send(404, 'Not found\n');
      // The basemap build writes no tile where there is nothing to draw (open sea): an empty
      // answer, which the map draws empty, rather than a 404 in the console for each.
      if (BASEMAP_TILE.test(rawPath) && !isFile(file)) {
        res.writeHead(204, { ...headers, 'Cache-Control': 'no-cache' });
        return res.end();
      }
      // Symlinks must not lead out of the app folder either.
      try {
        const real = realpathSync(file);
        if (real !== root && !real.startsWith(root + sep)) return send(404, 'Not found\n');
      } catch {
        return send(404, 'Not found\n');
      }
    }

    let stat: Stats;
    try {
      stat = statSync(file);
    } catch {
      return send(404, 'Not found\n');
    }
    // Directories are never listed.
    if (!stat.isFile()) return send(404, 'Not found\n');

    const ext = extname(file).toLowerCase();
    const etag = `"${stat.size.toString(36)}-${Math.floor(stat.mtimeMs).toString(36)}"`;
    Object.assign(headers, {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Cache-Control': dataPath ? 'no-cache' : cacheControl(rawPath),
      ETag: etag,
      'Last-Modified': stat.mtime.toUTCString(),
    });
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers);
      return res.end();
    }

    const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (acceptsGzip && COMPRESSIBLE.has(ext) && stat.size <= MAX_GZIP_CACHE_FILE) {
      let cached = gzipCache.get(file);
      if (!cached || cached.mtimeMs !== stat.mtimeMs) {
        cached = { mtimeMs: stat.mtimeMs, body: gzipSync(readFileSync(file)) };
        gzipCache.set(file, cached);
      }
      res.writeHead(200, { ...headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding', 'Content-Length': cached.body.length });
      return res.end(req.method === 'HEAD' ? undefined : cached.body);
    }
    res.writeHead(200, { ...headers, 'Content-Length': stat.size });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  });
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** `tsx scripts/serve.ts [root] [dataFile] [gazetteerFile]`: serve without rebuilding (start.ts is the usual way). */
export async function serve(options: ServeOptions & { port: number; host: string }): Promise<http.Server> {
  const server = createServer(options);
  await new Promise<void>((res, rej) => {
    server.once('error', rej);
    server.listen(options.port, options.host, () => res());
  });
  return server;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const port = Number(process.env.PORT ?? 5173);
  const host = process.env.HOST ?? '127.0.0.1';
  const root = process.argv[2] ?? 'dist';
  const dataFile = process.argv[3] ?? 'data/build/seed-incidents.geojson';
  const gazetteerFile = process.argv[4] ?? 'data/build/gazetteer.json.gz';
  await serve({ root, dataFile, gazetteerFile, port, host, styleUrl: process.env.STYLE_URL ?? null, log: true });
  console.log(`Incident map: http://${host}:${port}/`);
}
