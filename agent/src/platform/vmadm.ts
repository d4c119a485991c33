/**
 * Typed adapter over `vmadm`: read-only queries (lookup -j, get), the `events -rj` stream as typed events, and the
 * lifecycle calls. Mutating calls run with timeoutMs null: killing vmadm mid-flight can wedge a zone, so the caller
 * (the action engine) decides what a timeout means. vmadm's own stderr message is kept on every error.
 */
import { Exec, ExecError, type LongChildExit } from './exec.js';

/** A VM object as `vmadm get` prints it. Only the fields we rely on are typed. */
export type VmObject = Record<string, unknown> & { uuid: string; brand: string; state: string; zone_state?: string };

export interface VmChange {
  prettyPath: string;
  path: Array<string | null>;
  action: 'added' | 'removed' | 'changed';
  oldValue?: unknown;
  newValue?: unknown;
}

export type VmadmEvent =
  | { type: 'ready'; date: string; uuid: string; vms: Record<string, VmObject> }
  | { type: 'create' | 'modify'; date: string; zonename: string; uuid: string; vm: VmObject; changes?: VmChange[] }
  | { type: 'delete'; date: string; zonename: string; uuid: string };

export type VmadmErrorKind = 'not-found' | 'usage' | 'unsupported' | 'failed' | 'timeout' | 'exec';

export class VmadmError extends Error {
  constructor(
    readonly kind: VmadmErrorKind,
    readonly args: string[],
    /** vmadm's own message (first stderr line that is not usage text), or the exec failure */
    readonly vmadmMessage: string,
    readonly exitCode?: number,
    cause?: unknown,
  ) {
    super(`vmadm ${args.join(' ')}: ${vmadmMessage}`, cause === undefined ? undefined : { cause });
    this.name = 'VmadmError';
  }
}

export class VmadmParseError extends Error {
  constructor(readonly line: string, reason: string) {
    super(`unparsable vmadm events line (${reason}): ${line.length > 200 ? line.slice(0, 200) + '...' : line}`);
    this.name = 'VmadmParseError';
  }
}

export const HVM_BRANDS: ReadonlySet<string> = new Set(['bhyve', 'kvm']);
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The text vmadm prints on platforms without vminfod; node-vmadm detects the same line. */
const NO_EVENTS_RE = /Invalid command: "events"/;

/**
 * `vmadm lookup -j` adds `type` (always) and `ram` (a copy of max_physical_memory for non-HVM brands).
 * Neither is a property of the VM, so they are removed to make lookup objects compare equal to `get`/events ones.
 */
export function stripLookupFakes(vm: VmObject): VmObject {
  const { type: _type, ram, ...rest } = vm;
  return (HVM_BRANDS.has(vm.brand) && ram !== undefined ? { ...rest, ram } : rest) as VmObject;
}

function isVm(v: unknown): v is VmObject {
  return typeof v === 'object' && v !== null && typeof (v as VmObject).uuid === 'string' && typeof (v as VmObject).brand === 'string';
}

/** Parses one `vmadm events -j` line; throws VmadmParseError on anything we would have to guess about. */
export function parseEventLine(line: string): VmadmEvent {
  let ev: unknown;
  try {
    ev = JSON.parse(line);
  } catch (e) {
    throw new VmadmParseError(line, `bad JSON: ${(e as Error).message}`);
  }
  if (typeof ev !== 'object' || ev === null) throw new VmadmParseError(line, 'not an object');
  const o = ev as Record<string, unknown>;
  if (typeof o.type !== 'string' || typeof o.date !== 'string') throw new VmadmParseError(line, 'type and date must be strings');
  switch (o.type) {
    case 'ready': {
      if (typeof o.vms !== 'object' || o.vms === null || Array.isArray(o.vms)) throw new VmadmParseError(line, 'ready without a vms object');
      for (const [k, vm] of Object.entries(o.vms)) if (!isVm(vm)) throw new VmadmParseError(line, `ready vms.${k} is not a VM object`);
      return o as VmadmEvent;
    }
    case 'create':
    case 'modify':
      if (typeof o.uuid !== 'string' || !isVm(o.vm)) throw new VmadmParseError(line, `${o.type} without uuid or vm object`);
      return o as VmadmEvent;
    case 'delete':
      if (typeof o.uuid !== 'string') throw new VmadmParseError(line, 'delete without uuid');
      return o as VmadmEvent;
    default:
      throw new VmadmParseError(line, `unknown event type ${JSON.stringify(o.type)}`);
  }
}

