/**
 * Simulated `dtrace -q -s script.d [-x opt=val ...] [macro args ...]` for the long-running shipped scripts.
 *
 * Theory of operation: the script file is read for its tick interval (first `tick-N{s,sec,ms}` probe; scripts that
 * count down `inline int INTERVAL = $1` print every $1 ticks) and its macro references, which are checked against the
 * operands as dtrace's compiler does (an undefined $N or an unreferenced extra argument fails the compile). The
 * renderer is picked by basename from sim/src/dtrace/scripts/registry.ts; each interval it returns the stdout text
 * the D script would print. It runs until SIGTERM/SIGINT, then, like dtrace, prints a newline and every aggregation
 * not printed yet and exits 0. Faults (zonelet-sim fault dtrace ...): `drops` prints libdtrace's drop messages on
 * stderr every interval (value = drops per interval), `die` aborts after `value` intervals (default 3) with a fatal
 * error and exit 1, `hang` stops printing after `value` intervals (default 2; 0 = never prints) and stays alive.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { simRoot } from '../host/state.js';
import { exitPrint } from '../dtrace/render.js';
import { SCRIPTS, type ScriptRun } from '../dtrace/scripts/registry.js';
import { currentFault, runTool } from './run-tool.js';

const USAGE = `Usage: dtrace [-32|-64] [-aACeFGhHlqSvVwZ] [-b bufsz] [-c cmd] [-D name[=def]]
\t[-I path] [-L path] [-o output] [-p pid] [-s script] [-U name]
\t[-x opt[=val]] [-X a|c|s|t]
`;

interface Args {
  script: string;
  quiet: boolean;
  options: Record<string, string>;
  /** operands: macros[0] is $1 */
  macros: string[];
}

/** getopt-style: options may come before, between or after the operands, which become macro arguments $1 .. */
function parseArgs(argv: string[]): Args | string {
  const a: Args = { script: '', quiet: false, options: {}, macros: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('-') || arg.length < 2) {
      a.macros.push(arg);
      continue;
    }
    for (let c = 1; c < arg.length; c++) {
      const ch = arg[c];
      if ('sxbo'.includes(ch)) {
        const val = c + 1 < arg.length ? arg.slice(c + 1) : argv[++i];
        if (val === undefined) return `dtrace: option requires an argument -- ${ch}`;
        if (ch === 's') a.script = val;
        else if (ch === 'x') {
          const eq = val.indexOf('=');
          a.options[eq < 0 ? val : val.slice(0, eq)] = eq < 0 ? '' : val.slice(eq + 1);
        } else if (ch === 'b') a.options.bufsize = val;
        break;
      }
      if (ch === 'q') a.quiet = true;
      else if (ch === 'Z' || ch === 'C' || ch === 'w') continue;
      else return `dtrace: illegal option -- ${ch}`;
    }
  }
  if (!a.script) return 'dtrace: no probes specified';
  return a;
}

/** The script's tick interval in ms, from its first tick-N probe. */
export function tickInterval(source: string): number {
  const m = /\btick-(\d+)(ms|msec|s|sec|hz)?\b/.exec(source);
  if (!m) return 1000;
  const n = Number(m[1]);
  switch (m[2]) {
    case 'ms':
    case 'msec':
      return n;
    case 'hz':
      return 1000 / n;
    default:
      return n * 1000; // tick-N without a unit is Hz in DTrace, but the shipped scripts always name the unit
  }
}

/** D source with comments blanked (newlines kept, so line numbers stay right). */
function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, (c) => c.replace(/[^\n]/g, ' '));
}

/**
 * The compile-time checks dtrace makes of macro arguments; returns the error text, or the period in ms between the
 * script's printouts (its tick, times $1 when it counts down `inline int INTERVAL = $1`).
 */
