/**
 * `zonelet-sim`: creates and drives a simulated SmartOS host (see sim/src/host/state.ts for the layout).
 *   init --root DIR (--zones N [--seed S] [--synthetic] | --from-vms FILE) [--noisy N] [--time-scale X] [--force]
 *   workload --root DIR <uuid> <spec>
 *   set-state --root DIR <uuid> <state>
 *   fault --root DIR <command> <mode> [--value N] [--message M] [--match W] | fault --root DIR --clear [command]
 *   stop-all --root DIR
 *   status --root DIR [--json]
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, uptime } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateHostIdentity, generateVms } from '../host/generate.js';
import { manifestFor, readImage, writeImage } from '../host/images.js';
import {
  listVmUuids, paths, readAllVms, readFaults, readHost, readRuntime, readVm, writeFaults, writeHost, writeRuntime, writeVm,
  type FaultMode, type HostConfig, type VmObject,
} from '../host/state.js';
import { bootZone, groupAlive, killGroup, setWorkload } from '../host/zones.js';
import { isHvm, isoSeconds, orderKeys } from '../vmadm/build.js';
import { DELAYS } from '../vmadm/lifecycle.js';
import { modifyVm, VmNotFound } from '../vmadm/store.js';

class CliError extends Error {}

const FAULT_MODES: FaultMode[] = ['hang', 'slow', 'exit', 'garbage', 'truncate', 'die', 'huge', 'drops'];
const COMMANDS = ['vmadm', 'kstat', 'dtrace', 'sysinfo', 'zfs', 'zpool', 'zoneadm', 'imgadm'];

function rootOf(v: string | undefined): string {
  if (!v) throw new CliError('--root DIR is required');
  const root = resolve(v);
  if (!existsSync(paths(root).host)) throw new CliError(`${root} is not a simulated host (no host.json); run \`zonelet-sim init --root ${v} ...\` first`);
  return root;
}

function num(name: string, v: string | undefined, min: number): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n < min) throw new CliError(`--${name}: expected a number >= ${min}, got "${v}"`);
  return n;
}

/**
 * `--noisy N`: the first N running zones each burn 0.9 CPU; the others get light mixed workloads, so a demo shows
 * one tenant hogging CPU next to quiet neighbours. Without the flag every zone is idle.
 */
const QUIET_MIX = ['idle', 'cpu=0.02', 'idle', 'mem=16M', 'cpu=0.01,exec=1'];
function initialWorkload(runningIndex: number, noisy: number | undefined): string {
  if (noisy === undefined) return 'idle';
  return runningIndex < noisy ? 'cpu=0.9' : QUIET_MIX[(runningIndex - noisy) % QUIET_MIX.length];
}

/** Marks a VM running with the runtime bootZone just gave it. */
function markRunning(root: string, vm: Record<string, unknown>, workload: string): void {
  const rt = bootZone(root, vm.uuid as string, workload);
  vm.zone_state = 'running';
  vm.state = 'running';
  vm.zoneid = rt.zoneid;
  vm.pid = rt.pgid ?? 1000 + (rt.zoneid ?? 0);
  vm.boot_timestamp = isoSeconds(rt.bootedAt ?? Date.now());
}

function loadVmsFile(file: string): Record<string, unknown>[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new CliError(`--from-vms ${file}: ${(e as Error).message}`);
  }
  if (!Array.isArray(data)) throw new CliError(`--from-vms ${file}: expected a JSON array of VM objects`);
  data.forEach((v, i) => {
    if (typeof v !== 'object' || v === null || typeof v.uuid !== 'string' || typeof v.brand !== 'string')
      throw new CliError(`--from-vms ${file}: element ${i} is not a VM object (needs uuid and brand)`);
  });
  return data as Record<string, unknown>[];
}

