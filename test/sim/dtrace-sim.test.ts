// The simulated dtrace running the shipped scripts (dtrace/*.d) as a long-running child, the way the agent runs
// them: `dtrace -q -s <script> <interval> [allowlist...]`. Checks the framing and default printa() layout the D
// scripts print, the consistency DTrace guarantees between @x, @x_sum and @x_count (same firings), the compile
// checks on macro arguments, and the dtrace faults (drops, die, hang) from the sim's fault table.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const DTRACE = join(repo, 'sim/bin/dtrace');
const SIM = join(repo, 'sim/bin/zonelet-sim.js');
const script = (name: string) => join(repo, 'dtrace', `${name}.d`);
const roots: string[] = [];
after(() => {
  for (const r of roots) {
    spawnSync(process.execPath, [SIM, 'stop-all', '--root', r]);
    rmSync(r, { recursive: true, force: true });
  }
});

function host(): string {
  const root = mkdtempSync(join(tmpdir(), 'dtrace-sim-'));
  roots.push(root);
  const r = spawnSync(process.execPath, [SIM, 'init', '--root', root, '--zones', '3', '--synthetic', '--force'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return root;
}
function fault(root: string, ...args: string[]): void {
  const r = spawnSync(process.execPath, [SIM, 'fault', '--root', root, 'dtrace', ...args], { encoding: 'utf8' });
  assert.equal(r.status, 0, `zonelet-sim fault: ${r.stderr}`);
}
const uuids = (root: string) => readdirSync(join(root, 'vms')).map((f) => f.slice(0, -5));
const zoneid = (root: string, uuid: string) => (JSON.parse(readFileSync(join(root, 'runtime', `${uuid}.json`), 'utf8')) as { zoneid: number }).zoneid;

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
/** Waits for `n` complete intervals on stdout (the host may be loaded: no fixed sleeps). */
async function intervalsSeen(d: { out: () => string }, n: number, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((d.out().match(/^@@E$/gm) ?? []).length < n) {
    if (Date.now() > deadline) throw new Error(`fewer than ${n} intervals within ${timeoutMs} ms:\n${d.out()}`);
    await sleep(50);
  }
}

/** "@@T .. @@E" blocks -> aggregation name -> the text printa() printed for it. */
function intervals(out: string): Array<Map<string, string>> {
  return [...out.matchAll(/^@@T \d+\n([\s\S]*?)^@@E\n/gm)].map((m) => {
    const sections = new Map<string, string>();
    for (const s of m[1].split(/^@@A /m).slice(1)) {
      const nl = s.indexOf('\n');
      sections.set(s.slice(0, nl), s.slice(nl + 1));
    }
    return sections;
  });
}

/** Scalar printa() records: the keys joined by one blank -> value. */
function records(text: string): Map<string, bigint> {
  const m = new Map<string, bigint>();
  for (const line of text.split('\n').filter((l) => l.trim() !== '')) {
    const t = line.trim().split(/\s+/);
    m.set(t.slice(0, -1).join(' '), BigInt(t[t.length - 1]));
  }
  return m;
}

// llquantize(ns, 10, 3, 9, 10) prints buckets by their lower bound: 1000..9000, 10000..90000, ... 1e9..9e9, and
// the ends "< 1000" and ">= 10000000000" (Dynamic Tracing Guide, "llquantize").
const GRID = new Set(['< 1000', '>= 10000000000']);
for (let p = 1000; p <= 1e9; p *= 10) for (let k = 1; k <= 9; k++) GRID.add(String(p * k));

/** Histogram blocks of a default printa(): key line, header, rows; returns keys -> total count. */
function histograms(text: string): Map<string, bigint> {
  const m = new Map<string, bigint>();
  const re = /^(.*)\n {11}value {2}-{13} Distribution -{13} count {4}\n((?: *(?:< |>= )?\d+ \|[@ ]{40} \d+ *\n)+)\n/gm;
  for (const b of text.matchAll(re)) {
    let total = 0n;
    for (const row of b[2].split('\n').filter(Boolean)) {
      const r = /^ *((?:< |>= )?\d+) \|[@ ]{40} (\d+) *$/.exec(row)!;
      assert.ok(GRID.has(r[1]), `row label ${r[1]} is on the llquantize grid`);
      total += BigInt(r[2]);
    }
    m.set(b[1].trim().split(/\s+/).join(' '), total);
  }
  return m;
}

test('runq-latency.d: every $1 s a framed block, a histogram per zone, count() = bucket total, sum() on the same keys', async () => {
  const root = host();
  const d = start(root, ['-q', '-s', script('runq-latency'), '-x', 'dynvarsize=4m', '1']);
  await intervalsSeen(d, 2);
  assert.equal(d.child.exitCode, null, 'still running');
  d.child.kill('SIGTERM');
  assert.deepEqual(await d.exited, { code: 0, signal: null }, 'SIGTERM: dtrace prints what is unprinted and exits 0');
  const ivs = intervals(d.out());
  assert.ok(ivs.length >= 2, `intervals: ${ivs.length}`);
  assert.ok(d.out().endsWith('@@E\n\n'), 'the exit printout is a newline (every aggregation was printed)');
  for (const iv of ivs) {
    assert.deepEqual([...iv.keys()], ['runq', 'runq_sum', 'runq_count']);
    for (const uuid of uuids(root)) assert.ok(iv.get('runq')!.includes(`\n  ${uuid.padEnd(50)}\n           value  ---`), `histogram for ${uuid}`);
    const hist = histograms(iv.get('runq')!);
    const counts = records(iv.get('runq_count')!);
    const sums = records(iv.get('runq_sum')!);
    assert.equal(hist.size, 3);
    assert.deepEqual(counts, hist, 'count() per zone equals its histogram total');
    assert.deepEqual([...sums.keys()].sort(), [...hist.keys()].sort());
    for (const v of sums.values()) assert.ok(v > 0n);
  }
  assert.equal(d.err(), '', 'quiet: nothing on stderr');
});

test('fs-latency.d: [zonename, op] keys with op read|write, each with its sum and count', async () => {
  const root = host();
  const d = start(root, ['-q', '-s', script('fs-latency'), '1']);
  await intervalsSeen(d, 1);
  d.child.kill('SIGTERM');
  await d.exited;
  const [iv] = intervals(d.out());
  const hist = histograms(iv.get('vfs')!);
  assert.deepEqual([...hist.keys()].sort(), uuids(root).flatMap((u) => [`${u} read`, `${u} write`]).sort());
  assert.deepEqual(records(iv.get('vfs_count')!), hist);
  assert.deepEqual([...records(iv.get('vfs_sum')!).keys()].sort(), [...hist.keys()].sort());
});

test('syscalls.d: a total per zone, per-name counts only for the allowlisted names in $$2..$$17', async () => {
  const root = host();
  const allow = ['write', ...new Array<string>(15).fill('')];
  const d = start(root, ['-q', '-s', script('syscalls'), '1', ...allow]);
  await intervalsSeen(d, 1);
  d.child.kill('SIGTERM');
  await d.exited;
  const [iv] = intervals(d.out());
  assert.deepEqual([...iv.keys()], ['syscalls', 'syscalls_by_name']);
  const total = records(iv.get('syscalls')!);
  const byName = records(iv.get('syscalls_by_name')!);
  assert.deepEqual([...total.keys()].sort(), uuids(root).sort());
  assert.deepEqual([...byName.keys()].sort(), uuids(root).map((u) => `${u} write`).sort());
  for (const u of uuids(root)) assert.ok(byName.get(`${u} write`)! <= total.get(u)!, 'a name is part of the total');
  // two string keys: "  %-50s" each, then " %16lld"
  assert.match(iv.get('syscalls_by_name')!, /^ {2}[0-9a-f-]{36} {14} {2}write {45} +\d+$/m);
});

test('execs.d and tcp-connections.d: zonename keys; tcp keyed by the zone id as " %8d" and a direction', async () => {
  const root = host();
  const e = start(root, ['-q', '-s', script('execs'), '1']);
  const t = start(root, ['-q', '-s', script('tcp-connections'), '1']);
  await Promise.all([intervalsSeen(e, 2), intervalsSeen(t, 2)]);
  e.child.kill('SIGTERM');
  t.child.kill('SIGTERM');
  await Promise.all([e.exited, t.exited]);
  const execs = intervals(e.out()).map((iv) => records(iv.get('execs')!));
  assert.ok(execs.length >= 2, `execs intervals: ${execs.length}`);
  for (const k of execs.flatMap((m) => [...m.keys()])) assert.ok(uuids(root).includes(k), `execs key ${k} is a zone`);
  const ids = new Set(uuids(root).map((u) => String(zoneid(root, u))).concat('0'));
  for (const iv of intervals(t.out())) {
    for (const line of iv.get('tcp')!.split('\n').filter(Boolean)) {
      const m = /^ +(\d{1,8}) {2}(inbound|outbound) +\d+$/.exec(line);
      assert.ok(m && line.startsWith(' '.repeat(9 - m[1].length) + m[1] + ' '), `tcp line ${JSON.stringify(line)}`);
      assert.ok(ids.has(m[1]), `zone id ${m[1]} is a running zone or the global zone`);
    }
  }
});

test('macro arguments are checked like the D compiler does: $1 missing, an extra argument, an unknown script', () => {
  const root = host();
  const env = { ...process.env, SMARTOS_SIM_ROOT: root };
  const run = (args: string[]) => spawnSync(DTRACE, args, { env, encoding: 'utf8' });
  const none = run(['-q', '-s', script('execs')]);
  assert.equal(none.status, 1);
  assert.match(none.stderr, /^dtrace: failed to compile script .*execs\.d: line \d+: macro argument \$1 is not defined\n$/);
  const extra = run(['-q', '-s', script('execs'), '1', 'read']);
  assert.equal(extra.status, 1);
  assert.match(extra.stderr, /extraneous argument 'read' \(\$2 is not referenced\)/);
  const few = run(['-q', '-s', script('syscalls'), '1', 'read']);
  assert.match(few.stderr, /macro argument \$\$3 is not defined/);
  const other = join(root, 'nosuch-script.d');
  writeFileSync(other, 'tick-1s { }\n');
  const unknown = run(['-q', '-s', other]);
  assert.equal(unknown.status, 1);
  assert.match(unknown.stderr, /^dtrace: failed to compile script .*nosuch-script\.d: line \d+: .+/);
  const missing = run(['-q', '-s', join(root, 'absent.d')]);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /^dtrace: failed to open .*absent\.d: No such file or directory\n$/);
});

test('drops fault: libdtrace drop messages on stderr every interval, output continues', async () => {
  const root = host();
  fault(root, 'drops', '--value', '3');
  const d = start(root, ['-q', '-s', script('execs'), '1']);
  await intervalsSeen(d, 2);
  d.child.kill('SIGTERM');
  await d.exited;
  assert.match(d.err(), /^dtrace: 3 dynamic variable drops$/m);
  assert.match(d.err(), /^dtrace: 3 aggregation drops on CPU \d+$/m);
  assert.match(d.err(), /^dtrace: 3 drops on CPU \d+$/m);
  assert.ok(intervals(d.out()).length >= 2);
});

test('die fault: exits 1 mid-stream after the given number of intervals with a dtrace error', async () => {
  const root = host();
  fault(root, 'die', '--value', '2');
  const d = start(root, ['-q', '-s', script('execs'), '1']);
  const guard = setTimeout(() => d.child.kill('SIGKILL'), 20_000); // a dtrace that never dies fails, not hangs, the test
  const { code } = await d.exited;
  clearTimeout(guard);
  assert.equal(code, 1);
  assert.equal((d.out().match(/^@@T /gm) ?? []).length, 2);
  assert.match(d.err(), /^dtrace: processing aborted: .+$/m);
});

test('hang fault: prints the given number of intervals, then nothing, and stays alive', async () => {
  const root = host();
  fault(root, 'hang', '--value', '1');
  const d = start(root, ['-q', '-s', script('execs'), '1']);
  await intervalsSeen(d, 1);
  await sleep(3000); // three more intervals' time
  assert.equal(d.child.exitCode, null, 'alive');
  assert.equal((d.out().match(/^@@T /gm) ?? []).length, 1);
  d.child.kill('SIGKILL');
  await d.exited;
});
