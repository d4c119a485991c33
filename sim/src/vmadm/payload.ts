/**
 * Create/update payload checks and coercions. Errors use vmadm's texts: `Invalid brand while validating payload`,
 * `Invalid value(s) for: a,b`, `Missing required properties: a,b`; `vmadm validate` prints the error object instead.
 */
import { readFileSync } from 'node:fs';
import { BRANDS, isHvm } from './brands.js';
import { randomMac } from './build.js';
import { VmadmError } from './errors.js';

const INTS = new Set([
  'cpu_cap', 'cpu_shares', 'max_lwps', 'max_physical_memory', 'max_locked_memory', 'max_swap', 'quota', 'tmpfs',
  'zfs_io_priority', 'ram', 'vcpus', 'zfs_root_recsize', 'zfs_data_recsize', 'flexible_disk_size', 'max_shm_memory',
]);
const BOOLS = new Set(['autoboot', 'firewall_enabled', 'indestructible_zoneroot', 'indestructible_delegated', 'do_not_inventory', 'maintain_resolvers', 'delegate_dataset', 'docker']);
const STRINGS = new Set(['alias', 'hostname', 'billing_id', 'owner_uuid', 'package_name', 'package_version', 'dns_domain', 'kernel_version', 'limit_priv', 'image_uuid', 'cpu_type', 'bootrom', 'fs_allowed']);
const UUIDS = new Set(['uuid', 'image_uuid', 'owner_uuid', 'billing_id']);
/** Properties `vmadm update` may change (the rest are dropped with a log warning on a real host). */
export const UPDATABLE = new Set([...INTS, ...BOOLS, ...STRINGS, 'resolvers', 'customer_metadata', 'internal_metadata', 'tags', 'routes']);
for (const k of ['image_uuid', 'delegate_dataset', 'docker', 'zfs_root_recsize']) UPDATABLE.delete(k);

export const UUID_RE = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

export interface ValidationErrors {
  bad_brand?: string;
  bad_values: string[];
  bad_properties: string[];
  missing_properties: string[];
}

function badValue(k: string, v: unknown): boolean {
  if (INTS.has(k)) return !(typeof v === 'number' && Number.isInteger(v) && v >= 0);
  if (BOOLS.has(k)) return typeof v !== 'boolean';
  if (UUIDS.has(k)) return typeof v !== 'string' || !UUID_RE.test(v);
  if (STRINGS.has(k)) return typeof v !== 'string';
  if (k === 'nics' || k === 'disks' || k === 'resolvers') return !Array.isArray(v);
  if (['customer_metadata', 'internal_metadata', 'tags', 'routes'].includes(k)) return typeof v !== 'object' || v === null || Array.isArray(v);
  return false;
}

export function validateCreate(p: Record<string, unknown>): ValidationErrors | null {
  const errs: ValidationErrors = { bad_values: [], bad_properties: [], missing_properties: [] };
  if (p.brand === undefined) errs.missing_properties.push('brand');
  else if (typeof p.brand !== 'string' || !BRANDS.includes(p.brand)) errs.bad_brand = String(p.brand);
  for (const [k, v] of Object.entries(p)) if (badValue(k, v)) errs.bad_values.push(k);
  const brand = String(p.brand);
  if (typeof p.brand === 'string' && BRANDS.includes(brand)) {
    if (!isHvm(brand) && p.image_uuid === undefined) errs.missing_properties.push('image_uuid');
    if (brand === 'lx' && p.kernel_version === undefined) errs.missing_properties.push('kernel_version');
  }
  const failed = errs.bad_brand !== undefined || errs.bad_values.length || errs.bad_properties.length || errs.missing_properties.length;
  return failed ? errs : null;
}

/** The one-line error create/update fail with. */
export function validationMessage(e: ValidationErrors): string {
  if (e.bad_brand !== undefined) return `Invalid brand while validating payload: "${e.bad_brand}"`;
  if (e.bad_values.length) return `Invalid value(s) for: ${e.bad_values.join(',')}`;
  if (e.bad_properties.length) return `Invalid properties: ${e.bad_properties.join(',')}`;
  return `Missing required properties: ${e.missing_properties.join(',')}`;
}

