/**
 * Declarative kstat-to-metric tables (cmon-agent style) and the output a collector fills.
 *
 * A collector never formats a whole exposition: it appends pre-rendered sample lines per family and per zone, so
 * that the snapshot can splice families together by string concatenation at scrape time.
 */
import type { KstatInstance, KstatScalar } from '../../platform/kstat.js';
import { decimalShiftText, escapeLabelValue, type Family } from '../exposition.js';
import { keepShape } from '../../util/shapes.js';
import type { ZoneIds } from '../zone-ids.js';

/** How a kstat value becomes a base-unit value. */
export type Conv = 'int' | 'ns' | 'us' | 'percent' | 'fscale' | 'pages';

export interface StatMapping {
  stat: string;
  family: Family;
  /** extra labels after zone=, pre-rendered (`mode="user"`) */
  labels?: string;
  conv: Conv;
  /** a cap: absent when the value means "no cap" */
  cap?: boolean;
}

export const UINT64_MAX = 18446744073709551615n;
/** OmniOS prints an uncapped physcap as 0xFFFFFFFF000 = 17592186040320 (kstat-dtrace.md 2.3). */
export const OMNIOS_UNCAPPED = 0xffffffff000n;
const UNCAPPED_TEXT = new Set(['0', UINT64_MAX.toString(), OMNIOS_UNCAPPED.toString()]);

/** An integer's decimal text (no leading zeros), whether kstat gave a bigint or kept the text; else undefined. */
export function intText(v: KstatScalar | undefined): string | undefined {
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return Number.isSafeInteger(v) ? String(v) : undefined;
  if (v === undefined) return undefined;
  const n = v.length;
  let i = n > 1 && v.charCodeAt(0) === 45 ? 1 : 0;
  if (i === n) return undefined;
  const first = i;
  for (; i < n; i++) {
    const c = v.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
  }
  return v.charCodeAt(first) === 48 && n - first > 1 ? BigInt(v).toString() : v;
}

export function isUncapped(v: string): boolean {
  return UNCAPPED_TEXT.has(v);
}

export function toSeconds(v: KstatScalar | undefined): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'string' && v !== '' && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

/** A value in base units, as exact decimal text, from an integer's decimal text (see intText). */
export function convert(v: string, conv: Conv, pageSize: number): string {
  switch (conv) {
    case 'int':
      return v;
    case 'ns':
      return decimalShiftText(v, 9);
    case 'us':
      return decimalShiftText(v, 6);
    case 'percent':
      return decimalShiftText(v, 2);
    case 'fscale':
      return String(Number(v) / 256); // exact: a 32-bit value over a power of two
    case 'pages': {
      const n = Number(v);
      return n * pageSize <= Number.MAX_SAFE_INTEGER ? String(n * pageSize) : (BigInt(v) * BigInt(pageSize)).toString();
    }
  }
}

/**
 * One family's samples from one collector run. Samples are kept as (labels, value) text pairs, not as rendered
 * lines: the snapshot writes each line once, straight into the exposition body, so a cycle builds no per-line
 * strings (at 1000 zones ~50k lines a cycle, whose concatenation ropes were most of the cycle's garbage). A family's
 * zone samples are one flat array with each zone's in a row, not an array per zone: those (35,000 at 1000 zones)
 * lived a whole cycle, so every cycle promoted them to the old generation and the next one made them garbage there.
 */
export class FamilyLines {
  /** host sample lines, rendered */
  host = '';
  /** the same host samples as [labels, value, labels, value, ...] (for the hub stream, which renders nothing) */
  readonly hostSamples: string[] = [];
  /** zone samples as [labels after zone=, value, ...]: zone k's are [starts[k], starts[k + 1]) */
  samples: string[] = [];
  /** zone UUIDs in the order their samples come */
  zones: string[] = [];
  /** where each zone's samples start in `samples`, then where the last one's end */
  starts: number[] = [0];
  /** zone UUID -> k, built on the first lookup (a per-zone scrape, a deleted zone): most cycles never need it */
  private at: Map<string, number> | undefined;

  constructor(readonly family: Family) {}

  get zoneCount(): number { return this.zones.length; }

  /** Zone k's index in `zones`, or undefined. */
  indexOf(zone: string): number | undefined {
    if (this.at === undefined) {
      this.at = new Map();
      for (let k = 0; k < this.zones.length; k++) this.at.set(this.zones[k]!, k);
    }
    return this.at.get(zone);
  }

  add(zone: string, labels: string, value: string): void {
    const k = this.zones.length - 1;
    if (k < 0 || this.zones[k] !== zone) {
      this.zones.push(zone);
      this.starts.push(this.samples.length);
    }
    this.samples.push(labels, value);
    this.starts[this.zones.length] = this.samples.length;
  }

  /**
   * The run is over: a zone whose samples came in two runs (a kstat printed twice, another zone's in between) gets
   * them in one. Checked here with a set that dies young, not with an index kept through the cycle.
   */
  finish(): void {
    if (new Set(this.zones).size === this.zones.length) return;
    const runs = new Map<string, string[]>();
    for (let k = 0; k < this.zones.length; k++) {
      const zone = this.zones[k]!;
      let run = runs.get(zone);
      if (!run) runs.set(zone, (run = []));
      for (let i = this.starts[k]!; i < this.starts[k + 1]!; i++) run.push(this.samples[i]!);
    }
    this.rebuild(runs);
  }

