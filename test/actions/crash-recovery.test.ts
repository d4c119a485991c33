import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ZoneInventory } from '../../agent/src/inventory/inventory.js';
import { ActionEngine } from '../../agent/src/actions/engine.js';
import { simHost, until, processGone } from '../inventory/simhost.js';

test('an agent killed mid-action reports it as interrupted after restart, keeps finished results, re-runs nothing', async (t) => {
  const h = simHost(t, 3);
  const stateDir = mkdtempSync(join(tmpdir(), 'zonelet-state-'));
  t.after(() => rmSync(stateDir, { recursive: true, force: true }));
  const [a, b] = h.uuids();
  h.sim('fault', 'vmadm', 'slow', '--value', '1500', '--match', b);
  const driver = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./crash-driver.ts', import.meta.url)), stateDir, a, b], {
    env: { ...process.env, SMARTOS_SIM_ROOT: h.root }, stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  driver.stdout.on('data', (d) => { out += d; });
  await until(() => out.includes('SLOW RUNNING'), 20_000, 'the driver to start the slow action');
  assert.match(out, /DONE succeeded/);
  const slowStop = () => h.invocations().find((i) => i.argv[0] === 'stop' && i.argv[1] === b && i.phase === 'start');
  await until(() => slowStop() !== undefined, 10_000, 'vmadm stop of the slow zone to start');
  driver.kill('SIGKILL');
  await new Promise((r) => driver.once('exit', r));
  // the orphaned vmadm stop finishes on its own (we never kill mutating calls); wait for it to count runs
  // (its end record may be lost: its stderr pipe died with the driver), so wait for its process to be gone
  await until(() => processGone(slowStop()!.pid), 10_000, 'the orphaned stop');
  h.sim('fault', '--clear', 'vmadm');

  const inventory = new ZoneInventory({ vmadm: h.vmadm, reconcileSchedule: null });
  inventory.start();
  const engine = new ActionEngine({ vmadm: h.vmadm, exec: h.exec, inventory, stateDir, maxConcurrent: 2 });
  t.after(async () => { engine.close(); await inventory.stop(); });
  await engine.open();
  const done = engine.get('done-1');
  const slow = engine.get('slow-1');
  assert.equal(done && 'status' in done && done.status, 'succeeded');
  assert.ok(slow && slow.status === 'interrupted', JSON.stringify(slow));
  assert.equal('state' in slow! && slow.state, h.vm(b).state, 'reports the zone state it observes');
  // asking again returns the recorded outcome and runs nothing
  const again = await engine.submit({ id: 'slow-1', action: 'stop', uuid: b });
  assert.equal(again.status, 'interrupted');
  const stops = h.invocations().filter((i) => i.argv[0] === 'stop' && i.phase === 'start');
  assert.deepEqual(stops.map((i) => i.argv[1]).sort(), [a, b].sort(), 'each stop ran exactly once');
});
