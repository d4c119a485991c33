/**
 * `vmadm list` and `vmadm lookup` semantics (vmadm.md section 3): fake type/ram fields, k=v and k=~re filters,
 * vmadm's sort quirks (falsy values after truthy ones), fixed-width table and `-p` output.
 */
import { isHvm } from './brands.js';
import { VmadmError } from './errors.js';

/** field -> [header, width] */
export const LIST_FIELDS: Record<string, [string, number]> = {
  alias: ['ALIAS', 10], autoboot: ['AUTOBOOT', 8], billing_id: ['BILLING_ID', 36], boot_timestamp: ['BOOT_TIMESTAMP', 24],
  brand: ['BRAND', 14], cpu_cap: ['CPU_CAP', 7], cpu_shares: ['CPU_SHARE', 9], cpu_type: ['CPU_TYPE', 8],
  create_timestamp: ['CREATE_TIMESTAMP', 24], dns_domain: ['DOMAIN', 32], do_not_inventory: ['DNI', 5], docker: ['DOCKER', 6],
  exit_status: ['EXIT', 4], exit_timestamp: ['EXIT_TIMESTAMP', 24], firewall_enabled: ['FIREWALL_ENABLED', 16],
  flexible_disk_size: ['FLEX_DISK_SIZE', 14], free_space: ['FREE_SPACE', 14], hostname: ['HOSTNAME', 32], hvm: ['HVM', 5],
  image_uuid: ['IMAGE_UUID', 36], indestructible_delegated: ['INDESTR_DATA', 12], indestructible_zoneroot: ['INDESTR_ROOT', 12],
  ram: ['RAM', 7], max_locked_memory: ['MAX_LOCKED', 10], max_lwps: ['MAX_LWP', 7], max_physical_memory: ['MAX_PHYS', 8],
  max_swap: ['MAX_SWAP', 8], owner_uuid: ['OWNER_UUID', 36], package_name: ['PACKAGE_NAME', 32], package_version: ['PACKAGE_VER', 11],
  pid: ['PID', 6], qemu_extra_opts: ['QEMU_EXTRA_OPTS', 15], quota: ['QUOTA', 5], zone_state: ['ZONE_STATE', 10],
  state: ['STATE', 16], tmpfs: ['TMPFS', 5], type: ['TYPE', 4], uuid: ['UUID', 36], vcpus: ['VCPUS', 5],
  zfs_io_priority: ['IO_PRIORITY', 11], zpool: ['ZPOOL', 12], zonename: ['ZONENAME', 12], zonepath: ['ZONEPATH', 40], zoneid: ['ZONEID', 6],
};

const TYPES: Record<string, string> = { joyent: 'OS', 'joyent-minimal': 'OS', builder: 'OS', lx: 'LX', kvm: 'KVM', bhyve: 'BHYVE' };

/** The VM as list/lookup see it: with the fake `type` (cut to 4 chars) and, for OS VMs, `ram`. */
export function withFakeFields(vm: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...vm, type: (TYPES[String(vm.brand)] ?? 'OS').slice(0, 4) };
  if (!isHvm(String(vm.brand))) out.ram = vm.max_physical_memory;
  return out;
}

const PATHED = /^(nics|disks)\.\d+\.[A-Za-z0-9_]+$|^(tags|customer_metadata|internal_metadata)\..+$/;

/** Checks a -o / -s key; `kind` is "order" or "sort". */
function checkColumn(field: string, kind: 'order' | 'sort'): void {
  if (LIST_FIELDS[field] || PATHED.test(field)) return;
  if (field.includes('.*.') || /^(nics|disks)\./.test(field)) throw new VmadmError(`Invalid ${kind} key: "${field}"`);
  throw new VmadmError(`invalid ${kind} field: ${field}`);
}

function column(field: string): [string, number] {
  return LIST_FIELDS[field] ?? [field.toUpperCase(), 20];
}

/** Reads a dotted path; `*` matches every array element (returns all matches). */
function valuesAt(obj: unknown, path: string[]): unknown[] {
  if (path.length === 0) return [obj];
  if (obj === null || typeof obj !== 'object') return [];
  const [head, ...rest] = path;
  if (head === '*' && Array.isArray(obj)) return obj.flatMap((e) => valuesAt(e, rest));
  return valuesAt((obj as Record<string, unknown>)[head], rest);
}

