// CPU and memory of processes from /proc/<pid>/stat, in milliseconds and bytes: ground truth from outside the agent.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const CLK_TCK = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
const PAGE = Number(execFileSync('getconf', ['PAGESIZE'], { encoding: 'utf8' }).trim()) || 4096;
/** resolution of every CPU figure read here */
export const TICK_MS = 1000 / CLK_TCK;

export interface ProcCpu {
  pid: number;
  ppid: number;
  /** utime + stime of the process itself */
  selfMs: number;
  /** cutime + cstime: children it has waited for (exited ones only) */
  childrenMs: number;
  rssBytes: number;
}

export function readProc(pid: number): ProcCpu | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // fields after "(comm)": state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime ... rss at 24
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const tick = (i: number) => Number(f[i]) * TICK_MS;
  return { pid, ppid: Number(f[1]), selfMs: tick(11) + tick(12), childrenMs: tick(13) + tick(14), rssBytes: Number(f[21]) * PAGE };
}

/** Live children of pid */
export function childrenOf(pid: number): ProcCpu[] {
  const out: ProcCpu[] = [];
  for (const name of readdirSync('/proc')) {
    if (name.charCodeAt(0) > 57) continue;
    const p = readProc(Number(name));
    if (p?.ppid === pid) out.push(p);
  }
  return out;
}

/**
 * A CPU snapshot of the agent and of the simulated host's tools it runs. Short-lived tools (kstat, zfs, ...) land in
 * the agent's cutime/cstime when reaped; long-lived ones (dtrace, vmadm events) are read live, their own reaped
 * children included.
 */
export interface TreeCpu { agentMs: number; reapedMs: number; live: Map<number, number>; rssBytes: number }

export function readTree(agentPid: number): TreeCpu {
  const a = readProc(agentPid);
  if (!a) throw new Error(`agent process ${agentPid} is gone`);
  const live = new Map<number, number>();
  for (const c of childrenOf(agentPid)) live.set(c.pid, c.selfMs + c.childrenMs);
  return { agentMs: a.selfMs, reapedMs: a.childrenMs, live, rssBytes: a.rssBytes };
}

/**
 * Agent CPU and sim-tool CPU between two snapshots. A long-lived child that exited in between is counted in the
 * reaped delta with its whole life (a small overcount, only on a dtrace restart).
 */
export function treeDelta(before: TreeCpu, after: TreeCpu): { agentMs: number; simMs: number } {
  let live = 0;
  for (const [pid, ms] of after.live) live += ms - (before.live.get(pid) ?? 0);
  return { agentMs: after.agentMs - before.agentMs, simMs: after.reapedMs - before.reapedMs + live };
}
