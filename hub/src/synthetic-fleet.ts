/**
 * A synthetic fleet for the fleet page and load tests: N hosts x M zones speaking the real agent protocol
 * (proto/zonelet.proto) over WebSocket to a running hub, with changing CPU, memory and DTrace-style latency
 * histograms, one noisy zone per host, and an agent-like answer to commands (progress, zone change, result).
 *
 * Theory of operation: each host is one WebSocket client. After hello/welcome it sends a zone snapshot, the series
 * dictionary (in chunks) and a keyframe, then one delta batch (only changed series, ids gap-coded, integer deltas)
 * plus a host status per interval, with a keyframe every 30 batches. Histograms are cumulative `_bucket{le}`
 * counters on the llquantize(ns, 10, 3, 9, 10) grid the shipped DTrace scripts use (or one bucket per decade with
 * --buckets decade, which keeps a 20,000-zone fleet light for the hub), filled from a log-normal latency model per
 * zone. There is no disk spool: on a reconnect a host starts a new stream (new stream id), which the hub treats as
 * a fresh sequence space, and sends everything again. Everything derives from --seed, so runs are repeatable.
 *
 * CLI (compiled: node hub/dist/hub/src/synthetic-fleet.js):
 *   init --dir DIR [--hosts 50] [--seed 1] [--listen 127.0.0.1:8080]   write DIR/hub.json and per-host tokens
 *   --hub URL --dir DIR [--hosts 50] [--zones 400] [--interval 10] [--seed 1] [--buckets full|decade] [--action-delay-ms 1500]
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { WebSocket } from 'ws';
import { zonelet } from '../../proto/gen/zonelet.js';

const Envelope = zonelet.v1.Envelope;
const Kind = zonelet.v1.SeriesDef.Kind;
const Status = zonelet.v1.CommandResult.Status;
const MiB = 1024 * 1024;

export interface SyntheticHostIdentity { uuid: string; hostname: string }
export interface SyntheticFleetOptions {
  hub: string; // http(s):// or ws(s):// base URL of the hub
  dir: string; // holds tokens/<host uuid>.token (written by writeSyntheticHubConfig)
  hosts: number;
  zones: number; // per host
  intervalMs: number;
  seed: number;
  buckets: 'full' | 'decade';
  actionDelayMs: number;
  onError?: (host: string, err: Error) => void;
}

/** Deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function stableUuid(...parts: Array<string | number>): string {
  const h = createHash('sha256').update(parts.join(':')).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[parseInt(h[16], 16) % 4]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function syntheticHosts(seed: number, n: number): SyntheticHostIdentity[] {
  return Array.from({ length: n }, (_, i) => ({ uuid: stableUuid('zonelet-synthetic-host', seed, i), hostname: `cn${String(i + 1).padStart(3, '0')}` }));
}

/** Writes DIR/hub.json (a hub config listing the synthetic hosts) and a random token per host; returns the config path. */
export function writeSyntheticHubConfig(dir: string, o: { hosts: number; seed: number; listen?: string; dbFile?: string }): string {
  mkdirSync(join(dir, 'tokens'), { recursive: true, mode: 0o700 });
  const agents = syntheticHosts(o.seed, o.hosts).map((h) => {
    const tokenFile = resolve(dir, 'tokens', `${h.uuid}.token`);
    writeFileSync(tokenFile, `${randomBytes(24).toString('hex')}\n`, { mode: 0o600 });
    return { hostUuid: h.uuid, tokenFile };
  });
  const cfg = { listen: o.listen ?? '127.0.0.1:8080', agents, dbFile: resolve(o.dbFile ?? join(dir, 'hub.db')), hubId: 'synthetic-hub' };
  const file = join(dir, 'hub.json');
  writeFileSync(file, `${JSON.stringify(cfg, null, 2)}\n`);
  return file;
}

