// Config loading: defaults, unknown keys, every problem named by its key path, exit 96 from the real CLI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  loadConfig, parseConfig, ConfigError, EXIT_CONFIG, readSecret, resolveMetricsListen, type ConfigProblem,
} from '../../agent/src/config/index.js';

const problems = (value: unknown): ConfigProblem[] => {
  try { parseConfig(value); } catch (err) { assert.ok(err instanceof ConfigError); return err.problems; }
  assert.fail('expected ConfigError');
};
const tmp = () => mkdtempSync(join(tmpdir(), 'zonelet-config-'));

test('a config naming only commands and stateDir is complete, with documented defaults, deep-frozen', () => {
  const c = parseConfig({ commands: { vmadm: '/opt/sim/bin/vmadm' }, stateDir: '/tmp/zonelet-state' });
  assert.equal(c.commands.vmadm, '/opt/sim/bin/vmadm');
  assert.equal(c.commands.kstat, '/usr/bin/kstat');
  assert.equal(c.commands.dtrace, '/usr/sbin/dtrace');
  assert.equal(c.stateDir, '/tmp/zonelet-state');
  assert.equal(c.metrics.listen, undefined);
  assert.deepEqual(c.metrics.tenants, []);
  assert.equal(c.collection.intervalSeconds, 10);
  assert.equal(c.inventory.reconcileSchedule, '*/5 * * * *');
  assert.deepEqual(c.inventory.exportMetadataKeys, { customer: [], internal: [], tags: [] });
  assert.equal(c.inventory.pollIntervalSeconds, 10);
  assert.equal(c.actions.timeoutSeconds.stop, 300);
  assert.equal(c.actions.resultRetentionSeconds, 604800); // 7 days
  assert.equal(c.actions.settleTimeoutSeconds, 3600); // 1 h
  assert.equal(c.hub, undefined);
  assert.equal(c.log.level, 'info');
  assert.ok(Object.isFrozen(c.metrics.tenants) && Object.isFrozen(c.commands));
  assert.throws(() => { (c.log as { level: string }).level = 'debug'; }, TypeError);
  assert.equal(parseConfig({}).stateDir, '/var/zonelet');
});

test('nested defaults fill in around given values', () => {
  const c = parseConfig({
    collection: { collectors: { zones: { intervalSeconds: 30 } } },
    dtrace: { scripts: { runq: { options: { bufsize: '4m', aggsize: 1048576 } } } },
    actions: { timeoutSeconds: { stop: 600 }, settleTimeoutSeconds: 120 },
    hub: { url: 'wss://hub.example:8443/v1', tokenFile: '/etc/zonelet/hub.token' },
  });
  assert.equal(c.actions.settleTimeoutSeconds, 120);
  assert.equal(c.actions.resultRetentionSeconds, 604800);
  assert.deepEqual(c.collection.collectors.zones, { enabled: true, intervalSeconds: 30 });
  assert.deepEqual(c.dtrace.scripts.runq, { enabled: true, options: { bufsize: '4m', aggsize: 1048576 } });
  assert.equal(c.actions.timeoutSeconds.stop, 600);
  assert.equal(c.actions.timeoutSeconds.start, 120);
  assert.deepEqual(c.hub?.reconnect, { minSeconds: 1, maxSeconds: 60 });
});

test('every problem is reported at once, each named by its key path', () => {
  const got = problems({
    bogus: 1,
    commands: { vmadm: 'vmadm', sh: '/bin/sh' },
    stateDir: 7,
    metrics: { listen: 'localhost', tenants: [{ ownerUuid: 'nope', tokenFile: '/t' }, {}], maxConcurrentScrapes: 0 },
    collection: { intervalSeconds: -1, collectors: { Zones: {}, vfs: { enabled: 'yes', extra: true } } },
    dtrace: { scripts: { runq: { options: { bufsize: '4m -w' } } }, syscallAllowlist: ['read', 'rm -rf'] },
    inventory: { reconcileSchedule: 'hourly', pollIntervalSeconds: 0 },
    actions: { allowFromHub: ['start', 'format-disk'], timeoutSeconds: { explode: 1 }, resultRetentionSeconds: '7d', settleTimeoutSeconds: -5 },
    hub: { url: 'http://hub' },
    log: { level: 'loud' },
  });
  const paths = got.map((p) => `${p.path}: ${p.message}`);
  assert.deepEqual(paths.sort(), [
    'actions.allowFromHub[1]: expected one of start, stop, reboot, create, update, delete, create-snapshot, rollback-snapshot, delete-snapshot, got "format-disk"',
    'actions.resultRetentionSeconds: expected a number >= 0.001, got "7d"',
    'actions.settleTimeoutSeconds: expected a number >= 0.001, got -5',
    'actions.timeoutSeconds.explode: unknown key',
    'bogus: unknown key',
    'collection.collectors.Zones: expected a collector name ([a-z][a-z0-9_]*) as the key',
    'collection.collectors.vfs.enabled: expected true or false, got "yes"',
    'collection.collectors.vfs.extra: unknown key',
    'collection.intervalSeconds: expected a number >= 0.001, got -1',
    'commands.sh: unknown key',
    'commands.vmadm: expected an absolute path, got "vmadm"',
    'dtrace.scripts.runq.options.bufsize: expected a D option value (an integer or a word such as 4m or 10hz), got "4m -w"',
    'dtrace.syscallAllowlist[1]: expected a syscall name, got "rm -rf"',
    'hub.url: expected a ws:// or wss:// URL, got "http://hub"',
    'inventory.pollIntervalSeconds: expected a number >= 0.001, got 0',
    'inventory.reconcileSchedule: expected a cron expression, got "hourly"',
    'log.level: expected one of fatal, error, warn, info, debug, trace, got "loud"',
    'metrics.listen: expected host:port, got "localhost"',
    'metrics.maxConcurrentScrapes: expected an integer >= 1, got 0',
    'metrics.tenants[0].ownerUuid: expected a UUID, got "nope"',
    'metrics.tenants[1].ownerUuid: required',
    'metrics.tenants[1].tokenFile: required',
    'stateDir: expected an absolute path, got 7',
  ]);
});

