/**
 * Disk spool of unacked outbound hub messages.
 *
 * Theory of operation
 * - Layout under <dir>: stream.json ({streamId}: the sequence space; a new spool is a new stream), acked (the highest
 *   seq the hub acked, text), seg-<first seq, 20 digits>.log (append-only segments).
 * - A record is [u32 BE payload length][u32 BE CRC-32 of payload][payload]; payload = [u8 kind][u64 BE seq][Envelope].
 *   On open every segment is scanned; the first record whose length or CRC is wrong ends that segment, and the file is
 *   truncated there (a torn tail from a crash), so appends always continue after valid data.
 * - Durability (fsync policy): append() write()s synchronously, so once it returns the record survives SIGKILL of the
 *   agent (it is in the kernel's page cache). Power loss is covered by group commit: one fdatasync per event-loop
 *   turn covers every append of that turn, and a record is handed out for sending (next()) only once an fdatasync has
 *   covered it, so the hub can never ack a record that a host crash could take back. A rolled segment is fsynced
 *   before it is closed. The ack file is rewritten with rename and not fsynced: losing it only causes a resend, which
 *   the hub deduplicates by seq. A write that fails (disk full) throws and leaves the index as it was: the next append
 *   writes over the torn bytes, and the owner decides what the lost record costs (client.ts).
 * - Bounded: when an append would take the spool over maxBytes, fully acked segments go first, then the oldest metrics
 *   group (its oldest metric batch up to, not including, the next keyframe, so what stays is decodable) and host
 *   statuses are cut out by rewriting the affected segments (write tmp, fsync, rename). Zone messages are never cut
 *   here: if nothing droppable is left, onOverflow tells the owner, who replaces them with a fresh snapshot.
 * - Memory: an index of (seq, kind, offset) per record, bounded because the spool is bounded in bytes.
 */
