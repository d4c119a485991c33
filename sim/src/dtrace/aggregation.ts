/**
 * DTrace aggregations as libdtrace keeps them on the consumer side: keyed tuples, an aggregating function, and the
 * clear()/trunc() semantics (clear zeroes values but keeps keys; trunc(@) drops every key; trunc(@, n) keeps the n
 * largest). Bucketing follows illumos dtrace.c (quantize: power-of-two buckets around a zero bucket; lquantize:
 * underflow, `levels` linear buckets, overflow; llquantize: the bucket walk of dt_print_llquantize).
 */

/** Key member types: how the default printa formats them (string `  %-50s`, int32 ` %8d`, int64 ` %16lld`). */
export type KeyType = 'string' | 'int8' | 'int16' | 'int32' | 'int64';
export type KeyValue = string | number | bigint;

export type AggFunc =
  | { fn: 'count' }
  | { fn: 'sum' }
  | { fn: 'min' }
  | { fn: 'max' }
  | { fn: 'avg' }
  | { fn: 'quantize' }
  | { fn: 'lquantize'; base: number; limit: number; step: number }
  | { fn: 'llquantize'; factor: number; low: number; high: number; nsteps: number };

export const QUANTIZE_NBUCKETS = 127;
export const QUANTIZE_ZEROBUCKET = 63;

export function quantizeBucketValue(i: number): bigint {
  if (i < QUANTIZE_ZEROBUCKET) return -(1n << BigInt(QUANTIZE_ZEROBUCKET - 1 - i));
  if (i === QUANTIZE_ZEROBUCKET) return 0n;
  return 1n << BigInt(i - QUANTIZE_ZEROBUCKET - 1);
}

function quantizeBucket(v: bigint): number {
  if (v === 0n) return QUANTIZE_ZEROBUCKET;
  const a = v < 0n ? -v : v;
  const bits = a.toString(2).length; // floor(log2 a) + 1
  return v > 0n ? QUANTIZE_ZEROBUCKET + bits : QUANTIZE_ZEROBUCKET - bits;
}

/** The lower bounds of an llquantize's buckets 1..n-2 (0 is underflow, n-1 overflow), as dt_print_llquantize walks them. */
export function llquantizeBounds(factor: number, low: number, high: number, nsteps: number): bigint[] {
  const f = BigInt(factor);
  const ns = BigInt(nsteps);
  let value = 1n;
  let order = 0;
  for (; order < low; order++) value *= f;
  let next = value * f;
  let step = next > ns ? next / ns : 1n;
  const bounds: bigint[] = [];
  while (order <= high) {
    bounds.push(value);
    value += step;
    if (value !== next) continue;
    next = value * f;
    step = next > ns ? next / ns : 1n;
    order++;
  }
  bounds.push(value); // the overflow bucket's bound (`>= value`)
  return bounds;
}

export interface Entry {
  keys: KeyValue[];
  /** count/sum/min/max: [value]; avg: [count, total]; quantizes: bucket counts */
  data: bigint[];
}

export class Aggregation {
  readonly entries = new Map<string, Entry>();
  private readonly llBounds?: bigint[];
  /** Set when printa() printed this aggregation (the exit printout skips it, as DTRACE_AGD_PRINTED does). */
  printed = false;

  constructor(readonly name: string, readonly keyTypes: KeyType[], readonly func: AggFunc) {
    if (func.fn === 'llquantize') this.llBounds = llquantizeBounds(func.factor, func.low, func.high, func.nsteps);
  }

  /** Number of buckets of a histogram aggregation. */
  get nbuckets(): number {
    const f = this.func;
    if (f.fn === 'quantize') return QUANTIZE_NBUCKETS;
    if (f.fn === 'lquantize') return Math.floor((f.limit - f.base) / f.step) + 2;
    if (f.fn === 'llquantize') return this.llBounds!.length + 1;
    return f.fn === 'avg' ? 2 : 1;
  }

  get llquantizeBounds(): bigint[] | undefined {
    return this.llBounds;
  }