/** Bucket lower bounds (ns) of llquantize(10, 3, 9, 10), or one per decade; slot 0 is the underflow bucket. */
function bucketUppers(kind: 'full' | 'decade'): Array<bigint | null> {
  const lowers: bigint[] = [];
  for (let m = 3; m <= 9; m++) {
    const base = 10n ** BigInt(m);
    if (kind === 'decade') lowers.push(base);
    else for (let k = 1n; k <= 9n; k++) lowers.push(base * k);
  }
  const nexts = [1000n, ...lowers.slice(1), 10n ** 10n];
  return [...nexts.map((n) => n - 1n), null]; // inclusive upper bound in ns; null = +Inf
}

function leLabel(ns: bigint | null): string {
  if (ns === null) return '+Inf';
  const s = ns.toString().padStart(10, '0');
  return `${s.slice(0, -9)}.${s.slice(-9)}`.replace(/0+$/, '').replace(/\.$/, '');
}

/** Standard normal CDF (Abramowitz-Stegun 7.1.26). */
function phi(x: number): number {
  const t = 1 / (1 + 0.3275911 * Math.abs(x) / Math.SQRT2);
  const y = 1 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-(x * x) / 2);
  return x >= 0 ? (1 + y) / 2 : (1 - y) / 2;
}

const ROLES = ['web', 'api', 'db', 'cache', 'queue', 'build', 'search', 'batch'];
const BRANDS = ['joyent', 'joyent', 'joyent-minimal', 'lx', 'lx', 'bhyve', 'kvm'];
const RAMS = [512, 1024, 2048, 4096, 8192, 16384];

interface Hist { ids: number[]; cum: number[]; sumId: number; countId: number; sum: number; count: number }
interface SynZone {
  z: zonelet.v1.IZone;
  noisy: boolean;
  activity: number;
  rssFrac: number;
  cpuSeconds: number;
  ids: { usage?: number; cap?: number; cpuSeconds: number; rss: number; memCap: number };
  runq: Hist; read: Hist; write: Hist;
}

/** One synthetic host: a WebSocket client that behaves like a zonelet agent on the wire. */
export class SyntheticHost {
  readonly zones = new Map<string, SynZone>();
  private ws: WebSocket | null = null;
  private seq = 0;
  private batch = 0;
  private epoch = 0;
  private sinceKeyframe = 0;
  private defs: zonelet.v1.ISeriesDef[] = [];
  private ints = new Map<number, number>(); // id -> value (all fit in 2^53 here)
  private floats = new Map<number, number>();
  private sent = new Map<number, number>(); // id -> value as last sent
  private nextId = 1;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private readonly rand: () => number;
  private readonly results = new Map<string, zonelet.v1.ICommandResult>();
  private readonly uppers: Array<bigint | null>;
  private readonly started = Date.now();
  connected = false;

  constructor(readonly id: SyntheticHostIdentity, private readonly index: number, private readonly o: SyntheticFleetOptions, private readonly token: string) {
    this.rand = rng(o.seed * 7919 + index);
    this.uppers = bucketUppers(o.buckets);
    const owners = Array.from({ length: 12 }, (_, k) => stableUuid('zonelet-synthetic-owner', o.seed, k));
    const noisyAt = Math.floor(this.rand() * o.zones);
    for (let i = 0; i < o.zones; i++) {
      const r = this.rand;
      const uuid = stableUuid('zonelet-synthetic-zone', o.seed, index, i);
      const ram = RAMS[Math.floor(r() * RAMS.length)];
      const cap = [50, 100, 200, 400, 800][Math.floor(r() * 5)];
      const noisy = i === noisyAt;
      const z: zonelet.v1.IZone = {
        uuid, alias: `${noisy ? 'build' : ROLES[Math.floor(r() * ROLES.length)]}-${String(index + 1).padStart(2, '0')}-${String(i + 1).padStart(3, '0')}`,
        brand: BRANDS[Math.floor(r() * BRANDS.length)], state: r() < 0.08 && !noisy ? 'stopped' : 'running', ownerUuid: owners[Math.floor(r() * owners.length)],
        imageUuid: stableUuid('zonelet-synthetic-image', Math.floor(r() * 5)), ram, maxPhysicalMemory: ram, quota: 25 * (1 + Math.floor(r() * 8)),
        cpuCap: cap, cpuShares: ram / 4, nics: [], createTimestamp: new Date(Date.now() - r() * 3e10).toISOString(), zoneid: i + 1,
      };
      z.zoneState = z.state === 'running' ? 'running' : 'installed';
      this.zones.set(uuid, {
        z, noisy, activity: noisy ? 0.9 : 0.03 + r() * 0.3, rssFrac: noisy ? 0.95 : 0.2 + r() * 0.6, cpuSeconds: r() * 1e5,
        ids: { cpuSeconds: 0, rss: 0, memCap: 0 }, runq: this.emptyHist(), read: this.emptyHist(), write: this.emptyHist(),
      });
    }
  }

