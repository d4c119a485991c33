/**
 * A simulated zone's "init": the leader of the zone's process group. Its workload spec comes from
 * runtime/<uuid>.json and is re-read on SIGHUP (`zonelet-sim workload`), so the process (and its /proc counters)
 * survives a workload change. Specs, comma separated: idle | cpu=F (busy-loop duty cycle, F CPUs; >1 uses worker
 * threads) | mem=NM or NG (allocate and touch) | exec=N (N short-lived children per second) | io=NK (write N KiB/s).
 * Exits by itself when the sim root's host.json disappears, so a removed temp host never leaves orphans.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, openSync, writeSync, ftruncateSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { Worker, isMainThread, workerData } from 'node:worker_threads';
import { parseWorkload, type WorkloadSpec } from './spec.js';
import { readRuntime } from '../host/state.js';

const SLICE_MS = 100;

const cpuSec = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

/**
 * Keeps the process's CPU time at `cpus` x wall time. Measured against process CPU time, not wall time, so a
 * contended host (the loop descheduled mid-slice) still ends up at the asked rate; a timer, so signals are served.
 * Every thread aims at the same process-wide target; a debt over 1 s is forgiven rather than repaid in a burst.
 */
function busy(cpus: number): NodeJS.Timeout {
  let wall0 = Date.now();
  const cpu0 = cpuSec();
  return setInterval(() => {
    const end = Date.now() + SLICE_MS * 2;
    for (;;) {
      const now = Date.now();
      const debt = (cpus * (now - wall0)) / 1000 - (cpuSec() - cpu0);
      if (debt > 1) wall0 += ((debt - 1) / cpus) * 1000;
      if (debt <= 0 || now >= end) break;
    }
  }, SLICE_MS);
}

if (!isMainThread) {
  busy((workerData as { cpus: number }).cpus);
} else {
  const [root, uuid] = process.argv.slice(2);
  if (!root || !uuid) {
    process.stderr.write('usage: workload ROOT UUID\n');
    process.exit(2);
  }
  let timers: NodeJS.Timeout[] = [];
  let workers: Worker[] = [];
  let memory: Buffer | null = null;

  const apply = (spec: WorkloadSpec) => {
    for (const t of timers) clearInterval(t);
    for (const w of workers) void w.terminate();
    timers = [];
    workers = [];
    memory = null;
    if (spec.cpu > 0) {
      timers.push(busy(spec.cpu));
      for (let i = 1; i < Math.ceil(spec.cpu); i++) workers.push(new Worker(new URL(import.meta.url), { workerData: { cpus: spec.cpu } }));
    }
    if (spec.memBytes > 0) {
      memory = Buffer.allocUnsafe(spec.memBytes);
      for (let i = 0; i < memory.length; i += 4096) memory[i] = 1; // touch every page so it is resident
    }
    if (spec.execPerSec > 0) {
      const every = 1000 / spec.execPerSec;
      timers.push(
        setInterval(() => {
          const c = spawn('/bin/true', [], { stdio: 'ignore' });
          c.on('error', () => {});
        }, every),
      );
    }
    if (spec.ioKiBPerSec > 0) {
      const dir = join(root, 'zones', uuid);
      mkdirSync(dir, { recursive: true });
      const fd = openSync(join(dir, 'io.dat'), 'w');
      const chunk = Buffer.alloc(spec.ioKiBPerSec * 1024, 7);
      let n = 0;
      timers.push(
        setInterval(() => {
          writeSync(fd, chunk);
          if (++n % 60 === 0) ftruncateSync(fd, 0);
        }, 1000),
      );
      process.once('exit', () => closeSync(fd));
    }
  };

  const load = () => {
    try {
      apply(parseWorkload(readRuntime(root, uuid).workload));
    } catch (e) {
      process.stderr.write(`workload ${uuid}: ${(e as Error).message}\n`);
    }
  };
  process.on('SIGHUP', load);
  load();
  void memory;
  setInterval(() => {
    if (!existsSync(join(root, 'host.json'))) process.exit(0);
  }, 2000);
}
