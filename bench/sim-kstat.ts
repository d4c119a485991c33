/**
 * Benchmark: `kstat -p` on a 2000-zone synthetic simulated host (target: well under 1 s), plus a selector-filtered
 * call. Prints medians of wall time measured side by side in one run. Run: npm run build && npx tsx bench/sim-kstat.ts
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const zones = Number(process.env.ZONES ?? 2000);
const runs = Number(process.env.RUNS ?? 7);
const root = mkdtempSync(join(tmpdir(), 'sim-kstat-bench-'));

function run(cmd: string, args: string[]): { ms: number; bytes: number; status: number | null } {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { env: { ...process.env, SMARTOS_SIM_ROOT: root }, maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { ms, bytes: r.stdout.length, status: r.status };
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

try {
  const init = spawnSync(process.execPath, [join(repo, 'sim/bin/zonelet-sim.js'), 'init', '--root', root, '--zones', String(zones), '--synthetic', '--force'], { encoding: 'utf8' });
  if (init.status !== 0) throw new Error(`zonelet-sim init failed: ${init.stderr}`);
  const kstat = join(repo, 'sim/bin/kstat');
  const cases: Array<[string, string[]]> = [
    ['kstat -p (all)', ['-p']],
    ['kstat -p zones:::nsec_*', ['-p', 'zones:::/^nsec_/']],
    ['kstat -p -m memory_cap -s rss', ['-p', '-m', 'memory_cap', '-s', 'rss']],
  ];
  const times = new Map<string, number[]>(cases.map(([n]) => [n, []]));
  let bytes = new Map<string, number>();
  for (let i = 0; i < runs; i++) {
    for (const [name, args] of cases) {
      const r = run(kstat, args);
      times.get(name)!.push(r.ms);
      bytes.set(name, r.bytes);
    }
  }
  console.log(`${zones} synthetic zones, ${runs} runs each`);
  for (const [name] of cases) console.log(`${name.padEnd(34)} median ${median(times.get(name)!).toFixed(0).padStart(5)} ms  (${(bytes.get(name)! / 1048576).toFixed(1)} MiB out)`);
} finally {
  spawnSync(process.execPath, [join(repo, 'sim/bin/zonelet-sim.js'), 'stop-all', '--root', root]);
  rmSync(root, { recursive: true, force: true });
}
