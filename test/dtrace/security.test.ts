// What can reach dtrace: only shipped scripts, validated names, options and allowlist, fixed at construction from
// the local config. The argv the (fake) dtrace actually received is the ground truth.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, copyFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DtraceTelemetry } from '../../agent/src/dtrace/telemetry.js';
import { resolveScript, ScriptError } from '../../agent/src/dtrace/scripts.js';
import { AllowlistError, validateSyscallAllowlist } from '../../agent/src/dtrace/syscall-allowlist.js';
import type { DtraceConfig } from '../../agent/src/config/types.js';
import { DTRACE_DIR, eventually, harness } from './helpers.js';

const never = () => { throw new Error('must not start anything'); };
function build(config: Partial<DtraceConfig>, dtraceDir = DTRACE_DIR): DtraceTelemetry {
  return new DtraceTelemetry({
    config: { enabled: true, intervalSeconds: 10, scripts: {}, syscallAllowlist: [], ...config },
    dtraceDir, start: never, zoneById: () => undefined,
  });
}

test('a script name that is not shipped is refused, whatever it looks like', () => {
  for (const name of ['../etc/passwd', 'runq-latency.d', '/tmp/x', 'runq-latency; rm -rf /', 'evil']) {
    assert.throws(() => build({ scripts: { [name]: { enabled: true, options: {} } } }), ScriptError, name);
    assert.throws(() => resolveScript(DTRACE_DIR, name), ScriptError, name);
  }
});

test('a catalogued name whose file is a symlink out of dtrace/ is refused', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zonelet-dtrace-dir-'));
  try {
    const outside = join(dir, 'outside.d');
    writeFileSync(outside, 'BEGIN { system("id"); }\n');
    const d = mkdtempSync(join(dir, 'dt-'));
    symlinkSync(outside, join(d, 'runq-latency.d'));
    assert.throws(() => resolveScript(d, 'runq-latency'), /not a regular file directly inside/);
    copyFileSync(join(DTRACE_DIR, 'execs.d'), join(d, 'execs.d'));
    assert.equal(resolveScript(d, 'execs'), join(realpathSync(d), 'execs.d'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('syscall allowlist: [a-z0-9_]+ and a known illumos syscall, at most 16; errors name each bad entry', () => {
  assert.deepEqual(validateSyscallAllowlist(['read', 'write', 'read', 'lwp_park']), ['read', 'write', 'lwp_park']);
  const bad = ['read"); system("id', 'Read', 'not_a_syscall', '', 'a b', 42];
  assert.throws(() => validateSyscallAllowlist(bad), (err: AllowlistError) => {
    assert.equal(err.problems.length, 6);
    assert.match(err.message, /\[0\].*not a syscall name/);
    assert.match(err.message, /\[2\] "not_a_syscall" is not an illumos system call/);
    return true;
  });
  const many = ['read', 'write', 'open', 'close', 'ioctl', 'fcntl', 'mmap', 'munmap', 'brk', 'pollsys', 'lwp_park',
    'getpid', 'kill', 'pipe', 'dup', 'lseek', 'fstat'];
  assert.throws(() => validateSyscallAllowlist(many), /17 names, at most 16/);
  assert.throws(() => build({ syscallAllowlist: ['read; exit(0)'] }), AllowlistError);
});

test('options: only tunable buffer/rate names with plain values; never destructive', () => {
  const opt = (options: Record<string, string | number>) => build({ scripts: { execs: { enabled: true, options } } });
  assert.throws(() => opt({ destructive: 1 }), /options\.destructive: not an allowed D option/);
  assert.throws(() => opt({ zdefs: 1 }), /not an allowed D option/);
  assert.throws(() => opt({ bufsize: '4m -w' }), /options\.bufsize: "4m -w" is not a size/);
  assert.throws(() => opt({ bufsize: '4m,destructive' }), /is not a size/);
  assert.doesNotThrow(() => opt({ bufsize: '8m', aggrate: '2hz', switchrate: '100ms', dynvarsize: 1048576 }));
  assert.throws(() => build({ intervalSeconds: 0.5 }), /dtrace.intervalSeconds/);
});

test('the argv dtrace receives is exactly: -q -s <shipped real path> -x options, interval, allowlist slots', async () => {
  const h = harness({ mode: 'hang-after:1', scripts: ['syscalls'], allowlist: ['read', 'write'], options: { syscalls: { bufsize: '8m' } } });
  try {
    h.telemetry.start();
    const s = await eventually(() => h.starts()[0], 3000, 'start');
    assert.deepEqual(s.argv, ['-q', '-s', join(realpathSync(DTRACE_DIR), 'syscalls.d'), '-x', 'bufsize=8m', '1',
      'read', 'write', ...Array(14).fill('')]);
    // scrapes with hostile "zone" filters start nothing and return nothing
    for (const z of ['../../etc', '"; system("id")', 'syscalls.d']) assert.equal(h.telemetry.renderExposition({ zone: z }), '');
    assert.equal(h.starts().length, 1);
  } finally {
    await h.cleanup();
  }
});

test('after construction the public API takes no script, option or D text', () => {
  const methods = Object.getOwnPropertyNames(DtraceTelemetry.prototype).filter((n) => n !== 'constructor').sort();
  assert.deepEqual(methods, ['exposition', 'forEachSeries', 'forgetZone', 'renderExposition', 'scriptStatus', 'scripts', 'start', 'statusExposition', 'stop', 'version', 'zoneExposition']);
  // disabled as a whole: nothing validated against the filesystem starts, nothing runs
  const t = build({ enabled: false });
  assert.deepEqual(t.scripts, []);
});
