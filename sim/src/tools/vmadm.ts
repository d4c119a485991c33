/**
 * Simulated /usr/vm/sbin/vmadm (vmadm.md): commands zonelet and its operators use, with real texts and exit codes.
 * Startup cost matters (the agent runs `vmadm list/lookup/get` often): only the read paths are imported statically;
 * `events` and the subcommands that change VMs are loaded with import() when used.
 */
import { readAllVms, readVm, simRoot } from '../host/state.js';
import { parseArgs } from '../vmadm/args.js';
import { getUuid, UsageError, VmadmError } from '../vmadm/errors.js';
import { formatList, matches, parseFilters, withFakeFields } from '../vmadm/list.js';
import { usage } from '../vmadm/usage.js';
import { runTool } from './run-tool.js';

const out = (s: string) => void process.stdout.write(s);
const err = (s: string) => void process.stderr.write(s.endsWith('\n') ? s : s + '\n');

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
    if ((e as Error).name === 'VmNotFound') {
      err((e as Error).message);
      return 1;
    }
    throw e;
  }
}

async function dispatch(cmd: string, argv: string[]): Promise<number> {
  switch (cmd) {
    case 'list': {
      const a = parseArgs(argv, 'pHh', 'os', { parsable: 'p' });
      const fields = (a.values.get('o') ?? 'uuid,type,ram,state,alias').split(',').filter(Boolean);
      const sort = (a.values.get('s') ?? 'ram,uuid').split(',').filter(Boolean);
      const parsable = a.flags.has('p');
      const header = a.flags.has('h') || (!parsable && !a.flags.has('H'));
      out(formatList(readAllVms(simRoot()), { fields, sort, parsable, header, filters: parseFilters(a.positional, 'filter') }));
      return 0;
    }
    case 'lookup': {
      const a = parseArgs(argv, 'j1', 'o', { json: 'j', unique: '1' });
      const json = a.flags.has('j');
      if (a.values.has('o') && !json) throw new VmadmError('Cannot specify -o without -j', 2);
      const filters = parseFilters(a.positional, 'lookup');
      const found = readAllVms(simRoot()).map(withFakeFields).filter((v) => matches(v, filters));
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
      const vm = readVm(simRoot(), uuid);
      if (!vm) throw new VmadmError(`zoneadm: ${uuid}: No such zone configured`);
      out(JSON.stringify(vm, null, 2) + '\n');
      return 0;
    }
    case 'events': {
      const a = parseArgs(argv, 'fjr', '', { full: 'f', json: 'j', ready: 'r' });
      const uuid = a.positional[0];
      if (uuid !== undefined) getUuid([uuid], 'events');
      const { streamEvents } = await import('../vmadm/events.js');
      return streamEvents(simRoot(), { full: a.flags.has('f'), json: a.flags.has('j'), ready: a.flags.has('r'), uuid });
    }
    default: {
      const { CHANGE_COMMANDS, runChangeCommand } = await import('../vmadm/change-commands.js');
      if (!CHANGE_COMMANDS.has(cmd)) throw new UsageError(`Invalid command: "${cmd}".`);
      return runChangeCommand(simRoot(), cmd, argv);
    }
  }
}

await runTool('vmadm', main);
