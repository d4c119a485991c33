/** Simulated zpool: `list [-H] [-p] [-o props] [pool]` for the single `zones` pool. */
import { nicenum, poolUsage, POOL, table } from '../host/storage.js';
import { simRoot } from '../host/state.js';
import { parseArgs } from '../vmadm/args.js';
import { runTool } from './run-tool.js';

async function main(argv: string[]): Promise<number> {
  const root = simRoot();
  if (argv[0] !== 'list') {
    process.stderr.write(`unrecognized command '${argv[0] ?? ''}'\nusage: zpool list [-gHLpPv] [-o property[,...]] [-T d|u] [pool] ... [interval [count]]\n`);
    return 2;
  }
  const a = parseArgs(argv.slice(1), 'Hp', 'o');
  const { size, alloc, free } = poolUsage(root);
  const p = a.flags.has('p');
  const n = (v: number) => (p ? String(v) : nicenum(v));
  const cap = Math.floor((alloc / size) * 100);
  const values: Record<string, string> = {
    name: POOL.name, size: n(size), alloc: n(alloc), allocated: n(alloc), free: n(free), ckpoint: '-', expandsz: '-',
    frag: p ? '7' : '7%', fragmentation: p ? '7' : '7%', cap: p ? String(cap) : `${cap}%`, capacity: p ? String(cap) : `${cap}%`,
    dedup: p ? '1.00' : '1.00x', dedupratio: p ? '1.00' : '1.00x', health: 'ONLINE', altroot: '-',
  };
  const props = (a.values.get('o') ?? 'name,size,alloc,free,ckpoint,expandsz,frag,cap,dedup,health,altroot').split(',');
  for (const prop of props)
    if (!(prop in values)) {
      process.stderr.write(`bad property list: invalid property '${prop}'\n`);
      return 2;
    }
  for (const pool of a.positional)
    if (pool !== POOL.name) {
      process.stderr.write(`cannot open '${pool}': no such pool\n`);
      return 1;
    }
  process.stdout.write(table(props.map((x) => x.toUpperCase()), [props.map((x) => values[x])], a.flags.has('H')));
  return 0;
}

await runTool('zpool', main);
