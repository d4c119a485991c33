// The scrape endpoint over real loopback sockets: routes, tenant isolation on every route, gzip, OpenMetrics,
// the concurrent-scrape limit, bad and oversized requests, and promtool on what /metrics serves.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { connect } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { Counter, Gauge, Registry } from 'prom-client';
import { CollectorRegistry } from '../../agent/src/metrics/registry.js';
import { MetricsServer } from '../../agent/src/metrics/http.js';
import { fixtureSources, promtool } from './helpers.js';

const A = '4e3c2a1e-7f0b-4d9e-9b1a-2c3d4e5f6a7b'; // owner O1, running
const B = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d'; // owner O2, running
const C = 'c0ffee00-0000-4000-8000-000000000001'; // owner O1, stopped
const O1 = '930896af-bf8c-48d4-885c-6573a94b1853';
const O2 = '5f4c6c35-9d3a-4a3e-b6e1-2f1d0c9b8a77';
const UNKNOWN = '00000000-1111-4222-8333-444444444444';

let server: MetricsServer;
let port: number;
let slow: { release?: () => void; hold: boolean };

interface Reply { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }
function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}
const op = { Authorization: 'Bearer op-secret' };
const t1 = { Authorization: 'Bearer tenant-one' };
const t2 = { Authorization: 'Bearer tenant-two' };

before(async () => {
  const sources = fixtureSources();
  const self = new Registry();
  slow = { hold: false };
  const s = slow;
  new Gauge({
    name: 'test_slow_collect', help: 'holds a scrape open while the test wants', registers: [self],
    async collect() {
      if (s.hold) await new Promise<void>((r) => (s.release = r));
      this.set(1);
    },
  });
  new Counter({ name: 'test_things_total', help: 'a counter of the agent', registers: [self] }).inc(3);
  const reg = new CollectorRegistry({ sources, selfRegistry: self });
  await reg.collectOnce();
  server = new MetricsServer({
    snapshot: reg.snapshot, selfRegistry: self, directory: sources.directory, listen: '127.0.0.1:0',
    auth: { operatorToken: 'op-secret', tenants: [{ ownerUuid: O1, token: 'tenant-one' }, { ownerUuid: O2, token: 'tenant-two' }] },
    maxConcurrentScrapes: 1, ready: () => reg.ready,
  });
  port = (await server.start()).port;
});
after(() => server.close());

test('operator: /metrics has host, every zone and the agent; /v1/gz/metrics no zone', async () => {
  const all = await get('/metrics', op);
  assert.equal(all.status, 200);
  assert.equal(all.headers['content-type'], 'text/plain; version=0.0.4; charset=utf-8');
  const text = all.body.toString();
  for (const z of [A, B, C]) assert.match(text, new RegExp(`smartos_zone_info\\{zone="${z}"`));
  assert.match(text, /^smartos_host_cpu_seconds_total\{cpu="0",mode="idle"\} 595093.047840217$/m);
  assert.match(text, /^zonelet_collector_success\{collector="zone_misc"\} 1$/m);
  const gz = (await get('/v1/gz/metrics', op)).body.toString();
  assert.match(gz, /^smartos_host_load1 /m);
  assert.match(gz, /^zonelet_collector_success/m);
  assert.doesNotMatch(gz, /smartos_zone_/);
});

test('promtool check metrics on /metrics: only prom-client\'s own nodejs_*_total gauges are linted', async () => {
  const r = promtool((await get('/metrics', op)).body.toString());
  const problems = r.output.split('\n').filter((l) => l && !/^nodejs_active_(handles|requests|resources)_total non-counter/.test(l));
  assert.deepEqual(problems, []);
});

test('/v1/<uuid>/metrics: one zone; a stopped zone gets info and state only; unknown or malformed 404', async () => {
  const a = (await get(`/v1/${A}/metrics`, op)).body.toString();
  assert.match(a, new RegExp(`^smartos_zone_cpu_seconds_total\\{zone="${A}",mode="user"\\} 227321.585182107$`, 'm'));
  assert.doesNotMatch(a, new RegExp(`${B}|${C}|smartos_host_|zonelet_`));
  const c = await get(`/v1/${C}/metrics`, op);
  assert.equal(c.status, 200);
  const families = new Set(c.body.toString().split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('{')[0]));
  assert.deepEqual([...families].sort(), ['smartos_zone_info', 'smartos_zone_state']);
  for (const p of [`/v1/${UNKNOWN}/metrics`, '/v1/not-a-uuid/metrics', `/v1/${A.toUpperCase()}/metrics`, '/v1/../metrics', '/nope']) {
    assert.equal((await get(p, op)).status, 404, p);
  }
});

