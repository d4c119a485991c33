/**
 * Refusals and hostile input: wrong agent token (hub refuses), hub certificate from the wrong CA (agent refuses),
 * malformed / truncated / oversized / random frames in either direction close that connection with an Error and
 * crash nothing; protoc (an independent protobuf implementation) decodes captured frames with proto/zonelet.proto.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WebSocket, WebSocketServer } from 'ws';
import { HubClient } from '../../agent/src/hub/client.js';
import { startHub } from '../../hub/src/server.js';
import { zonelet } from '../../proto/gen/zonelet.js';
import { FakeAgentSide, HOST, TOKEN, getJson, hubConfig, sleep, tempDir, waitFor } from './harness.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const Envelope = zonelet.v1.Envelope;

function openssl(args: string[]) {
  const r = spawnSync('openssl', args, { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
}
/** A CA and a server cert for 127.0.0.1 signed by it. */
function makePki(dir: string, name: string) {
  const p = (f: string) => join(dir, `${name}-${f}`);
  openssl(['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', p('ca.key'), '-out', p('ca.pem'), '-days', '2', '-subj', `/CN=${name} CA`]);
  openssl(['req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', p('srv.key'), '-out', p('srv.csr'), '-subj', '/CN=127.0.0.1']);
  writeFileSync(p('ext'), 'subjectAltName=IP:127.0.0.1\n');
  openssl(['x509', '-req', '-in', p('srv.csr'), '-CA', p('ca.pem'), '-CAkey', p('ca.key'), '-CAcreateserial', '-out', p('srv.pem'), '-days', '2', '-extfile', p('ext')]);
  return { ca: p('ca.pem'), cert: p('srv.pem'), key: p('srv.key') };
}

function rawAgent(port: number, token = TOKEN, scheme = 'ws', ca?: Buffer) {
  return new WebSocket(`${scheme}://127.0.0.1:${port}/v1/agent`, { headers: { authorization: `Bearer ${token}` }, ca });
}
const closed = (ws: WebSocket) => new Promise<{ code: number; errors: string[] }>((res) => {
  const errors: string[] = [];
  ws.on('message', (d) => { const e = Envelope.decode(d as Buffer); if (e.body === 'error') errors.push(zonelet.v1.Error.Code[e.error!.code]); });
  ws.on('error', () => {});
  ws.on('close', (code) => res({ code, errors }));
});
const hello = () => Envelope.encode({ seq: 0, hello: { supportedVersions: [1], hostUuid: HOST, hostname: 'h', streamId: 's1' } }).finish();

test('wrong agent token is refused with 401; the right one gets a welcome', async () => {
  const dir = tempDir('auth');
  const hub = await startHub(hubConfig(dir));
  try {
    const bad = rawAgent(hub.port, 'not-the-token');
    const status = await new Promise<number>((res) => { bad.on('unexpected-response', (_req, r) => res(r.statusCode ?? 0)); bad.on('error', () => {}); });
    assert.equal(status, 401);
    const good = rawAgent(hub.port);
    await new Promise((r) => good.on('open', r));
    good.send(hello());
    const env = await new Promise<zonelet.v1.Envelope>((r) => good.once('message', (d) => r(Envelope.decode(d as Buffer))));
    assert.equal(env.body, 'welcome');
    assert.equal(env.welcome!.version, 1);
    good.close();
  } finally { await hub.close(); rmSync(dir, { recursive: true, force: true }); }
});

test('agent refuses a hub whose certificate is not from its CA, and talks to the right one', async () => {
  const dir = tempDir('tls');
  const good = makePki(dir, 'good');
  const evil = makePki(dir, 'evil');
  const hub = await startHub(hubConfig(dir, { tls: { certFile: evil.cert, keyFile: evil.key } }));
  const side = new FakeAgentSide();
  const mk = () => new HubClient(side, { url: `wss://127.0.0.1:${hub.port}/v1/agent`, stateDir: join(dir, 'agent'), tokenFile: join(dir, 'agent.token'), caFile: good.ca, reconnectMinMs: 50, reconnectMaxMs: 200, statusIntervalMs: 0 });
  let client = mk();
  try {
    client.start();
    await sleep(800);
    assert.equal(client.connected, false, 'agent must not talk to a hub with an untrusted certificate');
    assert.equal(hub.fleet.host(HOST), undefined, 'hub got no hello');
    await client.stop();
    await hub.close();
    const hub2 = await startHub(hubConfig(dir, { tls: { certFile: good.cert, keyFile: good.key } }));
    client = new HubClient(side, { url: `wss://127.0.0.1:${hub2.port}/v1/agent`, stateDir: join(dir, 'agent'), tokenFile: join(dir, 'agent.token'), caFile: good.ca, reconnectMinMs: 50, reconnectMaxMs: 200, statusIntervalMs: 0 });
    client.start();
    await waitFor('TLS link up', () => client.connected);
    await client.stop();
    await hub2.close();
  } finally { rmSync(dir, { recursive: true, force: true }); }
});

