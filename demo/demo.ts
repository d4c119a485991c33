/**
 * `npm run demo [-- --zones N]`: zonelet's whole job on this machine. Two simulated SmartOS hosts (a dozen zones
 * each by default, one noisy zone hogging CPU next to quiet ones), one agent per host, and the reference hub with its
 * fleet page. Prints the URLs and runs until Ctrl-C, then stops every process it started and removes its files.
 *
 * Everything runs as real processes, exactly as on a real deployment: the agents run the sim's executables named in
 * their config, the hub is `zonelet-hub`. This file only starts, watches and stops them.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('../../', import.meta.url))); // dist/demo/ -> repository root
const SIM_BIN = join(ROOT, 'sim', 'bin');
const HOSTS = 2;

interface Host {
  name: string;
  root: string;
  serverUuid: string;
  metricsPort: number;
  agent?: ChildProcess;
}

const { values } = parseArgs({
  options: {
    zones: { type: 'string', default: '12' },
    'hub-port': { type: 'string', default: '8080' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  process.stdout.write('usage: npm run demo [-- --zones N] [--hub-port P]\n');
  process.exit(0);
}
const zones = Number(values.zones);
if (!Number.isInteger(zones) || zones < 1 || zones > 2000) {
  process.stderr.write(`demo: --zones: expected a whole number from 1 to 2000, got ${JSON.stringify(values.zones)}\n`);
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'zonelet-demo-'));
const children: ChildProcess[] = [];
const hosts: Host[] = [];
let stopping = false;

function run(file: string, args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  const child = spawn(process.execPath, [file, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  child.once('exit', (code, signal) => {
    if (!stopping) process.stderr.write(`demo: ${file} exited (${signal ?? code}); stopping\n`);
    if (!stopping) void shutdown(1);
  });
  return child;
}

function sim(args: string[]): string {
  const r = spawnSync(process.execPath, [join(SIM_BIN, 'zonelet-sim.js'), ...args], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`zonelet-sim ${args.join(' ')}: ${r.stderr.trim()}`);
  return r.stdout;
}

/** A free loopback port: the preferred one if it is free, else one the kernel picks. */
function freePort(preferred = 0): Promise<number> {
  return new Promise((res) => {
    const srv = createServer();
    srv.once('error', () => res(freePort(0)));
    srv.listen(preferred, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => res(port));
    });
  });
}

/** Resolves with the first stdout line of `child` that satisfies `pred`, parsed as JSON. */
function waitForLine(child: ChildProcess, pred: (line: Record<string, unknown>) => boolean, what: string): Promise<void> {
  return new Promise((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`demo: ${what} did not come up within 30 s`)), 30_000);
    let buf = '';
    child.stdout!.on('data', (b: Buffer) => {
      buf += b.toString('utf8');
      let nl;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        try {
          if (pred(JSON.parse(line) as Record<string, unknown>)) { clearTimeout(timer); res(); }
        } catch { /* not JSON */ }
      }
    });
  });
}

async function main(): Promise<void> {
  process.stdout.write(`zonelet demo: ${HOSTS} simulated SmartOS hosts x ${zones} zones, in ${dir}\n`);
  for (let i = 1; i <= HOSTS; i++) {
    const root = join(dir, `cn${i}`);
    // stops take 60-180 s on a real host: a time scale of 0.05 keeps their order at a few seconds
    sim(['init', '--root', root, '--zones', String(zones), '--seed', String(i), '--noisy', '1', '--time-scale', '0.05']);
    const host = JSON.parse(readFileSync(join(root, 'host.json'), 'utf8')) as { serverUuid: string; hostname: string };
    hosts.push({ name: host.hostname, root, serverUuid: host.serverUuid, metricsPort: await freePort(9170 + i - 1) });
  }

  const hubPort = await freePort(Number(values['hub-port']));
  const agents = hosts.map((h) => {
    const tokenFile = join(dir, `${h.name}.token`);
    writeFileSync(tokenFile, `demo-token-${h.serverUuid}\n`, { mode: 0o600 });
    return { hostUuid: h.serverUuid, tokenFile };
  });
  const hubConfig = join(dir, 'hub.json');
  writeFileSync(hubConfig, JSON.stringify({ listen: `127.0.0.1:${hubPort}`, agents, dbFile: join(dir, 'hub.db') }, null, 2));
  const hub = run(join(ROOT, 'hub', 'bin', 'zonelet-hub.js'), ['--config', hubConfig]);
  await waitForLine(hub, (l) => l.msg === 'zonelet-hub listening', 'the hub');

  for (const [i, h] of hosts.entries()) {
    const commands = Object.fromEntries(['vmadm', 'kstat', 'dtrace', 'sysinfo', 'zfs', 'zpool', 'zoneadm', 'imgadm'].map((c) => [c, join(SIM_BIN, c)]));
    const stateDir = join(dir, `${h.name}-state`);
    mkdirSync(stateDir);
    const config = {
      commands,
      stateDir,
      metrics: { listen: `127.0.0.1:${h.metricsPort}` },
      collection: { intervalSeconds: 5 },
      dtrace: { intervalSeconds: 5 },
      actions: { allowFromHub: ['start', 'stop', 'reboot'] },
      hub: { url: `ws://127.0.0.1:${hubPort}/v1/agent`, tokenFile: agents[i]!.tokenFile },
      log: { level: 'warn' },
    };
    const configFile = join(dir, `${h.name}-config.json`);
    writeFileSync(configFile, JSON.stringify(config, null, 2));
    h.agent = run(join(ROOT, 'agent', 'bin', 'zonelet.js'), ['run', '--config', configFile], { SMARTOS_SIM_ROOT: h.root });
    h.agent.stderr!.pipe(process.stderr);
  }
  hub.stderr!.pipe(process.stderr);

  process.stdout.write([
    '',
    `  fleet page      http://127.0.0.1:${hubPort}/`,
    `  hub API         http://127.0.0.1:${hubPort}/api/zones`,
    ...hosts.map((h) => `  ${h.name} metrics  http://127.0.0.1:${h.metricsPort}/metrics   (one zone: /v1/<uuid>/metrics)`),
    '',
    'Each host has one noisy zone burning 0.9 CPU: sort the fleet page by run-queue p99 to find its neighbours\' waits.',
    'Ctrl-C stops everything.',
    '',
  ].join('\n'));
}

async function shutdown(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  process.stdout.write('\nzonelet demo: stopping agents, hub and zones\n');
  const exited = children.map((c) => (c.exitCode !== null || c.signalCode !== null ? Promise.resolve() : new Promise<void>((res) => c.once('exit', () => res()))));
  for (const c of children) c.kill('SIGTERM');
  const killer = setTimeout(() => { for (const c of children) c.kill('SIGKILL'); }, 10_000);
  await Promise.all(exited);
  clearTimeout(killer);
  for (const h of hosts) {
    try { sim(['stop-all', '--root', h.root]); } catch (err) { process.stderr.write(`${(err as Error).message}\n`); }
  }
  rmSync(dir, { recursive: true, force: true });
  process.stdout.write('zonelet demo: stopped\n');
  process.exit(code);
}

process.once('SIGINT', () => void shutdown(0));
process.once('SIGTERM', () => void shutdown(0));
main().catch(async (err: Error) => {
  process.stderr.write(`${err.message}\n`);
  await shutdown(1);
});