  private emptyHist(): Hist { return { ids: [], cum: this.uppers.map(() => 0), sumId: 0, countId: 0, sum: 0, count: 0 }; }

  start(): void {
    this.stopped = false;
    this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    const ws = this.ws;
    if (!ws || ws.readyState === WebSocket.CLOSED) return;
    await new Promise<void>((res) => { ws.once('close', () => res()); ws.close(1000, 'synthetic host stopping'); setTimeout(() => { ws.terminate(); res(); }, 1000).unref(); });
  }

  private connect(): void {
    const url = new URL('/v1/agent', this.o.hub.replace(/^http/, 'ws'));
    const ws = new WebSocket(url, { headers: { authorization: `Bearer ${this.token}` }, maxPayload: 64 * MiB, perMessageDeflate: false });
    this.ws = ws;
    ws.binaryType = 'nodebuffer';
    ws.on('open', () => {
      this.seq = 0;
      ws.send(Envelope.encode({ seq: 0, hello: {
        supportedVersions: [1], hostUuid: this.id.uuid, hostname: this.id.hostname, agentVersion: '0.1.0-synthetic',
        bootId: randomUUID(), streamId: randomUUID(), firstSeq: 0, lastSeq: 0, platform: '20240815T000000Z',
      } }).finish());
    });
    ws.on('message', (data: Buffer) => {
      try { this.onMessage(Envelope.decode(data)); } catch (err) { this.o.onError?.(this.id.hostname, err as Error); ws.terminate(); }
    });
    ws.on('error', (err) => this.o.onError?.(this.id.hostname, err));
    ws.on('close', () => {
      this.connected = false;
      if (this.timer) clearInterval(this.timer);
      this.timer = null;
      if (!this.stopped) setTimeout(() => { if (!this.stopped) this.connect(); }, 1000).unref();
    });
  }

  private onMessage(env: zonelet.v1.Envelope): void {
    if (env.body === 'welcome') { this.onWelcome(); return; }
    if (env.body === 'error') { this.o.onError?.(this.id.hostname, new Error(`hub error: ${env.error?.message}`)); return; }
    if (env.body === 'command') this.onCommand(env.command as zonelet.v1.Command);
  }

  private send(body: Omit<zonelet.v1.IEnvelope, 'seq'>): void {
    if (this.ws?.readyState !== WebSocket.OPEN) return;
    this.ws.send(Envelope.encode({ ...body, seq: ++this.seq }).finish());
  }

  private onWelcome(): void {
    this.connected = true;
    this.send({ zoneSnapshot: { timeMs: Date.now(), zones: [...this.zones.values()].map((s) => s.z) } });
    this.defineSeries();
    this.sendBatch(true);
    // stagger hosts over the interval so the hub sees a steady trickle, not a thundering herd
    const offset = (this.index * this.o.intervalMs) / Math.max(1, this.o.hosts);
    setTimeout(() => {
      if (!this.connected || this.stopped || this.timer) return;
      this.timer = setInterval(() => this.tick(), this.o.intervalMs);
    }, offset).unref();
  }

