/**
 * The only way VM objects change: under the host lock, write the new object and append the vminfod-style change
 * record that `vmadm events` streams. A change that alters nothing is not recorded (vminfod emits no empty modify).
 */
import { appendChange, readVm, removeVm, withLock, writeVm, type VmObject } from '../host/state.js';
import { isoSeconds, orderKeys } from './build.js';
import { diffVm } from './diff.js';

export class VmNotFound extends Error {
  override name = 'VmNotFound';
}

/** Applies mutate to a copy of the VM; returns the new object. `touch` bumps last_modified (config changes do). */
export function modifyVm(root: string, uuid: string, by: string, mutate: (vm: Record<string, unknown>) => void, touch = false): VmObject {
  return withLock(root, () => {
    const old = readVm(root, uuid);
    if (!old) throw new VmNotFound(`VM ${uuid} not found`);
    const next = structuredClone(old) as Record<string, unknown>;
    mutate(next);
    if (touch) next.last_modified = isoSeconds(Date.now());
    const vm = orderKeys(next);
    const changes = diffVm(old, vm);
    if (changes.length === 0) return old;
    writeVm(root, vm);
    appendChange(root, { type: 'modify', uuid, vm, changes, by });
    return vm;
  });
}

export function insertVm(root: string, vm: VmObject, by: string): void {
  withLock(root, () => {
    if (readVm(root, vm.uuid)) throw new Error(`VM with UUID ${vm.uuid} already exists`);
    writeVm(root, vm);
    appendChange(root, { type: 'create', uuid: vm.uuid, vm, by });
  });
}

export function deleteVmRecord(root: string, uuid: string, by: string): void {
  withLock(root, () => {
    if (!readVm(root, uuid)) throw new VmNotFound(`VM ${uuid} not found`);
    removeVm(root, uuid);
    appendChange(root, { type: 'delete', uuid, by });
  });
}