function init(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      root: { type: 'string' }, zones: { type: 'string' }, seed: { type: 'string' }, synthetic: { type: 'boolean' },
      'from-vms': { type: 'string' }, 'time-scale': { type: 'string' }, force: { type: 'boolean' }, noisy: { type: 'string' },
    },
  });
  if (!values.root) throw new CliError('--root DIR is required');
  if ((values.zones === undefined) === (values['from-vms'] === undefined)) throw new CliError('give exactly one of --zones N or --from-vms FILE');
  const root = resolve(values.root);
  const p = paths(root);
  if (existsSync(p.host)) {
    if (!values.force) throw new CliError(`${root} already holds a simulated host; use --force to replace it`);
    stopAll(root);
    for (const d of ['host.json', 'vms', 'runtime', 'log', 'images', 'faults.json', 'zones', 'lock']) rmSync(`${root}/${d}`, { recursive: true, force: true });
  }
  for (const d of [root, p.vms, p.runtimeDir, p.logDir]) mkdirSync(d, { recursive: true });
  const seed = num('seed', values.seed, 0) ?? 1;
  const noisy = num('noisy', values.noisy, 0);
  if (noisy !== undefined && !Number.isInteger(noisy)) throw new CliError(`--noisy: expected a whole number of zones, got "${values.noisy}"`);
  const fromFile = values['from-vms'] ? loadVmsFile(values['from-vms']) : undefined;
  const id = generateHostIdentity(seed);
  const host: HostConfig = {
    ...id,
    serverUuid: (fromFile?.find((v) => typeof v.server_uuid === 'string')?.server_uuid as string) ?? id.serverUuid,
    adminIp: '127.0.0.1',
    ncpus: cpus().length,
    physmemBytes: totalmem(),
    bootTime: Math.floor(Date.now() / 1000 - uptime()),
    timeScale: num('time-scale', values['time-scale'], 0) ?? 1,
    nextZoneId: 1,
    synthetic: values.synthetic === true,
    seed,
  };
  writeHost(root, host);
  writeFileSync(p.changes, '');
  writeFileSync(p.invocations, '');

  let vms: Record<string, unknown>[];
  let running: Set<string>;
  if (fromFile) {
    vms = fromFile.map((v) => {
      const vm = { ...v };
      delete vm.type; // lookup -j's fake fields are not part of the VM
      if (!isHvm(String(vm.brand))) delete vm.ram;
      return vm;
    });
    running = new Set(vms.filter((v) => v.state === 'running').map((v) => v.uuid as string));
    vms.forEach((v, i) => {
      const img = (v.image_uuid ?? (v.disks as Array<Record<string, unknown>> | undefined)?.[0]?.image_uuid) as string | undefined;
      if (img && !readImage(root, img)) writeImage(root, manifestFor(img, String(v.brand), i));
    });
  } else {
    const zones = num('zones', values.zones, 0) as number;
    if (!Number.isInteger(zones)) throw new CliError(`--zones: expected a whole number, got "${values.zones}"`);
    const g = generateVms(zones, seed, host);
    vms = g.vms;
    running = g.running;
    for (const m of g.images) writeImage(root, m);
  }
  if (noisy !== undefined && noisy > running.size) throw new CliError(`--noisy ${noisy}: only ${running.size} zones start running`);
  let runningIndex = 0;
  for (const vm of vms) {
    if (running.has(vm.uuid as string)) markRunning(root, vm, initialWorkload(runningIndex++, noisy));
    else {
      delete vm.zoneid;
      delete vm.pid;
      writeRuntime(root, vm.uuid as string, { zoneid: null, pgid: null, bootedAt: null, workload: 'idle' });
    }
    writeVm(root, orderKeys(vm) as VmObject);
  }
  process.stdout.write(`simulated host ${host.hostname} (${host.serverUuid}) at ${root}: ${vms.length} VMs, ${running.size} running${host.synthetic ? ' (synthetic)' : ''}\n`);
  return 0;
}

function workload(argv: string[]): number {
  const { values, positionals } = parseArgs({ args: argv, options: { root: { type: 'string' } }, allowPositionals: true });
  const root = rootOf(values.root);
  const [uuid, spec] = positionals;
  if (!uuid || !spec) throw new CliError('usage: zonelet-sim workload --root DIR <uuid> <spec>');
  if (!readVm(root, uuid)) throw new CliError(`no VM ${uuid} on this host`);
  setWorkload(root, uuid, spec);
  return 0;
}

