// Zones are real Linux processes: CPU measured in /proc, cleanup leaves nothing behind.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { newHost, sim, tool } from './sim-helpers.js';

const TICK = 100; // USER_HZ on Linux

/** utime+stime (seconds) of every process in the group, from /proc. */
function groupCpu(pgid: number): number {
  let ticks = 0;
  for (const d of readdirSync('/proc').filter((x) => /^\d+$/.test(x))) {
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(f[2]) === pgid) ticks += Number(f[11]) + Number(f[12]);
    } catch {
      /* exited */
    }
  }
  return ticks / TICK;
}
const groupProcs = (pgid: number) =>
  readdirSync('/proc').filter((x) => {
    try {
      const s = readFileSync(`/proc/${x}/stat`, 'utf8');
      return /^\d+$/.test(x) && Number(s.slice(s.lastIndexOf(')') + 2).split(' ')[2]) === pgid && s.slice(s.lastIndexOf(')') + 2)[0] !== 'Z';
    } catch {
      return false;
    }
  }).length;

/** ns on a CPU and ns waiting on a run queue, summed over the zone leader's threads (/proc/<pid>/task/<tid>/schedstat). */
function leaderSchedstat(pid: number): { onCpu: number; waited: number } {
  let onCpu = 0;
  let waited = 0;
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      const [on, wait] = readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ');
      onCpu += Number(on);
      waited += Number(wait);
    } catch {
      /* thread exited */
    }
  }
  return { onCpu, waited };
}

test('a cpu=0.5 zone asks for half a CPU and never burns more, whatever the load; stop-all leaves no process', async (t) => {
  const h = newHost(['--zones', '3']);
  t.after(h.cleanup);
  const uuid = tool(h.root, 'vmadm', ['lookup', 'state=running']).stdout.split('\n')[0];
  const rt = () => JSON.parse(readFileSync(join(h.root, 'runtime', `${uuid}.json`), 'utf8'));
  const { pgid, zoneid } = rt();
  assert.ok(pgid > 0 && zoneid > 0);
  assert.equal(sim(['workload', '--root', h.root, uuid, 'cpu=0.5']).code, 0);
  await new Promise((r) => setTimeout(r, 300));
  // Linux's own accounting of the zone's threads: time on a CPU, and time runnable but waiting for one. A duty cycle
  // of half the wall time asks for ~0.5 s/s; on an idle host it gets all of it, on a loaded one (other suites run
  // alongside) part of it is spent waiting on a run queue instead. So on + waiting measures what the zone asked for
  // at any load, and on alone must never exceed the share. (Comparing against a busy process's share proved to
  // depend on what else shared its core: ratio 0.30 once in CI.)
  const s0 = leaderSchedstat(pgid);
  const c0 = groupCpu(pgid);
  const WINDOW = 3;
  await new Promise((r) => setTimeout(r, WINDOW * 1000));
  const s1 = leaderSchedstat(pgid);
  const zone = groupCpu(pgid) - c0;
  const onCpu = (s1.onCpu - s0.onCpu) / 1e9;
  const waited = (s1.waited - s0.waited) / 1e9;
  t.diagnostic(`in ${WINDOW} s: on a CPU ${onCpu.toFixed(2)} s, waiting on a run queue ${waited.toFixed(2)} s; group utime+stime ${zone.toFixed(2)} s`);
  // Never more than asked for, whatever the load (both Linux counters).
  assert.ok(onCpu / WINDOW < 0.65 && zone / WINDOW < 0.65, `zone burnt ${(onCpu / WINDOW).toFixed(2)} CPU-s/s (stat: ${(zone / WINDOW).toFixed(2)}) with cpu=0.5`);
  // Asked for about half: an idle spec asks ~0, a full spinner ~1. A wake-up that comes late still burns its share
  // within the slice, so heavy load can push the demand above 0.5, never to a spinner's 1 on an uncontended thread.
  const demand = (onCpu + waited) / WINDOW;
  assert.ok(demand > 0.35, `zone asked for only ${demand.toFixed(2)} CPU-s/s with cpu=0.5`);
  if (waited / WINDOW < 0.05) assert.ok(demand < 0.65, `uncontended, the zone still asked for ${demand.toFixed(2)} CPU-s/s with cpu=0.5`);
  assert.equal(rt().pgid, pgid, 'a workload change keeps the same processes');
  assert.equal(sim(['workload', '--root', h.root, uuid, 'cpu=lots']).code, 1);

  const pgids = readdirSync(join(h.root, 'runtime')).map((f) => JSON.parse(readFileSync(join(h.root, 'runtime', f), 'utf8')).pgid).filter((p) => p);
  assert.ok(pgids.length >= 2);
  assert.equal(sim(['stop-all', '--root', h.root]).code, 0);
  await new Promise((r) => setTimeout(r, 300));
  for (const p of pgids) assert.equal(groupProcs(p), 0, `group ${p} left processes`);
});

test('a workload set the moment the zones boot does not kill them (SIGHUP before node catches it)', async (t) => {
  const h = newHost(['--zones', '4']);
  t.after(h.cleanup);
  const rt = (u: string) => JSON.parse(readFileSync(join(h.root, 'runtime', `${u}.json`), 'utf8')) as { pgid: number | null; workload: string };
  // read straight from the runtime files (no vmadm call first: that would give the processes time to start)
  const running = readdirSync(join(h.root, 'runtime')).map((f) => f.slice(0, -'.json'.length)).filter((u) => rt(u).pgid !== null);
  const before = running.map((u) => rt(u).pgid!);
  // right after init, while the zones' node processes may still be starting
  for (const u of running) assert.equal(sim(['workload', '--root', h.root, u, 'exec=5']).code, 0);
  await new Promise((r) => setTimeout(r, 1500));
  assert.deepEqual(running.map((u) => rt(u).pgid), before, 'the same processes');
  for (const [i, u] of running.entries()) {
    assert.ok(groupProcs(before[i]!) >= 1, `zone ${u} (group ${before[i]}) lost its processes to the workload change`);
    assert.equal(rt(u).workload, 'exec=5');
  }
});
