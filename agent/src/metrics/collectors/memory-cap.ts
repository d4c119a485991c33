/** memory_cap:<zoneid>:<zonename>, class zone_memory_cap: RSS, swap and their caps (kstat-dtrace.md 2.3). */
import { family } from '../exposition.js';
import type { KstatCollector } from './collector.js';
import { zoneTable, type StatMapping } from './table.js';

const rss = family('smartos_zone_memory_rss_bytes', 'gauge', 'Resident memory of the zone.');
const cap = family('smartos_zone_memory_cap_bytes', 'gauge', 'Physical memory cap of the zone; absent when uncapped.');
const swap = family('smartos_zone_swap_bytes', 'gauge', 'Swap reserved by the zone.');
const swapCap = family('smartos_zone_swap_cap_bytes', 'gauge', 'Swap cap of the zone; absent when uncapped.');
const nover = family('smartos_zone_memory_cap_exceeded_total', 'counter', 'Times the zone went over its memory cap (memory_cap kstat nover).');
const pagedOut = family('smartos_zone_memory_paged_out_bytes_total', 'counter', 'Bytes paged out because the zone was over its memory cap.');
const anonFail = family('smartos_zone_anon_alloc_failures_total', 'counter', 'Failed anonymous memory allocations in the zone.');

const TABLE: readonly StatMapping[] = [
  { stat: 'rss', family: rss, conv: 'int' },
  { stat: 'physcap', family: cap, conv: 'int', cap: true },
  { stat: 'swap', family: swap, conv: 'int' },
  { stat: 'swapcap', family: swapCap, conv: 'int', cap: true },
  { stat: 'nover', family: nover, conv: 'int' },
  { stat: 'pagedout', family: pagedOut, conv: 'int' },
  { stat: 'anon_alloc_fail', family: anonFail, conv: 'int' },
];

export const memoryCap: KstatCollector = {
  kind: 'kstat',
  name: 'memory_cap',
  families: [rss, cap, swap, swapCap, nover, pagedOut, anonFail],
  selectors: ['memory_cap:::/^(zonename|crtime|rss|physcap|swap|swapcap|nover|pagedout|anon_alloc_fail)$/'],
  collect: (input, out) => zoneTable(input, out, 'memory_cap', TABLE),
};