/** `state` values that are plain renames of a zone_state (vmadm.md section 6). */
const RENAMED: Record<string, string> = {
  configured: 'configured', incomplete: 'incomplete', stopped: 'installed', ready: 'ready', running: 'running',
  shutting_down: 'shutting_down', down: 'down',
};
/** zone_states in which the zone has a zoneid (and, but for ready, processes). */
const BOOTED = new Set(['ready', 'running', 'shutting_down', 'down']);
/** What provisioning hides (configured -> installed -> ready -> running) and what receive goes through. */
const UNDER: Record<string, ReadonlySet<string>> = {
  provisioning: new Set(['configured', 'incomplete', 'installed', 'ready', 'running']),
  receiving: new Set(['configured', 'incomplete', 'installed']),
};
const SETTABLE = [...Object.keys(RENAMED), 'provisioning', 'failed', 'receiving', 'stopping'];

/**
 * Puts a VM into `state` as one recorded modify (seen on `vmadm events`), leaving its processes alone: a failed,
 * stuck or half-done zone for tests and demos. zone_state follows where `state` is a rename of it and is kept
 * where `state` hides it (provisioning, failed, receiving, stopping); a state that would need the zone booted or
 * halted is refused (vmadm start/stop do that).
 */
function setState(argv: string[]): number {
  const { values, positionals } = parseArgs({ args: argv, options: { root: { type: 'string' } }, allowPositionals: true });
  const root = rootOf(values.root);
  const [uuid, state, extra] = positionals;
  if (!uuid || !state || extra !== undefined) throw new CliError('usage: zonelet-sim set-state --root DIR <uuid> <state>');
  if (!SETTABLE.includes(state)) throw new CliError(`unknown state "${state}": expected one of ${SETTABLE.join(', ')}`);
  const now = readVm(root, uuid);
  if (!now) throw new CliError(`no VM ${uuid} on this host`);
  const zoneState = String(now.zone_state);
  const target = RENAMED[state] ?? zoneState;
  if (BOOTED.has(zoneState) !== BOOTED.has(target))
    throw new CliError(`VM ${uuid} has zone_state ${zoneState}; state ${state} needs zone_state ${target}, and set-state does not boot or halt zones (use vmadm start/stop)`);
  if (UNDER[state] && !UNDER[state].has(zoneState))
    throw new CliError(`VM ${uuid} has zone_state ${zoneState}; state ${state} needs one of ${[...UNDER[state]].join(', ')}`);
  if (state === 'stopping' && (!isHvm(String(now.brand)) || zoneState !== 'running'))
    throw new CliError(`state stopping is for a running HVM (bhyve, kvm) VM; ${uuid} is ${now.brand} with zone_state ${zoneState}`);
  try {
    modifyVm(root, uuid, 'zonelet-sim set-state', (vm) => {
      vm.state = state;
      vm.zone_state = target;
      delete vm.transition_to;
      delete vm.transition_expire;
      // the pending transition and its deadline, as vmadm sets them (vmadm create and vmadm stop of an HVM)
      if (state === 'provisioning') {
        vm.transition_to = 'running';
        vm.transition_expire = Date.now() + (isHvm(String(vm.brand)) ? 300_000 : 600_000);
      } else if (state === 'stopping') {
        vm.transition_to = 'stopped';
        vm.transition_expire = Date.now() + DELAYS.hvmDefaultTimeout;
      }
    });
  } catch (e) {
    if (e instanceof VmNotFound) throw new CliError(`no VM ${uuid} on this host`);
    throw e;
  }
  process.stdout.write(`${uuid}: state ${now.state} -> ${state} (zone_state ${target})\n`);
  return 0;
}

function fault(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { root: { type: 'string' }, value: { type: 'string' }, message: { type: 'string' }, match: { type: 'string' }, clear: { type: 'boolean' } },
    allowPositionals: true,
  });
  const root = rootOf(values.root);
  const faults = readFaults(root);
  const [command, mode] = positionals;
  if (command !== undefined && !COMMANDS.includes(command)) throw new CliError(`unknown command "${command}": expected one of ${COMMANDS.join(', ')}`);
  if (values.clear) {
    if (command) delete faults[command];
    writeFaults(root, command ? faults : {});
    return 0;
  }
  if (!command || !mode) throw new CliError('usage: zonelet-sim fault --root DIR <command> <mode> [--value N] [--message M] [--match W]');
  if (!FAULT_MODES.includes(mode as FaultMode)) throw new CliError(`unknown fault mode "${mode}": expected one of ${FAULT_MODES.join(', ')}`);
  const value = num('value', values.value, 0);
  faults[command] = {
    mode: mode as FaultMode,
    ...(value === undefined ? {} : { value }),
    ...(values.message === undefined ? {} : { message: values.message }),
    ...(values.match === undefined ? {} : { match: values.match }),
  };
  writeFaults(root, faults);
  return 0;
}

