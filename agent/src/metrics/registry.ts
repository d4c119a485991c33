/**
 * The collector registry: which collectors run, when, and with what deadline.
 *
 * Theory of operation
 * - Collection runs on timers, never on a scrape. Every enabled kstat-based collector with the same interval shares
 *   ONE `kstat -p` call per cycle (its operands are the union of theirs), so spawns per cycle do not grow with the
 *   zone count. Task collectors (zfs, zpool, sysinfo, zone directory) each run on their own timer.
 * - Every run has a deadline: the child is killed by the exec layer at the timeout, and the run is abandoned here
 *   if it has not settled by then. A run still in flight when its timer fires again is not doubled; the tick is
 *   skipped. Nothing a collector does can delay a scrape: scrapes read the Snapshot only.
 * - A failed run keeps the collector's previous output; the Snapshot drops it once the last success is older than
 *   3 intervals. zonelet_collector_success / _last_success_timestamp_seconds / _duration_seconds say which.
 * - Zone deletions seen in the zone directory remove the zone's series at once; other directory changes re-run
 *   the zone_info collector, so a state change is visible without waiting a cycle.
 */
import { Gauge, type Registry } from 'prom-client';
import { allCollectors, type Collector, type KstatCollector, type TaskCollector } from './collectors/index.js';
import { kstatInput, Output } from './collectors/table.js';
import { resolveZoneIds } from './zone-ids.js';
import { Snapshot } from './snapshot.js';
import type { Sources } from './sources.js';
import { keepShape } from '../util/shapes.js';

export interface CollectorSettings {
  enabled?: boolean;
  intervalSeconds?: number;
  timeoutSeconds?: number;
}

export interface CollectionSettings {
  /** default interval of kstat collectors and of zone_info (10 s) */
  intervalSeconds?: number;
  collectors?: Record<string, CollectorSettings>;
}

export interface MetricsLogger {
  warn(obj: object, msg: string): void;
  debug(obj: object, msg: string): void;
}

export interface CollectorRegistryOptions {
  sources: Sources;
  collection?: CollectionSettings;
  /** prom-client registry for the agent's own metrics (collector health, zonelet_zones) */
  selfRegistry?: Registry;
  log?: MetricsLogger;
  /** bytes per page for pages -> bytes (4096 on x86 illumos) */
  pageSize?: number;
  now?: () => number;
  /** default: every shipped collector */
  collectors?: Collector[];
}

interface Run {
  readonly name: string;
  readonly members: Collector[];
  readonly intervalMs: number;
  readonly timeoutMs: number;
  inFlight?: Promise<void>;
  timer?: NodeJS.Timeout;
  execute(): Promise<void>;
}

/** the run of a group of kstat collectors (one `kstat -p` call), not of a task collector */
const isKstatRun = (r: Run): boolean => r.members[0]?.kind === 'kstat';
// a cycle's input dies with the cycle, and with its shape went every collector's optimized code (util/shapes.ts)
keepShape(kstatInput([], resolveZoneIds([]), 4096));

const DEFAULT_INTERVAL_S = 10;
/** cycles vary in length: a scrape due up to this fraction of a cycle after the next one's bodies would be ready is built for now */
const PRERENDER_SLACK = 0.2;
const SELF_METRICS = [
  'zonelet_collector_duration_seconds', 'zonelet_collector_success', 'zonelet_collector_last_success_timestamp_seconds', 'zonelet_zones',
];

class DeadlineError extends Error {}

/** Lets pending scrapes run between the synchronous steps of a cycle. */
const yieldToScrapes = () => new Promise<void>((resolve) => setImmediate(resolve));

function withDeadline<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineError(`${what} did not finish within its ${ms} ms deadline`)), ms);
  });
  return Promise.race([p, deadline]).finally(() => clearTimeout(timer));
}

export class CollectorRegistry {
  readonly snapshot: Snapshot;
  private readonly runs: Run[] = [];
  private readonly enabled: Collector[];
  private readonly now: () => number;
  private readonly pageSize: number;
  /** the shortest kstat interval: how often bodies change and are pre-rendered */
  private readonly cycleMs: number;
  private unsubscribe?: () => void;
  private started = false;
  private readonly metrics: {
    duration: Gauge<'collector'>;
    success: Gauge<'collector'>;
    lastSuccess: Gauge<'collector'>;
  };

