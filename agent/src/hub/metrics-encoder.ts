/**
 * Delta encoding of metric cycles against the stream's series dictionary.
 *
 * Theory of operation: every distinct (name, zone, label text) gets a small integer id within a dictionary epoch,
 * held in nested maps (name -> zone -> label text -> state) so that walking a cycle's 100k+ series builds no key
 * string. New ids travel in a SeriesDictionary message ahead of the batch that first uses them; series absent from a
 * cycle are retired and their map entries (and emptied zone maps) deleted, so zone churn leaves nothing behind.
 * Values arrive as decimal text (the collectors' own) or bigint (DTrace totals): a text equal to last cycle's is
 * unchanged without parsing, and only a changed value becomes a BigInt. A batch lists (id, value) pairs sorted by id,
 * ids as gaps. Integer values are 64-bit two's-complement deltas against the series' previous value (zigzag on the
 * wire), so counters of any size stay exact and a steady counter costs a byte or two; float gauges are sent whole
 * when they change. A keyframe carries every live series against zero: it is sent first in an epoch, when asked
 * (after a gap) and at least every `keyframeEvery` batches. A new epoch (reset) starts when the encoder is created
 * or reset: every id is defined again.
 */
import pb from 'protobufjs/minimal.js';
import { zonelet } from '../../../proto/gen/zonelet.js';
import { labelTextOf, parseLabelText } from './label-text.js';
import type { HubMetricsCycle, SeriesValue } from './sources.js';

import type LongT from 'long';

type Long = LongT;
/** protobufjs's Long (the `long` package it depends on). */
const LongCtor = pb.util.Long as unknown as typeof LongT;
const Kind = zonelet.v1.SeriesDef.Kind;

interface SeriesState {
  readonly id: number;
  readonly int: boolean;
  last: bigint | number;
  /** the value text `last` was parsed from (text sources only): equal text means unchanged, nothing parsed */
  text: string | undefined;
  seenCycle: number;
}
type ZoneSeries = Map<string, SeriesState>; // label text -> series
type NameSeries = Map<string, ZoneSeries>; // zone -> its series

const INTEGER = /^\d+$/;

function isInt(v: SeriesValue): boolean {
  return typeof v === 'bigint' || (typeof v === 'string' && INTEGER.test(v));
}

function floatOf(v: SeriesValue): number {
  if (typeof v !== 'string') return Number(v);
  return v === '+Inf' ? Infinity : v === '-Inf' ? -Infinity : Number(v);
}

/** An integer series' value; a non-integer sample of it is truncated, a non-finite one is undefined (kept as was). */
function intOf(v: SeriesValue): bigint | undefined {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'string' && INTEGER.test(v)) return BigInt(v);
  const n = floatOf(v);
  return Number.isFinite(n) ? BigInt(Math.trunc(n)) : undefined;
}

export interface EncodedCycle {
  dictionary: zonelet.v1.ISeriesDictionary | null;
  batch: zonelet.v1.IMetricsBatch;
  keyframe: boolean;
}

const U64 = (1n << 64n) - 1n;
const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** A signed 64-bit value as protobufjs takes it: a number when exact, else a Long. */
export function toWireInt(v: bigint): number | Long {
  if (v <= SAFE && v >= -SAFE) return Number(v);
  const u = v & U64;
  return LongCtor.fromBits(Number(u & 0xffffffffn) | 0, Number(u >> 32n) | 0, false);
}

export class MetricsEncoder {
  private readonly series = new Map<string, NameSeries>();
  /** series in the maps */
  private live = 0;
  private epoch: number;
  private nextId = 1;
  private cycle = 0;
  private sinceKeyframe = 0;
  private needReset = true;
  private needKeyframe = true;
  batchNo: number;

  constructor(private readonly keyframeEvery = 30, startBatch = 1, epoch = 1) {
    this.batchNo = startBatch;
    this.epoch = epoch;
  }

  /** Start over (new epoch, full dictionary, keyframe): after an agent restart or lost zone state. */
  reset(): void {
    this.series.clear();
    this.live = 0;
    this.nextId = 1;
    this.epoch++;
    this.needReset = true;
    this.needKeyframe = true;
  }

  requestKeyframe(): void { this.needKeyframe = true; }

  /** Series ids held (for tests and the churn bench: must not grow with deleted zones). */
  get seriesCount(): number { return this.live; }

