/**
 * Operating the real daemon (issue 7): SIGHUP applies a new collection interval and a rotated tenant token without
 * dropping the hub link, a bad config exits 96 naming every bad key, SIGTERM stops cleanly leaving no child.
 * Ground truth: the sim's log/invocations.jsonl (when kstat really ran), the fault proxy's connection count and the
 * hub's API (the link), /proc (children).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { FaultProxy } from '../helpers/fault-proxy.js';
import {
  AGENT_BIN, countDescendants, describe, eventually, processesUnder, startAgent, startProxiedStack, sleep,
  type AgentConfigFile, type AgentProcess, type ProxiedStack, type HubProcess, type SimHost,
} from '../helpers/stack.js';

let stack: ProxiedStack, host: SimHost, hub: HubProcess, proxy: FaultProxy, cfg: AgentConfigFile, agent: AgentProcess;

before(async () => {
  stack = await startProxiedStack({ zones: 3 });
  ({ host, hub, proxy, cfg } = stack);
});

after(() => stack?.stop(agent));

/** When the agent's collectors really ran kstat, from the sim's log (seconds between consecutive starts). */
function kstatGaps(sinceMs: number): number[] {
  const starts = host.invocations()
    .filter((i) => i.command === 'kstat' && i.phase === 'start' && Date.parse(i.time) >= sinceMs)
    .map((i) => Date.parse(i.time));
  return starts.slice(1).map((t, i) => (t - starts[i]) / 1000);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const hostConnected = async () => (await hub.get<Array<{ uuid: string; connected: boolean }>>('/api/hosts')).find((h) => h.uuid === host.serverUuid)?.connected === true;

test('SIGHUP applies a new interval and a rotated tenant token, and keeps the hub link', async () => {
  const [mine, other] = [host.vm(host.zones[0]), host.vm(host.zones[1])];
  const owner = String(mine.owner_uuid);
  assert.notEqual(other.owner_uuid, owner, 'the sim gives the two zones different owners');
  const oldToken = 'tenant-token-old-0123456789';
  const newToken = 'tenant-token-new-9876543210';
  cfg.operatorToken = 'operator-token-0123456789abcdef';
  cfg.update({ metrics: {
    bearerTokenFile: cfg.secret('operator.token', cfg.operatorToken),
    tenants: [{ ownerUuid: owner, tokenFile: cfg.secret('tenant-old.token', oldToken) }],
  } });
  agent = await startAgent(cfg);
  await eventually(hostConnected, 15_000, 'the agent connected to the hub');
  const tenantRoute = `/v1/${mine.uuid}/metrics`;
  await eventually(async () => (await agent.metrics(tenantRoute, oldToken)).status === 200, 10_000, 'old token scrapes its zone');

  const t0 = Date.now();
  await sleep(7_000);
  const gapsBefore = kstatGaps(t0);
  assert.ok(gapsBefore.length >= 2, `kstat ran ${gapsBefore.length + 1} times in 7 s`);
  assert.ok(Math.abs(median(gapsBefore) - 2) < 0.6, `kstat every ~2 s before the reload: ${gapsBefore.join(', ')}`);

  const reconnectsBefore = await agent.metricValue('zonelet_hub_reconnects_total');
  assert.notEqual(reconnectsBefore, undefined, 'zonelet_hub_reconnects_total is exported');
  const connectionsBefore = proxy.connections;
  // watch the hub's view of the link the whole time
  let droppedAt: number | null = null;
  let watching = true;
  const watcher = (async () => {
    while (watching) {
      if (!(await hostConnected().catch(() => false))) droppedAt ??= Date.now();
      await sleep(100);
    }
  })();

  cfg.update({
    collection: { intervalSeconds: 4 },
    metrics: { tenants: [{ ownerUuid: owner, tokenFile: cfg.secret('tenant-new.token', newToken) }] },
    actions: { maxConcurrent: 2 }, // needs a restart: must be reported, not applied
  });
  const logsBefore = agent.logs.length;
  const t1 = Date.now();
  agent.hup();
  const line = await agent.waitForLog((l) => agent.logs.indexOf(l) >= logsBefore && typeof l.msg === 'string' && l.msg.startsWith('reloaded'));
  assert.ok((line.changed as string[]).includes('collection'), `log names what changed: ${JSON.stringify(line)}`);
  assert.ok((line.changed as string[]).includes('metrics tokens'), `log names the tokens: ${JSON.stringify(line)}`);
  assert.deepEqual(line.needRestart, ['actions'], `log names what needs a restart: ${JSON.stringify(line)}`);

  assert.equal((await agent.metrics(tenantRoute, newToken)).status, 200, 'the new token scrapes its own zone');
  assert.equal((await agent.metrics(`/v1/${other.uuid}/metrics`, newToken)).status, 404, 'and not another owner\'s zone');
  assert.equal((await agent.metrics(tenantRoute, oldToken)).status, 401, 'the old token is refused');

  await sleep(13_000);
  const gapsAfter = kstatGaps(t1 + 500);
  assert.ok(gapsAfter.length >= 2, `kstat ran ${gapsAfter.length + 1} times in 13 s after the reload`);
  assert.ok(Math.abs(median(gapsAfter) - 4) < 0.8, `kstat every ~4 s after the reload: ${gapsAfter.join(', ')}`);

  watching = false;
  await watcher;
  assert.equal(droppedAt, null, 'the hub saw the host connected throughout');
  assert.equal(proxy.connections, connectionsBefore, 'no new connection to the hub');
  assert.equal(await agent.metricValue('zonelet_hub_reconnects_total'), reconnectsBefore, 'zonelet_hub_reconnects_total unchanged');
});

test('SIGTERM stops the agent cleanly and leaves no child process', async () => {
  const pid = agent.pid;
  const kids = countDescendants(pid);
  assert.ok(kids >= 2, `the running agent has children (vmadm events, dtrace): ${kids}`);
  const isAgentChild = (cmd: string[]) => cmd.some((a) => /sim\/bin\/(vmadm|dtrace|kstat|zfs|zpool|sysinfo|zoneadm|imgadm)$/.test(a));
  assert.ok(processesUnder(host.root).some((p) => isAgentChild(p.cmdline)), 'sim tools are running for the agent');
  const exit = await agent.stop();
  assert.deepEqual(exit, { code: 0, signal: null }, 'exit 0 on SIGTERM');
  await sleep(300);
  const left = processesUnder(host.root).filter((p) => isAgentChild(p.cmdline));
  assert.deepEqual(left.map(describe), [], 'no sim tool outlives the agent');
  assert.equal(countDescendants(pid), 0);
});

test('a config with several bad keys: run and check-config exit 96 naming each one', async () => {
  const bad = join(cfg.dir, 'bad.json');
  writeFileSync(bad, JSON.stringify({
    ...cfg.json,
    stateDir: 'relative/state',
    collection: { intervalSeconds: -1 },
    log: { level: 'loud' },
    colection: {},
  }));
  for (const sub of ['run', 'check-config']) {
    const r = spawnSync(process.execPath, [AGENT_BIN, sub, '--config', bad], { env: host.env, encoding: 'utf8', timeout: 20_000 });
    assert.equal(r.status, 96, `zonelet ${sub}: exit ${r.status}; ${r.stderr}`);
    const out = r.stdout + r.stderr;
    for (const key of ['stateDir', 'collection.intervalSeconds', 'log.level', 'colection']) {
      assert.match(out, new RegExp(`^\\s*${key.replace('.', '\\.')}: `, 'm'), `zonelet ${sub} names ${key}:\n${out}`);
    }
  }
});
