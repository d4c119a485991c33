/** zfs:0:arcstats: the host's ZFS ARC size and hit/miss counters. */
import { family } from '../exposition.js';
import type { KstatCollector } from './collector.js';
import { applyTable, type StatMapping } from './table.js';

const size = family('smartos_host_arc_size_bytes', 'gauge', 'Current size of the ZFS ARC.');
const target = family('smartos_host_arc_target_size_bytes', 'gauge', 'Target size of the ZFS ARC (arcstats c).');
const max = family('smartos_host_arc_max_size_bytes', 'gauge', 'Maximum size of the ZFS ARC (arcstats c_max).');
const hits = family('smartos_host_arc_hits_total', 'counter', 'ZFS ARC hits.');
const misses = family('smartos_host_arc_misses_total', 'counter', 'ZFS ARC misses.');

const TABLE: readonly StatMapping[] = [
  { stat: 'size', family: size, conv: 'int' },
  { stat: 'c', family: target, conv: 'int' },
  { stat: 'c_max', family: max, conv: 'int' },
  { stat: 'hits', family: hits, conv: 'int' },
  { stat: 'misses', family: misses, conv: 'int' },
];

export const arcstats: KstatCollector = {
  kind: 'kstat',
  name: 'arcstats',
  families: [size, target, max, hits, misses],
  selectors: ['zfs:0:arcstats:/^(size|c|c_max|hits|misses)$/'],
  collect(input, out) {
    for (const ks of input.byModule.get('zfs') ?? []) {
      if (ks.name === 'arcstats') applyTable(TABLE, ks.stats, (f, l, v) => out.host(f, l, v), input.pageSize);
    }
  },
};
