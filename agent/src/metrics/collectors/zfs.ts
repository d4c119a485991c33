/**
 * Zone filesystem usage from one `zfs list -Hp` per period (default 60 s; zfs is slow on big pools). A zone's root
 * dataset is <pool>/<uuid>; a quota of 0 means none, so the quota series is absent. Image datasets are also
 * <pool>/<uuid>, so when the zone directory is known only its zones count.
 */
import { family } from '../exposition.js';
import type { TaskCollector } from './collector.js';

const used = family('smartos_zone_filesystem_used_bytes', 'gauge', 'Space used by the zone\'s root dataset and its descendants.');
const avail = family('smartos_zone_filesystem_available_bytes', 'gauge', 'Space available to the zone\'s root dataset.');
const quota = family('smartos_zone_filesystem_quota_bytes', 'gauge', 'Quota of the zone\'s root dataset; absent when none.');

const ZONE_DATASET = /^[^/]+\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

export const zfs: TaskCollector = {
  kind: 'task',
  name: 'zfs',
  families: [used, avail, quota],
  defaultIntervalSeconds: 60,
  async run(sources, timeoutMs, out) {
    if (!sources.zfsDatasets) throw new Error('no zfs source configured');
    const datasets = await sources.zfsDatasets(timeoutMs);
    const known = sources.directory ? new Set(sources.directory.all().map((z) => z.uuid)) : undefined;
    for (const ds of datasets) {
      const zone = ZONE_DATASET.exec(ds.name)?.[1];
      if (!zone || (known && !known.has(zone))) continue;
      out.zone(used, zone, '', ds.used.toString());
      if (ds.avail !== undefined) out.zone(avail, zone, '', ds.avail.toString());
      if (ds.quota > 0n) out.zone(quota, zone, '', ds.quota.toString());
    }
  },
};
