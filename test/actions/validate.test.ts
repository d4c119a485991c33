import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateRequest, validateForZone, ValidationError } from '../../agent/src/actions/validate.js';

const U = 'b990f39c-0619-4975-85b2-2442115bc0d8';
const IMG = 'e44ed3e0-910b-11ed-a5d4-00151714048c';
const field = (raw: unknown) => {
  try {
    validateRequest(raw);
  } catch (e) {
    assert.ok(e instanceof ValidationError, String(e));
    return e.field;
  }
  assert.fail(`accepted ${JSON.stringify(raw).slice(0, 200)}`);
};

test('well-formed requests pass, with their payload', () => {
  assert.deepEqual(validateRequest({ id: 'r-1', action: 'start', uuid: U }), { id: 'r-1', action: 'start', uuid: U, payload: {} });
  assert.deepEqual(validateRequest({ id: 'r-2', action: 'stop', uuid: U, payload: { force: true, timeout: 30 } }).payload, { force: true, timeout: 30 });
  assert.equal(validateRequest({ id: 'r-3', action: 'create', uuid: U, payload: { brand: 'joyent', image_uuid: IMG, alias: 'web-1', max_physical_memory: 512, nics: [{ nic_tag: 'admin', ip: 'dhcp' }] } }).action, 'create');
  assert.equal(validateRequest({ id: 'r-4', action: 'create-snapshot', uuid: U, payload: { name: 'before-upgrade_2024.1' } }).payload.name, 'before-upgrade_2024.1');
});

test('each malformed request is rejected naming the offending field', () => {
  assert.equal(field({ id: 'x', action: 'start', uuid: 'not-a-uuid' }), 'uuid');
  assert.equal(field({ id: 'x', action: 'start', uuid: U.toUpperCase() }), 'uuid');
  assert.equal(field({ id: 'x', action: 'start', uuid: `${U};reboot` }), 'uuid');
  assert.equal(field({ id: 'x', action: 'format-disk', uuid: U }), 'action');
  assert.equal(field({ id: 'x', action: 'start', uuid: U, payload: { force: true } }), 'payload.force');
  assert.equal(field({ id: 'x', action: 'update', uuid: U, payload: { alias: 'web; rm -rf /' } }), 'payload.alias');
  assert.equal(field({ id: 'x', action: 'update', uuid: U, payload: { alias: '$(reboot)' } }), 'payload.alias');
  assert.equal(field({ id: 'x', action: 'update', uuid: U, payload: { alias: 'a\u0000b' } }), 'payload.alias');
  assert.equal(field({ id: 'x', action: 'create-snapshot', uuid: U, payload: { name: 'a`id`' } }), 'payload.name');
  assert.equal(field({ id: 'x', action: 'create-snapshot', uuid: U }), 'payload.name');
  assert.equal(field({ id: 'x', action: 'update', uuid: U, payload: { set_customer_metadata: { k: 'v\u001b[2J' } } }), 'payload.set_customer_metadata.k');
  assert.equal(field({ id: 'x', action: 'update', uuid: U, payload: { zonepath: '/etc' } }), 'payload.zonepath');
  assert.equal(field({ id: 'x', action: 'stop', uuid: U, payload: { timeout: '30; halt' } }), 'payload.timeout');
  assert.equal(field({ id: 'id with space', action: 'start', uuid: U }), 'id');
  assert.equal(field({ id: 'x', action: 'start', uuid: U, extra: 1 }), 'extra');
  assert.equal(field({ id: 'x', action: 'update', uuid: U, payload: { set_customer_metadata: { big: 'x'.repeat(70_000) } } }), 'request');
  assert.equal(field({ id: 'x', action: 'create', uuid: U, payload: { brand: 'joyent' } }), 'payload.image_uuid');
  assert.equal(field({ id: 'x', action: 'create', uuid: U, payload: { brand: 'joyent', image_uuid: IMG, ram: 1024 } }), 'payload.ram');
  assert.equal(field({ id: 'x', action: 'create', uuid: U, payload: { brand: 'bhyve' } }), 'payload.disks');
  assert.equal(field('start everything'), 'request');
});

test('brand rules: stop -t only for bhyve, kvm and docker; zone must exist (or not, for create)', () => {
  const stopT = validateRequest({ id: 'a', action: 'stop', uuid: U, payload: { timeout: 30 } });
  assert.throws(() => validateForZone(stopT, { brand: 'joyent', state: 'running' }), /payload\.timeout: stop -t is only supported/);
  assert.throws(() => validateForZone(stopT, { brand: 'lx', state: 'running' }), /payload\.timeout/);
  validateForZone(stopT, { brand: 'lx', state: 'running', docker: true });
  validateForZone(stopT, { brand: 'bhyve', state: 'running' });
  assert.throws(() => validateForZone(validateRequest({ id: 'b', action: 'start', uuid: U }), undefined), /uuid: no zone/);
  const create = validateRequest({ id: 'c', action: 'create', uuid: U, payload: { brand: 'joyent', image_uuid: IMG } });
  assert.throws(() => validateForZone(create, { brand: 'joyent', state: 'running' }), /uuid: a zone .* already exists/);
  const snap = validateRequest({ id: 'd', action: 'create-snapshot', uuid: U, payload: { name: 's1' } });
  assert.throws(() => validateForZone(snap, { brand: 'kvm', state: 'running' }), /snapshots/);
});
