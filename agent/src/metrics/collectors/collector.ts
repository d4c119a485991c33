import type { Family } from '../exposition.js';
import type { KstatInput, Output } from './table.js';
import type { Sources } from '../sources.js';

/** Reads its statistics from the cycle's single shared `kstat -p` call. */
export interface KstatCollector {
  readonly kind: 'kstat';
  readonly name: string;
  readonly families: readonly Family[];
  /** `kstat -p` operands (module:instance:name:statistic, globs or /regex/) */
  readonly selectors: readonly string[];
  collect(input: KstatInput, out: Output): void;
}

/** Runs on its own timer with its own source (zfs list, zpool list, the zone directory, sysinfo). */
export interface TaskCollector {
  readonly kind: 'task';
  readonly name: string;
  readonly families: readonly Family[];
  readonly defaultIntervalSeconds: number;
  run(sources: Sources, timeoutMs: number, out: Output): Promise<void>;
}

export type Collector = KstatCollector | TaskCollector;
