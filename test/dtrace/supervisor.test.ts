// DtraceTelemetry end to end against a fake dtrace (real child processes through the platform's Exec): the values a
// scrape shows, restarts after death and hangs, staleness while down, garbage, drops, and counters that never go
// backwards across a restart. Expected numbers are the fake's fixed per-interval values (see its header) times the
// intervals it logged, i.e. ground truth from outside the agent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alive, eventually, harness, samples, ZONE_A, ZONE_B } from './helpers.js';

const RQ = 'smartos_zone_run_queue_latency_seconds';
const VFS = 'smartos_zone_vfs_latency_seconds';

test('three intervals of every script become the exact cumulative series, per zone, without the global zone', async () => {
  // hang-after:3 prints three intervals then stays silent; a long silence window keeps it up while we look
  const h = harness({ mode: 'hang-after:3', allowlist: ['read', 'write'], silenceIntervals: 1000 });
  try {
    h.telemetry.start();
    await eventually(() => h.starts().length === 5 && h.starts().every((s) => h.ticks(s.pid) === 3), 8000, '3 ticks of each script');
    const m = await eventually(() => {
      const s = samples(h.telemetry.renderExposition());
      return s.get(`smartos_zone_process_execs_total{zone="${ZONE_A}"}`) === '6' && s.get(`${RQ}_count{zone="${ZONE_A}"}`) === '12'
        && s.get(`smartos_zone_tcp_connections_total{zone="${ZONE_B}",direction="inbound"}`) === '9'
        && s.get(`${VFS}_count{zone="${ZONE_B}",op="write"}`) === '6' && s.get(`smartos_zone_syscalls_total{zone="${ZONE_B}"}`) === '3003' ? s : undefined;
    }, 5000, 'all three intervals applied');

    // run queue: per interval 3 waits in [1000, 2000) ns, 1 in [2000, 3000), sum 7000 ns; only the 1-2-5 edges are
    // exported, so [2000, 3000) is counted at le = 5000 ns - 1 and there is no le for 3000 ns - 1
    const rq = (le: string) => m.get(`${RQ}_bucket{zone="${ZONE_A}",le="${le}"}`);
    assert.deepEqual([rq('0.000000999'), rq('0.000001999'), rq('0.000004999'), rq('9.999999999'), rq('+Inf')], ['0', '9', '12', '12', '12']);
    assert.equal(rq('0.000002999'), undefined);
    assert.equal(m.get(`${RQ}_sum{zone="${ZONE_A}"}`), '0.000021');
    // underflow + 7 decades x (1, 2, 5) + +Inf
    assert.equal([...m.keys()].filter((k) => k.startsWith(`${RQ}_bucket{zone="${ZONE_A}"`)).length, 23);
    // vfs read: 2 in [10 us, 20 us) and 1 >= 10 s per interval; write: 1 < 1 us and 1 in [50 us, 60 us)
    const vr = (le: string) => m.get(`${VFS}_bucket{zone="${ZONE_A}",op="read",le="${le}"}`);
    assert.deepEqual([vr('0.000009999'), vr('0.000019999'), vr('9.999999999'), vr('+Inf')], ['0', '6', '6', '9']);
    assert.equal(m.get(`${VFS}_sum{zone="${ZONE_A}",op="read"}`), '36.00009');
    const vw = (le: string) => m.get(`${VFS}_bucket{zone="${ZONE_A}",op="write",le="${le}"}`);
    assert.deepEqual([vw('0.000000999'), vw('0.000049999'), vw('0.000099999'), vw('+Inf')], ['3', '3', '6', '6']);
    assert.equal(m.get(`${VFS}_sum{zone="${ZONE_A}",op="write"}`), '0.0001665');
    // counters
    assert.equal(m.get(`smartos_zone_syscalls_total{zone="${ZONE_A}"}`), '3000');
    assert.equal(m.get(`smartos_zone_syscalls_by_name_total{zone="${ZONE_A}",syscall="read"}`), '30');
    assert.equal(m.get(`smartos_zone_syscalls_by_name_total{zone="${ZONE_B}",syscall="write"}`), '33');
    assert.equal(m.get(`smartos_zone_tcp_connections_total{zone="${ZONE_A}",direction="outbound"}`), '3');
    assert.equal(m.get(`smartos_zone_process_execs_total{zone="${ZONE_B}"}`), '6');
    assert.ok(![...m.keys()].some((k) => k.includes('global')), 'the global zone is not a VM');
    assert.equal(m.get('zonelet_dtrace_up{script="runq-latency"}'), '1');

    // the tenant route sees its own zone only, and no host-level series
    const a = h.telemetry.zoneExposition(ZONE_A);
    assert.ok(a.includes(ZONE_A) && !a.includes(ZONE_B) && !a.includes('zonelet_dtrace'));
    assert.equal(h.telemetry.renderExposition({ zone: ZONE_B }), h.telemetry.zoneExposition(ZONE_B));
    assert.equal(h.telemetry.zoneExposition('not-a-uuid'), '');
    assert.match(h.telemetry.renderExposition(), new RegExp(`# TYPE ${RQ} histogram`));
  } finally {
    await h.cleanup();
  }
});

