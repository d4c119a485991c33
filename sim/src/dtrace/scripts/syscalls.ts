/**
 * dtrace/syscalls.d in the sim: @syscalls[zonename] = count() on every syscall:::entry, and
 * @syscalls_by_name[zonename, probefunc] = count() for the names given as $$2..$$17 ("" in unused slots).
 *
 * Linux has no per-process syscall counter, so the total is a LOWER BOUND built from real counters of the zone's
 * processes over the interval: read-family calls (/proc/<pid>/io syscr) + write-family calls (syscw) + voluntary
 * context switches of every thread (each is a blocking call: epoll_wait, futex, nanosleep ...) + one forksys and one
 * exece per exec (see ./execs.ts). Per name, only what those counters identify is printed: read (syscr), write
 * (syscw), forksys and exece; other allowlisted names have no ground truth here and print nothing, as a name that
 * did not fire prints nothing in DTrace. Zones without processes get a modelled 200-1000 calls/s (30 % read,
 * 10 % write) fixed by their UUID.
 */
import { seedOf } from '../../kstat/figures.js';
import { Aggregation } from '../aggregation.js';
import { execsInInterval } from './execs.js';
import { modelledCount, samplingScript } from './interval.js';
import type { ScriptContext, ScriptRun } from './registry.js';

export function syscalls(ctx: ScriptContext): ScriptRun {
  const total = new Aggregation('syscalls', ['string'], { fn: 'count' });
  const byName = new Aggregation('syscalls_by_name', ['string', 'string'], { fn: 'count' });
  const allow = new Set(ctx.macros.slice(1, 17).filter((n) => n !== ''));
  return samplingScript(ctx.root, { io: true, switches: true, pids: true }, [total, byName], (s) => {
    for (const z of s.zones) {
      let names: Record<string, number>;
      let blocking = 0;
      if (z.pgid === null) {
        const n = modelledCount(200 + (seedOf(z.uuid) % 800), s.nowMs - s.elapsedMs, s.nowMs);
        names = { read: Math.floor(n * 0.3), write: Math.floor(n * 0.1) };
        blocking = n - names.read - names.write;
      } else {
        const execs = execsInInterval(z, s);
        names = { read: z.readCalls, write: z.writeCalls, forksys: execs, exece: execs };
        blocking = z.voluntarySwitches;
      }
      const sum = Object.values(names).reduce((a, b) => a + b, blocking);
      if (sum > 0) total.add([z.zonename], 1, sum);
      for (const [name, n] of Object.entries(names)) if (n > 0 && allow.has(name)) byName.add([z.zonename, name], 1, n);
    }
  });
}
