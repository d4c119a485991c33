// The simulated kstat, checked as a user of real `kstat -p` would: its text parsed by a small parser written here
// (not the agent's), format rules from illumos kstat.c and the real SmartOS facts in kstat-dtrace.md, and CPU time
// against Linux /proc read independently by this test.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { bootZone } from '../../sim/src/host/zones.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const KSTAT = join(repo, 'sim/bin/kstat');
const SIM = join(repo, 'sim/bin/zonelet-sim.js');
const UINT64_MAX = '18446744073709551615';
const roots: string[] = [];

after(() => {
  for (const r of roots) {
    spawnSync(process.execPath, [SIM, 'stop-all', '--root', r]);
    rmSync(r, { recursive: true, force: true });
  }
});

function host(zones: number, synthetic: boolean): string {
  const root = mkdtempSync(join(tmpdir(), 'kstat-sim-'));
  roots.push(root);
  const r = spawnSync(process.execPath, [SIM, 'init', '--root', root, '--zones', String(zones), '--force', ...(synthetic ? ['--synthetic'] : [])], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return root;
}

function kstat(root: string, ...args: string[]) {
  const r = spawnSync(KSTAT, args, { env: { ...process.env, SMARTOS_SIM_ROOT: root }, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

interface Line { module: string; instance: number; name: string; stat: string; value: string }
/** `module:instance:name:statistic<TAB>value`, exactly one TAB; module/name/statistic hold no ':' here. */
function parse(text: string): Line[] {
  return text.split('\n').filter((l) => l !== '').map((l) => {
    const m = /^([^:\t]+):(\d+):([^:\t]+):([^:\t]+)\t([^\t]*)$/.exec(l);
    assert.ok(m, `not a kstat -p line: ${JSON.stringify(l)}`);
    return { module: m[1], instance: Number(m[2]), name: m[3], stat: m[4], value: m[5] };
  });
}
const get = (lines: Line[], module: string, instance: number, name: string, stat: string) =>
  lines.find((l) => l.module === module && l.instance === instance && l.name === name && l.stat === stat)?.value;

function vms(root: string): Array<Record<string, any>> {
  return readdirSync(join(root, 'vms')).map((f) => JSON.parse(readFileSync(join(root, 'vms', f), 'utf8')));
}
const runtime = (root: string, uuid: string) => JSON.parse(readFileSync(join(root, 'runtime', `${uuid}.json`), 'utf8'));

test('kstat -p format and SmartOS zone facts on a synthetic host', () => {
  const root = host(12, true);
  const r = kstat(root, '-p');
  assert.equal(r.code, 0, r.err);
  const lines = parse(r.out);
  // Sorted: module case-insensitively, then instance, then name, then statistic.
  const key = (l: Line) => [l.module.toLowerCase(), l.instance, l.name.toLowerCase(), l.stat.toLowerCase()] as const;
  for (let i = 1; i < lines.length; i++) {
    const a = key(lines[i - 1]), b = key(lines[i]);
    const c = a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : a[3] <= b[3] ? -1 : 1);
    assert.ok(c < 0, `out of order: ${lines[i - 1].stat} / ${lines[i].module}:${lines[i].instance}:${lines[i].name}:${lines[i].stat}`);
  }
  for (const l of lines) assert.ok(l.name.length <= 30, `kstat name over 30 chars: ${l.name}`);
  for (const l of lines.filter((x) => x.stat === 'crtime' || x.stat === 'snaptime')) assert.match(l.value, /^(0|\d+\.\d{9})$/);

  let capped = 0, uncapped = 0;
  for (const vm of vms(root)) {
    const rt = runtime(root, vm.uuid);
    if (rt.zoneid === null) continue;
    const id = rt.zoneid as number;
    const name = vm.uuid.slice(0, 30);
    assert.equal(get(lines, 'zones', id, name, 'zonename'), vm.uuid, 'zonename statistic holds the full UUID');
    assert.equal(get(lines, 'zones', id, name, 'class'), 'zone_misc');
    assert.match(get(lines, 'zones', id, name, 'nsec_user') ?? '', /^\d+$/);
    assert.equal(get(lines, 'memory_cap', id, name, 'zonename'), vm.uuid);
    const physcap = get(lines, 'memory_cap', id, name, 'physcap');
    if (vm.max_physical_memory) assert.equal(physcap, String(BigInt(vm.max_physical_memory) * 1048576n));
    else assert.equal(physcap, UINT64_MAX);
    const cpucaps = lines.filter((l) => l.module === 'caps' && l.name === `cpucaps_zone_${id}`);
    if (vm.cpu_cap) {
      capped++;
      assert.equal(get(lines, 'caps', id, `cpucaps_zone_${id}`, 'value'), String(vm.cpu_cap));
      for (const s of ['above_sec', 'baseline', 'burst_limit_sec', 'bursting_sec', 'effective', 'maxusage', 'nwait', 'usage', 'zonename'])
        assert.ok(cpucaps.some((l) => l.stat === s), `cpucaps_zone_${id} lacks ${s}`);
    } else {
      uncapped++;
      assert.equal(cpucaps.length, 0, `uncapped zone ${vm.uuid} must have no cpucaps kstat`);
    }
    assert.equal(get(lines, 'caps', id, `nprocs_zone_${id}`, 'class'), 'zone_caps');
    assert.equal(get(lines, 'link', 0, `z${id}_net0`, 'zonename'), vm.uuid);
    assert.match(get(lines, 'link', 0, `z${id}_net0`, 'rbytes64') ?? '', /^\d+$/);
    assert.equal(get(lines, 'tcp', id, 'tcp', 'class'), 'mib2');
    assert.match(get(lines, 'tcp', id, 'tcp', 'currEstab') ?? '', /^\d+$/);
    assert.equal(get(lines, 'zone_vfs', id, name, 'class'), 'zone_vfs');
    assert.ok(get(lines, 'zone_vfs', id, name, '10ms_ops') !== undefined);
    assert.equal(get(lines, 'zone_zfs', id, name, 'class'), 'zone_zfs');
  }
  assert.ok(capped > 0 && uncapped > 0, `want capped and uncapped zones, got ${capped}/${uncapped}`);
  // Host kstats from /proc: boot_time is Linux btime, ncpus the CPU count, one cpu:N:sys per CPU.
  const btime = /^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))![1];
  assert.equal(get(lines, 'unix', 0, 'system_misc', 'boot_time'), btime);
  const ncpu = readFileSync('/proc/stat', 'utf8').split('\n').filter((l) => /^cpu\d+ /.test(l)).length;
  assert.equal(get(lines, 'unix', 0, 'system_misc', 'ncpus'), String(ncpu));
  assert.equal(new Set(lines.filter((l) => l.module === 'cpu' && l.name === 'sys').map((l) => l.instance)).size, ncpu);
  assert.equal(get(lines, 'cpu', 0, 'sys', 'cpu_nsec_wait'), undefined, 'not in the real capture');
  assert.match(get(lines, 'unix', 0, 'system_pages', 'physmem') ?? '', /^\d+$/);
  assert.match(get(lines, 'zfs', 0, 'arcstats', 'size') ?? '', /^\d+$/);
});

test('selectors, options and exit codes', () => {
  const root = host(3, true);
  // Several operands: grouped per selector in argument order (kstat(8) example 3).
  const two = parse(kstat(root, '-p', ':::boot_time', 'unix:0:system_misc:/^avenrun_[0-9]+min$/').out);
  const firstUnix = two.findIndex((l) => l.module === 'unix' && l.stat.startsWith('avenrun'));
  assert.ok(firstUnix > 0 && two.slice(firstUnix).every((l) => l.stat.startsWith('avenrun')));
  assert.deepEqual(two.slice(firstUnix).map((l) => l.stat), ['avenrun_15min', 'avenrun_1min', 'avenrun_5min']);
  // The -m -i -n -s form equals the operand form; -c filters on class.
  const a = kstat(root, '-p', '-m', 'unix', '-i', '0', '-n', 'system_misc', '-s', 'avenrun*').out.split('\n').map((l) => l.split('\t')[0]);
  const b = kstat(root, '-p', 'unix:0:system_misc:avenrun*').out.split('\n').map((l) => l.split('\t')[0]);
  assert.deepEqual(a, b);
  const byClass = parse(kstat(root, '-p', '-c', 'zone_caps').out);
  assert.ok(byClass.length > 0 && byClass.every((l) => l.module === 'caps'));
  assert.deepEqual(parse(kstat(root, '-p', 'zones:::zonename').out).map((l) => l.stat), ['zonename', 'zonename', 'zonename', 'zonename']);
  // -C puts ':' before the value, -l prints names only, -q prints nothing.
  assert.match(kstat(root, '-C', 'unix:0:system_misc:ncpus').out, /^unix:0:system_misc:ncpus:\d+\n$/);
  assert.equal(kstat(root, '-l', 'unix:0:system_misc:ncpus').out, 'unix:0:system_misc:ncpus\n');
  const q = kstat(root, '-q', 'unix:0:system_misc:ncpus');
  assert.deepEqual([q.code, q.out], [0, '']);
  // Exit 1: nothing matched, including a kstat that matches with no statistic that does.
  for (const sel of ['nosuch:::', 'unix:0:system_misc:nosuch']) {
    const r = kstat(root, '-p', sel);
    assert.deepEqual([r.code, r.out], [1, ''], sel);
  }
  // Exit 2 with the usage on stderr.
  for (const args of [['-p', 'a:b:c:d:e'], ['-z'], ['-p', '-m', 'unix', 'unix:::'], ['-q', '-p'], ['-p', 'x', '0'], ['-T', 'x'], ['-p', ':::/(/']]) {
    const r = kstat(root, ...args);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
    assert.match(r.err, /Usage:\nkstat \[ -Cjlpq \] \[ -T d\|u \] \[ -c class \]\n/);
  }
  assert.match(kstat(root, '-p', '-m', 'unix', 'unix:::').err, /^\[module\[:instance\[:name\[:statistic\]\]\]\] and -m -i -n -s are mutually exclusiveUsage:/);
  // interval and count: blank line between iterations; -T u prints epoch seconds first.
  const it = kstat(root, '-p', '-T', 'u', 'unix:0:system_misc:ncpus', '1', '2');
  assert.equal(it.code, 0);
  assert.match(it.out, /^\d{10}\nunix:0:system_misc:ncpus\t\d+\n\n\d{10}\nunix:0:system_misc:ncpus\t\d+\n$/);
});

test('a reboot gives the zone a new zone id, a new crtime and counters from 0', () => {
  const root = host(2, true);
  const [vm] = vms(root);
  const before = parse(kstat(root, '-p', `zones:::`).out);
  const id1 = runtime(root, vm.uuid).zoneid as number;
  const name = vm.uuid.slice(0, 30);
  const crtime1 = Number(get(before, 'zones', id1, name, 'crtime'));
  spawnSync('sleep', ['1.2']);
  const mid = parse(kstat(root, '-p', `zones:${id1}::nsec_user`).out);
  const user1 = BigInt(get(mid, 'zones', id1, name, 'nsec_user')!);
  bootZone(root, vm.uuid); // what vmadm reboot does to the kernel's zone: a new zone, same VM
  const id2 = runtime(root, vm.uuid).zoneid as number;
  assert.notEqual(id2, id1);
  const afterLines = parse(kstat(root, '-p', 'zones:::').out);
  assert.equal(afterLines.filter((l) => l.instance === id1).length, 0, 'the old zone id is gone');
  assert.equal(get(afterLines, 'zones', id2, name, 'zonename'), vm.uuid);
  assert.ok(Number(get(afterLines, 'zones', id2, name, 'crtime')) > crtime1);
  assert.ok(BigInt(get(afterLines, 'zones', id2, name, 'nsec_user')!) < user1, 'counters restart');
  assert.equal(kstat(root, '-p', `link:0:z${id1}_net0`).code, 1);
  assert.equal(kstat(root, '-p', `link:0:z${id2}_net0:zonename`).out, `link:0:z${id2}_net0:zonename\t${vm.uuid}\n`);
});

/** CPU seconds of a process group, from /proc/<pid>/stat (utime+stime+cutime+cstime, USER_HZ = 100). */
function procCpuSeconds(pgid: number): number {
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    let text: string;
    try {
      text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue;
    }
    const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
    if (Number(f[2]) !== pgid) continue;
    ticks += Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]);
  }
  return ticks / 100;
}

