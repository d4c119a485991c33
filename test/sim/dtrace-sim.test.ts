// The simulated dtrace as a long-running child: ticks until killed, drop messages and a mid-stream death when the
// sim's fault table asks for them, a compile error for a script it does not know.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const DTRACE = join(repo, 'sim/bin/dtrace');
const SIM = join(repo, 'sim/bin/zonelet-sim.js');
const roots: string[] = [];
after(() => {
  for (const r of roots) {
    spawnSync(process.execPath, [SIM, 'stop-all', '--root', r]);
    rmSync(r, { recursive: true, force: true });
  }
});

function host(): { root: string; script: string } {
  const root = mkdtempSync(join(tmpdir(), 'dtrace-sim-'));
  roots.push(root);
  const r = spawnSync(process.execPath, [SIM, 'init', '--root', root, '--zones', '3', '--synthetic', '--force'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const script = join(root, 'runq-latency.d');
  writeFileSync(script, '#pragma D option quiet\ntick-200ms\n{\n\tprinta(@rq);\n\ttrunc(@rq);\n}\n');
  return { root, script };
}

function start(root: string, args: string[]) {
  const child = spawn(DTRACE, args, { env: { ...process.env, SMARTOS_SIM_ROOT: root } });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  const exited = new Promise<{ code: number | null; signal: string | null }>((res) => child.on('exit', (code, signal) => res({ code, signal })));
  return { child, exited, out: () => out, err: () => err };
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('dtrace -q -s runs until killed and prints once per tick, histograms keyed by the full zonename', async () => {
  const { root, script } = host();
  const d = start(root, ['-q', '-s', script, '-x', 'dynvarsize=4m']);
  await sleep(1300);
  assert.equal(d.child.exitCode, null, 'still running');
  d.child.kill('SIGTERM');
  await d.exited;
  const ticks = d.out().match(/^@@T \d+$/gm) ?? [];
  assert.ok(ticks.length >= 3 && ticks.length <= 8, `ticks: ${ticks.length}`);
  for (const uuid of readdirSync(join(root, 'vms')).map((f) => f.slice(0, -5))) {
    assert.ok(d.out().includes(`\n  ${uuid.padEnd(50)}\n           value  ------------- Distribution ------------- count    \n`), `histogram for ${uuid}`);
  }
  assert.match(d.out(), /^@@S [0-9a-f-]{36} \d+ \d+$/m);
  assert.equal(d.err(), '', 'quiet: nothing on stderr');
});

test('drops fault: libdtrace drop messages on stderr every tick, output continues', async () => {
  const { root, script } = host();
  spawnSync(process.execPath, [SIM, 'fault', '--root', root, 'dtrace', 'drops', '--value', '3']);
  const d = start(root, ['-q', '-s', script]);
  await sleep(900);
  d.child.kill('SIGTERM');
  await d.exited;
  assert.match(d.err(), /^dtrace: 3 dynamic variable drops$/m);
  assert.match(d.err(), /^dtrace: 3 aggregation drops on CPU \d+$/m);
  assert.ok((d.out().match(/^@@T /gm) ?? []).length >= 2);
});

test('die fault: exits 1 mid-stream after the given number of ticks with a dtrace error', async () => {
  const { root, script } = host();
  spawnSync(process.execPath, [SIM, 'fault', '--root', root, 'dtrace', 'die', '--value', '2']);
  const d = start(root, ['-q', '-s', script]);
  const { code } = await d.exited;
  assert.equal(code, 1);
  assert.equal((d.out().match(/^@@T /gm) ?? []).length, 2);
  assert.match(d.err(), /^dtrace: processing aborted: .+$/m);
});

test('an unknown script fails like a D compile error; a missing file like dtrace does', () => {
  const { root } = host();
  const other = join(root, 'nosuch-script.d');
  writeFileSync(other, 'tick-1s { }\n');
  const env = { ...process.env, SMARTOS_SIM_ROOT: root };
  const r = spawnSync(DTRACE, ['-q', '-s', other], { env, encoding: 'utf8' });
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^dtrace: failed to compile script .*nosuch-script\.d: line \d+: .+/);
  const m = spawnSync(DTRACE, ['-q', '-s', join(root, 'absent.d')], { env, encoding: 'utf8' });
  assert.equal(m.status, 1);
  assert.match(m.stderr, /^dtrace: failed to open .*absent\.d: No such file or directory\n$/);
});
