// Child process for the crash test: runs one quick action to completion, then starts a slow one and says so.
// The test SIGKILLs this process while the slow action runs.
import { ZoneInventory } from '../../agent/src/inventory/inventory.js';
import { ActionEngine } from '../../agent/src/actions/engine.js';
import { COMMAND_NAMES, Exec, type Commands } from '../../agent/src/platform/exec.js';
import { Vmadm } from '../../agent/src/platform/vmadm.js';
import { simBin } from '../inventory/simhost.js';

const [stateDir, done, slow] = process.argv.slice(2);
const exec = new Exec(Object.fromEntries(COMMAND_NAMES.map((c) => [c, simBin(c)])) as Commands);
const vmadm = new Vmadm(exec);
const inventory = new ZoneInventory({ vmadm, reconcileSchedule: null });
inventory.start();
const engine = new ActionEngine({ vmadm, exec, inventory, stateDir, maxConcurrent: 2 });
engine.subscribe((p) => { if (p.id === 'slow-1' && p.phase === 'running') process.stdout.write('SLOW RUNNING\n'); });
const r = await engine.submit({ id: 'done-1', action: 'stop', uuid: done });
process.stdout.write(`DONE ${r.status}\n`);
await engine.submit({ id: 'slow-1', action: 'stop', uuid: slow });
