/**
 * Keeps one long-running `dtrace -q -s` child alive per enabled script.
 *
 * Theory of operation
 * - The child's stdout is parsed as a stream; each complete, valid interval ("@@T".."@@E") is handed to `onInterval`,
 *   which returns whether it was accepted. Only accepted intervals count as signs of life.
 * - Fresh ("up") means: the current child has delivered at least one accepted interval and has not exited. A new
 *   child is not fresh until its first interval arrives, so totals from before a restart are never served as current
 *   while nothing proves the new child works.
 * - Watchdog: if no accepted interval has arrived for `silenceMs` (three intervals) since the last one, or since the
 *   start plus a startup grace (dtrace compiles and enables probes before its first tick), the child is stopped (SIGTERM to its group, SIGKILL after grace). Hanging, printing garbage and printing
 *   nothing all end the same way.
 * - Every exit that we did not ask for via stop() (including watchdog kills) schedules a restart after an exponential
 *   backoff (min * 2^n, capped); n returns to 0 once a child delivers an interval. Each relaunch counts a restart.
 */
import { DtraceOutputParser } from './output-parser.js';
import { IntervalAssembler, type Interval } from './interval.js';

/** What the supervisor needs of a long-running child: the platform's LongChild satisfies it. */
export interface DtraceChild {
  pid: number;
  chunks(): AsyncIterable<string>;
  onStderrLine(fn: (line: string) => void): void;
  exited: Promise<{ code: number | null; signal: string | null }>;
  stop(graceMs?: number): Promise<void>;
}

export interface SupervisorOptions {
  script: string;
  launch: () => DtraceChild;
  silenceMs: number;
  /** extra time a new child gets for its first interval (dtrace compiles and enables probes first) */
  startupGraceMs: number;
  backoffMinMs: number;
  backoffMaxMs: number;
  stopGraceMs?: number;
  onInterval(iv: Interval): boolean;
  onUnparsed(reason: string, line: string): void;
  onStderr(line: string): void;
  onStateChange?(up: boolean): void;
  onEvent?(event: 'started' | 'exited' | 'silent' | 'launch-failed', detail: Record<string, unknown>): void;
}

export class ScriptSupervisor {
  private child: DtraceChild | undefined;
  private stopping = false;
  private up = false;
  private attempt = 0;
  private launches = 0;
  private lastSign = 0;
  private graceUntil = 0;
  private watchdog: NodeJS.Timeout | undefined;
  private restartTimer: NodeJS.Timeout | undefined;
  private done: Promise<void> = Promise.resolve();

  constructor(private readonly o: SupervisorOptions) {}

  get isUp(): boolean { return this.up; }
  get restarts(): number { return Math.max(0, this.launches - 1); }
  get pid(): number | undefined { return this.child?.pid; }

  start(): void {
    this.stopping = false;
    this.launch();
    const tick = Math.max(10, Math.min(1000, Math.floor(this.o.silenceMs / 6)));
    this.watchdog = setInterval(() => this.checkSilence(), tick);
    this.watchdog.unref();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    clearInterval(this.watchdog);
    clearTimeout(this.restartTimer);
    const c = this.child;
    if (c) await c.stop(this.o.stopGraceMs);
    await this.done;
    this.setUp(false);
  }

  private setUp(up: boolean): void {
    if (this.up === up) return;
    this.up = up;
    this.o.onStateChange?.(up);
  }

  private launch(): void {
    if (this.stopping) return;
    this.launches++;
    let child: DtraceChild;
    try {
      child = this.o.launch();
    } catch (err) {
      this.o.onEvent?.('launch-failed', { error: (err as Error).message });
      this.scheduleRestart();
      return;
    }
    this.child = child;
    this.lastSign = Date.now();
    this.graceUntil = this.lastSign + this.o.startupGraceMs;
    this.o.onEvent?.('started', { childPid: child.pid, launch: this.launches });
    child.onStderrLine((l) => this.o.onStderr(l));

    const assembler = new IntervalAssembler({
      interval: (iv) => {
        if (this.child !== child || !this.o.onInterval(iv)) return;
        this.lastSign = Date.now();
        this.graceUntil = 0;
        this.attempt = 0;
        this.setUp(true);
      },
      unparsed: (reason, line) => this.o.onUnparsed(reason, line),
    });
    const parser = new DtraceOutputParser(assembler.onEvent);

    this.done = (async () => {
      try {
        for await (const chunk of child.chunks()) parser.write(chunk);
      } catch { /* stream errors end in exited */ }
      parser.end();
      const exit = await child.exited.catch((err: Error) => ({ code: null, signal: null, error: err.message }));
      if (this.child === child) this.child = undefined;
      this.setUp(false);
      this.o.onEvent?.('exited', { childPid: child.pid, ...exit });
      this.scheduleRestart();
    })();
  }

  private scheduleRestart(): void {
    if (this.stopping) return;
    const delay = Math.min(this.o.backoffMaxMs, this.o.backoffMinMs * 2 ** this.attempt);
    this.attempt++;
    this.restartTimer = setTimeout(() => this.launch(), delay);
  }

  private checkSilence(): void {
    const c = this.child;
    if (!c || this.stopping) return;
    const now = Date.now();
    const silent = now - this.lastSign;
    if (silent <= this.o.silenceMs || now < this.graceUntil + this.o.silenceMs) return;
    this.o.onEvent?.('silent', { childPid: c.pid, silentMs: silent });
    this.setUp(false);
    this.lastSign = Date.now(); // one kill per silence period
    void c.stop(this.o.stopGraceMs).catch(() => undefined);
  }
}
