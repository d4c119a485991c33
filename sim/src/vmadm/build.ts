/**
 * Builds a full VM object (as `vmadm get` prints it) from a create payload: vmadm's documented defaults
 * (vmadm.md section 4) and the key order of real samples.
 */
import { randomUUID } from 'node:crypto';
import type { HostConfig, VmObject } from '../host/state.js';

import { isHvm } from './brands.js';

export { BRANDS, isHvm } from './brands.js';

/** Key order of `vmadm get` in real samples; keys not listed keep payload order after these. */
const KEY_ORDER = [
  'zonename', 'autoboot', 'brand', 'limit_priv', 'v', 'create_timestamp', 'image_uuid', 'cpu_shares', 'cpu_cap', 'max_lwps',
  'max_msg_ids', 'max_sem_ids', 'max_shm_ids', 'max_shm_memory', 'zfs_io_priority', 'max_physical_memory',
  'max_locked_memory', 'max_swap', 'billing_id', 'owner_uuid', 'package_name', 'package_version', 'tmpfs', 'dns_domain',
  'resolvers', 'alias', 'hostname', 'kernel_version', 'ram', 'vcpus', 'cpu_type', 'bootrom', 'disks', 'nics', 'filesystems',
  'datasets', 'uuid', 'zone_state', 'zonepath', 'hvm', 'zoneid', 'zonedid', 'last_modified', 'firewall_enabled',
  'server_uuid', 'platform_buildstamp', 'state', 'transition_to', 'transition_expire', 'boot_timestamp', 'init_restarts',
  'pid', 'customer_metadata', 'internal_metadata', 'routes', 'tags', 'quota', 'zfs_root_compression', 'zfs_root_recsize',
  'zfs_filesystem', 'zpool', 'zfs_data_recsize', 'snapshots',
];

export function orderKeys(vm: Record<string, unknown>): VmObject {
  const out: Record<string, unknown> = {};
  for (const k of KEY_ORDER) if (k in vm && vm[k] !== undefined) out[k] = vm[k];
  for (const k of Object.keys(vm)) if (!(k in out) && vm[k] !== undefined) out[k] = vm[k];
  return out as VmObject;
}

/** ISO string cut to whole seconds, as last_modified and boot_timestamp are. */
export function isoSeconds(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString();
}

const NIL = '00000000-0000-0000-0000-000000000000';

/**
 * The object right after `create` registered it: zone_state configured, state provisioning (autoboot) or still
 * provisioning until install finishes. Install/boot steps are applied by the lifecycle.
 */
export function buildVm(payload: Record<string, unknown>, host: HostConfig, now: number, zonedid: number): VmObject {
  const brand = String(payload.brand);
  const hvm = isHvm(brand);
  const uuid = typeof payload.uuid === 'string' ? payload.uuid : randomUUID();
  const ram = hvm ? Number(payload.ram ?? 256) : undefined;
  const mpm = Number(payload.max_physical_memory ?? (hvm ? (ram as number) + 1024 : 256));
  const vm: Record<string, unknown> = {
    zonename: uuid,
    autoboot: payload.autoboot ?? true,
    brand,
    limit_priv: payload.limit_priv ?? (hvm ? 'default,-file_link_any,-net_access,-proc_fork,-proc_info,-proc_session' : 'default'),
    v: 1,
    create_timestamp: new Date(now).toISOString(),
    image_uuid: hvm ? undefined : payload.image_uuid,
    cpu_shares: payload.cpu_shares ?? 100,
    cpu_cap: payload.cpu_cap,
    max_lwps: payload.max_lwps ?? 2000,
    max_msg_ids: 4096,
    max_sem_ids: 4096,
    max_shm_ids: 4096,
    max_shm_memory: mpm,
    zfs_io_priority: payload.zfs_io_priority ?? 100,
    max_physical_memory: mpm,
    max_locked_memory: payload.max_locked_memory ?? mpm,
    max_swap: payload.max_swap ?? Math.max(mpm, 256),
    billing_id: payload.billing_id ?? NIL,
    owner_uuid: payload.owner_uuid ?? NIL,
    tmpfs: hvm ? undefined : (payload.tmpfs ?? mpm),
    dns_domain: hvm ? undefined : (payload.dns_domain ?? 'local'),
    resolvers: payload.resolvers ?? [],
    ...payload,
    ram,
    vcpus: hvm ? Number(payload.vcpus ?? 1) : undefined,
    nics: normaliseNics(payload.nics),
    uuid,
    zone_state: 'configured',
    zonepath: `/zones/${uuid}`,
    hvm,
    zonedid,
    last_modified: isoSeconds(now),
    firewall_enabled: payload.firewall_enabled ?? false,
    server_uuid: host.serverUuid,
    platform_buildstamp: host.platform,
    state: 'provisioning',
    customer_metadata: payload.customer_metadata ?? {},
    internal_metadata: payload.internal_metadata ?? {},
    routes: payload.routes ?? {},
    tags: payload.tags ?? {},
    quota: payload.quota ?? (hvm ? 0 : 10),
    zfs_root_recsize: hvm ? undefined : 131072,
    zfs_filesystem: `zones/${uuid}`,
    zpool: payload.zpool ?? 'zones',
    snapshots: [],
  };
  if (hvm && Array.isArray(payload.disks)) vm.disks = normaliseDisks(uuid, brand, payload.disks as Record<string, unknown>[]);
  // Payload-only directives never appear in the VM object.
  for (const k of ['delegate_dataset', 'nowait', 'autoboot_after_create']) delete vm[k];
  return orderKeys(vm);
}

function normaliseNics(nics: unknown): Record<string, unknown>[] {
  if (!Array.isArray(nics)) return [];
  return nics.map((n: Record<string, unknown>, i) => {
    const nic: Record<string, unknown> = { interface: n.interface ?? `net${i}`, mac: n.mac ?? randomMac(), ...n };
    if (typeof nic.ip === 'string' && !nic.ips) nic.ips = [nic.netmask ? `${nic.ip}/${maskBits(String(nic.netmask))}` : nic.ip];
    if (i === 0 && nic.primary === undefined) nic.primary = true;
    return nic;
  });
}

function normaliseDisks(uuid: string, brand: string, disks: Record<string, unknown>[]): Record<string, unknown>[] {
  return disks.map((d, i) => ({
    path: brand === 'kvm' ? `/dev/zvol/rdsk/zones/${uuid}-disk${i}` : `/dev/zvol/rdsk/zones/${uuid}/disk${i}`,
    boot: i === 0,
    model: 'virtio',
    media: 'disk',
    zfs_filesystem: brand === 'kvm' ? `zones/${uuid}-disk${i}` : `zones/${uuid}/disk${i}`,
    zpool: 'zones',
    compression: 'off',
    block_size: 8192,
    ...d,
  }));
}

export function maskBits(mask: string): number {
  return mask.split('.').reduce((n, o) => n + (Number(o) >>> 0).toString(2).replace(/0/g, '').length, 0);
}

export function randomMac(): string {
  const b = [0x90, 0xb8, 0xd0, ...Array.from({ length: 3 }, () => Math.floor(Math.random() * 256))];
  return b.map((x) => x.toString(16).padStart(2, '0')).join(':');
}
