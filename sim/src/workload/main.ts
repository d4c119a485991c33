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

/**
 * Duty cycle by wall time: in every SLICE_MS slice the thread spins for `share` of the slice, then sleeps to the next
 * slice. Under contention the thread still asks for the CPU for that share of wall time and gets what the scheduler
 * gives it, as a real tenant would: it does not chase a CPU-time target (that would turn a cpu=0.5 zone into a full
 * spinner on a busy host). A late timer skips to the current slice rather than bursting to catch up. Each thread of a
 * cpu>1 spec carries an equal share.
 */
function busy(share: number): void {
  let sliceStart = Date.now();
  const tick = () => {
    const now = Date.now();
    if (now - sliceStart >= SLICE_MS) sliceStart += Math.floor((now - sliceStart) / SLICE_MS) * SLICE_MS;
    // Burn the share from when the thread got to run (a late wake-up is the norm on a loaded host), within the slice.
    const stopAt = Math.min(now + share * SLICE_MS, sliceStart + SLICE_MS);
    while (Date.now() < stopAt) {
      /* burn */
    }
    sliceStart += SLICE_MS;
    timer = setTimeout(tick, Math.max(0, sliceStart - Date.now()));
  };
  let timer = setTimeout(tick, 0);
  stopBusy = () => clearTimeout(timer);
}
let stopBusy: () => void = () => {};

if (!isMainThread) {
  busy((workerData as { share: number }).share);
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
    stopBusy();
    for (const t of timers) clearInterval(t);
    for (const w of workers) void w.terminate();
    timers = [];
    workers = [];
    memory = null;
    if (spec.cpu > 0) {
      const threads = Math.ceil(spec.cpu);
      const share = Math.min(1, spec.cpu / threads);
      busy(share);
      for (let i = 1; i < threads; i++) workers.push(new Worker(new URL(import.meta.url), { workerData: { share } }));
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
