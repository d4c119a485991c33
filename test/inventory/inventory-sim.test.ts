import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ZoneInventory } from '../../agent/src/inventory/inventory.js';
import { toZone, type Zone } from '../../agent/src/inventory/zone.js';
import type { ZoneChange } from '../../agent/src/inventory/diff.js';
import type { VmObject } from '../../agent/src/platform/vmadm.js';
import { simHost, until } from './simhost.js';

/** Applies changes to a copy of the baseline, failing on any change that does not follow from the previous one. */
function replay(baseline: Zone[], changes: ZoneChange[]): Map<string, Zone> {
  const m = new Map(baseline.map((z) => [z.uuid, z]));
  for (const c of changes) {
    if (c.type === 'create') { assert.ok(!m.has(c.zone.uuid), `duplicate create ${c.zone.uuid}`); m.set(c.zone.uuid, c.zone); }
    else if (c.type === 'delete') { assert.deepEqual(m.get(c.uuid), c.previous, `delete of ${c.uuid} out of step`); m.delete(c.uuid); }
    else {
      assert.deepEqual(m.get(c.zone.uuid), c.previous, `modify of ${c.zone.uuid} out of step (duplicate or missed change)`);
      assert.notDeepEqual(c.previous, c.zone, 'a modify that changes nothing');
      m.set(c.zone.uuid, c.zone);
    }
  }
  return m;
}

function truth(h: ReturnType<typeof simHost>): Map<string, Zone> {
  return new Map(h.uuids().map((u) => [u, toZone(h.vm(u) as VmObject)]));
}

test('baseline is the ready line; a change made by a separate process reaches subscribers', async (t) => {
  const h = simHost(t, 5);
  const inv = new ZoneInventory({ vmadm: h.vmadm, reconcileSchedule: null });
  t.after(() => inv.stop());
  inv.start();
  await inv.ready;
  assert.deepEqual(new Map(inv.all().map((z) => [z.uuid, z])), truth(h));
  const baseline = inv.all();
  const seen: ZoneChange[] = [];
  inv.subscribe((c) => seen.push(c));
  const [a] = h.uuids();
  h.sh('vmadm', 'stop', a);
  await until(() => inv.get(a)?.state === 'stopped', 10_000, 'the stop to reach the view');
  assert.ok(seen.length >= 1 && seen.every((c) => c.type === 'modify' && c.zone.uuid === a));
  assert.deepEqual(replay(baseline, seen), truth(h));
  // the sim logged several modify records for the stop (zone_state steps, last_modified); each change we emitted
  // must correspond to at least one of them
  const simMods = h.changes().filter((c) => c.uuid === a && c.type === 'modify').length;
  assert.ok(seen.length <= simMods, `${seen.length} changes emitted for ${simMods} sim records`);
});

test('events child killed and restarted: no missed and no duplicated change, including those made while it was down', async (t) => {
  const h = simHost(t, 6);
  const inv = new ZoneInventory({ vmadm: h.vmadm, reconcileSchedule: null, backoff: { minMs: 400, maxMs: 1000 } });
  t.after(() => inv.stop());
  inv.start();
  await inv.ready;
  const baseline = inv.all();
  const seen: ZoneChange[] = [];
  inv.subscribe((c) => seen.push(c));
  const [a, b, c, d] = h.uuids();
  h.sh('vmadm', 'stop', a);
  await until(() => inv.get(a)?.state === 'stopped', 10_000, 'stop of a');

  const eventsPid = () => h.invocations().filter((i) => i.argv[0] === 'events' && i.phase === 'start').map((i) => i.pid);
  const before = eventsPid();
  process.kill(before.at(-1)!, 'SIGKILL');
  // changes while no stream runs (the backoff is 400 ms)
  h.sh('vmadm', 'update', b, 'alias=renamed-b');
  h.sh('vmadm', 'delete', c);
  await until(() => eventsPid().length > before.length, 10_000, 'a new vmadm events');
  await until(() => inv.get(b)?.alias === 'renamed-b' && !inv.get(c), 10_000, 'the diff after restart');
  h.sh('vmadm', 'stop', d); // and the restarted stream keeps going
  await until(() => inv.get(d)?.state === 'stopped', 10_000, 'stop of d');

  assert.deepEqual(inv.all().length, h.uuids().length);
  assert.deepEqual(replay(baseline, seen), truth(h));
  assert.equal(seen.filter((x) => x.type === 'delete').length, 1);
  assert.ok(inv.stats.streamRestarts >= 1);
});

test('an unparsable events line restarts the stream with backoff', async (t) => {
  const h = simHost(t, 3);
  const inv = new ZoneInventory({ vmadm: h.vmadm, reconcileSchedule: null, backoff: { minMs: 100, maxMs: 400 } });
  t.after(() => inv.stop());
  inv.start();
  await inv.ready;
  h.sim('fault', 'vmadm', 'garbage', '--match', 'events');
  const pids = () => h.invocations().filter((i) => i.argv[0] === 'events' && i.phase === 'start').map((i) => i.pid);
  process.kill(pids().at(-1)!, 'SIGTERM');
  await until(() => inv.stats.streamRestarts >= 3, 10_000, 'several restarts on garbage');
  h.sim('fault', '--clear', 'vmadm');
  const [a] = h.uuids();
  h.sh('vmadm', 'stop', a);
  await until(() => inv.get(a)?.state === 'stopped', 15_000, 'recovery after the fault cleared');
  assert.deepEqual(new Map(inv.all().map((z) => [z.uuid, z])), truth(h));
});

test('without `vmadm events` (Invalid command) the inventory polls lookup -j', async (t) => {
  const h = simHost(t, 3);
  h.sim('fault', 'vmadm', 'exit', '--value', '2', '--message', 'Invalid command: "events".', '--match', 'events');
  const inv = new ZoneInventory({ vmadm: h.vmadm, reconcileSchedule: null, pollIntervalMs: 150 });
  t.after(() => inv.stop());
  inv.start();
  await inv.ready;
  assert.equal(inv.stats.mode, 'polling');
  assert.deepEqual(new Map(inv.all().map((z) => [z.uuid, z])), truth(h));
  const seen: ZoneChange[] = [];
  inv.subscribe((c) => seen.push(c));
  const [a] = h.uuids();
  h.sh('vmadm', 'stop', a);
  await until(() => inv.get(a)?.state === 'stopped', 10_000, 'the poll to see the stop');
  assert.equal(h.invocations().filter((i) => i.argv[0] === 'events' && i.phase === 'start').length, 1, 'events tried once, not in a loop');
});

test('reconcile repairs drift the stream never reported, and counts it', async (t) => {
  const h = simHost(t, 3);
  const inv = new ZoneInventory({ vmadm: h.vmadm, reconcileSchedule: null });
  t.after(() => inv.stop());
  inv.start();
  await inv.ready;
  assert.equal(await inv.reconcile(), 0);
  const [a] = h.uuids();
  // edit the VM behind vmadm's back: no change record, so no event
  writeFileSync(join(h.root, 'vms', `${a}.json`), JSON.stringify({ ...h.vm(a), cpu_cap: 350 }, null, 2));
  const seen: ZoneChange[] = [];
  inv.subscribe((c) => seen.push(c));
  assert.equal(await inv.reconcile(), 1);
  assert.equal(inv.get(a)?.cpu_cap, 350);
  assert.deepEqual(seen.map((c) => c.type === 'modify' && c.fields), [['cpu_cap']]);
  assert.equal(inv.stats.repairs, 1);
});
