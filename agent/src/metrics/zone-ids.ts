/**
 * Which kstat instances belong to which zone, for one kstat read.
 *
 * Theory of operation: zone kstats are instanced by zone id, which changes at every boot, and named by the zonename
 * cut to 30 characters. The full name (the VM UUID on SmartOS) is the `zonename` statistic. During a reboot the old
 * boot's kstats can still be listed next to the new ones; we pick, per zonename, the zone id whose kstats have the
 * newest crtime, and ignore every instance of any other id. Series are keyed by zonename, so a reboot shows up as
 * counters starting again from zero (a counter reset), never as a mix of two boots and never as a negative step.
 */
import type { KstatInstance } from '../platform/kstat.js';
import { keepShape } from '../util/shapes.js';
import { toSeconds } from './collectors/table.js';

const GZ_LINK = /^z(\d+)_(.+)$/;

export interface ZoneIds {
  /** the zonename of an instance that is part of a non-global zone's current boot, else undefined */
  zoneOf(ks: KstatInstance): string | undefined;
  /** the zonename for a current zone id (for kstats with no zonename statistic, such as mib2 tcp) */
  byId(zoneid: number): string | undefined;
  /** VNIC: zone and zone-side interface name (net0 from z12_net0), when the link belongs to a current boot */
  link(ks: KstatInstance): { zone: string; nic: string } | undefined;
  /** zonenames with kstats in this read */
  readonly names: ReadonlySet<string>;
}

function zonenameOf(ks: KstatInstance): string | undefined {
  const v = ks.stats.get('zonename');
  return v === undefined ? undefined : String(v);
}

export function resolveZoneIds(instances: readonly KstatInstance[]): ZoneIds {
  const best = new Map<string, { id: number; crtime: number }>();
  for (const ks of instances) {
    if (ks.instance <= 0 || ks.module === 'link') continue;
    const name = zonenameOf(ks);
    if (name === undefined || name === '' || name === 'global') continue;
    const crtime = toSeconds(ks.stats.get('crtime')) ?? 0;
    const cur = best.get(name);
    if (!cur || crtime > cur.crtime || (crtime === cur.crtime && ks.instance > cur.id)) {
      best.set(name, bootOf(ks.instance, crtime));
    }
  }
  const byId = new Map<number, string>();
  for (const [name, { id }] of best) byId.set(id, name);
  return new ZoneIdIndex(byId, new Set(best.keys()));
}

/** A zone's boot as resolveZoneIds() picks it; one kept alive (util/shapes.ts: its shape, and the code that reads it). */
function bootOf(id: number, crtime: number): { id: number; crtime: number } {
  return { id, crtime };
}
keepShape(bootOf(0, 0.5));

/**
 * A class, not an object of closures: the collectors' optimized code calls these methods once per kstat, and
 * closures made anew each cycle were inlined into it and then, once collected, deoptimized it every cycle (the same
 * holds for the class's shape, hence keepShape below).
 */
class ZoneIdIndex implements ZoneIds {
  constructor(private readonly ids: ReadonlyMap<number, string>, readonly names: ReadonlySet<string>) {}

  byId(zoneid: number): string | undefined {
    return this.ids.get(zoneid);
  }

  zoneOf(ks: KstatInstance): string | undefined {
    const zone = this.ids.get(ks.instance);
    if (zone === undefined) return undefined;
    const name = zonenameOf(ks);
    return name === undefined || name === zone ? zone : undefined;
  }

  link(ks: KstatInstance): { zone: string; nic: string } | undefined {
    const name = zonenameOf(ks);
    if (name === undefined || name === '' || name === 'global') return undefined;
    const m = GZ_LINK.exec(ks.name);
    if (!m) return linkOwner(name, ks.name); // no zone id in the name: nothing to mix up
    return this.ids.get(Number(m[1])) === name ? linkOwner(name, m[2]!) : undefined;
  }
}

/** A VNIC's zone and zone-side name; one kept alive (util/shapes.ts), as these die with their cycle. */
function linkOwner(zone: string, nic: string): { zone: string; nic: string } {
  return { zone, nic };
}
keepShape(linkOwner('', ''));

keepShape(new ZoneIdIndex(new Map(), new Set()));
