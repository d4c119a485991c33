// zonelet-sim set-state: a VM put into a state is one recorded modify, seen on vmadm list, vmadm events -rj and
// log/changes.jsonl; the zone's processes are left alone; states that would need a boot or halt are refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { killGroup, lineReader, newHost, sim, spawnTool, tool } from './sim-helpers.js';

const changeLog = (root: string) =>
  readFileSync(join(root, 'log', 'changes.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

/** uuid -> [state, zone_state] from `vmadm list`, as an operator reads it */
function listed(root: string): Map<string, [string, string]> {
  const r = tool(root, 'vmadm', ['list', '-H', '-p', '-o', 'uuid,state,zone_state']);
  assert.equal(r.code, 0, r.stderr);
  return new Map(r.stdout.trim().split('\n').map((l) => l.split(':')).map(([u, s, z]) => [u, [s, z]]));
}

test('set-state failed, stopping and provisioning: vmadm list, events -rj and the change log agree', async (t) => {
  const h = newHost(['--zones', '5', '--time-scale', '0.001']); // seed 1: one bhyve, two joyent, all running
  const ev = spawnTool(h.root, 'vmadm', ['events', '-rj']);
  t.after(() => (killGroup(ev), h.cleanup()));
  const events = lineReader(ev);
  assert.equal(JSON.parse(await events.next()).type, 'ready');
  const hvm = tool(h.root, 'vmadm', ['lookup', 'brand=bhyve']).stdout.trim().split('\n')[0];
  const [os1, os2] = tool(h.root, 'vmadm', ['lookup', 'brand=joyent']).stdout.trim().split('\n');
  assert.ok(hvm && os1 && os2, 'the seed-1 host has a bhyve and two joyent zones');
  const pgids = () => JSON.parse(sim(['status', '--root', h.root, '--json']).stdout).zones
    .map((z: { uuid: string; pgid: number; alive: boolean }) => `${z.uuid} ${z.pgid} ${z.alive}`).sort();
  const processesBefore = pgids();

  const before = Date.now();
  for (const [uuid, state] of [[os1, 'failed'], [hvm, 'stopping'], [os2, 'provisioning']]) {
    const r = sim(['set-state', '--root', h.root, uuid, state]);
    assert.equal(r.code, 0, r.stderr);
  }
  const list = listed(h.root);
  assert.deepEqual(list.get(os1), ['failed', 'running'], 'failed is sticky over whatever zone_state says');
  assert.deepEqual(list.get(hvm), ['stopping', 'running'], 'an HVM stopping is still running underneath');
  assert.deepEqual(list.get(os2), ['provisioning', 'running']);

  const log = changeLog(h.root);
  assert.equal(log.length, 3, 'one recorded modify per set-state');
  for (const [i, uuid] of [os1, hvm, os2].entries()) {
    assert.equal(log[i].type, 'modify');
    assert.equal(log[i].uuid, uuid);
    assert.equal(log[i].by, 'zonelet-sim set-state');
    const e = JSON.parse(await events.next());
    assert.equal(e.type, 'modify');
    assert.equal(e.uuid, uuid);
    assert.deepEqual(e.changes, log[i].changes);
    assert.deepEqual(e.vm, log[i].vm);
  }
  const stateChange = (i: number) => log[i].changes.find((c: { prettyPath: string }) => c.prettyPath === 'state');
  assert.deepEqual([stateChange(0).oldValue, stateChange(0).newValue], ['running', 'failed']);
  const stopping = log[1].vm;
  assert.equal(stopping.transition_to, 'stopped');
  assert.ok(stopping.transition_expire >= before + 180_000, 'vmadm stop of an HVM waits 180 s by default');
  assert.equal(log[2].vm.transition_to, 'running');
  assert.deepEqual(pgids(), processesBefore, 'no zone process group was started or killed');

  // back to running: the transition fields go, as at the end of a real provision
  assert.equal(sim(['set-state', '--root', h.root, os2, 'running']).code, 0);
  const last = changeLog(h.root).at(-1);
  assert.equal(last.vm.state, 'running');
  assert.equal(last.vm.transition_to, undefined);
  assert.ok(last.changes.some((c: { prettyPath: string; action: string }) => c.prettyPath === 'transition_expire' && c.action === 'removed'));
});

test('set-state refuses, naming the problem, what it cannot do without a boot or a halt', (t) => {
  const h = newHost(['--zones', '5', '--time-scale', '0.001']);
  t.after(h.cleanup);
  const os = tool(h.root, 'vmadm', ['lookup', 'brand=joyent']).stdout.trim().split('\n')[0];
  const cases: Array<[string[], RegExp]> = [
    [[os, 'stopped'], /zone_state running; state stopped needs zone_state installed.*vmadm start\/stop/],
    [[os, 'stopping'], /stopping is for a running HVM/],
    [[os, 'halted'], /unknown state "halted": expected one of configured, .*failed/],
    [['00000000-0000-0000-0000-000000000000', 'failed'], /no VM 00000000-0000-0000-0000-000000000000/],
    [[os], /usage: zonelet-sim set-state --root DIR <uuid> <state>/],
  ];
  for (const [args, message] of cases) {
    const r = sim(['set-state', '--root', h.root, ...args]);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, message);
  }
  assert.equal(changeLog(h.root).length, 0, 'a refused set-state records nothing');
  assert.deepEqual(listed(h.root).get(os), ['running', 'running']);
});
