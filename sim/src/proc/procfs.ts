/**
 * Linux /proc readers: the ground truth behind the simulated kstat and dtrace values.
 * All readers return undefined (never throw) for a process that vanished between listing and reading.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** USER_HZ: the unit of utime/stime in /proc/<pid>/stat. 100 on every Linux ABI Node runs on. */
export const CLK_TCK = 100;
export const NSEC_PER_TICK = 1_000_000_000n / BigInt(CLK_TCK);
export const PAGE_SIZE = 4096;

export interface ProcStat {
  pid: number;
  state: string;
  ppid: number;
  pgrp: number;
  cminflt: number; // minor faults of reaped children: grows only when the process waits for a child
  utime: number; // ticks
  stime: number;
  cutime: number; // ticks of reaped children
  cstime: number;
  starttime: number; // ticks after boot
  rssPages: number;
}

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'latin1');
  } catch {
    return undefined;
  }
}

/** Parses /proc/<pid>/stat; the command name may hold spaces and parentheses, so split after the last ')'. */
export function parseProcStat(pid: number, text: string): ProcStat | undefined {
  const close = text.lastIndexOf(')');
  if (close < 0) return undefined;
  const f = text.slice(close + 2).split(' '); // f[0] is field 3 (state)
  if (f.length < 22) return undefined;
  return {
    pid,
    state: f[0],
    ppid: Number(f[1]),
    pgrp: Number(f[2]),
    cminflt: Number(f[8]),
    utime: Number(f[11]),
    stime: Number(f[12]),
    cutime: Number(f[13]),
    cstime: Number(f[14]),
    starttime: Number(f[19]),
    rssPages: Number(f[21]),
  };
}

export function readProcStat(pid: number): ProcStat | undefined {
  const t = readText(`/proc/${pid}/stat`);
  return t === undefined ? undefined : parseProcStat(pid, t);
}

/** /proc/<pid>/schedstat: [ns on cpu, ns waiting on a run queue, timeslices run]. */
export function readSchedstat(pid: number): { runNs: bigint; waitNs: bigint; slices: number } | undefined {
  const t = readText(`/proc/${pid}/schedstat`);
  if (!t) return undefined;
  const [run, wait, slices] = t.trim().split(/\s+/);
  if (wait === undefined) return undefined;
  return { runNs: BigInt(run), waitNs: BigInt(wait), slices: Number(slices) };
}

/** /proc/<pid>/io read and write system call counts (every thread of the process, dead ones included). */
export function readProcIo(pid: number): { syscr: number; syscw: number } | undefined {
  const t = readText(`/proc/${pid}/io`);
  if (!t) return undefined;
  const syscr = /^syscr:\s*(\d+)/m.exec(t);
  const syscw = /^syscw:\s*(\d+)/m.exec(t);
  return syscr && syscw ? { syscr: Number(syscr[1]), syscw: Number(syscw[1]) } : undefined;
}

/** Voluntary context switches of one thread (/proc/<pid>/task/<tid>/status): each one is a blocking system call. */
export function readVoluntarySwitches(pid: number, tid: number): number | undefined {
  const t = readText(`/proc/${pid}/task/${tid}/status`);
  const m = t === undefined ? null : /^voluntary_ctxt_switches:\s*(\d+)/m.exec(t);
  return m ? Number(m[1]) : undefined;
}

/** Thread ids of a process ([] once it is gone). */
export function listTids(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).map(Number);
  } catch {
    return [];
  }
}

export function listPids(): number[] {
  const out: number[] = [];
  for (const name of readdirSync('/proc')) {
    const c = name.charCodeAt(0);
    if (c >= 48 && c <= 57) out.push(Number(name));
  }
  return out;
}

/** Every live process whose process group is one of `pgids`, grouped by pgid (one /proc scan for all zones). */
export function processesByGroup(pgids: Set<number>): Map<number, ProcStat[]> {
  const out = new Map<number, ProcStat[]>();
  if (pgids.size === 0) return out;
  for (const pid of listPids()) {
    const st = readProcStat(pid);
    if (!st || !pgids.has(st.pgrp)) continue;
    let list = out.get(st.pgrp);
    if (!list) out.set(st.pgrp, (list = []));
    list.push(st);
  }
  return out;
}

export interface CpuTimes {
  cpu: number;
  user: number; // ticks (user + nice)
  system: number;
  idle: number;
  iowait: number;
  irq: number; // irq + softirq
}

export interface ProcStatSystem {
  cpus: CpuTimes[];
  btime: number; // unix seconds
  ctxt: number;
  processes: number; // forks since boot
  intr: number;
  procsRunning: number;
}

export function readSystemStat(): ProcStatSystem {
  const text = readFileSync('/proc/stat', 'latin1');
  const out: ProcStatSystem = { cpus: [], btime: 0, ctxt: 0, processes: 0, intr: 0, procsRunning: 0 };
  for (const line of text.split('\n')) {
    const f = line.split(/\s+/);
    const key = f[0];
    if (/^cpu\d+$/.test(key)) {
      const n = f.slice(1).map(Number);
      out.cpus.push({ cpu: Number(key.slice(3)), user: n[0] + n[1], system: n[2], idle: n[3], iowait: n[4], irq: n[5] + n[6] });
    } else if (key === 'btime') out.btime = Number(f[1]);
    else if (key === 'ctxt') out.ctxt = Number(f[1]);
    else if (key === 'processes') out.processes = Number(f[1]);
    else if (key === 'intr') out.intr = Number(f[1]);
    else if (key === 'procs_running') out.procsRunning = Number(f[1]);
  }
  return out;
}

/** /proc/meminfo in bytes, keyed by its field names (MemTotal, MemFree, MemAvailable, Cached, SwapTotal ...). */
export function readMeminfo(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const line of readFileSync('/proc/meminfo', 'latin1').split('\n')) {
    const m = /^(\w+(?:\(\w+\))?):\s+(\d+)(?: kB)?/.exec(line);
    if (m) out[m[1]] = Number(m[2]) * (line.endsWith('kB') ? 1024 : 1);
  }
  return out;
}

/** /proc/loadavg: the three load averages. */
export function readLoadavg(): [number, number, number] {
  const f = readFileSync('/proc/loadavg', 'latin1').split(' ');
  return [Number(f[0]), Number(f[1]), Number(f[2])];
}
