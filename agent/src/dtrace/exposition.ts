/**
 * Prometheus/OpenMetrics text for the DTrace families. A family is rendered only while the script feeding it is
 * fresh (its child up and printing); while it is down the family is left out, so Prometheus marks its series stale
 * instead of being served old values as current. Histograms are cumulative over the script's fixed grid: a slot i
 * with grid.exported[i] (the 1-2-5 edges and +Inf, see bucket-grid.ts) is exported as le = grid.le[i] with the sum
 * of slots 0..i; `_count` equals the +Inf bucket.
 */
import { decimalShiftText, escapeLabelValue, family, familyHeader, type Family, type Format } from '../metrics/exposition.js';
import type { ExactInt } from '../util/exact-int.js';
import type { BucketGrid } from './bucket-grid.js';
import type { CounterFamily, HistogramFamily } from './interpret.js';
import type { ScriptName } from './scripts.js';
import type { SeriesStore } from './series-store.js';

interface HistogramDef { name: HistogramFamily; help: string; script: ScriptName }

export const HISTOGRAM_FAMILIES: readonly HistogramDef[] = [
  { name: 'smartos_zone_run_queue_latency_seconds', script: 'runq-latency',
    help: 'Time threads of the zone waited on a run queue, from sched:::enqueue to sched:::on-cpu (DTrace).' },
  { name: 'smartos_zone_vfs_latency_seconds', script: 'fs-latency',
    help: 'Latency of read/write system calls of the zone on ZFS files, entry to return (DTrace).' },
];

export const COUNTER_FAMILIES: ReadonlyArray<Family & { name: CounterFamily; script: ScriptName }> = [
  { ...family('smartos_zone_syscalls_total', 'counter', 'System calls made by the zone (DTrace).'), name: 'smartos_zone_syscalls_total', script: 'syscalls' },
  { ...family('smartos_zone_syscalls_by_name_total', 'counter', 'System calls made by the zone, for the configured allowlist only (DTrace).'),
    name: 'smartos_zone_syscalls_by_name_total', script: 'syscalls' },
  { ...family('smartos_zone_process_execs_total', 'counter', 'Successful exec()s in the zone (DTrace proc:::exec-success).'),
    name: 'smartos_zone_process_execs_total', script: 'execs' },
  { ...family('smartos_zone_tcp_connections_total', 'counter', 'TCP connections established by the zone: inbound = accepted, outbound = initiated (DTrace).'),
    name: 'smartos_zone_tcp_connections_total', script: 'tcp-connections' },
];

export interface ScriptStatus {
  up: boolean;
  restarts: bigint;
  drops: Map<string, bigint>;
  unparsedLines: bigint;
  lastIntervalSeconds?: number;
}

function labels(zone: string, extra: Record<string, string>): string {
  let s = `zone="${escapeLabelValue(zone)}"`;
  for (const k in extra) s += `,${k}="${escapeLabelValue(extra[k]!)}"`;
  return s;
}

const nsToSeconds = (ns: ExactInt): string => decimalShiftText(String(ns), 9);

export interface RenderInput {
  store: SeriesStore;
  grids: ReadonlyMap<ScriptName, BucketGrid>;
  fresh: (script: ScriptName) => boolean;
  zones: Iterable<string>;
  format: Format;
}

/** The zone families for the given zones (all zones, or one tenant's), as text. */
export function renderZoneFamilies(input: RenderInput): string {
  const out = new TextParts();
  writeZoneFamilies(input, out);
  return out.parts.join('');
}

class TextParts {
  readonly parts: string[] = [];
  write(s: string): void { this.parts.push(s); }
}

/** The same, written piece by piece (into a BodyWriter for the whole host's body: no 10 MB string). */
export function writeZoneFamilies({ store, grids, fresh, zones, format }: RenderInput, out: { write(s: string): void }): void {
  const zoneList = [...zones];
  for (const def of HISTOGRAM_FAMILIES) {
    const grid = grids.get(def.script);
    if (!grid || !fresh(def.script) || !zoneList.some((z) => store.hasFamily(z, def.name))) continue;
    out.write(`# HELP ${def.name} ${def.help}\n# TYPE ${def.name} histogram\n`);
    const { le, exported } = grid;
    const name = def.name;
    for (const zone of zoneList) {
      for (const h of store.histograms(zone, name)) {
        const l = labels(zone, h.labels);
        let cum = 0;
        let text = '';
        for (let i = 0; i < h.slots.length; i++) {
          cum += h.slots[i]!;
          if (exported[i]) text += `${name}_bucket{${l},le="${le[i]}"} ${cum}\n`;
        }
        out.write(`${text}${name}_sum{${l}} ${nsToSeconds(h.sumNs)}\n${name}_count{${l}} ${h.count}\n`);
      }
    }
  }
  for (const def of COUNTER_FAMILIES) {
    if (!fresh(def.script) || !zoneList.some((z) => store.hasFamily(z, def.name))) continue;
    out.write(familyHeader(def, format));
    for (const zone of zoneList) {
      for (const c of store.counters(zone, def.name)) out.write(`${def.name}{${labels(zone, c.labels)}} ${c.value}\n`);
    }
  }
}

/**
 * The same zone series as renderZoneFamilies writes (fresh scripts only, same names and labels), walked as
 * (name, zone, label text, value) for the hub stream: nothing rendered. Bucket label texts do not name the zone, so
 * they are built once per (grid, label text) and shared by every zone.
 */
