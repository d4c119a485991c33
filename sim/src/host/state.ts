/**
 * The simulated host's state directory: the one place every sim executable reads and writes.
 *
 * Layout under $SMARTOS_SIM_ROOT:
 *   host.json              HostConfig: identity, size, time scale, zone id counter
 *   vms/<uuid>.json        the VM object exactly as `vmadm get` prints it (no sim-private fields)
 *   runtime/<uuid>.json    ZoneRuntime: sim-private facts about a zone (zone id, process group, workload)
 *   faults.json            FaultTable: per-command faults set by `zonelet-sim fault`
 *   log/changes.jsonl      one ChangeRecord per line, appended by whoever changed a VM: the ground truth
 *                          that `vmadm events` tails and that tests count against
 *   log/invocations.jsonl  one InvocationRecord per command served: tests count calls and overlaps here
 *   lock/                  a directory lock (mkdir is atomic) around every read-modify-write of vms/
 *
 * Writes are atomic (write to a temp file, rename), so a reader never sees half a VM object.
 */
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type VmObject = Record<string, unknown> & { uuid: string; zonename?: string; brand: string; state: string; zone_state?: string };

export interface HostConfig {
  hostname: string;
  serverUuid: string;
  platform: string; // live image stamp, e.g. 20240301T000000Z
  adminIp: string; // where the agent binds by default; loopback in the sim
  ncpus: number;
  physmemBytes: number;
  bootTime: number; // unix seconds
  /** Multiplies every realistic delay (stop 60-180 s, provisioning): 1 = real time, 0.001 = tests. */
  timeScale: number;
  nextZoneId: number;
  /** Zones with no process: counters are modelled from time, for scale runs. */
  synthetic: boolean;
  seed: number;
}

export interface ZoneRuntime {
  zoneid: number | null; // null while not booted
  pgid: number | null; // process group of the running zone's processes
  bootedAt: number | null; // unix ms; kstat crtime derives from it
  /** "idle" | "cpu=0.5" | "mem=200M" | "cpu=0.5,mem=200M" | "exec=5" (execs per second) ... */
  workload: string;
}

export type FaultMode = 'hang' | 'slow' | 'exit' | 'garbage' | 'truncate' | 'die' | 'huge' | 'drops';
export interface Fault {
  mode: FaultMode;
  /** slow: delay in ms; exit: exit code; die: lines (or ticks) before dying; huge: bytes; drops: drops per tick */
  value?: number;
  message?: string; // exit: what is printed on stderr
  /** Only invocations whose argv contains this word (e.g. "events", "list", "stop") */
  match?: string;
}
export type FaultTable = Record<string, Fault>; // key: command name (vmadm, kstat, dtrace, zfs, ...)

export interface ChangeRecord {
  seq: number; // per-host, strictly increasing
  time: string; // ISO
  type: 'create' | 'modify' | 'delete';
  uuid: string;
  vm?: VmObject; // full new object (create, modify)
  changes?: Array<{ prettyPath: string; path: Array<string | null>; action: 'added' | 'removed' | 'changed'; oldValue?: unknown; newValue?: unknown }>;
  by: string; // which command or subcommand made it
}

export interface InvocationRecord {
  time: string;
  pid: number;
  command: string;
  argv: string[];
  phase: 'start' | 'end';
  exitCode?: number;
}

export function simRoot(): string {
  const root = process.env.SMARTOS_SIM_ROOT;
  if (!root) throw new Error('SMARTOS_SIM_ROOT is not set: it must name a directory made by `zonelet-sim init`');
  if (!existsSync(join(root, 'host.json'))) throw new Error(`SMARTOS_SIM_ROOT=${root} is not a simulated host (no host.json)`);
  return root;
}

