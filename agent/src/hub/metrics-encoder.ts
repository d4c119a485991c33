/**
 * Delta encoding of metric cycles against the stream's series dictionary.
 *
 * Theory of operation: every distinct (name, zone, label text) gets a small integer id within a dictionary epoch,
 * found through name -> zone -> a block of (label text, id) slots in flat arrays (series-index.ts), so that walking
 * a cycle's 100k+ series builds no key string and keeps no object per (name, zone). A series' state lives in typed
 * arrays indexed by its id (kind, last value, cycle last seen): no object and no boxed value per series, which at
 * 1000 zones was most of the encoder's memory and of the GC's marking. New ids travel in a SeriesDictionary message
 * ahead of the batch that first uses them; series absent from a cycle are retired and their slots (and emptied
 * blocks) freed, so zone churn leaves nothing behind; once retired ids outnumber live ones the next batch starts a
 * new epoch, so the id space (and the arrays) stay the size of the live series. Values arrive as decimal text (the
 * collectors' own), numbers (DTrace counts) or bigints: integers below 2^53 are compared and delta-encoded as
 * doubles (exact there), so only larger ones become BigInts; a series
 * first seen as an integer that later gets a fraction moves to a float series under a new id (never truncated). A
 * batch lists (id, value) pairs sorted by id, ids as gaps. Integer values are 64-bit two's-complement deltas
 * against the series' previous value (zigzag on the wire), so counters of any size stay exact and a steady counter
 * costs a byte or two; float gauges are sent whole when they change. A keyframe carries every live series against
 * zero: it is sent first in an epoch, when asked (after a gap) and at least every `keyframeEvery` batches. A new
 * epoch (reset) starts when the encoder is created or reset: every id is defined again.
 *
 * A 1000-zone cycle is ~126,000 series: encoded in one go it blocks the event loop for 100+ ms, and a zone change
 * arriving then waits. So a cycle is first copied out of its sources (captureCycle: one cheap synchronous walk, the
 * batch is exactly the sources at that moment), then encoded in steps (start/step) the caller separates with
 * event-loop yields: visit the series, retire the absent ones, emit the changed ones. A reset() between steps makes
 * the job start over in the new epoch; a keyframe asked for between steps is kept for the next batch.
 */
import pb from 'protobufjs/minimal.js';
import { zonelet } from '../../../proto/gen/zonelet.js';
import { narrowExact, parseExactInt, type ExactInt } from '../util/exact-int.js';
import { labelTextOf, parseLabelText } from './label-text.js';
import type { HubMetricsCycle, SeriesValue, SeriesVisitor } from './sources.js';
import { SeriesIndex } from './series-index.js';
import { keepShape } from '../util/shapes.js';

import type LongT from 'long';

type Long = LongT;
/** protobufjs's Long (the `long` package it depends on). */
const LongCtor = pb.util.Long as unknown as typeof LongT;
const Kind = zonelet.v1.SeriesDef.Kind;

const INT = 1 as const, FLOAT = 2 as const; // SeriesTable.kind; 0: no such id

/**
 * Per-series state by id. `lastF` is the last value of a float series, and of an integer series below 2^53 (exact
 * there, so most counters never become a BigInt); beyond that `wide` is set and `lastI` holds it exactly (two's
 * complement, as sent).
 */
class SeriesTable {
  kind = new Uint8Array(0);
  /** 1 when an integer series' last value is beyond 2^53 (only `lastI` holds it exactly) */
  wide = new Uint8Array(0);
  seen = new Int32Array(0);
  lastI = new BigInt64Array(0);
  lastF = new Float64Array(0);

  ensure(id: number): void {
    if (id < this.kind.length) return;
    const n = Math.max(1024, id * 2);
    const grow = <T extends Uint8Array | Int32Array | BigInt64Array | Float64Array>(a: T, make: (n: number) => T): T => {
      const b = make(n);
      b.set(a as never);
      return b;
    };
    this.kind = grow(this.kind, (k) => new Uint8Array(k));
    this.wide = grow(this.wide, (k) => new Uint8Array(k));
    this.seen = grow(this.seen, (k) => new Int32Array(k));
    this.lastI = grow(this.lastI, (k) => new BigInt64Array(k));
    this.lastF = grow(this.lastF, (k) => new Float64Array(k));
  }

