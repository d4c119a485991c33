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

test('a cpu=0.5 zone accrues about 0.5 s of CPU per second; stop-all leaves no process', async (t) => {
  const h = newHost(['--zones', '3']);
  t.after(h.cleanup);
  const uuid = tool(h.root, 'vmadm', ['lookup', 'state=running']).stdout.split('\n')[0];
  const rt = () => JSON.parse(readFileSync(join(h.root, 'runtime', `${uuid}.json`), 'utf8'));
  const { pgid, zoneid } = rt();
  assert.ok(pgid > 0 && zoneid > 0);
  assert.equal(sim(['workload', '--root', h.root, uuid, 'cpu=0.5']).code, 0);
  await new Promise((r) => setTimeout(r, 300));
  const c0 = groupCpu(pgid);
  const t0 = Date.now();
  await new Promise((r) => setTimeout(r, 2000));
  const rate = (groupCpu(pgid) - c0) / ((Date.now() - t0) / 1000);
  assert.ok(rate > 0.35 && rate < 0.65, `cpu rate ${rate}`);
  assert.equal(rt().pgid, pgid, 'a workload change keeps the same processes');
  assert.equal(sim(['workload', '--root', h.root, uuid, 'cpu=lots']).code, 1);

  const pgids = readdirSync(join(h.root, 'runtime')).map((f) => JSON.parse(readFileSync(join(h.root, 'runtime', f), 'utf8')).pgid).filter((p) => p);
  assert.ok(pgids.length >= 2);
  assert.equal(sim(['stop-all', '--root', h.root]).code, 0);
  await new Promise((r) => setTimeout(r, 300));
  for (const p of pgids) assert.equal(groupProcs(p), 0, `group ${p} left processes`);
});
