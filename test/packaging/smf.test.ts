// The SMF manifests validate against illumos' service_bundle DTD (real xmllint), say what the operator relies on
// (dependencies, process contract, no restart on a child's core or signal, project), and the method scripts are
// valid POSIX sh that call projadd/logadm with the arguments intended (fake tools record their argv).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHARED } from '../helpers/fixtures.js';

const SMF = fileURLToPath(new URL('../../packaging/smf/', import.meta.url));
const DTD = SHARED + 'fixtures/smf/service_bundle.dtd.1';
const XMLLINT = '/usr/bin/xmllint';
const skip = existsSync(XMLLINT) ? false : 'xmllint not installed (apt-get install libxml2-utils)';

function validateManifest(file: string): { ok: boolean; out: string } {
  const r = spawnSync(XMLLINT, ['--noout', '--dtdvalid', DTD, file], { encoding: 'utf8' });
  // The DOCTYPE names the DTD's SmartOS path, absent here: that warning is expected; validity errors are not.
  const problems = r.stderr.split('\n').filter((l) => /error|validity|does not/i.test(l));
  return { ok: r.status === 0 && problems.length === 0, out: r.stderr };
}

function xpath(file: string, expr: string): string {
  const r = spawnSync(XMLLINT, ['--xpath', expr, file], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : '';
}

for (const name of ['zonelet.xml', 'zonelet-setup.xml']) {
  test(`${name} validates against the SMF DTD`, { skip }, () => {
    const r = validateManifest(join(SMF, name));
    assert.ok(r.ok, r.out);
  });
}

test('the validation has teeth: a manifest without timeout_seconds fails', { skip }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'zonelet-smf-'));
  try {
    const broken = readFileSync(join(SMF, 'zonelet.xml'), 'utf8').replace(/(name="refresh"[^>]*?)\s+timeout_seconds="60"/, '$1');
    writeFileSync(join(dir, 'broken.xml'), broken);
    assert.equal(validateManifest(join(dir, 'broken.xml')).ok, false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('zonelet.xml: dependencies, contract, methods, project', { skip }, () => {
  const f = join(SMF, 'zonelet.xml');
  assert.equal(xpath(f, 'string(//service/@name)'), 'smartdc/zonelet');
  const deps = xpath(f, '//dependency/service_fmri/@value');
  for (const fmri of ['svc:/milestone/network:default', 'svc:/system/filesystem/local', 'svc:/system/smartdc/vminfod', 'svc:/smartdc/zonelet-setup:default']) {
    assert.ok(deps.includes(`"${fmri}"`), `missing dependency on ${fmri}`);
  }
  const start = xpath(f, 'string(//exec_method[@name="start"]/@exec)');
  assert.match(start, /\|\| exit 96; \/usr\/bin\/ctrun -l child -o noorphan @@NODE@@ --abort-on-uncaught-exception --max-semi-space-size=4 --single-threaded-gc @@PREFIX@@\/agent\/bin\/zonelet\.js run --config @@PREFIX@@\/etc\/config\.json &$/);
  assert.match(start, /^@@NODE@@ @@PREFIX@@\/agent\/bin\/zonelet\.js check-config --config @@PREFIX@@\/etc\/config\.json/);
  assert.equal(xpath(f, 'string(//exec_method[@name="refresh"]/@exec)'), '@@PREFIX@@/smf/method/zonelet-signal HUP');
  assert.equal(xpath(f, 'string(//exec_method[@name="stop"]/@exec)'), '@@PREFIX@@/smf/method/zonelet-signal TERM');
  assert.equal(xpath(f, 'string(//property_group[@name="startd"]/propval[@name="ignore_error"]/@value)'), 'core,signal');
  assert.equal(xpath(f, 'string(//property_group[@name="startd"]/propval[@name="duration"]/@value)'), '', 'contract model: no duration');
  assert.equal(xpath(f, 'string(//service/method_context/@project)'), 'zonelet');
  assert.equal(xpath(f, 'string(//service/method_context/method_credential/@user)'), 'root');
});

test('zonelet-setup.xml: transient, runs the setup method at boot', { skip }, () => {
  const f = join(SMF, 'zonelet-setup.xml');
  assert.equal(xpath(f, 'string(//service/@name)'), 'smartdc/zonelet-setup');
  assert.equal(xpath(f, 'string(//property_group[@name="startd"]/propval[@name="duration"]/@value)'), 'transient');
  assert.equal(xpath(f, 'string(//exec_method[@name="start"]/@exec)'), '@@PREFIX@@/smf/method/zonelet-setup %m');
  assert.equal(xpath(f, 'string(//property_group[@name="config"]/propval[@name="cpu_cap"]/@value)'), '100');
});

test('method scripts are POSIX sh (dash -n)', () => {
  for (const m of ['zonelet-setup', 'zonelet-signal']) {
    const r = spawnSync('dash', ['-n', join(SMF, 'method', m)], { encoding: 'utf8' });
    assert.equal(r.status, 0, `${m}: ${r.stderr}`);
  }
});

/** A directory of fake illumos tools that append their argv (one argument a line, then "--") to LOG. */
function fakeTools(dir: string, tools: Record<string, string>): void {
  for (const [name, body] of Object.entries(tools)) {
    const file = join(dir, name);
    writeFileSync(file, `#!/bin/sh\n{ printf '%s\\n' "${name}" "$@"; echo --; } >> "$LOG"\n${body}\n`);
    chmodSync(file, 0o755);
  }
}

function runSetup(tools: Record<string, string>): { code: number; calls: string[][]; stderr: string } {
  const dir = mkdtempSync(join(tmpdir(), 'zonelet-setup-'));
  try {
    const bin = join(dir, 'bin');
    spawnSync('mkdir', ['-p', bin]);
    fakeTools(bin, tools);
    const log = join(dir, 'log');
    writeFileSync(log, '');
    const r = spawnSync('dash', [join(SMF, 'method', 'zonelet-setup'), 'start'], {
      encoding: 'utf8',
      env: { PATH: `${bin}:/usr/bin:/bin`, LOG: log, SMF_FMRI: 'svc:/smartdc/zonelet-setup:default' },
    });
    const calls = readFileSync(log, 'utf8').split('--\n').filter(Boolean).map((c) => c.trimEnd().split('\n'));
    return { code: r.status ?? -1, calls, stderr: r.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('zonelet-setup adds the project with its caps and the logadm rotation at boot', () => {
  const logDir = mkdtempSync(join(tmpdir(), 'zonelet-logdir-'));
  try {
    const r = runSetup({
      svcprop: `case "$2" in config/log_dir) echo '${logDir}';; config/cpu_cap) echo 50;; *) exit 1;; esac`,
      projmod: 'exit 6',      // the project does not exist after boot
      projadd: 'exit 0', prctl: 'exit 1', logadm: 'exit 0',
    });
    assert.equal(r.code, 0, r.stderr);
    const byTool = (t: string) => r.calls.filter((c) => c[0] === t).map((c) => c.slice(1));
    assert.deepEqual(byTool('projadd'), [[
      '-c', 'zonelet agent (SMF svc:/smartdc/zonelet)', '-U', 'root',
      '-K', 'project.cpu-cap=(privileged,50,deny)', '-K', 'project.max-lwps=(privileged,1000,deny)', 'zonelet',
    ]]);
    assert.deepEqual(byTool('logadm')[0], [
      '-v', '-w', 'zonelet_logs', '-C', '168', '-S', '1g', '-s', '1m', '-c', '-p', '1h',
      '-t', `${logDir}/zonelet_$nodename_%FT%H:%M:%S.log`, '/var/svc/log/*zonelet*.log',
    ]);
    assert.deepEqual(byTool('logadm').slice(1), [['-v', '-r', 'smf_logs'], ['-v', '-w', 'smf_logs', '-C', '8', '-c', '-s', '1m', '/var/svc/log/*.log']]);
  } finally {
    rmSync(logDir, { recursive: true, force: true });
  }
});

test('zonelet-setup updates an existing project and rejects a bad cap with exit 96', () => {
  const ok = runSetup({ svcprop: 'exit 1', projmod: 'exit 0', projadd: 'exit 1', prctl: 'exit 0', logadm: 'exit 0' });
  assert.equal(ok.code, 0, ok.stderr);
  assert.equal(ok.calls.filter((c) => c[0] === 'projadd').length, 0);
  assert.deepEqual(ok.calls.filter((c) => c[0] === 'prctl')[0].slice(1), ['-r', '-n', 'project.cpu-cap', '-v', '100', '-i', 'project', 'zonelet']);
  const bad = runSetup({ svcprop: `case "$2" in config/cpu_cap) echo '10;rm';; *) exit 1;; esac`, projmod: 'exit 0', projadd: 'exit 0', prctl: 'exit 0', logadm: 'exit 0' });
  assert.equal(bad.code, 96);
  assert.match(bad.stderr, /config\/cpu_cap must be a positive integer/);
});
