// vmadm lifecycle: messages, exit codes and the state sequences recorded in the sim's change log (vmadm.md 2, 5, 6).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { newHost, tool } from './sim-helpers.js';
import { SHARED } from '../helpers/fixtures.js';

interface Rec { seq: number; type: string; uuid: string; vm?: Record<string, unknown>; changes?: Array<{ path: unknown[]; newValue?: unknown }> }
const changes = (root: string): Rec[] =>
  readFileSync(join(root, 'log', 'changes.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const states = (recs: Rec[], uuid: string) =>
  recs.filter((r) => r.uuid === uuid && r.changes?.some((c) => c.path[0] === 'state')).map((r) => r.vm!.state);
const pidAlive = (pid: number) => {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
};
/** A killed group's leader can stay a zombie until its new parent reaps it: wait a little. */
async function gone(pid: number): Promise<boolean> {
  for (let i = 0; i < 40 && pidAlive(pid); i++) await new Promise((r) => setTimeout(r, 50));
  return !pidAlive(pid);
}
const uuidOf = (root: string, brand: string) => tool(root, 'vmadm', ['lookup', `brand=${brand}`, 'state=running']).stdout.split('\n')[0];

test('stop and start an OS zone: states, messages, exit codes, processes', async (t) => {
  const h = newHost(['--zones', '4', '--time-scale', '0.001']);
  t.after(h.cleanup);
  const uuid = uuidOf(h.root, 'joyent');
  const rt = JSON.parse(readFileSync(join(h.root, 'runtime', `${uuid}.json`), 'utf8'));
  assert.ok(pidAlive(rt.pgid), 'running zone has a live process group');

  const stop = tool(h.root, 'vmadm', ['stop', uuid]);
  assert.equal(stop.code, 0);
  assert.equal(stop.stdout, '');
  assert.equal(stop.stderr, `Successfully completed stop for VM ${uuid}\n`);
  assert.deepEqual(states(changes(h.root), uuid), ['shutting_down', 'down', 'stopped']);
  assert.ok(await gone(rt.pgid), 'stop killed the zone process group');
  const vm = JSON.parse(tool(h.root, 'vmadm', ['get', uuid]).stdout);
  assert.equal(vm.state, 'stopped');
  assert.equal(vm.zone_state, 'installed');
  assert.equal(vm.autoboot, false);
  assert.equal(vm.zoneid, undefined);

  const again = tool(h.root, 'vmadm', ['stop', uuid]);
  assert.equal(again.code, 0);
  assert.equal(again.stderr, `VM ${uuid} is already not 'running' (currently: stopped)\n`);
  const t1 = tool(h.root, 'vmadm', ['stop', uuid, '-t', '10']);
  assert.equal(t1.code, 1);
  assert.equal(t1.stderr, 'Timeout option is only supported for bhyve, KVM and docker containers.\n');

  const start = tool(h.root, 'vmadm', ['start', uuid]);
  assert.equal(start.code, 0);
  assert.equal(start.stderr, `Successfully started VM ${uuid}\n`);
  const after = JSON.parse(tool(h.root, 'vmadm', ['get', uuid]).stdout);
  assert.equal(after.state, 'running');
  assert.ok(after.zoneid > rt.zoneid, 'a new zone id on every boot');
  assert.ok(pidAlive(after.pid));
  const running = tool(h.root, 'vmadm', ['start', uuid]);
  assert.equal(running.code, 0);
  assert.equal(running.stderr, `VM ${uuid} is already 'running'\n`);
});

test('HVM stop goes running -> stopping -> stopped with transition_to', (t) => {
  const h = newHost(['--zones', '4', '--time-scale', '0.001', '--synthetic']);
  t.after(h.cleanup);
  const uuid = uuidOf(h.root, 'bhyve');
  const r = tool(h.root, 'vmadm', ['stop', uuid, '-t', '30']);
  assert.equal(r.code, 0, r.stderr);
  const recs = changes(h.root);
  assert.deepEqual(states(recs, uuid), ['stopping', 'stopped']);
  const stopping = recs.find((x) => x.vm?.state === 'stopping')!;
  assert.equal(stopping.vm!.transition_to, 'stopped');
  assert.equal(typeof stopping.vm!.transition_expire, 'number');
});

test('create: validation texts, success on stderr only, provisioning -> running; update and delete', (t) => {
  const h = newHost(['--zones', '1', '--time-scale', '0.001', '--synthetic']);
  t.after(h.cleanup);
  const img = JSON.parse(tool(h.root, 'imgadm', ['list', '-j']).stdout).find((i: { manifest: { type: string } }) => i.manifest.type === 'lx-dataset').manifest.uuid;
  const f = join(h.root, 'payload.json');
  writeFileSync(f, JSON.stringify({ brand: 'lx', image_uuid: img, alias: 'made', max_physical_memory: 512, quota: 10 }));
  const v = tool(h.root, 'vmadm', ['validate', 'create', '-f', f]);
  assert.equal(v.code, 1);
  // validate-create-missing-property.stderr.txt is the whole stderr of the real command
  assert.equal(v.stderr, readFileSync(SHARED + 'fixtures/smartos/vmadm/validate-create-missing-property.stderr.txt', 'utf8'));
  const bad = tool(h.root, 'vmadm', ['create', '-f', f]);
  assert.equal(bad.code, 1);
  assert.equal(bad.stderr, 'Missing required properties: kernel_version\n');
  assert.equal(tool(h.root, 'vmadm', ['create', '-f', join(h.root, 'nope.json')]).stderr, `File: ${join(h.root, 'nope.json')} does not exist.\n`);

  writeFileSync(f, JSON.stringify({ brand: 'lx', image_uuid: img, alias: 'made', max_physical_memory: 512, quota: 10, kernel_version: '5.10.0' }));
  const c = tool(h.root, 'vmadm', ['create', '-f', f]);
  assert.equal(c.code, 0, c.stderr);
  assert.equal(c.stdout, '');
  const m = /^Successfully created VM ([0-9a-f-]{36})\n$/.exec(c.stderr);
  assert.ok(m, c.stderr);
  const uuid = m[1];
  const recs = changes(h.root).filter((r) => r.uuid === uuid);
  assert.equal(recs[0].type, 'create');
  assert.equal(recs[0].vm!.state, 'provisioning');
  assert.equal(recs[0].vm!.zone_state, 'configured');
  const zoneStates = recs.flatMap((r) => r.changes?.filter((x) => x.path[0] === 'zone_state').map((x) => x.newValue) ?? []);
  assert.deepEqual(zoneStates, ['incomplete', 'installed', 'ready', 'running']);
  assert.equal(recs.at(-1)!.vm!.state, 'running');
  assert.equal(recs.at(-1)!.vm!.transition_to, undefined);

  const u = tool(h.root, 'vmadm', ['update', uuid, 'quota=20']);
  assert.equal(u.stderr, `Successfully updated VM ${uuid}\n`);
  const upd = changes(h.root).at(-1)!;
  // last_modified has whole seconds, so it is only in changes[] when the second changed
  assert.deepEqual(upd.changes!.filter((x) => x.path[0] !== 'last_modified'), [
    { prettyPath: 'quota', path: ['quota'], action: 'changed', oldValue: 10, newValue: 20 },
  ]);
  assert.equal(tool(h.root, 'vmadm', ['update', uuid, 'quota=lots']).stderr, 'Invalid value(s) for: quota\n');

  const d = tool(h.root, 'vmadm', ['delete', uuid]);
  assert.equal(d.code, 0);
  assert.equal(d.stderr, `Successfully deleted VM ${uuid}\n`);
  const last = changes(h.root).at(-1)!;
  assert.equal(last.type, 'delete');
  assert.equal(last.vm, undefined);
  const gone = tool(h.root, 'vmadm', ['delete', uuid]);
  assert.equal(gone.stderr, `Failed to delete VM ${uuid}: VM ${uuid} not found\n`);
});
