/** smartos_host_info from sysinfo: read at the first cycle and then rarely (it changes only on reboot). */
import { family, labelPairs } from '../exposition.js';
import type { TaskCollector } from './collector.js';

const info = family('smartos_host_info', 'gauge', 'Identity of the host; the value is always 1.');

export const hostInfo: TaskCollector = {
  kind: 'task',
  name: 'host_info',
  families: [info],
  defaultIntervalSeconds: 300,
  async run(sources, timeoutMs, out) {
    if (!sources.hostIdentity) throw new Error('no sysinfo source configured');
    const h = await sources.hostIdentity(timeoutMs);
    out.host(info, labelPairs({ hostname: h.hostname, server_uuid: h.server_uuid, platform: h.platform }), '1');
  },
};
