// End to end: a real Prometheus server scrapes the agent's metrics server on loopback, against a simulated host
// whose zone runs a cpu=0.5 workload (a real Linux process burning half a CPU); PromQL must see 0.5 CPUs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Registry } from 'prom-client';
import { Exec, type Commands } from '../../agent/src/platform/exec.js';
import { Vmadm } from '../../agent/src/platform/vmadm.js';
import { CollectorRegistry } from '../../agent/src/metrics/registry.js';
import { MetricsServer } from '../../agent/src/metrics/http.js';
import { platformSources, type ZoneIdentity } from '../../agent/src/metrics/sources.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SIM = join(ROOT, 'sim/bin');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
}

async function query(port: number, q: string): Promise<Array<{ metric: Record<string, string>; value: [number, string] }>> {
  const r = await fetch(`http://127.0.0.1:${port}/api/v1/query?query=${encodeURIComponent(q)}`);
  const j = (await r.json()) as { status: string; data: { result: Array<{ metric: Record<string, string>; value: [number, string] }> } };
  assert.equal(j.status, 'success');
  return j.data.result;
}

test('Prometheus scrapes the agent and rate(smartos_zone_cpu_seconds_total) of a cpu=0.5 zone is 0.5 +- 20%', { timeout: 90_000 }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'zonelet-prom-'));
  const root = join(dir, 'host');
  process.env.SMARTOS_SIM_ROOT = root;
  const sim = (...args: string[]) => execFileSync(process.execPath, [join(SIM, 'zonelet-sim.js'), ...args, '--root', root], { encoding: 'utf8' });
  sim('init', '--zones', '3', '--seed', '11');
  t.after(() => {
    try { sim('stop-all'); } catch { /* best effort */ }
    rmSync(dir, { recursive: true, force: true });
  });

  const commands = Object.fromEntries(['vmadm', 'kstat', 'dtrace', 'sysinfo', 'zfs', 'zpool', 'zoneadm', 'imgadm'].map((c) => [c, join(SIM, c)])) as Commands;
  const exec = new Exec(commands);
  const zones = (await new Vmadm(exec).lookup()) as unknown as ZoneIdentity[];
  const busy = zones.find((z) => z.state === 'running');
  assert.ok(busy, 'the simulated host has a running zone');
  const idle = zones.find((z) => z.state === 'running' && z.uuid !== busy.uuid);
  sim('workload', busy.uuid, 'cpu=0.5');
  if (idle) sim('workload', idle.uuid, 'idle');

  const self = new Registry();
  const directory = { all: () => zones, get: (u: string) => zones.find((z) => z.uuid === u) };
  const collectors = new CollectorRegistry({ sources: platformSources(exec, directory), selfRegistry: self, collection: { intervalSeconds: 1 } });
  collectors.start();
  const server = new MetricsServer({ snapshot: collectors.snapshot, selfRegistry: self, directory, listen: '127.0.0.1:0' });
  const agentPort = (await server.start()).port;
  t.after(async () => {
    await server.close();
    await collectors.stop();
  });

  const promPort = await freePort();
  writeFileSync(join(dir, 'prometheus.yml'), [
    'global:', '  scrape_interval: 1s', '  scrape_timeout: 900ms', 'scrape_configs:', '  - job_name: zonelet',
    '    static_configs:', `      - targets: ['127.0.0.1:${agentPort}']`, '',
  ].join('\n'));
  const prom = spawn('/usr/bin/prometheus', [
    `--config.file=${join(dir, 'prometheus.yml')}`, `--storage.tsdb.path=${join(dir, 'data')}`,
    `--web.listen-address=127.0.0.1:${promPort}`, '--log.level=warn',
  ], { stdio: ['ignore', 'ignore', 'pipe'] });
  let promErr = '';
  prom.stderr.on('data', (d: Buffer) => (promErr += d.toString()));
  t.after(() => { prom.kill('SIGKILL'); });

  const q = `sum(rate(smartos_zone_cpu_seconds_total{zone="${busy.uuid}"}[8s]))`;
  const deadline = Date.now() + 45_000;
  let rate = NaN;
  await new Promise((r) => setTimeout(r, 10_000)); // 8 s window of 1 s scrapes
  while (Date.now() < deadline) {
    try {
      const res = await query(promPort, q);
      if (res.length === 1) {
        rate = Number(res[0]!.value[1]);
        if (Math.abs(rate - 0.5) <= 0.1) break;
      }
    } catch { /* Prometheus still starting */ }
    await new Promise((r) => setTimeout(r, 1000));
  }
  assert.ok(Math.abs(rate - 0.5) <= 0.1, `rate of the cpu=0.5 zone: ${rate} (prometheus stderr: ${promErr.slice(-500)})`);
  const up = await query(promPort, 'up{job="zonelet"}');
  assert.equal(up[0]?.value[1], '1');
  if (idle) {
    const idleRate = Number((await query(promPort, `sum(rate(smartos_zone_cpu_seconds_total{zone="${idle.uuid}"}[8s]))`))[0]?.value[1]);
    assert.ok(idleRate < 0.1, `idle zone rate ${idleRate}`);
  }
  // the series every zone must have, as Prometheus stored them
  const info = await query(promPort, 'count(smartos_zone_info)');
  assert.equal(info[0]?.value[1], String(zones.length));
});