  constructor(private readonly opts: CollectorRegistryOptions) {
    this.now = opts.now ?? Date.now;
    this.pageSize = opts.pageSize ?? 4096;
    this.snapshot = new Snapshot(this.now);
    const settings = opts.collection?.collectors ?? {};
    const all = opts.collectors ?? allCollectors(this.now);
    const known = new Set(all.map((c) => c.name));
    for (const name of Object.keys(settings)) {
      if (!known.has(name)) throw new Error(`collection.collectors.${name}: unknown collector (known: ${[...known].join(', ')})`);
    }
    this.enabled = all.filter((c) => settings[c.name]?.enabled !== false);
    const baseInterval = opts.collection?.intervalSeconds ?? DEFAULT_INTERVAL_S;
    const intervalOf = (c: Collector) =>
      settings[c.name]?.intervalSeconds ?? (c.kind === 'task' && c.name !== 'zone_info' ? c.defaultIntervalSeconds : baseInterval);
    const timeoutOf = (c: Collector, interval: number) => settings[c.name]?.timeoutSeconds ?? Math.min(interval * 0.8, 30);

    // kstat collectors with one interval share one kstat call
    const groups = new Map<number, KstatCollector[]>();
    for (const c of this.enabled) {
      const interval = intervalOf(c);
      this.snapshot.declare(c.name, c.families, interval * 1000);
      if (c.kind === 'kstat') {
        const g = groups.get(interval) ?? [];
        g.push(c);
        groups.set(interval, g);
      } else {
        const timeoutMs = timeoutOf(c, interval) * 1000;
        this.runs.push({
          name: c.name,
          members: [c],
          intervalMs: interval * 1000,
          timeoutMs,
          execute: () => this.runTask(c, timeoutMs),
        });
      }
    }
    for (const [interval, members] of groups) {
      const timeoutMs = Math.max(...members.map((c) => timeoutOf(c, interval))) * 1000;
      this.runs.push({
        name: `kstat/${interval}s`,
        members,
        intervalMs: interval * 1000,
        timeoutMs,
        execute: () => this.runKstat(members, timeoutMs),
      });
    }

    this.cycleMs = Math.min(baseInterval * 1000, ...this.runs.filter(isKstatRun).map((r) => r.intervalMs));
    const registers = opts.selfRegistry ? [opts.selfRegistry] : [];
    this.metrics = {
      duration: new Gauge({ name: 'zonelet_collector_duration_seconds', help: 'Wall time of the collector\'s last run.', labelNames: ['collector'], registers }),
      success: new Gauge({ name: 'zonelet_collector_success', help: '1 when the collector\'s last run succeeded, else 0.', labelNames: ['collector'], registers }),
      lastSuccess: new Gauge({ name: 'zonelet_collector_last_success_timestamp_seconds', help: 'Unix time of the collector\'s last successful run (0: none yet).', labelNames: ['collector'], registers }),
    };
    for (const c of this.enabled) {
      this.metrics.success.set({ collector: c.name }, 0);
      this.metrics.lastSuccess.set({ collector: c.name }, 0);
    }
    const directory = opts.sources.directory;
    if (directory && opts.selfRegistry) {
      new Gauge({
        name: 'zonelet_zones',
        help: 'Zones on the host by vmadm state, as the agent sees them.',
        labelNames: ['state'],
        registers,
        collect() {
          this.reset();
          for (const z of directory.all()) this.inc({ state: z.state });
        },
      });
    }
  }

  /** Names of the enabled collectors. */
  get collectorNames(): string[] {
    return this.enabled.map((c) => c.name);
  }

  /** Starts every timer with an immediate first run, and follows the zone directory. */
  start(): void {
    if (this.started) return;
    this.started = true;
    for (const run of this.runs) {
      void this.tick(run);
      run.timer = setInterval(() => void this.tick(run), run.intervalMs);
      run.timer.unref();
    }
    const directory = this.opts.sources.directory;
    const infoRun = this.runs.find((r) => r.name === 'zone_info');
    // the baseline raises no change: list the zones as soon as it is there, not an interval later
    if (directory?.ready && infoRun) {
      void directory.ready.then(() => { if (this.started) void this.tick(infoRun); });
    }
    if (directory?.subscribe) {
      this.unsubscribe = directory.subscribe((c) => {
        if (c.type === 'delete' && c.uuid) this.snapshot.removeZone(c.uuid);
        if (infoRun) void this.tick(infoRun);
      });
    }
  }

