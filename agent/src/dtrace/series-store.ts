/**
 * Agent-side accumulation of DTrace interval aggregations into monotonic counters and cumulative histograms.
 *
 * Theory of operation: every script prints its aggregations once per interval and then trunc()s them, so each
 * printed value is that interval's delta. The store adds deltas to totals it owns; a dtrace child that dies and is
 * restarted starts again from zero deltas, so totals never go backwards across a restart (the interval the child was
 * in when it died is lost, never double-counted). Values are BigInt (nanosecond sums outgrow 2^53 within months).
 * Series are grouped by zone so one zone's series (the per-tenant /v1/<uuid>/metrics route) are found without a scan;
 * a zone's series go when the zone is deleted (forgetZone). Which scripts are fresh is decided by the supervisor and
 * applied at render time.
 * Rendered text is cached per zone and family (`rendered`) and dropped when the zone's series change, so scrapes
 * between two intervals re-send text instead of re-rendering every zone's buckets.
 */
import { labelPairs } from '../metrics/exposition.js';
import type { CounterFamily, Delta, HistogramFamily } from './interpret.js';

/** `labelText` is the labels as exposition text (`k="v",...`, record order), built once per series. */
export interface HistogramTotals {
  labels: Record<string, string>; labelText: string; slots: bigint[]; sumNs: bigint; count: bigint;
  /** per exported bucket: labelText plus le="...", built on first use (the hub stream's series identities) */
  bucketLabels?: string[];
}
export interface CounterTotal { labels: Record<string, string>; labelText: string; value: bigint }

type Family = HistogramFamily | CounterFamily;

interface ZoneSeries {
  histograms: Map<HistogramFamily, Map<string, HistogramTotals>>;
  counters: Map<CounterFamily, Map<string, CounterTotal>>;
  /** render cache: key (family and format) -> this zone's sample lines; cleared on every change */
  rendered: Map<string, string>;
}

function labelKey(labels: Record<string, string>): string {
  return Object.entries(labels).map(([k, v]) => `${k}=${v}`).join('\u0000');
}

export class SeriesStore {
  private readonly zones = new Map<string, ZoneSeries>();

  apply(deltas: readonly Delta[]): void {
    for (const d of deltas) {
      let z = this.zones.get(d.zone);
      if (!z) { z = { histograms: new Map(), counters: new Map(), rendered: new Map() }; this.zones.set(d.zone, z); }
      z.rendered.clear();
      const key = labelKey(d.labels);
      if (d.kind === 'counter') {
        let fam = z.counters.get(d.family);
        if (!fam) { fam = new Map(); z.counters.set(d.family, fam); }
        const cur = fam.get(key);
        if (cur) cur.value += d.value;
        else fam.set(key, { labels: d.labels, labelText: labelPairs(d.labels), value: d.value });
      } else {
        let fam = z.histograms.get(d.family);
        if (!fam) { fam = new Map(); z.histograms.set(d.family, fam); }
        let cur = fam.get(key);
        if (!cur) { cur = { labels: d.labels, labelText: labelPairs(d.labels), slots: new Array<bigint>(d.slots.length).fill(0n), sumNs: 0n, count: 0n }; fam.set(key, cur); }
        if (cur.slots.length !== d.slots.length) throw new Error(`${d.family}: bucket grid changed (${cur.slots.length} -> ${d.slots.length} slots)`);
        for (let i = 0; i < d.slots.length; i++) { cur.slots[i] += d.slots[i]!; cur.count += d.slots[i]!; }
        cur.sumNs += d.sumNs;
      }
    }
  }

  forgetZone(zone: string): void {
    this.zones.delete(zone);
  }

  zoneNames(): IterableIterator<string> {
    return this.zones.keys();
  }

  histograms(zone: string, family: HistogramFamily): Iterable<HistogramTotals> {
    return this.zones.get(zone)?.histograms.get(family)?.values() ?? [];
  }

  counters(zone: string, family: CounterFamily): Iterable<CounterTotal> {
    return this.zones.get(zone)?.counters.get(family)?.values() ?? [];
  }

  /** The zone's cached text for `key`, rendered by `render` when the zone changed since (or never cached). */
  renderedText(zone: string, key: string, render: () => string): string {
    const z = this.zones.get(zone);
    if (!z) return '';
    let text = z.rendered.get(key);
    if (text === undefined) z.rendered.set(key, (text = render()));
    return text;
  }

  hasFamily(zone: string, family: Family): boolean {
    const z = this.zones.get(zone);
    return !!z && ((z.histograms.get(family as HistogramFamily)?.size ?? 0) > 0 || (z.counters.get(family as CounterFamily)?.size ?? 0) > 0);
  }
}