/** Reads a JSON payload from -f FILE or stdin, with vmadm's error texts. */
export function readPayload(file: string | undefined, verb: 'create' | 'update' | 'validate'): Record<string, unknown> {
  let text: string;
  if (file !== undefined && file !== '-') {
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new VmadmError(`File: ${file} does not exist.`);
      throw new VmadmError(`Error reading: ${file} ${JSON.stringify(e)}`);
    }
  } else {
    if (process.stdin.isTTY) throw new VmadmError(`Will not ${verb} from stdin when stdin is a tty.`, 2);
    text = readFileSync(0, 'utf8');
  }
  try {
    const v = JSON.parse(text) as unknown;
    if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Error('payload is not an object');
    return v as Record<string, unknown>;
  } catch (e) {
    throw new VmadmError(`Invalid JSON payload: ${(e as Error).message}`);
  }
}

/** `update k=v`: every value arrives as a string; typed properties are converted, bad ones named. */
export function payloadFromArgs(args: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const bad: string[] = [];
  for (const a of args) {
    const eq = a.indexOf('=');
    if (eq <= 0) throw new VmadmError(`Invalid argument: ${a}`, 2);
    const k = a.slice(0, eq);
    const v = a.slice(eq + 1);
    if (INTS.has(k)) {
      if (!/^\d+$/.test(v)) bad.push(k);
      out[k] = Number(v);
    } else if (BOOLS.has(k)) {
      if (v !== 'true' && v !== 'false') bad.push(k);
      out[k] = v === 'true';
    } else out[k] = v;
  }
  if (bad.length) throw new VmadmError(`Invalid value(s) for: ${bad.join(',')}`);
  return out;
}

/** An add_nics entry as vmadm stores it: the first free netN interface and a generated mac unless given. */
function addedNic(existing: Record<string, unknown>[], n: Record<string, unknown>): Record<string, unknown> {
  const used = new Set(existing.map((e) => e.interface));
  let i = 0;
  while (used.has(`net${i}`)) i++;
  return { interface: `net${i}`, mac: randomMac(), ...n };
}

/** Applies an update payload to a VM object in place; returns nothing to record if nothing changed. */
export function applyUpdate(vm: Record<string, unknown>, p: Record<string, unknown>): void {
  const bad = Object.entries(p).filter(([k, v]) => UPDATABLE.has(k) && badValue(k, v)).map(([k]) => k);
  if (bad.length) throw new VmadmError(`Invalid value(s) for: ${bad.join(',')}`);
  for (const [k, v] of Object.entries(p)) {
    const m = /^(set|remove)_(tags|customer_metadata|internal_metadata|routes)$/.exec(k);
    if (m) {
      const target = { ...((vm[m[2]] as Record<string, unknown>) ?? {}) };
      if (m[1] === 'set') Object.assign(target, v as Record<string, unknown>);
      else for (const key of v as string[]) delete target[key];
      vm[m[2]] = target;
    } else if (k === 'add_nics' || k === 'update_nics' || k === 'remove_nics') {
      if (!Array.isArray(v)) throw new VmadmError(`Invalid value(s) for: ${k}`);
      let nics = [...((vm.nics as Record<string, unknown>[]) ?? [])];
      if (k === 'add_nics') for (const n of v as Record<string, unknown>[]) nics.push(addedNic(nics, n));
      if (k === 'update_nics') nics = nics.map((n) => ({ ...n, ...((v as Record<string, unknown>[]).find((u) => u.mac === n.mac) ?? {}) }));
      if (k === 'remove_nics') nics = nics.filter((n) => !(v as string[]).includes(String(n.mac)));
      vm.nics = nics;
    } else if (UPDATABLE.has(k)) {
      if (v === null) delete vm[k];
      else vm[k] = v;
    }
    if (k === 'max_physical_memory' && isHvm(String(vm.brand)) === false && p.max_locked_memory === undefined) {
      vm.max_locked_memory = Math.min(Number(vm.max_locked_memory ?? v), Number(v));
    }
  }
}
