import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { toZone, changedFields, type Zone } from '../../agent/src/inventory/zone.js';
import { diffZones } from '../../agent/src/inventory/diff.js';
import { stripLookupFakes, type VmObject } from '../../agent/src/platform/vmadm.js';
import { SHARED } from '../helpers/fixtures.js';

const FIX = SHARED + 'fixtures/smartos/vmadm';
const vms = JSON.parse(readFileSync(`${FIX}/vminfod-vms-array.json`, 'utf8')) as VmObject[];
const mariadb = JSON.parse(readFileSync(`${FIX}/get-joyent.json`, 'utf8')) as VmObject;

test('toZone keeps exactly the exported fields of a real `vmadm get` object', () => {
  // expected values copied by hand from get-joyent.json
  assert.deepEqual(toZone(mariadb), {
    uuid: 'b990f39c-0619-4975-85b2-2442115bc0d8', brand: 'joyent', state: 'running', zone_state: 'running',
    alias: 'mariadb', owner_uuid: '00000000-0000-0000-0000-000000000000', image_uuid: 'e44ed3e0-910b-11ed-a5d4-00151714048c',
    create_timestamp: '2023-12-24T21:51:53.628Z', boot_timestamp: '2023-12-26T02:54:01.000Z',
    max_physical_memory: 4096, quota: 32, cpu_shares: 100, zoneid: 2,
    nics: [{ interface: 'net0', mac: '82:7a:fd:a5:3a:54', nic_tag: 'admin', gateway: '172.16.0.1', gateways: ['172.16.0.1'],
      netmask: '255.255.248.0', ip: '172.16.3.5', ips: ['172.16.3.5/21'], primary: true }],
  });
});

test('metadata leaves the host only for allowlisted keys; nic secrets never', () => {
  const vm = {
    ...mariadb,
    customer_metadata: { 'root_authorized_keys': 'ssh-rsa AAA', 'user-script': 'secret', role: 'db' },
    internal_metadata: { 'docker:token': 'x', 'sdc:operator': 'yes' },
    tags: { env: 'prod', owner: 'alice' },
    vnc_password: 'hunter2',
    nics: [{ interface: 'net0', mac: '82:7a:fd:a5:3a:54', nic_tag: 'admin', vrrp_primary_ip: '1.2.3.4', password: 'p' }],
  } as VmObject;
  const none = toZone(vm);
  assert.equal(none.customer_metadata, undefined);
  assert.equal(none.internal_metadata, undefined);
  assert.equal(none.tags, undefined);
  assert.ok(!JSON.stringify(none).includes('hunter2') && !JSON.stringify(none).includes('secret'));
  assert.deepEqual(none.nics, [{ interface: 'net0', mac: '82:7a:fd:a5:3a:54', nic_tag: 'admin' }]);
  const some = toZone(vm, { customer: ['role', 'missing'], internal: ['sdc:operator'], tags: ['env'] });
  assert.deepEqual(some.customer_metadata, { role: 'db' });
  assert.deepEqual(some.internal_metadata, { 'sdc:operator': 'yes' });
  assert.deepEqual(some.tags, { env: 'prod' });
});

test('lookup -j fakes are stripped: no type ever, ram only for HVM brands', () => {
  const os = stripLookupFakes({ ...mariadb, type: 'OS', ram: 4096 } as VmObject);
  assert.equal('type' in os, false);
  assert.equal('ram' in os, false);
  assert.deepEqual(toZone(os), toZone(mariadb));
  const hvm = stripLookupFakes({ uuid: 'a', brand: 'bhyve', state: 'running', type: 'BHYV', ram: 1024 } as VmObject);
  assert.equal(hvm.ram, 1024);
  assert.equal('type' in hvm, false);
});

test('changes only to non-exported fields (last_modified, pid) are no change at all', () => {
  const a = toZone(mariadb);
  const b = toZone({ ...mariadb, last_modified: '2024-01-01T00:00:00.000Z', pid: 1, transition_to: 'running' } as VmObject);
  assert.deepEqual(changedFields(a, b), []);
  const c = toZone({ ...mariadb, state: 'stopped', zone_state: 'installed', quota: 20 } as VmObject);
  assert.deepEqual(changedFields(a, c), ['state', 'zone_state', 'quota']);
});

test('diffZones over the real vminfod array yields exactly the create/modify/delete made', () => {
  const old = new Map(vms.map((v) => [v.uuid, toZone(v)] as [string, Zone]));
  assert.equal(old.size, 3);
  const [a, b, c] = vms;
  const next = new Map(old);
  next.delete(a.uuid);
  next.set(b.uuid, toZone({ ...b, state: 'stopped', last_modified: 'x' } as VmObject));
  next.set(c.uuid, toZone({ ...c, last_modified: 'y', pid: 99 } as VmObject)); // invisible
  const fresh = { ...c, uuid: 'aaaaaaaa-0000-4000-8000-000000000001' } as VmObject;
  next.set(fresh.uuid, toZone(fresh));
  const d = diffZones(old, next);
  assert.deepEqual(d.map((x) => [x.type, x.type === 'delete' ? x.uuid : x.zone.uuid]), [
    ['delete', a.uuid], ['create', fresh.uuid], ['modify', b.uuid],
  ].sort((x, y) => (x[0] === 'delete' ? -1 : y[0] === 'delete' ? 1 : x[1].localeCompare(y[1]))));
  const mod = d.find((x) => x.type === 'modify');
  assert.ok(mod && mod.type === 'modify');
  assert.deepEqual(mod.fields, ['state']);
  assert.deepEqual(diffZones(old, new Map(old)), []);
});
