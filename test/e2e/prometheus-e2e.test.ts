/**
 * Issue 9 item 3: a real Prometheus (/usr/bin/prometheus) scrapes a running agent on a simulated host with a noisy
 * zone, evaluating the shipped recording and alerting rules; then every expression in the dashboards and the rules
 * (dashboard variables substituted, alert thresholds removed) is run through the query API and must parse and return
 * data. Expressions that return nothing are listed with the metric names they read that Prometheus does not have.
 * The alerts about conditions a healthy host lacks get them from the sim before the agent starts: a zone in state
 * failed, a zone still provisioning since its creation (an agent restarted next to a zone stuck for months), and
 * DTrace drops (the sim's dtrace prints libdtrace's drop messages); Prometheus' own evaluation must make those
 * alerts pending.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { allShippedExpressions, metricNames, RULE_FILES, substituteVariables, withoutThresholds } from '../helpers/promql-expressions.js';
import {
  agentConfig, describe, eventually, freePort, listProcesses, sleep, startAgent, startHub, startSimHost,
  type AgentConfigFile, type AgentProcess, type HubProcess, type SimHost,
} from '../helpers/stack.js';

const PROMETHEUS = process.env.PROMETHEUS ?? '/usr/bin/prometheus';
const skip = existsSync(PROMETHEUS) ? false : `no Prometheus at ${PROMETHEUS} (Debian package prometheus)`;

let host: SimHost;
let hub: HubProcess;
let cfg: AgentConfigFile;
let agent: AgentProcess;
let prom: ChildProcess | undefined;
let promDir: string;
let promUrl: string;
let noisy: string;
/** the zone the dashboards' $zone names: one with a CPU cap (the cap panels) doing some work (execs) */
let zone: string;
/** driven into the conditions of SmartOSZoneFailed and SmartOSZoneStuckInTransition */
let failed: string;
let stuck: string;

interface QueryResult { status: string; error?: string; data?: { resultType: string; result: unknown } }

async function query(expr: string): Promise<QueryResult> {
  const r = await fetch(`${promUrl}/api/v1/query?query=${encodeURIComponent(expr)}`);
  return (await r.json()) as QueryResult;
}
const hasData = (r: QueryResult) =>
  r.status === 'success' && (r.data!.resultType === 'scalar' || r.data!.resultType === 'string' || (r.data!.result as unknown[]).length > 0);

before(async () => {
  if (skip) return;
  host = await startSimHost({ zones: 5, noisy: 1 });
  noisy = host.zones.find((u) => readFileSync(join(host.root, 'runtime', `${u}.json`), 'utf8').includes('cpu=0.9'))!;
  zone = host.zones.find((u) => host.vm(u).cpu_cap !== undefined) ?? noisy;
  const w = host.sim('workload', [zone, 'cpu=0.3,exec=5']);
  assert.equal(w.code, 0, w.stderr);
  [failed, stuck] = host.zones.filter((u) => u !== noisy && u !== zone);
  // Before the agent starts, so it first sees `stuck` provisioning and dates that state from create_timestamp
  // (the sim's zones were created in 2024): the alert's 30-minute threshold holds as shipped. dtrace reads its
  // fault when it starts.
  for (const [sub, args] of [
    ['set-state', [failed, 'failed']], ['set-state', [stuck, 'provisioning']], ['fault', ['dtrace', 'drops', '--value', '3']],
  ] as const) {
    const r = host.sim(sub, [...args]);
    assert.equal(r.code, 0, `zonelet-sim ${sub} ${args.join(' ')}: ${r.stderr}`);
  }
  assert.equal(host.vm(failed).state, 'failed');
  assert.equal(host.vm(stuck).state, 'provisioning');
  hub = await startHub({ agents: [host.serverUuid] }); // the agent's hub link series feed the link alerts
  cfg = await agentConfig(host, { hub: hub.agentLink(host.serverUuid), dtrace: { syscallAllowlist: ['read', 'write', 'open'] },
    collection: { collectors: { zfs: { enabled: true, intervalSeconds: 5 } } } }); // zfs defaults to 60 s
  agent = await startAgent(cfg);
  promDir = mkdtempSync(join(tmpdir(), 'zonelet-e2e-prom-'));
  const port = await freePort();
  promUrl = `http://127.0.0.1:${port}`;
  // job "zonelet": the name the shipped alerts and scrape-config.example.yml assume
  writeFileSync(join(promDir, 'prometheus.yml'), [
    'global: { scrape_interval: 1s, evaluation_interval: 1s, scrape_timeout: 1s }',
    `rule_files: [${RULE_FILES.map((f) => JSON.stringify(f)).join(', ')}]`,
    'scrape_configs:',
    '  - job_name: zonelet',
    `    static_configs: [{ targets: ["127.0.0.1:${cfg.metricsPort}"] }]`,
    '',
  ].join('\n'));
  prom = spawn(PROMETHEUS, [
    `--config.file=${join(promDir, 'prometheus.yml')}`, `--storage.tsdb.path=${join(promDir, 'data')}`,
    `--web.listen-address=127.0.0.1:${port}`, '--log.level=warn',
  ], { stdio: ['ignore', 'ignore', 'pipe'] });
  let promErr = '';
  prom.stderr!.on('data', (b: Buffer) => { promErr += b.toString(); });
  await eventually(async () => (await fetch(`${promUrl}/-/ready`)).ok, 20_000, 'Prometheus ready').catch((err: Error) => {
    throw new Error(`${err.message}\n${promErr}`);
  });
});

