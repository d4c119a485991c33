// Zones are real Linux processes: CPU measured in /proc, cleanup leaves nothing behind.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
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

/** CPU seconds of one process, from /proc. */
function procCpu(pid: number): number {
  const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) / TICK;
}

test('a cpu=0.5 zone gets about half the CPU a busy process gets in the same window; stop-all leaves no process', async (t) => {
  const h = newHost(['--zones', '3']);
  t.after(h.cleanup);
  const uuid = tool(h.root, 'vmadm', ['lookup', 'state=running']).stdout.split('\n')[0];
  const rt = () => JSON.parse(readFileSync(join(h.root, 'runtime', `${uuid}.json`), 'utf8'));
  const { pgid, zoneid } = rt();
  assert.ok(pgid > 0 && zoneid > 0);
  assert.equal(sim(['workload', '--root', h.root, uuid, 'cpu=0.5']).code, 0);
  // The yardstick: a process that wants a whole CPU, measured over the same window. On an idle host it gets ~1 s/s
  // and the zone ~0.5; on a loaded host both get less, but the zone should still get about half of what it gets.
  const ref = spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' });
  t.after(() => ref.kill('SIGKILL'));
  await new Promise((r) => setTimeout(r, 300));
  const c0 = groupCpu(pgid);
  const r0 = procCpu(ref.pid!);
  await new Promise((r) => setTimeout(r, 3000));
  const zone = groupCpu(pgid) - c0;
  const busy = procCpu(ref.pid!) - r0;
  ref.kill('SIGKILL');
  assert.ok(busy > 0.3, `the reference busy process got only ${busy} s of CPU in 3 s: cannot judge`);
  const ratio = zone / busy;
  t.diagnostic(`zone ${zone.toFixed(2)} s, busy process ${busy.toFixed(2)} s in 3 s, ratio ${ratio.toFixed(2)}`);
  // Never more than asked for, whatever the load.
  assert.ok(zone / 3 < 0.65, `zone burnt ${(zone / 3).toFixed(2)} CPU-s/s with cpu=0.5`);
  // When a busy process gets over 0.6 CPU the zone's half is below its fair share, so it should get about half of
  // what the busy process got. On an oversubscribed host (busy < 0.6 s/s) a task that sleeps half of each slice is
  // scheduled ahead of spinners, so the ratio rises toward 1 and only the floor is meaningful.
  const hi = busy / 3 >= 0.6 ? 0.75 : 1.2;
  assert.ok(ratio > 0.3 && ratio < hi, `zone got ${zone.toFixed(2)} s, a busy process ${busy.toFixed(2)} s: ratio ${ratio.toFixed(2)}, want ~0.5 (< ${hi})`);
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