  private def(zone: string, name: string, kind: zonelet.v1.SeriesDef.Kind, labels: Record<string, string> = {}): number {
    const id = this.nextId++;
    this.defs.push({ id, zone, name, kind, labels: Object.entries(labels).map(([n, value]) => ({ name: n, value })) });
    return id;
  }

  private defineHist(zone: string, family: string, h: Hist, labels: Record<string, string>): void {
    h.ids = this.uppers.map((u) => this.def(zone, `${family}_bucket`, Kind.INT, { ...labels, le: leLabel(u) }));
    h.sumId = this.def(zone, `${family}_sum`, Kind.FLOAT, labels);
    h.countId = this.def(zone, `${family}_count`, Kind.INT, labels);
  }

  /** A new epoch with every series defined again (after each connect: a new stream). */
  private defineSeries(): void {
    this.epoch++;
    this.nextId = 1;
    this.defs = [];
    this.ints.clear(); this.floats.clear(); this.sent.clear();
    for (const s of this.zones.values()) this.defineZone(s);
    this.flushDefs(true);
    for (const s of this.zones.values()) this.sample(s, 0);
  }

  private defineZone(s: SynZone): void {
    const u = s.z.uuid!;
    s.ids = {
      usage: this.def(u, 'smartos_zone_cpu_cap_usage_cpus', Kind.FLOAT), cap: this.def(u, 'smartos_zone_cpu_cap_cpus', Kind.FLOAT),
      cpuSeconds: this.def(u, 'smartos_zone_cpu_seconds_total', Kind.FLOAT),
      rss: this.def(u, 'smartos_zone_memory_rss_bytes', Kind.INT), memCap: this.def(u, 'smartos_zone_memory_cap_bytes', Kind.INT),
    };
    this.defineHist(u, 'smartos_zone_run_queue_latency_seconds', s.runq, {});
    this.defineHist(u, 'smartos_zone_vfs_latency_seconds', s.read, { op: 'read' });
    this.defineHist(u, 'smartos_zone_vfs_latency_seconds', s.write, { op: 'write' });
  }

  private flushDefs(reset: boolean, retired: number[] = []): void {
    const CHUNK = 20_000;
    for (let i = 0; i < Math.max(1, this.defs.length); i += CHUNK) {
      this.send({ dictionary: { epoch: this.epoch, reset: reset && i === 0, defs: this.defs.slice(i, i + CHUNK), retired: i === 0 ? retired : [] } });
    }
    this.defs = [];
  }

  /** Adds `n` log-normal latencies (median in ns) to a cumulative histogram. */
  private fill(h: Hist, n: number, medianNs: number, sigma: number): void {
    if (n <= 0) return;
    const mu = Math.log(medianNs);
    let prevP = 0;
    let added = 0;
    for (let i = 0; i < this.uppers.length; i++) {
      const u = this.uppers[i];
      const p = u === null ? 1 : phi((Math.log(Number(u) + 1) - mu) / sigma);
      const k = Math.round(n * (p - prevP) * (0.85 + 0.3 * this.rand()));
      prevP = p;
      added += k;
      for (let j = i; j < h.cum.length; j++) h.cum[j] += k;
    }
    h.count += added;
    h.sum += (added * medianNs * Math.exp((sigma * sigma) / 2)) / 1e9;
  }

