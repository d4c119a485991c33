/**
 * VM lifecycle with realistic state/zone_state sequences (vmadm.md sections 5 and 6). Each step is one recorded
 * modify; the waits between steps are real-host durations multiplied by host.timeScale, and the calling vmadm process
 * blocks until the sequence ends, as the real one does.
 */
import { readHost, readRuntime, readVm, type VmObject } from '../host/state.js';
import { bootZone, haltZone } from '../host/zones.js';
import { isHvm, isoSeconds } from './build.js';
import { VmadmError } from './errors.js';
import { deleteVmRecord, insertVm, modifyVm } from './store.js';

/** Real-host durations in ms (scaled by host.timeScale). */
export const DELAYS = {
  provisionStep: 400, // configured -> incomplete -> installed -> ready -> running
  provisionSettle: 3000, // zone running -> state running (the zone removes /var/svc/provisioning)
  bootStep: 700, // ready -> running
  osShutdown: 60_000, // shutting_down until halted: an OS zone's shutdown, force-halted at 60 s
  hvmShutdown: 120_000, // ACPI powerdown of an HVM guest (vmadm waits up to 180 s by default)
  hvmDefaultTimeout: 180_000,
  forceHalt: 1000,
  down: 500,
};

export { VmadmError };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function scaled(root: string, ms: number): number {
  const s = readHost(root).timeScale;
  return Math.max(0, Math.round(ms * (Number.isFinite(s) && s >= 0 ? s : 1)));
}

const wait = (root: string, ms: number) => sleep(scaled(root, ms));

function mustLoad(root: string, uuid: string, verb: string): VmObject {
  const vm = readVm(root, uuid);
  if (!vm) throw new VmadmError(`Unable to ${verb} VM ${uuid}: bad statusCode: 404`);
  return vm;
}

/** zone boot: installed -> ready (zoneid, pid 0, epoch boot_timestamp) -> running (real pid). */
async function bootSteps(root: string, uuid: string, by: string, finalState: string | null): Promise<void> {
  const rt = bootZone(root, uuid);
  modifyVm(root, uuid, by, (vm) => {
    vm.zone_state = 'ready';
    if (finalState) vm.state = 'ready';
    vm.zoneid = rt.zoneid;
    vm.boot_timestamp = '1970-01-01T00:00:00.000Z';
    vm.pid = 0;
  });
  await wait(root, DELAYS.bootStep);
  modifyVm(root, uuid, by, (vm) => {
    vm.zone_state = 'running';
    if (finalState) vm.state = finalState;
    vm.boot_timestamp = isoSeconds(rt.bootedAt ?? Date.now());
    vm.pid = rt.pgid ?? 1000 + (rt.zoneid ?? 0);
  });
}

function clearBootFields(vm: Record<string, unknown>): void {
  delete vm.zoneid;
  delete vm.pid;
  delete vm.boot_timestamp;
}

/** Halts: running -> shutting_down -> down -> installed (stopped); `hvmStopping` keeps state `stopping` until the end. */
async function haltSteps(root: string, uuid: string, by: string, shutdownMs: number, hvmStopping: boolean, finalState = 'stopped'): Promise<void> {
  modifyVm(root, uuid, by, (vm) => {
    vm.zone_state = 'shutting_down';
    if (!hvmStopping) vm.state = 'shutting_down';
  });
  await wait(root, shutdownMs);
  haltZone(root, uuid);
  modifyVm(root, uuid, by, (vm) => {
    vm.zone_state = 'down';
    if (!hvmStopping) vm.state = 'down';
  });
  await wait(root, DELAYS.down);
  modifyVm(root, uuid, by, (vm) => {
    vm.zone_state = 'installed';
    vm.state = finalState;
    clearBootFields(vm);
    delete vm.transition_to;
    delete vm.transition_expire;
  });
}

export async function createVm(root: string, vm: VmObject, by: string): Promise<void> {
  const uuid = vm.uuid;
  const hvm = isHvm(vm.brand);
  const autoboot = vm.autoboot !== false;
  // The dataset properties appear once the zone's dataset exists (RFD 39 sequence).
  const later: Record<string, unknown> = {};
  for (const k of ['quota', 'zfs_root_recsize', 'zfs_filesystem', 'zpool']) {
    if (k in vm) later[k] = vm[k];
    delete (vm as Record<string, unknown>)[k];
  }
  const first = { ...vm, state: 'provisioning', zone_state: 'configured' } as Record<string, unknown>;
  if (autoboot) {
    first.transition_to = 'running';
    first.transition_expire = Date.now() + (hvm ? 300_000 : 600_000);
  }
  insertVm(root, first as VmObject, by);
  await wait(root, DELAYS.provisionStep);
  modifyVm(root, uuid, by, (v) => void (v.zone_state = 'incomplete'));
  await wait(root, DELAYS.provisionStep);
  modifyVm(root, uuid, by, (v) => void Object.assign(v, later));
  await wait(root, DELAYS.provisionStep);
  modifyVm(root, uuid, by, (v) => {
    v.zone_state = 'installed';
    if (!autoboot) v.state = 'stopped';
  });
  if (!autoboot) return;
  await wait(root, DELAYS.provisionStep);
  await bootSteps(root, uuid, by, null);
  await wait(root, DELAYS.provisionSettle);
  modifyVm(
    root,
    uuid,
    by,
    (v) => {
      v.state = 'running';
      delete v.transition_to;
      delete v.transition_expire;
    },
    true,
  );
}

