// Faults set with `zonelet-sim fault` change how the sim tools answer; the invocation log records every call.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { killGroup, newHost, sim, spawnTool, tool } from './sim-helpers.js';

test('exit, slow, garbage, truncate, huge, match and clear', (t) => {
  const h = newHost(['--zones', '3', '--synthetic']);
  t.after(h.cleanup);
  const normal = tool(h.root, 'vmadm', ['list', '-p']).stdout;
  assert.equal(sim(['fault', '--root', h.root, 'vmadm', 'exit', '--value', '2', '--message', 'Invalid command: "events".', '--match', 'events']).code, 0);
  const old = tool(h.root, 'vmadm', ['events', '-rj']);
  assert.equal(old.code, 2);
  assert.equal(old.stderr, 'Invalid command: "events".\n');
  assert.equal(tool(h.root, 'vmadm', ['list', '-p']).stdout, normal, 'match limits the fault');

  sim(['fault', '--root', h.root, 'vmadm', 'slow', '--value', '400']);
  const t0 = Date.now();
  assert.equal(tool(h.root, 'vmadm', ['list', '-p']).stdout, normal);
  assert.ok(Date.now() - t0 >= 400);

  sim(['fault', '--root', h.root, 'vmadm', 'truncate']);
  const cut = tool(h.root, 'vmadm', ['list', '-p']).stdout;
  assert.ok(cut.length < normal.length && normal.startsWith(cut) && !cut.endsWith('\n'), JSON.stringify(cut));

  sim(['fault', '--root', h.root, 'vmadm', 'garbage']);
  const g = tool(h.root, 'vmadm', ['lookup', '-j']);
  assert.equal(g.code, 0);
  assert.throws(() => JSON.parse(g.stdout));

  sim(['fault', '--root', h.root, 'kstat', 'huge', '--value', String(8 * 1024 * 1024)]);
  sim(['fault', '--root', h.root, '--clear', 'vmadm']);
  assert.equal(tool(h.root, 'vmadm', ['list', '-p']).stdout, normal);
  const faults = JSON.parse(readFileSync(join(h.root, 'faults.json'), 'utf8'));
  assert.deepEqual(Object.keys(faults), ['kstat']);
  const huge = tool(h.root, 'zfs', ['list']); // other commands unaffected
  assert.equal(huge.code, 0);
  sim(['fault', '--root', h.root, 'zfs', 'huge', '--value', String(8 * 1024 * 1024)]);
  assert.ok(tool(h.root, 'zfs', ['list']).stdout.length >= 8 * 1024 * 1024, 'large output is not cut by exit');
  assert.equal(sim(['fault', '--root', h.root, 'vmadm', 'explode']).code, 2);

  const inv = readFileSync(join(h.root, 'log', 'invocations.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const starts = inv.filter((r) => r.phase === 'start' && r.command === 'vmadm').length;
  const ends = inv.filter((r) => r.phase === 'end' && r.command === 'vmadm');
  assert.equal(starts, ends.length);
  assert.ok(ends.some((r) => r.exitCode === 2 && r.argv.includes('events')));
});

test('hang never exits until killed; the log still records the end', async (t) => {
  const h = newHost(['--zones', '1', '--synthetic']);
  t.after(h.cleanup);
  sim(['fault', '--root', h.root, 'vmadm', 'hang']);
  const c = spawnTool(h.root, 'vmadm', ['list']);
  let exited = false;
  c.on('exit', () => (exited = true));
  await new Promise((r) => setTimeout(r, 700));
  assert.equal(exited, false);
  c.kill('SIGTERM');
  await new Promise((r) => c.on('exit', r));
  killGroup(c);
  const inv = readFileSync(join(h.root, 'log', 'invocations.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  assert.deepEqual(inv.map((r) => [r.phase, r.exitCode]), [['start', undefined], ['end', 143]]);
});
