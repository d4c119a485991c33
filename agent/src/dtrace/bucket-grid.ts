/**
 * The fixed bucket grid of an llquantize() aggregation, and its Prometheus `le` bounds.
 *
 * Theory of operation: libdtrace's llquantize(v, factor, low, high, nsteps) (dtrace_aggregate_llquantize_bucket in
 * dtrace.c) has an underflow bucket (v < factor^low), then for each order of magnitude m in low..high the range
 * [factor^m, factor^(m+1)) cut into min(nsteps, factor^(m+1)) steps, of which the first nsteps/factor overlap the
 * previous order and are skipped, then an overflow bucket (v >= factor^(high+1)). dtrace prints each bucket by its
 * lower bound ("< N" and ">= N" for the ends) and trims leading/trailing zero buckets, so rows map to grid slots by
 * label. Per INTERFACES.md, bucket [r, next) of integer nanoseconds is exported as le = (next - 1) ns in seconds; the
 * underflow bucket's next is factor^low, the overflow bucket is +Inf only. No bucket is ever invented.
 *
 * Exported buckets (INTERFACES.md style): a histogram exports the cumulative count only at the grid's 1-2-5 edges,
 * i.e. at slots whose `next` is 1, 2 or 5 x 10^k ns, plus +Inf. Each such edge is a real llquantize bucket boundary,
 * so `le` = (next - 1) ns with the cumulative count of every slot below `next` stays exact; the slots in between are
 * merged, not interpolated. For llquantize(ns, 10, 3, 9, 10) that is le = 0.000000999, 0.000001999, 0.000004999,
 * 0.000009999, 0.000019999, ..., 4.999999999, 9.999999999, +Inf: 23 buckets instead of 65 (at 1000 zones, three
 * histograms per zone: 69k bucket lines instead of 195k per scrape). Precision is a factor of 2 to 2.5 per bucket.
 */
import { decimalShift } from '../metrics/exposition.js';
import { OVERFLOW, UNDERFLOW } from './output-parser.js';

export interface BucketGrid {
  /** slot i's printed label, slot 0 = underflow ("< N"), last = overflow (">= N") */
  readonly labels: readonly string[];
  /** slot i's inclusive upper bound in ns (bigint); the overflow slot has none */
  readonly upperNs: readonly (bigint | null)[];
  /** `le` label values (seconds, exact decimal), one per slot; "+Inf" for the overflow slot */
  readonly le: readonly string[];
  /** per slot: true when its cumulative count is exported (a 1-2-5 edge, or +Inf); ascending, last slot always */
  readonly exported: readonly boolean[];
  /** the slot of a printed row (HistogramRows' kind code and bound), undefined when it is not on this grid */
  slot(kind: number, bound: number): number | undefined;
}

export interface LlquantizeParams { factor: number; low: number; high: number; nsteps: number }

export function llquantizeGrid({ factor, low, high, nsteps }: LlquantizeParams): BucketGrid {
  if (!(factor >= 2 && nsteps >= factor && nsteps % factor === 0 && high >= low && low >= 0)) {
    throw new Error(`invalid llquantize parameters factor=${factor} low=${low} high=${high} nsteps=${nsteps}`);
  }
  const f = BigInt(factor);
  const steps = BigInt(nsteps);
  const lowers: bigint[] = [];
  let last = f ** BigInt(low);
  const underflowBound = last;
  let cur = last * f;
  for (let order = low; order <= high; order++) {
    const nb = cur > steps ? steps : cur;
    const width = cur / nb;
    for (let v = last; v < cur; v += width) lowers.push(v);
    last = cur;
    cur *= f;
  }
  const overflowBound = last;

  const labels = [`< ${underflowBound}`, ...lowers.map(String), `>= ${overflowBound}`];
  const nexts = [underflowBound, ...lowers.slice(1), overflowBound];
  const upperNs: (bigint | null)[] = [...nexts.map((n) => n - 1n), null];
  const le = upperNs.map((u) => (u === null ? '+Inf' : decimalShift(u, 9)));
  const exported = [...nexts.map(isOneTwoFive), true];
  // rows carry their bounds as doubles (HistogramRows), exact below 2^53 ns (104 days): a grid reaching past that is
  // refused rather than matched approximately
  if (overflowBound > BigInt(Number.MAX_SAFE_INTEGER)) throw new Error(`llquantize grid beyond 2^53: factor^(high+1) = ${overflowBound}`);
  const byLower = new Map<number, number>(lowers.map((v, i) => [Number(v), i + 1]));
  const under = Number(underflowBound), over = Number(overflowBound);
  const overflowSlot = labels.length - 1;
  return {
    labels, upperNs, le, exported,
    slot: (kind, bound) =>
      kind === UNDERFLOW ? (bound === under ? 0 : undefined) : kind === OVERFLOW ? (bound === over ? overflowSlot : undefined) : byLower.get(bound),
  };
}

/** 1, 2 or 5 times a power of ten. */
function isOneTwoFive(n: bigint): boolean {
  const d = n.toString();
  return (d[0] === '1' || d[0] === '2' || d[0] === '5') && /^.0*$/.test(d);
}
