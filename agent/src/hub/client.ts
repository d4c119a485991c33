/**
 * The hub link: a resumable, sequenced WebSocket stream from the agent to the hub, commands back.
 *
 * Theory of operation
 * - Everything the agent tells the hub (zone snapshot/changes, series dictionary, metrics batches, gaps, host status,
 *   command progress/results) gets the next sequence number and goes into the disk spool (spool.ts) before it is
 *   sent. The socket is only a window onto the spool: after the handshake (AgentHello -> HubWelcome{acked_seq}) the
 *   agent sends every durable record after acked_seq in order, as fast as bufferedAmount allows; the hub acks what
 *   it has stored; acked records leave the spool. Nothing is queued in memory beyond ws's bounded send buffer.
 * - So a cut, a stall, a hub restart or an agent SIGKILL only delays: the hub deduplicates by seq, and sees every
 *   message exactly once, in order. Spool overflow drops the oldest metrics first and says so (Gap); zone state is
 *   replaced by a fresh snapshot only when nothing else can go.
 * - Dead peers: the agent pings every pingIntervalMs and terminates the socket when nothing (pong or data) has come
 *   back for deadAfterMs. Reconnects use full-jitter exponential backoff, reset after a link stayed up stableMs.
 * - Commands: each id is recorded in the spool dir before it is handed to the action engine, so a command re-sent
 *   after a reconnect or a restart never runs twice; progress and result travel back on the sequenced stream.
 */
import { appendFileSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import { Counter, Gauge, type Registry } from 'prom-client';
import { zonelet } from '../../../proto/gen/zonelet.js';
import { KIND_NAMES, RecordKind, Spool, SpoolFullError } from './spool.js';
import { MetricsEncoder } from './metrics-encoder.js';
import { toWireZone } from './zone-wire.js';
import type { HubCommand, HubCommandResult, HubMetricsCycle, HubSources, HubZone, HubZoneChange } from './sources.js';

const Envelope = zonelet.v1.Envelope;

/** A uint64 off the wire (number, or Long beyond 2^53) exactly; never rounded the way Number(Long) would be. */
function wireSeq(v: number | { toString(): string } | null | undefined): bigint {
  if (v == null) return 0n;
  if (typeof v === 'number') return Number.isSafeInteger(v) ? BigInt(v) : BigInt(Number.MAX_SAFE_INTEGER) + 1n;
  return BigInt.asUintN(64, BigInt(v.toString()));
}
export const PROTOCOL_VERSIONS = [1];
/** >= 1 h of a 1000-zone host at a 10 s interval (bench/hub-link.ts measures ~70 MiB/h) with headroom for zone churn. */
export const DEFAULT_SPOOL_MAX_BYTES = 256 * 1024 * 1024;

export interface HubLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  debug(obj: object, msg?: string): void;
}
const nullLogger: HubLogger = { info() {}, warn() {}, error() {}, debug() {} };

export interface HubClientOptions {
  url: string; // ws:// or wss://
  stateDir: string; // the spool lives in <stateDir>/hub-spool
  tokenFile?: string; // bearer token
  caFile?: string; // CA for the hub's certificate (default: system CAs); TLS is always verified
  certFile?: string; // client certificate (mTLS)
  keyFile?: string;
  spoolMaxBytes?: number;
  reconnectMinMs?: number; // backoff base (default 1000)
  reconnectMaxMs?: number; // backoff cap (default 60000)
  stableMs?: number; // a link up this long resets the backoff (default 30000)
  pingIntervalMs?: number; // default 2000
  deadAfterMs?: number; // default 6000
  handshakeTimeoutMs?: number; // default 10000
  highWaterBytes?: number; // stop sending while bufferedAmount is above (default 1 MiB)
  maxPayloadBytes?: number; // largest inbound frame accepted (default 4 MiB)
  keyframeEvery?: number; // metrics batches between keyframes (default 30)
  statusIntervalMs?: number; // host status period (default 60000; 0 = off)
  registry?: Registry;
  logger?: HubLogger;
}

