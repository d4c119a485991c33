/** Inventory zones to their wire form (zonelet.v1.Zone). Metadata values are JSON-encoded strings. */
import type { zonelet } from '../../../proto/gen/zonelet.js';
import type { HubZone } from './sources.js';

function jsonMap(m: Record<string, unknown> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (m) for (const [k, v] of Object.entries(m)) out[k] = JSON.stringify(v) ?? 'null';
  return out;
}

const uint = (n: number | undefined) => (typeof n === 'number' && Number.isFinite(n) && n > 0 ? Math.trunc(n) : 0);

export function toWireZone(z: HubZone): zonelet.v1.IZone {
  return {
    uuid: z.uuid, alias: z.alias ?? '', brand: z.brand, state: z.state, zoneState: z.zone_state ?? '',
    ownerUuid: z.owner_uuid ?? '', imageUuid: z.image_uuid ?? '', ram: uint(z.ram), maxPhysicalMemory: uint(z.max_physical_memory),
    quota: uint(z.quota), cpuCap: uint(z.cpu_cap), cpuShares: uint(z.cpu_shares),
    nics: (z.nics ?? []).map((n) => ({
      interface: n.interface ?? '', mac: n.mac ?? '', ip: n.ip ?? '', ips: n.ips ?? [], nicTag: n.nic_tag ?? '',
      vlanId: uint(n.vlan_id), primary: n.primary === true,
    })),
    createTimestamp: z.create_timestamp ?? '', bootTimestamp: z.boot_timestamp ?? '',
    zoneid: typeof z.zoneid === 'number' ? z.zoneid : -1,
    customerMetadata: jsonMap(z.customer_metadata), internalMetadata: jsonMap(z.internal_metadata), tags: jsonMap(z.tags),
  };
}
