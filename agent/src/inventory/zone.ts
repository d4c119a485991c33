/**
 * The Zone model: the subset of a vmadm VM object fit to leave the host. Built by allowlist, so a field vmadm
 * adds later (or a secret such as vnc_password) never leaks by default; metadata and tags only for keys the
 * operator names in inventory.exportMetadataKeys.
 */
import type { VmObject } from '../platform/vmadm.js';

export interface ZoneNic {
  interface?: string;
  mac?: string;
  nic_tag?: string;
  vlan_id?: number;
  ip?: string;
  ips?: string[];
  netmask?: string;
  gateway?: string;
  gateways?: string[];
  network_uuid?: string;
  model?: string;
  mtu?: number;
  primary?: boolean;
}

export interface Zone {
  uuid: string;
  alias?: string;
  brand: string;
  state: string;
  zone_state?: string;
  owner_uuid?: string;
  image_uuid?: string;
  ram?: number;
  max_physical_memory?: number;
  quota?: number;
  cpu_cap?: number;
  cpu_shares?: number;
  nics: ZoneNic[];
  create_timestamp?: string;
  boot_timestamp?: string;
  zoneid?: number;
  do_not_inventory?: boolean;
  /** lx zones run as docker containers (vmadm allows stop -t for them) */
  docker?: boolean;
  customer_metadata?: Record<string, string>;
  internal_metadata?: Record<string, string>;
  tags?: Record<string, unknown>;
}

export interface ExportMetadataKeys {
  customer: readonly string[];
  internal: readonly string[];
  tags: readonly string[];
}

export const NO_METADATA: ExportMetadataKeys = Object.freeze({ customer: [], internal: [], tags: [] });

const STRING_FIELDS = ['alias', 'zone_state', 'owner_uuid', 'image_uuid', 'create_timestamp', 'boot_timestamp'] as const;
const NUMBER_FIELDS = ['ram', 'max_physical_memory', 'quota', 'cpu_cap', 'cpu_shares', 'zoneid'] as const;
const NIC_STRINGS = ['interface', 'mac', 'nic_tag', 'ip', 'netmask', 'gateway', 'network_uuid', 'model'] as const;
const NIC_NUMBERS = ['vlan_id', 'mtu'] as const;
const NIC_ARRAYS = ['ips', 'gateways'] as const;

/** The fields a ZoneChange can name, in a fixed order. */
export const ZONE_FIELDS: readonly (keyof Zone)[] = [
  'alias', 'brand', 'state', 'zone_state', 'owner_uuid', 'image_uuid', 'ram', 'max_physical_memory', 'quota',
  'cpu_cap', 'cpu_shares', 'nics', 'create_timestamp', 'boot_timestamp', 'zoneid', 'do_not_inventory', 'docker',
  'customer_metadata', 'internal_metadata', 'tags',
];

function pickNic(raw: unknown): ZoneNic {
  const n = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const out: ZoneNic = {};
  for (const k of NIC_STRINGS) if (typeof n[k] === 'string') out[k] = n[k];
  for (const k of NIC_NUMBERS) if (typeof n[k] === 'number') out[k] = n[k];
  for (const k of NIC_ARRAYS) if (Array.isArray(n[k])) out[k] = (n[k] as unknown[]).filter((x): x is string => typeof x === 'string');
  if (n.primary === true) out.primary = true;
  return out;
}

function pickKeys<T>(obj: unknown, keys: readonly string[], ok: (v: unknown) => v is T): Record<string, T> | undefined {
  if (keys.length === 0 || typeof obj !== 'object' || obj === null) return undefined;
  const out: Record<string, T> = {};
  let any = false;
  for (const k of keys) {
    const v = (obj as Record<string, unknown>)[k];
    if (Object.hasOwn(obj, k) && ok(v)) { out[k] = v; any = true; }
  }
  return any ? out : undefined;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isScalar = (v: unknown): v is unknown => ['string', 'number', 'boolean'].includes(typeof v);

/** Builds the exported Zone from a full VM object (from get, events or lookup with its fakes stripped). */
export function toZone(vm: VmObject, keys: ExportMetadataKeys = NO_METADATA): Zone {
  const z: Zone = { uuid: vm.uuid, brand: vm.brand, state: vm.state, nics: [] };
  const r = vm as Record<string, unknown>;
  for (const k of STRING_FIELDS) if (typeof r[k] === 'string') z[k] = r[k];
  for (const k of NUMBER_FIELDS) if (typeof r[k] === 'number') z[k] = r[k];
  if (Array.isArray(r.nics)) z.nics = r.nics.map(pickNic);
  if (r.do_not_inventory === true) z.do_not_inventory = true;
  if (r.docker === true) z.docker = true;
  const cm = pickKeys(r.customer_metadata, keys.customer, isString);
  if (cm) z.customer_metadata = cm;
  const im = pickKeys(r.internal_metadata, keys.internal, isString);
  if (im) z.internal_metadata = im;
  const tags = pickKeys(r.tags, keys.tags, isScalar);
  if (tags) z.tags = tags;
  return z;
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.hasOwn(b, k) && same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Exported fields that differ between two versions of one zone (empty = same zone as far as consumers can tell). */
export function changedFields(prev: Zone, next: Zone): string[] {
  return ZONE_FIELDS.filter((f) => !same(prev[f], next[f]));
}

/** Settled = not in the middle of a transition: the states an action can end in. */
export const SETTLED_STATES: ReadonlySet<string> = new Set(['running', 'stopped', 'failed']);
