// vmadm snapshots (vmadm.8: create-snapshot / delete-snapshot / rollback-snapshot), create's image check and
// add_nics/remove_nics, judged by command output and the sim's change log.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { newHost, tool } from './sim-helpers.js';

interface Rec { type: string; uuid: string; by: string; vm?: Record<string, unknown>; changes?: Array<{ path: unknown[]; newValue?: unknown }> }
const changes = (root: string): Rec[] =>
  readFileSync(join(root, 'log', 'changes.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const get = (root: string, uuid: string) => JSON.parse(tool(root, 'vmadm', ['get', uuid]).stdout);
const uuidOf = (root: string, brand: string) => tool(root, 'vmadm', ['lookup', `brand=${brand}`, 'state=running']).stdout.split('\n')[0];

test('create, delete and roll back snapshots: messages, the snapshots array, change records, rollback restarts', (t) => {
  const h = newHost(['--zones', '4', '--time-scale', '0.001', '--synthetic']);
  t.after(h.cleanup);
  const uuid = uuidOf(h.root, 'joyent');
  assert.deepEqual(get(h.root, uuid).snapshots, []);

  for (const name of ['before-upgrade', 'mid', 'late:1%x']) {
    const c = tool(h.root, 'vmadm', ['create-snapshot', uuid, name]);
    assert.equal(c.code, 0, c.stderr);
    assert.equal(c.stdout, '');
    assert.equal(c.stderr, `Created snapshot ${name} for VM ${uuid}\n`);
  }
  const snaps = get(h.root, uuid).snapshots as Array<{ name: string; created_at: string }>;
  assert.deepEqual(snaps.map((s) => s.name), ['before-upgrade', 'mid', 'late:1%x']);
  for (const s of snaps) assert.ok(!Number.isNaN(Date.parse(s.created_at)), s.created_at);
  const snapRecs = changes(h.root).filter((r) => r.by === 'vmadm create-snapshot');
  assert.equal(snapRecs.length, 3, 'each snapshot is one VM modify');
  assert.ok(snapRecs.every((r) => r.type === 'modify' && r.uuid === uuid && r.changes!.some((c) => c.path[0] === 'snapshots')));

  const dup = tool(h.root, 'vmadm', ['create-snapshot', uuid, 'mid']);
  assert.equal(dup.code, 1);
  assert.match(dup.stderr, /already exists/);
  for (const bad of ['has space', 'x'.repeat(65), 'semi;colon']) {
    const r = tool(h.root, 'vmadm', ['create-snapshot', uuid, bad]);
    assert.equal(r.code, 1, bad);
    assert.equal(r.stderr, 'Invalid snapshot name\n');
  }
  assert.equal(tool(h.root, 'vmadm', ['create-snapshot', uuid, 'x'.repeat(64)]).code, 0, '64 characters are allowed');
  const few = tool(h.root, 'vmadm', ['create-snapshot', uuid]);
  assert.equal(few.code, 2);
  assert.match(few.stderr, /^Wrong number of parameters to "create-snapshot"\nUsage: /);
  assert.equal(tool(h.root, 'vmadm', ['delete-snapshot', 'not-a-uuid', 'mid']).code, 2);

  const del = tool(h.root, 'vmadm', ['delete-snapshot', uuid, 'x'.repeat(64)]);
  assert.equal(del.stderr, `Deleted snapshot ${'x'.repeat(64)} for VM ${uuid}\n`);
  const missing = tool(h.root, 'vmadm', ['delete-snapshot', uuid, 'nope']);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /nope/);

  const before = changes(h.root).length;
  const zoneid = get(h.root, uuid).zoneid;
  const rb = tool(h.root, 'vmadm', ['rollback-snapshot', uuid, 'before-upgrade']);
  assert.equal(rb.code, 0, rb.stderr);
  assert.equal(rb.stderr, `Rolled back snapshot before-upgrade for VM ${uuid}\n`);
  const after = get(h.root, uuid);
  assert.deepEqual(after.snapshots.map((s: { name: string }) => s.name), ['before-upgrade'], 'newer snapshots are gone');
  assert.equal(after.state, 'running', 'a running VM is booted again');
  assert.ok(after.zoneid > zoneid, 'it really was halted and booted (new zone id)');
  const seq = changes(h.root).slice(before).filter((r) => r.uuid === uuid).flatMap((r) => r.changes!.filter((c) => c.path[0] === 'state').map((c) => c.newValue));
  assert.deepEqual(seq, ['shutting_down', 'down', 'stopped', 'ready', 'running']);
});

test('KVM VMs refuse snapshots; create needs an installed image; add_nics and remove_nics', (t) => {
  const h = newHost(['--zones', '1', '--time-scale', '0.001', '--synthetic']);
  t.after(h.cleanup);
  const f = join(h.root, 'p.json');
  writeFileSync(f, JSON.stringify({ brand: 'kvm', ram: 512, alias: 'k' }));
  const c = tool(h.root, 'vmadm', ['create', '-f', f]);
  assert.equal(c.code, 0, c.stderr);
  const kvm = /VM (\S+)$/.exec(c.stderr.trim())![1];
  const k = tool(h.root, 'vmadm', ['create-snapshot', kvm, 'a']);
  assert.equal(k.code, 1);
  assert.equal(k.stderr, 'snapshots for KVM VMs currently unsupported\n');

  const img = '0bf06e0c-1b2a-4c8e-9f10-123456789abc';
  assert.equal(tool(h.root, 'imgadm', ['get', img]).code, 3, 'the image is not installed');
  writeFileSync(f, JSON.stringify({ brand: 'joyent', image_uuid: img, alias: 'no-image' }));
  const n = tool(h.root, 'vmadm', ['create', '-f', f]);
  assert.equal(n.code, 1);
  assert.match(n.stderr, new RegExp(`image ${img} not found`));
  assert.ok(!changes(h.root).some((r) => r.vm?.alias === 'no-image'), 'nothing was created');

  writeFileSync(f, JSON.stringify({ add_nics: [{ nic_tag: 'admin', ip: 'dhcp' }] }));
  assert.equal(tool(h.root, 'vmadm', ['update', kvm, '-f', f]).code, 0);
  const nic = get(h.root, kvm).nics.at(-1);
  assert.equal(nic.interface, 'net0');
  assert.match(nic.mac, /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/);
  writeFileSync(f, JSON.stringify({ remove_nics: [nic.mac] }));
  assert.equal(tool(h.root, 'vmadm', ['update', kvm, '-f', f]).code, 0);
  assert.deepEqual(get(h.root, kvm).nics, []);
  const last = changes(h.root).at(-1)!;
  assert.equal(last.by, 'vmadm update');
  assert.ok(last.changes!.some((x) => x.path[0] === 'nics'));
});
