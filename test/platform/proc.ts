// Ground truth about processes from Linux /proc (not from the code under test).
import { readdirSync, readFileSync } from 'node:fs';

export interface ProcInfo { pid: number; state: string; ppid: number; pgrp: number }

export function listProcs(): ProcInfo[] {
  const out: ProcInfo[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try { stat = readFileSync(`/proc/${name}/stat`, 'utf8'); } catch { continue; } // exited meanwhile
    // comm may contain spaces and parens: fields resume after the last ')'
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    out.push({ pid: Number(name), state: rest[0], ppid: Number(rest[1]), pgrp: Number(rest[2]) });
  }
  return out;
}

/** Live (non-zombie) processes in a process group. */
export const liveInGroup = (pgrp: number) => listProcs().filter((p) => p.pgrp === pgrp && p.state !== 'Z');
/** Live processes among the given pids. */
export const liveAmong = (pids: number[]) => listProcs().filter((p) => pids.includes(p.pid) && p.state !== 'Z');
/** Zombie children of this (test) process: what an un-awaited child leaves behind. */
export const myZombies = () => listProcs().filter((p) => p.ppid === process.pid && p.state === 'Z');
