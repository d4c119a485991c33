/**
 * End to end: a simulated host, the real agent (`zonelet run`) and the reference hub as separate processes, with the
 * fault-injecting proxy between agent and hub. Ground truth is the sim's own logs (log/changes.jsonl,
 * log/invocations.jsonl, vms/), never the agent's sequence numbers.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { FaultProxy } from '../helpers/fault-proxy.js';
import {
  eventually, startAgent, startProxiedStack, sleep,
  type AgentConfigFile, type AgentProcess, type ProxiedStack, type ChangeRecord, type HubProcess, type SimHost,
} from '../helpers/stack.js';

interface HubChange { id: number; seq: number; type: string; zone_uuid: string | null; zone?: { state?: string; quota?: string | number } }
const FINAL = ['ok', 'failed', 'refused', 'expired', 'unknown']; // CommandResult.Status, lowercased by the hub
interface HubCommand { status: string; message: string; result: { status: string } | null; events: Array<{ phase: string }> }

let stack: ProxiedStack, host: SimHost, hub: HubProcess, proxy: FaultProxy, cfg: AgentConfigFile, agent: AgentProcess;

before(async () => {
  stack = await startProxiedStack({ zones: 4, noisy: 1 });
  ({ host, hub, proxy, cfg } = stack);
  agent = await startAgent(cfg);
});

after(() => stack?.stop(agent));

const H = () => `/api/hosts/${host.serverUuid}`;
const hubChanges = async (): Promise<HubChange[]> =>
  (await hub.get<HubChange[]>(`${H()}/changes`)).filter((c) => c.type !== 'snapshot').sort((a, b) => a.id - b.id);
const hostConnected = async () => (await hub.get<Array<{ uuid: string; connected: boolean }>>('/api/hosts')).find((h) => h.uuid === host.serverUuid)?.connected;

/** A change as both sides can state it: what happened to which zone, and the zone's state and quota after it. */
const simKey = (c: ChangeRecord) => `${c.type} ${c.uuid} state=${c.type === 'delete' ? '' : String(c.vm?.state)} quota=${c.type === 'delete' ? '' : String(c.vm?.quota)}`;
const hubKey = (c: HubChange) => `${c.type} ${c.zone_uuid} state=${c.type === 'delete' ? '' : String(c.zone?.state)} quota=${c.type === 'delete' ? '' : String(c.zone?.quota)}`;

/**
 * The VM fields the agent's Zone carries (the Zone contract in the team brief). A sim change that touches none of
 * them (a stop first flips autoboot and last_modified) is not a zone change the hub is owed.
 */
const ZONE_FIELDS = new Set(['alias', 'brand', 'state', 'zone_state', 'owner_uuid', 'image_uuid', 'ram', 'max_physical_memory',
  'quota', 'cpu_cap', 'cpu_shares', 'nics', 'create_timestamp', 'boot_timestamp', 'zoneid', 'do_not_inventory',
  'customer_metadata', 'internal_metadata', 'tags']);
const owed = (c: ChangeRecord) => c.type !== 'modify' || (c.changes ?? []).some((d) => ZONE_FIELDS.has(d.prettyPath.split('.')[0]));

/** Every sim change after `simMark` reaches the hub exactly once and in order, after hub change id `hubMark`. */
async function assertExactlyOnce(simMark: number, hubMark: number, what: string): Promise<void> {
  const expected = host.changes().filter((c) => c.seq > simMark && owed(c)).map(simKey);
  assert.ok(expected.length > 0, `${what}: the sim logged no change to check against`);
  let got: string[] = [];
  await eventually(async () => {
    got = (await hubChanges()).filter((c) => c.id > hubMark).map(hubKey);
    return got.length >= expected.length;
  }, 20_000, `${what}: ${expected.length} changes at the hub`).catch((err: Error) => {
    throw new Error(`${err.message}\nexpected:\n${expected.join('\n')}\ngot:\n${got.join('\n')}`);
  });
  await sleep(500); // a duplicate would arrive right behind
  got = (await hubChanges()).filter((c) => c.id > hubMark).map(hubKey);
  assert.deepEqual(got, expected, `${what}: hub changes (left) against the sim's log/changes.jsonl (right)`);
}

const marks = async () => ({ sim: host.changes().at(-1)?.seq ?? 0, hub: (await hubChanges()).at(-1)?.id ?? 0 });
const invoked = (sub: string, uuid: string) =>
  host.invocations().filter((i) => i.command === 'vmadm' && i.phase === 'start' && i.argv[0] === sub && i.argv.includes(uuid)).length;

test('the hub lists the host, connected, and every zone of the sim', async () => {
  await eventually(hostConnected, 10_000, 'host connected at the hub');
  const zones = await eventually(async () => {
    const z = await hub.get<Array<{ uuid: string; state: string }>>(`/api/zones?host=${host.serverUuid}`);
    return z.length === host.zones.length && z;
  }, 10_000, `${host.zones.length} zones at the hub`);
  assert.deepEqual(zones.map((z) => z.uuid).sort(), host.zones);
  for (const z of zones) assert.equal(z.state, host.vm(z.uuid).state, `zone ${z.uuid} state`);
});

test('a change made by another process reaches the hub exactly once', async () => {
  const m = await marks();
  const r = host.tool('vmadm', ['update', host.zones[1], 'quota=20']);
  assert.equal(r.code, 0, r.stderr);
  await assertExactlyOnce(m.sim, m.hub, 'vmadm update quota=20');
  const z = await hub.get<{ quota: number }>(`/api/zones/${host.zones[1]}`);
  assert.equal(Number(z.quota), 20);
});

