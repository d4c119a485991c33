/**
 * Request validation: everything from the network is checked here before any queue, journal or vmadm sees it.
 * Payload fields are allowlisted per action (and, once the zone is known, per brand); identifiers get strict
 * character sets so shell metacharacters and control characters never reach a command line, even though we
 * never use a shell. Every error names the field.
 */
import { HVM_BRANDS } from '../platform/vmadm.js';
import { ACTION_KINDS, type ActionKind, type ActionRequest } from './types.js';

/** An unknown key as a readable, non-empty path step: `.name`, or `["odd key"]` (quoted, cut) for any other key. */
function keyPath(k: string): string {
  return /^[A-Za-z_][A-Za-z0-9_-]{0,63}$/.test(k) ? `.${k}` : `[${JSON.stringify(k.slice(0, 40))}]`;
}

export class ValidationError extends Error {
  constructor(readonly field: string, readonly reason: string) {
    super(`${field}: ${reason}`);
    this.name = 'ValidationError';
  }
}

export const MAX_REQUEST_BYTES = 64 * 1024;
const MAX_STRING = 1024;
const MAX_METADATA_VALUE = 16 * 1024;
const MAX_ARRAY = 32;
const MAX_KEYS = 64;

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ID_RE = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
const NAME_RE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/; // alias, hostname, nic_tag
const SNAPSHOT_RE = /^[A-Za-z0-9_.:%][A-Za-z0-9_.:%-]{0,63}$/; // vmadm's own rule, minus a leading '-' (an option to vmadm's argv)
const KEY_RE = /^[A-Za-z0-9_.:-]{1,128}$/;
const CONTROL_RE = /[\u0000-\u0008\u000b-\u001f\u007f]/; // \t and \n allowed only in metadata values
const IP_RE = /^(dhcp|addrconf|[0-9a-fA-F.:]{2,39}(\/\d{1,3})?)$/;

type Check = (v: unknown, field: string) => unknown;

const fail = (field: string, reason: string): never => { throw new ValidationError(field, reason); };

const str = (re: RegExp, what: string): Check => (v, f) => {
  if (typeof v !== 'string') return fail(f, `expected a string, got ${typeOf(v)}`);
  if (v.length > MAX_STRING) return fail(f, `longer than ${MAX_STRING} characters`);
  if (!re.test(v)) return fail(f, `${JSON.stringify(v.slice(0, 80))} is not ${what}`);
  return v;
};
const int = (min: number, max: number): Check => (v, f) =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : fail(f, `expected an integer in [${min}, ${max}], got ${JSON.stringify(v)}`);
const bool: Check = (v, f) => (typeof v === 'boolean' ? v : fail(f, `expected true or false, got ${typeOf(v)}`));
const uuid = str(UUID_RE, 'a lowercase UUID');
const name = str(NAME_RE, 'a name (letters, digits, ".", "_", "-"; at most 64)');
const ip = str(IP_RE, 'an IP address, CIDR, "dhcp" or "addrconf"');
const list = (item: Check): Check => (v, f) => {
  if (!Array.isArray(v)) return fail(f, `expected an array, got ${typeOf(v)}`);
  if (v.length > MAX_ARRAY) return fail(f, `more than ${MAX_ARRAY} elements`);
  return v.map((x, i) => item(x, `${f}[${i}]`));
};
const obj = (fields: Record<string, Check>, required: string[] = []): Check => (v, f) => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail(f, `expected an object, got ${typeOf(v)}`);
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) {
    if (!Object.hasOwn(fields, k)) return fail(`${f}${keyPath(k)}`, 'not an allowed field here');
    out[k] = fields[k](x, `${f}.${k}`);
  }
  for (const r of required) if (!Object.hasOwn(out, r)) fail(`${f}.${r}`, 'required');
  return out;
};
/** customer_metadata / tags style maps: strict keys, string (or scalar for tags) values. */
const kv = (scalars: boolean): Check => (v, f) => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail(f, `expected an object, got ${typeOf(v)}`);
  const entries = Object.entries(v);
  if (entries.length > MAX_KEYS) return fail(f, `more than ${MAX_KEYS} keys`);
  for (const [k, x] of entries) {
    if (!KEY_RE.test(k)) fail(`${f}.${k.slice(0, 40)}`, 'key must be letters, digits, "_", ".", ":", "-"');
    const ok = typeof x === 'string' || (scalars && (typeof x === 'number' || typeof x === 'boolean'));
    if (!ok) fail(`${f}.${k}`, `expected a string${scalars ? ', number or boolean' : ''}`);
    if (typeof x === 'string') {
      if (x.length > MAX_METADATA_VALUE) fail(`${f}.${k}`, `longer than ${MAX_METADATA_VALUE} characters`);
      if (CONTROL_RE.test(x)) fail(`${f}.${k}`, 'contains control characters');
    }
  }
  return v;
};
const keyList = list(str(KEY_RE, 'a key'));

