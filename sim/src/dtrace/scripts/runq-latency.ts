/**
 * dtrace/runq-latency.d in the sim: @runq[zonename] = llquantize(ns, 10, 3, 9, 10), @runq_sum[zonename] = sum(ns),
 * @runq_count[zonename] = count(), ns = time from sched:::enqueue to sched:::on-cpu.
 *
 * Ground truth: per interval, the increase of /proc/<tid>/schedstat field 2 (ns waited on a run queue) and field 3
 * (times it got on a CPU) of every thread of the zone's process group. Linux keeps no per-wait latencies, so each
 * thread's interval is entered as Δslices waits of its mean wait Δwait/Δslices: sum and count are exact, and the
 * distribution is that of per-thread means (a quiet zone's threads next to a CPU hog really wait longer per wakeup,
 * and show it). Zones without processes (synthetic hosts) get a deterministic modelled load: 20 waits/s of a mean
 * between 2 us and 42 us fixed by the zone's UUID.
 */
import { seedOf } from '../../kstat/figures.js';
import { latencyAggregations, modelledCount, recordLatency, samplingScript } from './interval.js';
import type { ScriptContext, ScriptRun } from './registry.js';

export function runqLatency(ctx: ScriptContext): ScriptRun {
  const runq = latencyAggregations('runq', ['string']);
  return samplingScript(ctx.root, { threads: true }, [runq.hist, runq.sum, runq.count], (s) => {
    for (const z of s.zones) {
      if (z.pgid === null) {
        const mean = BigInt(2_000 + (seedOf(z.uuid) % 40_000));
        recordLatency(runq, [z.zonename], mean, modelledCount(20, s.nowMs - s.elapsedMs, s.nowMs));
        continue;
      }
      for (const t of z.threads) {
        if (t.slices > 0) recordLatency(runq, [z.zonename], t.waitNs / BigInt(t.slices), t.slices, t.waitNs);
      }
    }
  });
}