/** vmadm's message: stderr without the usage block that follows usage errors. */
export function vmadmMessage(stderr: string): string {
  const lines = stderr.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
  const usage = lines.findIndex((l) => l.startsWith('Usage:'));
  const kept = (usage === -1 ? lines : lines.slice(0, usage)).filter((l) => l !== '[...]');
  return kept.join('\n');
}

export function toVmadmError(err: unknown, args: string[]): VmadmError {
  if (!(err instanceof ExecError)) return new VmadmError('exec', args, (err as Error)?.message ?? String(err), undefined, err);
  const msg = vmadmMessage(err.stderr) || err.message;
  if (err.kind === 'timeout') return new VmadmError('timeout', args, `timed out (killed): ${msg}`, undefined, err);
  if (err.kind !== 'exit') return new VmadmError('exec', args, err.message, err.exitCode, err);
  if (NO_EVENTS_RE.test(err.stderr)) return new VmadmError('unsupported', args, msg, err.exitCode, err);
  if (err.exitCode === 2) return new VmadmError('usage', args, msg, err.exitCode, err);
  if (/No such zone configured|VM [0-9a-f-]{36} not found|bad statusCode: 404|found 0 results/.test(msg))
    return new VmadmError('not-found', args, msg, err.exitCode, err);
  return new VmadmError('failed', args, msg, err.exitCode, err);
}

export interface VmadmEventStream {
  pid: number;
  /** typed events; throws VmadmParseError on a bad line, VmadmError('unsupported') on a platform without events */
  events: AsyncIterable<VmadmEvent>;
  exited: Promise<LongChildExit>;
  stderr: string[];
  stop(graceMs?: number): Promise<void>;
}

export interface MutationResult {
  /** vmadm's success line (it prints it on stderr), e.g. `Successfully completed stop for VM <uuid>` */
  message: string;
}

export interface ReadOptions { timeoutMs?: number }

export class Vmadm {
  constructor(private readonly exec: Exec) {}

  private async read(args: string[], opts: ReadOptions): Promise<string> {
    try {
      const r = await this.exec.run('vmadm', args, { timeoutMs: opts.timeoutMs ?? 30_000 });
      return r.stdout;
    } catch (e) {
      throw toVmadmError(e, args);
    }
  }

  /** Mutating call: never killed (timeoutMs null). */
  private async mutate(args: string[], input?: string): Promise<MutationResult> {
    try {
      const r = await this.exec.run('vmadm', args, { timeoutMs: null, ...(input === undefined ? {} : { input }) });
      return { message: vmadmMessage(r.stderr) };
    } catch (e) {
      throw toVmadmError(e, args);
    }
  }

  /** All VMs via `vmadm lookup -j`, without lookup's fake `type`/`ram`. */
  async lookup(opts: ReadOptions = {}): Promise<VmObject[]> {
    const out = await this.read(['lookup', '-j'], opts);
    let arr: unknown;
    try {
      arr = JSON.parse(out);
    } catch (e) {
      throw new VmadmError('failed', ['lookup', '-j'], `output is not JSON: ${(e as Error).message}`);
    }
    if (!Array.isArray(arr) || !arr.every(isVm)) throw new VmadmError('failed', ['lookup', '-j'], 'output is not an array of VM objects');
    return arr.map(stripLookupFakes);
  }

  async get(uuid: string, opts: ReadOptions = {}): Promise<VmObject> {
    assertUuid(uuid);
    const out = await this.read(['get', uuid], opts);
    let vm: unknown;
    try {
      vm = JSON.parse(out);
    } catch (e) {
      throw new VmadmError('failed', ['get', uuid], `output is not JSON: ${(e as Error).message}`);
    }
    if (!isVm(vm)) throw new VmadmError('failed', ['get', uuid], 'output is not a VM object');
    return vm;
  }

