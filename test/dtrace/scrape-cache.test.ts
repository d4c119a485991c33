// The scrape target serves DTrace series from a cache: with no new interval, scrapes (plain and gzip) reuse one
// rendering of the DTrace text; a change (here: a deleted zone) renders it again. Real fake-dtrace children and a real
// MetricsServer on loopback, wired exactly as the daemon wires them (dtraceExpositionProvider).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { Registry } from 'prom-client';
import { MetricsServer } from '../../agent/src/metrics/http.js';
import { Snapshot } from '../../agent/src/metrics/snapshot.js';
import { dtraceExpositionProvider } from '../../agent/src/dtrace/telemetry.js';
import { eventually, harness, samples, ZONE_A, ZONE_B } from './helpers.js';

function get(port: number, path: string, headers: Record<string, string> = {}): Promise<{ status: number; gzip: boolean; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, gzip: res.headers['content-encoding'] === 'gzip', body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('two scrapes with no new interval render the DTrace text once; a change renders it again', async () => {
  // hang-after:3: three intervals of each script, then silence (a long silence window keeps the scripts up)
  const h = harness({ mode: 'hang-after:3', silenceIntervals: 1000 });
  const real = h.telemetry.renderExposition.bind(h.telemetry);
  let renders = 0;
  const realBody = h.telemetry.exposition.bind(h.telemetry);
  h.telemetry.exposition = (format) => { renders++; return realBody(format); };
  const server = new MetricsServer({
    snapshot: new Snapshot(), selfRegistry: new Registry(), listen: '127.0.0.1:0', providers: [dtraceExpositionProvider(h.telemetry)],
  });
  const { port } = await server.start();
  try {
    h.telemetry.start();
    await eventually(() => h.starts().length === 5 && h.starts().every((s) => h.ticks(s.pid) === 3), 8000, '3 ticks of each script');
    // the fake's fixed values: 2 execs per interval in zone A, 3 tcp connections inbound per interval in zone B
    await eventually(() => {
      const s = samples(real());
      return s.get(`smartos_zone_process_execs_total{zone="${ZONE_A}"}`) === '6'
        && s.get(`smartos_zone_tcp_connections_total{zone="${ZONE_B}",direction="inbound"}`) === '9';
    }, 5000, 'all three intervals applied');

    const version = h.telemetry.version();
    renders = 0;
    const first = await get(port, '/metrics');
    const second = await get(port, '/metrics');
    const zipped = await get(port, '/metrics', { 'Accept-Encoding': 'gzip' });
    assert.deepEqual([first.status, second.status, zipped.status, zipped.gzip], [200, 200, 200, true]);
    assert.equal(h.telemetry.version(), version, 'no interval arrived while scraping');
    assert.equal(renders, 1, 'one rendering serves every scrape of that version, gzipped or not');
    assert.deepEqual(second.body, first.body);
    assert.deepEqual(gunzipSync(zipped.body), first.body);
    assert.equal(samples(first.body.toString()).get(`smartos_zone_process_execs_total{zone="${ZONE_A}"}`), '6');
    assert.match(first.body.toString(), /^zonelet_dtrace_up\{script="execs"\} 1$/m);

    h.telemetry.forgetZone(ZONE_B); // what the daemon does when the inventory reports the zone deleted
    assert.notEqual(h.telemetry.version(), version);
    const after = (await get(port, '/metrics')).body.toString();
    assert.equal(renders, 2);
    assert.ok(!after.includes(ZONE_B) && after.includes(ZONE_A), 'the deleted zone is gone from the next scrape');
  } finally {
    await server.close();
    await h.cleanup();
  }
});
