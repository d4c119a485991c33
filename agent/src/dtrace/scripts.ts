/**
 * The catalogue of shipped D scripts and their macro arguments.
 *
 * Only a script that is both in this catalogue (it has an interpreter for its output) and present as a regular file
 * directly inside the shipped dtrace/ directory can run; names are checked against the catalogue before any path is
 * formed. The path, -x options and the command line itself are confined by platform/dtrace-runner.ts (the one way
 * dtrace starts). Macro arguments come only from the local config: the interval (an integer) and validated syscall
 * names (string literals to D, never code). Nothing received over the network is an input here.
 */
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { confineScript, dtraceOptionProblem } from '../platform/dtrace-runner.js';
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

/** Absolute real path of a shipped script (a catalogued name, confined by the dtrace runner), or ScriptError. */
export function resolveScript(dtraceDir: string, name: string): string {
  if (!isScriptName(name)) {
    throw new ScriptError(`dtrace.scripts.${JSON.stringify(name).slice(1, -1)}: not a shipped script (known: ${SCRIPT_NAMES.join(', ')})`);
  }
  try {
    return confineScript(dtraceDir, SCRIPTS[name].file);
  } catch (err) {
    throw new ScriptError(`dtrace.scripts.${name}: ${(err as Error).message}`);
  }
}

/** Checks configured -x options at load time (the runner checks again at start); ScriptError names the key path. */
export function checkOptions(script: ScriptName, options: Readonly<Record<string, string | number>>): void {
  for (const [k, v] of Object.entries(options)) {
    const problem = dtraceOptionProblem(k, v);
    if (problem) throw new ScriptError(`dtrace.scripts.${script}.options.${k}: ${problem}`);
  }
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
