/**
 * A simulated zone's processes. Booting spawns the workload program detached (its own session and process group,
 * surviving the command that booted it); the group id is stored in runtime/<uuid>.json. Halting kills the group.
 * Synthetic hosts boot zones with no process at all (pgid null).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseWorkload } from '../workload/spec.js';
import { readHost, readRuntime, writeHost, writeRuntime, type ZoneRuntime } from './state.js';

const WORKLOAD = fileURLToPath(new URL('../workload/main.js', import.meta.url));

/** Allocates the next zone id (call under withLock). */
export function nextZoneId(root: string): number {
  const host = readHost(root);
  const id = host.nextZoneId;
  host.nextZoneId = id + 1;
  writeHost(root, host);
  return id;
}

/** Starts the zone's process group with a fresh zone id; returns the runtime (pid = group leader, or null). */
export function bootZone(root: string, uuid: string, workload?: string): ZoneRuntime {
  const prev = readRuntime(root, uuid);
  if (prev.pgid !== null) killGroup(prev.pgid);
  const spec = workload ?? prev.workload ?? 'idle';
  parseWorkload(spec);
  const host = readHost(root);
  const zoneid = nextZoneId(root);
  let pgid: number | null = null;
  const rt: ZoneRuntime = { zoneid, pgid: null, bootedAt: Date.now(), workload: spec };
  writeRuntime(root, uuid, rt); // the workload reads its spec from here
  if (!host.synthetic) {
    const child = spawn(process.execPath, [WORKLOAD, root, uuid], { detached: true, stdio: 'ignore' });
    child.unref();
    pgid = child.pid ?? null;
    if (pgid === null) throw new Error(`could not start the processes of zone ${uuid}`);
  }
  rt.pgid = pgid;
  writeRuntime(root, uuid, rt);
  return rt;
}

export function haltZone(root: string, uuid: string): void {
  const rt = readRuntime(root, uuid);
  if (rt.pgid !== null) killGroup(rt.pgid);
  writeRuntime(root, uuid, { ...rt, zoneid: null, pgid: null, bootedAt: null });
}

/** Changes a running zone's workload in place (the processes keep running and keep their counters). */
export function setWorkload(root: string, uuid: string, workload: string): void {
  parseWorkload(workload);
  const rt = readRuntime(root, uuid);
  writeRuntime(root, uuid, { ...rt, workload });
  if (rt.pgid !== null && waitForHupHandler(rt.pgid, 10_000)) {
    try {
      process.kill(rt.pgid, 'SIGHUP');
    } catch {
      /* the zone's processes are gone; the spec applies on next boot */
    }
  }
}

/**
 * Waits until `pid` catches SIGHUP (bit 1 of SigCgt in /proc/<pid>/status): a zone booted a moment ago may still be
 * starting node, and SIGHUP's default action would kill it (a workload set right after `init` used to kill the
 * zone's processes on a loaded machine). A process started after the runtime file was written reads the new spec at
 * startup anyway. False when the process is gone or never installs the handler.
 */
function waitForHupHandler(pid: number, ms: number): boolean {
  const end = Date.now() + ms;
  for (;;) {
    let status: string;
    try {
      status = readFileSync(`/proc/${pid}/status`, 'latin1');
    } catch {
      return false;
    }
    const m = /^SigCgt:\s*([0-9a-f]+)$/m.exec(status);
    if (m && (BigInt(`0x${m[1]}`) & 1n) === 1n) return true;
    if (Date.now() > end) return false;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
  }
}

export function killGroup(pgid: number): void {
  try {
    process.kill(-pgid, 'SIGKILL');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ESRCH') throw e;
  }
}

export function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}
