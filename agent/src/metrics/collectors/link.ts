/**
 * link:0:z<zoneid>_<nic>, class net (kstat-dtrace.md 2.7): a zone's VNICs as the global zone sees them. Byte and
 * packet counters use the 64-bit statistics; the error counters are 32-bit and wrap, which Prometheus reads as a
 * reset. The nic label is the zone-side name (net0), which survives reboots; the GZ name embeds the zone id.
 */
import { escapeLabelValue, family } from '../exposition.js';
import type { KstatCollector } from './collector.js';
import { applyTable, type StatMapping } from './table.js';

const rxBytes = family('smartos_zone_network_receive_bytes_total', 'counter', 'Bytes received on the zone\'s VNIC (rbytes64).');
const rxPackets = family('smartos_zone_network_receive_packets_total', 'counter', 'Packets received on the zone\'s VNIC (ipackets64).');
const rxErrors = family('smartos_zone_network_receive_errors_total', 'counter', 'Receive errors on the zone\'s VNIC (ierrors, 32-bit).');
const txBytes = family('smartos_zone_network_transmit_bytes_total', 'counter', 'Bytes sent on the zone\'s VNIC (obytes64).');
const txPackets = family('smartos_zone_network_transmit_packets_total', 'counter', 'Packets sent on the zone\'s VNIC (opackets64).');
const txErrors = family('smartos_zone_network_transmit_errors_total', 'counter', 'Transmit errors on the zone\'s VNIC (oerrors, 32-bit).');

const TABLE: readonly StatMapping[] = [
  { stat: 'rbytes64', family: rxBytes, conv: 'int' },
  { stat: 'ipackets64', family: rxPackets, conv: 'int' },
  { stat: 'ierrors', family: rxErrors, conv: 'int' },
  { stat: 'obytes64', family: txBytes, conv: 'int' },
  { stat: 'opackets64', family: txPackets, conv: 'int' },
  { stat: 'oerrors', family: txErrors, conv: 'int' },
];

export const link: KstatCollector = {
  kind: 'kstat',
  name: 'link',
  families: [rxBytes, rxPackets, rxErrors, txBytes, txPackets, txErrors],
  selectors: ['link:::/^(zonename|crtime|rbytes64|ipackets64|ierrors|obytes64|opackets64|oerrors)$/'],
  collect(input, out) {
    for (const ks of input.byModule.get('link') ?? []) {
      const owner = input.zones.link(ks);
      if (!owner) continue;
      const nic = `nic="${escapeLabelValue(owner.nic)}"`;
      applyTable(TABLE, ks.stats, (f, _l, value) => out.zone(f, owner.zone, nic, value), input.pageSize);
    }
  },
};
