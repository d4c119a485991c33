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
 * - Commands: each command (id and request) is recorded in the spool dir before it is handed to the action engine,
 *   and marked done once its result is in the spool. The engine's idempotency by id is what keeps anything from
 *   running twice: a command without a result when a previous agent died is submitted again at start (and a seen id
 *   the hub re-sends is submitted again), and the engine answers from its journal (the result, or `interrupted` with
 *   the zone's observed state) instead of running it. Progress and result travel back on the sequenced stream.
 * - Metrics cycles (~126,000 series at 1000 zones) are copied out of their sources in the cycle's tick, then encoded
 *   in steps with event-loop yields between them (metrics-encoder.ts), one cycle at a time. A zone change or command
 *   arriving meanwhile is spooled at once, so it goes on the stream ahead of that cycle's dictionary and batch, which
 *   are spooled back to back; seqs are taken at append time, so they stay gap-free. (A zone deleted meanwhile may
 *   still have series in that batch, as it may in any batch walked before its collectors ran again.)
 * - A spool write that fails (disk full, spool bound) is a counted loss, never a crash: a metric batch is dropped,
 *   counted in zonelet_hub_dropped_batches_total and reported as a Gap once a write succeeds, and the encoder starts
 *   a new epoch (its dictionary may not have been written), so the next batch is a keyframe; a zone change that
 *   cannot be written is replaced by a fresh snapshot once writes succeed; a command result is retried until written.
 */
import { appendFileSync, existsSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import WebSocket from 'ws';
import { Counter, Gauge, type Registry } from 'prom-client';
import { zonelet } from '../../../proto/gen/zonelet.js';
import { StreamWriter } from './writer.js';
import { KIND_NAMES, RecordKind, Spool, SpoolFullError } from './spool.js';
import { captureCycle, MetricsEncoder, type CapturedCycle, type EncodeJob, type EncodedCycle } from './metrics-encoder.js';
import { toWireZone } from './zone-wire.js';
import type { HubCommand, HubCommandResult, HubMetricsCycle, HubSources, HubZone, HubZoneChange } from './sources.js';

const Envelope = zonelet.v1.Envelope;
/** the protobuf writer's buffer is kept up to this size (a 1000-zone keyframe batch is about 1 MB) */
const WRITER_KEEP_BYTES = 4 * 1024 * 1024;
/**
 * Series definitions per dictionary message. A new epoch defines every series again: at 1000 zones one message of
 * 126,000 definitions was 10+ MB, copied several times on its way out (writer, spool read, WebSocket frame). Those
 * buffers are malloc'd outside V8's heap: glibc then raised its mmap threshold to their size for good, so every
 * later buffer below it came from the brk heap, which fragmented and was never given back (with kstat's joined
 * stdout, 30 MB of RSS at 1000 zones), and illumos's malloc never gives freed memory back at all. 2048 definitions are about 200 KB.
 */
export const DICTIONARY_PIECE_DEFS = 2048;

/**
 * A dictionary as messages of at most `max` definitions, in order: the reset goes with the first (it clears what
 * the hub held), the retired ids with the last. Ids are never reused within an epoch, so each piece can be applied
 * as it comes.
 */
export function dictionaryPieces(d: zonelet.v1.ISeriesDictionary, max = DICTIONARY_PIECE_DEFS): zonelet.v1.ISeriesDictionary[] {
  const defs = d.defs ?? [];
  if (defs.length <= max) return [d];
  const pieces: zonelet.v1.ISeriesDictionary[] = [];
  for (let i = 0; i < defs.length; i += max) {
    const last = i + max >= defs.length;
    pieces.push({ epoch: d.epoch, reset: i === 0 && !!d.reset, defs: defs.slice(i, i + max), retired: last ? d.retired ?? [] : [] });
  }
  return pieces;
}

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
  metricsChunkSeries?: number; // series encoded between event-loop yields (default 4096)
  statusIntervalMs?: number; // host status period (default 60000; 0 = off)
  registry?: Registry;
  logger?: HubLogger;
}

interface LinkMetrics {
  connected: Gauge; reconnects: Counter; sent: Counter<'type'>; dropped: Counter;
}

/** A hub command as recorded in commands-seen: the request (to submit again after a restart) until its result is spooled. */
interface SeenCommand { cmd?: HubCommand; done: boolean }
type Body = Omit<zonelet.v1.IEnvelope, 'seq'>;
/** Kept seen-command records; older finished ones are forgotten at compaction. */
const SEEN_KEEP = 2048;

export class HubClient {
  readonly spool: Spool;
  private readonly o: Required<Omit<HubClientOptions, 'tokenFile' | 'caFile' | 'certFile' | 'keyFile' | 'registry' | 'logger'>> & HubClientOptions;
  private readonly log: HubLogger;
  private readonly encoder: MetricsEncoder;
  private readonly bootId = randomUUID();
  private readonly seenFile: string;
  private seen = new Map<string, SeenCommand>();
  /** submitted in this process and not finished: a re-sent command waits for the result already coming */
  private inFlight = new Set<string>();
  /** command results whose append failed, retried until written */
  private unwrittenResults = new Map<string, Body>();
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
  /** spool drops already counted, metric batches lost (dropped or unwritable) not yet reported in a Gap */
  private spoolDropsSeen = 0;
  private gapPending = 0;
  private unwrittenBatches = 0;
  /** a zone message could not be written: the next successful snapshot replaces what was lost */
  private zoneStateLost = false;
  private lostZoneMessages = 0;
  private writeFailures = 0;
  /** a metrics cycle is being encoded (between steps); later cycles wait in order */
  private metricsBusy = false;
  private metricsWaiting: Array<{ captured: CapturedCycle; done: () => void }> = [];
  /** a capture whose batch is done, filled again by the next cycle (captureCycle) */
  private spareCapture: CapturedCycle | undefined;
  private cycleFailing = false;
  /** Fired for each hub ack (tests and the daemon's health view). */
  onAck: (seq: number) => void = () => {};
  onState: (state: 'connected' | 'disconnected') => void = () => {};

  constructor(private readonly sources: HubSources, opts: HubClientOptions) {
    this.o = {
      spoolMaxBytes: DEFAULT_SPOOL_MAX_BYTES, reconnectMinMs: 1000, reconnectMaxMs: 60_000, stableMs: 30_000,
      pingIntervalMs: 2000, deadAfterMs: 6000, handshakeTimeoutMs: 10_000, highWaterBytes: 1024 * 1024,
      maxPayloadBytes: 4 * 1024 * 1024, keyframeEvery: 30, metricsChunkSeries: 4096, statusIntervalMs: 60_000, ...opts,
    };
    if (!/^wss?:\/\//.test(this.o.url)) throw new Error(`hub.url: expected ws:// or wss://, got ${JSON.stringify(this.o.url)}`);
    this.log = opts.logger ?? nullLogger;
    const dir = join(opts.stateDir, 'hub-spool');
    this.spool = new Spool({ dir, maxBytes: this.o.spoolMaxBytes, onOverflow: () => this.replaceZoneState() });
    try {
      const r = this.spool.openReport;
      if (r.truncatedBytes > 0) this.log.warn({ truncatedBytes: r.truncatedBytes, dir }, 'hub spool: corrupt tail truncated');
      this.spool.onSynced = () => this.pump();
      this.seenFile = join(dir, 'commands-seen');
      if (existsSync(this.seenFile)) this.seen = readSeen(readFileSync(this.seenFile, 'utf8'));
      // a new epoch per process start: the previous process's encoder state is gone (a failed write throws: the
      // caller retries, since reusing an epoch would mix two encoders' ids)
      const epochFile = join(dir, 'metrics-epoch');
      const prev = existsSync(epochFile) ? Number(readFileSync(epochFile, 'utf8')) || 0 : 0;
      writeFileSync(epochFile, `${prev + 1}\n`);
      this.encoder = new MetricsEncoder(this.o.keyframeEvery, 1, prev + 1);
    } catch (err) {
      this.spool.close();
      throw err;
    }
    if (opts.registry) this.m = this.registerMetrics(opts.registry);
  }

  /** Spools a fresh zone snapshot, subscribes to the sources and starts dialing. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    if (!this.appendSnapshot()) this.zoneStateLost = true;
    this.unsub.push(this.sources.zones.subscribe((c) => this.onZoneChange(c)));
    if (this.sources.metrics) this.unsub.push(this.sources.metrics.onCycle((c) => { void this.onMetrics(c); }));
    if (this.o.statusIntervalMs > 0) this.every(this.o.statusIntervalMs, () => this.appendStatus());
    this.every(this.o.pingIntervalMs, () => { this.recoverLostState(); this.heartbeat(); });
    this.resubmitUnfinished();
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

  /**
   * Appends a metrics cycle (also what the metrics source's onCycle feeds). The cycle's series are copied out of
   * their sources now; the encode then runs in steps of metricsChunkSeries with the event loop free in between, so a
   * zone change or command arriving meanwhile is spooled at once, ahead of this batch. Cycles are encoded one at a
   * time, in order. A cycle that fits one step is appended before this returns. Resolves once the batch is spooled
   * (or counted as lost); never rejects.
   */
  onMetrics(c: HubMetricsCycle): Promise<void> {
    let captured: CapturedCycle;
    try {
      captured = captureCycle(c, this.spareCapture);
      this.spareCapture = undefined;
    } catch (err) {
      this.cycleFailed(err);
      return Promise.resolve();
    }
    if (this.metricsBusy) return new Promise((resolve) => { this.metricsWaiting.push({ captured, done: resolve }); });
    const pending = this.encodeCycle(captured);
    return pending ? this.drainCycles(pending) : Promise.resolve();
  }

  /** Waits for the cycle being encoded, then encodes the cycles that queued behind it, in order. */
  private async drainCycles(current: Promise<void>): Promise<void> {
    this.metricsBusy = true;
    try {
      await current;
      for (let w = this.metricsWaiting.shift(); w; w = this.metricsWaiting.shift()) {
        await this.encodeCycle(w.captured);
        w.done();
      }
    } finally {
      this.metricsBusy = false;
    }
  }

  /** Encodes and appends one cycle: synchronously when it fits one step (undefined), else a promise. */
  private encodeCycle(captured: CapturedCycle): Promise<void> | undefined {
    if (this.stopped) return undefined;
    let job: EncodeJob;
    try {
      this.recoverLostState();
      if (this.spool.forceKeyframe) { this.encoder.requestKeyframe(); this.spool.forceKeyframe = false; }
      job = this.encoder.start(captured);
      if (job.step(this.o.metricsChunkSeries)) { this.appendEncoded(job.result()); this.spareCapture = captured; return undefined; }
    } catch (err) {
      this.cycleFailed(err);
      this.encoder.reset(); // a job that threw part way leaves the series state unusable
      return undefined;
    }
    return this.finishCycle(job).then(() => { this.spareCapture = captured; });
  }

  private async finishCycle(job: EncodeJob): Promise<void> {
    try {
      do {
        await yieldToEventLoop();
        if (this.stopped) { this.encoder.reset(); return; } // a half-applied job leaves the series state unusable
      } while (!job.step(this.o.metricsChunkSeries));
      this.appendEncoded(job.result());
    } catch (err) {
      this.cycleFailed(err);
      this.encoder.reset();
    }
  }

  /** Spools a cycle's dictionary (if any, in pieces) and batch, back to back: nothing can come between them. */
  private appendEncoded(enc: EncodedCycle): void {
    this.cycleFailing = false;
    if (enc.dictionary) {
      for (const dictionary of dictionaryPieces(enc.dictionary)) {
        if (!this.append(RecordKind.Dictionary, { dictionary })) { this.batchLost(); return; }
      }
    }
    this.reportGap();
    if (!this.append(enc.keyframe ? RecordKind.MetricsKeyframe : RecordKind.MetricsDelta, { metrics: enc.batch })) this.batchLost();
  }

  /** A cycle that could not be walked or encoded: logged once per run of failures, no batch. */
  private cycleFailed(err: unknown): void {
    if (!this.cycleFailing) this.log.error({ err: (err as Error)?.message ?? String(err) }, 'hub metrics cycle failed; batch not sent');
    this.cycleFailing = true;
  }

  /** A batch (or the dictionary it needs) was not written: count it, and restart the chain with a new epoch. */
  private batchLost(): void {
    this.unwrittenBatches++;
    this.gapPending++;
    this.m?.dropped.inc();
    this.encoder.reset();
  }

  private onZoneChange(c: HubZoneChange): void {
    // the inventory applies a change before it tells us, so the snapshot that replaces lost messages includes this one
    if (this.zoneStateLost) { this.recoverLostState(); return; }
    const now = Date.now();
    const T = zonelet.v1.ZoneChange.Type;
    let body: Body | undefined;
    if (c.type === 'delete') {
      if (this.exported.delete(c.uuid)) body = { zoneChange: { timeMs: now, type: T.DELETE, uuid: c.uuid } };
    } else if (c.zone.do_not_inventory) { // left out of the hub stream; if it was in, it leaves
      if (this.exported.delete(c.zone.uuid)) body = { zoneChange: { timeMs: now, type: T.DELETE, uuid: c.zone.uuid } };
    } else {
      const z = c.zone;
      const known = this.exported.has(z.uuid);
      this.exported.add(z.uuid);
      const type = c.type === 'create' || !known ? T.CREATE : T.MODIFY;
      body = { zoneChange: { timeMs: now, type, uuid: z.uuid, zone: toWireZone(z), fields: c.type === 'modify' ? c.fields : [] } };
    }
    if (body && !this.append(RecordKind.ZoneChange, body)) {
      this.zoneStateLost = true;
      this.lostZoneMessages++;
    }
  }

  private appendSnapshot(): boolean {
    const zones: HubZone[] = this.sources.zones.all().filter((z) => !z.do_not_inventory);
    this.exported = new Set(zones.map((z) => z.uuid));
    return this.append(RecordKind.ZoneSnapshot, { zoneSnapshot: { timeMs: Date.now(), zones: zones.map(toWireZone) } });
  }

  /** After failed writes: a fresh snapshot for lost zone messages, and the command results not yet written. */
  private recoverLostState(): void {
    if (this.stopped) return;
    if (this.zoneStateLost) {
      if (this.lostZoneMessages > 0 && this.append(RecordKind.Gap, {
        gap: { reason: 'spool not writable: zone messages replaced by a snapshot', droppedZoneMessages: this.lostZoneMessages },
      })) this.lostZoneMessages = 0;
      if (this.appendSnapshot()) {
        this.zoneStateLost = false;
        this.log.info({}, 'hub spool: zone state re-sent as a fresh snapshot');
      }
    }
    for (const [id, body] of this.unwrittenResults) {
      if (!this.append(RecordKind.CommandResult, body)) break;
      this.unwrittenResults.delete(id);
      this.markDone(id);
    }
  }

  private appendStatus(): void {
    this.recoverLostState();
    const zones = this.sources.zones.all();
    this.append(RecordKind.HostStatus, {
      hostStatus: {
        timeMs: Date.now(), uptimeSeconds: Math.round(process.uptime()), zonesTotal: zones.length,
        zonesRunning: zones.filter((z) => z.state === 'running').length, spoolBytes: this.spool.bytes,
        droppedBatchesTotal: this.spool.droppedTotal + this.unwrittenBatches,
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

  /** Moves the spool's overflow drops into the pending count and reports what is pending as one Gap. */
  private reportGap(): void {
    const spoolDrops = this.spool.droppedBatches - this.spoolDropsSeen;
    if (spoolDrops > 0) {
      this.spoolDropsSeen = this.spool.droppedBatches;
      this.m?.dropped.inc(spoolDrops);
      this.gapPending += spoolDrops;
    }
    const d = this.gapPending;
    if (d <= 0) return;
    this.gapPending = 0;
    if (!this.append(RecordKind.Gap, { gap: { droppedBatches: d, reason: 'metric batches dropped: spool full or not writable' } })) this.gapPending += d;
  }

  /**
   * One protobuf writer, emptied before each message: a writer per message grew a fresh buffer to a megabyte for
   * every keyframe, and its shape died between cycles, taking the writer's optimized code with it (see
   * util/shapes.ts). A writer whose buffer grew past WRITER_KEEP_BYTES (a full dictionary after a new epoch is
   * 10+ MB at 1000 zones) is replaced, so that no such buffer is kept for good; so is one whose encode failed.
   * encodeEnvelope() returns a view of the writer's buffer, not a copy: valid until the next encode, and the spool
   * writes it at once.
   */
  private writer = new StreamWriter();

  private encodeEnvelope(message: zonelet.v1.IEnvelope): Uint8Array {
    const w = this.writer;
    w.reset();
    try {
      const bytes = Envelope.encode(message, w).finish(true); // a view: the spool writes it before the next encode
      if (w.buf.length > WRITER_KEEP_BYTES) this.writer = new StreamWriter();
      return bytes;
    } catch (err) {
      this.writer = new StreamWriter();
      throw err;
    }
  }

  /** Spools one message; false (logged once per run of failures, never thrown) when it could not be written. */
  private append(kind: RecordKind, body: Body): boolean {
    const seq = this.spool.takeSeq();
    try {
      this.spool.append(seq, kind, this.encodeEnvelope({ seq, ...body }));
    } catch (err) {
      this.spool.releaseSeq(seq);
      if (this.writeFailures++ === 0) {
        const full = err instanceof SpoolFullError;
        this.log.error({ err: (err as Error).message, kind: KIND_NAMES[kind], dir: this.spool.dir },
          full ? 'hub spool: full; messages are being lost (counted)' : 'hub spool: cannot write (disk full?); messages are being lost (counted)');
      }
      return false;
    }
    if (this.writeFailures > 0) {
      this.log.warn({ failedWrites: this.writeFailures }, 'hub spool: writing again');
      this.writeFailures = 0;
    }
    if (kind !== RecordKind.Gap && (this.gapPending > 0 || this.spool.droppedBatches > this.spoolDropsSeen)) this.reportGap();
    return true;
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
    if (!id) return;
    const seen = this.seen.get(id);
    if (seen) {
      // re-sent after a reconnect or a restart: answer from the engine (its journal), never run anything again
      if (!seen.done && seen.cmd && !this.inFlight.has(id)) this.submit(seen.cmd);
      return;
    }
    let cmd: HubCommand;
    try {
      cmd = {
        id, action: c.action ?? '', zoneUuid: c.zoneUuid || undefined,
        payload: c.payloadJson ? JSON.parse(c.payloadJson) : undefined, deadlineMs: Number(c.deadlineMs ?? 0) || undefined,
      };
    } catch (err) {
      this.recordSeen(id, undefined);
      this.result(id, c.zoneUuid ?? '', { id, status: 'refused', message: `payload_json is not JSON: ${(err as Error).message}` });
      return;
    }
    this.recordSeen(id, cmd);
    this.append(RecordKind.CommandProgress, { commandProgress: { id, timeMs: Date.now(), phase: 'accepted', message: '' } });
    if (cmd.deadlineMs && Date.now() > cmd.deadlineMs) { this.result(id, cmd.zoneUuid, { id, status: 'expired', message: 'deadline passed before start' }); return; }
    this.submit(cmd);
  }

  /** Hands a command to the action sink; its progress and result go on the stream. */
  private submit(cmd: HubCommand): void {
    const { id } = cmd;
    const actions = this.sources.actions;
    if (!actions) { this.result(id, cmd.zoneUuid, { id, status: 'refused', message: 'this agent takes no actions from the hub' }); return; }
    this.inFlight.add(id);
    const done = (r: HubCommandResult) => { this.inFlight.delete(id); this.result(id, cmd.zoneUuid, r); };
    actions.submit(cmd, (p) => {
      if (!this.stopped) this.append(RecordKind.CommandProgress, { commandProgress: { id, timeMs: Date.now(), phase: p.phase, message: p.message } });
    }).then(done, (err: unknown) => done({ id, status: 'failed', message: (err as Error)?.message ?? String(err) }));
  }

  private result(id: string, zoneUuid: string | undefined, r: HubCommandResult): void {
    if (this.stopped) return; // unfinished in commands-seen: the next start submits it again and reports it
    const S = zonelet.v1.CommandResult.Status;
    const status = { ok: S.OK, failed: S.FAILED, refused: S.REFUSED, expired: S.EXPIRED, unknown: S.UNKNOWN }[r.status];
    const body: Body = {
      commandResult: {
        id, timeMs: Date.now(), status, message: r.message, zoneUuid: r.zoneUuid ?? zoneUuid ?? '',
        detailJson: r.detail === undefined ? '' : JSON.stringify(r.detail),
      },
    };
    if (this.append(RecordKind.CommandResult, body)) this.markDone(id);
    else this.unwrittenResults.set(id, body);
  }

  /** Commands a previous agent took but whose result it never spooled: the engine answers them from its journal. */
  private resubmitUnfinished(): void {
    for (const [id, s] of this.seen) {
      if (s.done) continue;
      if (s.cmd) {
        this.log.info({ id, action: s.cmd.action }, 'hub command without a result from before a restart: asking the action engine');
        this.submit(s.cmd);
      } else this.seen.set(id, { done: true });
    }
  }

  /** commands-seen is written before a command is handed on; a failed write is logged, not fatal: the engine's
   * journal (a start that cannot be journalled is not run) is what keeps an action from running twice. */
  private recordSeen(id: string, cmd: HubCommand | undefined): void {
    this.seen.set(id, { cmd, done: false });
    this.writeSeen(JSON.stringify(cmd ? { id, cmd } : { id }));
    if (this.seen.size > 2 * SEEN_KEEP) this.compactSeen();
  }

  private markDone(id: string): void {
    const s = this.seen.get(id);
    if (!s || s.done) return;
    this.seen.set(id, { done: true });
    this.writeSeen(JSON.stringify({ id, done: true }));
  }

  private writeSeen(line: string): void {
    try {
      appendFileSync(this.seenFile, `${line}\n`);
    } catch (err) {
      this.log.error({ err: (err as Error).message, file: this.seenFile }, 'hub: cannot record a command in commands-seen');
    }
  }

  /** Keeps every unfinished command and the newest finished ones. */
  private compactSeen(): void {
    const entries = [...this.seen];
    const finished = entries.filter(([, s]) => s.done);
    const drop = new Set(finished.slice(0, Math.max(0, finished.length - SEEN_KEEP)).map(([id]) => id));
    this.seen = new Map(entries.filter(([id]) => !drop.has(id)));
    const text = [...this.seen].map(([id, s]) => JSON.stringify(s.done ? { id, done: true } : s.cmd ? { id, cmd: s.cmd } : { id })).join('\n') + '\n';
    const tmp = `${this.seenFile}.tmp`;
    try {
      writeFileSync(tmp, text);
      renameSync(tmp, this.seenFile);
    } catch (err) {
      try { unlinkSync(tmp); } catch { /* not there */ }
      this.log.error({ err: (err as Error).message, file: this.seenFile }, 'hub: cannot compact commands-seen');
    }
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

/** commands-seen: JSON lines {id, cmd} (taken), {id, done: true} (result spooled); a bare id (older format) is done. */
function readSeen(text: string): Map<string, SeenCommand> {
  const seen = new Map<string, SeenCommand>();
  for (const line of text.split('\n')) {
    if (!line) continue;
    let rec: { id?: unknown; cmd?: HubCommand; done?: unknown };
    try {
      rec = line.startsWith('{') ? JSON.parse(line) : { id: line, done: true };
    } catch {
      continue; // a torn last line: that command's result was not spooled either; the hub re-sends it
    }
    if (typeof rec.id !== 'string' || !rec.id) continue;
    if (rec.done === true) seen.set(rec.id, { done: true });
    else if (!seen.get(rec.id)?.done) seen.set(rec.id, { cmd: rec.cmd && typeof rec.cmd === 'object' ? rec.cmd : undefined, done: false });
  }
  return seen;
}
