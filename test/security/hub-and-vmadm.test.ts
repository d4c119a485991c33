// The hub link and vmadm arguments: hostile zone strings cross the real agent->hub stream intact; one host's agent
// cannot take over another host's zone at the hub; no uuid that is not a UUID reaches vmadm's argv.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import { zonelet } from '../../proto/gen/zonelet.js';
import { startHub } from '../../hub/src/server.js';
import { HubClient } from '../../agent/src/hub/client.js';
import { Vmadm, VmadmError } from '../../agent/src/platform/vmadm.js';
import type { Exec } from '../../agent/src/platform/exec.js';
import { validateRequest, ValidationError } from '../../agent/src/actions/validate.js';
import { FakeAgentSide, HOST, hubConfig, tempDir, zone } from '../hub/harness.js';
import { Rng } from '../fuzz/fuzz.js';

const Envelope = zonelet.v1.Envelope;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function waitFor(what: string, fn: () => boolean | Promise<boolean>, ms = 10_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) { if (await fn()) return; await sleep(25); }
  throw new Error(`timed out waiting for ${what}`);
}

test('hostile alias and tags cross the real agent -> hub stream byte for byte and come back as JSON from the hub API', async () => {
  const dir = tempDir('sec-stream');
  const hub = await startHub(hubConfig(dir));
  const side = new FakeAgentSide();
  const alias = 'a"b\nc\\d $(id) `x` ;|&é\u202e' + 'y'.repeat(5000);
  const z = { ...zone(1, alias), tags: { env: '"prod"\n;rm' } };
  side.zoneMap.set(z.uuid, z);
  const client = new HubClient(side, { url: `ws://127.0.0.1:${hub.port}/v1/agent`, stateDir: join(dir, 'agent'), tokenFile: join(dir, 'agent.token'), reconnectMinMs: 50, statusIntervalMs: 0 });
  try {
    client.start();
    let got: Array<{ uuid: string; alias: string; tags?: Record<string, string> }> = [];
    await waitFor('zone at the hub', async () => {
      got = (await (await fetch(`http://127.0.0.1:${hub.port}/api/zones`)).json()) as typeof got;
      return got.length === 1;
    });
    assert.equal(got[0]!.alias, alias);
    assert.equal(got[0]!.uuid, z.uuid);
  } finally { await client.stop(); await hub.close(); rmSync(dir, { recursive: true, force: true }); }
});

test('an agent authenticated as host A cannot move host B\'s zone to itself at the hub (zone_change or snapshot naming B\'s zone)', async () => {
  const dir = tempDir('sec-takeover');
  const HOST_B = '44454c4c-3800-1046-8050-b2c04f4a3133';
  writeFileSync(join(dir, 'b.token'), 'token-b\n');
  const cfg = hubConfig(dir);
  cfg.agents.push({ hostUuid: HOST_B, tokenFile: join(dir, 'b.token') });
  const hub = await startHub(cfg);
  const link = async (host: string, token: string) => {
    const ws = new WebSocket(`ws://127.0.0.1:${hub.port}/v1/agent`, { headers: { authorization: `Bearer ${token}` } });
    ws.on('error', () => {});
    await new Promise((r) => ws.once('open', r));
    ws.send(Envelope.encode({ seq: 0, hello: { supportedVersions: [1], hostUuid: host, hostname: host.slice(-4), agentVersion: 't', bootId: host, streamId: host } }).finish());
    await sleep(100);
    return ws;
  };
  const victim = zone(7, 'victim');
  try {
    const b = await link(HOST_B, 'token-b');
    b.send(Envelope.encode({ seq: 1, zoneSnapshot: { timeMs: Date.now(), zones: [{ uuid: victim.uuid, alias: 'victim', brand: 'joyent', state: 'running', ownerUuid: victim.owner_uuid }] } }).finish());
    await waitFor('victim at the hub', async () => (await fetch(`http://127.0.0.1:${hub.port}/api/zones/${victim.uuid}`)).status === 200);
    const a = await link(HOST, 'agent-token-0123456789abcdef');
    a.send(Envelope.encode({ seq: 1, zoneChange: { timeMs: Date.now(), type: 2, uuid: victim.uuid, zone: { uuid: victim.uuid, alias: 'stolen', brand: 'joyent', state: 'running' }, fields: ['alias'] } }).finish());
    a.send(Envelope.encode({ seq: 2, zoneSnapshot: { timeMs: Date.now(), zones: [{ uuid: victim.uuid, alias: 'stolen2', brand: 'joyent', state: 'running' }] } }).finish());
    await sleep(300);
    const z = (await (await fetch(`http://127.0.0.1:${hub.port}/api/zones/${victim.uuid}`)).json()) as { host_uuid: string; alias: string };
    assert.equal(z.host_uuid, HOST_B, 'the zone still belongs to host B (actions on it must go to B)');
    assert.equal(z.alias, 'victim');
    a.terminate(); b.terminate();
  } finally { await hub.close(); rmSync(dir, { recursive: true, force: true }); }
});

test('property: Vmadm never puts a non-UUID into argv (metacharacters, options, newlines, padding), for every uuid-taking call', async () => {
  const calls: string[][] = [];
  const exec = { run: async (_c: string, args: string[]) => { calls.push(args); return { stdout: '{}', stderr: '', exitCode: 0, durationMs: 0 }; } } as unknown as Exec;
  const vmadm = new Vmadm(exec);
  const U = '4e3c2a1e-7f0b-4d9e-9b1a-2c3d4e5f6a7b';
  const rng = new Rng(11);
  const pieces = ['-f', '--', '-F', '\n', ' ', ';', '$(id)', '`id`', '|', '&', '\u0000', '../', '*', U.toUpperCase(), U + '\n', ' ' + U, U + ' -F', '--force=' + U];
  const bad = [...pieces, ...Array.from({ length: 300 }, () => { let s = U; for (let k = 1 + rng.int(3); k > 0; k--) { const i = rng.int(s.length + 1); s = s.slice(0, i) + rng.pick(pieces) + s.slice(i + rng.int(2)); } return s; })]
    .filter((s) => !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s));
  const ops: Array<(u: string) => Promise<unknown>> = [
    (u) => vmadm.get(u), (u) => vmadm.start(u), (u) => vmadm.stop(u, { force: true }), (u) => vmadm.reboot(u), (u) => vmadm.delete(u),
    (u) => vmadm.update(u, { alias: 'x' }), (u) => vmadm.createSnapshot(u, 's1'), (u) => vmadm.rollbackSnapshot(u, 's1'), (u) => vmadm.deleteSnapshot(u, 's1'),
  ];
  for (const u of bad) for (const op of ops) await assert.rejects(async () => op(u), (e: unknown) => e instanceof VmadmError && e.kind === 'usage', JSON.stringify(u));
  assert.deepEqual(calls, [], 'vmadm was never run');
  // and the request validator refuses the same values before any queue or journal sees them
  for (const u of bad) assert.throws(() => validateRequest({ id: 'r', action: 'stop', uuid: u }), (e: unknown) => e instanceof ValidationError && e.field === 'uuid');
  for (const name of ['-f', '--', '-F', 'a b', 'a;b', '$(id)', 'a\nb', 'x'.repeat(65)]) {
    assert.throws(() => validateRequest({ id: 'r', action: 'create-snapshot', uuid: U, payload: { name } }), (e: unknown) => e instanceof ValidationError && e.field === 'payload.name', name);
  }
});