test('malformed, truncated, oversized, random and text frames close that connection only; hub keeps serving', async () => {
  const dir = tempDir('frames');
  const hub = await startHub(hubConfig(dir, { maxPayloadBytes: 64 * 1024 }));
  try {
    const valid = Envelope.encode({ seq: 1, zoneChange: { uuid: 'x'.repeat(40), type: 1 } }).finish();
    const cases: Array<[string, (ws: WebSocket) => void, number]> = [
      ['random bytes', (ws) => ws.send(Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f, 0x01, 0x02])), 1007],
      ['truncated envelope', (ws) => ws.send(valid.subarray(0, valid.length - 5)), 1007],
      ['text frame', (ws) => ws.send('hello'), 1007],
      ['oversized frame', (ws) => ws.send(randomBytes(128 * 1024)), 1009],
      ['data before hello', (ws) => ws.send(valid), 1008],
    ];
    for (const [name, send, code] of cases) {
      const ws = rawAgent(hub.port);
      await new Promise((r) => ws.on('open', r));
      const done = closed(ws);
      send(ws);
      const r = await done;
      assert.equal(r.code, code, `${name}: close code`);
    }
    // after a hello, random frames too
    const ws = rawAgent(hub.port);
    await new Promise((r) => ws.on('open', r));
    const done = closed(ws);
    ws.send(hello());
    await sleep(100);
    ws.send(randomBytes(300));
    const r = await done;
    assert.ok([1007, 1008].includes(r.code));
    assert.ok(r.errors.length === 1, 'one Error message before the close');
    const hosts = await getJson<unknown[]>(hub.port, '/api/hosts');
    assert.ok(Array.isArray(hosts), 'hub still serving');
  } finally { await hub.close(); rmSync(dir, { recursive: true, force: true }); }
});

test('agent closes the link on garbage from the hub and keeps running; protoc decodes its frames', async () => {
  const dir = tempDir('fakehub');
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await new Promise((r) => wss.once('listening', r));
  const port = (wss.address() as { port: number }).port;
  const frames: Buffer[] = [];
  let conns = 0;
  wss.on('connection', (ws) => {
    conns++;
    ws.on('message', (d) => {
      frames.push(d as Buffer);
      const e = Envelope.decode(d as Buffer);
      if (e.body === 'hello') {
        ws.send(Envelope.encode({ seq: 0, welcome: { version: 1, ackedSeq: 0 } }).finish());
        setTimeout(() => ws.send(conns === 1 ? randomBytes(64) : Buffer.from([0x0a, 0xff])), 200);
      }
    });
  });
  const side = new FakeAgentSide();
  side.zoneMap.set('z1', { uuid: '2f4f6a63-0b1e-4a7c-9c89-0e0d2f1a7b11', alias: 'web', brand: 'joyent', state: 'running' });
  const client = new HubClient(side, { url: `ws://127.0.0.1:${port}/v1/agent`, stateDir: join(dir, 'agent'), reconnectMinMs: 50, reconnectMaxMs: 100, statusIntervalMs: 0 });
  try {
    client.start();
    side.cycle({ timeMs: 1, samples: [{ zone: '2f4f6a63-0b1e-4a7c-9c89-0e0d2f1a7b11', name: 'smartos_zone_cpu_seconds_total', value: 18446744073709551615n }] });
    await waitFor('two connections (garbage closed the first)', () => conns >= 3, 5000);
    const snap = frames.find((f) => Envelope.decode(f).body === 'zoneSnapshot')!;
    const batch = frames.find((f) => Envelope.decode(f).body === 'metrics')!;
    for (const [frame, expect] of [[snap, /alias: "web"/], [batch, /int_values: -1/]] as const) {
      const bin = join(dir, 'frame.bin');
      writeFileSync(bin, frame);
      const r = spawnSync('protoc', ['--decode', 'zonelet.v1.Envelope', '-I', join(root, 'proto'), 'zonelet.proto'], { input: readFileSync(bin), encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, expect);
    }
  } finally {
    await client.stop();
    await new Promise((r) => wss.close(r));
    rmSync(dir, { recursive: true, force: true });
  }
});
