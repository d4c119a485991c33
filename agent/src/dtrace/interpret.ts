/**
 * Turns one complete interval of a script's output into per-zone deltas for the exported families.
 *
 * Zones: zonename is the VM UUID on SmartOS; anything else ("global", kernel work) is not a VM and is skipped. The tcp
 * script prints zone ids, mapped to UUIDs with the caller's lookup at the time the interval arrives (a zone id is only
 * valid for one boot). An interval whose aggregations do not agree (a histogram row that is not on the script's grid,
 * a histogram without its sum, a key of the wrong shape) is rejected whole with an IntervalError.
 */
import type { BucketGrid } from './bucket-grid.js';
import type { Interval, Section } from './interval.js';
import type { HistogramRows } from './output-parser.js';
import type { ScriptName } from './scripts.js';
import type { ExactInt } from '../util/exact-int.js';
import { keepShape } from '../util/shapes.js';

export type HistogramFamily = 'smartos_zone_run_queue_latency_seconds' | 'smartos_zone_vfs_latency_seconds';
export type CounterFamily =
  | 'smartos_zone_syscalls_total' | 'smartos_zone_syscalls_by_name_total'
  | 'smartos_zone_process_execs_total' | 'smartos_zone_tcp_connections_total';

export type Delta =
  | { kind: 'histogram'; family: HistogramFamily; zone: string; labels: Record<string, string>; slots: Float64Array; sumNs: ExactInt }
  | { kind: 'counter'; family: CounterFamily; zone: string; labels: Record<string, string>; value: ExactInt };

export interface InterpretContext {
  grid: BucketGrid;
  /** zone id -> VM UUID from the current inventory */
  zoneById(zoneid: number): string | undefined;
}

