// zonelet <subcommand> [options]: loads agent/src/cli/commands/<subcommand>.ts, which exports run(argv) -> exit code.
import { UsageError, EXIT_USAGE } from './args.js';
import { ConfigError, EXIT_CONFIG } from '../config/index.js';

/** Subcommands and their one-line summaries (each module is imported only when it runs). */
export const SUBCOMMANDS: Record<string, string> = {
  run: 'run the agent daemon (what SMF starts)',
  'check-config': 'validate a config file; exit 0 or 96',
  scrape: 'one full collection cycle; exposition text on stdout',
  zones: "the host's zones as the agent sees them",
  action: 'start|stop|reboot|delete <uuid>: one action through the action engine',
};

export function usage(): string {
  const width = Math.max(...Object.keys(SUBCOMMANDS).map((s) => s.length));
  return [
    'usage: zonelet <subcommand> [--config FILE] [options]',
    '',
    ...Object.entries(SUBCOMMANDS).map(([name, what]) => `  ${name.padEnd(width)}  ${what}`),
    '',
    'The default config file is /opt/zonelet/etc/config.json. `zonelet <subcommand> --help` for its options.',
  ].join('\n') + '\n';
}

export async function main(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === '--help' || sub === '-h' || sub === 'help') { process.stdout.write(usage()); return 0; }
  if (sub === undefined || !Object.hasOwn(SUBCOMMANDS, sub)) {
    process.stderr.write(`${sub === undefined ? 'zonelet: missing subcommand' : `zonelet: unknown subcommand ${JSON.stringify(sub)}`}\n${usage()}`);
    return EXIT_USAGE;
  }
  let mod: { run(argv: string[]): Promise<number> };
  try {
    mod = await import(`./commands/${sub}.js`);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND' && String((err as Error).message).includes(`commands/${sub}.js`)) {
      process.stderr.write(`zonelet: subcommand ${sub} is not available in this build\n`);
      return EXIT_USAGE;
    }
    throw err;
  }
  try {
    return await mod.run(rest);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`zonelet ${sub}: ${err.message}\n${usage()}`);
      return EXIT_USAGE;
    }
    if (err instanceof ConfigError) {
      // exit 96 (SMF_EXIT_ERR_CONFIG): SMF puts the service in maintenance instead of restarting it in a loop
      process.stderr.write(`${err.message}\n`);
      return EXIT_CONFIG;
    }
    throw err;
  }
}

/** Entry point for agent/bin/zonelet.js. */
export async function start(): Promise<void> {
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`zonelet: ${(err as Error).stack ?? String(err)}\n`);
    process.exitCode = 1;
  }
}
