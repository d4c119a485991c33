/**
 * The kstats one running zone owns (instance = zone id, name = zonename cut to 30 characters, full name in the
 * `zonename` statistic), as SmartOS creates them: zone.c (zones, memory_cap, zone_vfs, zone_zfs, caps rctls),
 * cpucaps.c (caps:<id>:cpucaps_zone_<id>, only while a CPU cap is set), dls_stat.c (link:0:z<id>_<ifname>) and
 * tcp_stats.c (tcp:<id>:tcp, class mib2, the zone's exclusive-IP netstack).
 */
import { fieldOrder, INT32_MAX, kstatName, UINT64_MAX, type Kstat, type KValue } from './kstat.js';
import type { ZoneFigures } from './figures.js';

export interface ZoneInfo {
  uuid: string;
  zonename: string;
  zoneid: number;
  crtime: bigint; // ns since host boot
  bootTimeSec: number; // unix seconds
  physcapBytes: bigint; // UINT64_MAX when uncapped
  swapcapBytes: bigint;
  lockedcapBytes: bigint;
  cpuCap: number | undefined; // percent of one CPU
  nics: string[]; // zone-side interface names (net0 ...)
  figures: () => ZoneFigures; // evaluated at most once, and only if a selected kstat needs it
}

export const ZONE_MISC = fieldOrder(['zonename', 'nsec_user', 'nsec_sys', 'nsec_waitrq', 'avenrun_1min', 'avenrun_5min', 'avenrun_15min',
  'forkfail_cap', 'forkfail_noproc', 'forkfail_nomem', 'forkfail_misc', 'mapfail_seglim', 'nested_interp', 'init_pid', 'boot_time']);
export const MEMORY_CAP = fieldOrder(['zonename', 'rss', 'physcap', 'swap', 'swapcap', 'nover', 'pagedout', 'pgpgin', 'anonpgin',
  'execpgin', 'fspgin', 'anon_alloc_fail', 'n_pf_throttle', 'n_pf_throttle_usec']);
const RCTL = fieldOrder(['zonename', 'usage', 'value']);
const CPUCAPS = fieldOrder(['value', 'baseline', 'effective', 'burst_limit_sec', 'bursting_sec', 'usage', 'maxusage', 'nwait',
  'below_sec', 'above_sec', 'above_base_sec', 'zonename']);
const ZONE_VFS = fieldOrder(['zonename', 'nread', 'reads', 'rtime', 'rlentime', 'rcnt', 'nwritten', 'writes', 'wtime', 'wlentime',
  'wcnt', '10ms_ops', '100ms_ops', '1s_ops', '10s_ops', 'delay_cnt', 'delay_time']);
const ZONE_ZFS = fieldOrder(['zonename', 'nread', 'reads', 'rtime', 'rlentime', 'nwritten', 'writes', 'waittime']);
const LINK = fieldOrder(['ifspeed', 'link_duplex', 'link_state', 'multircv', 'brdcstrcv', 'multixmt', 'brdcstxmt', 'norcvbuf',
  'ierrors', 'unknowns', 'noxmtbuf', 'oerrors', 'collisions', 'rbytes', 'ipackets', 'obytes', 'opackets', 'rbytes64',
  'ipackets64', 'obytes64', 'opackets64', 'zonename']);
export const TCP_MIB2 = fieldOrder(['rtoAlgorithm', 'rtoMin', 'rtoMax', 'maxConn', 'activeOpens', 'passiveOpens', 'attemptFails',
  'estabResets', 'currEstab', 'inSegs', 'outSegs', 'retransSegs', 'connTableSize', 'outRsts', 'outDataSegs', 'outDataBytes',
  'retransBytes', 'outAck', 'outAckDelayed', 'outUrg', 'outWinUpdate', 'outWinProbe', 'outControl', 'outFastRetrans',
  'inAckSegs', 'inAckBytes', 'inDupAck', 'inAckUnsent', 'inDataInorderSegs', 'inDataInorderBytes', 'inDataUnorderSegs',
  'inDataUnorderBytes', 'inDataDupSegs', 'inDataDupBytes', 'inDataPartDupSegs', 'inDataPartDupBytes', 'inDataPastWinSegs',
  'inDataPastWinBytes', 'inWinProbe', 'inWinUpdate', 'inClosed', 'rttUpdate', 'rttNoUpdate', 'timRetrans', 'timRetransDrop',
  'timKeepalive', 'timKeepaliveProbe', 'timKeepaliveDrop', 'listenDrop', 'listenDropQ0', 'halfOpenDrop',
  'outSackRetransSegs', 'connTableSize6']);

const U32 = 4294967296n;
const u32 = (v: bigint): bigint => v % U32;