  /** A new id of `kind`, starting from zero; `seen` is the cycle it was last seen in (0: none yet). */
  define(id: number, kind: typeof INT | typeof FLOAT, seen: number): void {
    this.ensure(id);
    this.kind[id] = kind; this.wide[id] = 0; this.seen[id] = seen; this.lastI[id] = 0n; this.lastF[id] = 0;
  }

  clear(): void {
    this.kind = new Uint8Array(0); this.wide = new Uint8Array(0); this.seen = new Int32Array(0); this.lastI = new BigInt64Array(0); this.lastF = new Float64Array(0);
  }
}

const INTEGER = /^\d+$/;
const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * An integer sample: a number when exact (|v| < 2^53), else a bigint; undefined when the sample is not an integer
 * (a float, NaN, +-Inf). Digits-only text, a bigint and an integral number are integers.
 */
function intValue(v: SeriesValue): ExactInt | undefined {
  if (typeof v === 'number') return Number.isSafeInteger(v) ? v : undefined;
  if (typeof v === 'bigint') return narrowExact(v);
  return INTEGER.test(v) ? parseExactInt(v) : undefined;
}

function floatOf(v: SeriesValue): number {
  if (typeof v !== 'string') return Number(v);
  return v === '+Inf' ? Infinity : v === '-Inf' ? -Infinity : Number(v);
}

export interface EncodedCycle {
  dictionary: zonelet.v1.ISeriesDictionary | null;
  batch: zonelet.v1.IMetricsBatch;
  keyframe: boolean;
}

/** A cycle encoded in steps (MetricsEncoder.start). */
export interface EncodeJob {
  /** Does about `maxSeries` series' work; true once the batch is ready. */
  step(maxSeries: number): boolean;
  /** The batch, once step() has returned true. */
  result(): EncodedCycle;
}

interface Job {
  captured: CapturedCycle;
  generation: number;
  keyframeRequests: number;
  cycle: number;
  reset: boolean;
  keyframe: boolean;
  /** next captured series to visit */
  next: number;
  seen: number;
  defs: zonelet.v1.ISeriesDef[];
  /** how many series changed (or all, on a keyframe): their ids and new values are the encoder's scratch[0..n) */
  nChanged: number;
  retired: number[] | undefined;
  /** ids of integer series that turned out to be floats this cycle (retired; redefined under a new id) */
  moved: number[];
  /** the scratch's order[0..nChanged) holds the changed series in id order */
  ordered: boolean;
  emitted: number;
  intIds: number[]; intValues: Array<number | Long>; floatIds: number[]; floatValues: number[];
  lastInt: number; lastFloat: number;
  done: EncodedCycle | undefined;
}

/**
 * One cycle's series copied out of its sources in one synchronous walk (parallel arrays: no object per series), so
 * an encode that yields between steps sees the sources as they were at the cycle's time, not half updated by a
 * DTrace interval or a collector run that lands in between. Series [0, length) are this cycle's. A capture can be
 * filled again for a later cycle once its batch is encoded: at 1000 zones its four 126,000-slot arrays, made anew
 * each cycle, lived through the encode's steps and were the largest source of old-generation garbage.
 */
export class CapturedCycle {
  readonly names: string[] = [];
  readonly zones: string[] = [];
  readonly labels: string[] = [];
  readonly values: SeriesValue[] = [];
  length = 0;
  constructor(public timeMs: number) {}

  /**
   * `add` as a visitor the sources call. One function for the capture's life: a visitor made anew each cycle got
   * inlined into the sources' optimized walks and, once collected, deoptimized them (recompiled every cycle).
   */
  readonly visit: SeriesVisitor = (name, zone, labels, value) => this.add(name, zone, labels, value);

  add(name: string, zone: string, labels: string, value: SeriesValue): void {
    const i = this.length++;
    this.names[i] = name; this.zones[i] = zone; this.labels[i] = labels; this.values[i] = value;
  }

  /** After a refill: slots past the new length let go of the previous cycle's strings. */
  release(): void {
    for (let i = this.length; i < this.names.length && this.names[i] !== ''; i++) {
      this.names[i] = ''; this.zones[i] = ''; this.labels[i] = ''; this.values[i] = '';
    }
  }
}

