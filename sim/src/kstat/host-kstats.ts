/**
 * Host-wide kstats from Linux ground truth: unix:0:system_misc (/proc/loadavg, /proc/stat btime, process count),
 * unix:0:system_pages (/proc/meminfo, in 4 KiB pages), cpu:<n>:sys (/proc/stat per-CPU times; the statistic list is
 * the one of the real capture cpu--3--sys, where cpu_ticks_* are ms), zfs:0:arcstats (statistic list of the real
 * capture; sizes follow the Linux page cache, hit/miss counters are modelled), and the global zone's own
 * zones:0:global and memory_cap:0:global (rss 0, as on real SmartOS: illumos-joyent#51).
 */
import { fieldOrder, UINT64_MAX, type Kstat, type KValue } from './kstat.js';
import { listPids, readLoadavg, readMeminfo, type ProcStatSystem } from '../proc/procfs.js';
import { NSEC_PER_TICK, PAGE_SIZE } from '../proc/procfs.js';
import { MEMORY_CAP, ZONE_MISC } from './zone-kstats.js';

const SYSTEM_MISC = fieldOrder(['ncpus', 'lbolt', 'deficit', 'clk_intr', 'vac', 'nproc', 'avenrun_1min', 'avenrun_5min',
  'avenrun_15min', 'boot_time', 'nsec_per_tick']);
const SYSTEM_PAGES = fieldOrder(['physmem', 'nalloc', 'nfree', 'nalloc_calls', 'nfree_calls', 'kernelbase', 'econtig', 'freemem',
  'availrmem', 'lotsfree', 'desfree', 'minfree', 'fastscan', 'slowscan', 'nscan', 'desscan', 'pp_kernel', 'pagesfree',
  'pageslocked', 'pagestotal']);
const CPU_SYS = fieldOrder(('bawrite bread bwrite canch cpu_load_intr cpu_nsec_dtrace cpu_nsec_idle cpu_nsec_intr cpu_nsec_kernel ' +
  'cpu_nsec_user cpu_ticks_idle cpu_ticks_kernel cpu_ticks_user cpu_ticks_wait cpumigrate dtrace_probes idlethread intr ' +
  'intrblk intrthread intrunpin inv_swtch iowait lread lwrite mdmint modload modunload msg mutex_adenters namei nthreads ' +
  'outch phread phwrite procovf pswitch rawch rcvint readch rw_rdfails rw_wrfails sema syscall sysexec sysfork sysread ' +
  'sysvfork syswrite trap ufsdirblk ufsiget ufsinopage ufsipage wait_ticks_io writech xcalls xmtint').split(' '));
const ARC_NAMES = ('access_skip anon_evictable_data anon_evictable_metadata anon_size arc_meta_limit arc_meta_max arc_meta_min ' +
  'arc_meta_used async_upgrade_sync c c_max c_min compressed_size data_size deleted demand_data_hits demand_data_misses ' +
  'demand_hit_predictive_prefetch demand_hit_prescient_prefetch demand_metadata_hits demand_metadata_misses evict_l2_cached ' +
  'evict_l2_eligible evict_l2_ineligible evict_l2_skip evict_not_enough evict_skip hash_chain_max hash_chains ' +
  'hash_collisions hash_elements hash_elements_max hdr_size hits l2_abort_lowmem l2_asize l2_cksum_bad ' +
  'l2_data_to_meta_ratio l2_evict_l1cached l2_evict_lock_retry l2_evict_reading l2_feeds l2_free_on_write l2_hdr_size ' +
  'l2_hits l2_io_error l2_log_blk_asize l2_log_blk_avg_asize l2_log_blk_count l2_log_blk_writes l2_misses l2_read_bytes ' +
  'l2_rebuild_asize l2_rebuild_bufs l2_rebuild_bufs_precached l2_rebuild_cksum_lb_errors l2_rebuild_dh_errors ' +
  'l2_rebuild_io_errors l2_rebuild_log_blks l2_rebuild_lowmem l2_rebuild_size l2_rebuild_success l2_rebuild_unsupported ' +
  'l2_rw_clash l2_size l2_write_bytes l2_writes_done l2_writes_error l2_writes_lock_retry l2_writes_sent ' +
  'memory_throttle_count metadata_size mfu_evictable_data mfu_evictable_metadata mfu_ghost_evictable_data ' +
  'mfu_ghost_evictable_metadata mfu_ghost_hits mfu_ghost_size mfu_hits mfu_size misses mru_evictable_data ' +
  'mru_evictable_metadata mru_ghost_evictable_data mru_ghost_evictable_metadata mru_ghost_hits mru_ghost_size mru_hits ' +
  'mru_size mutex_miss other_size overhead_size p prefetch_data_hits prefetch_data_misses prefetch_metadata_hits ' +
  'prefetch_metadata_misses size uncompressed_size').split(' ');
const ARCSTATS = fieldOrder(ARC_NAMES);
const s = (sec: number) => BigInt(Math.round(sec * 1e9));
const ticksNs = (ticks: number) => BigInt(ticks) * NSEC_PER_TICK;
const fscale = (l: number) => Math.round(l * 256);

