// Starts one shipped D script as a long-lived `dtrace -q -s` child. Restarts are the caller's policy.
import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Exec, LongChild } from './exec.js';

export type DtraceOptions = Record<string, string | number>;

export interface DtraceRun {
  /** the resolved script path that was started */
  script: string;
  pid: number;
  lines: AsyncIterable<string>;
  onStderrLine(fn: (line: string) => void): void;
  exited: LongChild['exited'];
  stop(graceMs?: number): Promise<void>;
}

const OPTION_NAME = /^[a-z][a-z0-9_]*$/;
const OPTION_VALUE = /^[A-Za-z0-9.]+$/;

export class DtraceRunner {
  private readonly scriptsDir: string;

  /** scriptsDir: the only directory scripts may come from (the package's dtrace/). */
  constructor(private readonly exec: Exec, scriptsDir: string) {
    this.scriptsDir = realpathSync(scriptsDir);
  }

  /** The script's real path if it is a .d file inside scriptsDir (symlinks resolved); throws otherwise. */
  resolveScript(script: string): string {
    let real: string;
    try {
      real = realpathSync(resolve(this.scriptsDir, script));
    } catch (err) {
      throw new Error(`dtrace script ${JSON.stringify(script)}: ${(err as NodeJS.ErrnoException).code ?? 'cannot resolve'}`);
    }
    const rel = relative(this.scriptsDir, real);
    if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel) || !real.endsWith('.d')) {
      throw new Error(`dtrace script ${JSON.stringify(script)} is not a .d file inside ${this.scriptsDir}`);
    }
    return real;
  }

  start(script: string, options: DtraceOptions = {}): DtraceRun {
    const path = this.resolveScript(script);
    const args = ['-q', '-s', path];
    for (const [name, value] of Object.entries(options)) {
      const v = String(value);
      if (!OPTION_NAME.test(name) || !OPTION_VALUE.test(v)) {
        throw new Error(`dtrace option ${JSON.stringify(name)}=${JSON.stringify(v)}: expected name=value of letters, digits and dots`);
      }
      args.push('-x', `${name}=${v}`);
    }
    const child = this.exec.spawnLong('dtrace', args);
    return {
      script: path,
      pid: child.pid,
      lines: child.lines,
      onStderrLine: (fn) => child.onStderrLine(fn),
      exited: child.exited,
      stop: (graceMs) => child.stop(graceMs),
    };
  }
}