/** Walks a cycle's sources once, now; into `reuse` (a capture whose batch is done) when given. */
export function captureCycle(c: HubMetricsCycle, reuse?: CapturedCycle): CapturedCycle {
  const out = reuse ?? new CapturedCycle(c.timeMs);
  out.timeMs = c.timeMs;
  out.length = 0;
  if (c.forEachSeries) c.forEachSeries(out.visit);
  for (const sample of c.samples ?? []) out.add(sample.name, sample.zone, labelTextOf(sample.labels), sample.value);
  out.release();
  return out;
}

/**
 * The encoder's working arrays, kept from one job to the next (one job runs at a time): the changed series' ids and
 * values in visit order, and their order by id.
 */
class Scratch {
  ids = new Int32Array(1024);
  readonly values: Array<bigint | number> = [];
  order = new Int32Array(1024);
  /** sort()'s table, id -> 1 + index; all zero between sorts */
  at = new Int32Array(1024);

  push(n: number, id: number, v: bigint | number): void {
    if (n === this.ids.length) { const a = new Int32Array(n * 2); a.set(this.ids); this.ids = a; }
    this.ids[n] = id;
    this.values[n] = v;
  }

  /** Fills order[0..n) with indexes into ids, in id order. Ids are unique and below `idLimit`. */
  sort(n: number, idLimit: number): void {
    if (this.order.length < n) this.order = new Int32Array(this.ids.length);
    const { ids, order } = this;
    let sorted = true;
    for (let i = 0; i < n; i++) {
      order[i] = i;
      if (i > 0 && ids[i]! < ids[i - 1]!) sorted = false;
    }
    if (sorted) return;
    // zone churn puts new, high ids mid-walk: a pass over an id-indexed table replaces a comparison sort
    if (this.at.length < idLimit) this.at = new Int32Array(idLimit * 2);
    const at = this.at;
    for (let i = 0; i < n; i++) at[ids[i]!] = i + 1;
    let k = 0;
    for (let id = 1; id < idLimit; id++) if (at[id]) { order[k++] = at[id]! - 1; at[id] = 0; }
  }
}

const U64 = (1n << 64n) - 1n;

/** A signed 64-bit value as protobufjs takes it: a number when exact, else a Long. */
export function toWireInt(v: bigint): number | Long {
  if (v <= SAFE && v >= -SAFE) return Number(v);
  const u = v & U64;
  return LongCtor.fromBits(Number(u & 0xffffffffn) | 0, Number(u >> 32n) | 0, false);
}

/**
 * A new job. One is kept alive for good (util/shapes.ts): a cycle's job dies with its batch, and with the last job of
 * its shape went the optimized code of the encoder's visit and emit phases, recompiled every cycle.
 */
function jobOf(captured: CapturedCycle, generation: number, keyframeRequests: number, cycle: number, reset: boolean, keyframe: boolean): Job {
  return {
    captured, generation, keyframeRequests, cycle, reset, keyframe,
    next: 0, seen: 0, defs: [], nChanged: 0, retired: undefined, moved: [], ordered: false, emitted: 0,
    intIds: [], intValues: [], floatIds: [], floatValues: [], lastInt: 0, lastFloat: 0, done: undefined,
  };
}
keepShape(jobOf(new CapturedCycle(0), 0, 0, 0, false, false));

export class MetricsEncoder {
  private readonly index = new SeriesIndex();
  private readonly table = new SeriesTable();
  private readonly scratch = new Scratch();
  /**
   * The (name, zone) of the previous visit and its block: sources walk a zone's series of one name in a row (23
   * buckets of a histogram, a collector's samples), so most visits skip both map lookups. Forgotten whenever blocks
   * are dropped (retire, reset), since a block number is then reused.
   */
  private atName = '';
  private atZone = '';
  private atBlock = -1;
  /** series in the index */
  private live = 0;
  private epoch: number;
  private nextId = 1;
  private cycle = 0;
  private sinceKeyframe = 0;
  private needReset = true;
  private needKeyframe = true;
  /** bumped by reset(): a job that started under an older generation starts over */
  private generation = 0;
  /** bumped by requestKeyframe(): a request made while a job runs is kept for the next batch */
  private keyframeRequests = 0;
  batchNo: number;

  constructor(private readonly keyframeEvery = 30, startBatch = 1, epoch = 1) {
    this.batchNo = startBatch;
    this.epoch = epoch;
  }