test('a dtrace that dies is restarted with backoff; counters never decrease across restarts', async () => {
  const h = harness({ mode: 'die-after:2', scripts: ['execs', 'runq-latency'] });
  try {
    h.telemetry.start();
    let prevExecs = 0;
    let prevRq = 0;
    let sawDown = false;
    const deadline = Date.now() + 3500;
    while (Date.now() < deadline) {
      const s = samples(h.telemetry.renderExposition());
      const execs = Number(s.get(`smartos_zone_process_execs_total{zone="${ZONE_A}"}`) ?? NaN);
      const rq = Number(s.get(`${RQ}_count{zone="${ZONE_A}"}`) ?? NaN);
      if (s.get('zonelet_dtrace_up{script="execs"}') === '0') {
        sawDown = true;
        assert.ok(!s.has(`smartos_zone_process_execs_total{zone="${ZONE_A}"}`), 'no series served while its script is down');
      }
      if (!Number.isNaN(execs)) { assert.ok(execs >= prevExecs, `execs ${execs} < ${prevExecs}`); prevExecs = execs; }
      if (!Number.isNaN(rq)) { assert.ok(rq >= prevRq, `runq count ${rq} < ${prevRq}`); prevRq = rq; }
      await new Promise((r) => setTimeout(r, 15));
    }
    assert.ok(sawDown, 'down between children');
    const execStarts = h.starts().filter((s) => s.argv[2]!.endsWith('/execs.d'));
    assert.ok(execStarts.length >= 3, `restarted (${execStarts.length} starts)`);
    // every interval any child printed is counted exactly once
    const execTicks = () => h.starts().filter((s) => s.argv[2]!.endsWith('/execs.d')).reduce((a, s) => a + h.ticks(s.pid), 0);
    await eventually(() => {
      const before = execTicks();
      const v = samples(h.telemetry.renderExposition()).get(`smartos_zone_process_execs_total{zone="${ZONE_A}"}`);
      const after = execTicks();
      return before === after && v === String(2 * after);
    }, 5000, 'execs total = 2 x intervals printed');
    const st = samples(h.telemetry.renderExposition());
    assert.ok(Number(st.get('zonelet_dtrace_restarts_total{script="execs"}')) >= 2);
  } finally {
    await h.cleanup();
  }
});

