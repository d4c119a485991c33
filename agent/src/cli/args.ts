// Shared argv parsing for `zonelet <subcommand>`: node:util parseArgs plus the common --config option.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DEFAULT_CONFIG_PATH } from '../config/defaults.js';

export class UsageError extends Error {
  constructor(message: string) { super(message); this.name = 'UsageError'; }
}

export const EXIT_USAGE = 2;

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Parses a subcommand's argv (after the subcommand name). Every subcommand gets `--config FILE` (default
 * /opt/zonelet/etc/config.json) and `--help`. Throws UsageError on unknown options or bad positionals.
 */
export function parseCommandArgs<O extends Options>(argv: string[], options: O, opts: { positionals?: number } = {}) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { config: { type: 'string', short: 'c' }, help: { type: 'boolean', short: 'h' }, ...options },
      allowPositionals: (opts.positionals ?? 0) > 0,
      strict: true,
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  if (parsed.positionals.length > (opts.positionals ?? 0)) {
    throw new UsageError(`unexpected argument ${JSON.stringify(parsed.positionals[opts.positionals ?? 0])}`);
  }
  const values = parsed.values as Record<string, unknown>;
  return {
    config: typeof values.config === 'string' ? values.config : DEFAULT_CONFIG_PATH,
    help: values.help === true,
    values: parsed.values,
    positionals: parsed.positionals,
  };
}
