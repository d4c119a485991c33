// zonelet action <start|stop|reboot|delete> <uuid> --config FILE [--force]: one action; progress lines on stdout.
// While the daemon runs, the request goes through its control socket (<stateDir>/zonelet.sock) to the daemon's own
// action engine. Without a daemon, this process runs an engine itself, holding the journal lock (so a second CLI, or a
// daemon starting meanwhile, fails clearly instead of sharing the journal).
import { randomUUID } from 'node:crypto';
import { loadConfig, type AgentConfig } from '../../config/index.js';
import { Exec } from '../../platform/exec.js';
import { Vmadm } from '../../platform/vmadm.js';
import { ZoneInventory } from '../../inventory/inventory.js';
import { ActionEngine } from '../../actions/engine.js';
import { JournalLockError } from '../../actions/journal-lock.js';
import type { ActionProgress, ActionResult } from '../../actions/types.js';
import { submitViaDaemon, ControlError } from '../../control/client.js';
import { controlSocketPath, progressLine, type ControlRequest } from '../../control/protocol.js';
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
  const payload = args.values.force && (action === 'stop' || action === 'reboot') ? { force: true } : {};
  const request: ControlRequest = { id: `cli-${randomUUID()}`, action, uuid, payload };
  const print = (p: ActionProgress) => process.stdout.write(`${progressLine(p)}\n`);

  let result: ActionResult | undefined;
  try {
    result = await submitViaDaemon(controlSocketPath(config.stateDir), request, print)
      ?? await runHere(config, request, print);
  } catch (err) {
    if (!(err instanceof ControlError || err instanceof JournalLockError)) throw err;
    process.stderr.write(`zonelet action: ${err.message}\n`);
    return 1;
  }
  if (result.status === 'rejected') process.stderr.write(`zonelet action: ${result.message}\n`);
  return result.status === 'succeeded' ? 0 : 1;
}

/** No daemon answers: this process runs the engine (same validation, per-zone queue and journal). */
async function runHere(config: AgentConfig, request: ControlRequest, print: (p: ActionProgress) => void): Promise<ActionResult> {
  const exec = new Exec(config.commands);
  const vmadm = new Vmadm(exec);
  const inventory = new ZoneInventory({
    vmadm, exportMetadataKeys: config.inventory.exportMetadataKeys, reconcileSchedule: null,
    pollIntervalMs: config.inventory.pollIntervalSeconds * 1000,
  });
  // before the inventory starts: a held lock fails here, before any child process runs
  const engine = new ActionEngine({
    vmadm, exec, inventory, stateDir: config.stateDir, maxConcurrent: config.actions.maxConcurrent,
    timeoutSeconds: config.actions.timeoutSeconds,
    resultRetentionSeconds: config.actions.resultRetentionSeconds,
    settleTimeoutSeconds: config.actions.settleTimeoutSeconds,
  });
  inventory.start();
  engine.subscribe(print);
  try {
    return await engine.submit(request, { origin: 'local' });
  } finally {
    engine.close();
    await inventory.stop();
  }
}
