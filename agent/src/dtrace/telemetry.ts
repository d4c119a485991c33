/**
 * DTrace-fed per-zone telemetry: one supervised dtrace child per enabled shipped script, its intervals accumulated
 * into per-zone series, rendered as exposition text for the metrics server (all zones, or one tenant's zone).
 *
 * Everything that reaches dtrace is decided here at construction, from the local config only: which shipped scripts
 * run, their validated -x options, the interval and the validated syscall allowlist. There is no method that takes a
 * script name, option or D text after construction, so nothing arriving later (from the hub or a scrape) can reach
 * the D compiler.
 */
import type { DtraceConfig } from '../config/types.js';
import type { DtraceRunner } from '../platform/dtrace-runner.js';
import type { Format } from '../metrics/exposition.js';
import type { ExpositionProvider } from '../metrics/http.js';
import { llquantizeGrid, type BucketGrid } from './bucket-grid.js';
import { forEachZoneSeries, renderScriptStatus, renderZoneFamilies, writeZoneFamilies, type ScriptStatus } from './exposition.js';
import { BodyWriter, type Body } from '../metrics/body-writer.js';
import { interpretInterval, IntervalError, isZoneUuid } from './interpret.js';
import {
  checkOptions, defaultDtraceDir, isScriptName, macroArgs, resolveScript, ScriptError, SCRIPT_NAMES, SCRIPTS, shippedScripts,
  type ScriptName,
} from './scripts.js';
import { SeriesStore } from './series-store.js';
import { DROP_KINDS, parseStderrLine } from './stderr-parser.js';
import { ScriptSupervisor, type DtraceChild } from './supervisor.js';
import { validateSyscallAllowlist } from './syscall-allowlist.js';

/** The latency scripts' llquantize(ns, 10, 3, 9, 10): < 1 us, 1 us .. 9 s in 9 steps per decade, >= 10 s. */
export const LATENCY_GRID_PARAMS = { factor: 10, low: 3, high: 9, nsteps: 10 } as const;

/** What to start: a shipped script's file name, its checked -x options and macro arguments. */
export interface DtraceLaunch {
  script: ScriptName; file: string; options: Readonly<Record<string, string | number>>; macroArgs: readonly string[];
}
export type DtraceStarter = (launch: DtraceLaunch) => DtraceChild;

/** The telemetry as a scrape target's provider: /metrics gets every zone, /v1/gz/metrics the status series only. */
export function dtraceExpositionProvider(t: DtraceTelemetry): ExpositionProvider {
  return {
    body: (scope, format) => (scope === 'all' ? t.exposition(format) : t.statusExposition(format)),
    zoneBody: (uuid, format) => t.zoneExposition(uuid, format),
    version: () => t.version(),
  };
}

/** Starts children through the platform's DtraceRunner (built on the shipped dtrace/ directory), the one way in. */
export function runnerStarter(runner: Pick<DtraceRunner, 'start'>): DtraceStarter {
  return ({ file, options, macroArgs }) => runner.start(file, options, macroArgs);
}

export interface DtraceLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export interface DtraceTelemetryOptions {
  config: DtraceConfig;
  start: DtraceStarter;
  /** zone id -> VM UUID from the current inventory (tcp-connections prints zone ids) */
  zoneById(zoneid: number): string | undefined;
  dtraceDir?: string;
  log?: DtraceLog;
  /** tests only: silence/backoff timing; production derives silence from intervalSeconds */
  timing?: {
    intervalMs?: number; silenceIntervals?: number; startupGraceMs?: number;
    backoffMinMs?: number; backoffMaxMs?: number; stopGraceMs?: number;
  };
}

const NOLOG: DtraceLog = { info() {}, warn() {} };
const STDERR_LOG_LIMIT = 20;

export class DtraceTelemetry {
  private readonly store = new SeriesStore();
  private readonly grids = new Map<ScriptName, BucketGrid>();
  private readonly supervisors = new Map<ScriptName, ScriptSupervisor>();
  private readonly status = new Map<ScriptName, ScriptStatus>();
  /** whether a script's families are exported now (its child up); one function for the telemetry's life */
  private readonly fresh = (s: ScriptName): boolean => this.status.get(s)?.up === true;
  private readonly log: DtraceLog;
  /** bumped by anything that changes what renderExposition() returns: scrapes in between reuse the cached body */
  private changes = 0;

