/**
 * Simulated `dtrace -q -s script.d [-x opt=val ...]` for long-running scripts.
 *
 * Theory of operation: the script file is read for its tick interval (first `tick-N{s,sec,ms}` probe) and its
 * renderer is picked by basename from sim/src/dtrace/scripts/registry.ts; each tick the renderer returns the stdout
 * text the D script would print. It runs until SIGTERM/SIGINT. Faults (zonelet-sim fault dtrace ...): `drops` prints
 * libdtrace's drop messages on stderr every tick (value = drops per tick), `die` aborts after `value` ticks with a
 * fatal error and exit 1, `hang` (applied by runTool) keeps the process alive without output.
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
}

function parseArgs(argv: string[]): Args | string {
  const a: Args = { script: '', quiet: false, options: {} };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('-') || arg.length < 2) return `dtrace: unexpected operand "${arg}"`;
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
  if (!factory) {
    process.stderr.write(`dtrace: failed to compile script ${args.script}: line 1: probe description sim:::${name} does not match any probes\n`);
    return 1;
  }
  const root = simRoot();
  const run: ScriptRun = factory({ root, scriptPath: args.script, options: args.options });
  if (!args.quiet) process.stderr.write(`dtrace: script '${args.script}' matched 4 probes\n`);
  const interval = tickInterval(source);
  const fault = currentFault();
  let ticks = 0;

  return new Promise<number>((resolve) => {
    const timer = setInterval(() => {
      ticks++;
      process.stdout.write(run.tick(Date.now()));
      if (fault?.mode === 'drops') {
        const n = Math.max(1, fault.value ?? 1);
        process.stderr.write(`dtrace: ${plural(n, 'dynamic variable drop')}\n`);
        process.stderr.write(`dtrace: ${n} aggregation drop${n === 1 ? '' : 's'} on CPU ${ticks % 2}\n`);
      }
      if (fault?.mode === 'die' && ticks >= (fault.value ?? 3)) {
        clearInterval(timer);
        process.stderr.write(`dtrace: processing aborted: ${fault.message ?? 'Abort due to systemic unresponsiveness'}\n`);
        resolve(1);
      }
    }, interval);
    // exit() / ^C: print the aggregations not printed yet, then exit 0 (runTool may already be exiting on SIGTERM).
    const stop = () => {
      clearInterval(timer);
      process.stdout.write(exitPrint(run.aggregations()));
      resolve(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

if (process.argv[1] && /[\\/]dtrace(\.js)?$/.test(process.argv[1])) void runTool('dtrace', dtraceMain);
