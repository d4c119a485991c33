// Shared helpers for sim tests: run the compiled sim executables as a user would (npm run build first).
import { spawnSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHARED } from '../helpers/fixtures.js';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));
export const FIXTURES = SHARED + 'fixtures/smartos/vmadm';
export const bin = (tool: string) => join(REPO, 'sim', 'bin', tool);

export interface Ran {
  stdout: string;
  stderr: string;
  code: number | null;
}

export function sim(args: string[]): Ran {
  const r = spawnSync(process.execPath, [bin('zonelet-sim.js'), ...args], { encoding: 'utf8' });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}

export function tool(root: string, name: string, args: string[], input?: string): Ran {
  const r = spawnSync(bin(name), args, { encoding: 'utf8', env: { ...process.env, SMARTOS_SIM_ROOT: root }, input, maxBuffer: 256 * 1024 * 1024 });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}

export function toolAsync(root: string, name: string, args: string[]): Promise<Ran> {
  return new Promise((resolve) => {
    const c = spawn(bin(name), args, { env: { ...process.env, SMARTOS_SIM_ROOT: root } });
    let stdout = '';
    let stderr = '';
    c.stdout.on('data', (d) => (stdout += d));
    c.stderr.on('data', (d) => (stderr += d));
    c.on('close', (code) => resolve({ stdout, stderr, code }));
  });
}

export function spawnTool(root: string, name: string, args: string[]): ChildProcess {
  return spawn(bin(name), args, { env: { ...process.env, SMARTOS_SIM_ROOT: root }, detached: true });
}

/** A fresh host; returns its root and a cleanup that kills zone processes and removes the directory. */
export function newHost(initArgs: string[]): { root: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'zonelet-sim-'));
  const r = sim(['init', '--root', root, ...initArgs]);
  if (r.code !== 0) throw new Error(`zonelet-sim init failed: ${r.stderr}`);
  return {
    root,
    cleanup: () => {
      sim(['stop-all', '--root', root]);
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Lines of a child's stdout as they arrive. */
export function lineReader(c: ChildProcess): { next: (timeoutMs?: number) => Promise<string>; lines: string[] } {
  const lines: string[] = [];
  let buf = '';
  let waiter: (() => void) | null = null;
  c.stdout!.on('data', (d) => {
    buf += d;
    const parts = buf.split('\n');
    buf = parts.pop() ?? '';
    lines.push(...parts);
    waiter?.();
  });
  let read = 0;
  return {
    lines,
    next: async (timeoutMs = 5000) => {
      const deadline = Date.now() + timeoutMs;
      while (read >= lines.length) {
        if (Date.now() > deadline) throw new Error(`no line within ${timeoutMs} ms (got ${lines.length})`);
        await new Promise<void>((r) => {
          waiter = r;
          setTimeout(r, 50);
        });
      }
      return lines[read++];
    },
  };
}

export function killGroup(c: ChildProcess): void {
  try {
    process.kill(-c.pid!, 'SIGKILL');
  } catch {
    /* gone */
  }
}