import { closeSync, existsSync, fdatasync, fsyncSync, ftruncateSync, mkdirSync, openSync, readFileSync, readSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync, writeSync, writevSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';

export enum RecordKind {
  ZoneSnapshot = 1,
  ZoneChange = 2,
  Dictionary = 3,
  MetricsDelta = 4,
  MetricsKeyframe = 5,
  Gap = 6,
  HostStatus = 7,
  CommandProgress = 8,
  CommandResult = 9,
}
export const KIND_NAMES: Record<RecordKind, string> = {
  [RecordKind.ZoneSnapshot]: 'zone_snapshot', [RecordKind.ZoneChange]: 'zone_change', [RecordKind.Dictionary]: 'dictionary',
  [RecordKind.MetricsDelta]: 'metrics', [RecordKind.MetricsKeyframe]: 'metrics', [RecordKind.Gap]: 'gap',
  [RecordKind.HostStatus]: 'host_status', [RecordKind.CommandProgress]: 'command_progress', [RecordKind.CommandResult]: 'command_result',
};
const isMetrics = (k: number) => k === RecordKind.MetricsDelta || k === RecordKind.MetricsKeyframe;
/** Kinds replaced by a fresh snapshot (and a dictionary reset) when the spool holds nothing droppable. */
export const isZoneState = (k: number) => k === RecordKind.ZoneSnapshot || k === RecordKind.ZoneChange || k === RecordKind.Dictionary;

const HEADER = 8;
const PREFIX = 9; // kind + seq
export const MAX_RECORD_BYTES = 64 * 1024 * 1024;

export interface SpoolRecord { seq: number; kind: RecordKind; envelope: Buffer }
export interface SpoolOpenReport { truncatedBytes: number; droppedAcked: number; records: number }

interface Segment {
  file: string;
  fd: number;
  bytes: number;
  seqs: number[];
  kinds: number[];
  offsets: number[]; // of each record's header
}

export class SpoolFullError extends Error {}

export interface SpoolOptions {
  dir: string;
  maxBytes: number;
  segmentBytes?: number;
  /** Called when an append cannot fit after dropping every droppable record; may free space (dropZoneState). */
  onOverflow?: () => void;
}

export class Spool {
  readonly dir: string;
  readonly maxBytes: number;
  readonly streamId: string;
  private readonly segmentBytes: number;
  private segs: Segment[] = [];
  private total = 0;
  /** a record's header and prefix, written before its envelope */
  private readonly frameHead = Buffer.alloc(HEADER + PREFIX);
  private ackedSeq = 0;
  private nextSeqNo = 1;
  private syncedSeq = 0;
  private syncScheduled = false;
  private syncWaiters: Array<() => void> = [];
  private closed = false;
  /** Dropped metric batches not yet reported (the owner turns them into a Gap message). */
  droppedBatches = 0;
  droppedTotal = 0;
  forceKeyframe = false;
  onSynced: () => void = () => {};
  readonly openReport: SpoolOpenReport;
  private readonly onOverflow?: () => void;

  constructor(opts: SpoolOptions) {
    this.dir = opts.dir;
    this.maxBytes = opts.maxBytes;
    this.segmentBytes = Math.max(64 * 1024, Math.min(opts.segmentBytes ?? 8 * 1024 * 1024, Math.floor(opts.maxBytes / 8)));
    this.onOverflow = opts.onOverflow;
    mkdirSync(this.dir, { recursive: true });
    this.streamId = this.loadStreamId();
    const ackFile = join(this.dir, 'acked');
    if (existsSync(ackFile)) {
      const n = Number(readFileSync(ackFile, 'utf8').trim());
      if (Number.isSafeInteger(n) && n >= 0) this.ackedSeq = n;
    }
    this.openReport = this.recover();
    this.syncedSeq = this.lastSeq; // recovered data is on disk as far as this process can tell; fsync it below
    for (const s of this.segs) fsyncSync(s.fd);
  }

  get acked(): number { return this.ackedSeq; }
  get bytes(): number { return this.total; }
  get lastSeq(): number { return this.nextSeqNo - 1; }
  get firstUnackedSeq(): number {
    for (const s of this.segs) for (const q of s.seqs) if (q > this.ackedSeq) return q;
    return 0;
  }
  get unacked(): number {
    let n = 0;
    for (const s of this.segs) for (const q of s.seqs) if (q > this.ackedSeq) n++;
    return n;
  }

  /** Reserves the next sequence number (the caller encodes it into the envelope, then appends). */
  takeSeq(): number { return this.nextSeqNo++; }

  /** Gives back the last reserved seq when its append failed: it never reached the spool, so the hub never saw it. */
  releaseSeq(seq: number): void {
    if (seq === this.nextSeqNo - 1) this.nextSeqNo--;
  }

  append(seq: number, kind: RecordKind, envelope: Uint8Array): void {
    if (this.closed) throw new Error('hub spool: append after close');
    const payloadLen = PREFIX + envelope.length;
    const frameLen = HEADER + payloadLen;
    if (frameLen > MAX_RECORD_BYTES || frameLen > this.maxBytes) {
      throw new SpoolFullError(`hub spool: a ${KIND_NAMES[kind]} record of ${frameLen} bytes exceeds the spool bound (${this.maxBytes} bytes)`);
    }
    this.makeRoom(frameLen, kind);
    // header and prefix in a buffer of their own, the envelope written from where it lies (writev): a frame joined
    // in one new Buffer was a copy of every message (a metrics batch is up to a megabyte) left for the GC to free
    const head = this.frameHead;
    head.writeUInt32BE(payloadLen, 0);
    head.writeUInt8(kind, HEADER);
    head.writeBigUInt64BE(BigInt(seq), HEADER + 1);
    head.writeUInt32BE(crc32(envelope, crc32(head.subarray(HEADER))), 4);
    let seg = this.segs[this.segs.length - 1];
    if (!seg || seg.bytes >= this.segmentBytes) seg = this.roll(seq);
    writeAllv(seg.fd, [head, envelope], seg.bytes);
    seg.seqs.push(seq);
    seg.kinds.push(kind);
    seg.offsets.push(seg.bytes);
    seg.bytes += frameLen;
    this.total += frameLen;
    this.scheduleSync();
  }

  /** The first durable record with seq > after, or null. */
  next(after: number): SpoolRecord | null {
    for (const seg of this.segs) {
      const last = seg.seqs[seg.seqs.length - 1];
      if (last === undefined || last <= after) continue;
      const i = upperBound(seg.seqs, after);
      const seq = seg.seqs[i];
      if (seq > this.syncedSeq) return null;
      const off = seg.offsets[i];
      const head = Buffer.allocUnsafe(HEADER);
      readAll(seg.fd, head, off);
      const len = head.readUInt32BE(0);
      const payload = Buffer.allocUnsafe(len);
      readAll(seg.fd, payload, off + HEADER);
      if (crc32(payload) !== head.readUInt32BE(4)) throw new Error(`hub spool: CRC mismatch reading seq ${seq} in ${seg.file}`);
      return { seq, kind: payload.readUInt8(0), envelope: payload.subarray(PREFIX) };
    }
    return null;
  }

  /** Drops records up to `seq`. An ack beyond lastSeq is refused (records are fsynced before they are sent, so no
   * honest hub holds more than we wrote); the caller treats it as the hub's protocol error. */
  ack(seq: number): void {
    if (seq <= this.ackedSeq) return;
    if (!Number.isSafeInteger(seq) || seq > this.lastSeq) throw new Error(`hub spool: ack ${seq} is beyond the last seq written (${this.lastSeq})`);
    this.ackedSeq = seq;
    const tmp = join(this.dir, 'acked.tmp');
    try {
      writeFileSync(tmp, `${seq}\n`);
      renameSync(tmp, join(this.dir, 'acked'));
    } catch {
      // a full disk: the ack stays in memory; losing it on disk only causes a resend, which the hub deduplicates
      try { unlinkSync(tmp); } catch { /* not there */ }
    }
    while (this.segs.length > 0) {
      const s = this.segs[0];
      const last = s.seqs[s.seqs.length - 1];
      if (last !== undefined && last > this.ackedSeq) break;
      if (this.segs.length === 1 && s.bytes < this.segmentBytes && last !== undefined) {
        // the active segment is fully acked: roll so it can go
        this.roll(this.nextSeqNo);
      }
      if (this.segs.length === 1) break;
      this.removeSegment(0);
    }
  }

  /** Resolves once every append made so far is fsynced. */
  flush(): Promise<void> {
    if (this.syncedSeq >= this.lastSeq) return Promise.resolve();
    this.scheduleSync();
    return new Promise((res) => this.syncWaiters.push(res));
  }

  /** Cuts every unacked zone snapshot/change and dictionary record; returns how many went. */
  dropZoneState(): number {
    let dropped = 0;
    for (let i = 0; i < this.segs.length; i++) {
      const s = this.segs[i];
      const drop = new Set<number>();
      s.kinds.forEach((k, j) => { if (isZoneState(k) && s.seqs[j] > this.ackedSeq) drop.add(s.seqs[j]); });
      if (drop.size > 0) { dropped += drop.size; this.rewrite(i, drop); }
    }
    return dropped;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const s of this.segs) { try { fsyncSync(s.fd); } catch { /* closing anyway */ } closeSync(s.fd); }
    this.segs = [];
  }

  private loadStreamId(): string {
    const f = join(this.dir, 'stream.json');
    if (existsSync(f)) {
      try {
        const v = JSON.parse(readFileSync(f, 'utf8')) as { streamId?: unknown };
        if (typeof v.streamId === 'string' && v.streamId.length > 0) return v.streamId;
      } catch { /* rewritten below */ }
    }
    // no (valid) stream identity: whatever segments exist belong to an unknown stream
    for (const name of readdirSync(this.dir)) if (name.startsWith('seg-') || name === 'acked') unlinkSync(join(this.dir, name));
    const streamId = randomUUID();
    const tmp = `${f}.tmp`;
    writeFileSync(tmp, JSON.stringify({ streamId, created: new Date().toISOString() }) + '\n');
    const fd = openSync(tmp, 'r');
    fsyncSync(fd);
    closeSync(fd);
    renameSync(tmp, f);
    return streamId;
  }

  private recover(): SpoolOpenReport {
    const report: SpoolOpenReport = { truncatedBytes: 0, droppedAcked: 0, records: 0 };
    const names = readdirSync(this.dir).filter((n) => /^seg-\d{20}\.log$/.test(n)).sort();
    let maxSeq = this.ackedSeq;
    for (const name of names) {
      const file = join(this.dir, name);
      const buf = readFileSync(file);
      const seg: Segment = { file, fd: -1, bytes: 0, seqs: [], kinds: [], offsets: [] };
      let off = 0;
      while (off + HEADER <= buf.length) {
        const len = buf.readUInt32BE(off);
        if (len < PREFIX || len > MAX_RECORD_BYTES || off + HEADER + len > buf.length) break;
        const payload = buf.subarray(off + HEADER, off + HEADER + len);
        if (crc32(payload) !== buf.readUInt32BE(off + 4)) break;
        const seq = Number(payload.readBigUInt64BE(1));
        const prev = seg.seqs[seg.seqs.length - 1] ?? maxSeq;
        if (seq <= prev && seq > this.ackedSeq) break; // out of order: not something we wrote
        seg.seqs.push(seq);
        seg.kinds.push(payload.readUInt8(0));
        seg.offsets.push(off);
        off += HEADER + len;
        if (seq > maxSeq) maxSeq = seq;
      }
      if (off < buf.length) {
        report.truncatedBytes += buf.length - off;
        const fd = openSync(file, 'r+');
        ftruncateSync(fd, off);
        closeSync(fd);
      }
      seg.bytes = off;
      const last = seg.seqs[seg.seqs.length - 1];
      if (last === undefined || last <= this.ackedSeq) {
        report.droppedAcked += seg.seqs.length;
        unlinkSync(file);
        continue;
      }
      seg.fd = openSync(file, 'r+');
      report.records += seg.seqs.length;
      this.segs.push(seg);
      this.total += seg.bytes;
    }
    this.nextSeqNo = maxSeq + 1;
    return report;
  }

  private roll(firstSeq: number): Segment {
    const cur = this.segs[this.segs.length - 1];
    if (cur) fsyncSync(cur.fd);
    const file = join(this.dir, `seg-${String(firstSeq).padStart(20, '0')}.log`);
    const seg: Segment = { file, fd: openSync(file, 'w+'), bytes: 0, seqs: [], kinds: [], offsets: [] };
    this.segs.push(seg);
    return seg;
  }

  private removeSegment(i: number): void {
    const s = this.segs[i];
    closeSync(s.fd);
    unlinkSync(s.file);
    this.total -= s.bytes;
    this.segs.splice(i, 1);
  }

  private makeRoom(need: number, incoming: RecordKind): void {
    while (this.total + need > this.maxBytes) {
      if (this.dropOldestMetricsGroup()) continue;
      const before = this.total;
      this.onOverflow?.();
      if (this.total < before) continue;
      throw new SpoolFullError(`hub spool: full (${this.total} of ${this.maxBytes} bytes) with nothing droppable; cannot keep a ${KIND_NAMES[incoming]} record`);
    }
  }

  /** Cuts the oldest unacked metrics group (and host statuses up to it). False when nothing droppable is left. */
  private dropOldestMetricsGroup(): boolean {
    // fully acked segments first (the active one only if it is not the only one)
    for (let i = 0; i < this.segs.length - 1; i++) {
      const s = this.segs[i];
      if (s.seqs[s.seqs.length - 1] <= this.ackedSeq) { this.removeSegment(i); return true; }
    }
    const drop = new Map<number, Set<number>>(); // segment index -> seqs
    let started = false;
    let batches = 0;
    outer: for (let i = 0; i < this.segs.length; i++) {
      const s = this.segs[i];
      for (let j = 0; j < s.seqs.length; j++) {
        const seq = s.seqs[j];
        const k = s.kinds[j];
        if (seq <= this.ackedSeq) continue;
        if (isMetrics(k)) {
          if (started && k === RecordKind.MetricsKeyframe) break outer;
          started = true;
          batches++;
        } else if (k !== RecordKind.HostStatus) continue;
        let set = drop.get(i);
        if (!set) drop.set(i, (set = new Set()));
        set.add(seq);
      }
    }
    if (drop.size === 0) return false;
    for (const [i, seqs] of [...drop].reverse()) this.rewrite(i, seqs);
    if (batches > 0) {
      this.droppedBatches += batches;
      this.droppedTotal += batches;
      // if the group ran to the end, the next batch must be a keyframe for the chain to restart
      if (!this.hasUnackedKeyframe()) this.forceKeyframe = true;
    }
    return true;
  }

  private hasUnackedKeyframe(): boolean {
    return this.segs.some((s) => s.kinds.some((k, j) => k === RecordKind.MetricsKeyframe && s.seqs[j] > this.ackedSeq));
  }

  /** Rewrites segment i without the records whose seq is in drop (tmp file, fsync, rename). */
  private rewrite(i: number, drop: Set<number>): void {
    const s = this.segs[i];
    const buf = Buffer.allocUnsafe(s.bytes);
    readAll(s.fd, buf, 0);
    const keep: Buffer[] = [];
    const seg: Segment = { file: s.file, fd: -1, bytes: 0, seqs: [], kinds: [], offsets: [] };
    for (let j = 0; j < s.seqs.length; j++) {
      if (drop.has(s.seqs[j])) continue;
      const start = s.offsets[j];
      const end = j + 1 < s.offsets.length ? s.offsets[j + 1] : s.bytes;
      keep.push(buf.subarray(start, end));
      seg.seqs.push(s.seqs[j]);
      seg.kinds.push(s.kinds[j]);
      seg.offsets.push(seg.bytes);
      seg.bytes += end - start;
    }
    const tmp = `${s.file}.tmp`;
    const fd = openSync(tmp, 'w+');
    try {
      writeAll(fd, Buffer.concat(keep), 0);
      fsyncSync(fd);
      renameSync(tmp, s.file);
    } catch (err) {
      // the segment on disk and its index stay as they were
      closeSync(fd);
      try { unlinkSync(tmp); } catch { /* not there */ }
      throw err;
    }
    closeSync(s.fd);
    seg.fd = fd;
    this.total -= s.bytes - seg.bytes;
    this.segs[i] = seg;
  }

  private scheduleSync(): void {
    if (this.syncScheduled) return;
    this.syncScheduled = true;
    setImmediate(() => {
      const upTo = this.lastSeq;
      const seg = this.segs[this.segs.length - 1];
      const done = (err: NodeJS.ErrnoException | null) => {
        this.syncScheduled = false;
        if (err && !this.closed) { this.scheduleSync(); return; }
        if (upTo > this.syncedSeq) this.syncedSeq = upTo;
        if (this.syncedSeq < this.lastSeq && !this.closed) this.scheduleSync();
        else { const w = this.syncWaiters; this.syncWaiters = []; for (const f of w) f(); }
        if (!this.closed) this.onSynced();
      };
      if (!seg || this.closed) done(null);
      else fdatasync(seg.fd, done);
    });
  }
}