test('a dtrace that hangs (ignoring SIGTERM) is killed after three silent intervals and restarted; stale meanwhile', async () => {
  const h = harness({ mode: 'hang-hard-after:2', scripts: ['execs'] });
  try {
    h.telemetry.start();
    const first = await eventually(() => h.starts()[0], 3000, 'first start');
    await eventually(() => h.ticks(first.pid) === 2, 3000, 'two intervals');
    await eventually(() => samples(h.telemetry.renderExposition()).get('zonelet_dtrace_up{script="execs"}') === '1', 3000, 'up');
    // silence: up drops to 0 and the zone series disappear before the replacement prints
    const down = await eventually(() => {
      const t = h.telemetry.renderExposition();
      return samples(t).get('zonelet_dtrace_up{script="execs"}') === '0' ? t : undefined;
    }, 3000, 'down after silence');
    assert.ok(!down.includes('smartos_zone_process_execs_total{'));
    await eventually(() => h.starts().length >= 2, 4000, 'restart');
    await eventually(() => !alive(first.pid), 3000, 'hung child gone (SIGKILL after grace)');
    const s = await eventually(() => {
      const m = samples(h.telemetry.renderExposition());
      return m.get('zonelet_dtrace_up{script="execs"}') === '1' ? m : undefined;
    }, 3000, 'up again');
    assert.ok(Number(s.get(`smartos_zone_process_execs_total{zone="${ZONE_A}"}`)) >= 4);
    assert.ok(Number(s.get('zonelet_dtrace_restarts_total{script="execs"}')) >= 1);
  } finally {
    await h.cleanup();
  }
});

test('garbage output is counted, never exported, and the child is restarted', async () => {
  const h = harness({ mode: 'garbage', scripts: ['runq-latency'] });
  try {
    h.telemetry.start();
    await eventually(() => h.starts().length >= 2, 4000, 'restart of a child printing garbage');
    const s = samples(h.telemetry.renderExposition());
    assert.ok(Number(s.get('zonelet_dtrace_unparsed_lines_total{script="runq-latency"}')) > 0);
    assert.equal(s.get('zonelet_dtrace_up{script="runq-latency"}'), '0');
    assert.ok(![...s.keys()].some((k) => k.startsWith('smartos_zone_')));
  } finally {
    await h.cleanup();
  }
});

test('drops reported on stderr are counted by kind', async () => {
  const h = harness({ mode: 'drops', scripts: ['execs'] });
  try {
    h.telemetry.start();
    const pid = (await eventually(() => h.starts()[0], 3000, 'start')).pid;
    await eventually(() => {
      const before = h.ticks(pid);
      const s = samples(h.telemetry.renderExposition());
      const after = h.ticks(pid);
      return before >= 3 && before === after
        && s.get('zonelet_dtrace_drops_total{script="execs",kind="dynamic"}') === String(12 * after)
        && s.get('zonelet_dtrace_drops_total{script="execs",kind="aggregation"}') === String(3 * after)
        && s.get('zonelet_dtrace_drops_total{script="execs",kind="principal"}') === String(after);
    }, 5000, 'drop counters = per-interval drops x intervals');
  } finally {
    await h.cleanup();
  }
});

test('drop and restart counters exist at 0 for every enabled script and drop kind before anything happened', async (t) => {
  // rate()/increase() need a series before the first event; a first drop on a series that appears with it is invisible
  const h = harness({ mode: 'drops', scripts: ['execs', 'syscalls'] });
  t.after(() => h.cleanup());
  const s = samples(h.telemetry.renderExposition());
  const kinds = ['principal', 'aggregation', 'dynamic', 'dynamic_rinsing', 'dynamic_dirty', 'speculative', 'speculation_busy',
    'speculation_unavailable', 'stack_strtab', 'error_probe_enabling', 'error'];
  for (const script of ['execs', 'syscalls']) {
    assert.equal(s.get(`zonelet_dtrace_restarts_total{script="${script}"}`), '0');
    for (const kind of kinds) assert.equal(s.get(`zonelet_dtrace_drops_total{script="${script}",kind="${kind}"}`), '0', `${script} ${kind}`);
  }
  assert.equal([...s.keys()].filter((k) => k.startsWith('zonelet_dtrace_drops_total{')).length, 2 * kinds.length);
  assert.match(h.telemetry.statusExposition(), /# TYPE zonelet_dtrace_drops_total counter/);
});