  private bucket(v: bigint): number {
    const f = this.func;
    if (f.fn === 'quantize') return quantizeBucket(v);
    if (f.fn === 'lquantize') {
      const base = BigInt(f.base);
      const levels = Math.floor((f.limit - f.base) / f.step);
      if (v < base) return 0;
      const lvl = Number((v - base) / BigInt(f.step));
      return lvl >= levels ? levels + 1 : lvl + 1;
    }
    const b = this.llBounds!;
    if (v < b[0]) return 0;
    let i = b.length - 1;
    while (b[i] > v) i--;
    return i + 1; // overflow when i is the last bound
  }

  /** One firing: `@name[keys] = fn(value)` (count ignores value; quantizes accept an increment). */
  add(keys: KeyValue[], value: number | bigint = 1, incr: number | bigint = 1): void {
    if (keys.length !== this.keyTypes.length) throw new Error(`@${this.name}: expected ${this.keyTypes.length} keys, got ${keys.length}`);
    const id = JSON.stringify(keys.map(String));
    let e = this.entries.get(id);
    const v = BigInt(value);
    if (!e) {
      const f = this.func.fn;
      const init = f === 'min' ? [v] : f === 'max' ? [v] : new Array<bigint>(this.nbuckets).fill(0n);
      e = { keys: [...keys], data: init };
      this.entries.set(id, e);
      if (f === 'min' || f === 'max') return;
    }
    switch (this.func.fn) {
      case 'count':
        e.data[0] += BigInt(incr); // incr > 1 stands for that many firings
        break;
      case 'sum':
        e.data[0] += v;
        break;
      case 'min':
        if (v < e.data[0]) e.data[0] = v;
        break;
      case 'max':
        if (v > e.data[0]) e.data[0] = v;
        break;
      case 'avg':
        e.data[0] += 1n;
        e.data[1] += v;
        break;
      default:
        e.data[this.bucket(v)] += BigInt(incr);
    }
  }

  /** clear(@): every value to zero, keys kept. */
  clear(): void {
    for (const e of this.entries.values()) e.data.fill(0n);
  }

  /** trunc(@) drops all entries; trunc(@, n) keeps the n entries with the largest values. */
  trunc(keep = 0): void {
    if (keep <= 0) {
      this.entries.clear();
      return;
    }
    const sorted = this.sorted();
    for (const e of sorted.slice(0, Math.max(0, sorted.length - keep))) this.entries.delete(JSON.stringify(e.keys.map(String)));
  }

  /** The value printa sorts by (dt_aggregate_valcmp): scalars by value, histograms by sum of bucket value x count. */
  sortValue(e: Entry): bigint {
    switch (this.func.fn) {
      case 'avg':
        return e.data[0] === 0n ? 0n : e.data[1] / e.data[0];
      case 'count':
      case 'sum':
      case 'min':
      case 'max':
        return e.data[0];
      default: {
        let s = 0n;
        for (let i = 0; i < e.data.length; i++) s += this.bucketLow(i) * e.data[i];
        return s;
      }
    }
  }

  private bucketLow(i: number): bigint {
    const f = this.func;
    if (f.fn === 'quantize') return quantizeBucketValue(i);
    if (f.fn === 'lquantize') return BigInt(f.base + (i - 1) * f.step);
    const b = this.llBounds!;
    return i === 0 ? 0n : b[Math.min(i - 1, b.length - 1)];
  }

  /** Entries in default printa order: ascending by value, ties broken by the keys. */
  sorted(): Entry[] {
    const cmpKey = (a: KeyValue, b: KeyValue): number => {
      if (typeof a === 'string' || typeof b === 'string') return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
      return a < b ? -1 : a > b ? 1 : 0;
    };
    return [...this.entries.values()].sort((x, y) => {
      const a = this.sortValue(x), b = this.sortValue(y);
      if (a !== b) return a < b ? -1 : 1;
      for (let i = 0; i < x.keys.length; i++) {
        const c = cmpKey(x.keys[i], y.keys[i]);
        if (c) return c;
      }
      return 0;
    });
  }
}
