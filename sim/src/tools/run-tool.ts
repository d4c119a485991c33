/**
 * Entry wrapper every simulated tool runs through.
 *
 * Theory of operation: a tool's main(argv) returns its exit code. runTool records the invocation (start, then end)
 * in log/invocations.jsonl, applies the fault that `zonelet-sim fault` set for this command (faults.json), and exits
 * only after stdout/stderr have drained, so large outputs on pipes are never cut by process.exit. Faults that only make
 * sense inside a long-running tool (die, drops) are not applied here: the tool reads them through currentFault().
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { appendInvocation, readFaults, type Fault } from '../host/state.js';

let active: Fault | undefined;
let rootDir: string | undefined;

/** The fault that applies to this invocation (after `match`), if any. Long-running tools apply die/drops themselves. */
export function currentFault(): Fault | undefined {
  return active;
}

/** The sim root of this invocation, or undefined when SMARTOS_SIM_ROOT is missing or not a sim host. */
export function toolRoot(): string | undefined {
  return rootDir;
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

function writeAll(stream: NodeJS.WriteStream, data: string | Uint8Array): Promise<void> {
  return new Promise((resolve) => {
    if (stream.write(data)) resolve();
    else stream.once('drain', () => resolve());
  });
}

function flush(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    if (stream.destroyed || !stream.writable) return resolve();
    stream.write('', () => resolve());
  });
}

/** Deterministic-enough PRNG for garbage output (exact bytes do not matter, only that they are not the tool's format). */
function randomBytes(n: number): Buffer {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = Math.floor(Math.random() * 256);
  return b;
}

async function emitHuge(command: string, bytes: number): Promise<void> {
  let written = 0;
  let i = 0;
  while (written < bytes) {
    const lines: string[] = [];
    for (let k = 0; k < 512 && written < bytes; k++, i++) {
      const line =
        command === 'kstat'
          ? `zones:${i % 4096}:zone${i}:nsec_user\t${1_000_000 + i}\n`
          : `${i.toString(16).padStart(8, '0')}-0000-4000-8000-${i.toString(16).padStart(12, '0')}  OS    1024     running           huge${i}\n`;
      lines.push(line);
      written += line.length;
    }
    await writeAll(process.stdout, lines.join(''));
  }
}

/** Captures everything main writes to stdout so a `truncate` fault can cut it mid-line. */
function captureStdout(): () => string {
  const chunks: string[] = [];
  const orig = process.stdout.write.bind(process.stdout);
  (process.stdout as unknown as { write: unknown }).write = (chunk: string | Uint8Array, enc?: unknown, cb?: unknown) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    const done = typeof enc === 'function' ? enc : cb;
    if (typeof done === 'function') process.nextTick(done as () => void);
    return true;
  };
  return () => {
    (process.stdout as unknown as { write: unknown }).write = orig;
    return chunks.join('');
  };
}

function faultFor(root: string, command: string, argv: string[]): Fault | undefined {
  const f = readFaults(root)[command];
  if (!f) return undefined;
  if (f.match !== undefined && !argv.includes(f.match)) return undefined;
  return f;
}

export interface RunToolOptions {
  /** Signals the tool handles itself (dtrace prints its unprinted aggregations and exits 0 on SIGTERM/SIGINT). */
  ownSignals?: Array<'SIGTERM' | 'SIGINT' | 'SIGHUP'>;
  /** Fault modes the tool applies itself through currentFault() (dtrace hangs only after a few intervals). */
  ownFaults?: Fault['mode'][];
}

export async function runTool(name: string, main: (argv: string[]) => Promise<number>, opts: RunToolOptions = {}): Promise<never> {
  const argv = process.argv.slice(2);
  // A reader that went away (`| head`) is not our error: stop writing, exit normally.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  const root = process.env.SMARTOS_SIM_ROOT;
  if (root && existsSync(join(root, 'host.json'))) rootDir = root;
  const record = (phase: 'start' | 'end', exitCode?: number) => {
    if (!rootDir) return;
    try {
      appendInvocation(rootDir, { time: new Date().toISOString(), pid: process.pid, command: name, argv, phase, ...(exitCode === undefined ? {} : { exitCode }) });
    } catch {
      /* the log is best effort: a tool must still answer */
    }
  };
  record('start');
  // A killed tool (timeout, group kill) still leaves its end record, with the shell-style exit code.
  for (const sig of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
    if (opts.ownSignals?.includes(sig)) continue;
    process.once(sig, () => {
      const code = 128 + (sig === 'SIGTERM' ? 15 : sig === 'SIGINT' ? 2 : 1);
      record('end', code);
      process.exit(code);
    });
  }

  let code: number;
  try {
    active = rootDir ? faultFor(rootDir, name, argv) : undefined;
    code = await applyAndRun(name, argv, main, active && opts.ownFaults?.includes(active.mode) ? undefined : active);
  } catch (e) {
    process.stderr.write(`${name}: ${(e as Error).message ?? String(e)}\n`);
    code = 1;
  }
  process.exitCode = code;
  await flush(process.stdout);
  await flush(process.stderr);
  record('end', code);
  process.exit(code);
}

async function applyAndRun(name: string, argv: string[], main: (argv: string[]) => Promise<number>, fault: Fault | undefined): Promise<number> {
  switch (fault?.mode) {
    case 'hang':
      await new Promise<never>(() => setInterval(() => {}, 1 << 30));
      return 0;
    case 'slow':
      await sleep(fault.value ?? 5000);
      return main(argv);
    case 'exit':
      process.stderr.write(`${fault.message ?? `${name}: simulated failure`}\n`);
      return fault.value ?? 1;
    case 'garbage': {
      await writeAll(process.stdout, randomBytes(64));
      await writeAll(process.stdout, '\n%%% not the output you expected %%%\n');
      await writeAll(process.stdout, randomBytes(fault.value ?? 256));
      await writeAll(process.stdout, '\n');
      return 0;
    }
    case 'huge':
      await emitHuge(name, fault.value ?? 64 * 1024 * 1024);
      return 0;
    case 'truncate': {
      const release = captureStdout();
      let code: number;
      try {
        code = await main(argv);
      } finally {
        const out = release();
        const nl = out.indexOf('\n');
        // Cut at the half, but never exactly on a line boundary: the point is a partial last line.
        let cut = Math.max(1, Math.floor(out.length / 2));
        if (out[cut - 1] === '\n' && cut < out.length) cut += 1;
        if (nl === -1 && out.length > 1) cut = Math.floor(out.length / 2);
        await writeAll(process.stdout, out.slice(0, cut));
      }
      return code!;
    }
    default:
      return main(argv);
  }
}
