/**
 * The one way the agent starts dtrace: a shipped D script as a long-lived `dtrace -q -s` child.
 *
 * Everything on the command line is confined here: the script must be a regular .d file directly inside the scripts
 * directory (symlinks resolved, so a link out of it is refused), -x options come from a fixed list of tunables with
 * plain values (nothing that changes what a script may do: no destructive, no zdefs), and macro arguments are plain
 * words that D receives as $1.. / $$1.. values, never as code. There is no way to pass -n, -P or D text. Which
 * scripts run, and restarts, are the caller's policy.
 */
import { realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, sep } from 'node:path';
import type { Exec, LongChild } from './exec.js';

export type DtraceOptions = Readonly<Record<string, string | number>>;

export interface DtraceRun {
  /** the resolved script path that was started */
  script: string;
  pid: number;
  /** stdout text as it arrived (LongChild.chunks) */
  chunks(): AsyncIterable<string>;
  onStderrLine(fn: (line: string) => void): void;
  exited: LongChild['exited'];
  stop(graceMs?: number): Promise<void>;
}

/** Runtime options an operator may tune. */
export const DTRACE_OPTION_NAMES: readonly string[] = [
  'bufsize', 'aggsize', 'dynvarsize', 'aggrate', 'switchrate', 'cleanrate', 'statusrate', 'strsize', 'nspec',
  'specsize', 'bufresize',
];
const OPTION_VALUE = /^(?:\d{1,12}(?:[kmgt]|hz|ns|us|ms|s|sec|min)?|auto|manual)$/i;
const MACRO_ARG = /^[A-Za-z0-9_]*$/;
/** $1 (the interval) plus the 16 syscall allowlist slots of syscalls.d. */
export const MAX_MACRO_ARGS = 17;

/** Why `name=value` is not an allowed -x option, or null when it is. */
export function dtraceOptionProblem(name: string, value: string | number): string | null {
  if (!DTRACE_OPTION_NAMES.includes(name)) return `not an allowed D option (allowed: ${DTRACE_OPTION_NAMES.join(', ')})`;
  const v = String(value);
  if (!OPTION_VALUE.test(v)) return `${JSON.stringify(v)} is not a size, rate or time (e.g. 4m, 10hz, 100ms)`;
  return null;
}

/** Real path of `script`, a regular .d file directly inside `scriptsDir` (itself resolved); throws otherwise. */
export function confineScript(scriptsDir: string, script: string): string {
  const dir = realpathSync(scriptsDir);
  if (script === '' || basename(script) !== script || script === '..' || script.includes('\0')) {
    throw new Error(`dtrace script ${JSON.stringify(script)}: not a file name in ${dir}`);
  }
  let real: string;
  try {
    real = realpathSync(join(dir, script));
  } catch (err) {
    throw new Error(`dtrace script ${JSON.stringify(script)}: ${(err as NodeJS.ErrnoException).code ?? 'cannot resolve'} in ${dir}`);
  }
  if (dirname(real) !== dir || !real.startsWith(dir + sep) || !real.endsWith('.d') || !statSync(real).isFile()) {
    throw new Error(`dtrace script ${JSON.stringify(script)} (${real}) is not a regular file directly inside ${dir} (a .d script)`);
  }
  return real;
}

export class DtraceRunner {
  private readonly scriptsDir: string;

  /** scriptsDir: the only directory scripts may come from (the package's dtrace/). env: extra child environment. */
  constructor(private readonly exec: Exec, scriptsDir: string, private readonly opts: { env?: Record<string, string> } = {}) {
    this.scriptsDir = realpathSync(scriptsDir);
  }

  /** The script's real path if it is a regular .d file directly inside scriptsDir (symlinks resolved). */
  resolveScript(script: string): string {
    return confineScript(this.scriptsDir, script);
  }

  /** `dtrace -q -s <script> [-x name=value ...] [macro args]`; throws before spawning on anything not allowed. */
  start(script: string, options: DtraceOptions = {}, macroArgs: readonly string[] = []): DtraceRun {
    const path = this.resolveScript(script);
    const args = ['-q', '-s', path];
    for (const [name, value] of Object.entries(options)) {
      const problem = dtraceOptionProblem(name, value);
      if (problem) throw new Error(`dtrace option ${JSON.stringify(name)}=${JSON.stringify(String(value))}: ${problem}`);
      args.push('-x', `${name}=${value}`);
    }
    if (macroArgs.length > MAX_MACRO_ARGS) throw new Error(`dtrace macro arguments: ${macroArgs.length}, at most ${MAX_MACRO_ARGS}`);
    macroArgs.forEach((a, i) => {
      if (typeof a !== 'string' || !MACRO_ARG.test(a)) throw new Error(`dtrace macro argument ${i + 1} ${JSON.stringify(a)}: expected [A-Za-z0-9_]* (a word or empty)`);
    });
    args.push(...macroArgs);
    const child = this.exec.spawnLong('dtrace', args, this.opts.env ? { env: this.opts.env } : undefined);
    return {
      script: path,
      pid: child.pid,
      chunks: () => child.chunks(),
      onStderrLine: (fn) => child.onStderrLine(fn),
      exited: child.exited,
      stop: (graceMs) => child.stop(graceMs),
    };
  }
}