  /** Advances one zone's workload by dt seconds and records its series values. */
  private sample(s: SynZone, dt: number): void {
    const r = this.rand;
    const running = s.z.state === 'running';
    const capCpus = (s.z.cpuCap ?? 100) / 100;
    if (running && dt > 0) {
      s.activity = s.noisy ? Math.min(1, 0.75 + 0.3 * r()) : Math.min(0.6, Math.max(0.01, s.activity + (r() - 0.5) * 0.06));
      s.rssFrac = Math.min(0.99, Math.max(0.05, s.rssFrac + (r() - 0.5) * 0.02));
      s.cpuSeconds += s.activity * capCpus * dt;
      const events = dt * (s.noisy ? 40_000 : 2_000 + 20_000 * s.activity);
      // the noisy zone queues behind its own cap: run-queue latency in the milliseconds, neighbours in microseconds
      this.fill(s.runq, events, s.noisy ? 4e6 * (0.5 + r()) : 15_000 + 80_000 * s.activity, s.noisy ? 1.1 : 0.9);
      this.fill(s.read, events / 8, s.noisy ? 2.5e6 : 60_000, 1.3);
      this.fill(s.write, events / 20, s.noisy ? 8e6 : 300_000, 1.4);
    }
    const usage = running ? s.activity * capCpus : 0;
    this.floats.set(s.ids.usage!, usage);
    this.floats.set(s.ids.cap!, capCpus);
    this.floats.set(s.ids.cpuSeconds, s.cpuSeconds);
    this.ints.set(s.ids.rss, running ? Math.round(s.rssFrac * Number(s.z.maxPhysicalMemory) * MiB) : 0);
    this.ints.set(s.ids.memCap, Number(s.z.maxPhysicalMemory) * MiB);
    for (const h of [s.runq, s.read, s.write]) {
      h.ids.forEach((id, i) => this.ints.set(id, h.cum[i]));
      this.ints.set(h.countId, h.count);
      this.floats.set(h.sumId, h.sum);
    }
  }

  private tick(): void {
    if (!this.connected || !this.ws) return;
    if (this.ws.bufferedAmount > 16 * MiB) return; // the hub is behind: skip this interval (no spool here)
    const dt = this.o.intervalMs / 1000;
    for (const s of this.zones.values()) this.sample(s, dt);
    this.sendBatch(++this.sinceKeyframe >= 30);
    const running = [...this.zones.values()].filter((s) => s.z.state === 'running').length;
    this.send({ hostStatus: { timeMs: Date.now(), uptimeSeconds: Math.floor((Date.now() - this.started) / 1000), zonesTotal: this.zones.size, zonesRunning: running, spoolBytes: 0, droppedBatchesTotal: 0 } });
  }

  private sendBatch(keyframe: boolean): void {
    if (keyframe) this.sinceKeyframe = 0;
    const intIds: number[] = [], intValues: number[] = [], floatIds: number[] = [], floatValues: number[] = [];
    let last = 0;
    for (const id of [...this.ints.keys()].sort((a, b) => a - b)) {
      const v = this.ints.get(id)!;
      const before = keyframe ? 0 : this.sent.get(id);
      if (!keyframe && before === v) continue;
      intIds.push(id - last); last = id;
      intValues.push(v - (before ?? 0));
      this.sent.set(id, v);
    }
    last = 0;
    for (const id of [...this.floats.keys()].sort((a, b) => a - b)) {
      const v = this.floats.get(id)!;
      if (!keyframe && this.sent.get(id) === v) continue;
      floatIds.push(id - last); last = id;
      floatValues.push(v);
      this.sent.set(id, v);
    }
    this.send({ metrics: { batch: ++this.batch, epoch: this.epoch, keyframe, timeMs: Date.now(), intIds, intValues, floatIds, floatValues } });
  }

  private progress(id: string, phase: string, message: string): void {
    this.send({ commandProgress: { id, timeMs: Date.now(), phase, message } });
  }

  private setState(s: SynZone, state: string, zoneState: string): void {
    s.z.state = state;
    s.z.zoneState = zoneState;
    this.send({ zoneChange: { timeMs: Date.now(), type: zonelet.v1.ZoneChange.Type.MODIFY, uuid: s.z.uuid, zone: s.z, fields: ['state', 'zone_state'] } });
  }