export const paths = (root: string) => ({
  host: join(root, 'host.json'),
  vms: join(root, 'vms'),
  vm: (uuid: string) => join(root, 'vms', `${uuid}.json`),
  runtimeDir: join(root, 'runtime'),
  runtime: (uuid: string) => join(root, 'runtime', `${uuid}.json`),
  faults: join(root, 'faults.json'),
  logDir: join(root, 'log'),
  changes: join(root, 'log', 'changes.jsonl'),
  invocations: join(root, 'log', 'invocations.jsonl'),
  lock: join(root, 'lock'),
});

export function writeJsonAtomic(file: string, value: unknown, pretty = true): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, pretty ? JSON.stringify(value, null, 2) + '\n' : JSON.stringify(value));
  renameSync(tmp, file);
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

export function readHost(root: string): HostConfig {
  return readJson<HostConfig>(paths(root).host);
}
export function writeHost(root: string, host: HostConfig): void {
  writeJsonAtomic(paths(root).host, host);
}

export function listVmUuids(root: string): string[] {
  const dir = paths(root).vms;
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5));
}
export function readVm(root: string, uuid: string): VmObject | undefined {
  const f = paths(root).vm(uuid);
  try {
    return readJson<VmObject>(f);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}
export function readAllVms(root: string): VmObject[] {
  return listVmUuids(root)
    .map((u) => readVm(root, u))
    .filter((v): v is VmObject => v !== undefined);
}
export function writeVm(root: string, vm: VmObject): void {
  writeJsonAtomic(paths(root).vm(vm.uuid), vm);
}
export function removeVm(root: string, uuid: string): void {
  rmSync(paths(root).vm(uuid), { force: true });
  rmSync(paths(root).runtime(uuid), { force: true });
}

export function readRuntime(root: string, uuid: string): ZoneRuntime {
  try {
    return readJson<ZoneRuntime>(paths(root).runtime(uuid));
  } catch {
    return { zoneid: null, pgid: null, bootedAt: null, workload: 'idle' };
  }
}
export function writeRuntime(root: string, uuid: string, rt: ZoneRuntime): void {
  writeJsonAtomic(paths(root).runtime(uuid), rt);
}

export function readFaults(root: string): FaultTable {
  try {
    return readJson<FaultTable>(paths(root).faults);
  } catch {
    return {};
  }
}
export function writeFaults(root: string, faults: FaultTable): void {
  writeJsonAtomic(paths(root).faults, faults);
}

/** Runs fn holding the host lock; waits (polling) for another holder, breaks a lock older than staleMs. */
export function withLock<T>(root: string, fn: () => T, staleMs = 10_000): T {
  const lock = paths(root).lock;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      try {
        if (Date.now() - statSync(lock).mtimeMs > staleMs) rmSync(lock, { recursive: true, force: true });
      } catch {
        /* raced with the holder's release */
      }
      if (Date.now() > deadline) throw new Error(`simulated host lock ${lock} held for over 30 s`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Appends a change with the next sequence number. Call it inside withLock so sequence numbers stay ordered. */
export function appendChange(root: string, rec: Omit<ChangeRecord, 'seq' | 'time'>): ChangeRecord {
  const seqFile = join(paths(root).logDir, 'changes.seq');
  let seq = 0;
  try {
    seq = Number(readFileSync(seqFile, 'utf8')) || 0;
  } catch {
    /* first change */
  }
  seq += 1;
  writeFileSync(seqFile, String(seq));
  const full: ChangeRecord = { seq, time: new Date().toISOString(), ...rec };
  appendFileSync(paths(root).changes, JSON.stringify(full) + '\n');
  return full;
}

export function appendInvocation(root: string, rec: InvocationRecord): void {
  appendFileSync(paths(root).invocations, JSON.stringify(rec) + '\n');
}

export function readChanges(root: string): ChangeRecord[] {
  return readJsonl<ChangeRecord>(paths(root).changes);
}
export function readInvocations(root: string): InvocationRecord[] {
  return readJsonl<InvocationRecord>(paths(root).invocations);
}
function readJsonl<T>(file: string): T[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l) as T);
}
