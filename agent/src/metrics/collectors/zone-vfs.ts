/**
 * zone_vfs:<zoneid>:<zonename> (kstat-dtrace.md 2.5): VFS-level I/O of the zone. r* statistics are reads, w* writes
 * (the kernel enters reads on the run queue and writes on the wait queue), times are nanoseconds, the ZFS throttle
 * delay_time is microseconds.
 */
import { family } from '../exposition.js';
import type { KstatCollector } from './collector.js';
import { zoneTable, type StatMapping } from './table.js';

const readBytes = family('smartos_zone_vfs_read_bytes_total', 'counter', 'Bytes read through the VFS layer by the zone.');
const writtenBytes = family('smartos_zone_vfs_written_bytes_total', 'counter', 'Bytes written through the VFS layer by the zone.');
const reads = family('smartos_zone_vfs_reads_total', 'counter', 'VFS read operations of the zone.');
const writes = family('smartos_zone_vfs_writes_total', 'counter', 'VFS write operations of the zone.');
const readTime = family('smartos_zone_vfs_read_seconds_total', 'counter', 'Time with at least one VFS read of the zone in flight (zone_vfs rtime).');
const writeTime = family('smartos_zone_vfs_write_seconds_total', 'counter', 'Time with at least one VFS write of the zone in flight (zone_vfs wtime).');
const readQueue = family('smartos_zone_vfs_read_queue_seconds_total', 'counter', 'Integral of the number of VFS reads in flight over time (zone_vfs rlentime).');
const writeQueue = family('smartos_zone_vfs_write_queue_seconds_total', 'counter', 'Integral of the number of VFS writes in flight over time (zone_vfs wlentime).');
const slow = family('smartos_zone_vfs_slow_operations_total', 'counter', 'VFS operations of the zone slower than the threshold.');
const delays = family('smartos_zone_zfs_throttle_delays_total', 'counter', 'ZFS I/O throttle delays imposed on the zone (zone_vfs delay_cnt).');
const delayTime = family('smartos_zone_zfs_throttle_delay_seconds_total', 'counter', 'Time the ZFS I/O throttle delayed the zone (zone_vfs delay_time, microseconds).');

const TABLE: readonly StatMapping[] = [
  { stat: 'nread', family: readBytes, conv: 'int' },
  { stat: 'nwritten', family: writtenBytes, conv: 'int' },
  { stat: 'reads', family: reads, conv: 'int' },
  { stat: 'writes', family: writes, conv: 'int' },
  { stat: 'rtime', family: readTime, conv: 'ns' },
  { stat: 'wtime', family: writeTime, conv: 'ns' },
  { stat: 'rlentime', family: readQueue, conv: 'ns' },
  { stat: 'wlentime', family: writeQueue, conv: 'ns' },
  { stat: '10ms_ops', family: slow, labels: 'threshold="10ms"', conv: 'int' },
  { stat: '100ms_ops', family: slow, labels: 'threshold="100ms"', conv: 'int' },
  { stat: '1s_ops', family: slow, labels: 'threshold="1s"', conv: 'int' },
  { stat: '10s_ops', family: slow, labels: 'threshold="10s"', conv: 'int' },
  { stat: 'delay_cnt', family: delays, conv: 'int' },
  { stat: 'delay_time', family: delayTime, conv: 'us' },
];

export const zoneVfs: KstatCollector = {
  kind: 'kstat',
  name: 'zone_vfs',
  families: [readBytes, writtenBytes, reads, writes, readTime, writeTime, readQueue, writeQueue, slow, delays, delayTime],
  selectors: [`zone_vfs:::/^(zonename|crtime|${TABLE.map((m) => m.stat).join('|')})$/`],
  collect: (input, out) => zoneTable(input, out, 'zone_vfs', TABLE),
};
