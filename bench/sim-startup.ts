// Median wall time from spawn to exit for each sim tool on a small synthetic host (run after `npm run build`).
// Usage: npx tsx bench/sim-startup.ts [runs]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.argv[2] ?? 15);
const root = mkdtempSync(join(tmpdir(), 'sim-bench-'));
spawnSync(process.execPath, [join(repo, 'sim/bin/zonelet-sim.js'), 'init', '--root', root, '--zones', '20', '--synthetic']);
const env = { ...process.env, SMARTOS_SIM_ROOT: root };
const cases: Array<[string, string[]]> = [
  ['vmadm', ['list']], ['vmadm', ['lookup', '-j']], ['sysinfo', []], ['zoneadm', ['list', '-pc']],
  ['zfs', ['list', '-Hp']], ['zpool', ['list', '-Hp']], ['imgadm', ['list', '-j']], ['kstat', ['-p', 'unix:0:system_misc']],
];
for (const [tool, args] of cases) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    spawnSync(join(repo, 'sim/bin', tool), args, { env, stdio: 'ignore' });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  console.log(`${`${tool} ${args.join(' ')}`.padEnd(28)} median ${times[Math.floor(times.length / 2)].toFixed(1)} ms`);
}
rmSync(root, { recursive: true, force: true });