  /** Zone k's sample lines, rendered with `zoneLabel` (zoneLabelOpen of its UUID). */
  zoneText(k: number, zoneLabel: string): string {
    return zoneLines(this.family.name, zoneLabel, this.samples, this.starts[k]!, this.starts[k + 1]!);
  }

  /** Drops a zone's samples; false if it had none. */
  remove(zone: string): boolean {
    if (!this.zones.includes(zone)) return false; // not indexOf(): the rebuild below drops the index it would build
    const runs = new Map<string, string[]>();
    for (let k = 0; k < this.zones.length; k++) {
      if (this.zones[k] !== zone) runs.set(this.zones[k]!, this.samples.slice(this.starts[k], this.starts[k + 1]));
    }
    this.rebuild(runs);
    return true;
  }

  private rebuild(runs: Map<string, string[]>): void {
    this.samples = []; this.zones = []; this.starts = [0]; this.at = undefined;
    for (const [zone, run] of runs) for (let i = 0; i < run.length; i += 2) this.add(zone, run[i]!, run[i + 1]!);
  }
}

keepShape(new FamilyLines({ name: '', type: 'gauge', help: '' })); // see util/shapes.ts

/** What one run of a collector produced: samples per family, for the host and per zone UUID. */
export class Output {
  readonly families = new Map<string, FamilyLines>();

  private lines(f: Family): FamilyLines {
    let fl = this.families.get(f.name);
    if (!fl) {
      fl = new FamilyLines(f);
      this.families.set(f.name, fl);
    }
    return fl;
  }

  host(f: Family, labels: string, value: string): void {
    const fl = this.lines(f);
    fl.host += `${f.name}${labels ? `{${labels}}` : ''} ${value}\n`;
    fl.hostSamples.push(labels, value);
  }

  zone(f: Family, zone: string, labels: string, value: string): void {
    this.lines(f).add(zone, labels, value);
  }

  /** The run is over: each family's zone samples in one run per zone. */
  finish(): void {
    for (const fl of this.families.values()) fl.finish();
  }
}

keepShape(new Output()); // see util/shapes.ts

/** Samples [from, to) of a family (one zone's), as one short string (written into the body at once, then garbage). */
function zoneLines(name: string, zoneLabel: string, samples: readonly string[], from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i += 2) {
    const labels = samples[i]!;
    out += labels === '' ? `${name}${zoneLabel}} ${samples[i + 1]!}\n` : `${name}${zoneLabel},${labels}} ${samples[i + 1]!}\n`;
  }
  return out;
}

/** `{zone="<uuid>"` (no closing brace: more labels may follow). */
export function zoneLabelOpen(zone: string): string {
  return `{zone="${escapeLabelValue(zone)}"`;
}

/** Applies a table to one kstat instance's statistics. */
export function applyTable(
  table: readonly StatMapping[],
  stats: ReadonlyMap<string, KstatScalar>,
  emit: (f: Family, labels: string, value: string) => void,
  pageSize: number,
): void {
  for (const m of table) {
    const v = intText(stats.get(m.stat));
    if (v === undefined) continue;
    if (m.cap && isUncapped(v)) continue;
    emit(m.family, m.labels ?? '', convert(v, m.conv, pageSize));
  }
}

/** kstat output indexed once per cycle, shared by every kstat-based collector. */
export interface KstatInput {
  byModule: ReadonlyMap<string, readonly KstatInstance[]>;
  zones: ZoneIds;
  pageSize: number;
}

/** A cycle's input; one kept alive (util/shapes.ts): every collector's code reads it, and it dies with its cycle. */
export function kstatInput(instances: readonly KstatInstance[], zones: ZoneIds, pageSize: number): KstatInput {
  return { byModule: indexByModule(instances), zones, pageSize };
}

export function indexByModule(instances: readonly KstatInstance[]): Map<string, KstatInstance[]> {
  const m = new Map<string, KstatInstance[]>();
  for (const ks of instances) {
    let list = m.get(ks.module);
    if (!list) m.set(ks.module, (list = []));
    list.push(ks);
  }
  return m;
}

/**
 * Runs a per-zone table over every instance of `module` (optionally only names matching `name`) that belongs to a
 * zone's current boot. Instances of an older boot of the same zone (a reboot in progress) are skipped, so two zone
 * ids never feed one series.
 */
export function zoneTable(
  input: KstatInput,
  out: Output,
  module: string,
  table: readonly StatMapping[],
  name?: RegExp,
): void {
  for (const ks of input.byModule.get(module) ?? []) {
    if (name && !name.test(ks.name)) continue;
    const zone = input.zones.zoneOf(ks);
    if (zone === undefined) continue;
    applyTable(table, ks.stats, (f, labels, value) => out.zone(f, zone, labels, value), input.pageSize);
  }
}
