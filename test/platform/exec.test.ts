// The exec helper against real child processes; what survives is checked in /proc, not asked of the helper.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { Registry } from 'prom-client';
import { Exec, ExecError, execMetrics, type Commands, type CommandName } from '../../agent/src/platform/exec.js';
import { liveAmong, liveInGroup, myZombies } from './proc.js';

const bin = (name: string) => fileURLToPath(new URL(`../fixtures/bin/${name}`, import.meta.url));
const commands = (over: Partial<Commands>): Commands => ({
  vmadm: '/nonexistent/vmadm', kstat: '/nonexistent/kstat', dtrace: '/nonexistent/dtrace',
  sysinfo: '/nonexistent/sysinfo', zfs: '/nonexistent/zfs', zpool: '/nonexistent/zpool',
  zoneadm: '/nonexistent/zoneadm', imgadm: '/nonexistent/imgadm', ...over,
});

async function rejection(p: Promise<unknown>): Promise<ExecError> {
  try { await p; } catch (err) { assert.ok(err instanceof ExecError, `expected ExecError, got ${err}`); return err; }
  assert.fail('expected a rejection');
}

test('arguments are passed as an array, never through a shell', async () => {
  const exec = new Exec(commands({ vmadm: bin('echo-env.mjs') }));
  const tricky = ['a b', '$(touch /tmp/zonelet-pwned)', '; rm -rf /', '"q"', '*'];
  const r = await exec.run('vmadm', tricky, { env: { ZONELET_TEST_VAR: 'v1' }, input: 'stdin text' });
  assert.deepEqual(JSON.parse(r.stdout), { argv: tricky, env: 'v1', input: 'stdin text' });
  assert.equal(r.exitCode, 0);
});

test('non-zero exit rejects with ExecError carrying exit code, stdout and stderr', async () => {
  const exec = new Exec(commands({ vmadm: bin('fail.mjs') }));
  const err = await rejection(exec.run('vmadm', ['3', 'No such zone configured', 'out1']));
  assert.equal(err.kind, 'exit');
  assert.equal(err.exitCode, 3);
  assert.equal(err.command, 'vmadm');
  assert.deepEqual(err.args, ['3', 'No such zone configured', 'out1']);
  assert.equal(err.stdout, 'out1\n');
  assert.equal(err.stderr, 'No such zone configured\n');
  assert.match(err.message, /vmadm 3 No such zone configured out1: exited with status 3: No such zone configured/);
});

test('a missing executable rejects with kind spawn', async () => {
  const err = await rejection(new Exec(commands({})).run('zfs', ['list']));
  assert.equal(err.kind, 'spawn');
  assert.match(err.message, /\/nonexistent\/zfs.*ENOENT/);
});

test('timeout kills the whole process group, including grandchildren that ignore SIGTERM; no zombie', async () => {
  const exec = new Exec(commands({ kstat: bin('spawn-tree.mjs') }), {}, { killGraceMs: 300 });
  const started = Date.now();
  const err = await rejection(exec.run('kstat', ['3', '--ignore-term'], { timeoutMs: 1500 }));
  assert.equal(err.kind, 'timeout');
  const pids = err.stdout.trim().split(' ').map(Number);
  assert.equal(pids.length, 4, `leader + 3 grandchildren reported their pids: ${err.stdout}`);
  assert.ok(Date.now() - started >= 1500);
  assert.deepEqual(liveInGroup(pids[0]), []);
  assert.deepEqual(liveAmong(pids), []);
  assert.deepEqual(myZombies(), []);
});

test('a short-deadline read that ignores SIGTERM is SIGKILLed within its timeout again, not the default 5 s grace', async () => {
  // a kstat collector's deadline is 0.8 s: a child that traps SIGTERM (or cannot run its handler on a loaded host)
  // must not outlive two samples of the process table 2.5 s apart
  const exec = new Exec(commands({ kstat: bin('spawn-tree.mjs') }));
  const started = Date.now();
  const err = await rejection(exec.run('kstat', ['1', '--ignore-term'], { timeoutMs: 800 }));
  const elapsed = Date.now() - started;
  assert.equal(err.kind, 'timeout');
  const pids = err.stdout.trim().split(' ').map(Number);
  assert.equal(pids.length, 2, `leader + 1 grandchild reported their pids: ${err.stdout}`);
  assert.ok(elapsed >= 1600 && elapsed < 2500, `SIGTERM at 0.8 s, SIGKILL 0.8 s later; took ${elapsed} ms`);
  assert.deepEqual(liveInGroup(pids[0]), []);
  assert.deepEqual(liveAmong(pids), []);
});