/** Host kstats; `uptimeSec` is the snapshot time since btime. */
export function hostKstats(sys: ProcStatSystem, uptimeSec: number): Kstat[] {
  let mem: Record<string, number> | undefined;
  const meminfo = () => (mem ??= readMeminfo());
  const pages = (k: string) => Math.floor((meminfo()[k] ?? 0) / PAGE_SIZE);
  const out: Kstat[] = [];
  const ticks = Math.floor(uptimeSec * 100);

  out.push({
    module: 'unix', instance: 0, name: 'system_misc', class: 'misc', crtime: 0n, fields: SYSTEM_MISC,
    data: () => {
      const l = readLoadavg();
      return {
        ncpus: sys.cpus.length, lbolt: ticks, deficit: 0, clk_intr: ticks, vac: 0, nproc: listPids().length,
        avenrun_1min: fscale(l[0]), avenrun_5min: fscale(l[1]), avenrun_15min: fscale(l[2]), boot_time: sys.btime,
        nsec_per_tick: 10_000_000,
      };
    },
  });

  out.push({
    module: 'unix', instance: 0, name: 'system_pages', class: 'pages', crtime: s(1.2), fields: SYSTEM_PAGES,
    data: () => {
      const total = pages('MemTotal');
      const free = pages('MemFree');
      return {
        physmem: total, nalloc: 0, nfree: 0, nalloc_calls: 0, nfree_calls: 0, kernelbase: 0n, econtig: 0n,
        freemem: free, availrmem: pages('MemAvailable'), lotsfree: Math.floor(total / 64), desfree: Math.floor(total / 128),
        minfree: Math.floor(total / 256), fastscan: Math.floor(total / 2), slowscan: 100, nscan: 0, desscan: 0,
        pp_kernel: pages('Slab') + pages('KernelStack') + pages('PageTables'), pagesfree: free,
        pageslocked: pages('Mlocked') + pages('Unevictable'), pagestotal: total,
      };
    },
  });

  const n = sys.cpus.length || 1;
  for (const c of sys.cpus) {
    out.push({
      module: 'cpu', instance: c.cpu, name: 'sys', class: 'misc', crtime: s(30 + c.cpu * 0.01), fields: CPU_SYS,
      data: () => {
        const d: Record<string, KValue> = {};
        for (const k of CPU_SYS) d[k] = 0;
        const idle = ticksNs(c.idle + c.iowait), user = ticksNs(c.user), kernel = ticksNs(c.system), intr = ticksNs(c.irq);
        Object.assign(d, {
          cpu_nsec_idle: idle, cpu_nsec_user: user, cpu_nsec_kernel: kernel, cpu_nsec_intr: intr, cpu_nsec_dtrace: 0,
          cpu_ticks_idle: idle / 1_000_000n, cpu_ticks_user: user / 1_000_000n, cpu_ticks_kernel: kernel / 1_000_000n,
          cpu_ticks_wait: 0, pswitch: Math.floor(sys.ctxt / n), sysfork: Math.floor(sys.processes / n),
          intr: Math.floor(sys.intr / n),
        });
        delete d.class; delete d.crtime; delete d.snaptime;
        return d;
      },
    });
  }

  out.push({
    module: 'zfs', instance: 0, name: 'arcstats', class: 'misc', crtime: s(31.3), fields: ARCSTATS,
    data: () => {
      const d: Record<string, KValue> = {};
      for (const k of ARC_NAMES) d[k] = 0;
      const m = meminfo();
      const size = m.Cached ?? 0;
      const cmax = Math.floor((m.MemTotal ?? 0) * 0.75);
      const hits = BigInt(Math.floor(uptimeSec * 5000)), misses = BigInt(Math.floor(uptimeSec * 120));
      Object.assign(d, {
        size, c: size, c_max: cmax, c_min: Math.floor(cmax / 8), p: Math.floor(size / 2), data_size: Math.floor(size * 0.85),
        metadata_size: Math.floor(size * 0.1), hdr_size: Math.floor(size * 0.01), other_size: Math.floor(size * 0.04),
        compressed_size: Math.floor(size * 0.8), uncompressed_size: Math.floor(size * 1.3), mru_size: Math.floor(size * 0.7),
        mfu_size: Math.floor(size * 0.2), arc_meta_used: Math.floor(size * 0.15), arc_meta_limit: Math.floor(cmax / 4),
        arc_meta_min: Math.floor(cmax / 16), arc_meta_max: Math.floor(size * 0.2), hits, misses,
        demand_data_hits: (hits * 3n) / 100n, demand_metadata_hits: (hits * 96n) / 100n, demand_data_misses: misses / 10n,
        demand_metadata_misses: (misses * 9n) / 10n, mru_hits: hits / 100n, mfu_hits: (hits * 99n) / 100n,
      });
      return d;
    },
  });

  out.push({
    module: 'zones', instance: 0, name: 'global', class: 'zone_misc', crtime: s(1.1), fields: ZONE_MISC,
    data: () => {
      const l = readLoadavg();
      let user = 0n, sysNs = 0n;
      for (const c of sys.cpus) (user += ticksNs(c.user)), (sysNs += ticksNs(c.system));
      return {
        zonename: 'global', nsec_user: user, nsec_sys: sysNs, nsec_waitrq: 0, avenrun_1min: fscale(l[0]),
        avenrun_5min: fscale(l[1]), avenrun_15min: fscale(l[2]), forkfail_cap: 0, forkfail_noproc: 0, forkfail_nomem: 0,
        forkfail_misc: 0, mapfail_seglim: 0, nested_interp: 0, init_pid: 1, boot_time: sys.btime,
      };
    },
  });
  out.push({
    module: 'memory_cap', instance: 0, name: 'global', class: 'zone_memory_cap', crtime: s(1.1), fields: MEMORY_CAP,
    data: () => ({
      zonename: 'global', rss: 0, physcap: UINT64_MAX, swap: 0, swapcap: UINT64_MAX, nover: 0, pagedout: 0, pgpgin: 0,
      anonpgin: 0, execpgin: 0, fspgin: 0, anon_alloc_fail: 0, n_pf_throttle: 0, n_pf_throttle_usec: 0,
    }),
  });
  return out;
}
