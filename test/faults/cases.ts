/**
 * The fault matrix as tables: child-process faults (every command x every failure mode), hub link faults, and agent
 * process and disk faults. Each entry is one row of FAULTS.md.
 */
import { closeSync, openSync, readdirSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { HOLD_MS, HUGE_BYTES, LONG, corruptFile, type FaultCase, type FaultStack } from './matrix.js';
import { sleep } from '../helpers/stack.js';

type Command = 'vmadm' | 'kstat' | 'dtrace' | 'zfs' | 'sysinfo';
interface Mode { key: string; label: string; args: (cmd: Command) => string[] }

/** Long-running children meet a fault only when they start: the case kills the live ones, as if they had died. */
const LONG_RUNNING: Partial<Record<Command, 'events' | 'dtrace'>> = { vmadm: 'events', dtrace: 'dtrace' };
/** Faults on vmadm hit `vmadm events` only: the load driver's own `vmadm update` calls must keep working. */
const MATCH: Partial<Record<Command, string>> = { vmadm: 'events' };
/** What shows a collector-fed command failing: its collectors' zonelet_collector_success goes to 0. */
const COLLECTORS: Partial<Record<Command, string[]>> = {
  kstat: ['zone_misc', 'zone_vfs', 'caps', 'memory_cap', 'host_cpu', 'link', 'tcp'], zfs: ['zfs'], sysinfo: ['host_info'],
};

const MODES: Mode[] = [
  { key: 'hang', label: 'hangs (never answers)', args: () => ['hang'] },
  {
    key: 'crash', label: 'crashes',
    // a long-running tool dies mid-stream; a one-shot tool exits as a segfault would, nothing on stdout
    args: (cmd) => (LONG_RUNNING[cmd] ? ['die', '--value', '1'] : ['exit', '--value', '139', '--message', 'Segmentation Fault (core dumped)']),
  },
  { key: 'exit', label: 'exits 1 with a message', args: (cmd) => ['exit', '--value', '1', '--message', `${cmd}: simulated failure: no such device`] },
  { key: 'garbage', label: 'prints garbage', args: () => ['garbage', '--value', '4096'] },
  { key: 'truncate', label: 'prints a truncated last line', args: () => ['truncate'] },
  { key: 'huge', label: `prints ${HUGE_BYTES / 1e6} MB`, args: () => ['huge', '--value', String(HUGE_BYTES)] },
];

function setFault(stack: FaultStack, cmd: Command, args: string[]): void {
  const match = MATCH[cmd] ? ['--match', MATCH[cmd]!] : [];
  const r = stack.host.sim('fault', [cmd, ...args, ...match]);
  if (r.code !== 0) throw new Error(`zonelet-sim fault ${cmd} ${args.join(' ')}: ${r.stderr}`);
}

function clearFaults(stack: FaultStack): void {
  const r = stack.host.sim('fault', ['--clear']);
  if (r.code !== 0) throw new Error(`zonelet-sim fault --clear: ${r.stderr}`);
}

/** Every command x the given failure modes (split over two files so the runner's concurrency runs them side by side). */
export const commandCases = (modes: ReadonlyArray<Mode['key']>): FaultCase[] => (['vmadm', 'kstat', 'dtrace', 'zfs', 'sysinfo'] as Command[]).flatMap((cmd) =>
  MODES.filter((m) => modes.includes(m.key)).map((m): FaultCase => ({
    group: 'child process',
    name: `${cmd} ${m.key}`,
    fault: `${cmd}${MATCH[cmd] ? ` ${MATCH[cmd]}` : ''} ${m.label}`,
    async setup(stack, ctx) {
      setFault(stack, cmd, m.args(cmd));
      const kind = LONG_RUNNING[cmd];
      if (kind) ctx.notes.push(`${stack.killChildren(kind)} live ${kind} child(ren) SIGKILLed so restarts meet the fault`);
    },
    async clear(stack) { clearFaults(stack); },
    // a one-shot command that fails outright must show as a stale collector within the hold
    expectStale: ['hang', 'crash', 'exit'].includes(m.key) ? COLLECTORS[cmd] : undefined,
  })));

const FLAP_MS = LONG ? 60_000 : 5_000;
const STALL_MS = Math.max(HOLD_MS, 9_000); // beyond the agent's dead-peer timeout (6 s): the stall must be noticed

export const linkCases: FaultCase[] = [
  {
    group: 'hub link', name: 'link cut', fault: 'every connection reset twice',
    async setup(stack) { stack.proxy.cut(); },
    async during(stack) { await sleep(HOLD_MS / 2); stack.proxy.cut(); },
    async clear() {},
  },
  {
    group: 'hub link', name: 'link stalled', fault: `half-open for ${STALL_MS / 1000} s (bytes swallowed both ways)`, holdMs: STALL_MS,
    async setup(stack) { stack.proxy.set('stall'); },
    async clear(stack) { stack.proxy.set('pass'); },
  },
  {
    group: 'hub link', name: 'link slow', fault: '300 ms delay on every chunk',
    async setup(stack) { stack.proxy.set('slow', 300); },
    async clear(stack) { stack.proxy.set('pass'); },
  },
  {
    group: 'hub link', name: 'link flapping', fault: `cut every 1 s for ${FLAP_MS / 1000} s`, holdMs: FLAP_MS,
    async setup(stack) { stack.proxy.flap(1000); },
    async clear(stack) { stack.proxy.flap(null); },
  },
  {
    group: 'hub link', name: 'hub restarted', fault: 'hub SIGKILLed, back 1.5 s later on the same database',
    async setup(stack) { await stack.hub.kill(); },
    async during(stack) { await sleep(1500); await stack.hub.restart(); },
    async clear() {},
  },
];

const KILLS = LONG ? 10 : 3;

/** Agent process and state-directory faults; the stack runs the agent in its own PID namespace. */
export function processCases(tmpfsBytes: number): FaultCase[] {
  return [
    {
      group: 'agent process', name: 'agent SIGKILLed', fault: `SIGKILL at ${KILLS} random moments with a hub command in flight, restarted each time`,
      holdMs: 0,
      async setup() {},
      async during(stack, ctx) {
        for (let i = 0; i < KILLS; i++) {
          await stack.issueReboot();
          await sleep(100 + Math.random() * 900);
          const { left, detail } = await stack.killAndRestartAgent();
          if (left > 0) { ctx.childrenLeft += left; ctx.leftDetail.push(`${left} process(es) outlived the agent: ${detail.join(', ')}`); }
          await sleep(500 + Math.random() * 1500);
        }
      },
      async clear() {},
    },
    {
      group: 'state directory', name: 'disk full', fault: `stateDir on a ${tmpfsBytes >> 20} MiB tmpfs filled to ENOSPC, hub link down`,
      async setup(stack, ctx) {
        stack.proxy.set('refuse');
        stack.proxy.cut();
        ctx.notes.push(`filler ${fillDisk(join(stack.cfg.stateDir, 'filler'))} bytes`);
      },
      async clear(stack) {
        rmSync(join(stack.cfg.stateDir, 'filler'), { force: true });
        stack.proxy.set('pass');
      },
    },
    {
      group: 'state directory', name: 'spool corrupted', fault: 'agent SIGKILLed with a backlog, 16 bytes overwritten mid-segment, restarted',
      lossExpected: true,
      async setup(stack) { stack.proxy.set('refuse'); stack.proxy.cut(); },
      async during(stack, ctx) {
        await sleep(HOLD_MS);
        stack.agentDown = true;
        await stack.agent.kill();
        const dir = join(stack.cfg.stateDir, 'hub-spool');
        const seg = readdirSync(dir).filter((n) => n.startsWith('seg-')).sort().pop();
        if (seg) {
          const file = join(dir, seg);
          const { size } = statSync(file);
          corruptFile(file, Math.floor(size / 2));
          ctx.notes.push(`${seg}: 16 bytes overwritten at ${Math.floor(size / 2)} of ${size}`);
        }
        await stack.startAgent();
        stack.agentDown = false;
        stack.restarts++;
        const t = stack.agent.logs.find((l) => l.msg === 'hub spool: corrupt tail truncated');
        ctx.notes.push(t ? `agent truncated ${t.truncatedBytes} bytes at open` : 'agent logged no truncation');
      },
      async clear(stack) { stack.proxy.set('pass'); },
    },
  ];
}

/** Writes zeros until the filesystem refuses; returns the bytes written. */
function fillDisk(file: string): number {
  const chunk = Buffer.alloc(64 * 1024);
  let written = 0;
  const fd = openSync(file, 'a');
  try {
    for (;;) {
      try { written += writeSync(fd, chunk); } catch { break; }
    }
  } finally { closeSync(fd); }
  return written;
}
