// zonelet action <start|stop|reboot|delete> <uuid> --config FILE [--force]: one action through the action engine,
// with the same validation, per-zone queue and journal as the daemon; progress lines on stdout.
import { randomUUID } from 'node:crypto';
import { loadConfig } from '../../config/index.js';
import { Exec } from '../../platform/exec.js';
import { Vmadm } from '../../platform/vmadm.js';
import { ZoneInventory } from '../../inventory/inventory.js';
import { ActionEngine } from '../../actions/engine.js';
import { parseCommandArgs, UsageError } from '../args.js';

export const usage = 'zonelet action <start|stop|reboot|delete> <uuid> [--config FILE] [--force]   run one action, print progress';
const LOCAL_ACTIONS = ['start', 'stop', 'reboot', 'delete'];

export async function run(argv: string[]): Promise<number> {
  const args = parseCommandArgs(argv, { force: { type: 'boolean' } }, { positionals: 2 });
  if (args.help) { process.stdout.write(`usage: ${usage}\n`); return 0; }
  const [action, uuid] = args.positionals;
  if (!action || !uuid) throw new UsageError(`expected an action and a zone uuid\nusage: ${usage}`);
  if (!LOCAL_ACTIONS.includes(action)) throw new UsageError(`unknown action "${action}": expected one of ${LOCAL_ACTIONS.join(', ')}`);
  const config = await loadConfig(args.config); // a ConfigError exits 96 (cli/main.ts)
  const exec = new Exec(config.commands);
  const vmadm = new Vmadm(exec);
  const inventory = new ZoneInventory({ vmadm, exportMetadataKeys: config.inventory.exportMetadataKeys, reconcileSchedule: null });
  inventory.start();
  const engine = new ActionEngine({
    vmadm, exec, inventory, stateDir: config.stateDir, maxConcurrent: config.actions.maxConcurrent,
    timeoutSeconds: config.actions.timeoutSeconds,
  });
  engine.subscribe((p) => {
    const extra = [p.state ? `state=${p.state}` : '', p.message ?? ''].filter(Boolean).join(' ');
    process.stdout.write(`${p.time} ${p.phase}${extra ? ' ' + extra : ''}\n`);
  });
  try {
    const payload = args.values.force && (action === 'stop' || action === 'reboot') ? { force: true } : {};
    const result = await engine.submit({ id: `cli-${randomUUID()}`, action, uuid, payload });
    if (result.status === 'rejected') process.stderr.write(`zonelet action: ${result.message}\n`);
    return result.status === 'succeeded' ? 0 : 1;
  } finally {
    engine.close();
    await inventory.stop();
  }
}
