/**
 * Declarative kstat-to-metric tables (cmon-agent style) and the output a collector fills.
 *
 * A collector never formats a whole exposition: it appends pre-rendered sample lines per family and per zone, so
 * that the snapshot can splice families together by string concatenation at scrape time.
 */
import type { KstatInstance, KstatScalar } from '../../platform/kstat.js';
import { decimalShift, escapeLabelValue, type Family } from '../exposition.js';
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

export function isUncapped(v: bigint): boolean {
  return v === 0n || v === UINT64_MAX || v === OMNIOS_UNCAPPED;
}

export function toBigInt(v: KstatScalar | undefined): bigint | undefined {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number' && Number.isInteger(v)) return BigInt(v);
  if (typeof v === 'string' && /^-?\d+$/.test(v)) return BigInt(v);
  return undefined;
}

export function toSeconds(v: KstatScalar | undefined): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'string' && v !== '' && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

export function convert(v: bigint, conv: Conv, pageSize: number): string {
  switch (conv) {
    case 'int':
      return v.toString();
    case 'ns':
      return decimalShift(v, 9);
    case 'us':
      return decimalShift(v, 6);
    case 'percent':
      return decimalShift(v, 2);
    case 'fscale':
      return String(Number(v) / 256); // exact: a 32-bit value over a power of two
    case 'pages':
      return (v * BigInt(pageSize)).toString();
  }
}

export interface FamilyLines {
  readonly family: Family;
  host: string;
  readonly zones: Map<string, string>;
}

/** What one run of a collector produced: sample lines per family, for the host and per zone UUID. */
export class Output {
  readonly families = new Map<string, FamilyLines>();
  private readonly zoneLabels = new Map<string, string>();

  private lines(f: Family): FamilyLines {
    let fl = this.families.get(f.name);
    if (!fl) {
      fl = { family: f, host: '', zones: new Map() };
      this.families.set(f.name, fl);
    }
    return fl;
  }

  host(f: Family, labels: string, value: string): void {
    this.lines(f).host += `${f.name}${labels ? `{${labels}}` : ''} ${value}\n`;
  }

  zone(f: Family, zone: string, labels: string, value: string): void {
    const fl = this.lines(f);
    let zl = this.zoneLabels.get(zone);
    if (zl === undefined) this.zoneLabels.set(zone, (zl = `{zone="${escapeLabelValue(zone)}"`));
    const line = `${f.name}${zl}${labels ? `,${labels}` : ''}} ${value}\n`;
    fl.zones.set(zone, (fl.zones.get(zone) ?? '') + line);
  }

}

/** Applies a table to one kstat instance's statistics. */
export function applyTable(
  table: readonly StatMapping[],
  stats: ReadonlyMap<string, KstatScalar>,
  emit: (f: Family, labels: string, value: string) => void,
  pageSize: number,
): void {
  for (const m of table) {
    const v = toBigInt(stats.get(m.stat));
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
