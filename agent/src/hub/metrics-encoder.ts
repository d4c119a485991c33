/**
 * Delta encoding of metric cycles against the stream's series dictionary.
 *
 * Theory of operation: every distinct (zone, name, labels) gets a small integer id within a dictionary epoch. New ids
 * travel in a SeriesDictionary message ahead of the batch that first uses them; series absent from a cycle are
 * retired. A batch lists (id, value) pairs sorted by id, ids as gaps. Integer values are 64-bit two's-complement
 * deltas against the series' previous value (zigzag on the wire), so counters of any size stay exact and a steady
 * counter costs a byte or two; float gauges are sent whole when they change. A keyframe carries every live series
 * against zero: it is sent first in an epoch, when asked (after a gap) and at least every `keyframeEvery` batches.
 * A new epoch (reset) starts when the encoder is created or reset: every id is defined again.
 */
import pb from 'protobufjs/minimal.js';
import { zonelet } from '../../../proto/gen/zonelet.js';
import type { HubMetricsCycle } from './sources.js';

import type LongT from 'long';

type Long = LongT;
/** protobufjs's Long (the `long` package it depends on). */
const LongCtor = pb.util.Long as unknown as typeof LongT;
const Kind = zonelet.v1.SeriesDef.Kind;

interface SeriesState { id: number; int: boolean; last: bigint | number; seenCycle: number }

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

export function seriesKey(zone: string, name: string, labels?: Readonly<Record<string, string>>): string {
  if (!labels) return `${zone}\0${name}`;
  const names = Object.keys(labels).sort();
  let k = `${zone}\0${name}`;
  for (const n of names) k += `\0${n}=${labels[n]}`;
  return k;
}

export class MetricsEncoder {
  private series = new Map<string, SeriesState>();
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
    this.nextId = 1;
    this.epoch++;
    this.needReset = true;
    this.needKeyframe = true;
  }

  requestKeyframe(): void { this.needKeyframe = true; }

  encode(c: HubMetricsCycle): EncodedCycle {
    const cycle = ++this.cycle;
    const reset = this.needReset;
    const keyframe = this.needKeyframe || reset || this.sinceKeyframe + 1 >= this.keyframeEvery;
    const defs: zonelet.v1.ISeriesDef[] = [];
    const changed: Array<{ s: SeriesState; v: bigint | number }> = [];
    for (const sample of c.samples) {
      const key = seriesKey(sample.zone, sample.name, sample.labels);
      let s = this.series.get(key);
      let fresh = false;
      if (!s) {
        const int = typeof sample.value === 'bigint';
        s = { id: this.nextId++, int, last: int ? 0n : 0, seenCycle: 0 };
        this.series.set(key, s);
        defs.push({
          id: s.id, zone: sample.zone, name: sample.name, kind: int ? Kind.INT : Kind.FLOAT,
          labels: sample.labels ? Object.keys(sample.labels).sort().map((n) => ({ name: n, value: sample.labels![n] })) : [],
        });
        fresh = true;
      }
      if (s.seenCycle === cycle) continue; // duplicate sample in one cycle: first wins
      s.seenCycle = cycle;
      const v = s.int ? (typeof sample.value === 'bigint' ? sample.value : BigInt(Math.trunc(sample.value))) : Number(sample.value);
      if (keyframe || fresh || (s.int ? v !== s.last : !Object.is(v, s.last))) changed.push({ s, v });
    }
    const retired: number[] = [];
    for (const [key, s] of this.series) {
      if (s.seenCycle !== cycle) { retired.push(s.id); this.series.delete(key); }
    }
    changed.sort((a, b) => a.s.id - b.s.id);
    const intIds: number[] = [], intValues: Array<number | Long> = [], floatIds: number[] = [], floatValues: number[] = [];
    let lastInt = 0, lastFloat = 0;
    for (const { s, v } of changed) {
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
}
