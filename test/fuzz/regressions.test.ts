// Inputs the fuzzers found, kept as exact regression tests (fuzz seed 0x5eed unless noted).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DtraceOutputParser, type DtraceEvent } from '../../agent/src/dtrace/output-parser.js';
import { validateRequest, ValidationError } from '../../agent/src/actions/validate.js';

const HEADER = '           value  ------------- Distribution ------------- count    ';

test('dtrace parser: a garbage histogram row of 200k "|" is rejected in linear time (was quadratic: 80k chars took 3.5 s)', () => {
  // fuzz dtrace-output #2637: a quantize row whose bar was followed by a long run of '|' and a count
  const events: DtraceEvent[] = [];
  const p = new DtraceOutputParser((e) => events.push(e));
  p.push('');
  p.push(HEADER);
  p.push('               1 |                                         1        ');
  const t0 = performance.now();
  p.push(`               3 |${' '.repeat(41)}${'|'.repeat(200_000)}1        `);
  const ms = performance.now() - t0;
  p.end();
  assert.ok(ms < 1000, `one line took ${ms.toFixed(0)} ms (a watchdog bound, not a benchmark)`);
  const h = events.find((e) => e.type === 'histogram');
  assert.ok(h && h.type === 'histogram' && h.rows.length === 1, 'the valid row before it is kept, the garbage row is not');
  assert.ok(events.some((e) => e.type === 'unparsed'), 'the garbage line is reported as unparsed');
});

for (const name of ['--', '-f', '-F', '--force', '-']) {
  test(`action validator: snapshot name ${JSON.stringify(name)} would reach vmadm's argv as an option, so it is refused`, () => {
    // fuzz validateRequest #796: {"payload":{"name":"--"}} was accepted (the regex allowed a leading '-')
    assert.throws(() => validateRequest({ id: 'c-6', action: 'create-snapshot', uuid: '4e3c2a1e-7f0b-4d9e-9b1a-2c3d4e5f6a7b', payload: { name } }),
      (e: unknown) => e instanceof ValidationError && e.field === 'payload.name');
  });
}

test('kstat -p: an instance beyond ks_instance\'s int range is a malformed line, not a rounded number', async () => {
  // fuzz parseKstatP #11: "smbsrv:18446744073709551615:smbsrv:class\tnet" gave instance 18446744073709552000 (rounded,
  // so two different instances could collide)
  const { parseKstatP } = await import('../../agent/src/platform/kstat.js');
  const out = parseKstatP('smbsrv:18446744073709551615:smbsrv:class\tnet\nsmbsrv:0:smbsrv:connections\t1\n');
  assert.deepEqual(out.map((k) => k.instance), [0]);
  assert.equal(out.malformed, 1);
  assert.equal(parseKstatP('zones:2147483647:z:zonename\tx\n')[0]?.instance, 2147483647);
});

test('hub metrics decoder: a delta batch naming a FLOAT series in int_ids is refused as undecodable, not a TypeError', async () => {
  // fuzz hub-fleet-apply #1115: metrics {batch 2, epoch 1, intIds [1 x14], intValues ["5" x14]} after a keyframe that
  // set float series 2 to 0.5 threw "TypeError: Cannot mix BigInt and other types" (number prev + bigint delta).
  // A TypeError rolls back the ingest's whole group commit, closing every agent link in that batch, and the agent
  // resends the same message forever.
  const { MetricsDecoder } = await import('../../hub/src/metrics-decoder.js');
  const d = new MetricsDecoder();
  d.applyDictionary({ epoch: 1, reset: true, defs: [{ id: 1, zone: 'z', name: 'a_total', kind: 1 }, { id: 2, zone: '', name: 'load1', kind: 2 }] });
  d.applyBatch({ batch: 1, epoch: 1, keyframe: true, intIds: [1], intValues: [10], floatIds: [2], floatValues: [0.5] });
  const refused = (e: unknown) => e instanceof Error && !(e instanceof TypeError) && /batch/.test(e.message);
  assert.throws(() => d.applyBatch({ batch: 2, epoch: 1, keyframe: false, intIds: [1, 1], intValues: [5, 5] }), refused);
  // int_ids longer than int_values (a truncated packed field) is the same kind of undecodable batch
  assert.throws(() => d.applyBatch({ batch: 3, epoch: 1, keyframe: true, intIds: [1, 1], intValues: [5] }), refused);
});

test('hub API: request targets that a URL parser reads as protocol-relative ("//x", "//%20a") get 404/401, not 500', async () => {
  // fuzz hub-http #119 "GET //" and #96 "POST ///%20metrics" answered 500 {"error":"Invalid URL"}
  const { request } = await import('node:http');
  const { startHub } = await import('../../hub/src/server.js');
  const { hubConfig, tempDir } = await import('../hub/harness.js');
  const { rmSync } = await import('node:fs');
  const dir = tempDir('reg-hubapi');
  const hub = await startHub(hubConfig(dir));
  const status = (method: string, path: string) => new Promise<number>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: hub.port, method, path, agent: false }, (res) => { res.resume(); resolve(res.statusCode!); });
    req.on('error', reject);
    req.end();
  });
  try {
    for (const [m, p] of [['GET', '//'], ['POST', '///%20metrics'], ['PUT', '//metric%20a'], ['GET', '//..1/gz/metrics'], ['GET', 'http://evil/api/hosts']]) {
      const s = await status(m!, p!);
      assert.ok(s === 404 || s === 400, `${m} ${p}: ${s}`);
    }
  } finally { await hub.close(); rmSync(dir, { recursive: true, force: true }); }
});
