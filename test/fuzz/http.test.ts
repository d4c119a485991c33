// Fuzzing the HTTP surfaces over real loopback sockets: the agent's scrape endpoint (random paths, methods, headers,
// Accept, Accept-Encoding and Authorization values) and the hub's JSON API. Every answer must be a status from the
// documented set, never a 500, and the server must keep answering a good request afterwards.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { Registry } from 'prom-client';
import { CollectorRegistry } from '../../agent/src/metrics/registry.js';
import { MetricsServer } from '../../agent/src/metrics/http.js';
import { startHub } from '../../hub/src/server.js';
import { fixtureSources } from '../metrics/helpers.js';
import { hubConfig, tempDir } from '../hub/harness.js';
import { writeFileSync } from 'node:fs';
import { assertClean, fuzz, iterations, type Rng } from './fuzz.js';

const N = Math.max(200, Math.floor(iterations(3000) / 2)); // each input is a real request
const TIMEOUT = { timeout: 600_000 };
const O1 = '930896af-bf8c-48d4-885c-6573a94b1853';
const ZONE = '4e3c2a1e-7f0b-4d9e-9b1a-2c3d4e5f6a7b';

interface Req { method: string; path: string; headers: Record<string, string>; body?: string }

const PATHS = ['/metrics', '/v1/gz/metrics', `/v1/${ZONE}/metrics`, '/healthz', '/readyz', '/', '/v1/', '/v1//metrics',
  `/v1/${ZONE.toUpperCase()}/metrics`, '/metrics?x=1', '/../etc/passwd', '/v1/../metrics', '/%2e%2e/metrics', '//metrics',
  '/api/hosts', '/api/zones', `/api/zones/${ZONE}`, `/api/zones/${ZONE}/actions`, `/api/zones/${ZONE}/history?name=x`,
  '/api/hosts/x/changes?after=-1&limit=-5', '/api/commands/x', '/api/events', '/v1/agent', '/api/hosts/44454c4c-3800-1046-8050-b2c04f4a3132/zones'];
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'TRACE', 'PROPFIND', 'get'];
const ACCEPTS = ['', '*/*', 'text/plain', 'application/openmetrics-text; version=1.0.0', 'application/openmetrics-text;version=0.0.1;q=0.5,text/plain;q=0.1',
  'application/json', 'text/plain;q=0', '*/*;q=abc', ';;;,,,', 'a'.repeat(4000), 'application/vnd.google.protobuf;proto=io.prometheus.client.MetricFamily;encoding=delimited'];
const ENCODINGS = ['', 'gzip', 'gzip;q=0', 'br, deflate', 'identity', '*', 'x-gzip', 'gzip;q=1.0, identity; q=0.5, *;q=0'];

function pathChar(rng: Rng): string {
  return rng.pick(['a', '/', '%', '%00', '%2F', '..', '?', '#', '&', '=', '\u00e9', '~', ';', '0', '-', ' ']);
}

function randomReq(rng: Rng, tokens: string[]): Req {
  let path = rng.pick(PATHS);
  if (rng.bool(0.4)) {
    const i = rng.int(path.length + 1);
    let ins = '';
    for (let k = rng.int(6); k > 0; k--) ins += pathChar(rng);
    path = path.slice(0, i) + ins + path.slice(i + rng.int(3));
  }
  if (rng.bool(0.02)) path = '/' + 'a'.repeat(3000);
  path = encodeURI(decodeSafe(path)).replace(/%25/g, '%');
  if (!path.startsWith('/')) path = '/' + path;
  const headers: Record<string, string> = {};
  if (rng.bool(0.8)) {
    const t = rng.pick(tokens);
    headers.authorization = rng.pick([`Bearer ${t}`, `bearer ${t}`, `Bearer  ${t} `, `Basic ${Buffer.from('a:b').toString('base64')}`, 'Bearer', `Bearer ${t}x`,
      `Bearer ${t} ${t}`, `Token ${t}`, `Bearer ${t.slice(0, -1)}`, 'Bearer ' + 'x'.repeat(6000), `Bearer ${t}\t`]);
  }
  if (rng.bool(0.7)) headers.accept = rng.pick(ACCEPTS);
  if (rng.bool(0.5)) headers['accept-encoding'] = rng.pick(ENCODINGS);
  if (rng.bool(0.1)) headers['x-forwarded-for'] = '127.0.0.1';
  const method = rng.pick(METHODS);
  const body = rng.bool(0.15) ? rng.pick(['{}', '{"action":"stop"}', '{"action":"start","deadlineSeconds":-1}', '[]', 'null', '{"payload":{"brand":"joyent"}}', '{', 'x'.repeat(10_000)]) : undefined;
  return { method: method.toUpperCase() === method ? method : 'GET', path, headers, body };
}

