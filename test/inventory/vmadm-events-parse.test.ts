import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseEventLine, VmadmParseError, toVmadmError, vmadmMessage } from '../../agent/src/platform/vmadm.js';
import { ExecError } from '../../agent/src/platform/exec.js';

const U = '5595d88c-6e4d-4bda-b58e-97dd02e32bec';
const vm = { uuid: U, zonename: U, brand: 'joyent', state: 'provisioning', zone_state: 'configured' };

test('parses the documented event shapes (vmadm.md §5)', () => {
  const ready = parseEventLine(JSON.stringify({ type: 'ready', date: '2016-05-31T16:29:09.477Z', uuid: 'c0ffee00-0000-4000-8000-000000000000', vms: { [U]: vm } }));
  assert.equal(ready.type, 'ready');
  const create = parseEventLine(`{"type":"create","date":"2016-05-31T16:29:09.477Z","zonename":"${U}","uuid":"${U}","vm":${JSON.stringify(vm)}}`);
  assert.equal(create.type === 'create' && create.vm.state, 'provisioning');
  const modify = parseEventLine(`{"type":"modify","date":"2016-05-31T16:29:09.634Z","zonename":"${U}","uuid":"${U}","vm":${JSON.stringify(vm)},"changes":[{"prettyPath":"zone_state","path":["zone_state"],"action":"changed","oldValue":"configured","newValue":"incomplete"}]}`);
  assert.equal(modify.type === 'modify' && modify.changes?.[0].newValue, 'incomplete');
  const del = parseEventLine(`{"type":"delete","date":"2016-05-31T16:29:09.634Z","zonename":"${U}","uuid":"${U}"}`);
  assert.equal(del.type, 'delete');
});

test('anything we would have to guess about is a parse error', () => {
  for (const line of [
    'not json', '[]', '{"type":"create","date":"x","uuid":"u"}', '{"type":"ready","date":"x","vms":[]}',
    '{"type":"surprise","date":"x"}', '{"type":"delete","date":1,"uuid":"u"}', `[16:29:09.634Z] 5595d88c - modify`,
  ]) assert.throws(() => parseEventLine(line), VmadmParseError, line);
});

test("vmadm's stderr maps to typed errors carrying vmadm's own message", () => {
  const mk = (exitCode: number, stderr: string) => new ExecError({ command: 'vmadm', args: ['x'], kind: 'exit', detail: 'exited', exitCode, stderr });
  const usage = 'Invalid command: "events".\nUsage: /usr/vm/sbin/vmadm <command> [options]\n\ncreate [-f <filename>]\n';
  assert.equal(toVmadmError(mk(2, usage), ['events', '-rj']).kind, 'unsupported');
  assert.equal(vmadmMessage(usage), 'Invalid command: "events".');
  const nf = toVmadmError(mk(1, `zoneadm: ${U}: No such zone configured\n`), ['get', U]);
  assert.equal(nf.kind, 'not-found');
  assert.equal(nf.vmadmMessage, `zoneadm: ${U}: No such zone configured`);
  const f = toVmadmError(mk(1, 'Timeout option is only supported for bhyve, KVM and docker containers.\n'), ['stop']);
  assert.equal(f.kind, 'failed');
  assert.match(f.message, /Timeout option is only supported/);
  assert.equal(toVmadmError(mk(2, `Invalid or missing UUID for start\nUsage: vmadm\n`), ['start']).kind, 'usage');
});
