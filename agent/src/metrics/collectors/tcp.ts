/**
 * tcp:<zoneid>:tcp, class mib2: the TCP MIB of the zone's own (exclusive-IP) netstack, instanced by zone id and
 * carrying no zonename, so the zone comes from the zone ids of the same kstat read (kstat-dtrace.md 2.9).
 */
import { family } from '../exposition.js';
import type { KstatCollector } from './collector.js';
import { applyTable, type StatMapping } from './table.js';

const active = family('smartos_zone_tcp_active_opens_total', 'counter', 'TCP connections the zone opened (mib2 activeOpens).');
const passive = family('smartos_zone_tcp_passive_opens_total', 'counter', 'TCP connections the zone accepted (mib2 passiveOpens).');
const retrans = family('smartos_zone_tcp_retransmitted_segments_total', 'counter', 'TCP segments the zone retransmitted (mib2 retransSegs).');
const drops = family('smartos_zone_tcp_listen_drops_total', 'counter', 'TCP connections dropped at a full listen queue in the zone (mib2 listenDrop).');
const estab = family('smartos_zone_tcp_established_connections', 'gauge', 'TCP connections of the zone in ESTABLISHED or CLOSE-WAIT (mib2 currEstab).');

const TABLE: readonly StatMapping[] = [
  { stat: 'activeOpens', family: active, conv: 'int' },
  { stat: 'passiveOpens', family: passive, conv: 'int' },
  { stat: 'retransSegs', family: retrans, conv: 'int' },
  { stat: 'listenDrop', family: drops, conv: 'int' },
  { stat: 'currEstab', family: estab, conv: 'int' },
];

export const tcp: KstatCollector = {
  kind: 'kstat',
  name: 'tcp',
  families: [active, passive, retrans, drops, estab],
  selectors: ['tcp::tcp:/^(crtime|activeOpens|passiveOpens|retransSegs|listenDrop|currEstab)$/'],
  collect(input, out) {
    for (const ks of input.byModule.get('tcp') ?? []) {
      if (ks.name !== 'tcp') continue;
      const zone = input.zones.byId(ks.instance);
      if (zone === undefined) continue;
      applyTable(TABLE, ks.stats, (f, labels, value) => out.zone(f, zone, labels, value), input.pageSize);
    }
  },
};
