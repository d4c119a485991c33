/**
 * dtrace/execs.d in the sim: @execs[zonename] = count() on proc:::exec-success.
 *
 * Linux keeps no per-process-group exec count, and the `exec=N` workload's children (/bin/true) live about a
 * millisecond, far below any affordable /proc poll. So a zone's execs in an interval are the larger of
 *  - the new pids actually seen in its process group since the previous tick (ground truth, catches longer-lived
 *    children), and
 *  - its workload's declared exec rate over the interval (MODELLED), counted only when a process of the zone really
 *    reaped children in that interval (its /proc stat cminflt grew), so a stopped or changed workload stops counting.
 * Zones without processes get a modelled 0.2-0.6 execs/s fixed by their UUID.
 */
import { seedOf } from '../../kstat/figures.js';
import type { ActivitySample, ZoneActivity } from '../../proc/zone-activity.js';
import { Aggregation } from '../aggregation.js';
import { modelledCount, samplingScript } from './interval.js';
import type { ScriptContext, ScriptRun } from './registry.js';

/** What the zone exec'd in the sample's interval (see the header); syscalls.d counts the same fork+exec pairs. */
export function execsInInterval(z: ZoneActivity, s: ActivitySample): number {
  const from = s.nowMs - s.elapsedMs;
  if (z.pgid === null) return modelledCount(0.2 + (seedOf(z.uuid) % 5) / 10, from, s.nowMs);
  const declared = z.reapedChildren ? modelledCount(z.workload.execPerSec, from, s.nowMs) : 0;
  return Math.max(z.newPids, declared);
}

export function execs(ctx: ScriptContext): ScriptRun {
  const agg = new Aggregation('execs', ['string'], { fn: 'count' });
  return samplingScript(ctx.root, { pids: true }, [agg], (s) => {
    for (const z of s.zones) {
      const n = execsInInterval(z, s);
      if (n > 0) agg.add([z.zonename], 1, n);
    }
  });
}