const NIC = obj({
  nic_tag: name, vlan_id: int(0, 4095), ip, ips: list(ip), netmask: ip, gateway: ip, gateways: list(ip),
  network_uuid: uuid, model: str(/^(virtio|e1000|rtl8139)$/, 'virtio, e1000 or rtl8139'), mtu: int(576, 9000),
  primary: bool,
}, ['nic_tag']);
const DISK = obj({
  image_uuid: uuid, size: int(1, 16 * 1024 * 1024), boot: bool, model: str(/^(virtio|ide|scsi|nvme|ahci)$/, 'a disk model'),
});

const MB = int(64, 4 * 1024 * 1024);
/** Fields settable on any brand, for create and update. */
const COMMON: Record<string, Check> = {
  alias: name, hostname: name, autoboot: bool, cpu_cap: int(0, 100_000), cpu_shares: int(1, 1_000_000),
  zfs_io_priority: int(0, 16_383), max_physical_memory: MB, max_locked_memory: MB, max_swap: MB,
  max_lwps: int(1, 2_147_483_647), quota: int(0, 1024 * 1024), package_name: name,
  package_version: str(/^[A-Za-z0-9._-]{1,64}$/, 'a version'), billing_id: uuid, indestructible_zoneroot: bool,
  indestructible_delegated: bool, do_not_inventory: bool,
};
const HVM_ONLY: Record<string, Check> = { ram: MB, vcpus: int(1, 128) };
const CREATE: Record<string, Check> = {
  ...COMMON, ...HVM_ONLY, brand: str(/^(joyent|joyent-minimal|lx|bhyve|kvm)$/, 'one of joyent, joyent-minimal, lx, bhyve, kvm'),
  image_uuid: uuid, owner_uuid: uuid, kernel_version: str(/^[0-9][0-9.]{0,15}$/, 'a kernel version'),
  nics: list(NIC), disks: list(DISK), customer_metadata: kv(false), tags: kv(true), resolvers: list(ip),
  dns_domain: str(/^[A-Za-z0-9.-]{1,253}$/, 'a DNS domain'), delegate_dataset: bool,
};
const UPDATE: Record<string, Check> = {
  ...COMMON, ...HVM_ONLY, set_customer_metadata: kv(false), remove_customer_metadata: keyList,
  set_tags: kv(true), remove_tags: keyList,
};
const SNAPSHOT = { name: str(SNAPSHOT_RE, 'a snapshot name (at most 64 of A-Z a-z 0-9 _ . : % -)') };

const PAYLOAD: Record<ActionKind, { fields: Record<string, Check>; required?: string[] }> = {
  create: { fields: CREATE, required: ['brand'] },
  start: { fields: {} },
  stop: { fields: { force: bool, timeout: int(1, 3600) } },
  reboot: { fields: { force: bool } },
  update: { fields: UPDATE },
  delete: { fields: {} },
  'create-snapshot': { fields: SNAPSHOT, required: ['name'] },
  'rollback-snapshot': { fields: SNAPSHOT, required: ['name'] },
  'delete-snapshot': { fields: SNAPSHOT, required: ['name'] },
};

function typeOf(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}