test('listen accepts host:port forms; cross-field rules', () => {
  for (const listen of ['10.0.42.50:9170', '[::1]:9170', 'cn1.example:80']) parseConfig({ metrics: { listen } });
  for (const listen of ['10.0.42.50', '10.0.42.50:0', '10.0.42.50:70000', '[nothost]:1', ':9170']) {
    assert.equal(problems({ metrics: { listen } })[0]?.path, 'metrics.listen', listen);
  }
  assert.deepEqual(problems({ hub: { url: 'wss://h', reconnect: { minSeconds: 90 } } }),
    [{ path: 'hub.reconnect.minSeconds', message: 'must not exceed maxSeconds' }]);
  assert.deepEqual(problems({ hub: { url: 'wss://h', certFile: '/c' } }),
    [{ path: 'hub.keyFile', message: 'certFile and keyFile go together' }]);
  assert.deepEqual(problems([]), [{ path: '', message: 'expected an object, got an array' }]);
});

test('loadConfig: unreadable file and invalid JSON are ConfigErrors naming the file', async () => {
  const dir = tmp();
  try {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{ "stateDir": ');
    await assert.rejects(loadConfig(bad), (err: ConfigError) => err.problems[0].path === bad && /not valid JSON/.test(err.problems[0].message));
    await assert.rejects(loadConfig(join(dir, 'missing.json')), (err: ConfigError) => /cannot read/.test(err.problems[0].message));
  } finally { rmSync(dir, { recursive: true, force: true }); }
});

test('readSecret trims, refuses empty files, and never puts the content in its errors', async () => {
  const dir = tmp();
  try {
    writeFileSync(join(dir, 'token'), '  s3cr3t-token\n');
    assert.equal(await readSecret(join(dir, 'token')), 's3cr3t-token');
    writeFileSync(join(dir, 'empty'), '\n');
    await assert.rejects(readSecret(join(dir, 'empty')), /secret file .*empty: is empty/);
    await assert.rejects(readSecret(join(dir, 'none')), /cannot read \(ENOENT\)/);
  } finally { rmSync(dir, { recursive: true, force: true }); }
});

test('resolveMetricsListen: configured value, else admin IP from sysinfo with port 9170', async () => {
  const never = async () => assert.fail('sysinfo must not run');
  assert.equal(await resolveMetricsListen(parseConfig({ metrics: { listen: '127.0.0.1:9999' } }), never), '127.0.0.1:9999');
  assert.equal(await resolveMetricsListen(parseConfig({}), async () => ({ adminIp: '172.16.3.3' })), '172.16.3.3:9170');
  await assert.rejects(resolveMetricsListen(parseConfig({}), async () => ({})), /set metrics.listen/);
});

test('zonelet check-config (real CLI process): exit 0 / 96 with each problem on its own line; usage exit 2', () => {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  // the launcher users run (needs `npm run build`, which `npm test` does first)
  const cli = (args: string[]) => spawnSync(join(root, 'agent/bin/zonelet.js'), args, { cwd: root, encoding: 'utf8' });
  const dir = tmp();
  try {
    const good = join(dir, 'good.json');
    writeFileSync(good, JSON.stringify({ commands: { vmadm: '/x/vmadm' }, stateDir: dir }));
    const ok = cli(['check-config', '--config', good]);
    assert.equal(ok.status, 0, ok.stderr);
    assert.equal(ok.stdout, 'config OK\n');
    const badFile = join(dir, 'bad.json');
    writeFileSync(badFile, JSON.stringify({ metrics: { listen: 'x' }, colection: {} }));
    const bad = cli(['check-config', '--config', badFile]);
    assert.equal(bad.status, EXIT_CONFIG);
    assert.equal(bad.stdout, 'colection: unknown key\nmetrics.listen: expected host:port, got "x"\n');
    const unknown = cli(['frobnicate']);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /unknown subcommand "frobnicate"\nusage: zonelet <subcommand>/);
    const help = cli(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /check-config/);
  } finally { rmSync(dir, { recursive: true, force: true }); }
});
