import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Registry } from 'prom-client';
import { ZoneInventory } from '../../agent/src/inventory/inventory.js';
import { ActionEngine, type ActionEngineOptions } from '../../agent/src/actions/engine.js';
import type { ActionProgress } from '../../agent/src/actions/types.js';
import { VmadmError } from '../../agent/src/platform/vmadm.js';
import { simHost, until, processGone, type Invocation } from '../inventory/simhost.js';

async function setup(t: import('node:test').TestContext, zones: number, opts: Partial<ActionEngineOptions> = {}) {
  const h = simHost(t, zones);
  const stateDir = mkdtempSync(join(tmpdir(), 'zonelet-state-'));
  const inventory = new ZoneInventory({ vmadm: h.vmadm, reconcileSchedule: null });
  inventory.start();
  await inventory.ready;
  const registry = new Registry();
  const engine = new ActionEngine({ vmadm: h.vmadm, exec: h.exec, inventory, stateDir, maxConcurrent: 4, registry, ...opts });
  const progress: ActionProgress[] = [];
  engine.subscribe((p) => progress.push(p));
  t.after(async () => { engine.close(); await inventory.stop(); rmSync(stateDir, { recursive: true, force: true }); });
  return { h, inventory, engine, progress, registry, stateDir };
}

/** [start, end] per vmadm process, from the sim's own invocation log. */
function intervals(inv: Invocation[], pred: (i: Invocation) => boolean) {
  const start = new Map<number, Invocation>();
  const out: Array<{ uuid: string; argv: string[]; from: number; to: number }> = [];
  for (const i of inv) {
    if (!pred(i)) continue;
    if (i.phase === 'start') start.set(i.pid, i);
    else if (start.has(i.pid)) out.push({ uuid: i.argv[1], argv: i.argv, from: Date.parse(start.get(i.pid)!.time), to: Date.parse(i.time) });
  }
  return out;
}

test('a hanging read-only vmadm call is killed on timeout, leaving no zombie', async (t) => {
  const { h } = await setup(t, 2);
  const [a] = h.uuids();
  h.sim('fault', 'vmadm', 'hang', '--match', 'get');
  await assert.rejects(h.vmadm.get(a, { timeoutMs: 300 }), (e) => e instanceof VmadmError && e.kind === 'timeout');
  const pids = h.invocations().filter((i) => i.argv[0] === 'get' && i.phase === 'start').map((i) => i.pid);
  assert.equal(pids.length, 1);
  await until(() => processGone(pids[0]), 3000, 'the hung vmadm to be reaped');
});

test('a hanging mutating call is never killed: "outcome unknown", then the settled state', async (t) => {
  const { h, engine, progress } = await setup(t, 2, { timeoutSeconds: { stop: 0.3 } });
  const [a] = h.uuids();
  h.sim('fault', 'vmadm', 'slow', '--value', '1500', '--match', 'stop');
  const r = await engine.submit({ id: 'slow-stop', action: 'stop', uuid: a });
  const phases = progress.filter((p) => p.id === 'slow-stop').map((p) => p.phase);
  assert.ok(phases.indexOf('outcome-unknown') > phases.indexOf('running'), phases.join(','));
  assert.equal(r.status, 'succeeded');
  assert.equal(r.state, 'stopped');
  assert.equal(h.vm(a).state, 'stopped');
  await until(() => h.invocations().some((i) => i.argv[0] === 'stop' && i.phase === 'end'), 5000, 'vmadm stop to end');
  const end = h.invocations().find((i) => i.argv[0] === 'stop' && i.phase === 'end')!;
  assert.equal(end.exitCode, 0, 'vmadm stop ran to completion (not killed)');
});

