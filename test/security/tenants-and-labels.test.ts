// Tenants on the scrape endpoint (every route x every credential x every zone) and tenant-controlled strings
// (alias, tags) on their way into metric labels (checked by promtool) and log lines (each a JSON object).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { Writable } from 'node:stream';
import { Registry } from 'prom-client';
import { CollectorRegistry } from '../../agent/src/metrics/registry.js';
import { MetricsServer } from '../../agent/src/metrics/http.js';
import { createLogger } from '../../agent/src/log.js';
import { fixtureSources, promtool, type FixtureSources } from '../metrics/helpers.js';

const A = '4e3c2a1e-7f0b-4d9e-9b1a-2c3d4e5f6a7b'; // owner O1, running (fixture directory.json)
const B = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d'; // owner O2, running
const C = 'c0ffee00-0000-4000-8000-000000000001'; // owner O1, stopped
const O1 = '930896af-bf8c-48d4-885c-6573a94b1853';
const O2 = '5f4c6c35-9d3a-4a3e-b6e1-2f1d0c9b8a77';
const HOSTILE = [
  'a"b', 'line1\nline2', 'back\\slash\\', '$(reboot); `id` | rm -rf / && echo >x', '} evil_metric 1\n# TYPE x counter',
  'é𝔘\u202e\u200b', 'x'.repeat(10_000), '\r\n\t', 'quote\\"end',
];

let server: MetricsServer;
let port: number;
let sources: FixtureSources;
const TOKENS = { none: undefined, wrong: 'Bearer not-a-token', operator: 'Bearer op-secret', t1: 'Bearer tenant-one', t2: 'Bearer tenant-two' } as const;

function get(path: string, authorization?: string, method = 'GET'): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers: authorization ? { authorization } : {}, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, body: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    req.end();
  });
}

before(async () => {
  sources = fixtureSources();
  // tenant-controlled alias on each zone, the hostile strings in turn
  sources.directory.zones = sources.directory.zones.map((z, i) => ({ ...z, alias: HOSTILE[i % HOSTILE.length] }));
  const self = new Registry();
  const reg = new CollectorRegistry({ sources, selfRegistry: self });
  await reg.collectOnce();
  server = new MetricsServer({
    snapshot: reg.snapshot, selfRegistry: self, directory: sources.directory, listen: '127.0.0.1:0',
    auth: { operatorToken: 'op-secret', tenants: [{ ownerUuid: O1, token: 'tenant-one' }, { ownerUuid: O2, token: 'tenant-two' }] },
  });
  port = (await server.start()).port;
});
after(() => server.close());

test('every route x every credential: only the operator sees host and all-zone routes; a tenant sees only its own zones; others get 404 (never 403), no token 401', async () => {
  const owner: Record<string, string> = { [A]: 't1', [B]: 't2', [C]: 't1' };
  const routes = ['/metrics', '/v1/gz/metrics', ...[A, B, C].map((z) => `/v1/${z}/metrics`), '/v1/00000000-1111-4222-8333-444444444444/metrics', '/v1/not-a-uuid/metrics', '/nope'];
  for (const method of ['GET', 'HEAD']) {
    for (const path of routes) {
      for (const [who, auth] of Object.entries(TOKENS)) {
        const r = await get(path, auth, method);
        const zone = /^\/v1\/([0-9a-f-]{36})\/metrics$/.exec(path)?.[1];
        let want: number;
        if (who === 'none' || who === 'wrong') want = 401;
        else if (who === 'operator') want = path === '/nope' || path.includes('not-a-uuid') || path.includes('00000000-1111') ? 404 : 200;
        else want = zone && owner[zone] === who ? 200 : 404;
        assert.equal(r.status, want, `${method} ${path} as ${who}`);
        assert.notEqual(r.status, 403);
        if (r.status === 200 && who.startsWith('t')) {
          for (const other of [A, B, C].filter((z) => z !== zone)) assert.ok(!r.body.includes(other), `${path} as ${who} mentions ${other}`);
          assert.doesNotMatch(r.body, /smartos_host_|zonelet_/, `${path} as ${who}: no host or agent series`);
        }
      }
    }
  }
});

test('hostile aliases (quotes, newlines, backslashes, shell metacharacters, 10k chars) give valid exposition: promtool and one info line per zone', async () => {
  const r = await get('/metrics', TOKENS.operator);
  assert.equal(r.status, 200);
  const problems = promtool(r.body).output.split('\n').filter((l) => l && !/^nodejs_active_(handles|requests|resources)_total non-counter/.test(l));
  assert.deepEqual(problems, []);
  assert.doesNotMatch(r.body, /^evil_metric/m, 'an alias cannot start a sample line');
  for (const z of sources.directory.zones) {
    const lines = r.body.split('\n').filter((l) => l.startsWith(`smartos_zone_info{`) && l.includes(`zone="${z.uuid}"`));
    assert.equal(lines.length, 1, `one info line for ${z.uuid}`);
  }
  const t1 = await get(`/v1/${A}/metrics`, TOKENS.t1);
  assert.deepEqual(promtool(t1.body).output.trim(), '', 'the tenant route is valid exposition too');
});

test('hostile strings in log fields stay one JSON object per line, with the value intact', () => {
  const lines: string[] = [];
  let buf = '';
  const dest = new Writable({ write(chunk, _e, cb) { buf += chunk.toString(); cb(); } });
  const log = createLogger({ level: 'info', name: 'zonelet', destination: dest as never });
  for (const s of HOSTILE) log.child({ component: 'inventory' }).info({ alias: s, nic: s }, `zone alias ${s}`);
  lines.push(...buf.split('\n').filter(Boolean));
  assert.equal(lines.length, HOSTILE.length, 'no alias splits a log line');
  lines.forEach((l, i) => {
    const o = JSON.parse(l) as Record<string, unknown>;
    assert.equal(o.alias, HOSTILE[i]);
    assert.equal(o.v, 0);
  });
});
