/**
 * caps:<zoneid>:cpucaps_zone_<zoneid> (exists only while a CPU cap is set) and caps:<zoneid>:nprocs_zone_<zoneid>
 * (kstat-dtrace.md 2.4). CPU cap values are percent of one CPU; exported as CPUs.
 */
import { family } from '../exposition.js';
import type { KstatCollector } from './collector.js';
import { zoneTable, type StatMapping } from './table.js';

const capCpus = family('smartos_zone_cpu_cap_cpus', 'gauge', 'CPU cap of the zone in CPUs; absent when uncapped.');
const baseline = family('smartos_zone_cpu_baseline_cpus', 'gauge', 'CPU baseline of a capped zone in CPUs.');
const usage = family('smartos_zone_cpu_cap_usage_cpus', 'gauge', 'Current CPU usage of a capped zone as the cap code measures it, in CPUs.');
const effective = family('smartos_zone_cpu_cap_effective_cpus', 'gauge', 'The CPU cap in force (baseline or cap) in CPUs.');
const above = family('smartos_zone_cpu_cap_above_seconds_total', 'counter', 'Seconds a capped zone spent at or over its cap.');
const bursting = family('smartos_zone_cpu_cap_bursting_seconds_total', 'counter', 'Seconds a capped zone spent bursting above its baseline.');
const waiting = family('smartos_zone_cpu_cap_waiting_threads', 'gauge', 'Threads of a capped zone waiting on the cap.');
const procs = family('smartos_zone_processes', 'gauge', 'Processes in the zone (nprocs rctl usage).');

const CPUCAPS: readonly StatMapping[] = [
  { stat: 'value', family: capCpus, conv: 'percent', cap: true },
  { stat: 'baseline', family: baseline, conv: 'percent' },
  { stat: 'usage', family: usage, conv: 'percent' },
  { stat: 'effective', family: effective, conv: 'percent' },
  { stat: 'above_sec', family: above, conv: 'int' },
  { stat: 'bursting_sec', family: bursting, conv: 'int' },
  { stat: 'nwait', family: waiting, conv: 'int' },
];
const NPROCS: readonly StatMapping[] = [{ stat: 'usage', family: procs, conv: 'int' }];

export const caps: KstatCollector = {
  kind: 'kstat',
  name: 'caps',
  families: [capCpus, baseline, usage, effective, above, bursting, waiting, procs],
  selectors: [`caps::/^cpucaps_zone_[0-9]+$/:/^(zonename|crtime|${CPUCAPS.map((m) => m.stat).join('|')})$/`, 'caps::/^nprocs_zone_[0-9]+$/:/^(zonename|crtime|usage)$/'],
  collect(input, out) {
    zoneTable(input, out, 'caps', CPUCAPS, /^cpucaps_zone_\d+$/);
    zoneTable(input, out, 'caps', NPROCS, /^nprocs_zone_\d+$/);
  },
};