  /** Start over (new epoch, full dictionary, keyframe): after an agent restart or lost zone state. */
  reset(): void {
    this.index.clear();
    this.table.clear();
    this.atBlock = -1;
    this.live = 0;
    this.nextId = 1;
    this.epoch++;
    this.needReset = true;
    this.needKeyframe = true;
    this.generation++;
  }

  requestKeyframe(): void {
    this.needKeyframe = true;
    this.keyframeRequests++;
  }

  /** Series ids held (for tests and the churn bench: must not grow with deleted zones). */
  get seriesCount(): number { return this.live; }

  /** Zones with series held, host ('') included. */
  zoneCount(): number {
    return this.index.zones().size;
  }

  /** Encodes a whole cycle at once (small cycles, tests, benches). */
  encode(c: HubMetricsCycle | CapturedCycle): EncodedCycle {
    const job = this.start(c instanceof CapturedCycle ? c : captureCycle(c));
    while (!job.step(Infinity));
    return job.result();
  }

  /**
   * Starts encoding a captured cycle in steps: `step(n)` does about n series' work and says whether the batch is
   * ready, so the caller can yield to the event loop between steps; `result()` then returns it. One job at a time
   * per encoder, each stepped to the end before the next starts (a job updates series state as it goes). A reset()
   * between steps makes the job start over in the new epoch (a keyframe with the full dictionary); a keyframe
   * request between steps applies to the next batch.
   */
  start(captured: CapturedCycle): EncodeJob {
    const job = this.newJob(captured);
    return {
      step: (n) => this.step(job, n),
      result: () => {
        if (!job.done) throw new Error('metrics encoder: result() before the last step');
        return job.done;
      },
    };
  }

  private newJob(captured: CapturedCycle): Job {
    // retired ids outnumber live ones (zone churn): a new epoch renumbers the live series from 1
    if (!this.needReset && this.nextId > 2 * this.live + 65_536) this.reset();
    const reset = this.needReset;
    return jobOf(captured, this.generation, this.keyframeRequests, ++this.cycle, reset,
      this.needKeyframe || reset || this.sinceKeyframe + 1 >= this.keyframeEvery);
  }

  /** About `budget` series' work on `job` (visit, then retire, then emit); true once the batch is ready. */
  private step(job: Job, budget: number): boolean {
    if (job.done) return true;
    if (job.generation !== this.generation) Object.assign(job, this.newJob(job.captured)); // reset meanwhile: start over
    const n = job.captured.length;
    if (job.next < n) {
      const end = Math.min(n, job.next + budget);
      this.visitRange(job, job.next, end);
      budget -= end - job.next;
      job.next = end;
      if (job.next < n || budget <= 0) return false;
    }
    if (!job.retired) {
      job.retired = job.seen < this.live ? this.retire(job.cycle) : [];
      budget -= this.live;
      if (budget <= 0) return false;
    }
    if (!job.ordered) { this.scratch.sort(job.nChanged, this.nextId); job.ordered = true; }
    const end = Math.min(job.nChanged, job.emitted + budget);
    this.emitRange(job, job.emitted, end);
    job.emitted = end;
    if (end < job.nChanged) return false;
    job.done = this.batchOf(job);
    return true;
  }

  // The phases' loops are methods of their own: in step() itself, the optimized code built while visiting had no
  // type feedback for the emit loop yet, and was thrown away when the emit phase began, every cycle.
  private visitRange(job: Job, from: number, end: number): void {
    const { names, zones, labels, values } = job.captured;
    for (let i = from; i < end; i++) this.visit(job, names[i]!, zones[i]!, labels[i]!, values[i]!);
  }

  private emitRange(job: Job, from: number, end: number): void {
    const order = this.scratch.order;
    for (let k = from; k < end; k++) this.emit(job, order[k]!);
  }

