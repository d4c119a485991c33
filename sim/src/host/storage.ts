/**
 * The `zones` pool and its datasets as zfs/zpool show them. Sizes are deterministic per VM (a hash of its uuid
 * picks how full its quota is), so repeated calls agree and tests can compute expected values. The pool is at least
 * POOL.size (a small host's 1798 GiB) and grows with what is provisioned on it, as an operator sizes a host for its
 * zones: every quota (20 GiB for a zone without one), volume, image and system dataset, plus 25 % headroom, rounded
 * up to 128 GiB. Free space therefore stays positive and realistic at any zone count.
 */
import { createHash } from 'node:crypto';
import { listImages } from './images.js';
import { readAllVms } from './state.js';

const GiB = 1024 ** 3;
/** the pool's name and its smallest size */
export const POOL = { name: 'zones', size: 1798 * GiB };
const DEFAULT_QUOTA = 20 * GiB;
const HEADROOM = 1.25;
const POOL_STEP = 128 * GiB;

export interface Dataset {
  name: string;
  type: 'filesystem' | 'volume';
  used: number;
  avail: number;
  refer: number;
  quota: number;
  mountpoint: string;
}

function fraction(uuid: string): number {
  return createHash('sha1').update(uuid).digest().readUInt16BE(0) / 65535;
}

export function datasets(root: string): Dataset[] {
  return layout(root).rows;
}

function layout(root: string): { rows: Dataset[]; size: number } {
  const rows: Dataset[] = [];
  let provisioned = 0;
  for (const img of listImages(root)) {
    const used = img.manifest.files[0]?.size ?? GiB / 4;
    provisioned += used;
    rows.push({ name: `zones/${img.manifest.uuid}`, type: img.manifest.type === 'zvol' ? 'volume' : 'filesystem', used, avail: 0, refer: used, quota: 0, mountpoint: img.manifest.type === 'zvol' ? '-' : `/zones/${img.manifest.uuid}` });
  }
  for (const vm of readAllVms(root)) {
    if (vm.zone_state === 'configured') continue;
    const quota = Number(vm.quota ?? 0) * GiB;
    const used = Math.round((quota || DEFAULT_QUOTA) * (0.05 + 0.5 * fraction(vm.uuid)));
    provisioned += quota || DEFAULT_QUOTA;
    rows.push({ name: `zones/${vm.uuid}`, type: 'filesystem', used, avail: 0, refer: used, quota, mountpoint: `/zones/${vm.uuid}` });
    for (const d of (vm.disks as Array<Record<string, unknown>> | undefined) ?? []) {
      if (typeof d.zfs_filesystem !== 'string') continue;
      const size = Number(d.size ?? 10240) * 1024 * 1024;
      provisioned += size;
      rows.push({ name: d.zfs_filesystem, type: 'volume', used: size, avail: 0, refer: Math.round(size * fraction(d.zfs_filesystem)), quota: 0, mountpoint: '-' });
    }
  }
  const base = [
    { name: 'zones/var', used: 3 * GiB, mountpoint: '/var' },
    { name: 'zones/opt', used: GiB / 2, mountpoint: '/opt' },
    { name: 'zones/config', used: 1024 * 1024, mountpoint: 'legacy' },
  ];
  for (const b of base) {
    rows.push({ ...b, type: 'filesystem', avail: 0, refer: b.used, quota: 0 });
    provisioned += b.used;
  }
  rows.sort((a, b) => (a.name < b.name ? -1 : 1));
  const alloc = rows.reduce((n, r) => n + r.used, 0);
  const size = Math.max(POOL.size, Math.ceil((provisioned * HEADROOM) / POOL_STEP) * POOL_STEP);
  const free = size - alloc;
  for (const r of rows) r.avail = r.type === 'volume' ? free : r.quota > 0 ? Math.max(0, Math.min(free, r.quota - r.used)) : free;
  return { rows: [{ name: 'zones', type: 'filesystem', used: alloc, avail: free, refer: 1024 * 1024, quota: 0, mountpoint: '/zones' }, ...rows], size };
}

export function poolUsage(root: string): { size: number; alloc: number; free: number } {
  const { rows, size } = layout(root);
  const alloc = rows[0]!.used;
  return { size, alloc, free: size - alloc };
}

/** zfs/zpool human-readable sizes (nicenum): 1024-based, 3 significant digits. */
export function nicenum(n: number): string {
  const units = ['', 'K', 'M', 'G', 'T', 'P'];
  let i = 0;
  let v = n;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  if (i === 0) return String(n);
  return `${v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : Math.round(v)}${units[i]}`;
}

/** Lays out rows as zfs/zpool do: -H tab-separated without header, else padded columns with a header. */
export function table(headers: string[], rows: string[][], scripted: boolean): string {
  if (scripted) return rows.map((r) => r.join('\t') + '\n').join('');
  const all = [headers, ...rows];
  const w = headers.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  return all.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(w[i]))).join('  ') + '\n').join('');
}
