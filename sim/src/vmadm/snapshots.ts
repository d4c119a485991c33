/**
 * vmadm create-snapshot / delete-snapshot / rollback-snapshot (vmadm.8 COMMANDS and SNAPSHOTS).
 *
 * The VM object's `snapshots` array holds `{ name, created_at }` per ZFS snapshot `<zfs_filesystem>@vmsnap-<name>`,
 * oldest first. Snapshots work for bhyve and OS VMs without extra datasets, never KVM. Rollback stops a running VM
 * (forced), drops every snapshot newer than the target, and boots the VM again. Each change of the array is a
 * recorded VM modify, so `vmadm events` shows it like any other change.
 * Error texts follow VM.js as closely as known; the ones marked [derived] are not confirmed from source.
 */
import { readVm, type VmObject } from '../host/state.js';
import { VmadmError } from './errors.js';
import { startVm, stopVm } from './lifecycle.js';
import { modifyVm } from './store.js';

export interface VmSnapshot {
  name: string;
  created_at: string;
}

const SNAPNAME = /^[A-Za-z0-9\-_.:%]{1,64}$/;

export const snapshotsOf = (vm: Record<string, unknown>): VmSnapshot[] => (Array.isArray(vm.snapshots) ? (vm.snapshots as VmSnapshot[]) : []);

function load(root: string, uuid: string, verb: string): VmObject {
  const vm = readVm(root, uuid);
  if (!vm) throw new VmadmError(`Unable to ${verb} VM ${uuid}: bad statusCode: 404`); // [derived] as other VM.load users
  if (vm.brand === 'kvm') throw new VmadmError('snapshots for KVM VMs currently unsupported');
  if (Array.isArray(vm.datasets) && vm.datasets.length > 0) throw new VmadmError('Cannot currently snapshot VMs that have other datasets'); // [derived]
  return vm;
}

function mustHave(vm: VmObject, snapname: string): void {
  if (!snapshotsOf(vm).some((s) => s.name === snapname)) throw new VmadmError(`No snapshot named "${snapname}" for ${vm.uuid}`); // [derived]
}

export function createSnapshot(root: string, uuid: string, snapname: string, by: string): string {
  if (!SNAPNAME.test(snapname)) throw new VmadmError('Invalid snapshot name'); // [derived]: 1-64 chars of [A-Za-z0-9-_.:%]
  load(root, uuid, 'snapshot');
  modifyVm(root, uuid, by, (vm) => {
    const snaps = snapshotsOf(vm);
    if (snaps.some((s) => s.name === snapname)) throw new VmadmError(`snapshot with name "${snapname}" already exists.`); // [derived]
    vm.snapshots = [...snaps, { name: snapname, created_at: new Date().toISOString() }];
  });
  return `Created snapshot ${snapname} for VM ${uuid}`;
}

export function deleteSnapshot(root: string, uuid: string, snapname: string, by: string): string {
  mustHave(load(root, uuid, 'delete snapshot of'), snapname);
  modifyVm(root, uuid, by, (vm) => {
    vm.snapshots = snapshotsOf(vm).filter((s) => s.name !== snapname);
  });
  return `Deleted snapshot ${snapname} for VM ${uuid}`;
}

export async function rollbackSnapshot(root: string, uuid: string, snapname: string, by: string): Promise<string> {
  const vm = load(root, uuid, 'rollback snapshot of');
  mustHave(vm, snapname);
  const wasRunning = vm.state === 'running';
  if (wasRunning) await stopVm(root, uuid, by, { force: true });
  modifyVm(root, uuid, by, (v) => {
    const snaps = snapshotsOf(v);
    const at = snaps.findIndex((s) => s.name === snapname);
    if (at === -1) throw new VmadmError(`No snapshot named "${snapname}" for ${uuid}`);
    v.snapshots = snaps.slice(0, at + 1); // `zfs rollback -r` destroys the newer ones
  });
  if (wasRunning) await startVm(root, uuid, by);
  return `Rolled back snapshot ${snapname} for VM ${uuid}`;
}
