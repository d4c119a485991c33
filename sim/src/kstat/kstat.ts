/**
 * The simulated kstat chain (what `sim/bin/kstat -p` emits; <id> = zone id from runtime/<uuid>.json, new on every
 * boot; <name30> = zonename cut to 30 chars; every kstat also has class, crtime, snaptime):
 *
 * | module:instance:name                | class           | statistics                                                  | source    |
 * |-------------------------------------|-----------------|-------------------------------------------------------------|-----------|
 * | caps:<id>:cpucaps_zone_<id>         | zone_caps       | above_base_sec above_sec baseline below_sec burst_limit_sec | model     |
 * |   (only when the VM has cpu_cap)    |                 | bursting_sec effective maxusage nwait usage value zonename  |           |
 * | caps:<id>:lockedmem_zone_<id>       | zone_caps       | usage value zonename (value UINT64_MAX when uncapped)       | vm        |
 * | caps:<id>:nprocs_zone_<id>          | zone_caps       | usage (/proc count) value (2147483647) zonename             | /proc     |
 * | caps:<id>:physicalmem_zone_<id>     | zone_caps       | usage (rss) value (physcap) zonename                        | /proc, vm |
 * | caps:<id>:swapresv_zone_<id>        | zone_caps       | usage value (swapcap) zonename                              | /proc, vm |
 * | cpu:<n>:sys                         | misc            | the 58 statistics of the real capture cpu--3--sys           | /proc/stat|
 * | link:0:z<id>_<ifname>               | net             | brdcstrcv brdcstxmt collisions ierrors ifspeed ipackets     | model     |
 * |   (one per VM nic, net0 ...)        |                 | ipackets64 link_duplex link_state multircv multixmt norcvbuf|           |
 * |                                     |                 | noxmtbuf obytes obytes64 oerrors opackets opackets64 rbytes |           |
 * |                                     |                 | rbytes64 unknowns zonename (32-bit ones wrap at 2^32)       |           |
 * | memory_cap:0:global                 | zone_memory_cap | as below, rss 0, caps UINT64_MAX                            |           |
 * | memory_cap:<id>:<name30>            | zone_memory_cap | anon_alloc_fail anonpgin execpgin fspgin n_pf_throttle      | /proc, vm |
 * |                                     |                 | n_pf_throttle_usec nover pagedout pgpgin physcap rss swap   |           |
 * |                                     |                 | swapcap zonename (caps UINT64_MAX when uncapped)            |           |
 * | tcp:<id>:tcp                        | mib2            | the 53 tcp_kstat_init statistics: activeOpens attemptFails  | model     |
 * |                                     |                 | currEstab estabResets halfOpenDrop inDupAck inSegs listenDrop|          |
 * |                                     |                 | listenDropQ0 outSegs passiveOpens retransSegs timRetransDrop|           |
 * |                                     |                 | rtoAlgorithm rtoMin rtoMax maxConn ... (no zonename)        |           |
 * | unix:0:system_misc                  | misc            | avenrun_15min avenrun_1min avenrun_5min boot_time clk_intr  | /proc     |
 * |                                     |                 | deficit lbolt ncpus nproc nsec_per_tick vac                 |           |
 * | unix:0:system_pages                 | pages           | availrmem desfree desscan econtig fastscan freemem kernelbase| /proc    |
 * |                                     |                 | lotsfree minfree nalloc nalloc_calls nfree nfree_calls nscan|           |
 * |                                     |                 | pagesfree pageslocked pagestotal physmem pp_kernel slowscan |           |
 * | zfs:0:arcstats                      | misc            | the 111 statistics of the real capture (size c hits misses..)| meminfo+model|
 * | zone_vfs:<id>:<name30>              | zone_vfs        | 100ms_ops 10ms_ops 10s_ops 1s_ops delay_cnt delay_time nread| model     |
 * |                                     |                 | nwritten rcnt reads rlentime rtime wcnt wlentime writes     |           |
 * |                                     |                 | wtime zonename                                              |           |
 * | zone_zfs:<id>:<name30>              | zone_zfs        | nread nwritten reads rlentime rtime waittime writes zonename| model     |
 * | zones:0:global                      | zone_misc       | as below, host totals                                       | /proc     |
 * | zones:<id>:<name30>                 | zone_misc       | avenrun_15min avenrun_1min avenrun_5min boot_time           | /proc     |
 * |                                     |                 | forkfail_cap forkfail_misc forkfail_nomem forkfail_noproc   |           |
 * |                                     |                 | init_pid mapfail_seglim nested_interp nsec_sys nsec_user    |           |
 * |                                     |                 | nsec_waitrq zonename (full UUID)                            |           |
 *
 * "/proc": zones with processes are measured (nsec_* from stat/schedstat of the zone's process group, rss, nprocs);
 * synthetic zones and every "model" figure are deterministic per zone and grow with seconds since boot (figures.ts).
 */
/**
 * The in-memory shape of one simulated kstat and the `kstat -p` text rules it is printed with
 * (illumos usr/src/cmd/stat/kstat/kstat.c, reference kstat-dtrace.md 1.3-1.6).
 */

export type KValue = string | number | bigint;

export interface Kstat {
  module: string;
  instance: number;
  name: string; // at most 30 characters (KSTAT_STRLEN 31 with the NUL)
  class: string;
  crtime: bigint; // ns since host boot
  /** Statistic names in print order (strcasecmp), including the class/crtime/snaptime pseudo-statistics. */
  fields: readonly string[];
  /** The named statistics' values; computed only for kstats a selector reached. */
  data(): Record<string, KValue>;
}

export const UINT64_MAX = 18446744073709551615n;
export const INT32_MAX = 2147483647;
export const KSTAT_NAME_MAX = 30;

/** strcasecmp order: byte order of the lower-cased names (kstat sorts modules, names and statistics this way). */
export function strcasecmp(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

/** A kstat's statistic list in the order kstat -p prints it, pseudo-statistics included. */
export function fieldOrder(named: readonly string[]): readonly string[] {
  return [...named, 'class', 'crtime', 'snaptime'].sort(strcasecmp);
}

/** HRTIME values: seconds with 9 decimals (`%.9f` of ns/1e9), or a bare `0`. */
export function formatHrtime(ns: bigint): string {
  if (ns === 0n) return '0';
  const neg = ns < 0n;
  const a = neg ? -ns : ns;
  return `${neg ? '-' : ''}${a / 1_000_000_000n}.${(a % 1_000_000_000n).toString().padStart(9, '0')}`;
}

export function kstatName(s: string): string {
  return s.length > KSTAT_NAME_MAX ? s.slice(0, KSTAT_NAME_MAX) : s;
}

/** Sort order of kstats: module (strcasecmp), instance (numeric), name (strcasecmp). */
export function compareKstats(a: Kstat, b: Kstat): number {
  return strcasecmp(a.module, b.module) || a.instance - b.instance || strcasecmp(a.name, b.name);
}
