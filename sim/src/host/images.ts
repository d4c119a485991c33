/** Installed images (what `imgadm get/list` serve): images/<uuid>.json holds the imgadm manifest. */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeJsonAtomic } from './state.js';

export interface ImageManifest {
  v: number;
  uuid: string;
  owner: string;
  name: string;
  version: string;
  state: 'active';
  disabled: boolean;
  public: boolean;
  published_at: string;
  type: 'zone-dataset' | 'lx-dataset' | 'zvol';
  os: 'smartos' | 'linux';
  files: Array<{ sha1: string; size: number; compression: string }>;
  description: string;
  requirements?: Record<string, unknown>;
}

export interface InstalledImage {
  manifest: ImageManifest;
  zpool: string;
  source: string;
}

const dir = (root: string) => join(root, 'images');

export function writeImage(root: string, manifest: ImageManifest): void {
  mkdirSync(dir(root), { recursive: true });
  writeJsonAtomic(join(dir(root), `${manifest.uuid}.json`), manifest);
}

export function readImage(root: string, uuid: string): InstalledImage | undefined {
  const f = join(dir(root), `${uuid}.json`);
  if (!existsSync(f)) return undefined;
  return { manifest: JSON.parse(readFileSync(f, 'utf8')) as ImageManifest, zpool: 'zones', source: 'https://images.smartos.org' };
}

export function listImages(root: string): InstalledImage[] {
  if (!existsSync(dir(root))) return [];
  return readdirSync(dir(root))
    .filter((f) => f.endsWith('.json'))
    .map((f) => readImage(root, f.slice(0, -5)))
    .filter((i): i is InstalledImage => i !== undefined);
}

/** A plausible manifest for an image a VM names (used when loading VMs from a file). */
export function manifestFor(uuid: string, brand: string, index: number): ImageManifest {
  const lx = brand === 'lx';
  const zvol = brand === 'kvm' || brand === 'bhyve';
  return {
    v: 2,
    uuid,
    owner: '00000000-0000-0000-0000-000000000000',
    name: lx ? 'ubuntu-22.04' : zvol ? 'ubuntu-certified-22.04' : brand === 'joyent-minimal' ? 'minimal-64-lts' : 'base-64-lts',
    version: `2023${String(index + 1).padStart(2, '0')}01`,
    state: 'active',
    disabled: false,
    public: true,
    published_at: '2023-01-11T00:00:00Z',
    type: lx ? 'lx-dataset' : zvol ? 'zvol' : 'zone-dataset',
    os: lx || zvol ? 'linux' : 'smartos',
    files: [{ sha1: uuid.replace(/-/g, '').padEnd(40, '0').slice(0, 40), size: 180_000_000 + index * 1_000_000, compression: 'gzip' }],
    description: lx ? 'Container-native Ubuntu 22.04 64-bit image.' : zvol ? 'Ubuntu 22.04 (bhyve/kvm) image.' : 'A 64-bit SmartOS image.',
    ...(lx ? { requirements: { brand: 'lx', min_platform: { '7.0': '20180621T000000Z' } } } : {}),
  };
}