interface LinkMetrics {
  connected: Gauge; reconnects: Counter; sent: Counter<'type'>; dropped: Counter;
}

export class HubClient {
  readonly spool: Spool;
  private readonly o: Required<Omit<HubClientOptions, 'tokenFile' | 'caFile' | 'certFile' | 'keyFile' | 'registry' | 'logger'>> & HubClientOptions;
  private readonly log: HubLogger;
  private readonly encoder: MetricsEncoder;
  private readonly bootId = randomUUID();
  private readonly seenFile: string;
  private seenCommands = new Set<string>();
  private ws: WebSocket | null = null;
  private welcomed = false;
  private sentSeq = 0;
  private attempt = 0;
  private stopped = true;
  private timers = new Set<NodeJS.Timeout>();
  private lastHeard = 0;
  private unsub: Array<() => void> = [];
  private exported = new Set<string>(); // zones currently in the stream (do_not_inventory left out)
  private m: LinkMetrics | null = null;
  private dropReported = 0;
  /** Fired for each hub ack (tests and the daemon's health view). */
  onAck: (seq: number) => void = () => {};
  onState: (state: 'connected' | 'disconnected') => void = () => {};

  constructor(private readonly sources: HubSources, opts: HubClientOptions) {
    this.o = {
      spoolMaxBytes: DEFAULT_SPOOL_MAX_BYTES, reconnectMinMs: 1000, reconnectMaxMs: 60_000, stableMs: 30_000,
      pingIntervalMs: 2000, deadAfterMs: 6000, handshakeTimeoutMs: 10_000, highWaterBytes: 1024 * 1024,
      maxPayloadBytes: 4 * 1024 * 1024, keyframeEvery: 30, statusIntervalMs: 60_000, ...opts,
    };
    if (!/^wss?:\/\//.test(this.o.url)) throw new Error(`hub.url: expected ws:// or wss://, got ${JSON.stringify(this.o.url)}`);
    this.log = opts.logger ?? nullLogger;
    const dir = join(opts.stateDir, 'hub-spool');
    this.spool = new Spool({ dir, maxBytes: this.o.spoolMaxBytes, onOverflow: () => this.replaceZoneState() });
    const r = this.spool.openReport;
    if (r.truncatedBytes > 0) this.log.warn({ truncatedBytes: r.truncatedBytes, dir }, 'hub spool: corrupt tail truncated');
    this.spool.onSynced = () => this.pump();
    this.seenFile = join(dir, 'commands-seen');
    if (existsSync(this.seenFile)) for (const l of readFileSync(this.seenFile, 'utf8').split('\n')) if (l) this.seenCommands.add(l);
    // a new epoch per process start: the previous process's encoder state is gone
    const epochFile = join(dir, 'metrics-epoch');
    const prev = existsSync(epochFile) ? Number(readFileSync(epochFile, 'utf8')) || 0 : 0;
    writeFileSync(epochFile, `${prev + 1}\n`);
    this.encoder = new MetricsEncoder(this.o.keyframeEvery, 1, prev + 1);
    if (opts.registry) this.m = this.registerMetrics(opts.registry);
  }

  /** Spools a fresh zone snapshot, subscribes to the sources and starts dialing. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.appendSnapshot();
    this.unsub.push(this.sources.zones.subscribe((c) => this.onZoneChange(c)));
    if (this.sources.metrics) this.unsub.push(this.sources.metrics.onCycle((c) => this.onMetrics(c)));
    if (this.o.statusIntervalMs > 0) this.every(this.o.statusIntervalMs, () => this.appendStatus());
    this.every(this.o.pingIntervalMs, () => this.heartbeat());
    this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const u of this.unsub) u();
    this.unsub = [];
    for (const t of this.timers) { clearTimeout(t); clearInterval(t); }
    this.timers.clear();
    const ws = this.ws;
    this.ws = null;
    if (ws) { ws.removeAllListeners(); ws.on('error', () => {}); ws.terminate(); }
    await this.spool.flush();
    this.spool.close();
    this.setConnected(false);
  }

  get connected(): boolean { return this.welcomed; }

  /** Appends a metrics cycle (also what the metrics source's onCycle feeds). */
  onMetrics(c: HubMetricsCycle): void {
    if (this.spool.forceKeyframe) { this.encoder.requestKeyframe(); this.spool.forceKeyframe = false; }
    const enc = this.encoder.encode(c);
    if (enc.dictionary) this.append(RecordKind.Dictionary, { dictionary: enc.dictionary });
    this.reportGap();
    this.append(enc.keyframe ? RecordKind.MetricsKeyframe : RecordKind.MetricsDelta, { metrics: enc.batch });
  }

  private onZoneChange(c: HubZoneChange): void {
    const now = Date.now();
    const T = zonelet.v1.ZoneChange.Type;
    if (c.type === 'delete') {
      if (!this.exported.delete(c.uuid)) return;
      this.append(RecordKind.ZoneChange, { zoneChange: { timeMs: now, type: T.DELETE, uuid: c.uuid } });
      return;
    }
    const z = c.zone;
    if (z.do_not_inventory) { // left out of the hub stream; if it was in, it leaves
      if (this.exported.delete(z.uuid)) this.append(RecordKind.ZoneChange, { zoneChange: { timeMs: now, type: T.DELETE, uuid: z.uuid } });
      return;
    }
    const known = this.exported.has(z.uuid);
    this.exported.add(z.uuid);
    const type = c.type === 'create' || !known ? T.CREATE : T.MODIFY;
    this.append(RecordKind.ZoneChange, {
      zoneChange: { timeMs: now, type, uuid: z.uuid, zone: toWireZone(z), fields: c.type === 'modify' ? c.fields : [] },
    });
  }

  private appendSnapshot(): void {
    const zones: HubZone[] = this.sources.zones.all().filter((z) => !z.do_not_inventory);
    this.exported = new Set(zones.map((z) => z.uuid));
    this.append(RecordKind.ZoneSnapshot, { zoneSnapshot: { timeMs: Date.now(), zones: zones.map(toWireZone) } });
  }

  private appendStatus(): void {
    const zones = this.sources.zones.all();
    this.append(RecordKind.HostStatus, {
      hostStatus: {
        timeMs: Date.now(), uptimeSeconds: Math.round(process.uptime()), zonesTotal: zones.length,
        zonesRunning: zones.filter((z) => z.state === 'running').length, spoolBytes: this.spool.bytes,
        droppedBatchesTotal: this.spool.droppedTotal,
      },
    });
  }

  /** Spool overflow with nothing droppable left: zone state gives way to a fresh snapshot and dictionary. */
  private replaceZoneState(): void {
    const n = this.spool.dropZoneState();
    if (n === 0) return;
    this.log.warn({ droppedZoneMessages: n }, 'hub spool full: zone messages replaced by a fresh snapshot');
    this.encoder.reset();
    queueMicrotask(() => {
      if (this.stopped) return;
      this.append(RecordKind.Gap, { gap: { reason: 'spool full: zone messages replaced by a snapshot', droppedZoneMessages: n } });
      this.appendSnapshot();
    });
  }

  private reportGap(): void {
    const d = this.spool.droppedBatches - this.dropReported;
    if (d <= 0) return;
    this.dropReported = this.spool.droppedBatches;
    this.m?.dropped.inc(d);
    this.append(RecordKind.Gap, { gap: { droppedBatches: d, reason: 'spool full: oldest metric batches dropped' } });
  }

  private append(kind: RecordKind, body: Omit<zonelet.v1.IEnvelope, 'seq'>): void {
    const seq = this.spool.takeSeq();
    const bytes = Envelope.encode({ seq, ...body }).finish();
    try {
      this.spool.append(seq, kind, bytes);
    } catch (err) {
      if (!(err instanceof SpoolFullError)) throw err;
      this.log.error({ err: err.message, kind: KIND_NAMES[kind] }, 'hub spool: message lost');
    }
    if (kind !== RecordKind.Gap && this.spool.droppedBatches > this.dropReported) this.reportGap();
  }

  // ---- connection ----

  private connect(): void {
    if (this.stopped) return;
    let ws: WebSocket;
    try {
      ws = new WebSocket(this.o.url, this.wsOptions());
    } catch (err) {
      this.log.error({ err: (err as Error).message }, 'hub: cannot dial');
      this.scheduleReconnect();
      return;
    }
    this.ws = ws;
    this.welcomed = false;
    const handshake = this.after(this.o.handshakeTimeoutMs, () => {
      if (this.ws === ws && !this.welcomed) { this.log.warn({}, 'hub: handshake timed out'); ws.terminate(); }
    });
    ws.on('open', () => {
      this.lastHeard = Date.now();
      const hello = {
        supportedVersions: PROTOCOL_VERSIONS, hostUuid: this.sources.identity.hostUuid, hostname: this.sources.identity.hostname,
        agentVersion: this.sources.identity.agentVersion, platform: this.sources.identity.platform ?? '', bootId: this.bootId,
        streamId: this.spool.streamId, firstSeq: this.spool.firstUnackedSeq, lastSeq: this.spool.lastSeq,
      };
      ws.send(Envelope.encode({ seq: 0, hello }).finish());
    });
    ws.on('message', (data, isBinary) => this.onFrame(ws, data as Buffer, isBinary));
    ws.on('pong', () => { this.lastHeard = Date.now(); });
    ws.on('error', (err) => this.log.warn({ err: err.message, url: this.o.url }, 'hub: link error'));
    ws.on('close', (code, reason) => {
      clearTimeout(handshake);
      this.timers.delete(handshake);
      if (this.ws !== ws) return;
      this.ws = null;
      this.log.info({ code, reason: reason.toString() }, 'hub: link closed');
      this.setConnected(false);
      this.scheduleReconnect();
    });
  }

  private wsOptions(): WebSocket.ClientOptions {
    const o: WebSocket.ClientOptions = {
      perMessageDeflate: false, maxPayload: this.o.maxPayloadBytes, handshakeTimeout: this.o.handshakeTimeoutMs,
      rejectUnauthorized: true, headers: {},
    };
    // read at every dial so rotated credentials take effect on the next connection
    if (this.o.tokenFile) o.headers!.authorization = `Bearer ${readFileSync(this.o.tokenFile, 'utf8').trim()}`;
    if (this.o.caFile) o.ca = readFileSync(this.o.caFile);
    if (this.o.certFile) o.cert = readFileSync(this.o.certFile);
    if (this.o.keyFile) o.key = readFileSync(this.o.keyFile);
    return o;
  }

  private onFrame(ws: WebSocket, data: Buffer, isBinary: boolean): void {
    this.lastHeard = Date.now();
    let env: zonelet.v1.Envelope;
    try {
      if (!isBinary) throw new Error('text frame');
      env = Envelope.decode(data);
    } catch (err) {
      this.protocolError(ws, zonelet.v1.Error.Code.BAD_FRAME, `undecodable frame from hub (${data.length} bytes): ${(err as Error).message}`);
      return;
    }
    if (env.ack != null && !this.handleAck(ws, wireSeq(env.ack))) return;
    switch (env.body) {
      case 'welcome': {
        const w = env.welcome!;
        if (!PROTOCOL_VERSIONS.includes(w.version ?? 0)) {
          this.protocolError(ws, zonelet.v1.Error.Code.UNSUPPORTED_VERSION, `hub chose protocol version ${w.version}; we speak ${PROTOCOL_VERSIONS}`);
          return;
        }
        if (!this.handleAck(ws, wireSeq(w.ackedSeq))) return;
        const acked = Number(w.ackedSeq); // safe: handleAck bounded it by lastSeq
        this.sentSeq = Math.max(acked, this.spool.acked);
        this.welcomed = true;
        this.setConnected(true);
        this.log.info({ acked, hubId: w.hubId, backlog: this.spool.lastSeq - this.sentSeq }, 'hub: link up');
        const stable = this.after(this.o.stableMs, () => { if (this.ws === ws && this.welcomed) this.attempt = 0; });
        ws.once('close', () => { clearTimeout(stable); this.timers.delete(stable); });
        this.pump();
        return;
      }
      case 'ackMsg': this.handleAck(ws, wireSeq(env.ackMsg!.seq)); return;
      case 'command': if (this.welcomed) this.onCommand(env.command!); return;
      case 'error': {
        const e = env.error!;
        this.log.error({ code: zonelet.v1.Error.Code[e.code ?? 0], message: e.message }, 'hub: error from hub');
        ws.close(1008, 'hub error');
        return;
      }
      default:
        this.protocolError(ws, zonelet.v1.Error.Code.PROTOCOL, `unexpected ${env.body ?? 'empty'} message from hub`);
    }
  }

  private protocolError(ws: WebSocket, code: zonelet.v1.Error.Code, message: string): void {
    this.log.error({ code: zonelet.v1.Error.Code[code], message }, 'hub: protocol error; closing link');
    try { ws.send(Envelope.encode({ seq: 0, error: { code, message } }).finish()); } catch { /* closing anyway */ }
    ws.close(code === zonelet.v1.Error.Code.BAD_FRAME ? 1007 : 1002, message.slice(0, 120));
    this.after(1000, () => ws.terminate());
  }

  /**
   * Applies a hub ack; false (link closed as a protocol error, spool kept) when it names a seq this agent never
   * wrote: advancing past it would make the hub drop our next messages as duplicates.
   */
  private handleAck(ws: WebSocket, seq: bigint): boolean {
    if (seq > BigInt(this.spool.lastSeq)) {
      this.protocolError(ws, zonelet.v1.Error.Code.PROTOCOL, `hub acked seq ${seq}, beyond the last seq this agent wrote (${this.spool.lastSeq})`);
      return false;
    }
    const n = Number(seq); // <= lastSeq, so exact
    if (!(n > this.spool.acked)) return true;
    this.spool.ack(n);
    this.onAck(n);
    this.pump();
    return true;
  }

  /** Sends durable records after sentSeq while the socket's buffer is below the high-water mark. */
  private pump(): void {
    const ws = this.ws;
    if (!ws || !this.welcomed || ws.readyState !== WebSocket.OPEN) return;
    while (ws.bufferedAmount < this.o.highWaterBytes) {
      const rec = this.spool.next(this.sentSeq);
      if (!rec) return;
      this.sentSeq = rec.seq;
      this.m?.sent.inc({ type: KIND_NAMES[rec.kind] });
      ws.send(rec.envelope, { binary: true }, (err) => { if (!err) this.pump(); });
    }
  }

  private heartbeat(): void {
    const ws = this.ws;
    if (!ws || ws.readyState !== WebSocket.OPEN) return;
    if (Date.now() - this.lastHeard > this.o.deadAfterMs) {
      this.log.warn({ silentMs: Date.now() - this.lastHeard }, 'hub: peer silent; terminating link');
      ws.terminate();
      return;
    }
    ws.ping();
  }

  private scheduleReconnect(): void {
    if (this.stopped) return;
    this.m?.reconnects.inc();
    const cap = Math.min(this.o.reconnectMaxMs, this.o.reconnectMinMs * 2 ** Math.min(this.attempt, 30));
    this.attempt++;
    this.after(Math.random() * cap, () => this.connect()); // full jitter
  }

  // ---- commands ----

  private onCommand(c: zonelet.v1.ICommand): void {
    const id = c.id ?? '';
    if (!id || this.seenCommands.has(id)) return; // re-sent after a reconnect: already taken
    this.seenCommands.add(id);
    appendFileSync(this.seenFile, `${id}\n`);
    if (this.seenCommands.size > 4096) this.compactSeen();
    this.append(RecordKind.CommandProgress, { commandProgress: { id, timeMs: Date.now(), phase: 'accepted', message: '' } });
    const result = (r: HubCommandResult) => {
      const S = zonelet.v1.CommandResult.Status;
      const status = { ok: S.OK, failed: S.FAILED, refused: S.REFUSED, expired: S.EXPIRED, unknown: S.UNKNOWN }[r.status];
      if (this.stopped) return;
      this.append(RecordKind.CommandResult, {
        commandResult: {
          id, timeMs: Date.now(), status, message: r.message, zoneUuid: r.zoneUuid ?? c.zoneUuid ?? '',
          detailJson: r.detail === undefined ? '' : JSON.stringify(r.detail),
        },
      });
    };
    let cmd: HubCommand;
    try {
      cmd = {
        id, action: c.action ?? '', zoneUuid: c.zoneUuid || undefined,
        payload: c.payloadJson ? JSON.parse(c.payloadJson) : undefined, deadlineMs: Number(c.deadlineMs ?? 0) || undefined,
      };
    } catch (err) {
      result({ id, status: 'refused', message: `payload_json is not JSON: ${(err as Error).message}` });
      return;
    }
    if (cmd.deadlineMs && Date.now() > cmd.deadlineMs) { result({ id, status: 'expired', message: 'deadline passed before start' }); return; }
    const actions = this.sources.actions;
    if (!actions) { result({ id, status: 'refused', message: 'this agent takes no actions from the hub' }); return; }
    actions.submit(cmd, (p) => {
      if (!this.stopped) this.append(RecordKind.CommandProgress, { commandProgress: { id, timeMs: Date.now(), phase: p.phase, message: p.message } });
    }).then(result, (err: unknown) => result({ id, status: 'failed', message: (err as Error)?.message ?? String(err) }));
  }

  private compactSeen(): void {
    const keep = [...this.seenCommands].slice(-2048);
    this.seenCommands = new Set(keep);
    writeFileSync(`${this.seenFile}.tmp`, keep.join('\n') + '\n');
    renameSync(`${this.seenFile}.tmp`, this.seenFile);
  }

  // ---- plumbing ----

  private setConnected(up: boolean): void {
    if (!up) this.welcomed = false;
    this.m?.connected.set(up ? 1 : 0);
    this.onState(up ? 'connected' : 'disconnected');
  }

  private after(ms: number, fn: () => void): NodeJS.Timeout {
    const t = setTimeout(() => { this.timers.delete(t); fn(); }, ms);
    this.timers.add(t);
    return t;
  }

  private every(ms: number, fn: () => void): void {
    const t = setInterval(fn, ms);
    t.unref();
    this.timers.add(t);
  }

  private registerMetrics(registry: Registry): LinkMetrics {
    const spool = this.spool;
    const r = [registry];
    new Gauge({ name: 'zonelet_hub_spool_bytes', help: 'Bytes of unsent and unacked hub messages in the disk spool', registers: r, collect() { this.set(spool.bytes); } });
    new Gauge({ name: 'zonelet_hub_spool_max_bytes', help: 'Bound of the hub spool in bytes', registers: r, collect() { this.set(spool.maxBytes); } });
    new Gauge({ name: 'zonelet_hub_unacked_messages', help: 'Spooled messages the hub has not acked yet', registers: r, collect() { this.set(spool.unacked); } });
    return {
      connected: new Gauge({ name: 'zonelet_hub_connected', help: '1 while the hub link is up (handshake done)', registers: r }),
      reconnects: new Counter({ name: 'zonelet_hub_reconnects_total', help: 'Times the agent dialed the hub again after a lost or failed link', registers: r }),
      sent: new Counter({ name: 'zonelet_hub_messages_sent_total', help: 'Sequenced messages written to the hub link, by type (resends included)', labelNames: ['type'], registers: r }),
      dropped: new Counter({ name: 'zonelet_hub_dropped_batches_total', help: 'Metric batches dropped from a full spool (reported to the hub as gaps)', registers: r }),
    };
  }
}