  private finish(result: zonelet.v1.ICommandResult): void {
    this.results.set(result.id!, result);
    this.send({ commandResult: { ...result, timeMs: Date.now() } });
  }

  /** Like the action engine: idempotent by command id, progress first, the zone change before the result. */
  private onCommand(c: zonelet.v1.Command): void {
    const done = this.results.get(c.id);
    if (done) { this.send({ commandResult: done }); return; }
    if (this.results.has(`running:${c.id}`)) return;
    const fail = (status: zonelet.v1.CommandResult.Status, message: string) => this.finish({ id: c.id, status, message, zoneUuid: c.zoneUuid });
    if (Number(c.deadlineMs) > 0 && Number(c.deadlineMs) < Date.now()) { fail(Status.EXPIRED, 'deadline passed before the command could start'); return; }
    const s = this.zones.get(c.zoneUuid);
    if (!s) { fail(Status.FAILED, `no such zone ${c.zoneUuid || '(none)'} on ${this.id.hostname}`); return; }
    const want: Record<string, { from: string[]; via?: [string, string]; to?: [string, string] }> = {
      start: { from: ['stopped'], to: ['running', 'running'] },
      stop: { from: ['running'], via: ['stopping', 'shutting_down'], to: ['stopped', 'installed'] },
      reboot: { from: ['running'], via: ['stopping', 'shutting_down'], to: ['running', 'running'] },
      delete: { from: ['running', 'stopped', 'failed'] },
    };
    const w = want[c.action];
    if (!w) { fail(Status.REFUSED, `action ${c.action} is not allowed from the hub on this synthetic host`); return; }
    if (!w.from.includes(s.z.state ?? '')) { fail(Status.FAILED, `cannot ${c.action} zone ${s.z.alias}: it is ${s.z.state}`); return; }
    this.results.set(`running:${c.id}`, { id: c.id });
    this.progress(c.id, 'accepted', `${c.action} ${s.z.alias}`);
    const half = this.o.actionDelayMs / 2;
    setTimeout(() => {
      this.progress(c.id, 'running', `vmadm ${c.action} ${s.z.uuid}`);
      if (w.via) this.setState(s, w.via[0], w.via[1]);
      setTimeout(() => {
        this.results.delete(`running:${c.id}`);
        if (c.action === 'delete') {
          this.zones.delete(s.z.uuid!);
          this.send({ zoneChange: { timeMs: Date.now(), type: zonelet.v1.ZoneChange.Type.DELETE, uuid: s.z.uuid } });
          this.flushDefs(false, [s.ids.usage!, s.ids.cap!, s.ids.cpuSeconds, s.ids.rss, s.ids.memCap, ...[s.runq, s.read, s.write].flatMap((h) => [...h.ids, h.sumId, h.countId])]);
          for (const id of [s.ids.usage!, s.ids.cap!, s.ids.cpuSeconds, s.ids.rss, s.ids.memCap]) { this.ints.delete(id); this.floats.delete(id); }
          for (const h of [s.runq, s.read, s.write]) for (const id of [...h.ids, h.sumId, h.countId]) { this.ints.delete(id); this.floats.delete(id); }
        } else {
          this.setState(s, w.to![0], w.to![1]);
          if (c.action === 'reboot') s.z.zoneid = (s.z.zoneid ?? 0) + 1000;
        }
        this.finish({ id: c.id, status: Status.OK, message: `${c.action} ${s.z.alias}: done`, zoneUuid: s.z.uuid });
      }, half).unref();
    }, half).unref();
  }
}