export function checkMacros(source: string, macros: string[]): string | { periodMs: number } {
  const code = stripComments(source);
  const lineOf = (index: number) => code.slice(0, index).split('\n').length;
  let highest = 0;
  for (const m of code.matchAll(/\$\$?(\d+)/g)) {
    const n = Number(m[1]);
    highest = Math.max(highest, n);
    if (n > 0 && n > macros.length) return `line ${lineOf(m.index)}: macro argument ${m[0]} is not defined`;
  }
  if (macros.length > highest) return `extraneous argument '${macros[highest]}' ($${highest + 1} is not referenced)`;
  const tick = tickInterval(code);
  const countdown = /inline\s+int\s+\w+\s*=\s*\$1\s*;/.exec(code);
  if (!countdown) return { periodMs: tick };
  const v = macros[0];
  if (!/^\d+$/.test(v)) {
    const why = /^[A-Za-z_]\w*$/.test(v) ? `failed to resolve ${v}: Unknown variable name` : `syntax error near "${v}"`;
    return `line ${lineOf(countdown.index)}: ${why}`;
  }
  return { periodMs: tick * Math.max(1, Number(v)) };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export async function dtraceMain(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(`${args}\n${USAGE}`);
    return 2;
  }
  if (!existsSync(args.script)) {
    process.stderr.write(`dtrace: failed to open ${args.script}: No such file or directory\n`);
    return 1;
  }
  const source = readFileSync(args.script, 'utf8');
  const name = basename(args.script).replace(/\.d$/, '');
  const factory = SCRIPTS[name];
  const checked = checkMacros(source, args.macros);
  if (!factory || typeof checked === 'string') {
    const why = typeof checked === 'string' ? checked : `line 1: probe description sim:::${name} does not match any probes`;
    process.stderr.write(`dtrace: failed to compile script ${args.script}: ${why}\n`);
    return 1;
  }
  const root = simRoot();
  const run: ScriptRun = factory({ root, scriptPath: args.script, options: args.options, macros: args.macros });
  const quiet = args.quiet || /^\s*#pragma\s+D\s+option\s+quiet\b/m.test(source);
  if (!quiet) process.stderr.write(`dtrace: script '${args.script}' matched 4 probes\n`);
  const fault = currentFault();
  const startMs = Date.now();
  let printed = 0;

  return new Promise<number>((resolve) => {
    let timer: NodeJS.Timeout | undefined;
    const hangAfter = fault?.mode === 'hang' ? (fault.value ?? 2) : Infinity;
    const schedule = () => {
      if (printed >= hangAfter) {
        timer = setInterval(() => {}, 1 << 30); // alive, silent: a consumer stuck while the process stays up
        return;
      }
      timer = setTimeout(interval, Math.max(0, startMs + (printed + 1) * checked.periodMs - Date.now()));
    };
    const interval = () => {
      printed++;
      process.stdout.write(run.tick(Date.now()));
      if (fault?.mode === 'drops') {
        const n = Math.max(1, fault.value ?? 1);
        process.stderr.write(`dtrace: ${plural(n, 'dynamic variable drop')}\n`);
        process.stderr.write(`dtrace: ${n} aggregation drop${n === 1 ? '' : 's'} on CPU ${printed % 2}\n`);
        process.stderr.write(`dtrace: ${n} drop${n === 1 ? '' : 's'} on CPU ${(printed + 1) % 2}\n`);
      }
      if (fault?.mode === 'die' && printed >= (fault.value ?? 3)) {
        process.stderr.write(`dtrace: processing aborted: ${fault.message ?? 'Abort due to systemic unresponsiveness'}\n`);
        resolve(1);
        return;
      }
      schedule();
    };
    schedule();
    // ^C / SIGTERM: dtrace stops tracing, prints a newline and the aggregations not printed yet, and exits 0.
    const stop = () => {
      clearTimeout(timer);
      clearInterval(timer);
      run.collect(Date.now());
      process.stdout.write(exitPrint(run.aggregations()));
      resolve(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

if (process.argv[1] && /[\\/]dtrace(\.js)?$/.test(process.argv[1])) {
  void runTool('dtrace', dtraceMain, { ownSignals: ['SIGTERM', 'SIGINT'], ownFaults: ['hang'] });
}
