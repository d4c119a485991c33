// End to end: the agent's DtraceTelemetry running the shipped scripts through the platform's Exec against the
// simulated dtrace on a sim host with real zone processes (one CPU hog, one exec loop, quiet ones). What an operator
// would check on /metrics: a run-queue histogram per zone that only grows, execs counted for the zone that execs,
// counters that never go backwards when a dtrace child dies and is restarted, and a quiet zone that shows run-queue
// wait because it really waits next to the hog (Linux schedstat, read here independently).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { DtraceTelemetry, runnerStarter } from '../../agent/src/dtrace/index.js';
import { DtraceRunner } from '../../agent/src/platform/dtrace-runner.js';
import { Exec } from '../../agent/src/platform/exec.js';
import { commands, DTRACE_DIR, eventually, ROOT, samples } from './helpers.js';

const SIM = join(ROOT, 'sim/bin/zonelet-sim.js');
const sim = (...args: string[]) => {
  const r = spawnSync(process.execPath, [SIM, ...args], { encoding: 'utf8' });
  assert.equal(r.status, 0, `zonelet-sim ${args.join(' ')}: ${r.stderr}`);
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const RUNQ = 'smartos_zone_run_queue_latency_seconds';

function runningDtrace(root: string, scriptFile: string): number[] {
  const recs = readFileSync(join(root, 'log/invocations.jsonl'), 'utf8').split('\n').filter(Boolean)
    .map((l) => JSON.parse(l) as { pid: number; command: string; argv: string[]; phase: string });
  const ended = new Set(recs.filter((r) => r.phase === 'end').map((r) => r.pid));
  return recs.filter((r) => r.command === 'dtrace' && r.phase === 'start' && !ended.has(r.pid) && r.argv.some((a) => a.endsWith(scriptFile))).map((r) => r.pid);
}

/** Linux's own count of ns the zone's leader process waited on a run queue (/proc/<pid>/schedstat field 2). */
function leaderWaitNs(pgid: number): bigint {
  let total = 0n;
  for (const tid of readdirSync(`/proc/${pgid}/task`)) total += BigInt(readFileSync(`/proc/${pgid}/task/${tid}/schedstat`, 'utf8').split(' ')[1]);
  return total;
}

test('sim e2e: per-zone run-queue histograms grow, execs count, counters survive a dtrace restart, the quiet zone waits', { timeout: 60_000 }, async () => {
  const root = mkdtempSync(join(tmpdir(), 'zonelet-dtrace-e2e-'));
  const prevRoot = process.env.SMARTOS_SIM_ROOT;
  let telemetry: DtraceTelemetry | undefined;
  try {
    sim('init', '--root', root, '--zones', '4', '--time-scale', '0.01', '--force');
    const zones = readdirSync(join(root, 'runtime')).filter((f) => /^[0-9a-f-]{36}\.json$/.test(f)).map((f) => {
      const rt = JSON.parse(readFileSync(join(root, 'runtime', f), 'utf8')) as { zoneid: number; pgid: number };
      return { uuid: f.slice(0, 36), ...rt };
    });
    assert.equal(zones.length, 4);
    const [hog, quiet, execer] = zones;
    sim('workload', '--root', root, hog.uuid, 'cpu=1.9');
    sim('workload', '--root', root, execer.uuid, 'exec=5');
    // quiet, not asleep: a zone that wakes ten times a second to do a little work, as a real service does
    sim('workload', '--root', root, quiet.uuid, 'cpu=0.05');
    const quietWaitBefore = leaderWaitNs(quiet.pgid);

    process.env.SMARTOS_SIM_ROOT = root; // the dtrace children inherit it
    const exec = new Exec(commands(join(ROOT, 'sim/bin/dtrace')), {}, { killGraceMs: 500 });
    telemetry = new DtraceTelemetry({
      config: {
        enabled: true, intervalSeconds: 1, syscallAllowlist: ['read', 'write'],
        scripts: {
          'runq-latency': { enabled: true, options: {} }, execs: { enabled: true, options: {} },
          'fs-latency': { enabled: false, options: {} }, syscalls: { enabled: false, options: {} },
          'tcp-connections': { enabled: false, options: {} },
        },
      },
      start: runnerStarter(new DtraceRunner(exec, DTRACE_DIR)),
      zoneById: (id) => zones.find((z) => z.zoneid === id)?.uuid,
      dtraceDir: DTRACE_DIR,
      timing: { startupGraceMs: 5000, backoffMinMs: 200, backoffMaxMs: 1000, stopGraceMs: 500 },
    });
    assert.deepEqual(telemetry.scripts.sort(), ['execs', 'runq-latency']);
    telemetry.start();
    const tel = telemetry;
    const scrape = () => samples(tel.renderExposition());

    // Every zone's histogram appears (a zone only has one once its threads have run in some interval).
    const first = await eventually(() => {
      const s = scrape();
      return zones.every((z) => s.has(`${RUNQ}_count{zone="${z.uuid}"}`)) ? s : undefined;
    }, 15_000, 'a run-queue histogram for every zone');
    await sleep(2200);
    const second = scrape();
    const grew = (name: string) => BigInt(second.get(name) ?? '0') > BigInt(first.get(name) ?? '0');
    assert.ok(grew(`${RUNQ}_count{zone="${hog.uuid}"}`), 'the hog zone keeps getting on a CPU: its histogram grows');
    for (const [k, v] of first) {
      if (!k.startsWith(RUNQ) && !k.startsWith('smartos_zone_process_execs_total')) continue;
      assert.ok(second.has(k), `${k} still exported`);
      assert.ok(Number(second.get(k)) >= Number(v), `${k} never decreases: ${v} -> ${second.get(k)}`);
    }
    for (const z of zones) {
      assert.equal(second.get(`${RUNQ}_bucket{zone="${z.uuid}",le="+Inf"}`), second.get(`${RUNQ}_count{zone="${z.uuid}"}`), 'cumulative buckets end at the count');
    }
    const execsOf = (s: Map<string, string>) => BigInt(s.get(`smartos_zone_process_execs_total{zone="${execer.uuid}"}`) ?? '0');
    assert.ok(execsOf(second) > 0n, 'the exec=5 zone has execs');

    // The quiet zone really waited (Linux says so), and the histogram says so too.
    assert.ok(leaderWaitNs(quiet.pgid) > quietWaitBefore, 'Linux: the quiet zone waited on a run queue');
    assert.ok(Number(second.get(`${RUNQ}_sum{zone="${quiet.uuid}"}`)) > 0, 'run-queue wait of the quiet zone > 0');

    // Kill the runq-latency child: it is restarted and no counter goes backwards.
    const [pid] = runningDtrace(root, 'runq-latency.d');
    assert.ok(pid, 'a running runq-latency dtrace');
    const before = scrape();
    process.kill(pid, 'SIGKILL');
    await eventually(() => tel.scriptStatus('runq-latency')!.restarts >= 1n && tel.scriptStatus('runq-latency')!.up, 15_000, 'runq-latency restarted and up');
    await sleep(1200);
    const after = scrape();
    for (const [k, v] of before) {
      if (!k.startsWith(RUNQ)) continue;
      assert.ok(Number(after.get(k)) >= Number(v), `${k} across the restart: ${v} -> ${after.get(k)}`);
    }
    assert.ok(BigInt(after.get(`${RUNQ}_count{zone="${hog.uuid}"}`)!) > BigInt(before.get(`${RUNQ}_count{zone="${hog.uuid}"}`)!), 'counting resumed');
    assert.ok(execsOf(after) > execsOf(first), 'execs keep counting');
  } finally {
    await telemetry?.stop();
    if (prevRoot === undefined) delete process.env.SMARTOS_SIM_ROOT;
    else process.env.SMARTOS_SIM_ROOT = prevRoot;
    spawnSync(process.execPath, [SIM, 'stop-all', '--root', root]);
    rmSync(root, { recursive: true, force: true });
  }
});
