/** zones:<zoneid>:<zonename>, class zone_misc: CPU time, load, fork failures (kstat-dtrace.md 2.2). */
import { family } from '../exposition.js';
import type { KstatCollector } from './collector.js';
import { zoneTable, type StatMapping } from './table.js';

const cpu = family('smartos_zone_cpu_seconds_total', 'counter', 'CPU time used by the zone\'s threads, by mode (zones kstat nsec_user, nsec_sys).');
const wait = family('smartos_zone_cpu_wait_seconds_total', 'counter', 'Time the zone\'s runnable threads waited on run queues (zones kstat nsec_waitrq).');
const load1 = family('smartos_zone_load1', 'gauge', '1-minute load average of the zone.');
const load5 = family('smartos_zone_load5', 'gauge', '5-minute load average of the zone.');
const load15 = family('smartos_zone_load15', 'gauge', '15-minute load average of the zone.');
const forks = family('smartos_zone_forks_failed_total', 'counter', 'Failed forks in the zone, by reason (zones kstat forkfail_*).');
const boot = family('smartos_zone_boot_time_seconds', 'gauge', 'Unix time the zone booted (zones kstat boot_time).');

const TABLE: readonly StatMapping[] = [
  { stat: 'nsec_user', family: cpu, labels: 'mode="user"', conv: 'ns' },
  { stat: 'nsec_sys', family: cpu, labels: 'mode="system"', conv: 'ns' },
  { stat: 'nsec_waitrq', family: wait, conv: 'ns' },
  { stat: 'avenrun_1min', family: load1, conv: 'fscale' },
  { stat: 'avenrun_5min', family: load5, conv: 'fscale' },
  { stat: 'avenrun_15min', family: load15, conv: 'fscale' },
  { stat: 'forkfail_cap', family: forks, labels: 'reason="cap"', conv: 'int' },
  { stat: 'forkfail_noproc', family: forks, labels: 'reason="noproc"', conv: 'int' },
  { stat: 'forkfail_nomem', family: forks, labels: 'reason="nomem"', conv: 'int' },
  { stat: 'forkfail_misc', family: forks, labels: 'reason="misc"', conv: 'int' },
  { stat: 'boot_time', family: boot, conv: 'int' },
];

export const zoneMisc: KstatCollector = {
  kind: 'kstat',
  name: 'zone_misc',
  families: [cpu, wait, load1, load5, load15, forks, boot],
  // only what the table reads (zones prints 18 statistics per zone; kstat filters by /regex/ before printing)
  selectors: [`zones:::/^(zonename|crtime|${TABLE.map((m) => m.stat).join('|')})$/`],
  collect: (input, out) => zoneTable(input, out, 'zones', TABLE),
};
