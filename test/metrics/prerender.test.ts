// After each collection cycle the agent builds, ahead of the next scrape, the /metrics bodies scrapers asked for, in
// the form they asked for (Prometheus asks for OpenMetrics, gzipped), only when that scrape is due before the next
// cycle's bodies, and no body nobody scrapes. Real
// CollectorRegistry cycles over fixture kstat text, a real MetricsServer on loopback, a clock the test moves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { Registry } from 'prom-client';
import { CollectorRegistry } from '../../agent/src/metrics/registry.js';
import { MetricsServer } from '../../agent/src/metrics/http.js';
import { SCRAPER_GONE_MIN_MS } from '../../agent/src/metrics/snapshot.js';
import { PROMETHEUS_SCRAPE_HEADERS } from '../helpers/prometheus-headers.js';
import { fixtureSources } from './helpers.js';

const PROMETHEUS = { ...PROMETHEUS_SCRAPE_HEADERS };

function get(port: number, path: string, headers: Record<string, string>): Promise<{ status: number; type: string; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, type: String(res.headers['content-type']), body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** A registry on fixture kstat text at the default 10 s interval, served on loopback; `cycle()` is one collection 10 s on. */
async function agent(t: { after(fn: () => Promise<void>): void }) {
  const clock = { now: Date.parse('2026-12-07T20:00:00Z') };
  const sources = fixtureSources();
  const reg = new CollectorRegistry({ sources, selfRegistry: new Registry(), now: () => clock.now });
  const server = new MetricsServer({ snapshot: reg.snapshot, selfRegistry: new Registry(), directory: sources.directory, listen: '127.0.0.1:0' });
  const { port } = await server.start();
  t.after(() => server.close());
  const cycle = async (idleNs = '595093047840217') => {
    clock.now += 10_000;
    sources.kstatText = sources.kstatText.replace(/^(cpu:0:sys:cpu_nsec_idle\t)\d+$/m, `$1${idleNs}`);
    await reg.collectOnce();
    await new Promise((r) => setImmediate(r)); // a pre-render's gzip runs in the zlib pool
  };
  return { clock, port, snap: reg.snapshot, cycle };
}

test('a cycle pre-renders only the bodies regular scrapers ask for, in their form; their next scrape renders nothing and sees the new cycle', async (t) => {
  const { clock, port, snap, cycle } = await agent(t);
  const prometheus = async () => gunzipSync((await get(port, '/metrics', PROMETHEUS)).body).toString();

  await cycle('595093047840217');
  assert.equal(snap.renderCount, 0, 'nobody scraped yet: no body built');
  const first = await get(port, '/metrics', PROMETHEUS);
  assert.equal(first.status, 200);
  assert.match(first.type, /^application\/openmetrics-text/);
  assert.equal(snap.renderCount, 1, 'the first scrape renders its own body');
  await cycle();
  assert.equal(snap.renderCount, 1, 'one request is no scraper yet (an operator\'s curl): nothing built ahead');
  await prometheus();
  assert.equal(snap.renderCount, 2);

  // a scraper every 10 s: each cycle builds its form, and its scrape renders nothing
  await cycle('600000000000000');
  assert.equal(snap.renderCount, 3, 'the cycle pre-rendered the form Prometheus asked for');
  const text = await prometheus();
  assert.equal(snap.renderCount, 3, 'the scrape after the cycle rendered nothing');
  assert.match(text, /^smartos_host_cpu_seconds_total\{cpu="0",mode="idle"\} 600000$/m, 'the new cycle\'s value');
  assert.match(text, /# EOF\n$/);

  // a second scraper, of the host route in plain text: once it is regular, both forms are built after each cycle
  assert.equal((await get(port, '/v1/gz/metrics', {})).status, 200);
  assert.equal(snap.renderCount, 4);
  await cycle('600000000000001');
  await prometheus();
  await get(port, '/v1/gz/metrics', {});
  assert.equal(snap.renderCount, 6, 'one built ahead, one on demand');
  await cycle('600000000000002');
  assert.equal(snap.renderCount, 8, 'two regular forms, two pre-rendered');
  assert.match(await prometheus(), /^smartos_host_cpu_seconds_total\{cpu="0",mode="idle"\} 600000\.000000002$/m);
  await get(port, '/v1/gz/metrics', {});
  assert.equal(snap.renderCount, 8);

  // the scrapers stop: a body is still built while they could come back, for two of their intervals and at least
  // SCRAPER_GONE_MIN_MS (30 s: 3 cycles of 10 s), then no more
  assert.equal(SCRAPER_GONE_MIN_MS, 30_000);
  for (let i = 0; i < 6; i++) await cycle();
  assert.equal(snap.renderCount - 8, 3 * 2, 'after the scrapers left: 3 cycles built each form, then none');
  const settled = snap.renderCount;
  for (let i = 0; i < 3; i++) await cycle();
  assert.equal(snap.renderCount, settled, 'nothing built for forms no longer scraped');
  // a late scrape still gets a current body
  await cycle('600000000000003');
  assert.match(await prometheus(), /^smartos_host_cpu_seconds_total\{cpu="0",mode="idle"\} 600000\.000000003$/m);
  assert.equal(snap.renderCount, settled + 1);
});

test('scraped every 60 s with a cycle every 10 s, the body is built once per scrape, in the cycle before it', async (t) => {
  const { clock, port, snap, cycle } = await agent(t);
  const scrape = async () => {
    const before = snap.renderCount;
    clock.now += 5000; // scrapes fall halfway between cycles
    assert.equal((await get(port, '/metrics', PROMETHEUS)).status, 200);
    clock.now -= 5000;
    return snap.renderCount - before;
  };
  await cycle();
  assert.equal(await scrape(), 1, 'the first scrape renders its body');
  const before = snap.renderCount;
  for (let i = 0; i < 6; i++) await cycle();
  assert.equal(snap.renderCount, before, 'the scrape interval is not known yet: nothing built ahead');
  assert.equal(await scrape(), 1, 'so the second scrape renders its body');
  // now the interval is known (60 s): of the next 6 cycles only the one right before the scrape builds the body
  for (let round = 0; round < 2; round++) {
    const before = snap.renderCount;
    await cycle();
    assert.equal(snap.heldBytes, 0, `round ${round}: the scraped body is not kept once a new cycle makes it stale`);
    for (let i = 0; i < 5; i++) await cycle();
    assert.equal(snap.renderCount - before, 1, `round ${round}: one body built in 6 cycles`);
    assert.ok(snap.heldBytes > 1000, `round ${round}: the body built ahead is held for the scrape`);
    assert.equal(await scrape(), 0, `round ${round}: the scrape renders nothing`);
  }
});