  private visit(job: Job, name: string, zone: string, labels: string, value: SeriesValue): void {
    let b = this.atBlock;
    if (b < 0 || name !== this.atName || zone !== this.atZone) {
      b = this.index.block(name, zone, true);
      this.atName = name; this.atZone = zone; this.atBlock = b;
    }
    let id = this.index.find(b, labels);
    const t = this.table;
    let force = job.keyframe;
    if (id === undefined) {
      id = this.nextId++;
      const int = intValue(value) !== undefined;
      t.define(id, int ? INT : FLOAT, 0);
      this.index.add(b, labels, id);
      this.live++;
      job.defs.push({ id, zone, name, kind: int ? Kind.INT : Kind.FLOAT, labels: parseLabelText(labels) });
      force = true;
    }
    if (t.seen[id] === job.cycle) return; // duplicate sample in one cycle: first wins
    t.seen[id] = job.cycle;
    job.seen++;
    if (t.kind[id] === INT) {
      const v = intValue(value);
      if (v === undefined) {
        // a gauge first seen at an integral value ("0") is a float series after all: never truncate its values
        id = this.toFloat(job, b, zone, name, labels, id);
        force = true;
      } else {
        if (!force && (typeof v === 'number' ? t.wide[id] === 0 && v === t.lastF[id] : t.wide[id] === 1 && BigInt.asIntN(64, v) === t.lastI[id])) return;
        this.scratch.push(job.nChanged++, id, v);
        return;
      }
    }
    const v = floatOf(value);
    if (!force && Object.is(v, t.lastF[id])) return;
    this.scratch.push(job.nChanged++, id, v);
  }

  /** Retires integer series `oldId` and defines it again, under a new id, as a float series; returns the new id. */
  private toFloat(job: Job, block: number, zone: string, name: string, labels: string, oldId: number): number {
    const t = this.table;
    const id = this.nextId++;
    t.define(id, FLOAT, job.cycle);
    t.kind[oldId] = 0;
    this.index.rename(block, oldId, id);
    job.moved.push(oldId);
    job.defs.push({ id, zone, name, kind: Kind.FLOAT, labels: parseLabelText(labels) });
    return id;
  }

  /** Puts one changed series (its index in the scratch) on the batch, ids as gaps, integers as deltas. */
  private emit(job: Job, i: number): void {
    const id = this.scratch.ids[i]!, v = this.scratch.values[i]!, t = this.table;
    if (t.kind[id] === INT) {
      job.intIds.push(id - job.lastInt);
      job.lastInt = id;
      if (typeof v === 'number' && (job.keyframe || t.wide[id] === 0)) {
        const delta = v - (job.keyframe ? 0 : t.lastF[id]!);
        if (Number.isSafeInteger(delta)) {
          job.intValues.push(delta);
          t.lastF[id] = v; t.wide[id] = 0;
          return;
        }
      }
      const big = typeof v === 'bigint' ? v : BigInt(v);
      const prev = job.keyframe ? 0n : t.wide[id] === 1 ? t.lastI[id]! : BigInt(t.lastF[id]!);
      job.intValues.push(toWireInt(BigInt.asIntN(64, big - prev)));
      const exact = big >= -SAFE && big <= SAFE;
      t.lastI[id] = BigInt.asIntN(64, big); t.lastF[id] = Number(big); t.wide[id] = exact ? 0 : 1;
    } else {
      job.floatIds.push(id - job.lastFloat);
      job.lastFloat = id;
      job.floatValues.push(v as number);
      t.lastF[id] = v as number;
    }
  }

  private batchOf(job: Job): EncodedCycle {
    const { reset, keyframe, defs } = job;
    const retired = job.moved.length ? [...job.retired!, ...job.moved].sort((a, b) => a - b) : job.retired!;
    this.needReset = false;
    // a keyframe asked for while this job ran (a gap the job's deltas do not cover) is kept for the next batch
    if (this.keyframeRequests === job.keyframeRequests) this.needKeyframe = false;
    this.sinceKeyframe = keyframe ? 0 : this.sinceKeyframe + 1;
    const dictionary = reset || defs.length > 0 || retired.length > 0 ? { epoch: this.epoch, reset, defs, retired } : null;
    const batch: zonelet.v1.IMetricsBatch = {
      batch: this.batchNo++, epoch: this.epoch, keyframe, timeMs: job.captured.timeMs,
      intIds: job.intIds, intValues: job.intValues, floatIds: job.floatIds, floatValues: job.floatValues,
    };
    return { dictionary, batch, keyframe };
  }

  /** Drops every series not seen in `cycle` (and the (name, zone)s that leaves empty); returns their ids, sorted. */
  private retire(cycle: number): number[] {
    const retired: number[] = [];
    const t = this.table;
    this.index.retire((id) => t.seen[id] === cycle, retired);
    for (const id of retired) t.kind[id] = 0;
    this.live -= retired.length;
    this.atBlock = -1;
    return retired.sort((a, b) => a - b);
  }
}