function decodeSafe(s: string): string { try { return decodeURI(s); } catch { return s; } }

function send(port: number, r: Req): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: r.method, path: r.path, headers: r.headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, body: Buffer.concat(chunks).toString('latin1') }));
      // SSE never ends by itself: the client cuts it, and the cut ('aborted') is the expected end
      res.on('error', (e) => (r.path.startsWith('/api/events') ? resolve({ status: res.statusCode!, body: '' }) : reject(e)));
      if (r.path.startsWith('/api/events')) setTimeout(() => req.destroy(), 20);
    });
    req.setTimeout(5000, () => req.destroy(new Error(`no answer in 5 s to ${r.method} ${r.path}`)));
    req.on('error', (e) => (r.path.startsWith('/api/events') ? resolve({ status: 200, body: '' }) : reject(e)));
    if (r.body !== undefined) req.write(r.body);
    req.end();
  });
}

test('fuzz the agent\'s scrape endpoint: only 200/401/404/405/406/413/414/503 answers, and it keeps serving', TIMEOUT, async () => {
  const sources = fixtureSources();
  const self = new Registry();
  const reg = new CollectorRegistry({ sources, selfRegistry: self });
  await reg.collectOnce();
  const server = new MetricsServer({
    snapshot: reg.snapshot, selfRegistry: self, directory: sources.directory, listen: '127.0.0.1:0',
    auth: { operatorToken: 'op-secret', tenants: [{ ownerUuid: O1, token: 'tenant-one' }] }, maxConcurrentScrapes: 4,
  });
  const { port } = await server.start();
  const allowed = new Set([200, 400, 401, 404, 405, 406, 413, 414, 431, 503]);
  try {
    assertClean(await fuzz({
      name: 'metrics-http', iterations: N,
      input: (rng) => randomReq(rng, ['op-secret', 'tenant-one', 'nobody']),
      async run(r) {
        const res = await send(port, r);
        if (!allowed.has(res.status)) throw new Error(`status ${res.status} for ${r.method} ${r.path}: ${res.body.slice(0, 200)}`);
        const auth = r.headers.authorization ?? '';
        // only the exact operator token may see host series
        if (res.status === 200 && /smartos_host_/.test(res.body) && !/^bearer\s+op-secret\s*$/i.test(auth)) throw new Error(`host series served to ${JSON.stringify(auth.slice(0, 40))} at ${r.path}`);
      },
    }));
    const ok = await send(port, { method: 'GET', path: '/metrics', headers: { authorization: 'Bearer op-secret' } });
    assert.equal(ok.status, 200);
  } finally { await server.close(); }
});

test('fuzz the hub HTTP API: no 500, no route served without the API token, and it keeps serving', TIMEOUT, async () => {
  const dir = tempDir('fuzz-hubapi');
  writeFileSync(join(dir, 'api.token'), 'api-secret\n');
  const hub = await startHub(hubConfig(dir, { apiTokenFile: join(dir, 'api.token') }));
  const allowed = new Set([200, 202, 400, 401, 404, 405, 413, 414, 431]);
  try {
    assertClean(await fuzz({
      name: 'hub-http', iterations: N,
      input: (rng) => randomReq(rng, ['api-secret', 'agent-token-0123456789abcdef', 'nobody']),
      async run(r) {
        if (r.path.startsWith('/v1/agent')) return; // the WebSocket upgrade path: fuzzed in protocol.test.ts
        const res = await send(port(), r);
        if (!allowed.has(res.status)) throw new Error(`status ${res.status} for ${r.method} ${r.path}: ${res.body.slice(0, 200)}`);
        // a header value's surrounding whitespace is not part of it (RFC 9110 5.5; Node strips it): still the token
        const authed = /^bearer\s+api-secret\s*$/i.test(r.headers.authorization ?? '');
        if (r.path.startsWith('/api/') && !authed && res.status < 300) throw new Error(`${r.method} ${r.path} served without the API token`);
      },
    }));
    const ok = await send(port(), { method: 'GET', path: '/api/hosts', headers: { authorization: 'Bearer api-secret' } });
    assert.equal(ok.status, 200);
  } finally { await hub.close(); rmSync(dir, { recursive: true, force: true }); }
  function port() { return hub.port; }
});
