/**
 * The hub's handler of agent messages (Fleet.apply) on its own, against a real SQLite file: what a snapshot records in
 * the change log, and what it refuses.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { zonelet } from '../../proto/gen/zonelet.js';
import { openDb } from '../../hub/src/db.js';
import { Fleet, type FleetEvent } from '../../hub/src/fleet.js';
import { HOST, tempDir } from './harness.js';

const Z1 = '4e3c2a1e-7f0b-4d9e-9b1a-2c3d4e5f6a7b';
const Z2 = '5f4d3b2f-8a1c-4eaf-8c2b-3d4e5f6a7b8c';

function fleetOnDisk() {
  const dir = tempDir('fleet-apply');
  const db = openDb(join(dir, 'hub.db'));
  const fleet = new Fleet(db, 3_600_000);
  fleet.hello({ hostUuid: HOST, hostname: 'cn', agentVersion: 't', bootId: 'b', streamId: 's', supportedVersions: [1] });
  let seq = 0;
  const apply = (body: zonelet.v1.IEnvelope) => {
    const env = zonelet.v1.Envelope.fromObject({ seq: ++seq, ...body });
    const events: FleetEvent[] = [];
    db.transaction(() => fleet.apply(HOST, env, zonelet.v1.Envelope.encode(env).finish(), events))();
  };
  const changes = () => (db.prepare('SELECT type, zone_uuid, json FROM zone_changes ORDER BY id').all() as Array<{ type: string; zone_uuid: string | null; json: string }>)
    .map((c) => ({ ...(JSON.parse(c.json) as { fields?: string[]; resync?: boolean }), type: c.type, uuid: c.zone_uuid }));
  return { apply, changes, close: () => { db.close(); rmSync(dir, { recursive: true, force: true }); } };
}

const zone = (uuid: string, alias: string) => ({ uuid, alias, state: 'running', brand: 'joyent' });

test('a snapshot records what it changed as changes learned at resync: nothing for an unchanged zone', (t) => {
  const f = fleetOnDisk();
  t.after(f.close);
  f.apply({ zoneSnapshot: { timeMs: 1, zones: [zone(Z1, 'a'), zone(Z2, 'b')] } });
  f.apply({ zoneChange: { timeMs: 2, type: zonelet.v1.ZoneChange.Type.MODIFY, uuid: Z1, zone: zone(Z1, 'a2'), fields: ['alias'] } });
  const before = f.changes().length;
  // the agent was down while Z1's alias changed again and Z2 was deleted: its next start sends a snapshot
  f.apply({ zoneSnapshot: { timeMs: 3, zones: [zone(Z1, 'a3')] } });
  const learned = f.changes().slice(before);
  assert.deepEqual(learned.map((c) => [c.type, c.uuid, c.resync ?? false]), [['modify', Z1, true], ['delete', Z2, true], ['snapshot', null, false]]);
  assert.deepEqual(learned[0]!.fields, ['alias']);
  // the same snapshot again: the view already says so, only the snapshot itself is recorded
  const n = f.changes().length;
  f.apply({ zoneSnapshot: { timeMs: 4, zones: [zone(Z1, 'a3')] } });
  assert.deepEqual(f.changes().slice(n).map((c) => c.type), ['snapshot']);
});

test('an enum value the hub does not know (proto3 enums are open) is refused as undecodable, not a TypeError', (t) => {
  const f = fleetOnDisk();
  t.after(f.close);
  assert.throws(() => f.apply({ zoneChange: { timeMs: 1, type: 99, uuid: Z1, zone: zone(Z1, 'a') } }), /undecodable message: unknown zone change type 99/);
  assert.throws(() => f.apply({ commandResult: { id: 'c1', status: 42, message: 'x' } }), /undecodable message: unknown command result status 42/);
  assert.deepEqual(f.changes(), [], 'nothing recorded');
});