/** Every kstat of one running zone, in no particular order (the caller sorts). */
export function zoneKstats(z: ZoneInfo): Kstat[] {
  const name = kstatName(z.zonename);
  const id = z.zoneid;
  const base = { instance: id, crtime: z.crtime };
  const out: Kstat[] = [];
  const f = z.figures;

  out.push({
    ...base, module: 'zones', name, class: 'zone_misc', fields: ZONE_MISC,
    data: () => {
      const x = f();
      return {
        zonename: z.zonename, nsec_user: x.nsecUser, nsec_sys: x.nsecSys, nsec_waitrq: x.nsecWaitrq,
        avenrun_1min: x.avenrun[0], avenrun_5min: x.avenrun[1], avenrun_15min: x.avenrun[2],
        forkfail_cap: 0, forkfail_noproc: 0, forkfail_nomem: 0, forkfail_misc: 0, mapfail_seglim: 0, nested_interp: 0,
        init_pid: 1000 + (id % 60000), boot_time: z.bootTimeSec,
      };
    },
  });

  out.push({
    ...base, module: 'memory_cap', name, class: 'zone_memory_cap', fields: MEMORY_CAP,
    data: () => {
      const x = f();
      const over = z.physcapBytes !== UINT64_MAX && BigInt(x.rssBytes) > z.physcapBytes;
      return {
        zonename: z.zonename, rss: x.rssBytes, physcap: z.physcapBytes, swap: x.swapBytes, swapcap: z.swapcapBytes,
        nover: over ? 1 : 0, pagedout: 0, pgpgin: x.rate('pgpgin', 2), anonpgin: 0, execpgin: 0, fspgin: x.rate('fspgin', 2),
        anon_alloc_fail: 0, n_pf_throttle: 0, n_pf_throttle_usec: 0,
      };
    },
  });

  const rctl = (what: string, usage: () => KValue, value: KValue): Kstat => ({
    ...base, module: 'caps', name: `${what}_zone_${id}`, class: 'zone_caps', fields: RCTL,
    data: () => ({ zonename: z.zonename, usage: usage(), value }),
  });
  out.push(rctl('lockedmem', () => 0, z.lockedcapBytes));
  out.push(rctl('nprocs', () => f().nprocs, INT32_MAX));
  out.push(rctl('physicalmem', () => f().rssBytes, z.physcapBytes));
  out.push(rctl('swapresv', () => f().swapBytes, z.swapcapBytes));

  if (z.cpuCap !== undefined && z.cpuCap > 0) {
    const cap = z.cpuCap;
    out.push({
      ...base, module: 'caps', name: `cpucaps_zone_${id}`, class: 'zone_caps', fields: CPUCAPS,
      data: () => {
        const x = f();
        const usage = Math.min(cap, x.cpuPct);
        const secs = Math.floor(x.elapsedSec);
        const above = usage >= cap ? secs : 0;
        return {
          value: cap, baseline: cap, effective: cap, burst_limit_sec: 0, bursting_sec: 0, usage, maxusage: usage,
          nwait: 0, below_sec: secs - above, above_sec: above, above_base_sec: above, zonename: z.zonename,
        };
      },
    });
  }

  for (const ifname of z.nics) {
    out.push({
      module: 'link', instance: 0, name: `z${id}_${ifname}`, class: 'net', crtime: z.crtime, fields: LINK,
      data: () => {
        const x = f();
        const rb = x.rate(`${ifname}rb`, 20_000), ob = x.rate(`${ifname}ob`, 30_000);
        const ip = x.rate(`${ifname}ip`, 40), op = x.rate(`${ifname}op`, 35);
        return {
          ifspeed: 10_000_000_000n, link_duplex: 2, link_state: 1, multircv: 0, brdcstrcv: x.rate(`${ifname}bc`, 0.5),
          multixmt: 0, brdcstxmt: 0, norcvbuf: 0, ierrors: 0, unknowns: 0, noxmtbuf: 0, oerrors: 0, collisions: 0,
          rbytes: u32(rb), ipackets: u32(ip), obytes: u32(ob), opackets: u32(op),
          rbytes64: rb, ipackets64: ip, obytes64: ob, opackets64: op, zonename: z.zonename,
        };
      },
    });
  }

  out.push({
    ...base, module: 'tcp', name: 'tcp', class: 'mib2', fields: TCP_MIB2,
    data: () => {
      const x = f();
      const data: Record<string, KValue> = {};
      for (const k of TCP_MIB2) data[k] = 0;
      Object.assign(data, {
        rtoAlgorithm: 4, rtoMin: 400, rtoMax: 60000, maxConn: -1, connTableSize: 56, connTableSize6: 84,
        activeOpens: u32(x.rate('activeOpens', 0.5)), passiveOpens: u32(x.rate('passiveOpens', 2)),
        attemptFails: u32(x.rate('attemptFails', 0.01)), estabResets: u32(x.rate('estabResets', 0.02)),
        currEstab: 2 + (x.nprocs % 7), inSegs: x.rate('inSegs', 40), outSegs: x.rate('outSegs', 35),
        retransSegs: u32(x.rate('retransSegs', 0.05)), listenDrop: 0, listenDropQ0: 0, halfOpenDrop: 0,
        inDupAck: u32(x.rate('inDupAck', 0.1)), timRetransDrop: 0,
      });
      delete data.class; delete data.crtime; delete data.snaptime;
      return data;
    },
  });

  out.push({
    ...base, module: 'zone_vfs', name, class: 'zone_vfs', fields: ZONE_VFS,
    data: () => {
      const x = f();
      const reads = x.rate('reads', 20), writes = x.rate('writes', 8);
      return {
        zonename: z.zonename, nread: reads * 4096n, reads, rtime: reads * 20_000n, rlentime: reads * 25_000n, rcnt: 0,
        nwritten: writes * 8192n, writes, wtime: writes * 60_000n, wlentime: writes * 80_000n, wcnt: 0,
        '10ms_ops': reads / 200n, '100ms_ops': reads / 5000n, '1s_ops': 0, '10s_ops': 0,
        delay_cnt: writes / 1000n, delay_time: writes / 100n,
      };
    },
  });

  out.push({
    ...base, module: 'zone_zfs', name, class: 'zone_zfs', fields: ZONE_ZFS,
    data: () => {
      const x = f();
      const reads = x.rate('zreads', 4), writes = x.rate('zwrites', 3);
      return {
        zonename: z.zonename, nread: reads * 131072n, reads, rtime: reads * 150_000n, rlentime: reads * 180_000n,
        nwritten: writes * 131072n, writes, waittime: reads * 30_000n,
      };
    },
  });
  return out;
}
