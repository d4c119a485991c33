// Fuzzing the hub protocol: the protobuf Envelope decoder, the hub's message handler (Fleet.apply inside a real
// SQLite transaction, then the real WebSocket ingest), and the agent's handler of hub frames (a real HubClient
// against a hostile fake hub on loopback). Seeds are real encoded messages of every kind; mutations work on bytes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { WebSocket, WebSocketServer } from 'ws';
import { zonelet } from '../../proto/gen/zonelet.js';
import { openDb } from '../../hub/src/db.js';
import { Fleet, type FleetEvent } from '../../hub/src/fleet.js';
import { startHub } from '../../hub/src/server.js';
import { HubClient } from '../../agent/src/hub/client.js';
import { FakeAgentSide, HOST, TOKEN, hubConfig, tempDir } from '../hub/harness.js';
import { assertClean, fuzz, iterations, mutate, type Rng } from './fuzz.js';

const Envelope = zonelet.v1.Envelope;
const N = iterations(3000);
const TIMEOUT = { timeout: 600_000 };
const Z1 = '4e3c2a1e-7f0b-4d9e-9b1a-2c3d4e5f6a7b';
const OWNER = '930896af-bf8c-48d4-885c-6573a94b1853';
const zoneMsg = { uuid: Z1, alias: 'web-"1"\n', brand: 'joyent', state: 'running', ownerUuid: OWNER, ram: 1024, zoneid: 7,
  nics: [{ interface: 'net0', mac: '90:b8:d0:2d:cc:5e', ip: '10.0.0.5', nicTag: 'external', primary: true }], tags: { env: '"prod"' } };

/** One real message of every sequenced kind the agent sends (the hub's input). */
const agentSeeds: Uint8Array[] = [
  { seq: 1, zoneSnapshot: { timeMs: 1_700_000_000_000, zones: [zoneMsg] } },
  { seq: 2, zoneChange: { timeMs: 1_700_000_000_001, type: 2, uuid: Z1, zone: zoneMsg, fields: ['alias'] } },
  { seq: 3, zoneChange: { timeMs: 1_700_000_000_002, type: 3, uuid: Z1 } },
  { seq: 4, dictionary: { epoch: 1, reset: true, defs: [{ id: 1, zone: Z1, name: 'smartos_zone_cpu_seconds_total', kind: 1, labels: [{ name: 'mode', value: 'user' }] }, { id: 2, zone: '', name: 'smartos_host_load1', kind: 2 }] } },
  { seq: 5, metrics: { batch: 1, epoch: 1, keyframe: true, timeMs: 1_700_000_000_003, intIds: [1], intValues: [123456789], floatIds: [2], floatValues: [0.5] } },
  { seq: 6, metrics: { batch: 2, epoch: 1, keyframe: false, timeMs: 1_700_000_000_004, intIds: [1], intValues: [5] } },
  { seq: 7, gap: { firstBatch: 3, lastBatch: 9, droppedBatches: 7, reason: 'spool full' } },
  { seq: 8, hostStatus: { timeMs: 1_700_000_000_005, uptimeSeconds: 99, zonesTotal: 3, zonesRunning: 2, spoolBytes: 100 } },
  { seq: 9, commandProgress: { id: 'c-1', timeMs: 1_700_000_000_006, phase: 'running', message: 'vmadm stop' } },
  { seq: 10, commandResult: { id: 'c-1', timeMs: 1_700_000_000_007, status: 1, message: 'done', zoneUuid: Z1, detailJson: '{}' } },
].map((m) => Envelope.encode(m).finish());

/** Byte-level mutation: the string mutator over latin1, so every byte value is reachable. */
function mutateBytes(rng: Rng, seeds: readonly Uint8Array[]): Buffer {
  let s = Buffer.from(rng.pick(seeds)).toString('latin1');
  const n = 1 + rng.int(3);
  for (let k = 0; k < n; k++) s = mutate(rng, s, Buffer.from(rng.pick(seeds)).toString('latin1'));
  return Buffer.from(s.length > 200_000 ? s.slice(0, 200_000) : s, 'latin1');
}

// Errors the hub's handler raises on purpose for a message it cannot store; the ingest turns them into an Error
// frame and closes that link. Anything else (a TypeError, a RangeError) is a handler bug.
const HANDLER_REFUSALS = /dictionary epoch|without a keyframe|cannot carry a sequence number|undecodable/;

test('fuzz Envelope.decode + the hub handler (Fleet.apply in a SQLite transaction): only decode errors and deliberate refusals', TIMEOUT, async () => {
  const dir = tempDir('fuzz-fleet');
  const db = openDb(join(dir, 'hub.db'));
  const fleet = new Fleet(db, 3_600_000);
  fleet.hello({ hostUuid: HOST, hostname: 'cn', agentVersion: 't', bootId: 'b', streamId: 's', supportedVersions: [1] });
  try {
    assertClean(await fuzz({
      name: 'hub-fleet-apply', iterations: N,
      input: (rng) => mutateBytes(rng, agentSeeds),
      run(raw) {
        let env: zonelet.v1.Envelope;
        try { env = Envelope.decode(raw); } catch { return; } // the ingest answers BAD_FRAME: fine
        const events: FleetEvent[] = [];
        try {
          db.transaction(() => fleet.apply(HOST, env, raw, events))();
        } catch (err) {
          fleet.dropDecoder(HOST); // what the ingest does after a failed commit
          if (!(err instanceof Error) || !HANDLER_REFUSALS.test(err.message)) throw err;
        }
        for (const e of events) JSON.stringify(e);
      },
    }), 512 * 1024 * 1024);
  } finally { db.close(); rmSync(dir, { recursive: true, force: true }); }
});