  async stop(): Promise<void> {
    this.started = false;
    this.unsubscribe?.();
    for (const run of this.runs) clearInterval(run.timer);
    await Promise.allSettled(this.runs.map((r) => r.inFlight));
  }

  /** Stops, and takes this registry's own gauges out of the agent's registry so a replacement can register them (SIGHUP). */
  async dispose(): Promise<void> {
    await this.stop();
    for (const name of SELF_METRICS) this.opts.selfRegistry?.removeSingleMetric(name);
  }

  /** One run of every enabled collector, all at once (for `zonelet scrape` and tests). */
  async collectOnce(): Promise<void> {
    await Promise.all(this.runs.map((r) => this.tick(r)));
  }

  /**
   * /readyz: true once every enabled kstat collector has succeeded at least once (the first shared `kstat -p` cycle:
   * every zone's CPU, memory, network and disk series are there). Task collectors (zfs, zpool, sysinfo, zone_info)
   * do not gate it: one that keeps failing (a broken zfs) shows in zonelet_collector_success, and must not keep the
   * agent unready forever. Settles once: a later failure does not make the agent unready again.
   */
  get ready(): boolean {
    return this.enabled.every((c) => c.kind !== 'kstat' || this.snapshot.lastSuccessMs(c.name) !== undefined);
  }

  private tick(run: Run): Promise<void> {
    if (run.inFlight) {
      this.opts.log?.debug({ collector: run.name }, 'previous run still in flight; skipping this tick');
      return run.inFlight;
    }
    run.inFlight = run.execute().finally(() => {
      run.inFlight = undefined;
    });
    return run.inFlight;
  }

  private record(c: Collector, startMs: number, ok: boolean, output?: Output, err?: unknown): void {
    const end = this.now();
    this.metrics.duration.set({ collector: c.name }, (end - startMs) / 1000);
    this.metrics.success.set({ collector: c.name }, ok ? 1 : 0);
    if (ok && output) {
      this.snapshot.set(c.name, output, end);
      this.metrics.lastSuccess.set({ collector: c.name }, end / 1000);
    } else {
      this.opts.log?.warn({ collector: c.name, err: err instanceof Error ? err.message : String(err) }, 'collector failed');
    }
  }

  private async runTask(c: TaskCollector, timeoutMs: number): Promise<void> {
    const start = this.now();
    const out = new Output();
    try {
      await withDeadline(c.run(this.opts.sources, timeoutMs, out), timeoutMs, `collector ${c.name}`);
      this.record(c, start, true, out);
    } catch (err) {
      this.record(c, start, false, undefined, err);
      return;
    }
    // a kstat cycle under way pre-renders when it ends (zone_info runs next to every one): one body per cycle. Asked
    // after the yield: zone_info's timer fires just before the kstat cycle's, and finishes before that one has started
    await yieldToScrapes();
    if (this.runs.some((r) => r.inFlight && isKstatRun(r))) return;
    this.prerender();
  }

  /** Bodies scrapers will ask for before the next cycle's are ready (about one cycle from now, plus slack). */
  private prerender(): void {
    const now = this.now();
    this.snapshot.prerender(now + this.cycleMs * (1 + PRERENDER_SLACK), now);
  }

  private async runKstat(members: KstatCollector[], timeoutMs: number): Promise<void> {
    const start = this.now();
    let input;
    try {
      const selectors = [...new Set(members.flatMap((c) => c.selectors))];
      const instances = await withDeadline(this.opts.sources.kstat(selectors, timeoutMs), timeoutMs, 'kstat read');
      input = kstatInput(instances, resolveZoneIds(instances), this.pageSize);
    } catch (err) {
      for (const c of members) this.record(c, start, false, undefined, err);
      return;
    }
    for (const c of members) {
      await yieldToScrapes();
      const out = new Output();
      try {
        c.collect(input, out);
        this.record(c, start, true, out);
      } catch (err) {
        this.record(c, start, false, undefined, err);
      }
    }
    // build the bodies scrapers ask for now, between scrapes, so that no scrape pays for them
    await yieldToScrapes();
    this.prerender();
  }
}