/** Starts every host; resolves once each has had its first welcome (or after `readyTimeoutMs`). */
export async function runSyntheticFleet(o: SyntheticFleetOptions, readyTimeoutMs = 30_000): Promise<{ hosts: SyntheticHost[]; stop(): Promise<void> }> {
  const hosts = syntheticHosts(o.seed, o.hosts).map((id, i) => {
    let token: string;
    try { token = readFileSync(join(o.dir, 'tokens', `${id.uuid}.token`), 'utf8').trim(); } catch (err) {
      throw new Error(`synthetic host ${id.hostname} (${id.uuid}): no token in ${o.dir}/tokens; run "init --dir ${o.dir} --hosts ${o.hosts} --seed ${o.seed}" and start the hub with its hub.json (${(err as Error).message})`);
    }
    return new SyntheticHost(id, i, o, token);
  });
  for (const h of hosts) h.start();
  const end = Date.now() + readyTimeoutMs;
  while (hosts.some((h) => !h.connected) && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
  return { hosts, stop: async () => { await Promise.all(hosts.map((h) => h.stop())); } };
}

function parseArgs(argv: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) { if (i === 0) { out._ = a; continue; } throw new Error(`unexpected argument ${a}`); }
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new Error(`${a}: expected a value`);
    out[a.slice(2)] = v;
    i++;
  }
  return out;
}

function intArg(a: Record<string, string>, name: string, dflt: number, min: number): number {
  if (a[name] === undefined) return dflt;
  const n = Number(a[name]);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name}: expected an integer >= ${min}, got ${a[name]}`);
  return n;
}

const USAGE = `usage:
  synthetic-fleet init --dir DIR [--hosts 50] [--seed 1] [--listen 127.0.0.1:8080]
  synthetic-fleet --hub URL --dir DIR [--hosts 50] [--zones 400] [--interval 10] [--seed 1] [--buckets full|decade] [--action-delay-ms 1500]`;

export async function main(argv: string[]): Promise<number> {
  let a: Record<string, string>;
  try { a = parseArgs(argv); } catch (err) { console.error(`${(err as Error).message}\n${USAGE}`); return 2; }
  try {
    const known = new Set(['_', 'hub', 'dir', 'hosts', 'zones', 'interval', 'seed', 'buckets', 'action-delay-ms', 'listen']);
    for (const k of Object.keys(a)) if (!known.has(k)) throw new Error(`unknown option --${k}`);
    if (!a.dir) throw new Error('--dir: required (where the hub config and host tokens live)');
    const hosts = intArg(a, 'hosts', 50, 1);
    const seed = intArg(a, 'seed', 1, 0);
    if (a._ === 'init') {
      const file = writeSyntheticHubConfig(a.dir, { hosts, seed, listen: a.listen });
      console.log(JSON.stringify({ msg: 'synthetic hub config written', file, hosts }));
      return 0;
    }
    if (a._ !== undefined) throw new Error(`unknown subcommand ${a._}`);
    if (!a.hub || !/^(https?|wss?):\/\//.test(a.hub)) throw new Error('--hub: expected the hub URL, e.g. http://127.0.0.1:8080');
    const buckets = a.buckets ?? 'full';
    if (buckets !== 'full' && buckets !== 'decade') throw new Error(`--buckets: expected full or decade, got ${buckets}`);
    const o: SyntheticFleetOptions = {
      hub: a.hub, dir: a.dir, hosts, seed, buckets, zones: intArg(a, 'zones', 400, 1), intervalMs: intArg(a, 'interval', 10, 1) * 1000,
      actionDelayMs: intArg(a, 'action-delay-ms', 1500, 0),
      onError: (host, err) => console.error(JSON.stringify({ msg: 'synthetic host error', host, error: err.message })),
    };
    const fleet = await runSyntheticFleet(o);
    console.log(JSON.stringify({ msg: 'synthetic fleet running', hosts, zones: hosts * o.zones, connected: fleet.hosts.filter((h) => h.connected).length }));
    await new Promise<void>((res) => { process.once('SIGTERM', res); process.once('SIGINT', res); });
    await fleet.stop();
    return 0;
  } catch (err) {
    console.error(`synthetic-fleet: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
}
