/**
 * What a running simulated zone has used, measured from Linux /proc over the zone's process group.
 *
 * Theory of operation: CPU time is utime+stime of every live process in the group plus cutime+cstime (the time of
 * children they already reaped), so a short-lived child's CPU stays counted after it exits. Run-queue wait
 * (schedstat field 2) has no "reaped children" total, so it is summed per thread and a thread's last value is kept
 * once it disappears. A small accumulator file per zone (runtime/<uuid>.kstat.json) holds those per-thread values and
 * a high-water mark, so every counter is monotonic within one boot and restarts from 0 with a new zone id.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { paths, writeJsonAtomic } from '../host/state.js';
import { NSEC_PER_TICK, PAGE_SIZE, readSchedstat, type ProcStat } from './procfs.js';

export interface ZoneUsage {
  nsecUser: bigint;
  nsecSys: bigint;
  nsecWaitrq: bigint;
  rssBytes: number;
  nprocs: number;
  nlwps: number;
  runnable: number; // processes in state R right now
}

interface Accumulator {
  zoneid: number;
  threads: Record<string, string>; // "pid/tid" -> last seen wait ns
  deadWait: string;
  hw: { user: string; sys: string; wait: string };
}

export function accumulatorFile(root: string, uuid: string): string {
  return join(paths(root).runtimeDir, `${uuid}.kstat.json`);
}

function readAcc(file: string, zoneid: number): Accumulator {
  try {
    const a = JSON.parse(readFileSync(file, 'utf8')) as Accumulator;
    if (a.zoneid === zoneid) return a;
  } catch {
    /* first read of this boot */
  }
  return { zoneid, threads: {}, deadWait: '0', hw: { user: '0', sys: '0', wait: '0' } };
}

function threadWaits(pid: number): Map<string, bigint> {
  const out = new Map<string, bigint>();
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tids) {
    const s = readSchedstat(Number(tid)) ?? undefined;
    // /proc/<tid>/schedstat resolves for any thread id, not only group leaders
    if (s) out.set(`${pid}/${tid}`, s.waitNs);
  }
  return out;
}

const max = (a: bigint, b: bigint) => (a > b ? a : b);

/** Measures one zone; `procs` are the live members of its process group (from processesByGroup). */
export function measureZone(root: string, uuid: string, zoneid: number, procs: ProcStat[]): ZoneUsage {
  let user = 0n;
  let sys = 0n;
  let rss = 0;
  let runnable = 0;
  let nlwps = 0;
  const seen = new Map<string, bigint>();
  for (const p of procs) {
    user += BigInt(p.utime + p.cutime) * NSEC_PER_TICK;
    sys += BigInt(p.stime + p.cstime) * NSEC_PER_TICK;
    rss += p.rssPages * PAGE_SIZE;
    if (p.state === 'R') runnable++;
    const waits = threadWaits(p.pid);
    nlwps += waits.size;
    for (const [k, v] of waits) seen.set(k, v);
  }
  const file = accumulatorFile(root, uuid);
  const acc = readAcc(file, zoneid);
  let dead = BigInt(acc.deadWait);
  for (const [k, v] of Object.entries(acc.threads)) if (!seen.has(k)) dead += BigInt(v);
  let live = 0n;
  for (const v of seen.values()) live += v;
  const out = {
    user: max(user, BigInt(acc.hw.user)),
    sys: max(sys, BigInt(acc.hw.sys)),
    wait: max(live + dead, BigInt(acc.hw.wait)),
  };
  const next: Accumulator = {
    zoneid,
    threads: Object.fromEntries([...seen].map(([k, v]) => [k, v.toString()])),
    deadWait: dead.toString(),
    hw: { user: out.user.toString(), sys: out.sys.toString(), wait: out.wait.toString() },
  };
  try {
    writeJsonAtomic(file, next, false);
  } catch {
    /* a read-only root still answers, only without the monotonic guard */
  }
  return { nsecUser: out.user, nsecSys: out.sys, nsecWaitrq: out.wait, rssBytes: rss, nprocs: procs.length, nlwps, runnable };
}
