import { changedFields, type Zone } from './zone.js';

export type ZoneChange =
  | { type: 'create'; zone: Zone }
  | { type: 'modify'; zone: Zone; previous: Zone; fields: string[] }
  | { type: 'delete'; uuid: string; previous: Zone };

/** The change (if any) that takes one zone from `prev` to `next`; undefined means nothing a consumer sees changed. */
export function zoneChange(uuid: string, prev: Zone | undefined, next: Zone | undefined): ZoneChange | undefined {
  if (prev === undefined) return next === undefined ? undefined : { type: 'create', zone: next };
  if (next === undefined) return { type: 'delete', uuid, previous: prev };
  const fields = changedFields(prev, next);
  return fields.length === 0 ? undefined : { type: 'modify', zone: next, previous: prev, fields };
}

/** Exactly the changes that turn `old` into `next`: deletes, then creates and modifies, each in uuid order. */
export function diffZones(old: ReadonlyMap<string, Zone>, next: ReadonlyMap<string, Zone>): ZoneChange[] {
  const out: ZoneChange[] = [];
  for (const uuid of [...old.keys()].sort()) if (!next.has(uuid)) out.push({ type: 'delete', uuid, previous: old.get(uuid)! });
  for (const uuid of [...next.keys()].sort()) {
    const c = zoneChange(uuid, old.get(uuid), next.get(uuid));
    if (c) out.push(c);
  }
  return out;
}
