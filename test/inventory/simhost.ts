// Test helper: a fresh simulated host in a temp dir, with the agent's Exec pointed at the real sim executables.
// Ground truth is read straight from the sim's files (vms/, log/*.jsonl), never through agent code.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestContext } from 'node:test';
import { COMMAND_NAMES, Exec, type Commands } from '../../agent/src/platform/exec.js';
import { Vmadm } from '../../agent/src/platform/vmadm.js';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));
export const simBin = (tool: string) => join(REPO, 'sim', 'bin', tool);

export interface Invocation { time: string; pid: number; command: string; argv: string[]; phase: 'start' | 'end'; exitCode?: number }

export function simHost(t: TestContext, zones: number, timeScale = 0.001) {
  const root = mkdtempSync(join(tmpdir(), 'zonelet-inv-'));
  execFileSync(process.execPath, [simBin('zonelet-sim.js'), 'init', '--root', root, '--zones', String(zones), '--synthetic', '--time-scale', String(timeScale)]);
  process.env.SMARTOS_SIM_ROOT = root;
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const commands = Object.fromEntries(COMMAND_NAMES.map((c) => [c, simBin(c)])) as Commands;
  const exec = new Exec(commands, {}, { killGraceMs: 500 });
  const jsonl = <T>(f: string): T[] => {
    try {
      return readFileSync(join(root, 'log', f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as T);
    } catch {
      return [];
    }
  };
  return {
    root,
    exec,
    vmadm: new Vmadm(exec),
    /** runs a sim tool as a separate process, as an operator would */
    sh: (tool: string, ...args: string[]) => execFileSync(simBin(tool), args, { env: { ...process.env, SMARTOS_SIM_ROOT: root }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }),
    sim: (...args: string[]) => execFileSync(process.execPath, [simBin('zonelet-sim.js'), ...args, '--root', root], { encoding: 'utf8' }),
    uuids: () => readdirSync(join(root, 'vms')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort(),
    vm: (uuid: string) => JSON.parse(readFileSync(join(root, 'vms', `${uuid}.json`), 'utf8')) as Record<string, unknown> & { uuid: string; brand: string; state: string },
    changes: () => jsonl<{ seq: number; type: string; uuid: string; by: string }>('changes.jsonl'),
    invocations: () => jsonl<Invocation>('invocations.jsonl'),
  };
}

export async function until(cond: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Gone entirely: a zombie still has a /proc entry, so this is false for zombies too. */
export function processGone(pid: number): boolean {
  return !existsSync(`/proc/${pid}`);
}
