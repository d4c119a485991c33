/**
 * Agent client -> fault proxy -> hub, all real sockets on loopback. During each fault the producer keeps making zone
 * changes and metrics cycles; afterwards the hub's stored journal must hold each of them exactly once, in order,
 * counted against the producer's own list (not against sequence numbers).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { Registry } from 'prom-client';
import { HubClient } from '../../agent/src/hub/client.js';
import { startHub, type Hub } from '../../hub/src/server.js';
import { FaultProxy } from '../helpers/fault-proxy.js';
import { FakeAgentSide, HOST, getJson, hubConfig, postJson, sleep, tempDir, waitFor, zone } from './harness.js';

const BIG = 2n ** 63n + 12345n; // beyond 2^53: must survive the wire exactly

async function setup() {
  const dir = tempDir('link');
  const hub = await startHub(hubConfig(dir));
  const proxy = new FaultProxy(hub.port);
  await proxy.listen();
  const side = new FakeAgentSide();
  for (let i = 1; i <= 5; i++) side.zoneMap.set(zone(i).uuid, zone(i));
  const registry = new Registry();
  const client = new HubClient(side, {
    url: `ws://127.0.0.1:${proxy.port}/v1/agent`, stateDir: join(dir, 'agent'), tokenFile: join(dir, 'agent.token'),
    reconnectMinMs: 50, reconnectMaxMs: 400, stableMs: 1000, pingIntervalMs: 250, deadAfterMs: 1000, keyframeEvery: 5,
    statusIntervalMs: 0, registry,
  });
  const produced = { aliases: [] as string[], cycles: [] as number[] };
  let k = 0;
  const produce = () => {
    k++;
    if (k % 2) {
      const z = { ...zone(1 + (k % 5)), alias: `gen-${k}` };
      side.change({ type: 'modify', zone: z, fields: ['alias'] });
      produced.aliases.push(z.alias);
    } else {
      side.cycle({ timeMs: k, samples: side.zones.all().map((z) => ({ zone: z.uuid, name: 'test_counter_total', value: BIG + BigInt(k) })) });
      produced.cycles.push(k);
    }
  };
  const timer = setInterval(produce, 15);
  client.start();
  const stop = async () => {
    clearInterval(timer);
    await client.stop();
    await proxy.close();
    await hub.close();
    rmSync(dir, { recursive: true, force: true });
  };
  return { hub, proxy, side, client, produced, registry, stopProducing: () => clearInterval(timer), stop };
}

async function assertExactlyOnce(hub: Hub, produced: { aliases: string[]; cycles: number[] }) {
  const want = produced.aliases.length;
  const changes = await waitFor('all zone changes at the hub', async () => {
    const c = (await getJson<Array<{ type: string; zone?: { alias: string } }>>(hub.port, `/api/hosts/${HOST}/changes`)).filter((x) => x.type === 'modify');
    return c.length >= want ? c : null;
  });
  assert.deepEqual(changes.map((c) => c.zone!.alias), produced.aliases, 'zone changes: exactly once, in order');
  const batches = await waitFor('all metric batches at the hub', async () => {
    const b = await getJson<Array<{ time_ms: number }>>(hub.port, `/api/hosts/${HOST}/batches`);
    return b.length >= produced.cycles.length ? b : null;
  });
  assert.deepEqual(batches.map((b) => b.time_ms), produced.cycles, 'metric batches: exactly once, in order');
  const last = produced.cycles[produced.cycles.length - 1];
  const z = await getJson<{ metrics: Array<{ name: string; value: string }> }>(hub.port, `/api/zones/${zone(1).uuid}`);
  assert.equal(z.metrics.find((m) => m.name === 'test_counter_total')?.value, (BIG + BigInt(last)).toString(), 'uint64 value exact');
}

test('link cut and flapping: everything arrives exactly once, in order', async () => {
  const t = await setup();
  try {
    await waitFor('link up', () => t.client.connected);
    await sleep(300);
    t.proxy.cut();
    await sleep(300);
    t.proxy.flap(120);
    await sleep(1200);
    t.proxy.flap(null);
    t.proxy.set('refuse');
    await sleep(400);
    t.proxy.set('pass');
    await sleep(300);
    t.stopProducing();
    await assertExactlyOnce(t.hub, t.produced);
    const text = await t.registry.metrics();
    assert.match(text, /zonelet_hub_reconnects_total [1-9]/);
    assert.match(text, /zonelet_hub_connected 1/);
  } finally { await t.stop(); }
});

test('stalled (half-open) link is detected within a few seconds and resumes without loss', async () => {
  const t = await setup();
  try {
    await waitFor('link up', () => t.client.connected);
    let downAt = 0;
    t.client.onState = (s) => { if (s === 'disconnected' && !downAt) downAt = Date.now(); };
    const stalledAt = Date.now();
    t.proxy.set('stall');
    await waitFor('client notices the dead peer', () => downAt > 0, 5000);
    assert.ok(downAt - stalledAt < 3000, `half-open link terminated after ${downAt - stalledAt} ms`);
    t.proxy.set('pass');
    await sleep(300);
    t.stopProducing();
    await assertExactlyOnce(t.hub, t.produced);
  } finally { await t.stop(); }
});

test('slow link: backpressure, nothing lost or duplicated', async () => {
  const t = await setup();
  try {
    await waitFor('link up', () => t.client.connected);
    t.proxy.set('slow', 150);
    await sleep(1500);
    t.proxy.set('pass');
    t.stopProducing();
    await assertExactlyOnce(t.hub, t.produced);
  } finally { await t.stop(); }
});

test('a command issued while the agent is disconnected runs once after reconnect', async () => {
  const t = await setup();
  try {
    await waitFor('link up', () => t.client.connected);
    t.stopProducing();
    t.proxy.set('refuse');
    t.proxy.cut();
    await waitFor('link down', () => !t.client.connected);
    const r = await postJson<{ id: string; sent: boolean }>(t.hub.port, `/api/zones/${zone(2).uuid}/actions`, { action: 'reboot' });
    assert.equal(r.status, 202);
    assert.equal(r.body.sent, false);
    await sleep(300);
    assert.equal(t.side.ran.length, 0);
    t.proxy.set('pass');
    const cmd = await waitFor('command result', async () => {
      const c = await getJson<{ status: string; events: Array<{ phase: string }> }>(t.hub.port, `/api/commands/${r.body.id}`);
      return c.status === 'ok' ? c : null;
    });
    assert.deepEqual(cmd.events.map((e) => e.phase), ['accepted', 'running', 'ok']);
    // flap a few times: a re-sent command must not run again
    for (let i = 0; i < 3; i++) { t.proxy.cut(); await waitFor('relink', () => t.client.connected); }
    await sleep(300);
    assert.deepEqual(t.side.ran.map((c) => [c.id, c.action, c.zoneUuid]), [[r.body.id, 'reboot', zone(2).uuid]]);
  } finally { await t.stop(); }
});
