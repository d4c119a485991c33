// zonelet check-config --config FILE: "config OK" (exit 0), or every problem as `path: message` (exit 96).
import { ConfigError, EXIT_CONFIG, loadConfig } from '../../config/index.js';
import { parseCommandArgs } from '../args.js';

export const usage = 'zonelet check-config [--config FILE]   validate a config file; exit 0 or 96';

export async function run(argv: string[]): Promise<number> {
  const args = parseCommandArgs(argv, {});
  if (args.help) { process.stdout.write(`usage: ${usage}\n`); return 0; }
  try {
    await loadConfig(args.config);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    for (const p of err.problems) process.stdout.write(`${p.path}: ${p.message}\n`);
    return EXIT_CONFIG;
  }
  process.stdout.write('config OK\n');
  return 0;
}