function upperBound(a: number[], x: number): number {
  let lo = 0, hi = a.length;
  while (lo < hi) { const m = (lo + hi) >>> 1; if (a[m] <= x) lo = m + 1; else hi = m; }
  return lo;
}

/** Writes `parts` back to back at `pos`: one writev, then whatever a short write left, part by part. */
function writeAllv(fd: number, parts: Uint8Array[], pos: number): void {
  let done = writevSync(fd, parts, pos);
  let start = 0;
  for (const part of parts) {
    const end = start + part.length;
    if (done < end) writeAll(fd, part.subarray(done - start), pos + done);
    done = Math.max(done, end);
    start = end;
  }
}

function writeAll(fd: number, buf: Uint8Array, pos: number): void {
  let off = 0;
  while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off, pos + off);
}

function readAll(fd: number, buf: Buffer, pos: number): void {
  let off = 0;
  while (off < buf.length) {
    const n = readSync(fd, buf, off, buf.length - off, pos + off);
    if (n === 0) throw new Error(`hub spool: unexpected end of segment at ${pos + off}`);
    off += n;
  }
}

export function spoolSizeOnDisk(dir: string): number {
  return readdirSync(dir).filter((n) => n.startsWith('seg-')).reduce((a, n) => a + statSync(join(dir, n)).size, 0);
}
