/**
 * A simulated zone's processes. Booting spawns the workload program detached (its own session and process group,
 * surviving the command that booted it); the group id is stored in runtime/<uuid>.json. Halting kills the group.
 * Synthetic hosts boot zones with no process at all (pgid null).
 */
import { spawn } from 'node:child_process';
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
  if (rt.pgid !== null) {
    try {
      process.kill(rt.pgid, 'SIGHUP');
    } catch {
      /* the zone's processes are gone; the spec applies on next boot */
    }
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