  constructor(private readonly opts: DtraceTelemetryOptions) {
    this.log = opts.log ?? NOLOG;
    const { config } = opts;
    const dir = opts.dtraceDir ?? defaultDtraceDir();
    for (const name of Object.keys(config.scripts)) {
      if (!isScriptName(name)) throw new ScriptError(`dtrace.scripts.${name}: not a shipped script (known: ${SCRIPT_NAMES.join(', ')})`);
    }
    const allowlist = validateSyscallAllowlist(config.syscallAllowlist);
    if (!config.enabled) return;

    const shipped = new Set(shippedScripts(dir));
    const grid = llquantizeGrid(LATENCY_GRID_PARAMS);
    const t = opts.timing ?? {};
    const intervalMs = t.intervalMs ?? config.intervalSeconds * 1000;

    for (const name of SCRIPT_NAMES) {
      const sc = config.scripts[name];
      if (sc && !sc.enabled) continue;
      if (!shipped.has(name)) {
        if (sc) throw new ScriptError(`dtrace.scripts.${name}: enabled but not shipped in ${dir}`);
        continue;
      }
      resolveScript(dir, name); // fail at load, not at the first start
      const options = sc?.options ?? {};
      checkOptions(name, options);
      const launch: DtraceLaunch = { script: name, file: SCRIPTS[name].file, options, macroArgs: macroArgs(name, config.intervalSeconds, allowlist) };
      if (name === 'runq-latency' || name === 'fs-latency') this.grids.set(name, grid);
      // every counter exists at 0 from the start: rate()/increase() need a series before the first drop or restart
      const st: ScriptStatus = { up: false, restarts: 0n, drops: new Map(DROP_KINDS.map((k) => [k, 0n])), unparsedLines: 0n };
      this.status.set(name, st);
      let stderrLogged = 0;
      const sup: ScriptSupervisor = new ScriptSupervisor({
        script: name,
        launch: () => opts.start(launch),
        silenceMs: intervalMs * (t.silenceIntervals ?? 3),
        startupGraceMs: t.startupGraceMs ?? 10_000,
        backoffMinMs: t.backoffMinMs ?? 1000,
        backoffMaxMs: t.backoffMaxMs ?? 60_000,
        stopGraceMs: t.stopGraceMs,
        onInterval: (iv) => {
          this.changes++; // applied, or counted as unparsed: either way the exposition changes
          try {
            this.store.apply(interpretInterval(name, iv, { grid, zoneById: opts.zoneById }));
          } catch (err) {
            if (!(err instanceof IntervalError)) throw err;
            st.unparsedLines++;
            this.log.warn({ script: name, err: err.message }, 'dtrace interval rejected');
            return false;
          }
          st.lastIntervalSeconds = Math.floor(Date.now() / 1000);
          return true;
        },
        onUnparsed: (reason, line) => {
          this.changes++;
          st.unparsedLines++;
          if (st.unparsedLines <= STDERR_LOG_LIMIT) this.log.warn({ script: name, reason, line: line.slice(0, 200) }, 'dtrace output not parsed');
        },
        onStderr: (line) => {
          this.changes++;
          const p = parseStderrLine(line);
          if (p.type === 'drop') st.drops.set(p.kind, (st.drops.get(p.kind) ?? 0n) + p.count);
          else if (stderrLogged++ < STDERR_LOG_LIMIT) this.log.warn({ script: name, stderr: p.message.slice(0, 500) }, 'dtrace stderr');
        },
        onStateChange: (up) => { st.up = up; this.changes++; },
        onEvent: (event, detail) => {
          this.changes++;
          st.restarts = BigInt(sup.restarts);
          if (event === 'started') stderrLogged = 0;
          this.log.info({ script: name, ...detail }, `dtrace ${event}`);
        },
      });
      this.supervisors.set(name, sup);
    }
  }

  /** Scripts that will run (enabled and shipped). */
  get scripts(): ScriptName[] { return [...this.supervisors.keys()]; }

  start(): void {
    for (const s of this.supervisors.values()) s.start();
  }

  async stop(): Promise<void> {
    await Promise.all([...this.supervisors.values()].map((s) => s.stop()));
  }

  /** A deleted zone's series go (its counters would otherwise live forever). */
  forgetZone(uuid: string): void {
    this.store.forgetZone(uuid);
    this.changes++;
  }

  /** Changes whenever renderExposition() or statusExposition() would return something else. */
  version(): number {
    return this.changes;
  }

  /**
   * Exposition text: all zones' DTrace families plus the zonelet_dtrace_* status families, or with `zone`, that one
   * zone's DTrace families only (no host-level series; an unknown or malformed UUID yields "").
   */
  renderExposition(filter: { zone?: string } = {}, format: Format = 'prometheus'): string {
    return filter.zone !== undefined ? this.zoneExposition(filter.zone, format) : this.exposition(format).toString();
  }

  /** renderExposition() of every zone as a Body (what /metrics serves), written without building one big string. */
  exposition(format: Format = 'prometheus'): Body {
    const out = new BodyWriter();
    writeZoneFamilies({ store: this.store, grids: this.grids, fresh: this.fresh, zones: this.store.zoneNames(), format }, out);
    out.write(renderScriptStatus(this.status, format));
    return out.finish();
  }

  /** The zone series of renderExposition() (not the zonelet_dtrace_* status), walked without rendering (hub stream). */
  forEachSeries(visit: (name: string, zone: string, labels: string, value: string | bigint | number) => void): void {
    forEachZoneSeries({ store: this.store, grids: this.grids, fresh: this.fresh }, visit);
  }

  /** The agent's own zonelet_dtrace_* series only (for /v1/gz/metrics). */
  statusExposition(format: Format = 'prometheus'): string {
    return renderScriptStatus(this.status, format);
  }

  /** For /v1/<uuid>/metrics: that zone's DTrace series only. */
  zoneExposition(uuid: string, format: Format = 'prometheus'): string {
    if (!isZoneUuid(uuid)) return '';
    return renderZoneFamilies({ store: this.store, grids: this.grids, fresh: this.fresh, zones: [uuid], format });
  }

  /** Per-script state, for logs and tests. */
  scriptStatus(name: ScriptName): Readonly<ScriptStatus> | undefined {
    return this.status.get(name);
  }
}
