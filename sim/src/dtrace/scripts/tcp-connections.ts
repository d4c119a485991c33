/**
 * dtrace/tcp-connections.d in the sim: @tcp[args[1]->cs_zoneid, "inbound" | "outbound"] = count() on
 * tcp:::accept-established / tcp:::connect-established; the key is the zone id (zoneid_t, printed " %8d").
 *
 * Entirely MODELLED: the sim's zones share the Linux host's network stack, so there is no per-zone TCP truth. Each
 * running zone accepts 0-1.5 and initiates 0-1 connections/s, rates fixed by its UUID; the global zone (id 0)
 * initiates 1/s, as a real host's agents do. Keys that did not fire in an interval print nothing.
 */
import { seedOf } from '../../kstat/figures.js';
import { Aggregation } from '../aggregation.js';
import { modelledCount, samplingScript } from './interval.js';
import type { ScriptContext, ScriptRun } from './registry.js';

export function tcpConnections(ctx: ScriptContext): ScriptRun {
  const tcp = new Aggregation('tcp', ['int32', 'string'], { fn: 'count' });
  const add = (zoneid: number, direction: string, n: number) => {
    if (n > 0) tcp.add([zoneid, direction], 1, n);
  };
  return samplingScript(ctx.root, {}, [tcp], (s) => {
    const from = s.nowMs - s.elapsedMs;
    add(0, 'outbound', modelledCount(1, from, s.nowMs));
    for (const z of s.zones) {
      const seed = seedOf(z.uuid);
      add(z.zoneid, 'inbound', modelledCount((seed % 4) * 0.5, from, s.nowMs));
      add(z.zoneid, 'outbound', modelledCount(((seed >>> 4) % 3) * 0.5, from, s.nowMs));
    }
  });
}
