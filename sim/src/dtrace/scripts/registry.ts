/**
 * Which D scripts the simulated dtrace can "run": a renderer per script, looked up by the script file's basename
 * without `.d` (dtrace/runq-latency.d -> "runq-latency"). An unknown name fails like a D compile error.
 *
 * Adding a script (for the DTrace engineer): write sim/src/dtrace/scripts/<name>.ts exporting a ScriptFactory, and
 * register it below. A factory is called once when dtrace starts; it returns a ScriptRun whose tick() is called once
 * per tick interval (taken from the script's first `tick-N{s,sec,ms}` probe, default 1 s) and returns the exact stdout
 * text the D script's tick clause prints. Build that text with ../render.ts (printf, printaDefault, printaFormat,
 * histogram) over ../aggregation.ts Aggregations, and call clear()/trunc() where the D script does, so the output has
 * the real format. Take every number from ground truth (/proc via ../../proc/, or the sim state), never invent it.
 * aggregations() lists the script's aggregations so dtrace can print the unprinted ones at exit.
 */
import type { Aggregation } from '../aggregation.js';
import { runqLatency } from './runq-latency.js';

export interface ScriptContext {
  root: string; // SMARTOS_SIM_ROOT
  scriptPath: string;
  options: Record<string, string>; // -x name=value
}

export interface ScriptRun {
  tick(nowMs: number): string;
  aggregations(): Aggregation[];
}

export type ScriptFactory = (ctx: ScriptContext) => ScriptRun;

export const SCRIPTS: Record<string, ScriptFactory> = {
  'runq-latency': runqLatency,
};
