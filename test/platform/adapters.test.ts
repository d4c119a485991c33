// Sysinfo, Zfs, Imgadm and DtraceRunner on real samples and fake executables.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Exec, type Commands } from '../../agent/src/platform/exec.js';
import { parseSysinfo, Sysinfo } from '../../agent/src/platform/sysinfo.js';
import { parseZfsList, parseZpoolList } from '../../agent/src/platform/zfs.js';
import { Imgadm } from '../../agent/src/platform/imgadm.js';
import { DtraceRunner } from '../../agent/src/platform/dtrace-runner.js';
import { SHARED } from '../helpers/fixtures.js';

const vmadmDir = SHARED + 'fixtures/smartos/vmadm/';
const bin = (name: string) => fileURLToPath(new URL(`../fixtures/bin/${name}`, import.meta.url));

test('sysinfo 2023 (SmartOS, non-Triton): typed fields', () => {
  const s = parseSysinfo(JSON.parse(readFileSync(vmadmDir + 'sysinfo-2023-smartos-ui.json', 'utf8')));
  assert.deepEqual(s, {
    uuid: '00020003-0004-0005-0006-000700080009', hostname: 'smartos', liveImage: '20231102T000310Z',
    cpuCount: 8, memoryMiB: 32740, adminIp: '172.16.3.3', bootTime: 1703559181, zpool: 'zones',
  });
});

test('sysinfo 2019 (Triton CN doc; "..." elision removed and the {sysinfo:} wrapper unwrapped)', () => {
  const text = readFileSync(vmadmDir + 'sysinfo-2019-cn-agent-doc-elided.txt', 'utf8')
    .replace(/,\s*\.\.\.\s*\]/, ']'); // the doc elides the "SDC Agents" list with `...`
  const s = parseSysinfo(JSON.parse(text).sysinfo);
  assert.equal(s.uuid, '00000000-0000-0000-0000-ac1f6b2c3d0a');
  assert.equal(s.hostname, 'ac-1f-6b-2c-3d-0b');
  assert.equal(s.liveImage, '20190228T233723Z');
  assert.equal(s.cpuCount, 8);
  assert.equal(s.memoryMiB, 32676);
  assert.equal(s.adminIp, '10.0.42.50');
});

test('sysinfo admin IP falls back to the NIC tagged with "Admin NIC Tag"; missing fields are named', () => {
  const raw = JSON.parse(readFileSync(vmadmDir + 'sysinfo-2023-smartos-ui.json', 'utf8'));
  delete raw['Admin IP'];
  assert.equal(parseSysinfo(raw).adminIp, '172.16.3.3');
  delete raw['UUID'];
  assert.throws(() => parseSysinfo(raw), /sysinfo: "UUID" missing/);
});

test('Sysinfo.read runs the command and parses its JSON', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'zonelet-sysinfo-'));
  try {
    const fake = join(dir, 'sysinfo');
    writeFileSync(fake, `#!/usr/bin/env node\nprocess.stdout.write(${JSON.stringify(readFileSync(vmadmDir + 'sysinfo-2023-smartos-ui.json', 'utf8'))});\n`, { mode: 0o755 });
    const s = await new Sysinfo(new Exec({ sysinfo: fake } as Commands)).read();
    assert.equal(s.adminIp, '172.16.3.3');
  } finally { rmSync(dir, { recursive: true, force: true }); }
});

test('zfs list -Hp: bigint bytes, quota 0 = none, "-" avail', () => {
  const rows = parseZfsList(
    'zones\t1288490188800\t2662879133696\t0\t23552\n' +
    'zones/9b4aeb6a-8a5c-4a3f-a8d9-9f8e0e5e5a11\t21474836480\t-\t26843545600\t9007199254740993\n');
  assert.deepEqual(rows, [
    { name: 'zones', used: 1288490188800n, avail: 2662879133696n, quota: 0n, refer: 23552n },
    { name: 'zones/9b4aeb6a-8a5c-4a3f-a8d9-9f8e0e5e5a11', used: 21474836480n, quota: 26843545600n, refer: 9007199254740993n },
  ]);
  assert.throws(() => parseZfsList('zones 1 2 3 4\n'), /zfs list line 1: expected 5 tab-separated columns/);
  assert.throws(() => parseZfsList('zones\t1\t2\t1.5G\t4\n'), /zfs list line 1: quota: expected a byte count, got "1.5G"/);
});

test('zpool list -Hp', () => {
  assert.deepEqual(parseZpoolList('zones\t1930519904256\t812619911168\t1117899993088\tONLINE\n'), [
    { name: 'zones', size: 1930519904256n, alloc: 812619911168n, free: 1117899993088n, health: 'ONLINE' },
  ]);
});

test('imgadm isInstalled: installed, ImageNotInstalled -> false, other failures reject', async () => {
  const img = new Imgadm(new Exec({ imgadm: bin('imgadm.mjs') } as Commands));
  assert.equal(await img.isInstalled('1d05e788-5409-11eb-b12f-037bd7fee4ee'), true);
  assert.equal(await img.isInstalled('ffffffff-5409-11eb-b12f-037bd7fee4ee'), false);
  await assert.rejects(img.isInstalled('eeeeeeee-5409-11eb-b12f-037bd7fee4ee'), /exited with status 3/);
  await assert.rejects(img.isInstalled('../etc/passwd'), /invalid image uuid/);
});

test('DtraceRunner runs only .d files inside its scripts directory, with -q -s and -x options', async () => {
  const root = mkdtempSync(join(tmpdir(), 'zonelet-dtrace-'));
  try {
    const scripts = join(root, 'dtrace');
    mkdirSync(scripts);
    writeFileSync(join(scripts, 'runq.d'), 'sched:::enqueue {}\n');
    writeFileSync(join(root, 'evil.d'), 'syscall:::entry { system("id") }\n');
    symlinkSync(join(root, 'evil.d'), join(scripts, 'link.d'));
    const runner = new DtraceRunner(new Exec({ dtrace: bin('echo-env.mjs') } as Commands), scripts);
    const run = runner.start('runq.d', { bufsize: '4m', aggsize: 1024 });
    let out = '';
    for await (const chunk of run.chunks()) out += chunk;
    await run.exited;
    assert.deepEqual(JSON.parse(out).argv,
      ['-q', '-s', join(scripts, 'runq.d'), '-x', 'bufsize=4m', '-x', 'aggsize=1024']);
    for (const bad of ['../evil.d', join(root, 'evil.d'), 'link.d', 'missing.d']) {
      assert.throws(() => runner.start(bad), /dtrace script/, bad);
    }
    assert.throws(() => runner.start('runq.d', { 'bufsize=1m -w': 1 }), /dtrace option/);
    assert.throws(() => runner.start('runq.d', { bufsize: '4m;destructive' }), /dtrace option/);
  } finally { rmSync(root, { recursive: true, force: true }); }
});

test('sysinfo numbers out of range are refused by name, never passed on as Infinity (a long-form fuzz finding)', () => {
  const raw = JSON.parse(readFileSync(vmadmDir + 'sysinfo-2023-smartos-ui.json', 'utf8'));
  raw['MiB of Memory'] = '9'.repeat(400); // Number() of it is Infinity
  assert.throws(() => parseSysinfo(raw), /"MiB of Memory" missing or not a number/);
  raw['MiB of Memory'] = -1;
  assert.throws(() => parseSysinfo(raw), /"MiB of Memory" missing or not a number/);
  raw['MiB of Memory'] = '32740';
  raw['Boot Time'] = 1.5; // optional: left out rather than kept as a non-integer
  assert.equal(parseSysinfo(raw).bootTime, undefined);
});
