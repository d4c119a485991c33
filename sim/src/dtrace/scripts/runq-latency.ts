/**
 * Example renderer for dtrace/runq-latency.d: run-queue latency per zone, as a D script would aggregate it with
 *   sched:::enqueue { ts[args[0]->pr_lwpid, args[1]->pr_pid] = timestamp }
 *   sched:::on-cpu /ts[...]/ { @rq[zonename] = llquantize(timestamp - ts[...], 10, 3, 9, 10);
 *                              @rqsum[zonename] = sum(...); @rqcount[zonename] = count(); }
 *   tick-1s { printf("@@T %d\n", walltimestamp / 1000000000); printa(@rq);
 *             printa("@@S %s %@d %@d\n", @rqsum, @rqcount); printf("@@E\n"); trunc(@rq); trunc(@rqsum); trunc(@rqcount); }
 * Ground truth: per tick, the increase of /proc/<tid>/schedstat field 2 (ns waited on a run queue) and field 3
 * (timeslices run) of every thread of the zone's process group. Linux gives no per-wait latencies, so a tick's
 * waits are entered as Δslices events of the mean wait Δwait/Δslices each: sum and count are exact, the
 * distribution is that of the means. Synthetic zones (no processes) contribute a small modelled load.
 */
import { readdirSync } from 'node:fs';
import { readAllVms, readHost, readRuntime } from '../../host/state.js';
import { processesByGroup, readSchedstat } from '../../proc/procfs.js';
import { seedOf } from '../../kstat/figures.js';
import { Aggregation } from '../aggregation.js';
import { printaDefault, printaFormat, printf } from '../render.js';
import type { ScriptContext, ScriptRun } from './registry.js';

interface ThreadSample {
  wait: bigint;
  slices: number;
}

export function runqLatency(ctx: ScriptContext): ScriptRun {
  const rq = new Aggregation('rq', ['string'], { fn: 'llquantize', factor: 10, low: 3, high: 9, nsteps: 10 });
  const rqsum = new Aggregation('rqsum', ['string'], { fn: 'sum' });
  const rqcount = new Aggregation('rqcount', ['string'], { fn: 'count' });
  const prev = new Map<string, ThreadSample>(); // "zoneid/tid" -> last sample
  const synthetic = readHost(ctx.root).synthetic;
  let lastMs: number | undefined;

  function sample(nowMs: number): void {
    const zones = readAllVms(ctx.root)
      .map((vm) => ({ vm, rt: readRuntime(ctx.root, vm.uuid) }))
      .filter((z) => z.rt.zoneid !== null);
    const groups = processesByGroup(new Set(zones.flatMap((z) => (z.rt.pgid !== null ? [z.rt.pgid] : []))));
    const seen = new Set<string>();
    for (const { vm, rt } of zones) {
      const zonename = typeof vm.zonename === 'string' ? vm.zonename : vm.uuid;
      if (synthetic || rt.pgid === null) {
        if (lastMs === undefined) continue;
        const events = Math.max(1, Math.round(((nowMs - lastMs) / 1000) * 20));
        const mean = 2_000 + (seedOf(vm.uuid) % 40_000);
        rq.add([zonename], mean, events);
        rqsum.add([zonename], mean * events);
        rqcount.add([zonename], 1, events);
        continue;
      }
      let dWait = 0n;
      let dSlices = 0;
      for (const p of groups.get(rt.pgid) ?? []) {
        let tids: string[] = [];
        try {
          tids = readdirSync(`/proc/${p.pid}/task`);
        } catch {
          continue;
        }
        for (const tid of tids) {
          const s = readSchedstat(Number(tid));
          if (!s) continue;
          const key = `${rt.zoneid}/${tid}`;
          seen.add(key);
          const before = prev.get(key);
          prev.set(key, { wait: s.waitNs, slices: s.slices });
          if (!before) continue; // first sight: a baseline, its past waits are not this tick's
          dWait += s.waitNs - before.wait;
          dSlices += s.slices - before.slices;
        }
      }
      if (dSlices <= 0) continue;
      rq.add([zonename], dWait / BigInt(dSlices), dSlices);
      rqsum.add([zonename], dWait);
      rqcount.add([zonename], 1, dSlices);
    }
    for (const k of prev.keys()) if (!seen.has(k)) prev.delete(k);
    lastMs = nowMs;
  }

  sample(Date.now()); // the baseline, as the D script starts measuring when it is enabled
  return {
    tick(nowMs: number): string {
      sample(nowMs);
      const out =
        printf('@@T %d\n', Math.floor(nowMs / 1000)) +
        printaDefault(rq) +
        printaFormat('@@S %s %@d %@d\n', rqsum, rqcount) +
        printf('@@E\n');
      rq.trunc();
      rqsum.trunc();
      rqcount.trunc();
      return out;
    },
    aggregations: () => [rq, rqsum, rqcount],
  };
}
