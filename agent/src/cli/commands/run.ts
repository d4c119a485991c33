// zonelet run --config FILE: the daemon SMF starts. Exit 96 on a bad config (SMF then puts the service in maintenance
// instead of restarting it in a loop); SIGHUP reloads; SIGTERM and SIGINT stop it cleanly.
import { loadConfig } from '../../config/index.js';
import { createLogger } from '../../log.js';
import { startDaemon } from '../../daemon.js';
import { parseCommandArgs } from '../args.js';

export const usage = 'zonelet run [--config FILE]   the agent daemon (what SMF starts)';

export async function run(argv: string[]): Promise<number> {
  const args = parseCommandArgs(argv, {});
  if (args.help) { process.stdout.write(`usage: ${usage}\n`); return 0; }
  const config = await loadConfig(args.config); // a ConfigError exits 96 (cli/main.ts)
  const log = createLogger({ level: config.log.level });
  const daemon = await startDaemon(args.config, config, log);
  log.info({ config: args.config, metrics: daemon.metricsAddress }, 'zonelet running');

  let reloading = Promise.resolve();
  process.on('SIGHUP', () => {
    reloading = reloading.then(() => daemon.reload()).catch((err: Error) => log.error({ err: err.message }, 'reload failed'));
  });
  await new Promise<void>((resolve) => {
    process.once('SIGTERM', resolve);
    process.once('SIGINT', resolve);
  });
  await reloading;
  await daemon.stop();
  return 0;
}