test('200 concurrent actions on 20 zones never overlap on one zone and each runs once', async (t) => {
  const { h, engine, registry } = await setup(t, 20, { maxConcurrent: 6 });
  const zones = h.uuids();
  const kinds = ['stop', 'start', 'reboot'] as const; // blocks of 20: stop,start,reboot,...,stop = 4 stop blocks
  const results = await Promise.all(Array.from({ length: 200 }, (_, i) =>
    engine.submit({ id: `bulk-${i}`, action: kinds[Math.floor(i / 20) % 3], uuid: zones[i % 20], payload: {} })));
  assert.equal(results.filter((r) => r.status === 'succeeded').length, 200, JSON.stringify(results.find((r) => r.status !== 'succeeded')));
  const runs = intervals(h.invocations(), (i) => ['stop', 'start', 'reboot'].includes(i.argv[0]));
  assert.equal(runs.length, 200);
  for (const z of zones) {
    const mine = runs.filter((r) => r.uuid === z).sort((x, y) => x.from - y.from);
    assert.equal(mine.length, 10);
    for (let k = 1; k < mine.length; k++) assert.ok(mine[k].from >= mine[k - 1].to, `overlap on ${z}: ${JSON.stringify(mine.slice(k - 1, k + 1))}`);
  }
  const text = await registry.metrics();
  assert.match(text, /zonelet_actions_total\{action="stop",result="succeeded"\} 80/);
  assert.match(text, /zonelet_actions_in_flight 0/);
});

test('a repeated request id returns the recorded result and never runs twice', async (t) => {
  const { h, engine } = await setup(t, 2);
  const [a] = h.uuids();
  const req = { id: 'once', action: 'stop', uuid: a };
  const [r1, r2] = await Promise.all([engine.submit(req), engine.submit(req)]);
  const r3 = await engine.submit({ ...req, action: 'start' });
  assert.deepEqual(r1, r2);
  assert.deepEqual(r3, r1);
  assert.equal(h.invocations().filter((i) => i.phase === 'start' && ['stop', 'start'].includes(i.argv[0])).length, 1);
});

test('malformed requests are rejected before any vmadm call', async (t) => {
  const { h, engine } = await setup(t, 2);
  const [a] = h.uuids();
  const before = h.invocations().length;
  const bad: Array<[unknown, string]> = [
    [{ id: 'b1', action: 'stop', uuid: 'f0d16986-b24f-4802-b32a' }, 'uuid'],
    [{ id: 'b2', action: 'shutdown-host', uuid: a }, 'action'],
    [{ id: 'b3', action: 'update', uuid: a, payload: { alias: 'x; rm -rf / #' } }, 'payload.alias'],
    [{ id: 'b4', action: 'create-snapshot', uuid: a, payload: { name: '$(halt)' } }, 'payload.name'],
    [{ id: 'b5', action: 'update', uuid: a, payload: { set_customer_metadata: { k: 'x'.repeat(100_000) } } }, 'request'],
    [{ id: 'b6', action: 'stop', uuid: a, payload: { timeout: 10 } }, 'payload.timeout'], // joyent/lx: no stop -t
    [{ id: 'b7', action: 'start', uuid: 'ffffffff-ffff-4fff-8fff-ffffffffffff' }, 'uuid'],
  ];
  const brand = h.vm(a).brand;
  for (const [raw, field] of bad) {
    if (field === 'payload.timeout' && (brand === 'bhyve' || brand === 'kvm')) continue;
    const r = await engine.submit(raw);
    assert.equal(r.status, 'rejected', JSON.stringify(raw).slice(0, 100));
    assert.equal(r.field, field);
  }
  assert.equal(h.invocations().length, before, 'no vmadm (or any sim tool) was run');
});

test('create checks imgadm first and fails clearly when the image is missing', async (t) => {
  const { h, engine } = await setup(t, 1);
  const before = h.invocations().filter((i) => i.command === 'vmadm').length;
  const r = await engine.submit({ id: 'c1', action: 'create', uuid: 'abcdef01-2345-4678-89ab-cdef01234567', payload: { brand: 'joyent', image_uuid: '00000000-1111-4222-8333-444444444444' } });
  assert.equal(r.status, 'failed');
  assert.match(r.message, /image 00000000-1111-4222-8333-444444444444 is not installed/);
  assert.equal(h.invocations().filter((i) => i.command === 'vmadm').length, before);
  assert.ok(h.invocations().some((i) => i.command === 'imgadm' && i.argv[0] === 'get'));
});
