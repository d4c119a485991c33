/**
 * The one place in the agent that starts processes.
 *
 * Theory of operation
 * - Every child is spawned through execa with an argument array (never a shell) and `detached: true`, so it leads
 *   its own process group. execa 9 only ever signals the direct child; we signal the whole group with
 *   process.kill(-pid, sig) so helpers a command forks (vmadm forks zoneadm, zfs, ...) die with it.
 * - A kill is always SIGTERM to the group, then SIGKILL to the group after a grace period, because a command that
 *   traps SIGTERM (or a grandchild that ignores it) must not outlive us. The SIGKILL is sent to the group even when
 *   the leader has already exited: the group id cannot be reused while any member is alive, so it only reaches
 *   our stragglers. A run() that times out gets at most its own timeout again as grace (floor 250 ms): a 0.8 s kstat
 *   read is gone 1.6 s after it started, not 5.8 s, so the next collection cycle never finds it still there.
 * - Timeouts and the stdout cap are enforced here, not by execa's `timeout`/`maxBuffer` (which kill only the
 *   leader). stdout and stderr are read by us (`buffer: false`), stdout whole up to the cap, stderr as a capped
 *   tail for error messages; both are always drained so a child can never block on a full pipe.
 * - We always await the child's exit (execa reaps it), so no zombie of ours is left.
 * - `detached` switches off execa's `cleanup`; we re-create it: live groups are SIGTERMed when the agent exits.
 *   run() calls with `timeoutMs: null` (mutating vmadm calls that must never be killed mid-flight) are exempt.
 */
import { execa, type ResultPromise } from 'execa';
import { Counter, Histogram, type Registry } from 'prom-client';
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

export type CommandName = 'vmadm' | 'kstat' | 'dtrace' | 'sysinfo' | 'zfs' | 'zpool' | 'zoneadm' | 'imgadm';
export type Commands = Record<CommandName, string>;

export const COMMAND_NAMES: readonly CommandName[] = [
  'vmadm', 'kstat', 'dtrace', 'sysinfo', 'zfs', 'zpool', 'zoneadm', 'imgadm',
];

export interface RunOptions {
  /** default 30_000; null = never kill (mutating vmadm calls) */
  timeoutMs?: number | null;
  /** default 64 MiB; over it the child group is killed and the call fails with kind 'output-limit' */
  maxOutputBytes?: number;
  env?: Record<string, string>;
  /** written to stdin */
  input?: string;
}

export interface RunResult { stdout: string; stderr: string; exitCode: number; durationMs: number }

export type ExecErrorKind = 'exit' | 'timeout' | 'output-limit' | 'spawn' | 'signal';

export class ExecError extends Error {
  readonly command: CommandName;
  readonly args: string[];
  readonly kind: ExecErrorKind;
  readonly exitCode?: number;
  readonly signal?: string;
  readonly stdout: string;
  readonly stderr: string;

