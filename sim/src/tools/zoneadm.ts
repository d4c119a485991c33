/** Simulated zoneadm: `list [-c|-i] [-n] [-p|-v]` (vmadm.md section 7); SmartOS -p has the 8th zonedid field. */
import { readAllVms, readRuntime, simRoot, type VmObject } from '../host/state.js';
import { runTool } from './run-tool.js';

interface Row {
  id: string;
  name: string;
  state: string;
  path: string;
  uuid: string;
  brand: string;
  ip: string;
  did: string;
}

function usage(): number {
  process.stderr.write('usage: zoneadm [-z <zone>] [-u <uuid-match>] list [-cinpv]\n');
  return 2;
}

async function main(argv: string[]): Promise<number> {
  const root = simRoot();
  const i = argv.indexOf('list');
  if (i < 0) return usage();
  const flags = new Set(argv.slice(i + 1).filter((a) => a.startsWith('-')).flatMap((a) => [...a.slice(1)]));
  for (const f of flags) if (!'cinpv'.includes(f)) return usage();
  if (flags.has('p') && flags.has('v')) {
    process.stderr.write('zoneadm: -p and -v are mutually exclusive.\n');
    return 2;
  }
  const stateOf = (vm: VmObject) => String(vm.zone_state ?? 'installed');
  const rows: Row[] = [];
  if (!flags.has('n')) rows.push({ id: '0', name: 'global', state: 'running', path: '/', uuid: '', brand: 'liveimg', ip: 'shared', did: '0' });
  const vms = readAllVms(root)
    .filter((vm) => {
      const st = stateOf(vm);
      if (flags.has('c')) return true;
      if (flags.has('i')) return st !== 'configured' && st !== 'incomplete';
      return st === 'running' || st === 'ready' || st === 'shutting_down' || st === 'down';
    })
    .map((vm) => ({ vm, zoneid: readRuntime(root, vm.uuid).zoneid ?? (typeof vm.zoneid === 'number' ? vm.zoneid : null) }))
    .sort((a, b) => (a.zoneid ?? Infinity) - (b.zoneid ?? Infinity) || a.vm.uuid.localeCompare(b.vm.uuid));
  for (const { vm, zoneid } of vms) {
    const st = stateOf(vm);
    const up = st !== 'installed' && st !== 'configured' && st !== 'incomplete';
    rows.push({
      id: up && zoneid !== null ? String(zoneid) : '-',
      name: vm.zonename ?? vm.uuid,
      state: st,
      path: String(vm.zonepath ?? `/zones/${vm.uuid}`),
      uuid: vm.uuid,
      brand: vm.brand,
      ip: 'excl',
      did: String(vm.zonedid ?? ''),
    });
  }
  let out = '';
  if (flags.has('p')) {
    for (const r of rows) out += [r.id, r.name, r.state, r.path.replace(/:/g, '\\:'), r.uuid, r.brand, r.ip, r.did].join(':') + '\n';
  } else if (flags.has('v')) {
    out += `${'ID'.padStart(4)} ${'NAME'.padEnd(16)} ${'STATUS'.padEnd(10)} ${'PATH'.padEnd(30)} ${'BRAND'.padEnd(8)} ${'IP'.padEnd(6)}\n`;
    for (const r of rows)
      out += `${r.id.padStart(4)} ${r.name.padEnd(16)} ${r.state.padEnd(10)} ${r.path.padEnd(30)} ${r.brand.padEnd(8)} ${r.ip.padEnd(6)}\n`;
  } else out = rows.map((r) => r.name + '\n').join('');
  process.stdout.write(out);
  return 0;
}

await runTool('zoneadm', main);
