/**
 * Real processes: the hub (zonelet-hub --config, built) killed with SIGKILL and restarted on the same database, and
 * the agent (agent-driver.ts over a spool dir) SIGKILLed and restarted. Every item in the producer's log reaches the
 * hub exactly once, in order.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FaultProxy } from '../helpers/fault-proxy.js';
import { HOST, getJson, hubConfig, sleep, tempDir, waitFor } from './harness.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

function startHubProcess(configFile: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'hub/src/cli.ts'), '--config', configFile], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((res, rej) => {
    let buf = '';
    child.stdout!.on('data', (d: Buffer) => {
      buf += d.toString();
      const m = /"port":(\d+)/.exec(buf);
      if (m) res({ child, port: Number(m[1]) });
    });
    child.once('exit', (code) => rej(new Error(`hub exited ${code} before listening`)));
  });
}

function startAgent(dir: string, url: string, count: number): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', join(root, 'test/hub/agent-driver.ts'), dir, url, join(dir, 'agent.token'), String(count)], { stdio: 'inherit' });
}

const killed = (c: ChildProcess) => new Promise<void>((res) => { if (c.exitCode !== null || c.signalCode) res(); else { c.once('exit', () => res()); c.kill('SIGKILL'); } });

function producedLog(dir: string) {
  const lines = readFileSync(join(dir, 'produced.log'), 'utf8').split('\n').filter(Boolean).map((l) => l.split(' '));
  return { aliases: lines.filter((l) => l[0] === 'z').map((l) => `gen-${l[1]}`), cycles: lines.filter((l) => l[0] === 'm').map((l) => Number(l[1])) };
}

test('hub SIGKILLed and restarted, agent SIGKILLed and restarted: exactly once, in order', { timeout: 90_000 }, async () => {
  const dir = tempDir('proc');
  const cfg = hubConfig(dir);
  const cfgFile = join(dir, 'hub.json');
  writeFileSync(cfgFile, JSON.stringify(cfg));
  let hub = await startHubProcess(cfgFile);
  const proxy = new FaultProxy(hub.port);
  await proxy.listen();
  const url = `ws://127.0.0.1:${proxy.port}/v1/agent`;
  const COUNT = 400;
  let agent = startAgent(dir, url, COUNT);
  try {
    await waitFor('first data at the hub', async () => (await getJson<unknown[]>(hub.port, `/api/hosts/${HOST}/batches`)).length > 3);
    await killed(hub.child); // hub dies mid-stream
    await sleep(500);
    hub = await startHubProcess(cfgFile);
    proxy.retarget(hub.port);
    await sleep(700);
    await killed(agent); // agent dies mid-stream
    await sleep(300);
    agent = startAgent(dir, url, COUNT);
    await sleep(800);
    await killed(agent);
    agent = startAgent(dir, url, COUNT);
    await waitFor('producer finished', () => producedLog(dir).aliases.length + producedLog(dir).cycles.length >= COUNT, 30_000);
    const want = producedLog(dir);
    const changes = await waitFor('all changes', async () => {
      // the changes the agent sent (not those the hub recorded by comparing a restart's snapshot with its view)
      const c = (await getJson<Array<{ type: string; resync?: boolean; zone?: { alias: string } }>>(hub.port, `/api/hosts/${HOST}/changes`))
        .filter((x) => x.type === 'modify' && !x.resync);
      return c.length >= want.aliases.length ? c : null;
    }, 20_000);
    // SIGKILL can fall between spooling an item and logging it: at most one extra per kill, never a missing one
    const got = changes.map((c) => c.zone!.alias);
    assert.deepEqual(got.filter((a) => want.aliases.includes(a)), want.aliases, 'every logged zone change exactly once, in order');
    assert.ok(got.length - want.aliases.length <= 2, `unlogged extras: ${got.length - want.aliases.length}`);
    assert.equal(new Set(got).size, got.length, 'no duplicates');
    const batches = (await waitFor('all batches', async () => {
      const b = await getJson<Array<{ time_ms: number }>>(hub.port, `/api/hosts/${HOST}/batches`);
      return b.length >= want.cycles.length ? b : null;
    }, 20_000)).map((b) => b.time_ms);
    assert.deepEqual(batches.filter((n) => want.cycles.includes(n)), want.cycles, 'every logged batch exactly once, in order');
    assert.equal(new Set(batches).size, batches.length, 'no duplicate batches');
  } finally {
    await killed(agent);
    hub.child.kill('SIGTERM');
    await new Promise((r) => hub.child.once('exit', r));
    await proxy.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
