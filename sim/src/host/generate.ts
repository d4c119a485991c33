/**
 * Deterministic host generation for `zonelet-sim init --zones N --seed S`: the same seed gives the same host,
 * VMs and images. VM objects go through the same builder as `vmadm create`.
 */
import type { HostConfig, VmObject } from './state.js';
import { buildVm, isHvm } from '../vmadm/build.js';
import { manifestFor, type ImageManifest } from './images.js';

/** mulberry32: small, fast, deterministic. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function seededUuid(rand: () => number): string {
  const h = Array.from({ length: 32 }, () => Math.floor(rand() * 16).toString(16));
  h[12] = '4';
  h[16] = '89ab'[Math.floor(rand() * 4)];
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];

const BRAND_MIX = ['joyent', 'joyent', 'joyent', 'joyent-minimal', 'joyent-minimal', 'lx', 'lx', 'bhyve'] as const;
const ROLES = ['web', 'db', 'cache', 'api', 'worker', 'mq', 'lb', 'build', 'search', 'mail'];

export interface Generated {
  vms: VmObject[];
  images: ImageManifest[];
  /** uuids of VMs that start running */
  running: Set<string>;
}

export function generateHostIdentity(seed: number): Pick<HostConfig, 'hostname' | 'serverUuid' | 'platform'> {
  const rand = prng(seed ^ 0x5eed);
  return { hostname: `cn${Math.floor(rand() * 900 + 100)}`, serverUuid: seededUuid(rand), platform: '20240301T000002Z' };
}

export function generateVms(count: number, seed: number, host: HostConfig): Generated {
  const rand = prng(seed);
  const images = (['joyent', 'joyent-minimal', 'lx', 'bhyve'] as const).map((b, i) => manifestFor(seededUuid(rand), b, i));
  const imageFor = (brand: string) => images[['joyent', 'joyent-minimal', 'lx', 'bhyve'].indexOf(brand)];
  const owners = Array.from({ length: Math.max(2, Math.min(6, Math.ceil(count / 5))) }, () => seededUuid(rand));
  const base = Date.parse('2024-01-08T09:00:00.000Z');
  const vms: VmObject[] = [];
  const running = new Set<string>();
  for (let i = 0; i < count; i++) {
    const brand = i < 4 ? (['joyent', 'joyent-minimal', 'lx', 'bhyve'] as const)[i] : pick(rand, BRAND_MIX);
    const hvm = isHvm(brand);
    const uuid = seededUuid(rand);
    const mem = pick(rand, [256, 512, 1024, 1024, 2048, 4096, 8192]);
    const role = pick(rand, ROLES);
    const capped = rand() < 0.6;
    const payload: Record<string, unknown> = {
      uuid,
      brand,
      alias: `${role}${String(i).padStart(2, '0')}`,
      owner_uuid: owners[i % owners.length],
      billing_id: seededUuid(rand),
      package_name: `sample-${mem}M`,
      package_version: '1.0.0',
      cpu_shares: Math.max(8, Math.round(mem / 8)),
      ...(capped ? { cpu_cap: pick(rand, [25, 50, 100, 200, 400]) } : {}),
      max_lwps: 4000,
      zfs_io_priority: pick(rand, [10, 50, 100]),
      quota: hvm ? 0 : pick(rand, [10, 25, 50, 100]),
      resolvers: ['10.88.0.1', '8.8.8.8'],
      hostname: `${role}${i}`,
      nics: [
        {
          interface: 'net0',
          mac: ['90', 'b8', 'd0', ...Array.from({ length: 3 }, () => Math.floor(rand() * 256).toString(16).padStart(2, '0'))].join(':'),
          nic_tag: 'external',
          gateway: '10.88.0.1',
          gateways: ['10.88.0.1'],
          netmask: '255.255.0.0',
          ip: `10.88.${Math.floor(i / 250)}.${(i % 250) + 4}`,
          primary: true,
        },
      ],
      customer_metadata: { 'root_authorized_keys': 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIsim sim@zonelet' },
      internal_metadata: {},
      tags: { role },
    };
    if (hvm) {
      payload.ram = mem;
      payload.vcpus = pick(rand, [1, 2, 4]);
      payload.bootrom = 'uefi';
      payload.disks = [{ image_uuid: imageFor(brand).uuid, boot: true, size: 10240, image_size: 10240 }, { size: 20480 }];
      payload.max_physical_memory = mem + 1024;
    } else {
      payload.image_uuid = imageFor(brand).uuid;
      payload.max_physical_memory = mem;
      payload.max_swap = mem * 2;
      if (brand === 'lx') payload.kernel_version = '5.10.0';
    }
    const stopped = i >= 4 && rand() < 0.1;
    payload.autoboot = !stopped;
    const vm = buildVm(payload, host, base + i * 3_600_000 + Math.floor(rand() * 1000), i + 1) as Record<string, unknown>;
    vm.zone_state = 'installed';
    vm.state = 'stopped';
    vm.last_modified = vm.create_timestamp ? String(vm.create_timestamp).replace(/\.\d+Z$/, '.000Z') : vm.last_modified;
    vms.push(vm as VmObject);
    if (!stopped) running.add(uuid);
  }
  return { vms, images, running };
}