export function getField(vm: Record<string, unknown>, field: string): unknown {
  if (field in vm || !field.includes('.')) return vm[field];
  return valuesAt(vm, field.split('.'))[0];
}

const FILTER_PATH = /^(disks\.(\d+|\*)\.(boot|image_name|image_size|image_uuid|size|media|model|zpool)|nics\.(\d+|\*)\.(dhcp_server|gateway|interface|ip|mac|model|netmask|nic_tag|vlan_id)|(tags|customer_metadata|internal_metadata)\..+)$/;

export interface Filter {
  key: string;
  test: (v: unknown) => boolean;
}

const normMac = (m: string) =>
  m.split(':').map((x) => x.toLowerCase().padStart(2, '0')).join(':');

export function parseFilters(args: string[], kind: 'filter' | 'lookup'): Filter[] {
  return args.map((arg) => {
    const eq = arg.indexOf('=');
    if (eq <= 0) throw new VmadmError(`Invalid ${kind} key: "${arg}"`);
    const key = arg.slice(0, eq);
    let want = arg.slice(eq + 1);
    if (!LIST_FIELDS[key] && !FILTER_PATH.test(key)) throw new VmadmError(`Invalid ${kind} key: "${key}"`);
    const isMac = /\.mac$/.test(key);
    if (want.startsWith('~')) {
      let re: RegExp;
      try {
        re = new RegExp(want.slice(1), 'i');
      } catch (e) {
        throw new VmadmError(`Invalid regular expression for ${key}: ${(e as Error).message}`);
      }
      return { key, test: (v) => v !== undefined && v !== null && re.test(String(v)) };
    }
    if (isMac) want = normMac(want);
    return { key, test: (v) => v !== undefined && v !== null && (isMac ? normMac(String(v)) : String(v)) === want };
  });
}

export function matches(vm: Record<string, unknown>, filters: Filter[]): boolean {
  return filters.every((f) => {
    const vals = f.key.includes('.') && !(f.key in vm) ? valuesAt(vm, f.key.split('.')) : [vm[f.key]];
    return vals.some((v) => f.test(v));
  });
}

/** vmadm's comparator: truthy before falsy, then JS </> on raw values; `-` prefix reverses. */
export function sortVms(vms: Record<string, unknown>[], keys: string[]): Record<string, unknown>[] {
  const spec = keys.map((k) => (k.startsWith('-') ? { f: k.slice(1), dir: -1 } : { f: k.replace(/^\+/, ''), dir: 1 }));
  for (const s of spec) checkColumn(s.f, 'sort');
  return [...vms].sort((a, b) => {
    for (const { f, dir } of spec) {
      const av = getField(a, f) as number | string;
      const bv = getField(b, f) as number | string;
      let c = 0;
      if (av && !bv) c = -1;
      else if (!av && bv) c = 1;
      else if (av && bv) c = av < bv ? -1 : av > bv ? 1 : 0;
      if (c !== 0) return c * dir;
    }
    return 0;
  });
}

export interface ListOptions {
  fields: string[];
  sort: string[];
  parsable: boolean;
  header: boolean;
  filters: Filter[];
}

export function formatList(vms: Record<string, unknown>[], o: ListOptions): string {
  for (const f of o.fields) checkColumn(f, 'order');
  const rows = sortVms(vms.map(withFakeFields).filter((v) => matches(v, o.filters)), o.sort);
  const lines: string[] = [];
  const cell = (v: unknown) => (v === undefined || v === null ? undefined : typeof v === 'object' ? JSON.stringify(v) : String(v));
  if (o.parsable) {
    for (const r of rows) lines.push(o.fields.map((f) => cell(getField(r, f)) ?? '').join(':'));
  } else {
    const cols = o.fields.map(column);
    const fmt = (vals: string[]) => vals.map((v, i) => v.padEnd(cols[i][1])).join('  ').trimEnd();
    if (o.header) lines.push(fmt(cols.map((c) => c[0])));
    for (const r of rows) lines.push(fmt(o.fields.map((f) => cell(getField(r, f)) ?? '-')));
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}