/** Returns the stderr message; a VM already running is not an error. */
export async function startVm(root: string, uuid: string, by: string): Promise<string> {
  const vm = mustLoad(root, uuid, 'start');
  if (vm.state === 'running') return `VM ${uuid} is already 'running'`;
  const okProvisioning = vm.state === 'provisioning' && vm.zone_state === 'installed';
  if (vm.state !== 'stopped' && !okProvisioning)
    throw new VmadmError(`Unable to start VM ${uuid}: Cannot start vm from state "${vm.state}", must be "stopped".`);
  modifyVm(root, uuid, by, (v) => void (v.autoboot = true), true);
  await bootSteps(root, uuid, by, 'running');
  return `Successfully started VM ${uuid}`;
}

export async function stopVm(root: string, uuid: string, by: string, opts: { force: boolean; timeoutSec?: number }): Promise<string> {
  const vm = mustLoad(root, uuid, 'stop');
  const hvm = isHvm(vm.brand);
  if (opts.timeoutSec !== undefined && !hvm && vm.docker !== true)
    throw new VmadmError('Timeout option is only supported for bhyve, KVM and docker containers.');
  if (vm.state !== 'running' && vm.state !== 'stopping') return `VM ${uuid} is already not 'running' (currently: ${vm.state})`;
  modifyVm(root, uuid, by, (v) => void (v.autoboot = false), true);
  if (opts.force) {
    await haltSteps(root, uuid, by, DELAYS.forceHalt, false);
  } else if (hvm) {
    const timeout = opts.timeoutSec !== undefined ? opts.timeoutSec * 1000 : DELAYS.hvmDefaultTimeout;
    modifyVm(root, uuid, by, (v) => {
      v.state = 'stopping';
      v.transition_to = 'stopped';
      v.transition_expire = Date.now() + scaled(root, timeout);
    });
    await haltSteps(root, uuid, by, Math.min(DELAYS.hvmShutdown, timeout), true);
  } else {
    await haltSteps(root, uuid, by, DELAYS.osShutdown, false);
  }
  return `Successfully completed stop for VM ${uuid}`;
}

export async function rebootVm(root: string, uuid: string, by: string, force: boolean): Promise<string> {
  const vm = mustLoad(root, uuid, 'reboot');
  if (vm.state !== 'running') throw new VmadmError(`Unable to reboot VM ${uuid}: Cannot reboot vm from state "${vm.state}", must be "running".`);
  const hvm = isHvm(vm.brand);
  await haltSteps(root, uuid, by, force ? DELAYS.forceHalt : hvm ? DELAYS.hvmShutdown / 4 : DELAYS.osShutdown / 4, false);
  await bootSteps(root, uuid, by, 'running');
  return `Successfully completed reboot for VM ${uuid}`;
}

export async function deleteVm(root: string, uuid: string, by: string): Promise<string> {
  const vm = readVm(root, uuid);
  if (!vm) throw new VmadmError(`Failed to delete VM ${uuid}: VM ${uuid} not found`);
  if (vm.indestructible_zoneroot === true) throw new VmadmError(`Failed to delete VM ${uuid}: indestructible_zoneroot is set, cannot delete`);
  if (vm.indestructible_delegated === true) throw new VmadmError(`Failed to delete VM ${uuid}: indestructible_delegated is set, cannot delete`);
  if (vm.zone_state === 'running' || vm.zone_state === 'ready' || readRuntime(root, uuid).pgid !== null) {
    await haltSteps(root, uuid, by, DELAYS.forceHalt, false);
  }
  modifyVm(root, uuid, by, (v) => {
    v.zone_state = 'configured';
    v.state = 'configured';
  });
  await wait(root, DELAYS.down);
  haltZone(root, uuid);
  deleteVmRecord(root, uuid, by);
  return `Successfully deleted VM ${uuid}`;
}
