/**
 * The vmadm subcommands that change a VM (create, start, stop, reboot, delete, update, snapshots) and validate.
 * Loaded by tools/vmadm.ts only when one of them runs, so `vmadm list/get/lookup` never pay for this graph.
 */
import { readImage } from '../host/images.js';
import { readHost, readVm, withLock } from '../host/state.js';
import { nextZoneId } from '../host/zones.js';
import { parseArgs } from './args.js';
import { buildVm } from './build.js';
import { getUuid, UsageError, VmadmError } from './errors.js';
import { createVm, deleteVm, rebootVm, startVm, stopVm } from './lifecycle.js';
import { applyUpdate, payloadFromArgs, readPayload, validateCreate, validationMessage } from './payload.js';
import { createSnapshot, deleteSnapshot, rollbackSnapshot } from './snapshots.js';
import { modifyVm } from './store.js';

const err = (s: string) => void process.stderr.write(s.endsWith('\n') ? s : s + '\n');

export const CHANGE_COMMANDS = new Set([
  'create', 'validate', 'start', 'boot', 'stop', 'halt', 'reboot', 'delete', 'destroy', 'update',
  'create-snapshot', 'delete-snapshot', 'rollback-snapshot',
]);

/** Images the payload names (OS: image_uuid; HVM: disks[].image_uuid) must be installed, as imgadm reports them. */
function checkImages(root: string, payload: Record<string, unknown>): void {
  const disks = Array.isArray(payload.disks) ? (payload.disks as Array<Record<string, unknown>>) : [];
  const wanted = [payload.image_uuid, ...disks.map((d) => d.image_uuid)].filter((u): u is string => typeof u === 'string');
  const zpool = typeof payload.zpool === 'string' ? payload.zpool : 'zones';
  for (const img of wanted) if (!readImage(root, img)) throw new VmadmError(`Failed to create VM: image ${img} not found on zpool ${zpool}`);
}

function snapArgs(argv: string[], cmd: string): [string, string] {
  if (argv.length !== 2) throw new UsageError(`Wrong number of parameters to "${cmd}"`);
  return [getUuid(argv, cmd), argv[1]];
}

export async function runChangeCommand(root: string, cmd: string, argv: string[]): Promise<number> {
  const by = `vmadm ${cmd}`;
  switch (cmd) {
    case 'create': {
      const a = parseArgs(argv, '', 'f', { file: 'f' });
      const payload = readPayload(a.values.get('f'), 'create');
      const bad = validateCreate(payload);
      if (bad) throw new VmadmError(validationMessage(bad));
      if (typeof payload.uuid === 'string' && readVm(root, payload.uuid)) throw new VmadmError(`VM with UUID ${payload.uuid} already exists`);
      checkImages(root, payload);
      const host = readHost(root);
      const zonedid = withLock(root, () => nextZoneId(root));
      const vm = buildVm(payload, host, Date.now(), zonedid);
      await createVm(root, vm, by);
      err(`Successfully created VM ${vm.uuid}`);
      return 0;
    }
    case 'validate': {
      const a = parseArgs(argv, '', 'f', { file: 'f' });
      const [action, brand] = a.positional;
      if (action !== 'create' && action !== 'update') throw new UsageError('Will not validate without a valid action.');
      if (action === 'update' && !brand) throw new UsageError('Will not validate without a valid action and brand.');
      const payload = readPayload(a.values.get('f'), 'validate');
      const bad = action === 'create' ? validateCreate(payload) : null;
      if (bad) {
        const { bad_brand, ...rest } = bad;
        err(JSON.stringify(bad_brand === undefined ? rest : { bad_brand, ...rest }, null, 2));
        return 1;
      }
      err(`VALID '${action}' payload for ${action === 'create' ? payload.brand : brand} brand VMs.`);
      return 0;
    }
    case 'start':
    case 'boot': {
      const uuid = getUuid(argv, cmd);
      for (const extra of argv.slice(1)) {
        const k = extra.split('=')[0];
        if (!['order', 'cdrom', 'disk'].includes(k)) throw new UsageError(`Invalid argument to start: ${k}`);
      }
      err(await startVm(root, uuid, by));
      return 0;
    }
    case 'stop':
    case 'halt': {
      const a = parseArgs(argv, 'F', 't', { force: 'F', timeout: 't' });
      const uuid = getUuid(a.positional, 'stop');
      const t = a.values.get('t');
      const timeoutSec = t === undefined ? undefined : Number(t);
      if (timeoutSec !== undefined && !(Number.isInteger(timeoutSec) && timeoutSec > 0)) throw new UsageError(`Invalid timeout: ${t}`);
      err(await stopVm(root, uuid, 'vmadm stop', { force: a.flags.has('F'), timeoutSec }));
      return 0;
    }
    case 'reboot': {
      const a = parseArgs(argv, 'F', '', { force: 'F' });
      err(await rebootVm(root, getUuid(a.positional, cmd), by, a.flags.has('F')));
      return 0;
    }
    case 'delete':
    case 'destroy': {
      const uuid = getUuid(argv, 'delete');
      err(await deleteVm(root, uuid, 'vmadm delete'));
      return 0;
    }
    case 'update': {
      const uuid = getUuid(argv, cmd);
      const a = parseArgs(argv.slice(1), '', 'f', { file: 'f' });
      const payload = a.positional.length > 0 ? payloadFromArgs(a.positional) : readPayload(a.values.get('f'), 'update');
      if (!readVm(root, uuid)) throw new VmadmError(`Unable to update VM ${uuid}: bad statusCode: 404`);
      modifyVm(root, uuid, by, (vm) => applyUpdate(vm, payload), true);
      err(`Successfully updated VM ${uuid}`);
      return 0;
    }
    case 'create-snapshot':
      err(createSnapshot(root, ...snapArgs(argv, cmd), by));
      return 0;
    case 'delete-snapshot':
      err(deleteSnapshot(root, ...snapArgs(argv, cmd), by));
      return 0;
    case 'rollback-snapshot':
      err(await rollbackSnapshot(root, ...snapArgs(argv, cmd), by));
      return 0;
    default:
      throw new UsageError(`Invalid command: "${cmd}".`);
  }
}
