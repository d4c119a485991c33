/** Simulated zfs: `list [-H] [-p] [-r] [-o props] [-t types] [dataset...]`, the part zonelet reads. */
import { datasets, nicenum, table, type Dataset } from '../host/storage.js';
import { simRoot } from '../host/state.js';
import { parseArgs } from '../vmadm/args.js';
import { runTool } from './run-tool.js';

const PROPS: Record<string, (d: Dataset) => number | string> = {
  name: (d) => d.name,
  used: (d) => d.used,
  avail: (d) => d.avail,
  available: (d) => d.avail,
  refer: (d) => d.refer,
  referenced: (d) => d.refer,
  quota: (d) => d.quota,
  mountpoint: (d) => d.mountpoint,
  type: (d) => d.type,
};

async function main(argv: string[]): Promise<number> {
  const root = simRoot();
  if (argv[0] !== 'list') {
    process.stderr.write(`unrecognized command '${argv[0] ?? ''}'\nusage: zfs list [-Hp] [-r|-d max] [-o property[,...]] [-s property]... [-t type[,...]] [filesystem|volume|snapshot] ...\n`);
    return 2;
  }
  const a = parseArgs(argv.slice(1), 'Hpr', 'otd');
  const props = (a.values.get('o') ?? 'name,used,avail,refer,mountpoint').split(',');
  for (const p of props)
    if (!PROPS[p]) {
      process.stderr.write(`bad property list: invalid property '${p}'\n`);
      return 2;
    }
  const types = (a.values.get('t') ?? 'filesystem,volume').split(',');
  let rows = datasets(root).filter((d) => types.includes(d.type) || types.includes('all'));
  if (a.positional.length) {
    for (const name of a.positional)
      if (!rows.some((d) => d.name === name)) {
        process.stderr.write(`cannot open '${name}': dataset does not exist\n`);
        return 1;
      }
    rows = rows.filter((d) => a.positional.some((n) => d.name === n || (a.flags.has('r') && d.name.startsWith(n + '/'))));
  }
  const parsable = a.flags.has('p');
  const cell = (p: string, d: Dataset) => {
    const v = PROPS[p](d);
    if (typeof v === 'string') return v;
    if (p === 'quota' && v === 0) return parsable ? '0' : 'none';
    return parsable ? String(v) : nicenum(v);
  };
  process.stdout.write(table(props.map((p) => p.toUpperCase()), rows.map((d) => props.map((p) => cell(p, d))), a.flags.has('H')));
  return 0;
}

await runTool('zfs', main);