  constructor(init: {
    command: CommandName; args: string[]; kind: ExecErrorKind; detail: string;
    exitCode?: number; signal?: string; stdout?: string; stderr?: string; cause?: unknown;
  }) {
    const stderrTail = (init.stderr ?? '').trim();
    super(`${init.command} ${init.args.join(' ')}: ${init.detail}${stderrTail ? `: ${lastLines(stderrTail, 5)}` : ''}`,
      init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'ExecError';
    this.command = init.command;
    this.args = init.args;
    this.kind = init.kind;
    if (init.exitCode !== undefined) this.exitCode = init.exitCode;
    if (init.signal !== undefined) this.signal = init.signal;
    this.stdout = init.stdout ?? '';
    this.stderr = init.stderr ?? '';
  }
}

export interface ExecHooks {
  onExec?(command: CommandName, result: 'ok' | 'error' | 'timeout', seconds: number): void;
}

export interface LongChildExit {
  code: number | null;
  signal: string | null;
  /** bytes after the last newline when stdout closed; not delivered as a line */
  partialLine?: string;
}

export interface LongChild {
  pid: number;
  /** stdout split on \n; iterate once. A partial last line is dropped and reported via `exited`. */
  lines: AsyncIterable<string>;
  /** stdout as the text chunks it arrived in, not split into lines (a line may span chunks); this or `lines`, once */
  chunks(): AsyncIterable<string>;
  onStderrLine(fn: (line: string) => void): void;
  exited: Promise<LongChildExit>;
  /** SIGTERM to the process group, SIGKILL after grace (default 5 s); idempotent */
  stop(graceMs?: number): Promise<void>;
}

export interface ExecOptions {
  /** time between SIGTERM and SIGKILL of a group; default 5000 ms */
  killGraceMs?: number;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_OUTPUT_BYTES = 64 * 1024 * 1024;
const DEFAULT_KILL_GRACE_MS = 5_000;
const MIN_RUN_GRACE_MS = 250;
const STDERR_KEEP_BYTES = 64 * 1024;
/** stdout text buffered for a slow consumer of a LongChild before the stream is paused */
const QUEUE_HIGH_WATER_CHARS = 1024 * 1024;
/** stderr lines kept until the first onStderrLine listener is attached */
const STDERR_EARLY_LINES = 200;

// Process groups to SIGTERM if the agent exits while they run (execa's `cleanup` is off for detached children).
const liveGroups = new Set<number>();
let exitHookInstalled = false;
function trackGroup(pid: number): void {
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', () => { for (const g of liveGroups) signalGroup(g, 'SIGTERM'); });
  }
  liveGroups.add(pid);
}

/** Signals a process group; false if it no longer exists. */
function signalGroup(pgid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ESRCH') return false;
    throw err;
  }
}

function lastLines(text: string, n: number): string {
  const lines = text.split('\n');
  return lines.slice(-n).join(' | ');
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Keeps the last `limit` bytes written (stderr may be chatty; its tail has the reason). */
class TailBuffer {
  private chunks: Buffer[] = [];
  private size = 0;
  private dropped = false;
  constructor(private readonly limit: number) {}
  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    while (this.size - this.chunks[0].length >= this.limit) {
      this.size -= this.chunks.shift()!.length;
      this.dropped = true;
    }
  }
  toString(): string {
    let buf = Buffer.concat(this.chunks);
    if (buf.length > this.limit) { buf = buf.subarray(buf.length - this.limit); this.dropped = true; }
    return (this.dropped ? '[...]' : '') + buf.toString('utf8');
  }
}

export class Exec {
  private readonly killGraceMs: number;

  constructor(private readonly commands: Commands, private readonly hooks: ExecHooks = {}, opts: ExecOptions = {}) {
    this.killGraceMs = opts.killGraceMs ?? DEFAULT_KILL_GRACE_MS;
  }