test('a cpu=0.5 zone: nsec_user+nsec_sys grows ~0.5 s/s, as /proc says', (t) => {
  const root = host(1, false);
  const [vm] = vms(root);
  const rt = runtime(root, vm.uuid);
  assert.ok(rt.pgid, 'a non-synthetic zone has a process group');
  const w = spawnSync(process.execPath, [SIM, 'workload', '--root', root, vm.uuid, 'cpu=0.5'], { encoding: 'utf8' });
  assert.equal(w.status, 0, w.stderr);
  spawnSync('sleep', ['0.5']);
  const read = () => {
    const l = parse(kstat(root, '-p', `zones:${rt.zoneid}::/^nsec_(user|sys)$/`).out);
    return Number(BigInt(l[0].value) + BigInt(l[1].value)) / 1e9;
  };
  const t0 = Date.now(), k0 = read(), p0 = procCpuSeconds(rt.pgid);
  spawnSync('sleep', ['3']);
  const t1 = Date.now(), k1 = read(), p1 = procCpuSeconds(rt.pgid);
  const secs = (t1 - t0) / 1000;
  const kRate = (k1 - k0) / secs, pRate = (p1 - p0) / secs;
  // kstat must agree with /proc; whether the workload gets its 0.5 CPU depends on the box not being saturated.
  assert.ok(Math.abs(kRate - pRate) <= Math.max(0.05, pRate * 0.1), `kstat ${kRate.toFixed(3)} vs /proc ${pRate.toFixed(3)} s/s`);
  if (Math.abs(pRate - 0.5) <= 0.125) assert.ok(Math.abs(kRate - 0.5) <= 0.125, `kstat CPU rate ${kRate.toFixed(3)} s/s, want 0.5 +- 25%`);
  else t.diagnostic(`machine saturated: the cpu=0.5 workload got ${pRate.toFixed(3)} CPU; kstat matched /proc at ${kRate.toFixed(3)}`);
  assert.ok(kRate > 0.05, `a busy zone's CPU counters grow (got ${kRate.toFixed(3)} s/s)`);
  const waitrq = parse(kstat(root, '-p', `zones:${rt.zoneid}::nsec_waitrq`).out)[0].value;
  assert.match(waitrq, /^\d+$/);
  const rss = Number(parse(kstat(root, '-p', `memory_cap:${rt.zoneid}::rss`).out)[0].value);
  assert.ok(rss > 10 * 1048576, `rss of a node process is tens of MB, got ${rss}`);
});
