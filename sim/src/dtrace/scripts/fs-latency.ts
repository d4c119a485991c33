/**
 * dtrace/fs-latency.d in the sim: @vfs[zonename, op] = llquantize(ns, 10, 3, 9, 10), @vfs_sum = sum(ns),
 * @vfs_count = count(), op "read" | "write", ns = entry to return of the read/write family on ZFS files.
 *
 * Counts are ground truth: the increase of /proc/<pid>/io syscr and syscw over the zone's processes (Linux counts
 * every read/write-family call there, on any file, pipe or socket; the sim has no ZFS to filter on). Latencies are
 * MODELLED, since Linux keeps no per-call times: a per-zone base (reads 4-16 us, ARC hits; writes 15-75 us, fixed by
 * the zone's UUID) spread 70/25/5 % over 1x/3x/20x, plus the zone's real mean run-queue wait per wakeup this
 * interval (a thread that waits for a CPU returns from its syscall that much later), bounded at 100 ms.
 * Zones without processes get a modelled 50 reads/s and 10 writes/s.
 */
import { seedOf } from '../../kstat/figures.js';
import type { ZoneActivity } from '../../proc/zone-activity.js';
import { latencyAggregations, modelledCount, recordLatency, samplingScript } from './interval.js';
import type { ScriptContext, ScriptRun } from './registry.js';

const SPREAD: ReadonlyArray<[percent: number, factor: bigint]> = [[70, 1n], [25, 3n], [5, 20n]];
const BOUND_NS = 100_000_000n;

function meanRunqWait(z: ZoneActivity): bigint {
  let wait = 0n;
  let slices = 0;
  for (const t of z.threads) {
    wait += t.waitNs;
    slices += t.slices;
  }
  return slices > 0 ? wait / BigInt(slices) : 0n;
}

export function fsLatency(ctx: ScriptContext): ScriptRun {
  const vfs = latencyAggregations('vfs', ['string', 'string']);
  const record = (zonename: string, op: string, base: bigint, wait: bigint, n: number) => {
    let left = n;
    for (const [i, [percent, factor]] of SPREAD.entries()) {
      const part = i === SPREAD.length - 1 ? left : Math.floor((n * percent) / 100);
      left -= part;
      const ns = base * factor + wait;
      recordLatency(vfs, [zonename, op], ns > BOUND_NS ? BOUND_NS : ns, part);
    }
  };
  return samplingScript(ctx.root, { io: true, threads: true }, [vfs.hist, vfs.sum, vfs.count], (s) => {
    for (const z of s.zones) {
      const seed = seedOf(z.uuid);
      const wait = meanRunqWait(z);
      const readBase = BigInt(4_000 + (seed % 12_000));
      const writeBase = BigInt(15_000 + ((seed >>> 8) % 60_000));
      const from = s.nowMs - s.elapsedMs;
      const reads = z.pgid === null ? modelledCount(50, from, s.nowMs) : z.readCalls;
      const writes = z.pgid === null ? modelledCount(10, from, s.nowMs) : z.writeCalls;
      record(z.zonename, 'read', readBase, wait, reads);
      record(z.zonename, 'write', writeBase, wait, writes);
    }
  });
}