  /** Runs a command to completion. Rejects with ExecError unless it exits 0. */
  async run(command: CommandName, args: string[], opts: RunOptions = {}): Promise<RunResult> {
    const file = this.commands[command];
    const timeoutMs = opts.timeoutMs === undefined ? DEFAULT_TIMEOUT_MS : opts.timeoutMs;
    const maxOutputBytes = opts.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES;
    const started = performance.now();
    const report = (result: 'ok' | 'error' | 'timeout') =>
      this.hooks.onExec?.(command, result, (performance.now() - started) / 1000);

    let child: ResultPromise;
    try {
      child = execa(file, args, {
        detached: true,
        cleanup: false,
        buffer: false,
        reject: false,
        stripFinalNewline: false,
        stdin: opts.input === undefined ? 'ignore' : 'pipe',
        ...(opts.input === undefined ? {} : { input: opts.input }),
        ...(opts.env ? { env: opts.env } : {}),
      });
    } catch (err) {
      report('error');
      throw new ExecError({ command, args, kind: 'spawn', detail: `cannot start ${file}: ${(err as Error).message}`, cause: err });
    }

    const pid = child.pid;
    const untracked = timeoutMs === null;
    if (pid !== undefined && !untracked) trackGroup(pid);

    // Each chunk is decoded as it arrives (the decoder carries a character split between chunks) and the text joined
    // once: never one Buffer of the whole output. A multi-megabyte malloc each cycle (kstat at 1000 zones prints
    // 3 MB) made glibc raise its mmap threshold to that size for good, so later buffers below it came from the
    // brk heap, fragmented it and were never given back (with the hub's large messages, 30 MB of RSS at 1000 zones).
    const decoder = new StringDecoder('utf8');
    const out: string[] = [];
    let outBytes = 0;
    const err = new TailBuffer(STDERR_KEEP_BYTES);
    let killedFor: 'timeout' | 'output-limit' | undefined;
    let escalation: NodeJS.Timeout | undefined;
    const graceMs = timeoutMs === null ? this.killGraceMs : Math.min(this.killGraceMs, Math.max(MIN_RUN_GRACE_MS, timeoutMs));
    const killGroup = (reason: 'timeout' | 'output-limit') => {
      if (killedFor || pid === undefined) return;
      killedFor = reason;
      signalGroup(pid, 'SIGTERM');
      escalation = setTimeout(() => signalGroup(pid, 'SIGKILL'), graceMs);
    };

    (child.stdout as Readable).on('data', (chunk: Buffer) => {
      if (killedFor === 'output-limit') return;
      outBytes += chunk.length;
      if (outBytes > maxOutputBytes) {
        killGroup('output-limit');
        return;
      }
      out.push(decoder.write(chunk));
    });
    (child.stderr as Readable).on('data', (chunk: Buffer) => err.push(chunk));
    const timer = timeoutMs === null ? undefined : setTimeout(() => killGroup('timeout'), timeoutMs);

    const r = await child;
    clearTimeout(timer);
    if (pid !== undefined) liveGroups.delete(pid);
    if (killedFor && pid !== undefined) {
      // The leader is gone; make sure its group is too before we report (SIGKILL stragglers now).
      clearTimeout(escalation);
      await this.reapGroup(pid);
    }

    out.push(decoder.end());
    const stdout = out.join('');
    const stderr = err.toString();
    const durationMs = performance.now() - started;
    const base = { command, args, stdout, stderr };

    if (killedFor === 'timeout') {
      report('timeout');
      throw new ExecError({ ...base, kind: 'timeout', detail: `timed out after ${timeoutMs} ms (process group killed)` });
    }
    if (killedFor === 'output-limit') {
      report('error');
      throw new ExecError({ ...base, kind: 'output-limit', detail: `stdout exceeded ${maxOutputBytes} bytes (process group killed)` });
    }
    const code = (r as { code?: string }).code;
    if (r.failed && r.exitCode === undefined && r.signal === undefined) {
      report('error');
      throw new ExecError({ ...base, kind: 'spawn', detail: `cannot start ${file}: ${code ?? r.shortMessage}`, cause: r.cause });
    }
    if (r.signal !== undefined) {
      report('error');
      throw new ExecError({ ...base, kind: 'signal', signal: r.signal, detail: `killed by ${r.signal}` });
    }
    if (r.exitCode !== 0) {
      report('error');
      throw new ExecError({ ...base, kind: 'exit', exitCode: r.exitCode, detail: `exited with status ${r.exitCode}` });
    }
    report('ok');
    return { stdout, stderr, exitCode: 0, durationMs };
  }

