/** Simulated /usr/vm/sbin/vmadm (vmadm.md): commands zonelet and its operators use, with real texts and exit codes. */
import { readHost, readAllVms, readVm, simRoot } from '../host/state.js';
import { parseArgs } from '../vmadm/args.js';
import { buildVm } from '../vmadm/build.js';
import { streamEvents } from '../vmadm/events.js';
import { createVm, deleteVm, rebootVm, startVm, stopVm, VmadmError } from '../vmadm/lifecycle.js';
import { formatList, matches, parseFilters, withFakeFields } from '../vmadm/list.js';
import { applyUpdate, payloadFromArgs, readPayload, validateCreate, validationMessage } from '../vmadm/payload.js';
import { modifyVm, VmNotFound } from '../vmadm/store.js';
import { nextZoneId } from '../host/zones.js';
import { withLock } from '../host/state.js';
import { usage } from '../vmadm/usage.js';
import { runTool } from './run-tool.js';

const out = (s: string) => void process.stdout.write(s);
const err = (s: string) => void process.stderr.write(s.endsWith('\n') ? s : s + '\n');

class UsageError extends VmadmError {
  constructor(message: string) {
    super(message, 2);
  }
}

/** vmadm's getUUID: 36 chars with dashes at 8, 13, 18, 23. */
function getUuid(args: string[], command: string): string {
  const u = args[0];
  if (!u || u.length !== 36 || u[8] !== '-' || u[13] !== '-' || u[18] !== '-' || u[23] !== '-')
    throw new UsageError(`Invalid or missing UUID for ${command}`);
  return u;
}

async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv.filter((a) => a !== '-v' && a !== '-d' && a !== '--verbose' && a !== '--debug');
  if (cmd === undefined) {
    err(usage());
    return 2;
  }
  if (cmd === '-h' || cmd === '-?' || cmd === 'help') {
    out(usage());
    return 0;
  }
  try {
    return await dispatch(cmd, rest);
  } catch (e) {
    if (e instanceof VmadmError) {
      err(e.message);
      if (e.exitCode === 2) err(usage());
      return e.exitCode;
    }
    if (e instanceof VmNotFound) {
      err(e.message);
      return 1;
    }
    throw e;
  }
}

async function dispatch(cmd: string, argv: string[]): Promise<number> {
  const root = simRoot();
  const by = `vmadm ${cmd}`;
  switch (cmd) {
    case 'list': {
      const a = parseArgs(argv, 'pHh', 'os', { parsable: 'p' });
      const fields = (a.values.get('o') ?? 'uuid,type,ram,state,alias').split(',').filter(Boolean);
      const sort = (a.values.get('s') ?? 'ram,uuid').split(',').filter(Boolean);
      const parsable = a.flags.has('p');
      const header = a.flags.has('h') || (!parsable && !a.flags.has('H'));
      out(formatList(readAllVms(root), { fields, sort, parsable, header, filters: parseFilters(a.positional, 'filter') }));
      return 0;
    }
    case 'lookup': {
      const a = parseArgs(argv, 'j1', 'o', { json: 'j', unique: '1' });
      const json = a.flags.has('j');
      if (a.values.has('o') && !json) throw new VmadmError('Cannot specify -o without -j', 2);
      const filters = parseFilters(a.positional, 'lookup');
      const found = readAllVms(root).map(withFakeFields).filter((v) => matches(v, filters));
      if (a.flags.has('1') && found.length !== 1) throw new VmadmError(`Requested unique lookup but found ${found.length} results.`);
      if (!json) {
        out(found.map((v) => `${v.uuid}\n`).join(''));
        return 0;
      }
      const keys = a.values.get('o')?.split(',').filter(Boolean);
      const shaped = keys
        ? found.map((v) => Object.fromEntries(keys.filter((k) => k in v).map((k) => [k, v[k]]))).filter((v) => Object.keys(v).length > 0)
        : found;
      out(JSON.stringify(shaped, null, 2) + '\n');
      return 0;
    }
    case 'get':
    case 'json': {
      const uuid = getUuid(argv, cmd);
      const vm = readVm(root, uuid);
      if (!vm) throw new VmadmError(`zoneadm: ${uuid}: No such zone configured`);
      out(JSON.stringify(vm, null, 2) + '\n');
      return 0;
    }
    case 'create': {
      const a = parseArgs(argv, '', 'f', { file: 'f' });
      const payload = readPayload(a.values.get('f'), 'create');
      const bad = validateCreate(payload);
      if (bad) throw new VmadmError(validationMessage(bad));
      if (typeof payload.uuid === 'string' && readVm(root, payload.uuid)) throw new VmadmError(`VM with UUID ${payload.uuid} already exists`);
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
      if (action !== 'create' && action !== 'update') throw new VmadmError('Will not validate without a valid action.', 2);
      if (action === 'update' && !brand) throw new VmadmError('Will not validate without a valid action and brand.', 2);
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
        if (!['order', 'cdrom', 'disk'].includes(k)) throw new VmadmError(`Invalid argument to start: ${k}`, 2);
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
      if (timeoutSec !== undefined && !(Number.isInteger(timeoutSec) && timeoutSec > 0)) throw new VmadmError(`Invalid timeout: ${t}`, 2);
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
    case 'events': {
      const a = parseArgs(argv, 'fjr', '', { full: 'f', json: 'j', ready: 'r' });
      const uuid = a.positional[0];
      if (uuid !== undefined) getUuid([uuid], 'events');
      return streamEvents(root, { full: a.flags.has('f'), json: a.flags.has('j'), ready: a.flags.has('r'), uuid });
    }
    default:
      throw new UsageError(`Invalid command: "${cmd}".`);
  }
}

await runTool('vmadm', main);
