/**
 * The catalogue of shipped D scripts and the one way a dtrace command line is built.
 *
 * Only a script that is both in this catalogue (it has an interpreter for its output) and present as a regular file
 * directly inside the shipped dtrace/ directory can run; names are checked against the catalogue before any path is
 * formed, and the resolved real path must still be inside that directory. Arguments come only from the local config:
 * the interval (an integer), option names from a fixed list with plain values, and validated syscall names passed as
 * macro arguments (string literals to D, never code). Nothing received over the network is an input here.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SYSCALL_ALLOWLIST_SLOTS } from './syscall-allowlist.js';

export const SCRIPT_NAMES = ['runq-latency', 'fs-latency', 'syscalls', 'execs', 'tcp-connections'] as const;
export type ScriptName = (typeof SCRIPT_NAMES)[number];

export interface ScriptSpec {
  readonly name: ScriptName;
  readonly file: string;
  /** the "@@A <name>" sections one interval of its output holds, in order */
  readonly aggregations: readonly string[];
}

export const SCRIPTS: Readonly<Record<ScriptName, ScriptSpec>> = Object.freeze({
  'runq-latency': { name: 'runq-latency', file: 'runq-latency.d', aggregations: ['runq', 'runq_sum', 'runq_count'] },
  'fs-latency': { name: 'fs-latency', file: 'fs-latency.d', aggregations: ['vfs', 'vfs_sum', 'vfs_count'] },
  syscalls: { name: 'syscalls', file: 'syscalls.d', aggregations: ['syscalls', 'syscalls_by_name'] },
  execs: { name: 'execs', file: 'execs.d', aggregations: ['execs'] },
  'tcp-connections': { name: 'tcp-connections', file: 'tcp-connections.d', aggregations: ['tcp'] },
});

export class ScriptError extends Error {
  constructor(message: string) { super(message); this.name = 'ScriptError'; }
}

export function isScriptName(name: string): name is ScriptName {
  return (SCRIPT_NAMES as readonly string[]).includes(name);
}

/** The shipped dtrace/ directory: the nearest ancestor of this module holding dtrace/runq-latency.d. */
export function defaultDtraceDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'dtrace');
    try {
      if (statSync(join(candidate, SCRIPTS['runq-latency'].file)).isFile()) return candidate;
    } catch { /* keep walking up */ }
    const up = dirname(dir);
    if (up === dir) throw new ScriptError('cannot find the shipped dtrace/ directory above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
}

/** Names of catalogued scripts whose files are shipped in `dtraceDir`. */
export function shippedScripts(dtraceDir: string): ScriptName[] {
  const files = new Set(readdirSync(dtraceDir));
  return SCRIPT_NAMES.filter((n) => files.has(SCRIPTS[n].file));
}

/** Absolute real path of a shipped script, or ScriptError. */
export function resolveScript(dtraceDir: string, name: string): string {
  if (!isScriptName(name)) {
    throw new ScriptError(`dtrace.scripts.${JSON.stringify(name).slice(1, -1)}: not a shipped script (known: ${SCRIPT_NAMES.join(', ')})`);
  }
  const dir = realpathSync(dtraceDir);
  let real: string;
  try {
    real = realpathSync(join(dir, SCRIPTS[name].file));
  } catch {
    throw new ScriptError(`dtrace.scripts.${name}: ${SCRIPTS[name].file} is not in ${dir}`);
  }
  if (dirname(real) !== dir || !real.startsWith(dir + sep) || !statSync(real).isFile()) {
    throw new ScriptError(`dtrace.scripts.${name}: ${real} is not a regular file directly inside ${dir}`);
  }
  return real;
}

/** Runtime options an operator may tune; nothing that changes what a script may do (no destructive, no zdefs). */
const OPTION_NAMES = new Set([
  'bufsize', 'aggsize', 'dynvarsize', 'aggrate', 'switchrate', 'cleanrate', 'statusrate', 'strsize', 'nspec',
  'specsize', 'bufresize',
]);
const OPTION_VALUE = /^(?:\d{1,12}(?:[kmgt]|hz|ns|us|ms|s|sec|min)?|auto|manual)$/i;

/** Validates configured -x options; throws ScriptError naming the key path of the first bad one. */
export function validateOptions(script: string, options: Readonly<Record<string, string | number>>): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [k, raw] of Object.entries(options)) {
    const v = String(raw);
    if (!OPTION_NAMES.has(k)) {
      throw new ScriptError(`dtrace.scripts.${script}.options.${k}: not an allowed D option (allowed: ${[...OPTION_NAMES].join(', ')})`);
    }
    if (!OPTION_VALUE.test(v)) {
      throw new ScriptError(`dtrace.scripts.${script}.options.${k}: ${JSON.stringify(v)} is not a size, rate or time (e.g. 4m, 10hz, 100ms)`);
    }
    out.push([k, v]);
  }
  return out;
}

/** Macro arguments: $1 = interval seconds; for syscalls.d $$2..$$17 = allowlist names, "" in unused slots. */
export function macroArgs(name: ScriptName, intervalSeconds: number, allowlist: readonly string[]): string[] {
  if (!Number.isInteger(intervalSeconds) || intervalSeconds < 1 || intervalSeconds > 3600) {
    throw new ScriptError(`dtrace.intervalSeconds: ${intervalSeconds} must be a whole number of seconds in 1..3600`);
  }
  const args = [String(intervalSeconds)];
  if (name === 'syscalls') {
    if (allowlist.length > SYSCALL_ALLOWLIST_SLOTS) throw new ScriptError('dtrace.syscallAllowlist: too many names');
    for (let i = 0; i < SYSCALL_ALLOWLIST_SLOTS; i++) args.push(allowlist[i] ?? '');
  }
  return args;
}

/** `dtrace -q -s <script> [-x opt=val ...] <macro args>` as an argument array (never a shell string). */
export function dtraceArgv(scriptPath: string, options: ReadonlyArray<[string, string]>, macro: readonly string[]): string[] {
  return ['-q', '-s', scriptPath, ...options.flatMap(([k, v]) => ['-x', `${k}=${v}`]), ...macro];
}