test('fuzz the hub WebSocket ingest with mutated frames after a real hello: the hub stays up and answers', TIMEOUT, async () => {
  const dir = tempDir('fuzz-ingest');
  const hub = await startHub(hubConfig(dir, { maxPayloadBytes: 256 * 1024 }));
  const hello = Envelope.encode({ seq: 0, hello: { supportedVersions: [1], hostUuid: HOST, hostname: 'cn', agentVersion: 't', bootId: 'b', streamId: 's' } }).finish();
  let ws: WebSocket | null = null;
  const open = async () => {
    const w = new WebSocket(`ws://127.0.0.1:${hub.port}/v1/agent`, { headers: { authorization: `Bearer ${TOKEN}` } });
    w.on('error', () => {});
    await new Promise((r, j) => { w.once('open', r); w.once('close', j); });
    w.send(hello);
    return w;
  };
  let seq = 100;
  try {
    assertClean(await fuzz({
      name: 'hub-ingest-ws', iterations: Math.max(200, Math.floor(N / 10)),
      input: (rng) => mutateBytes(rng, agentSeeds),
      async run(frame) {
        if (!ws || ws.readyState !== WebSocket.OPEN) ws = await open();
        // a fresh seq so most frames get past the duplicate check and reach the handler
        let out: Uint8Array = frame;
        try { const env = Envelope.decode(frame); env.seq = ++seq; out = Envelope.encode(env).finish(); } catch { /* send as is */ }
        ws.send(out);
        await new Promise((r) => setImmediate(r));
      },
    }));
    ws?.terminate();
    const r = await fetch(`http://127.0.0.1:${hub.port}/api/hosts`);
    assert.equal(r.status, 200, 'hub API still serving');
    assert.ok((await r.json() as Array<{ uuid: string }>).some((h) => h.uuid === HOST));
  } finally { await hub.close(); rmSync(dir, { recursive: true, force: true }); }
});

test('fuzz the agent\'s handler of hub frames: a hostile hub sends mutated welcome/ack/command/error frames; the agent never crashes and keeps redialing', TIMEOUT, async () => {
  const dir = tempDir('fuzz-agent');
  const hubSeeds = [
    { seq: 0, ack: 1, welcome: { version: 1, ackedSeq: 0, hubId: 'h' } },
    { seq: 0, ack: 2, ackMsg: { seq: 2 } },
    { seq: 0, command: { id: 'c-1', action: 'stop', zoneUuid: Z1, payloadJson: '{"force":true}', deadlineMs: 0, issuedMs: 1 } },
    { seq: 0, command: { id: 'c-2', action: 'create', zoneUuid: '', payloadJson: '{"brand":"joyent","alias":"$(id)"}', deadlineMs: 9e12 } },
    { seq: 0, error: { code: 3, message: 'no' } },
  ].map((m) => Envelope.encode(m).finish());
  const welcome = hubSeeds[0]!;
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise((r) => wss.once('listening', r));
  const port = (wss.address() as { port: number }).port;
  let current: WebSocket | null = null;
  let connections = 0;
  wss.on('connection', (s) => { connections++; s.on('error', () => {}); s.once('message', () => { current = s; s.send(welcome); }); });
  const side = new FakeAgentSide();
  const client = new HubClient(side, { url: `ws://127.0.0.1:${port}/v1/agent`, stateDir: dir, reconnectMinMs: 1, reconnectMaxMs: 20, statusIntervalMs: 0, handshakeTimeoutMs: 2000 });
  client.start();
  const waitLink = async () => { for (let i = 0; i < 400 && !(current && current.readyState === WebSocket.OPEN); i++) await new Promise((r) => setTimeout(r, 5)); };
  try {
    assertClean(await fuzz({
      name: 'agent-hub-frames', iterations: Math.max(300, Math.floor(N / 5)),
      input: (rng) => mutateBytes(rng, hubSeeds),
      async run(frame) {
        await waitLink();
        if (!current || current.readyState !== WebSocket.OPEN) throw new Error('agent stopped redialing');
        const s = current;
        s.send(frame);
        await new Promise((r) => setImmediate(r));
        if (s.readyState !== WebSocket.OPEN) current = null;
      },
    }));
    const before = connections;
    current?.close();
    current = null;
    await waitLink();
    assert.ok(connections > before, 'the agent redials after the fuzzing');
    assert.ok(side.ran.every((c) => typeof c.id === 'string' && c.id.length > 0), 'no command without an id reached the action sink');
    assert.equal(new Set(side.ran.map((c) => c.id)).size, side.ran.length, 'no command id ran twice');
  } finally {
    await client.stop();
    for (const c of wss.clients) c.terminate();
    await new Promise((r) => wss.close(r));
    rmSync(dir, { recursive: true, force: true });
  }
});