export class IntervalError extends Error {
  constructor(script: string, message: string) { super(`${script}: ${message}`); this.name = 'IntervalError'; }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const OPS = new Set(['read', 'write']);
const DIRECTIONS = new Set(['inbound', 'outbound']);
const SYSCALL = /^[a-z0-9_]+$/;

export function isZoneUuid(s: string): boolean {
  return UUID.test(s);
}

function section(script: ScriptName, iv: Interval, name: string): Section {
  const s = iv.sections.get(name);
  if (!s) throw new IntervalError(script, `interval has no "@@A ${name}" section`);
  return s;
}

function keyCheck(script: ScriptName, keys: string[], n: number, what: string): void {
  if (keys.length !== n) throw new IntervalError(script, `expected ${what}, got keys ${JSON.stringify(keys)}`);
}

/** runq-latency and fs-latency: histogram + sum + count sections sharing one key shape. */
function histograms(
  script: ScriptName, iv: Interval, ctx: InterpretContext, family: HistogramFamily, base: string,
  labelsOf: (keys: string[]) => Record<string, string>, nkeys: number, what: string,
): Delta[] {
  const sums = new Map<string, ExactInt>();
  for (const r of section(script, iv, `${base}_sum`).records) { keyCheck(script, r.keys, nkeys, what); sums.set(r.keys.join(' '), r.value); }
  const counts = new Map<string, ExactInt>();
  for (const r of section(script, iv, `${base}_count`).records) { keyCheck(script, r.keys, nkeys, what); counts.set(r.keys.join(' '), r.value); }
  const out: Delta[] = [];
  const seen = new Set<string>();
  for (const h of section(script, iv, base).histograms) {
    const d = histogramDelta(script, h, ctx, family, labelsOf, nkeys, what, sums, counts, seen);
    if (d) out.push(d);
  }
  for (const k of sums.keys()) if (!seen.has(k)) throw new IntervalError(script, `sum for ${k} has no histogram`);
  return out;
}

/** One histogram's delta (undefined for a zone that is not a VM). Per histogram, a function of its own: see slotsOf. */
function histogramDelta(
  script: ScriptName, h: { keys: string[]; rows: HistogramRows }, ctx: InterpretContext, family: HistogramFamily,
  labelsOf: (keys: string[]) => Record<string, string>, nkeys: number, what: string,
  sums: Map<string, ExactInt>, counts: Map<string, ExactInt>, seen: Set<string>,
): Delta | undefined {
  keyCheck(script, h.keys, nkeys, what);
  const k = h.keys.join(' ');
  seen.add(k);
  const sumNs = sums.get(k);
  if (sumNs === undefined) throw new IntervalError(script, `histogram ${k} has no sum`);
  const slots = slotsOf(script, k, h.rows, ctx.grid, counts.get(k));
  const zone = h.keys[0]!;
  if (!isZoneUuid(zone)) return undefined;
  return histogramOf(family, zone, labelsOf(h.keys), slots, sumNs);
}

/**
 * A histogram Delta; one is kept alive for good (util/shapes.ts): the deltas of an interval all die once applied,
 * and with their shape went the optimized code of the functions that read them.
 */
function histogramOf(family: HistogramFamily, zone: string, labels: Record<string, string>, slots: Float64Array, sumNs: ExactInt): Delta {
  return { kind: 'histogram', family, zone, labels, slots, sumNs };
}
keepShape(histogramOf('smartos_zone_run_queue_latency_seconds', '', {}, new Float64Array(0), 0));

const noLabels = (): Record<string, string> => ({});
const fsLabels = (k: string[]): Record<string, string> => {
  if (!OPS.has(k[1]!)) throw new IntervalError('fs-latency', `unknown op ${JSON.stringify(k[1])}`);
  return { op: k[1]! };
};

/**
 * One histogram's rows as grid slot counts, checked against its count(). Per histogram, a function of its own: the
 * loop around it runs once per interval, so only this keeps optimized code from one interval to the next.
 */
function slotsOf(script: ScriptName, k: string, rows: HistogramRows, grid: BucketGrid, count: ExactInt | undefined): Float64Array {
  const slots = new Float64Array(grid.labels.length);
  let total = 0;
  for (let i = 0; i < rows.length; i++) {
    const slot = grid.slot(rows.kind(i), rows.bound(i));
    if (slot === undefined) throw new IntervalError(script, `histogram ${k}: row "${rows.at(i).label}" is not on the bucket grid`);
    const n = rows.count(i);
    if (n < 0) throw new IntervalError(script, `histogram ${k}: negative count in row "${rows.at(i).label}"`);
    slots[slot] += n;
    total += n;
  }
  // exact: every count is below 2^53 (output-parser.ts), and so is one interval's sum of them (a bigint count() never equals it)
  if (count !== undefined && total !== count) {
    throw new IntervalError(script, `histogram ${k}: buckets hold ${total} events, count() says ${count}`);
  }
  return slots;
}

function counters(
  script: ScriptName, iv: Interval, name: string, family: CounterFamily, nkeys: number, what: string,
  map: (keys: string[]) => { zone: string | undefined; labels: Record<string, string> },
): Delta[] {
  const out: Delta[] = [];
  for (const r of section(script, iv, name).records) {
    keyCheck(script, r.keys, nkeys, what);
    if (r.value < 0) throw new IntervalError(script, `negative count for ${r.keys.join(' ')}`);
    const { zone, labels } = map(r.keys);
    if (zone === undefined || !isZoneUuid(zone)) continue;
    out.push({ kind: 'counter', family, zone, labels, value: r.value });
  }
  return out;
}

export function interpretInterval(script: ScriptName, iv: Interval, ctx: InterpretContext): Delta[] {
  switch (script) {
    case 'runq-latency':
      return histograms(script, iv, ctx, 'smartos_zone_run_queue_latency_seconds', 'runq', noLabels, 1, '[zonename]');
    case 'fs-latency':
      return histograms(script, iv, ctx, 'smartos_zone_vfs_latency_seconds', 'vfs', fsLabels, 2, '[zonename, op]');
    case 'syscalls':
      return [
        ...counters(script, iv, 'syscalls', 'smartos_zone_syscalls_total', 1, '[zonename]', (k) => ({ zone: k[0], labels: {} })),
        ...counters(script, iv, 'syscalls_by_name', 'smartos_zone_syscalls_by_name_total', 2, '[zonename, syscall]', (k) => {
          if (!SYSCALL.test(k[1]!)) throw new IntervalError(script, `bad syscall name ${JSON.stringify(k[1])}`);
          return { zone: k[0], labels: { syscall: k[1]! } };
        }),
      ];
    case 'execs':
      return counters(script, iv, 'execs', 'smartos_zone_process_execs_total', 1, '[zonename]', (k) => ({ zone: k[0], labels: {} }));
    case 'tcp-connections':
      return counters(script, iv, 'tcp', 'smartos_zone_tcp_connections_total', 2, '[zoneid, direction]', (k) => {
        if (!/^\d+$/.test(k[0]!)) throw new IntervalError(script, `zone id ${JSON.stringify(k[0])} is not a number`);
        if (!DIRECTIONS.has(k[1]!)) throw new IntervalError(script, `unknown direction ${JSON.stringify(k[1])}`);
        return { zone: ctx.zoneById(Number(k[0])), labels: { direction: k[1]! } };
      });
  }
}