  /** Starts a long-lived child (vmadm events -rj, dtrace -q -s) whose stdout is consumed as lines. */
  spawnLong(command: CommandName, args: string[], opts: { env?: Record<string, string> } = {}): LongChild {
    const file = this.commands[command];
    const child = execa(file, args, {
      detached: true,
      cleanup: false,
      buffer: false,
      reject: false,
      stdin: 'ignore',
      ...(opts.env ? { env: opts.env } : {}),
    });
    const pid = child.pid ?? -1;
    if (pid > 0) trackGroup(pid);

    const lines = new OutputQueue(child.stdout as Readable);
    const stderrListeners: ((line: string) => void)[] = [];
    const early: string[] = [];
    splitLines(child.stderr as Readable, (line) => {
      if (stderrListeners.length === 0) {
        if (early.length < STDERR_EARLY_LINES) early.push(line);
        return;
      }
      for (const fn of stderrListeners) fn(line);
    });

    const exited: Promise<LongChildExit> = child.then(async (r) => {
      if (pid > 0) liveGroups.delete(pid);
      const partialLine = await lines.ended;
      const result: LongChildExit = {
        code: r.exitCode ?? null,
        signal: r.signal ?? null,
      };
      if (partialLine) result.partialLine = partialLine;
      if (r.failed && r.exitCode === undefined && r.signal === undefined) {
        // could not start: surface as a non-zero "exit" with the reason on the stderr listeners
        const msg = `${command}: cannot start ${file}: ${(r as { code?: string }).code ?? r.shortMessage}`;
        if (stderrListeners.length) for (const fn of stderrListeners) fn(msg); else early.push(msg);
        result.code = 127;
      }
      return result;
    });

    let stopping: Promise<void> | undefined;
    const grace = this.killGraceMs;
    const stop = (graceMs = grace): Promise<void> => {
      if (stopping) return stopping;
      stopping = (async () => {
        if (pid <= 0) { await exited; return; }
        signalGroup(pid, 'SIGTERM');
        const kill = setTimeout(() => signalGroup(pid, 'SIGKILL'), graceMs);
        await exited;
        clearTimeout(kill);
        await this.reapGroup(pid);
      })();
      return stopping;
    };

    return {
      pid,
      lines,
      chunks: () => lines.chunks(),
      onStderrLine(fn) {
        stderrListeners.push(fn);
        if (stderrListeners.length === 1) for (const l of early.splice(0)) fn(l);
      },
      exited,
      stop,
    };
  }

  /** After the leader exited: SIGKILL what is left of its group and wait briefly for it to vanish. */
  private async reapGroup(pgid: number): Promise<void> {
    if (!signalGroup(pgid, 'SIGKILL')) return;
    // Orphans are reaped by init; give it a moment so callers see a clean process table. Bounded: an init that
    // never reaps must not hang us.
    for (let i = 0; i < 50 && signalGroup(pgid, 0); i++) await sleep(10);
  }
}

/** Calls fn for every \n-terminated line of a stream; returns the unterminated tail when the stream ends. */
function splitLines(stream: Readable, fn: (line: string) => void): Promise<string> {
  stream.setEncoding('utf8');
  let tail = '';
  const lines: string[] = [];
  stream.on('data', (chunk: string) => {
    tail = linesOf(chunk, tail, lines);
    for (const line of lines) fn(line);
    lines.length = 0;
  });
  return new Promise((resolve) => {
    stream.once('close', () => resolve(tail));
    stream.once('end', () => resolve(tail));
    stream.once('error', () => resolve(tail));
  });
}

/** Appends the \n-terminated lines of `chunk` to `out`, the first joined to `tail` (what came before it, unterminated);
 * returns the new tail. */
function linesOf(chunk: string, tail: string, out: string[]): string {
  let start = 0;
  for (let nl = chunk.indexOf('\n'); nl !== -1; nl = chunk.indexOf('\n', start)) {
    out.push(tail + chunk.slice(start, nl));
    tail = '';
    start = nl + 1;
  }
  return tail + chunk.slice(start);
}

/**
 * A long child's stdout with backpressure (the stream pauses while the consumer lags), iterated once: as the text
 * chunks it arrived in (`chunks`: for a parser that finds the lines itself, as the DTrace parser does, reading most of
 * them where they lie) or line by line (one await per chunk, not per line). The iterators are not generators: a
 * suspended generator's frame keeps what it last handed out (in its saved registers) until the next item arrives,
 * and vmadm's `ready` line is every VM, megabytes on a full host. Slots are cleared as their items go, so a batch
 * does not keep them either.
 */
