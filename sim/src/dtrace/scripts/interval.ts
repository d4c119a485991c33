/**
 * What the shipped scripts (dtrace/*.d) share: their tick clause's output block and the aggregations they declare.
 * Every script prints, once per $1 seconds, printf("@@T %d\n", walltimestamp / 1000000000), then for each
 * aggregation printf("@@A <name>\n") and printa(@<name>) (default format), printf("@@E\n"), and trunc()s them all.
 */
import { Aggregation, type KeyType } from '../aggregation.js';
import { printaDefault, printf } from '../render.js';
import { ZoneActivitySampler, type ActivitySample, type Measures } from '../../proc/zone-activity.js';
import type { ScriptRun } from './registry.js';

/** The latency scripts' llquantize(ns, 10, 3, 9, 10): < 1 us, 1 us .. 9 s in 9 steps per decade, >= 10 s. */
export const LATENCY_GRID = { fn: 'llquantize', factor: 10, low: 3, high: 9, nsteps: 10 } as const;

/** @<base> = llquantize(ns, ...), @<base>_sum = sum(ns), @<base>_count = count(), all keyed alike. */
export function latencyAggregations(base: string, keys: KeyType[]): { hist: Aggregation; sum: Aggregation; count: Aggregation } {
  return {
    hist: new Aggregation(base, keys, LATENCY_GRID),
    sum: new Aggregation(`${base}_sum`, keys, { fn: 'sum' }),
    count: new Aggregation(`${base}_count`, keys, { fn: 'count' }),
  };
}

/** `events` firings of one latency value into the three aggregations, as the D clause would record them. */
export type LatencyAggregations = ReturnType<typeof latencyAggregations>;

/**
 * `events` firings of latency `ns` into the three aggregations, as the D clause records them; `sumNs` when the
 * measured total is known exactly (the histogram then holds the per-event mean).
 */
export function recordLatency(a: LatencyAggregations, keys: (string | number)[], ns: bigint, events: number, sumNs = ns * BigInt(events)): void {
  if (events <= 0) return;
  a.hist.add(keys, ns, events);
  a.sum.add(keys, sumNs);
  a.count.add(keys, 1, events);
}

/** The tick clause: the framed block of every aggregation, then trunc() of each. */
export function intervalBlock(nowMs: number, aggs: Aggregation[]): string {
  let out = printf('@@T %d\n', Math.floor(nowMs / 1000));
  for (const a of aggs) out += printf('@@A %s\n', a.name) + printaDefault(a);
  out += printf('@@E\n');
  for (const a of aggs) a.trunc();
  return out;
}

/**
 * A deterministic modelled count for something Linux cannot tell us: `perSecond` events spread evenly over wall
 * time, so consecutive intervals add up exactly to rate x time whatever their lengths.
 */
export function modelledCount(perSecond: number, fromMs: number, toMs: number): number {
  return Math.max(0, Math.floor((perSecond * toMs) / 1000) - Math.floor((perSecond * fromMs) / 1000));
}

/**
 * The ScriptRun of a shipped script: a baseline sample when "enabled", then at every tick (and at exit) the activity
 * since the previous sample is handed to `aggregate`, and the tick prints and trunc()s `aggs`.
 */
export function samplingScript(root: string, measures: Measures, aggs: Aggregation[], aggregate: (s: ActivitySample) => void): ScriptRun {
  const sampler = new ZoneActivitySampler(root, measures);
  sampler.sample(Date.now());
  const collect = (nowMs: number) => {
    const s = sampler.sample(nowMs);
    if (s.elapsedMs > 0) aggregate(s);
  };
  return {
    tick(nowMs) {
      collect(nowMs);
      return intervalBlock(nowMs, aggs);
    },
    collect,
    aggregations: () => aggs,
  };
}
