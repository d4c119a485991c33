/**
 * One read of the simulated host's kstat chain: host kstats plus the kstats of every zone that is up
 * (runtime zoneid set). Zone figures are computed lazily, so a selector that reaches few zones reads /proc only
 * for those, and the /proc scan for process groups happens at most once per snapshot.
 */
import { readAllVms, readHost, readRuntime, type VmObject } from '../host/state.js';
import { processesByGroup, readSystemStat, type ProcStat } from '../proc/procfs.js';
import { measureZone } from '../proc/zone-usage.js';
import { measuredFigures, syntheticFigures, type ZoneFigures } from './figures.js';
import { hostKstats } from './host-kstats.js';
import { compareKstats, UINT64_MAX, type Kstat } from './kstat.js';
import { zoneKstats } from './zone-kstats.js';

export interface Snapshot {
  kstats: Kstat[]; // sorted
  snaptime: bigint; // ns since host boot, the moment of this read
}

const MiB = 1048576n;
const capBytes = (mib: unknown): bigint => (typeof mib === 'number' && mib > 0 ? BigInt(Math.floor(mib)) * MiB : UINT64_MAX);

function nicNames(vm: VmObject): string[] {
  const nics = Array.isArray(vm.nics) ? (vm.nics as Array<Record<string, unknown>>) : [];
  return nics.map((n, i) => (typeof n.interface === 'string' ? n.interface : `net${i}`));
}

export function takeSnapshot(root: string, nowMs = Date.now()): Snapshot {
  const host = readHost(root);
  const sys = readSystemStat();
  const uptimeSec = nowMs / 1000 - sys.btime;
  const sinceBoot = (ms: number) => {
    const ns = BigInt(Math.round(ms)) * 1_000_000n - BigInt(sys.btime) * 1_000_000_000n;
    return ns > 0n ? ns : 1_000_000n;
  };
  const kstats = hostKstats(sys, uptimeSec);

  let groups: Map<number, ProcStat[]> | undefined;
  const up = readAllVms(root)
    .map((vm) => ({ vm, rt: readRuntime(root, vm.uuid) }))
    .filter((z) => z.rt.zoneid !== null && z.rt.bootedAt !== null);
  const pgids = new Set(up.filter((z) => !host.synthetic && z.rt.pgid !== null).map((z) => z.rt.pgid as number));

  for (const { vm, rt } of up) {
    const zoneid = rt.zoneid as number;
    const bootedAt = rt.bootedAt as number;
    const elapsed = Math.max(0, (nowMs - bootedAt) / 1000);
    let memo: ZoneFigures | undefined;
    const figures = (): ZoneFigures => {
      if (memo) return memo;
      if (!host.synthetic && rt.pgid !== null) {
        groups ??= processesByGroup(pgids);
        memo = measuredFigures(vm.uuid, elapsed, measureZone(root, vm.uuid, zoneid, groups.get(rt.pgid) ?? []));
      } else {
        const ram = typeof vm.max_physical_memory === 'number' ? vm.max_physical_memory : typeof vm.ram === 'number' ? vm.ram : 1024;
        memo = syntheticFigures(vm.uuid, elapsed, ram * 1048576);
      }
      return memo;
    };
    const physcap = capBytes(vm.max_physical_memory);
    kstats.push(
      ...zoneKstats({
        uuid: vm.uuid,
        zonename: typeof vm.zonename === 'string' ? vm.zonename : vm.uuid,
        zoneid,
        crtime: sinceBoot(bootedAt),
        bootTimeSec: Math.floor(bootedAt / 1000),
        physcapBytes: physcap,
        swapcapBytes: capBytes(vm.max_swap),
        lockedcapBytes: capBytes(vm.max_locked_memory),
        cpuCap: typeof vm.cpu_cap === 'number' ? vm.cpu_cap : undefined,
        nics: nicNames(vm),
        figures,
      }),
    );
  }
  kstats.sort(compareKstats);
  return { kstats, snaptime: sinceBoot(nowMs) };
}