after(async () => {
  if (prom && prom.exitCode === null) {
    prom.kill('SIGTERM');
    await new Promise((r) => prom!.once('exit', r));
  }
  await agent?.stop().catch(() => agent.kill());
  await hub?.remove();
  host?.stop();
  cfg?.remove();
  if (promDir) rmSync(promDir, { recursive: true, force: true });
});

test('every shipped dashboard and rule expression parses and returns data from a real Prometheus', { skip }, async () => {
  await eventually(async () => hasData(await query('up{job="zonelet"} == 1')), 20_000, 'Prometheus scraping the agent');
  const instance = `127.0.0.1:${cfg.metricsPort}`;
  const exprs = allShippedExpressions().map((e) => ({
    ...e,
    promql: withoutThresholds(substituteVariables(e.expr, { host: instance, zone, rateInterval: '1m' })),
  }));
  assert.ok(exprs.length >= 20, `shipped expressions found: ${exprs.length}`);

  // The DTrace histograms come from the sim's dtrace renderers: say so plainly if they are missing.
  // (a dtrace child restarted under load serves no series until its next interval: wait for this zone's histogram)
  const scrape = await eventually(async () => {
    const text = (await agent.metrics()).text;
    return text.includes(`smartos_zone_run_queue_latency_seconds_bucket{zone="${zone}"`) ? text : undefined;
  }, 60_000, `the run-queue histogram of ${zone} in the agent's scrape`).catch(async (err: Error) => {
    // say why: which zones have the histogram, what the dtrace children did, what the zone's processes are
    const text = (await agent.metrics()).text;
    const withRunq = [...new Set([...text.matchAll(/smartos_zone_run_queue_latency_seconds_count\{zone="([^"]+)"/g)].map((m) => m[1]))];
    const dtraceLogs = agent.logs.filter((l) => /dtrace/.test(String(l.msg))).slice(-30).map((l) => JSON.stringify(l));
    const status = text.split('\n').filter((l) => l.startsWith('zonelet_dtrace_') || l.startsWith(`smartos_zone_info{zone="${zone}"`) || l.startsWith(`smartos_zone_state{zone="${zone}"`));
    const rt = readFileSync(join(host.root, 'runtime', `${zone}.json`), 'utf8');
    const pgid = (JSON.parse(rt) as { pgid?: number }).pgid;
    const procs = listProcesses().filter((p) => p.pgrp === pgid).map(describe);
    process.stderr.write(`${err.message}\nzones with the histogram: ${withRunq.join(' ')}\nruntime: ${rt}\nprocesses of pgid ${pgid}: ${procs.join('; ')}\n`
      + `load: ${loadavg().join(' ')}; sim workloads running on the machine: ${listProcesses().filter((p) => p.cmdline.some((a) => a.includes('workload'))).length}\n`
      + `status:\n${status.join('\n')}\ndtrace logs:\n${dtraceLogs.join('\n')}\n`);
    return text;
  });
  const histograms = [...new Set(exprs.flatMap((e) => [...e.expr.matchAll(/smartos_[a-z_]+_bucket/g)].map((m) => m[0])))];
  assert.ok(histograms.length > 0, 'the dashboards and rules read DTrace histograms');
  for (const family of histograms) {
    assert.ok(scrape.includes(family), `the agent exports no ${family}: the sim's dtrace renderers are missing`);
  }

  // rates need two samples, recording rules an evaluation after that: retry the empty ones for a while
  let missing = exprs;
  const deadline = Date.now() + 45_000;
  while (missing.length && Date.now() < deadline) {
    await sleep(1000);
    const still: typeof exprs = [];
    for (const e of missing) {
      const r = await query(e.promql);
      assert.equal(r.status, 'success', `${e.source} ${e.where}: does not evaluate: ${r.error}\n${e.promql}`);
      if (!hasData(r)) still.push(e);
    }
    missing = still;
  }
  const reasons = await Promise.all(missing.map(async (e) => {
    const absent: string[] = [];
    for (const name of metricNames(e.promql)) {
      const r = await query(`count({__name__=~"${name}(_bucket|_sum|_count)?"})`);
      if (!hasData(r)) absent.push(name);
    }
    return `${e.source.split('/').pop()} ${e.kind} "${e.where}": ${absent.length ? `no series for ${absent.join(', ')}` : 'every metric exists; the expression filters all out'}\n    ${e.promql}`;
  }));
  assert.deepEqual(reasons, [], `expressions without data:\n${reasons.join('\n')}`);

  // The conditions are real, not just present once thresholds are gone: Prometheus' rule evaluation holds these
  // alerts (thresholds kept) pending for the driven zones and the dtrace scripts (their `for` is minutes).
  const expected = [`SmartOSZoneFailed ${failed}`, `SmartOSZoneStuckInTransition ${stuck}`, 'ZoneletDTraceDrops'];
  let active: string[] = [];
  await eventually(async () => {
    const r = (await (await fetch(`${promUrl}/api/v1/alerts`)).json()) as { data: { alerts: Array<{ labels: Record<string, string>; state: string }> } };
    active = r.data.alerts.map((a) => `${a.labels.alertname}${a.labels.zone ? ` ${a.labels.zone}` : ''}`);
    return expected.every((x) => active.includes(x));
  }, 15_000, 'the driven alerts pending').catch((err: Error) => {
    throw new Error(`${err.message}; expected ${expected.join(', ')}; active: ${active.join(', ')}`);
  });
});