function checkSize(raw: unknown): void {
  let text: string;
  try {
    text = JSON.stringify(raw) ?? '';
  } catch (e) {
    return fail('request', `not serialisable: ${(e as Error).message}`);
  }
  if (Buffer.byteLength(text) > MAX_REQUEST_BYTES) fail('request', `larger than ${MAX_REQUEST_BYTES} bytes`);
}

/** Shape checks that need no knowledge of the zone. Throws ValidationError naming the field. */
export function validateRequest(raw: unknown): ActionRequest {
  checkSize(raw);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail('request', `expected an object, got ${typeOf(raw)}`);
  const r = raw as Record<string, unknown>;
  for (const k of Object.keys(r)) if (!['id', 'action', 'uuid', 'payload', 'deadline'].includes(k)) fail(keyPath(k).startsWith('.') ? k : `request${keyPath(k)}`, 'not an allowed field of a request');
  const id = str(ID_RE, 'a request id (letters, digits, ".", "_", ":", "-"; at most 128)')(r.id, 'id') as string;
  if (typeof r.action !== 'string' || !(ACTION_KINDS as readonly string[]).includes(r.action))
    fail('action', `unknown action ${JSON.stringify(typeof r.action === 'string' ? r.action.slice(0, 40) : r.action)}; known: ${ACTION_KINDS.join(', ')}`);
  const action = r.action as ActionKind;
  const zone = uuid(r.uuid, 'uuid') as string;
  const spec = PAYLOAD[action];
  const payload = (r.payload === undefined ? {} : obj(spec.fields, spec.required)(r.payload, 'payload')) as Record<string, unknown>;
  if (r.payload === undefined && spec.required?.length) fail(`payload.${spec.required[0]}`, 'required');
  const req: ActionRequest = { id, action, uuid: zone, payload };
  if (r.deadline !== undefined) req.deadline = int(0, Number.MAX_SAFE_INTEGER)(r.deadline, 'deadline') as number;
  if (action === 'create') checkCreate(payload);
  return req;
}

function checkCreate(p: Record<string, unknown>): void {
  const hvm = HVM_BRANDS.has(p.brand as string);
  if (!hvm) {
    for (const k of Object.keys(HVM_ONLY)) if (k in p) fail(`payload.${k}`, `only for bhyve and kvm, not ${p.brand}`);
    if ('disks' in p) fail('payload.disks', `only for bhyve and kvm, not ${p.brand}`);
    if (!('image_uuid' in p)) fail('payload.image_uuid', 'required');
  } else if (!Array.isArray(p.disks) || !(p.disks as Array<Record<string, unknown>>).some((d) => d.image_uuid)) {
    fail('payload.disks', 'an HVM zone needs a disk with image_uuid');
  }
  if (p.brand === 'lx' && !('kernel_version' in p)) fail('payload.kernel_version', 'required for lx');
}

/** The image a create needs installed (imgadm get). */
export function createImage(p: Record<string, unknown>): string {
  if (typeof p.image_uuid === 'string') return p.image_uuid;
  const disks = (p.disks ?? []) as Array<Record<string, unknown>>;
  return (disks.find((d) => d.boot && d.image_uuid) ?? disks.find((d) => d.image_uuid))!.image_uuid as string;
}

/** Checks that need the zone (from the inventory): existence and brand rules. */
export function validateForZone(req: ActionRequest, zone: { brand: string; state: string; docker?: boolean } | undefined): void {
  if (req.action === 'create') {
    if (zone) fail('uuid', `a zone ${req.uuid} already exists on this host`);
    return;
  }
  if (!zone) fail('uuid', `no zone ${req.uuid} on this host`);
  const brand = zone!.brand;
  const hvm = HVM_BRANDS.has(brand);
  if (req.action === 'stop' && req.payload.timeout !== undefined && !hvm && !zone!.docker)
    fail('payload.timeout', `stop -t is only supported for bhyve, KVM and docker zones, not ${brand}`);
  if (req.action === 'update' && !hvm) for (const k of Object.keys(HVM_ONLY)) if (k in req.payload) fail(`payload.${k}`, `only for bhyve and kvm, not ${brand}`);
  if (req.action.endsWith('-snapshot') && brand === 'kvm') fail('action', 'snapshots are supported for OS and bhyve zones, not kvm');
}
