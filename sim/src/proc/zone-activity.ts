/**
 * What each running simulated zone did between two samples, from Linux /proc: the ground truth behind the simulated
 * dtrace's per-interval aggregations.
 *
 * Theory of operation: a zone's processes are the live members of its process group (runtime/<uuid>.json pgid). Each
 * sample reads, per thread, /proc/<tid>/schedstat (ns waited on a run queue, timeslices run) and optionally
 * voluntary_ctxt_switches, and per process /proc/<pid>/io (syscr, syscw) and the stat cminflt; the result is the
 * increase since the previous sample of every thread/process seen both times. A thread or process seen for the first
 * time is only a baseline (its past is not this interval's), and one that vanished takes its last increase with it
 * (Linux keeps no total for exited threads), so every delta is real but may miss a dying thread's last moments.
 * New pids in the group are counted too, though children that live a few ms (the `exec=N` workload) fall between
 * samples; callers say how they deal with that. Zones without processes (synthetic hosts) have `pgid: null`.
 */
import { readAllVms, readHost, readRuntime } from '../host/state.js';
import { parseWorkload, type WorkloadSpec } from '../workload/spec.js';
import { listTids, processesByGroup, readProcIo, readSchedstat, readVoluntarySwitches } from './procfs.js';

export interface ThreadDelta {
  waitNs: bigint; // ns waited on a run queue
  slices: number; // times it got on a CPU
}

export interface ZoneActivity {
  uuid: string;
  zonename: string;
  zoneid: number;
  /** null: a zone with no processes (synthetic host); every measure below is then empty/zero */
  pgid: number | null;
  workload: WorkloadSpec;
  threads: ThreadDelta[];
  readCalls: number; // Δsyscr
  writeCalls: number; // Δsyscw
  voluntarySwitches: number;
  newPids: number;
  /** true when a process of the zone reaped at least one child in the interval (its cminflt grew) */
  reapedChildren: boolean;
}

export interface ActivitySample {
  nowMs: number;
  /** ms since the previous sample; 0 for the first (baseline) sample */
  elapsedMs: number;
  zones: ZoneActivity[];
}

export interface Measures {
  threads?: boolean;
  io?: boolean;
  switches?: boolean;
  pids?: boolean;
}

const IDLE: WorkloadSpec = { cpu: 0, memBytes: 0, execPerSec: 0, ioKiBPerSec: 0 };

function workloadOf(text: string): WorkloadSpec {
  try {
    return parseWorkload(text);
  } catch {
    return IDLE;
  }
}

export class ZoneActivitySampler {
  private readonly prevThread = new Map<string, { wait: bigint; slices: number; vcsw: number }>(); // "pid/tid"
  private readonly prevProc = new Map<number, { syscr: number; syscw: number; cminflt: number }>();
  private readonly prevPids = new Map<number, Set<number>>(); // pgid -> pids
  private lastMs: number | undefined;
  private readonly synthetic: boolean;

  constructor(
    private readonly root: string,
    private readonly want: Measures,
  ) {
    this.synthetic = readHost(root).synthetic;
  }

  sample(nowMs: number): ActivitySample {
    const zones: ZoneActivity[] = [];
    for (const vm of readAllVms(this.root)) {
      const rt = readRuntime(this.root, vm.uuid);
      if (rt.zoneid === null) continue;
      zones.push({
        uuid: vm.uuid,
        zonename: typeof vm.zonename === 'string' ? vm.zonename : vm.uuid,
        zoneid: rt.zoneid,
        pgid: this.synthetic ? null : rt.pgid,
        workload: workloadOf(rt.workload),
        threads: [],
        readCalls: 0,
        writeCalls: 0,
        voluntarySwitches: 0,
        newPids: 0,
        reapedChildren: false,
      });
    }
    const groups = processesByGroup(new Set(zones.flatMap((z) => (z.pgid !== null ? [z.pgid] : []))));
    const seenThreads = new Set<string>();
    const seenProcs = new Set<number>();
    const first = this.lastMs === undefined;
    for (const z of zones) {
      if (z.pgid === null) continue;
      const procs = groups.get(z.pgid) ?? [];
      if (this.want.pids) {
        const before = this.prevPids.get(z.pgid);
        const now = new Set(procs.map((p) => p.pid));
        if (before) for (const pid of now) if (!before.has(pid)) z.newPids++;
        this.prevPids.set(z.pgid, now);
      }
      for (const p of procs) {
        seenProcs.add(p.pid);
        const before = this.prevProc.get(p.pid);
        const io = this.want.io ? readProcIo(p.pid) : undefined;
        this.prevProc.set(p.pid, { syscr: io?.syscr ?? 0, syscw: io?.syscw ?? 0, cminflt: p.cminflt });
        if (before && p.cminflt > before.cminflt) z.reapedChildren = true;
        if (before && io && io.syscr >= before.syscr && io.syscw >= before.syscw) {
          z.readCalls += io.syscr - before.syscr;
          z.writeCalls += io.syscw - before.syscw;
        }
        if (!this.want.threads && !this.want.switches) continue;
        for (const tid of listTids(p.pid)) {
          const s = this.want.threads ? readSchedstat(tid) : undefined;
          const vcsw = this.want.switches ? readVoluntarySwitches(p.pid, tid) : undefined;
          if (this.want.threads && !s) continue;
          const key = `${p.pid}/${tid}`;
          seenThreads.add(key);
          const before = this.prevThread.get(key);
          const cur = { wait: s?.waitNs ?? 0n, slices: s?.slices ?? 0, vcsw: vcsw ?? 0 };
          this.prevThread.set(key, cur);
          if (!before || cur.wait < before.wait || cur.slices < before.slices) continue; // baseline, or a reused tid
          if (this.want.threads) z.threads.push({ waitNs: cur.wait - before.wait, slices: cur.slices - before.slices });
          if (cur.vcsw >= before.vcsw) z.voluntarySwitches += cur.vcsw - before.vcsw;
        }
      }
    }
    for (const k of this.prevThread.keys()) if (!seenThreads.has(k)) this.prevThread.delete(k);
    for (const k of this.prevProc.keys()) if (!seenProcs.has(k)) this.prevProc.delete(k);
    const live = new Set(zones.map((z) => z.pgid));
    for (const k of this.prevPids.keys()) if (!live.has(k)) this.prevPids.delete(k);
    const elapsedMs = first ? 0 : nowMs - this.lastMs!;
    this.lastMs = nowMs;
    return { nowMs, elapsedMs, zones };
  }
}