test('tenant isolation: a tenant reads only its own zones; everything else is the same 404 as a missing zone', async () => {
  const missing = await get(`/v1/${UNKNOWN}/metrics`, t1);
  assert.equal(missing.status, 404);
  assert.equal((await get(`/v1/${A}/metrics`, t1)).status, 200);
  assert.equal((await get(`/v1/${C}/metrics`, t1)).status, 200);
  assert.equal((await get(`/v1/${B}/metrics`, t2)).status, 200);
  for (const [who, path] of [[t1, `/v1/${B}/metrics`], [t2, `/v1/${A}/metrics`], [t2, `/v1/${C}/metrics`],
    [t1, '/metrics'], [t2, '/metrics'], [t1, '/v1/gz/metrics'], [t1, '/v1/bogus/metrics'], [t1, '/metrics?x=1']] as const) {
    const r = await get(path, who);
    assert.equal(r.status, 404, `${who.Authorization} ${path}`);
    assert.deepEqual(r.body, missing.body);
    assert.deepEqual(r.headers['content-type'], missing.headers['content-type']);
  }
  const own = (await get(`/v1/${A}/metrics`, { ...t1, 'Accept-Encoding': 'gzip' })).body;
  assert.doesNotMatch(gunzipSync(own).toString(), new RegExp(B));
});

test('auth: no token or a wrong one is 401; health endpoints need none', async () => {
  assert.equal((await get('/metrics')).status, 401);
  assert.equal((await get('/metrics', { Authorization: 'Bearer op-secreT' })).status, 401);
  assert.equal((await get(`/v1/${A}/metrics`, { Authorization: 'Basic b3A6c2VjcmV0' })).status, 401);
  assert.equal((await get('/healthz')).status, 200);
  assert.equal((await get('/readyz')).status, 200);
});

test('gzip when asked, identical content; OpenMetrics when Accept asks for it', async () => {
  const plain = (await get(`/v1/${A}/metrics`, op)).body.toString();
  const z = await get(`/v1/${A}/metrics`, { ...op, 'Accept-Encoding': 'gzip, deflate' });
  assert.equal(z.headers['content-encoding'], 'gzip');
  assert.equal(gunzipSync(z.body).toString(), plain);
  const all = await get('/metrics', { ...op, 'Accept-Encoding': 'gzip' });
  const unzipped = gunzipSync(all.body).toString();
  assert.match(unzipped, new RegExp(`^smartos_zone_tcp_passive_opens_total\\{zone="${A}"\\} 4500$`, 'm'));
  assert.match(unzipped, /^zonelet_collector_success/m);
  const om = await get('/metrics', { ...op, Accept: 'application/openmetrics-text;version=1.0.0,text/plain;version=0.0.4;q=0.5' });
  assert.equal(om.headers['content-type'], 'application/openmetrics-text; version=1.0.0; charset=utf-8');
  const omText = om.body.toString();
  assert.ok(omText.endsWith('\n# EOF\n'));
  assert.equal(omText.match(/^# EOF$/gm)?.length, 1);
  assert.match(omText, /^# TYPE smartos_zone_cpu_seconds counter$/m);
  assert.match(omText, /^smartos_zone_cpu_seconds_total\{zone=/m);
  assert.match(omText, /^# TYPE test_things counter\ntest_things_total 3$/m); // prom-client's text converted
  assert.ok(!omText.includes("\n\n"), "no blank lines in OpenMetrics");
});

test('past maxConcurrentScrapes a scrape gets 503', async () => {
  slow.hold = true;
  const first = get('/metrics', op);
  await new Promise((r) => setTimeout(r, 100));
  const second = await get('/metrics', op);
  assert.equal(second.status, 503);
  assert.equal(second.headers['retry-after'], '1');
  slow.hold = false;
  slow.release?.();
  assert.equal((await first).status, 200);
  assert.equal((await get('/metrics', op)).status, 200);
});

function raw(text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const sock = connect(port, '127.0.0.1', () => sock.end(text));
    let out = '';
    sock.on('data', (d) => (out += d.toString()));
    sock.on('end', () => resolve(out));
    sock.on('close', () => resolve(out));
    sock.on('error', reject);
  });
}

test('bad and oversized requests get clear 4xx answers', async () => {
  assert.equal((await get('/metrics', op, 'POST')).status, 405);
  assert.equal((await get('/metrics', op, 'DELETE')).status, 405);
  assert.match(await raw(`GET /metrics HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer op-secret\r\nContent-Length: 5\r\n\r\nhello`), /^HTTP\/1.1 413 /);
  assert.match(await raw(`GET /${'a'.repeat(3000)} HTTP/1.1\r\nHost: x\r\n\r\n`), /^HTTP\/1.1 414 /);
  assert.match(await raw(`GET /metrics HTTP/1.1\r\nHost: x\r\nX-Big: ${'b'.repeat(20000)}\r\n\r\n`), /^HTTP\/1.1 431 /);
  assert.match(await raw('NOT HTTP AT ALL\r\n\r\n'), /^HTTP\/1.1 400 /);
  const head = await get('/metrics', op, 'HEAD');
  assert.equal(head.status, 200);
  assert.equal(head.body.length, 0);
});
