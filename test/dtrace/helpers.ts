// Shared by the dtrace tests: DtraceTelemetry wired to the fake dtrace (test/fixtures/bin/fake-dtrace) through the
// platform's Exec, the fake's log (ground truth for starts and ticks), and a minimal exposition reader.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Exec, type Commands } from '../../agent/src/platform/exec.js';
import { DtraceRunner } from '../../agent/src/platform/dtrace-runner.js';
import { DtraceTelemetry, runnerStarter } from '../../agent/src/dtrace/telemetry.js';
import type { DtraceConfig } from '../../agent/src/config/types.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DTRACE_DIR = join(ROOT, 'dtrace');
export const FAKE = join(ROOT, 'test/fixtures/bin/fake-dtrace');
export const ZONE_A = 'b2b5c1e0-0000-4000-8000-00000000000a';
export const ZONE_B = 'c3c6d2f1-0000-4000-8000-00000000000b';

export function commands(dtrace: string): Commands {
  return { vmadm: '/bin/false', kstat: '/bin/false', dtrace, sysinfo: '/bin/false', zfs: '/bin/false',
    zpool: '/bin/false', zoneadm: '/bin/false', imgadm: '/bin/false' };
}

export interface Harness {
  telemetry: DtraceTelemetry;
  logFile: string;
  starts(): Array<{ pid: number; argv: string[] }>;
  ticks(pid?: number): number;
  cleanup(): Promise<void>;
}

export function harness(opts: {
  mode?: string; tickMs?: number; scripts?: string[]; allowlist?: string[];
  options?: Record<string, Record<string, string>>; silenceIntervals?: number;
}): Harness {
  const dir = mkdtempSync(join(tmpdir(), 'zonelet-dtrace-'));
  const logFile = join(dir, 'fake.log');
  const tickMs = opts.tickMs ?? 100;
  const exec = new Exec(commands(FAKE), {}, { killGraceMs: 300 });
  const env = { FAKE_DTRACE_MODE: opts.mode ?? 'normal', FAKE_DTRACE_TICK_MS: String(tickMs), FAKE_DTRACE_LOG: logFile };
  const enabled = new Set(opts.scripts ?? ['runq-latency', 'fs-latency', 'syscalls', 'execs', 'tcp-connections']);
  const config: DtraceConfig = {
    enabled: true, intervalSeconds: 1, syscallAllowlist: opts.allowlist ?? [],
    scripts: Object.fromEntries(['runq-latency', 'fs-latency', 'syscalls', 'execs', 'tcp-connections']
      .map((n) => [n, { enabled: enabled.has(n), options: opts.options?.[n] ?? {} }])),
  };
  const telemetry = new DtraceTelemetry({
    config, dtraceDir: DTRACE_DIR,
    start: runnerStarter(new DtraceRunner(exec, DTRACE_DIR, { env })),
    zoneById: (id) => (id === 5 ? ZONE_A : id === 6 ? ZONE_B : undefined),
    timing: { intervalMs: tickMs, silenceIntervals: opts.silenceIntervals ?? 3, startupGraceMs: 1000, backoffMinMs: 50, backoffMaxMs: 200, stopGraceMs: 300 },
  });
  const lines = () => { try { return readFileSync(logFile, 'utf8').split('\n').filter(Boolean); } catch { return []; } };
  return {
    telemetry, logFile,
    starts: () => lines().filter((l) => l.startsWith('start ')).map((l) => {
      const [, pid, ...rest] = l.split(' ');
      return { pid: Number(pid), argv: JSON.parse(rest.join(' ')) as string[] };
    }),
    ticks: (pid) => lines().filter((l) => l.startsWith('tick ') && (pid === undefined || l.split(' ')[1] === String(pid))).length,
    async cleanup() { await telemetry.stop(); rmSync(dir, { recursive: true, force: true }); },
  };
}

/** `name{labels}` -> value, for sample lines of an exposition text. */
export function samples(text: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const i = line.lastIndexOf(' ');
    m.set(line.slice(0, i), line.slice(i + 1));
  }
  return m;
}

export async function eventually<T>(fn: () => T | undefined | false, timeoutMs = 8000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = fn();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export function alive(pid: number): boolean {
  try { process.kill(pid, 0); return true; } catch { return false; }
}