  /** `vmadm events -rj`: the first event is `ready` with every VM. */
  events(): VmadmEventStream {
    const args = ['events', '-rj'];
    const child = this.exec.spawnLong('vmadm', args, { env: { VMADM_DEBUG_LEVEL: 'fatal', VMADM_IDENT: 'zonelet' } });
    const stderr: string[] = [];
    child.onStderrLine((l) => { if (stderr.length < 50) stderr.push(l); });
    const lines = child.lines[Symbol.asyncIterator]();
    // The next event, or undefined at the end. A function of its own: a line read in the generator below would stay
    // in its suspended frame until the next event, and `ready` (every VM) is megabytes on a full host.
    async function next(): Promise<VmadmEvent | undefined> {
      for (;;) {
        const r = await lines.next();
        if (r.done) return undefined;
        if (r.value.trim() !== '') return parseEventLine(r.value);
      }
    }
    async function* iterate(): AsyncGenerator<VmadmEvent> {
      for (let event = await next(); event !== undefined; event = await next()) yield event;
      const exit = await child.exited;
      const text = stderr.join('\n');
      if (NO_EVENTS_RE.test(text)) throw new VmadmError('unsupported', args, vmadmMessage(text), exit.code ?? undefined);
      if (exit.partialLine) throw new VmadmParseError(exit.partialLine, 'truncated last line');
    }
    return { pid: child.pid, events: iterate(), exited: child.exited, stderr, stop: (g) => child.stop(g) };
  }

  async start(uuid: string): Promise<MutationResult> {
    assertUuid(uuid);
    return this.mutate(['start', uuid]);
  }

  /** `timeoutSeconds` maps to `-t`, which vmadm accepts only for bhyve, KVM and docker; the caller checks the brand. */
  async stop(uuid: string, opts: { force?: boolean; timeoutSeconds?: number } = {}): Promise<MutationResult> {
    assertUuid(uuid);
    const args = ['stop', uuid];
    if (opts.force) args.push('-F');
    if (opts.timeoutSeconds !== undefined) args.push('-t', String(Math.trunc(opts.timeoutSeconds)));
    return this.mutate(args);
  }

  async reboot(uuid: string, opts: { force?: boolean } = {}): Promise<MutationResult> {
    assertUuid(uuid);
    return this.mutate(opts.force ? ['reboot', uuid, '-F'] : ['reboot', uuid]);
  }

  async delete(uuid: string): Promise<MutationResult> {
    assertUuid(uuid);
    return this.mutate(['delete', uuid]);
  }

  /** Payload as JSON on stdin, never as k=v arguments (those turn every value into a string). */
  async update(uuid: string, payload: Record<string, unknown>): Promise<MutationResult> {
    assertUuid(uuid);
    return this.mutate(['update', uuid], JSON.stringify(payload));
  }

  /** Returns the uuid vmadm reports in `Successfully created VM <uuid>`. */
  async create(payload: Record<string, unknown>): Promise<MutationResult & { uuid: string }> {
    const r = await this.mutate(['create'], JSON.stringify(payload));
    const m = /^Successfully created VM ([0-9a-f-]{36})$/im.exec(r.message);
    if (!m) throw new VmadmError('failed', ['create'], `vmadm exited 0 but printed no "Successfully created VM <uuid>": ${r.message}`);
    return { ...r, uuid: m[1] };
  }

  async createSnapshot(uuid: string, name: string): Promise<MutationResult> {
    assertUuid(uuid);
    return this.mutate(['create-snapshot', uuid, name]);
  }

  async rollbackSnapshot(uuid: string, name: string): Promise<MutationResult> {
    assertUuid(uuid);
    return this.mutate(['rollback-snapshot', uuid, name]);
  }

  async deleteSnapshot(uuid: string, name: string): Promise<MutationResult> {
    assertUuid(uuid);
    return this.mutate(['delete-snapshot', uuid, name]);
  }
}

/** Called first in each async method, so a bad UUID is a rejected promise like every other vmadm failure. */
function assertUuid(uuid: string): void {
  if (!UUID_RE.test(uuid)) throw new VmadmError('usage', [uuid], `not a UUID: ${JSON.stringify(uuid)}`);
}

/**
 * `imgadm get <uuid>`: exit 0 = installed. Lives here until the platform has an Imgadm adapter. Read-only, so it
 * is killed on timeout. Returns imgadm's message when the image is missing; throws on other failures.
 */
export async function imageInstalled(exec: Exec, imageUuid: string, timeoutMs = 30_000): Promise<{ installed: boolean; message: string }> {
  if (!UUID_RE.test(imageUuid)) throw new VmadmError('usage', ['imgadm', 'get', imageUuid], `not a UUID: ${JSON.stringify(imageUuid)}`);
  try {
    await exec.run('imgadm', ['get', imageUuid], { timeoutMs, maxOutputBytes: 4 * 1024 * 1024 });
    return { installed: true, message: '' };
  } catch (e) {
    if (e instanceof ExecError && e.kind === 'exit' && (/ImageNotInstalled|not installed|was not found/.test(e.stderr) || e.exitCode === 1)) return { installed: false, message: e.stderr.trim() || e.message };
    throw e;
  }
}