class OutputQueue implements AsyncIterable<string> {
  private queue: string[] = [];
  private queuedChars = 0;
  private waiter: (() => void) | undefined;
  private done = false;
  private iterated = false;
  /** the text after the last \n so far: once the stream ends, its unterminated last line */
  private tail = '';
  /** resolves with the unterminated last line when stdout ends */
  readonly ended: Promise<string>;

  constructor(private readonly stream: Readable) {
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const nl = chunk.lastIndexOf('\n');
      this.tail = nl === -1 ? this.tail + chunk : chunk.slice(nl + 1);
      this.queue.push(chunk);
      this.queuedChars += chunk.length;
      if (this.queuedChars > QUEUE_HIGH_WATER_CHARS) stream.pause();
      this.wake();
    });
    this.ended = new Promise((resolve) => {
      const end = () => resolve(this.tail);
      stream.once('close', end);
      stream.once('end', end);
      stream.once('error', end);
    });
    void this.ended.then(() => { this.done = true; this.wake(); });
  }

  private wake(): void {
    const w = this.waiter;
    this.waiter = undefined;
    w?.();
  }

  /** The text as it arrived, chunk by chunk; a line may span chunks. */
  chunks(): AsyncIterable<string> {
    if (this.iterated) throw new Error('LongChild output can be iterated only once');
    this.iterated = true;
    let batch: string[] = [];
    let i = 0;
    const next = async (): Promise<IteratorResult<string>> => {
      for (;;) {
        if (i < batch.length) {
          const chunk = batch[i]!;
          batch[i++] = '';
          return { done: false, value: chunk };
        }
        if (this.queue.length > 0) {
          batch = this.queue; i = 0;
          this.queue = [];
          this.queuedChars = 0;
          if (this.stream.isPaused()) this.stream.resume();
          continue;
        }
        if (this.done) return { done: true, value: undefined };
        await new Promise<void>((resolve) => { this.waiter = resolve; });
      }
    };
    return { [Symbol.asyncIterator]: () => ({ next }) };
  }

  /** The \n-terminated lines of each chunk (a chunk with none yields nothing); an unterminated last line is none. */
  private batches(): AsyncIterable<string[]> {
    const chunks = this.chunks()[Symbol.asyncIterator]();
    let tail = '';
    const next = async (): Promise<IteratorResult<string[]>> => {
      for (;;) {
        const r = await chunks.next();
        if (r.done) return { done: true, value: undefined };
        const lines: string[] = [];
        tail = linesOf(r.value, tail, lines);
        if (lines.length > 0) return { done: false, value: lines };
      }
    };
    return { [Symbol.asyncIterator]: () => ({ next }) };
  }

  /** Line by line. */
  [Symbol.asyncIterator](): AsyncIterator<string> {
    const batches = this.batches()[Symbol.asyncIterator]();
    let batch: string[] = [];
    let i = 0;
    return {
      next: async (): Promise<IteratorResult<string>> => {
        while (i >= batch.length) {
          const r = await batches.next();
          if (r.done) return { done: true, value: undefined };
          batch = r.value; i = 0;
        }
        const line = batch[i]!;
        batch[i++] = '';
        return { done: false, value: line };
      },
    };
  }
}

/**
 * Registers zonelet_exec_total{command,result} and zonelet_exec_duration_seconds{command} in `registry` and returns
 * hooks that feed them.
 */
export function execMetrics(registry: Registry): ExecHooks {
  const total = new Counter({
    name: 'zonelet_exec_total',
    help: 'Commands run by the agent, by command and result (ok, error, timeout).',
    labelNames: ['command', 'result'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'zonelet_exec_duration_seconds',
    help: 'Wall time of commands run by the agent.',
    labelNames: ['command'] as const,
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 180],
    registers: [registry],
  });
  return {
    onExec(command, result, seconds) {
      total.inc({ command, result });
      duration.observe({ command }, seconds);
    },
  };
}