  /** Zones with series held, host ('') included. */
  zoneCount(): number {
    const zones = new Set<string>();
    for (const byZone of this.series.values()) for (const z of byZone.keys()) zones.add(z);
    return zones.size;
  }

  encode(c: HubMetricsCycle): EncodedCycle {
    const cycle = ++this.cycle;
    const reset = this.needReset;
    const keyframe = this.needKeyframe || reset || this.sinceKeyframe + 1 >= this.keyframeEvery;
    const defs: zonelet.v1.ISeriesDef[] = [];
    const changed: SeriesState[] = [];
    const values: Array<bigint | number> = [];
    let seen = 0;
    const visit = (name: string, zone: string, labels: string, value: SeriesValue): void => {
      let byZone = this.series.get(name);
      if (!byZone) this.series.set(name, (byZone = new Map()));
      let byLabels = byZone.get(zone);
      if (!byLabels) byZone.set(zone, (byLabels = new Map()));
      let s = byLabels.get(labels);
      let fresh = false;
      if (!s) {
        const int = isInt(value);
        s = { id: this.nextId++, int, last: int ? 0n : 0, text: undefined, seenCycle: 0 };
        byLabels.set(labels, s);
        this.live++;
        defs.push({ id: s.id, zone, name, kind: int ? Kind.INT : Kind.FLOAT, labels: parseLabelText(labels) });
        fresh = true;
      }
      if (s.seenCycle === cycle) return; // duplicate sample in one cycle: first wins
      s.seenCycle = cycle;
      seen++;
      const force = keyframe || fresh;
      if (typeof value === 'string') {
        if (!force && value === s.text) return;
        s.text = value;
      }
      if (s.int) {
        const v = intOf(value);
        if (v === undefined || (!force && v === s.last)) return;
        changed.push(s); values.push(v);
      } else {
        const v = floatOf(value);
        if (!force && Object.is(v, s.last)) return;
        changed.push(s); values.push(v);
      }
    };
    if (c.forEachSeries) c.forEachSeries(visit);
    for (const sample of c.samples ?? []) visit(sample.name, sample.zone, labelTextOf(sample.labels), sample.value);
    const retired = seen < this.live ? this.retire(cycle) : [];
    const order = changed.map((_, i) => i);
    if (!isSorted(changed)) order.sort((a, b) => changed[a]!.id - changed[b]!.id);
    const intIds: number[] = [], intValues: Array<number | Long> = [], floatIds: number[] = [], floatValues: number[] = [];
    let lastInt = 0, lastFloat = 0;
    for (const i of order) {
      const s = changed[i]!, v = values[i]!;
      if (s.int) {
        const prev = keyframe ? 0n : (s.last as bigint);
        intIds.push(s.id - lastInt);
        lastInt = s.id;
        intValues.push(toWireInt(BigInt.asIntN(64, (v as bigint) - prev)));
      } else {
        floatIds.push(s.id - lastFloat);
        lastFloat = s.id;
        floatValues.push(v as number);
      }
      s.last = v;
    }
    this.needReset = false;
    this.needKeyframe = false;
    this.sinceKeyframe = keyframe ? 0 : this.sinceKeyframe + 1;
    const dictionary = reset || defs.length > 0 || retired.length > 0 ? { epoch: this.epoch, reset, defs, retired } : null;
    const batch: zonelet.v1.IMetricsBatch = {
      batch: this.batchNo++, epoch: this.epoch, keyframe, timeMs: c.timeMs, intIds, intValues, floatIds, floatValues,
    };
    return { dictionary, batch, keyframe };
  }

  /** Drops every series not seen in `cycle`, and the zone and name maps that leaves empty; returns their ids. */
  private retire(cycle: number): number[] {
    const retired: number[] = [];
    for (const [name, byZone] of this.series) {
      for (const [zone, byLabels] of byZone) {
        for (const [labels, s] of byLabels) {
          if (s.seenCycle !== cycle) { retired.push(s.id); byLabels.delete(labels); }
        }
        if (byLabels.size === 0) byZone.delete(zone);
      }
      if (byZone.size === 0) this.series.delete(name);
    }
    this.live -= retired.length;
    return retired.sort((a, b) => a - b);
  }
}

function isSorted(states: readonly SeriesState[]): boolean {
  for (let i = 1; i < states.length; i++) if (states[i]!.id < states[i - 1]!.id) return false;
  return true;
}
