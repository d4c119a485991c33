/** Pool capacity and health from one `zpool list -Hp` per period. */
import { escapeLabelValue, family } from '../exposition.js';
import type { TaskCollector } from './collector.js';

const size = family('smartos_host_zpool_size_bytes', 'gauge', 'Size of the pool.');
const allocated = family('smartos_host_zpool_allocated_bytes', 'gauge', 'Space allocated in the pool.');
const free = family('smartos_host_zpool_free_bytes', 'gauge', 'Free space in the pool.');
const healthy = family('smartos_host_zpool_healthy', 'gauge', '1 when the pool health is ONLINE, else 0.');

export const zpool: TaskCollector = {
  kind: 'task',
  name: 'zpool',
  families: [size, allocated, free, healthy],
  defaultIntervalSeconds: 60,
  async run(sources, timeoutMs, out) {
    if (!sources.zpools) throw new Error('no zpool source configured');
    for (const p of await sources.zpools(timeoutMs)) {
      const pool = `pool="${escapeLabelValue(p.name)}"`;
      out.host(size, pool, p.size.toString());
      out.host(allocated, pool, p.alloc.toString());
      out.host(free, pool, p.free.toString());
      out.host(healthy, pool, p.health === 'ONLINE' ? '1' : '0');
    }
  },
};
