// Secrets never appear in output: the real CLI (compiled, as SMF runs it) with a config naming secret files; stdout
// and stderr are grepped for every secret value. Needs `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { ROOT } from '../helpers/import-graph.js';

const CLI = join(ROOT, 'agent/bin/zonelet.js');
const SIM = join(ROOT, 'sim/bin');
const SECRETS = { operator: 'op-SECRET-7c1f0e', tenant: 'tenant-SECRET-91ab2', hub: 'hub-SECRET-55d0aa' };

async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as { port: number }).port;
  await new Promise((r) => srv.close(r));
  return port;
}

function setup(port: number, extra: Record<string, unknown> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'zonelet-secrets-'));
  for (const [k, v] of Object.entries(SECRETS)) writeFileSync(join(dir, `${k}.token`), `${v}\n`, { mode: 0o600 });
  const commands = Object.fromEntries(['vmadm', 'kstat', 'dtrace', 'sysinfo', 'zfs', 'zpool', 'zoneadm', 'imgadm'].map((c) => [c, join(SIM, c)]));
  const config = {
    commands, stateDir: join(dir, 'state'),
    metrics: { listen: `127.0.0.1:${port}`, bearerTokenFile: join(dir, 'operator.token'), tenants: [{ ownerUuid: '930896af-bf8c-48d4-885c-6573a94b1853', tokenFile: join(dir, 'tenant.token') }] },
    hub: { url: 'ws://127.0.0.1:9/v1/agent', tokenFile: join(dir, 'hub.token') },
    log: { level: 'trace' },
    ...extra,
  };
  const file = join(dir, 'config.json');
  writeFileSync(file, JSON.stringify(config));
  return { dir, file };
}

function assertNoSecret(output: string, what: string) {
  for (const [name, v] of Object.entries(SECRETS)) assert.ok(!output.includes(v), `${what} printed the ${name} secret`);
}

test('zonelet check-config (valid and invalid configs) never prints a secret value', async () => {
  const ok = setup(await freePort());
  const bad = setup(0, { metrics: { listen: 'nope', bearerTokenFile: join(ok.dir, 'operator.token'), tenants: [{ ownerUuid: 'x', tokenFile: join(ok.dir, 'tenant.token') }] } });
  try {
    for (const [{ file }, want] of [[ok, 0], [bad, 96]] as const) {
      const r = spawnSync(process.execPath, [CLI, 'check-config', '--config', file], { encoding: 'utf8', timeout: 20_000 });
      assert.equal(r.status, want, `${r.stdout}${r.stderr}`);
      assertNoSecret(`${r.stdout}${r.stderr}`, 'check-config');
    }
  } finally { rmSync(ok.dir, { recursive: true, force: true }); rmSync(bad.dir, { recursive: true, force: true }); }
});

test('zonelet run at log level trace for 3 s against a sim host (hub unreachable, scrapes with tokens) never logs a secret', { timeout: 60_000 }, async () => {
  const port = await freePort();
  const { dir, file } = setup(port);
  const simRoot = join(dir, 'sim');
  try {
    const init = spawnSync(process.execPath, [join(SIM, 'zonelet-sim.js'), 'init', '--root', simRoot, '--zones', '2', '--synthetic'], { encoding: 'utf8', timeout: 30_000 });
    assert.equal(init.status, 0, init.stderr);
    const child = spawn(process.execPath, [CLI, 'run', '--config', file], { env: { ...process.env, SMARTOS_SIM_ROOT: simRoot }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    await new Promise((r) => setTimeout(r, 2000));
    // scrapes with each token, so request handling and auth paths log too
    for (const t of Object.values(SECRETS)) await fetch(`http://127.0.0.1:${port}/metrics`, { headers: { authorization: `Bearer ${t}` } }).catch(() => {});
    await fetch(`http://127.0.0.1:${port}/metrics`, { headers: { authorization: `Bearer ${SECRETS.operator}x` } }).catch(() => {});
    await new Promise((r) => setTimeout(r, 1000));
    assert.equal(child.exitCode, null, `the daemon is still running: ${out.slice(0, 500)}`);
    child.kill('SIGTERM');
    await new Promise((r) => { child.once('exit', r); setTimeout(() => { child.kill('SIGKILL'); r(undefined); }, 5000); });
    assert.ok(out.length > 0, 'the daemon logged something');
    assertNoSecret(out, 'zonelet run');
  } finally { rmSync(dir, { recursive: true, force: true }); }
});