/** Kills every zone's process group; VM objects are left as they are (this is cleanup, not a lifecycle action). */
function stopAll(root: string): number {
  let n = 0;
  for (const uuid of listVmUuids(root)) {
    const rt = readRuntime(root, uuid);
    if (rt.pgid === null) continue;
    killGroup(rt.pgid);
    writeRuntime(root, uuid, { ...rt, pgid: null });
    n++;
  }
  return n;
}

function status(argv: string[]): number {
  const { values } = parseArgs({ args: argv, options: { root: { type: 'string' }, json: { type: 'boolean' } } });
  const root = rootOf(values.root);
  const host = readHost(root);
  const zones = readAllVms(root).map((vm) => {
    const rt = readRuntime(root, vm.uuid);
    return { uuid: vm.uuid, alias: vm.alias, brand: vm.brand, state: vm.state, zoneid: rt.zoneid, pgid: rt.pgid, alive: rt.pgid !== null && groupAlive(rt.pgid), workload: rt.workload };
  });
  if (values.json) {
    process.stdout.write(JSON.stringify({ host, faults: readFaults(root), zones }, null, 2) + '\n');
    return 0;
  }
  process.stdout.write(`host ${host.hostname} ${host.serverUuid} timeScale=${host.timeScale}${host.synthetic ? ' synthetic' : ''}\n`);
  for (const [c, f] of Object.entries(readFaults(root))) process.stdout.write(`fault ${c}: ${JSON.stringify(f)}\n`);
  for (const z of zones)
    process.stdout.write(`${z.uuid}  ${String(z.state).padEnd(13)} zoneid=${z.zoneid ?? '-'} pgid=${z.pgid ?? '-'}${z.pgid !== null && !z.alive ? ' (dead)' : ''} ${z.workload}  ${z.alias ?? ''}\n`);
  return 0;
}

const USAGE = `usage: zonelet-sim <init|workload|set-state|fault|stop-all|status> --root DIR ...
  init --root DIR (--zones N [--seed S] [--synthetic] | --from-vms FILE) [--noisy N] [--time-scale X] [--force]
      --noisy N: the first N running zones burn 0.9 CPU each (a noisy neighbour); the other running zones get
      light mixed workloads (idle, cpu=0.01-0.02, mem=16M, exec=1). Without it every zone starts idle.
  workload --root DIR <uuid> <spec>            spec: idle | cpu=F,mem=NM,exec=N,io=NK
  set-state --root DIR <uuid> <state>          one recorded VM modify (seen on vmadm events), processes untouched:
      state: configured|incomplete|stopped|ready|running|shutting_down|down (zone_state follows; must not need a
      boot or halt), provisioning|failed|receiving (zone_state kept), stopping (running HVM only; transition_to
      stopped and transition_expire set, as a pending ACPI stop). For a failed zone, a stuck one, a demo.
  fault --root DIR <command> <mode> [--value N] [--message M] [--match W]
  fault --root DIR --clear [command]
  stop-all --root DIR
  status --root DIR [--json]
`;

function main(argv: string[]): number {
  const [sub, ...rest] = argv;
  switch (sub) {
    case 'init':
      return init(rest);
    case 'workload':
      return workload(rest);
    case 'set-state':
      return setState(rest);
    case 'fault':
      return fault(rest);
    case 'stop-all': {
      const { values } = parseArgs({ args: rest, options: { root: { type: 'string' } } });
      const n = stopAll(rootOf(values.root));
      process.stdout.write(`stopped ${n} zone process group(s)\n`);
      return 0;
    }
    case 'status':
      return status(rest);
    case undefined:
    case '-h':
    case '--help':
      process.stdout.write(USAGE);
      return sub === undefined ? 2 : 0;
    default:
      throw new CliError(`unknown subcommand "${sub}"\n${USAGE}`);
  }
}

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
});
try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`zonelet-sim: ${(e as Error).message}\n`);
  process.exitCode = e instanceof CliError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? 2 : 1;
}
