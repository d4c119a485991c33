/** zone_zfs:<zoneid>:<zonename> (kstat-dtrace.md 2.6; SmartOS only): ZFS I/O attributed to the zone. */
import { family } from '../exposition.js';
import type { KstatCollector } from './collector.js';
import { zoneTable, type StatMapping } from './table.js';

const readBytes = family('smartos_zone_zfs_read_bytes_total', 'counter', 'Bytes the zone read from ZFS.');
const writtenBytes = family('smartos_zone_zfs_written_bytes_total', 'counter', 'Bytes the zone wrote to ZFS.');
const reads = family('smartos_zone_zfs_reads_total', 'counter', 'ZFS read operations of the zone.');
const writes = family('smartos_zone_zfs_writes_total', 'counter', 'ZFS write operations of the zone.');

const TABLE: readonly StatMapping[] = [
  { stat: 'nread', family: readBytes, conv: 'int' },
  { stat: 'nwritten', family: writtenBytes, conv: 'int' },
  { stat: 'reads', family: reads, conv: 'int' },
  { stat: 'writes', family: writes, conv: 'int' },
];

export const zoneZfs: KstatCollector = {
  kind: 'kstat',
  name: 'zone_zfs',
  families: [readBytes, writtenBytes, reads, writes],
  selectors: ['zone_zfs:::/^(zonename|crtime|nread|nwritten|reads|writes)$/'],
  collect: (input, out) => zoneTable(input, out, 'zone_zfs', TABLE),
};
