/** cpu:<n>:sys (kstat-dtrace.md 2.8): per-CPU time by mode. cpu_nsec_wait does not exist on illumos. */
import { family } from '../exposition.js';
import type { KstatCollector } from './collector.js';
import { applyTable, type StatMapping } from './table.js';

const cpu = family('smartos_host_cpu_seconds_total', 'counter', 'CPU time of the host by CPU and mode (cpu:N:sys cpu_nsec_*).');

const TABLE: readonly StatMapping[] = [
  { stat: 'cpu_nsec_idle', family: cpu, labels: 'mode="idle"', conv: 'ns' },
  { stat: 'cpu_nsec_user', family: cpu, labels: 'mode="user"', conv: 'ns' },
  { stat: 'cpu_nsec_kernel', family: cpu, labels: 'mode="system"', conv: 'ns' },
];

export const hostCpu: KstatCollector = {
  kind: 'kstat',
  name: 'host_cpu',
  families: [cpu],
  selectors: ['cpu::sys:/^(cpu_nsec_idle|cpu_nsec_user|cpu_nsec_kernel)$/'],
  collect(input, out) {
    for (const ks of input.byModule.get('cpu') ?? []) {
      if (ks.name !== 'sys') continue;
      const cpuLabel = `cpu="${ks.instance}"`;
      applyTable(TABLE, ks.stats, (f, l, v) => out.host(f, `${cpuLabel},${l}`, v), input.pageSize);
    }
  },
};