test('stdout is decoded whole: a character split between two reads arrives intact', async () => {
  const exec = new Exec(commands({ kstat: bin('split-utf8.mjs') }));
  const r = await exec.run('kstat', []);
  assert.equal(r.stdout, `zonename\tzoné-€-😀\n${'ü'.repeat(200_000)}\n`);
});

test('stdout over the cap kills the group with kind output-limit', async () => {
  const exec = new Exec(commands({ zfs: bin('flood.mjs') }), {}, { killGraceMs: 300 });
  const err = await rejection(exec.run('zfs', [], { maxOutputBytes: 3 * 1024 * 1024 }));
  assert.equal(err.kind, 'output-limit');
  assert.ok(err.stdout.length <= 3 * 1024 * 1024, 'captured stdout stays within the cap');
  assert.deepEqual(myZombies(), []);
});

test('spawnLong: lines, stderr lines, partial last line, stop() kills the group; idempotent', async () => {
  const exec = new Exec(commands({ dtrace: bin('lines.mjs') }), {}, { killGraceMs: 300 });
  const child = exec.spawnLong('dtrace', ['3']);
  const stderr: string[] = [];
  child.onStderrLine((l) => stderr.push(l));
  const got: string[] = [];
  for await (const line of child.lines) {
    got.push(line);
    if (got.length === 3) { await Promise.all([child.stop(), child.stop()]); }
  }
  assert.deepEqual(got, ['line 1', 'line 2', 'line 3']);
  const exit = await child.exited;
  assert.equal(exit.signal, 'SIGTERM');
  assert.equal(exit.partialLine, 'partial');
  assert.deepEqual(stderr, ['warn 1', 'warn 2', 'warn 3']);
  assert.deepEqual(liveInGroup(child.pid), []);
  assert.deepEqual(myZombies(), []);
});

test('spawnLong: stop() SIGKILLs a group that ignores SIGTERM after the grace', async () => {
  const exec = new Exec(commands({ vmadm: bin('spawn-tree.mjs') }));
  const child = exec.spawnLong('vmadm', ['2', '--ignore-term']);
  const it = child.lines[Symbol.asyncIterator]();
  const first = await it.next();
  const pids = String(first.value).split(' ').map(Number);
  await child.stop(200);
  assert.equal((await child.exited).signal, 'SIGKILL');
  assert.deepEqual(liveAmong(pids), []);
  assert.deepEqual(myZombies(), []);
});

test('spawnLong: a child that exits by itself reports its code and ends the line stream', async () => {
  const exec = new Exec(commands({ dtrace: bin('lines.mjs') }));
  const child = exec.spawnLong('dtrace', ['2', '--exit']);
  const got: string[] = [];
  for await (const line of child.lines) got.push(line);
  assert.deepEqual(got, ['line 1', 'line 2']);
  assert.deepEqual(await child.exited, { code: 0, signal: null, partialLine: 'partial' });
});

test('spawnLong: stdout as chunks is the whole text in order; as lines, a line spanning many reads comes whole', async () => {
  const exec = new Exec(commands({ dtrace: bin('split-utf8.mjs') }));
  const expected = 'zonename\tzoné-€-😀\n' + 'ü'.repeat(200_000) + '\n';
  const chunked = exec.spawnLong('dtrace', []);
  const chunks: string[] = [];
  for await (const chunk of chunked.chunks()) chunks.push(chunk);
  assert.ok(chunks.length > 2, `several reads (${chunks.length})`);
  assert.equal(chunks.join(''), expected);
  assert.equal((await chunked.exited).partialLine, undefined);
  assert.throws(() => chunked.chunks(), /only once/);

  const lined = exec.spawnLong('dtrace', []);
  const lines: string[] = [];
  for await (const line of lined.lines) lines.push(line);
  assert.deepEqual(lines, ['zonename\tzoné-€-😀', 'ü'.repeat(200_000)]);
});

test('execMetrics counts runs by command and result', async () => {
  const registry = new Registry();
  const exec = new Exec(commands({ vmadm: bin('fail.mjs') }), execMetrics(registry));
  await exec.run('vmadm', ['0', 'fine']);
  await rejection(exec.run('vmadm', ['1', 'bad']));
  await rejection(exec.run('zfs' as CommandName, []));
  const text = await registry.metrics();
  assert.match(text, /zonelet_exec_total\{command="vmadm",result="ok"\} 1/);
  assert.match(text, /zonelet_exec_total\{command="vmadm",result="error"\} 1/);
  assert.match(text, /zonelet_exec_total\{command="zfs",result="error"\} 1/);
  assert.match(text, /zonelet_exec_duration_seconds_count\{command="vmadm"\} 2/);
});
