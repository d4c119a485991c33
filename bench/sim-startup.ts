// Startup cost of each sim tool: median wall time from spawn to exit of `<tool> <cheap invocation>` on a 20-zone
// synthetic host, next to a bare `node -e ''` measured in the same run, interleaved run by run so host load hits
// both alike. The ratio is what to read on a loaded machine; the target is vmadm list <= ~1.5x node.
// Usage: npm run build && npx tsx bench/sim-startup.ts [runs]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.argv[2] ?? 21);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`runs must be a positive integer, got "${process.argv[2]}"`);
const root = mkdtempSync(join(tmpdir(), 'sim-bench-'));
const init = spawnSync(process.execPath, [join(repo, 'sim/bin/zonelet-sim.js'), 'init', '--root', root, '--zones', '20', '--synthetic'], { encoding: 'utf8' });
if (init.status !== 0) throw new Error(`zonelet-sim init failed (did you run npm run build?): ${init.stderr}`);
const env = { ...process.env, SMARTOS_SIM_ROOT: root };
const cases: Array<[string, string[]]> = [
  ['vmadm', ['list']], ['vmadm', ['lookup', '-j']], ['vmadm', ['get', '00000000-0000-0000-0000-000000000000']],
  ['sysinfo', []], ['zoneadm', ['list', '-pc']], ['zfs', ['list', '-Hp']], ['zpool', ['list', '-Hp']],
  ['imgadm', ['list', '-j']], ['kstat', ['-p', 'unix:0:system_misc']],
];

function timeMs(cmd: string, args: string[]): number {
  const t0 = process.hrtime.bigint();
  spawnSync(cmd, args, { env, stdio: 'ignore' });
  return Number(process.hrtime.bigint() - t0) / 1e6;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log(`${runs} runs each, interleaved with a bare node; medians`);
console.log(`${'command'.padEnd(36)} ${'tool ms'.padStart(8)} ${'node ms'.padStart(8)} ${'ratio'.padStart(6)}`);
try {
  for (const [tool, args] of cases) {
    const t: number[] = [];
    const base: number[] = [];
    for (let i = 0; i < runs; i++) {
      base.push(timeMs(process.execPath, ['-e', '']));
      t.push(timeMs(join(repo, 'sim/bin', tool), args));
    }
    const [mt, mb] = [median(t), median(base)];
    console.log(`${`${tool} ${args.join(' ')}`.slice(0, 36).padEnd(36)} ${mt.toFixed(1).padStart(8)} ${mb.toFixed(1).padStart(8)} ${(mt / mb).toFixed(2).padStart(6)}`);
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}
