/**
 * Which D scripts the simulated dtrace can "run": a renderer per shipped script (dtrace/*.d), looked up by the script
 * file's basename without `.d` (dtrace/runq-latency.d -> "runq-latency"). An unknown name fails like a D compile error.
 *
 * Adding a script: write sim/src/dtrace/scripts/<name>.ts exporting a ScriptFactory, and register it below. A factory
 * is called once when dtrace starts (the moment the real script's probes are enabled, so it takes its baseline
 * then); it returns a ScriptRun whose tick() is called each time the D script's tick clause prints (every $1 seconds
 * for the shipped scripts) and returns that clause's exact stdout text. Build that text with ../render.ts over
 * ../aggregation.ts Aggregations (./interval.ts has the shipped scripts' common block), calling clear()/trunc() where
 * the D script does. Take every number from ground truth (/proc via ../../proc/, or the sim state); where Linux has
 * none, model it deterministically and say so in the renderer's header. collect() aggregates up to now without
 * printing (dtrace exiting on a signal prints what is unprinted); aggregations() lists them for that exit printout.
 */
import type { Aggregation } from '../aggregation.js';
import { execs } from './execs.js';
import { fsLatency } from './fs-latency.js';
import { runqLatency } from './runq-latency.js';
import { syscalls } from './syscalls.js';
import { tcpConnections } from './tcp-connections.js';

export interface ScriptContext {
  root: string; // SMARTOS_SIM_ROOT
  scriptPath: string;
  options: Record<string, string>; // -x name=value
  /** macro arguments: macros[0] is $1 (and $$1), macros[1] is $2 ... */
  macros: string[];
}

export interface ScriptRun {
  tick(nowMs: number): string;
  collect(nowMs: number): void;
  aggregations(): Aggregation[];
}

export type ScriptFactory = (ctx: ScriptContext) => ScriptRun;

export const SCRIPTS: Record<string, ScriptFactory> = {
  'runq-latency': runqLatency,
  'fs-latency': fsLatency,
  syscalls,
  execs,
  'tcp-connections': tcpConnections,
};
