/** unix:0:system_misc and unix:0:system_pages (kstat-dtrace.md 2.8): load, boot time, memory (pages -> bytes). */
import { family } from '../exposition.js';
import type { KstatCollector } from './collector.js';
import { applyTable, type StatMapping } from './table.js';

const load1 = family('smartos_host_load1', 'gauge', '1-minute load average of the host.');
const load5 = family('smartos_host_load5', 'gauge', '5-minute load average of the host.');
const load15 = family('smartos_host_load15', 'gauge', '15-minute load average of the host.');
const boot = family('smartos_host_boot_time_seconds', 'gauge', 'Unix time the host booted.');
const memTotal = family('smartos_host_memory_total_bytes', 'gauge', 'Physical memory of the host (system_pages physmem).');
const memFree = family('smartos_host_memory_free_bytes', 'gauge', 'Free memory of the host (system_pages freemem).');

const MISC: readonly StatMapping[] = [
  { stat: 'avenrun_1min', family: load1, conv: 'fscale' },
  { stat: 'avenrun_5min', family: load5, conv: 'fscale' },
  { stat: 'avenrun_15min', family: load15, conv: 'fscale' },
  { stat: 'boot_time', family: boot, conv: 'int' },
];
const PAGES: readonly StatMapping[] = [
  { stat: 'physmem', family: memTotal, conv: 'pages' },
  { stat: 'freemem', family: memFree, conv: 'pages' },
];

export const hostSystem: KstatCollector = {
  kind: 'kstat',
  name: 'host_system',
  families: [load1, load5, load15, boot, memTotal, memFree],
  selectors: [
    'unix:0:system_misc:/^(avenrun_1min|avenrun_5min|avenrun_15min|boot_time)$/',
    'unix:0:system_pages:/^(physmem|freemem)$/',
  ],
  collect(input, out) {
    for (const ks of input.byModule.get('unix') ?? []) {
      const table = ks.name === 'system_misc' ? MISC : ks.name === 'system_pages' ? PAGES : undefined;
      if (table) applyTable(table, ks.stats, (f, l, v) => out.host(f, l, v), input.pageSize);
    }
  },
};
