// The release tarball: build it, install it into a temporary prefix (twice: an upgrade), and run the installed
// CLI from there. Checks what an operator relies on: the layout, production dependencies only, manifests rendered
// into the SMF directory and still valid, config and state kept across an upgrade.
// Needs `npm run build` first (npm test does it). The CLI checks run each subcommand only once its compiled module
// exists, so this file passes while the agent's CLI is being written; the lead removes those skips when it lands.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHARED } from '../helpers/fixtures.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const DIST_CLI = join(REPO, 'dist/agent/src/cli');
const built = existsSync(join(DIST_CLI, 'main.js'));
const version = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).version as string;
const DTD = SHARED + 'fixtures/smf/service_bundle.dtd.1';

function run(cmd: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20, ...opts });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

test('the tarball installs into a prefix, upgrades in place and runs there', { skip: built ? false : 'dist/ not built: run npm run build' }, async (t) => {
  const work = mkdtempSync(join(tmpdir(), 'zonelet-tarball-'));
  t.after(() => rmSync(work, { recursive: true, force: true }));

  const b = run(process.execPath, [join(REPO, 'packaging/build-tarball.mjs'), '--out', work], { cwd: REPO });
  assert.equal(b.code, 0, b.stderr);
  const tarball = join(work, `zonelet-${version}.tgz`);
  assert.equal(b.stdout.trim(), tarball);

  const listing = run('tar', ['-tzf', tarball]).stdout.split('\n').filter(Boolean);
  const top = `zonelet-${version}/`;
  assert.ok(listing.every((p) => p.startsWith(top)), 'one top directory');
  for (const p of ['install.sh', 'VERSION', 'NODE_VERSION', 'package.json', 'agent/bin/zonelet.js', 'dist/agent/src/cli/main.js', 'smf/zonelet.xml',
    'smf/zonelet-setup.xml', 'smf/method/zonelet-setup', 'smf/method/zonelet-signal', 'etc/config.example.json',
    'share/doc/CONFIG.md', 'share/prometheus/zonelet.rules.yml', 'share/prometheus/zonelet.alerts.yml',
    'share/grafana/host.json', 'share/grafana/zone.json', 'node_modules/prom-client/package.json', 'node_modules/ws/package.json']) {
    assert.ok(listing.includes(top + p), `tarball lacks ${p}`);
  }
  for (const d of readdirSync(join(REPO, 'dtrace')).filter((f) => f.endsWith('.d'))) {
    assert.ok(listing.includes(`${top}dtrace/${d}`), `tarball lacks dtrace/${d}`);
  }
  // Production dependencies of the agent only: nothing of the hub, no build or test tools, no simulator.
  for (const banned of ['node_modules/better-sqlite3/', 'node_modules/typescript/', 'node_modules/tsx/', 'node_modules/esbuild/',
    'node_modules/protobufjs-cli/', 'node_modules/@types/', 'node_modules/zonelet-hub', 'dist/sim/', 'hub/']) {
    assert.ok(!listing.some((p) => p.startsWith(top + banned)), `tarball holds ${banned}`);
  }
  assert.equal(readFileSync(join(REPO, 'package.json'), 'utf8').includes('"node": ">=20.5.0"'), true);

  run('tar', ['-xzf', tarball, '-C', work]);
  const release = join(work, `zonelet-${version}`);
  assert.equal(readFileSync(join(release, 'NODE_VERSION'), 'utf8').trim(), '20.5.0');

  const prefix = join(work, 'opt', 'zonelet');
  const smfDir = join(work, 'opt', 'custom', 'smf');
  const stateDir = join(work, 'var', 'zonelet');
  const install = () => run('sh', [join(release, 'install.sh'), '--prefix', prefix, '--smf-dir', smfDir, '--node', process.execPath, '--no-import']);

  // First install: config.json written from the example (mode 0600), manifests rendered.
  let r = install();
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(JSON.parse(readFileSync(join(prefix, 'etc/config.json'), 'utf8')), JSON.parse(readFileSync(join(REPO, 'packaging/config.example.json'), 'utf8')));
  assert.equal(statSync(join(prefix, 'etc/config.json')).mode & 0o777, 0o600);
  for (const m of ['zonelet.xml', 'zonelet-setup.xml']) {
    const text = readFileSync(join(smfDir, m), 'utf8');
    assert.ok(!text.includes('@@'), `${m} still has template tokens`);
    assert.ok(text.includes(`${prefix}/smf/method/`), m);
    const v = run('xmllint', ['--noout', '--dtdvalid', DTD, join(smfDir, m)]);
    assert.equal(v.code, 0, v.stderr);
  }
  assert.ok(readFileSync(join(smfDir, 'zonelet.xml'), 'utf8').includes(`ctrun -l child -o noorphan ${process.execPath} --abort-on-uncaught-exception --max-semi-space-size=4 --single-threaded-gc ${prefix}/agent/bin/zonelet.js run --config ${prefix}/etc/config.json &amp;`));

  // The operator's config, the state directory and a stale file of the old release.
  const config = {
    commands: Object.fromEntries(['vmadm', 'kstat', 'dtrace', 'sysinfo', 'zfs', 'zpool', 'zoneadm', 'imgadm'].map((c) => [c, join(REPO, 'sim/bin', c)])),
    stateDir,
  };
  writeFileSync(join(prefix, 'etc/config.json'), `${JSON.stringify(config)}\n`);
  mkdirSync(join(stateDir, 'spool'), { recursive: true });
  writeFileSync(join(stateDir, 'spool', 'segment-000001'), 'spooled');
  mkdirSync(join(prefix, 'var'), { recursive: true });
  writeFileSync(join(prefix, 'var', 'journal'), 'journal');
  writeFileSync(join(prefix, 'dist', 'stale-from-old-release.js'), '');

  // Upgrade in place.
  r = install();
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /kept existing/);
  assert.deepEqual(JSON.parse(readFileSync(join(prefix, 'etc/config.json'), 'utf8')), config);
  assert.equal(readFileSync(join(stateDir, 'spool', 'segment-000001'), 'utf8'), 'spooled');
  assert.equal(readFileSync(join(prefix, 'var', 'journal'), 'utf8'), 'journal');
  assert.ok(!existsSync(join(prefix, 'dist', 'stale-from-old-release.js')), 'old code must not linger after an upgrade');
  assert.deepEqual(readdirSync(prefix).filter((f) => f.startsWith('.')), [], 'no staging leftovers');

  // A prefix that would break the SMF method strings is refused.
  const bad = run('sh', [join(release, 'install.sh'), '--prefix', join(work, 'has space'), '--smf-dir', smfDir, '--node', process.execPath, '--no-import']);
  assert.notEqual(bad.code, 0);
  assert.match(bad.stderr, /--prefix may only contain/);

  const zonelet = join(prefix, 'bin', 'zonelet');
  const sim = join(work, 'sim-root');
  const env = { ...process.env, SMARTOS_SIM_ROOT: sim };

  await t.test('check-config from the prefix', { skip: existsSync(join(DIST_CLI, 'commands/check-config.js')) ? false : 'check-config not built yet' }, () => {
    const ok = run(zonelet, ['check-config'], { env }); // the wrapper adds --config <prefix>/etc/config.json
    assert.equal(ok.code, 0, ok.stdout + ok.stderr);
    const example = run(zonelet, ['check-config', '--config', join(prefix, 'etc/config.example.json')], { env });
    assert.equal(example.code, 0, `the shipped example config must be valid: ${example.stdout}${example.stderr}`);
    writeFileSync(join(work, 'bad.json'), JSON.stringify({ ...config, metrics: { listen: 'nowhere' } }));
    const badConfig = run(zonelet, ['check-config', '--config', join(work, 'bad.json')], { env });
    assert.equal(badConfig.code, 96);
    assert.match(badConfig.stdout + badConfig.stderr, /metrics\.listen/);
  });

  await t.test('scrape from the prefix against a simulated host', {
    skip: existsSync(join(DIST_CLI, 'commands/scrape.js')) && existsSync(join(REPO, 'dist/sim/src/cli/main.js')) ? false : 'scrape or zonelet-sim not built yet',
  }, () => {
    const init = run(process.execPath, [join(REPO, 'sim/bin/zonelet-sim.js'), 'init', '--root', sim, '--zones', '3', '--seed', '1']);
    assert.equal(init.code, 0, init.stderr);
    const s = run(zonelet, ['scrape'], { env });
    assert.equal(s.code, 0, s.stderr);
    assert.match(s.stdout, /^smartos_zone_info\{/m);
    assert.match(s.stdout, /^smartos_zone_cpu_seconds_total\{/m);
  });
});
