/**
 * Zone identity and lifecycle from the zone directory (the inventory): info, the current state (one series per
 * zone; a state change ends one series and starts another) and when that state began. The start of a state is
 * known exactly for running zones (boot_timestamp) and provisioning ones (create_timestamp); for other states it is
 * the time this agent first saw the zone in it.
 */
import { family, labelPairs } from '../exposition.js';
import type { TaskCollector } from './collector.js';
import type { ZoneIdentity } from '../sources.js';

const info = family('smartos_zone_info', 'gauge', 'Identity of the zone; the value is always 1.');
const state = family('smartos_zone_state', 'gauge', 'Current vmadm state of the zone; one series per zone, value 1.');
const changed = family('smartos_zone_state_changed_timestamp_seconds', 'gauge', 'Unix time the zone entered its current state.');

/** What a known zone that is not running exposes on its own route: its info and state only. */
export const NOT_RUNNING_FAMILIES: ReadonlySet<string> = new Set([info.name, state.name]);

function stateStart(z: ZoneIdentity, now: number): number {
  const ts = z.state === 'running' ? z.boot_timestamp : z.state === 'provisioning' ? z.create_timestamp : undefined;
  const t = ts ? Date.parse(ts) : NaN;
  return Number.isFinite(t) ? t / 1000 : now;
}

export function zoneInfo(now: () => number = () => Date.now() / 1000): TaskCollector {
  const seen = new Map<string, { state: string; since: number }>();
  return {
    kind: 'task',
    name: 'zone_info',
    families: [info, state, changed],
    defaultIntervalSeconds: 10,
    async run(sources, _timeoutMs, out) {
      if (!sources.directory) throw new Error('no zone directory');
      const present = new Set<string>();
      const t = now();
      for (const z of sources.directory.all()) {
        present.add(z.uuid);
        let s = seen.get(z.uuid);
        if (!s || s.state !== z.state) {
          s = { state: z.state, since: s ? t : stateStart(z, t) };
          seen.set(z.uuid, s);
        }
        const id = labelPairs({ alias: z.alias ?? '', brand: z.brand, owner_uuid: z.owner_uuid ?? '', image_uuid: z.image_uuid ?? '' });
        out.zone(info, z.uuid, id, '1');
        out.zone(state, z.uuid, labelPairs({ state: z.state }), '1');
        out.zone(changed, z.uuid, '', String(Math.round(s.since * 1000) / 1000));
      }
      for (const uuid of seen.keys()) if (!present.has(uuid)) seen.delete(uuid);
    },
  };
}
