/**
 * Hub link benchmark (run: node --import tsx bench/hub-link.ts). Prints, side by side in one run:
 * 1. wire bytes per zone per interval at 1000 zones: delta batches vs a full snapshot (dictionary + all values) each time;
 * 2. zone change -> hub stored latency p50/p99 over loopback;
 * 3. hub ingest capacity in agents of 1000 zones at a 10 s interval, from a replayer of recorded agent frames.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import WebSocket from 'ws';
import { zonelet } from '../proto/gen/zonelet.js';
import { MetricsEncoder } from '../agent/src/hub/metrics-encoder.js';
import { HubClient } from '../agent/src/hub/client.js';
import type { HubSample, HubZoneChange } from '../agent/src/hub/sources.js';
import { startHub } from '../hub/src/server.js';

const Envelope = zonelet.v1.Envelope;
const ZONES = 1000, SERIES_INT = 30, SERIES_FLOAT = 6, INTERVALS = 30;
const uuid = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
let state = new Map<string, bigint>();
function cycle(t: number): HubSample[] {
  const out: HubSample[] = [];
  for (let z = 0; z < ZONES; z++) {
    const zone = uuid(z);
    for (let s = 0; s < SERIES_INT; s++) {
      const key = `${z}/${s}`;
      // a third of counters idle, others grow by realistic per-10 s amounts (bytes, ns, ops)
      const prev = state.get(key) ?? BigInt(z * 1_000_003 + s * 7919) * 1000n;
      const v = s % 3 === 0 ? prev : prev + BigInt(Math.floor(Math.random() * (s % 3 === 1 ? 5_000 : 50_000_000)));
      state.set(key, v);
      out.push({ zone, name: `smartos_zone_counter_${s}_total`, labels: s % 5 === 0 ? { op: 'read' } : undefined, value: v });
    }
    for (let s = 0; s < SERIES_FLOAT; s++) out.push({ zone, name: `smartos_zone_gauge_${s}`, value: s < 3 ? 1024 * 1024 * 512 : Math.round(Math.random() * 100) / 10 });
  }
  return out;
}

function bytesBench() {
  const enc = new MetricsEncoder(30);
  let delta = 0, full = 0, n = 0;
  const frames: Buffer[] = [];
  for (let t = 0; t < INTERVALS; t++) {
    const samples = cycle(t);
    const e = enc.encode({ timeMs: Date.now() + t * 10_000, samples });
    let b = Envelope.encode({ seq: t + 1, metrics: e.batch }).finish().length;
    if (e.dictionary && t > 0) b += Envelope.encode({ seq: t + 1, dictionary: e.dictionary }).finish().length;
    // full snapshot each interval: fresh encoder = full dictionary + keyframe
    const f = new MetricsEncoder(30).encode({ timeMs: 0, samples });
    const fb = Envelope.encode({ seq: 1, dictionary: f.dictionary }).finish().length + Envelope.encode({ seq: 1, metrics: f.batch }).finish().length;
    if (t > 0) { delta += b; full += fb; n++; }
    if (t === 0) frames.push(Buffer.from(Envelope.encode({ seq: 1, dictionary: e.dictionary }).finish()));
    frames.push(Buffer.from(Envelope.encode({ seq: frames.length + 1, metrics: e.batch }).finish()));
  }
  const perZoneDelta = delta / n / ZONES, perZoneFull = full / n / ZONES;
  console.log(`bytes/zone/interval at ${ZONES} zones x ${SERIES_INT + SERIES_FLOAT} series: delta (keyframe every 30 amortized) ${perZoneDelta.toFixed(1)}, full snapshot ${perZoneFull.toFixed(1)}, ratio ${(perZoneDelta / perZoneFull).toFixed(3)}`);
  console.log(`spool for 1 h at 10 s: ~${((delta / n) * 360 / 1024 / 1024).toFixed(1)} MiB`);
  return frames;
}

async function latencyBench(dir: string) {
  writeFileSync(join(dir, 't'), 'tok\n');
  const host = '44454c4c-3800-1046-8050-b2c04f4a3132';
  const hub = await startHub({ listen: '127.0.0.1:0', agents: [{ hostUuid: host, tokenFile: join(dir, 't') }], dbFile: join(dir, 'lat.db'), metricsWindowSeconds: 3600, pingIntervalSeconds: 5, maxPayloadBytes: 64 << 20, hubId: 'bench' });
  const subs = new Set<(c: HubZoneChange) => void>();
  const zones = Array.from({ length: ZONES }, (_, i) => ({ uuid: uuid(i), brand: 'joyent', state: 'running', alias: `z${i}` }));
  const client = new HubClient({ identity: { hostUuid: host, hostname: 'b', agentVersion: 'bench' }, zones: { all: () => zones, subscribe: (f) => { subs.add(f); return () => subs.delete(f); } } },
    { url: `ws://127.0.0.1:${hub.port}/v1/agent`, stateDir: dir, tokenFile: join(dir, 't'), statusIntervalMs: 0 });
  client.start();
  while (!client.connected) await new Promise((r) => setTimeout(r, 20));
  const lat: number[] = [];
  for (let i = 0; i < 300; i++) {
    const z = { ...zones[i % ZONES], alias: `lat-${i}` };
    const t0 = performance.now();
    const got = new Promise<void>((res) => { const on = (e: { type: string; zone?: string }) => { if (e.type === 'zone' && e.zone === z.uuid) { hub.fleet.bus.off('event', on); res(); } }; hub.fleet.bus.on('event', on); });
    for (const f of subs) f({ type: 'modify', zone: z, fields: ['alias'] });
    await got;
    lat.push(performance.now() - t0);
    await new Promise((r) => setTimeout(r, 5));
  }
  lat.sort((a, b) => a - b);
  console.log(`zone change -> hub stored (fsync on both sides): p50 ${lat[150].toFixed(2)} ms, p99 ${lat[297].toFixed(2)} ms`);
  await client.stop();
  await hub.close();
}

async function ingestBench(dir: string, frames: Buffer[]) {
  const AGENTS = 20;
  const agents = Array.from({ length: AGENTS }, (_, i) => `10000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
  writeFileSync(join(dir, 'i'), 'tok\n');
  const hub = await startHub({ listen: '127.0.0.1:0', agents: agents.map((h, i) => { writeFileSync(join(dir, `tok${i}`), `tok${i}\n`); return { hostUuid: h, tokenFile: join(dir, `tok${i}`) }; }), dbFile: join(dir, 'ingest.db'), metricsWindowSeconds: 3600, pingIntervalSeconds: 30, maxPayloadBytes: 64 << 20, hubId: 'bench' });
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  await Promise.all(agents.map((h, i) => new Promise<void>((res) => {
    const ws = new WebSocket(`ws://127.0.0.1:${hub.port}/v1/agent`, { headers: { authorization: `Bearer tok${i}` }, perMessageDeflate: false });
    ws.on('open', () => ws.send(Envelope.encode({ seq: 0, hello: { supportedVersions: [1], hostUuid: h, streamId: `s${i}` } }).finish()));
    ws.on('message', (d) => {
      const e = Envelope.decode(d as Buffer);
      if (e.body === 'welcome') for (const f of frames) ws.send(f); // recorded frames, replayed as recorded
      if (e.body === 'ackMsg' && Number(e.ackMsg!.seq) === frames.length) { ws.close(); res(); }
    });
  })));
  const secs = (performance.now() - t0) / 1000;
  const batches = AGENTS * (frames.length - 1);
  const perBatch = secs / batches;
  console.log(`hub ingest: ${batches} batches of ${ZONES} zones in ${secs.toFixed(2)} s (${(perBatch * 1000).toFixed(1)} ms each; cpu ${((process.cpuUsage(cpu0).user + process.cpuUsage(cpu0).system) / 1e6).toFixed(1)} s incl. replayer)`);
  console.log(`=> one hub process ingests ~${Math.floor(10 / perBatch)} agents of ${ZONES} zones at a 10 s interval (one core)`);
  await hub.close();
}

const dir = mkdtempSync(join(tmpdir(), 'zonelet-bench-'));
try {
  const frames = bytesBench();
  state = new Map();
  await latencyBench(join(dir));
  await ingestBench(dir, frames);
} finally { rmSync(dir, { recursive: true, force: true }); }