test('link cut and restored: changes made during the outage arrive exactly once, in order', async () => {
  const m = await marks();
  const before = proxy.connections;
  proxy.set('refuse');
  proxy.cut();
  await eventually(async () => (await hostConnected()) === false, 10_000, 'hub to see the host disconnected');
  for (let q = 21; q <= 24; q++) assert.equal(host.tool('vmadm', ['update', host.zones[2], `quota=${q}`]).code, 0);
  assert.equal(host.tool('vmadm', ['update', host.zones[3], 'quota=30']).code, 0);
  await sleep(1000); // the agent sees them and spools them while the link is down
  proxy.set('pass');
  await eventually(hostConnected, 10_000, 'reconnect');
  assert.ok(proxy.connections > before, 'the agent dialed again');
  await assertExactlyOnce(m.sim, m.hub, 'changes during a link cut');
});

test('agent SIGKILLed with spooled changes and restarted on the same stateDir: each change arrives exactly once', async () => {
  const m = await marks();
  proxy.set('refuse');
  proxy.cut();
  await eventually(async () => (await hostConnected()) === false, 10_000, 'hub to see the host disconnected');
  for (let q = 40; q <= 42; q++) assert.equal(host.tool('vmadm', ['update', host.zones[2], `quota=${q}`]).code, 0);
  await sleep(1000); // the agent sees them (vmadm events) and spools them before the kill
  await agent.kill();
  proxy.set('pass');
  agent = await startAgent(cfg);
  await eventually(hostConnected, 15_000, 'the restarted agent connected');
  await assertExactlyOnce(m.sim, m.hub, 'changes spooled before SIGKILL');
});

test('a change made while the agent is down shows at the hub after it restarts', async () => {
  await agent.kill();
  assert.equal(host.tool('vmadm', ['update', host.zones[3], 'quota=77']).code, 0);
  agent = await startAgent(cfg);
  // vmadm events has no replay: the restarted agent learns it from its new baseline (as a change or a snapshot)
  await eventually(async () => Number((await hub.get<{ quota: number }>(`/api/zones/${host.zones[3]}`)).quota) === 77, 15_000, 'quota 77 at the hub');
});

test('metrics batches arrive with no gap reported, and zone history grows', async () => {
  const noisy = host.zones.find((u) => readFileSync(join(host.root, 'runtime', `${u}.json`), 'utf8').includes('cpu=0.9'));
  assert.ok(noisy, 'the sim has a noisy zone');
  const points = async () => {
    const h = await hub.get<Array<{ name: string; labels: Record<string, string>; points: Array<[number, number]> }>>(`/api/zones/${noisy}/history?name=smartos_zone_cpu_seconds_total`);
    return h.find((s) => s.labels.mode === 'user')?.points ?? [];
  };
  const n0 = (await points()).length;
  await eventually(async () => (await points()).length >= n0 + 3, 30_000, 'three more cpu points for the noisy zone');
  const p = await points();
  for (let i = 1; i < p.length; i++) assert.ok(p[i][0] > p[i - 1][0], 'points in time order');
  const batches = await hub.get<Array<{ seq: number; epoch: number; batch: number }>>(`${H()}/batches`);
  assert.ok(batches.length >= 3, `batches at the hub: ${batches.length}`);
  const seqs = batches.map((b) => b.seq);
  assert.equal(new Set(seqs).size, seqs.length, 'no batch stored twice');
  const gaps = await hub.get<unknown[]>(`${H()}/gaps`);
  assert.deepEqual(gaps, [], 'the hub reports no metrics gap');
});

test('a stop through the hub API stops the zone in the sim, vmadm stop invoked exactly once', async () => {
  const z = host.zones[1];
  assert.equal(host.vm(z).state, 'running');
  const m = await marks();
  const r = await hub.post<{ id: string }>(`/api/zones/${z}/actions`, { action: 'stop' });
  assert.equal(r.status, 202, JSON.stringify(r.body));
  const cmd = await eventually(async () => {
    const c = await hub.get<HubCommand>(`/api/commands/${r.body.id}`);
    return FINAL.includes(c.status) && c;
  }, 20_000, 'the command result at the hub');
  assert.equal(cmd.status, 'ok', cmd.message);
  assert.equal(host.vm(z).state, 'stopped', 'vms/<uuid>.json');
  assert.equal(invoked('stop', z), 1, 'vmadm stop invocations in log/invocations.jsonl');
  await assertExactlyOnce(m.sim, m.hub, 'state changes of the stop');
});

test('a command issued while the agent is disconnected runs once after reconnect', async () => {
  const z = host.zones[1];
  assert.equal(host.vm(z).state, 'stopped');
  const m = await marks();
  proxy.set('refuse');
  proxy.cut();
  await eventually(async () => (await hostConnected()) === false, 10_000, 'hub to see the host disconnected');
  const r = await hub.post<{ id: string; sent: boolean }>(`/api/zones/${z}/actions`, { action: 'start' });
  assert.equal(r.status, 202);
  assert.equal(r.body.sent, false, 'not sent while the agent is away');
  await sleep(500);
  assert.equal(invoked('start', z), 0, 'nothing ran while disconnected');
  proxy.set('pass');
  const cmd = await eventually(async () => {
    const c = await hub.get<HubCommand>(`/api/commands/${r.body.id}`);
    return FINAL.includes(c.status) && c;
  }, 20_000, 'the command result after reconnect');
  assert.equal(cmd.status, 'ok', cmd.message);
  assert.equal(host.vm(z).state, 'running');
  // a second reconnect must not run it again
  proxy.cut();
  await eventually(hostConnected, 10_000, 'reconnect');
  await sleep(1000);
  assert.equal(invoked('start', z), 1, 'vmadm start invocations in log/invocations.jsonl');
  await assertExactlyOnce(m.sim, m.hub, 'state changes of the start');
});
