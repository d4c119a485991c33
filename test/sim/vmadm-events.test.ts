// vmadm events -rj: ready snapshot then every change made by other processes, none missed or repeated.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { killGroup, lineReader, newHost, spawnTool, tool, toolAsync } from './sim-helpers.js';

test('events -rj: ready with vms keyed by zonename, then each change exactly once', async (t) => {
  const h = newHost(['--zones', '6', '--time-scale', '0.001', '--synthetic']);
  const ev = spawnTool(h.root, 'vmadm', ['events', '-rj']);
  t.after(() => (killGroup(ev), h.cleanup()));
  let stderr = '';
  ev.stderr!.on('data', (d) => (stderr += d));
  const r = lineReader(ev);
  const ready = JSON.parse(await r.next());
  assert.equal(ready.type, 'ready');
  assert.match(ready.date, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  const uuids = tool(h.root, 'vmadm', ['lookup']).stdout.trim().split('\n');
  assert.deepEqual(Object.keys(ready.vms).sort(), [...uuids].sort());
  assert.ok(!uuids.includes(ready.uuid), 'ready uuid is a listener id, not a VM');
  for (const u of uuids) assert.equal(ready.vms[u].uuid, u);

  // Concurrent changes from several processes.
  const before = readFileSync(join(h.root, 'log', 'changes.jsonl'), 'utf8').split('\n').filter(Boolean).length;
  await Promise.all(uuids.slice(0, 4).map((u, i) => toolAsync(h.root, 'vmadm', ['update', u, `quota=${100 + i}`, `alias=ev${i}`])));
  const running = tool(h.root, 'vmadm', ['lookup', 'state=running', 'brand=~joyent']).stdout.trim().split('\n')[0];
  assert.equal(tool(h.root, 'vmadm', ['stop', '-F', running]).code, 0);
  const log = readFileSync(join(h.root, 'log', 'changes.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).slice(before);
  assert.ok(log.length >= 7);
  const got = [];
  for (let i = 0; i < log.length; i++) got.push(JSON.parse(await r.next()));
  await new Promise((res) => setTimeout(res, 300));
  assert.equal(r.lines.length, 1 + log.length, 'no duplicate or extra event');
  got.forEach((e, i) => {
    assert.deepEqual(Object.keys(e), ['type', 'date', 'zonename', 'uuid', 'vm', 'changes']);
    assert.equal(e.uuid, log[i].uuid);
    assert.deepEqual(e.changes, log[i].changes);
    assert.deepEqual(e.vm, log[i].vm);
  });
  assert.equal(got.at(-1).vm.state, 'stopped');
  assert.equal(stderr, '', 'nothing on stderr while running');
});

test('events: a missing uuid fails; delete events carry no vm', async (t) => {
  const h = newHost(['--zones', '2', '--time-scale', '0.001', '--synthetic']);
  t.after(h.cleanup);
  const miss = tool(h.root, 'vmadm', ['events', '-j', '00000000-1111-2222-3333-444444444444']);
  assert.equal(miss.code, 1);
  assert.equal(miss.stderr, 'VM 00000000-1111-2222-3333-444444444444 not found\n');
  const uuid = tool(h.root, 'vmadm', ['lookup']).stdout.split('\n')[0];
  const ev = spawnTool(h.root, 'vmadm', ['events', '-j', uuid]);
  t.after(() => killGroup(ev));
  const r = lineReader(ev);
  await new Promise((res) => setTimeout(res, 300));
  assert.equal(tool(h.root, 'vmadm', ['delete', uuid]).code, 0);
  let last;
  do last = JSON.parse(await r.next());
  while (last.type !== 'delete');
  assert.deepEqual(Object.keys(last), ['type', 'date', 'zonename', 'uuid']);
});
