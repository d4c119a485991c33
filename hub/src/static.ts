/**
 * Serves the fleet page (hub/public): GET/HEAD / is index.html, /static/<file> a file under hub/public. Only regular
 * files whose real path stays inside the public directory are served (no `..`, no encoded separators, no symlink
 * escapes); everything else is 404 without saying why.
 */
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

const HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'",
  'cache-control': 'no-cache',
};

/** hub/public, from the source tree (hub/src) or the compiled one (hub/dist/hub/src). */
export function defaultPublicDir(): string {
  const here = fileURLToPath(new URL('.', import.meta.url));
  for (const rel of ['../public', '../../../public']) {
    const dir = resolve(here, rel);
    if (existsSync(join(dir, 'index.html'))) return dir;
  }
  throw new Error(`hub/public/index.html not found near ${here}`);
}

/** Returns a handler that answers GET/HEAD / and /static/* and returns false for every other request. */
export function createStaticHandler(publicDir: string = defaultPublicDir()): (req: IncomingMessage, res: ServerResponse) => boolean {
  const root = realpathSync(publicDir);
  return (req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path !== '/' && path !== '/index.html' && !path.startsWith('/static/')) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain' });
      res.end('method not allowed\n');
      return true;
    }
    const file = resolveFile(root, path === '/' || path === '/index.html' ? 'index.html' : path.slice('/static/'.length));
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain', ...HEADERS });
      res.end('not found\n');
      return true;
    }
    const body = readFileSync(file);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': body.length, ...HEADERS });
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  };
}

function resolveFile(root: string, rel: string): string | null {
  let decoded: string;
  try { decoded = decodeURIComponent(rel); } catch { return null; }
  if (decoded.includes('\0') || decoded.includes('\\') || decoded.split('/').some((s) => s === '..' || s === '.' || s === '')) return null;
  if (!TYPES[extname(decoded)]) return null;
  const candidate = resolve(root, decoded);
  if (!candidate.startsWith(root + sep)) return null;
  try {
    const real = realpathSync(candidate);
    if (!real.startsWith(root + sep) || !statSync(real).isFile()) return null;
    return real;
  } catch {
    return null;
  }
}
