/**
 * The numbers behind one running zone's kstats.
 *
 * CPU, run-queue wait, RSS and process counts of a zone with processes are measured from /proc
 * (../proc/zone-usage.ts). Everything Linux cannot attribute to a zone (VFS, ZFS, VNIC, TCP traffic) and every
 * counter of a synthetic zone (no processes, for scale runs) is modelled: deterministic in the zone's UUID, growing
 * linearly with the seconds since the zone booted, so counters are monotonic, identical across reads at the same
 * instant, and restart from 0 at every boot.
 */
import type { ZoneUsage } from '../proc/zone-usage.js';

export interface ZoneFigures {
  elapsedSec: number; // since this boot
  nsecUser: bigint;
  nsecSys: bigint;
  nsecWaitrq: bigint;
  rssBytes: number;
  swapBytes: number;
  nprocs: number;
  nlwps: number;
  avenrun: [number, number, number]; // x FSCALE (256)
  cpuPct: number; // current CPU use, % of one CPU
  rate: (what: string, perSec: number) => bigint; // a modelled counter: perSec scaled by this zone's activity
}

/** FNV-1a: a stable per-zone seed for the modelled figures. */
export function seedOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function unit(seed: number, salt: string): number {
  return seedOf(`${seed}:${salt}`) / 0xffffffff;
}

function modelRate(seed: number, elapsedSec: number, activity: number) {
  return (what: string, perSec: number): bigint => {
    const r = perSec * activity * (0.5 + unit(seed, what));
    return BigInt(Math.floor(r * elapsedSec));
  };
}

/** A synthetic (process-less) zone: an idle tenant using 0.2-3 % of a CPU. */
export function syntheticFigures(uuid: string, elapsedSec: number, ramBytes: number): ZoneFigures {
  const seed = seedOf(uuid);
  const cpu = 0.002 + 0.028 * unit(seed, 'cpu'); // CPUs
  const cpuNs = cpu * elapsedSec * 1e9;
  const load = Math.round(cpu * 256);
  const rss = Math.floor(Math.min(ramBytes, 64 * 1048576 + ramBytes * (0.05 + 0.3 * unit(seed, 'rss'))) / 4096) * 4096;
  return {
    elapsedSec,
    nsecUser: BigInt(Math.floor(cpuNs * 0.7)),
    nsecSys: BigInt(Math.floor(cpuNs * 0.3)),
    nsecWaitrq: BigInt(Math.floor(cpuNs * 0.02)),
    rssBytes: rss,
    swapBytes: rss + 16 * 1048576,
    nprocs: 12 + Math.floor(20 * unit(seed, 'nprocs')),
    nlwps: 40 + Math.floor(80 * unit(seed, 'nlwps')),
    avenrun: [load, load, load],
    cpuPct: Math.round(cpu * 100),
    rate: modelRate(seed, elapsedSec, 0.2 + unit(seed, 'activity')),
  };
}

/** A zone with real processes: CPU and memory measured, the rest modelled. */
export function measuredFigures(uuid: string, elapsedSec: number, u: ZoneUsage): ZoneFigures {
  const seed = seedOf(uuid);
  const cpuSec = Number(u.nsecUser + u.nsecSys) / 1e9;
  const avgCpus = elapsedSec > 0 ? cpuSec / elapsedSec : 0;
  // Load average: runnable processes now, blended with the boot-average CPU use (a 1-minute EWMA needs history).
  const load = Math.round(((u.runnable + avgCpus) / 2) * 256);
  return {
    elapsedSec,
    nsecUser: u.nsecUser,
    nsecSys: u.nsecSys,
    nsecWaitrq: u.nsecWaitrq,
    rssBytes: u.rssBytes,
    swapBytes: u.rssBytes,
    nprocs: u.nprocs,
    nlwps: u.nlwps,
    avenrun: [load, load, load],
    cpuPct: Math.round(avgCpus * 100),
    rate: modelRate(seed, elapsedSec, 0.2 + avgCpus),
  };
}