export function forEachZoneSeries(
  { store, grids, fresh }: Omit<RenderInput, 'zones' | 'format'>,
  visit: (name: string, zone: string, labels: string, value: string | bigint | number) => void,
): void {
  const histograms = HISTOGRAM_FAMILIES.filter((d) => grids.has(d.script) && fresh(d.script)).map((d) => walked(d.name, grids.get(d.script)!));
  const counters = COUNTER_FAMILIES.filter((d) => fresh(d.script));
  // one call per zone: a function that runs once per cycle is only optimized on the fly, and that code is dropped at
  // the next full GC (recompiled every cycle); the per-zone function keeps its optimized code
  for (const zone of store.zoneNames()) visitZoneSeries(store, zone, histograms, counters, visit);
}

interface WalkedHistogram { name: HistogramFamily; grid: BucketGrid; bucket: string; sum: string; count: string }

/**
 * A histogram family as walked, with its series names, made once for good per (family, grid): the hub encoder
 * looks each (name, zone) up by name, and a string made anew each cycle was compared there by its characters
 * instead of as the same string; and the walk's optimized code relied on the shape of these objects, which went
 * when those made for one cycle died (util/shapes.ts), so it was recompiled every cycle.
 */
const WALKED = new WeakMap<BucketGrid, Map<HistogramFamily, WalkedHistogram>>();
function walked(name: HistogramFamily, grid: BucketGrid): WalkedHistogram {
  let byName = WALKED.get(grid);
  if (!byName) WALKED.set(grid, (byName = new Map()));
  let w = byName.get(name);
  if (!w) byName.set(name, (w = { name, grid, bucket: `${name}_bucket`, sum: `${name}_sum`, count: `${name}_count` }));
  return w;
}

function visitZoneSeries(
  store: SeriesStore, zone: string, histograms: readonly WalkedHistogram[], counters: typeof COUNTER_FAMILIES,
  visit: (name: string, zone: string, labels: string, value: string | bigint | number) => void,
): void {
  for (const d of histograms) {
    const { exported } = d.grid;
    for (const h of store.histograms(zone, d.name)) {
      const bl = bucketLabels(d.grid, h.labelText);
      let cum = 0;
      for (let i = 0, b = 0; i < h.slots.length; i++) {
        cum += h.slots[i]!;
        if (exported[i]) visit(d.bucket, zone, bl[b++]!, cum);
      }
      visit(d.sum, zone, h.labelText, nsToSeconds(h.sumNs));
      visit(d.count, zone, h.labelText, h.count);
    }
  }
  for (const d of counters) for (const c of store.counters(zone, d.name)) visit(d.name, zone, c.labelText, c.value);
}

const sharedBucketLabels = new WeakMap<BucketGrid, Map<string, string[]>>();

/** Per exported bucket of `grid`: `labelText` plus le="...", one array per distinct label text. */
function bucketLabels(grid: BucketGrid, labelText: string): string[] {
  let byText = sharedBucketLabels.get(grid);
  if (!byText) sharedBucketLabels.set(grid, (byText = new Map()));
  let out = byText.get(labelText);
  if (!out) {
    out = [];
    for (let i = 0; i < grid.le.length; i++) if (grid.exported[i]) out.push(`${labelText}${labelText ? ',' : ''}le="${grid.le[i]}"`);
    byText.set(labelText, out);
  }
  return out;
}

const META = {
  up: family('zonelet_dtrace_up', 'gauge', '1 while the script\'s dtrace child runs and prints its intervals, else 0 (its series are then left out).'),
  restarts: family('zonelet_dtrace_restarts_total', 'counter', 'dtrace children restarted after exiting or falling silent for three intervals.'),
  drops: family('zonelet_dtrace_drops_total', 'counter', 'Drops and runtime errors dtrace reported on stderr, by kind.'),
  unparsed: family('zonelet_dtrace_unparsed_lines_total', 'counter', 'dtrace output lines or intervals that did not parse and were discarded.'),
  last: family('zonelet_dtrace_last_interval_timestamp_seconds', 'gauge', 'When the script\'s last complete interval was applied.'),
};

/** The host-level zonelet_dtrace_* families (never on a tenant's route). */
export function renderScriptStatus(status: ReadonlyMap<ScriptName, ScriptStatus>, format: Format): string {
  if (status.size === 0) return '';
  const rows = [...status];
  let out = familyHeader(META.up, format);
  for (const [s, st] of rows) out += `zonelet_dtrace_up{script="${s}"} ${st.up ? 1 : 0}\n`;
  out += familyHeader(META.restarts, format);
  for (const [s, st] of rows) out += `zonelet_dtrace_restarts_total{script="${s}"} ${st.restarts}\n`;
  const drops = rows.flatMap(([s, st]) => [...st.drops].map(([k, n]) => `zonelet_dtrace_drops_total{script="${s}",kind="${k}"} ${n}\n`));
  if (drops.length) out += familyHeader(META.drops, format) + drops.join('');
  out += familyHeader(META.unparsed, format);
  for (const [s, st] of rows) out += `zonelet_dtrace_unparsed_lines_total{script="${s}"} ${st.unparsedLines}\n`;
  const last = rows.filter(([, st]) => st.lastIntervalSeconds !== undefined);
  if (last.length) {
    out += familyHeader(META.last, format);
    for (const [s, st] of last) out += `zonelet_dtrace_last_interval_timestamp_seconds{script="${s}"} ${st.lastIntervalSeconds}\n`;
  }
  return out;
}
