/**
 * Agent-side accumulation of DTrace interval aggregations into monotonic counters and cumulative histograms.
 *
 * Theory of operation: every script prints its aggregations once per interval and then trunc()s them, so each
 * printed value is that interval's delta. The store adds deltas to totals it owns; a dtrace child that dies and is
 * restarted starts again from zero deltas, so totals never go backwards across a restart (the interval the child was
 * in when it died is lost, never double-counted). Totals are exact integers (ExactInt: a number, a bigint only past
 * 2^53, which nanosecond sums reach within months).
 * Series are grouped by zone so one zone's series (the per-tenant /v1/<uuid>/metrics route) are found without a scan;
 * a zone's series go when the zone is deleted (forgetZone). Which scripts are fresh is decided by the supervisor and
 * applied at render time.
 * Memory is per histogram one Float64Array of slot totals (event counts stay exact below 2^53, centuries at a million
 * events a second) and one nanosecond sum: at 1000 zones this store is a few MB. Nothing rendered is kept
 * here: every zone's series change every interval, so a per-zone text cache only doubled the exposition body.
 */
import { labelPairs } from '../metrics/exposition.js';
import { addExact, type ExactInt } from '../util/exact-int.js';
import { detach } from '../util/strings.js';
import type { CounterFamily, Delta, HistogramFamily } from './interpret.js';

/** `labelText` is the labels as exposition text (`k="v",...`, record order), built once per series. */
export interface HistogramTotals {
  labels: Record<string, string>; labelText: string; slots: Float64Array; sumNs: ExactInt; count: number;
}
export interface CounterTotal { labels: Record<string, string>; labelText: string; value: ExactInt }

type Family = HistogramFamily | CounterFamily;

interface ZoneSeries {
  histograms: Map<HistogramFamily, Map<string, HistogramTotals>>;
  counters: Map<CounterFamily, Map<string, CounterTotal>>;
}

/** A new series' labels and label text, kept for the zone's lifetime: copied out of the dtrace output chunk. */
function ownLabels(parsed: Record<string, string>): { labels: Record<string, string>; labelText: string } {
  const labels: Record<string, string> = {};
  for (const k in parsed) labels[detach(k)] = detach(parsed[k]!);
  return { labels, labelText: labelPairs(labels) };
}

/** A series' key within its family: the label values (a family's label names are fixed), the value itself when one. */
function labelKey(labels: Record<string, string>): string {
  let key: string | undefined;
  for (const k in labels) key = key === undefined ? labels[k]! : `${key}\u0000${labels[k]}`;
  return key ?? '';
}

type CounterDelta = Extract<Delta, { kind: 'counter' }>;
type HistogramDelta = Extract<Delta, { kind: 'histogram' }>;

// Totals are plain object literals: built with {...ownLabels(), value} they were updated about 4x slower (V8 gave the
// spread's objects a slower shape), which made this store the DTrace path's largest cost.
function addCounter(z: ZoneSeries, d: CounterDelta): void {
  let fam = z.counters.get(d.family);
  if (!fam) { fam = new Map(); z.counters.set(d.family, fam); }
  const key = labelKey(d.labels);
  const cur = fam.get(key);
  if (cur) cur.value = addExact(cur.value, d.value);
  else { const own = ownLabels(d.labels); fam.set(key, { labels: own.labels, labelText: own.labelText, value: d.value }); }
}

function addHistogram(z: ZoneSeries, d: HistogramDelta): void {
  let fam = z.histograms.get(d.family);
  if (!fam) { fam = new Map(); z.histograms.set(d.family, fam); }
  const key = labelKey(d.labels);
  let cur = fam.get(key);
  if (!cur) {
    const own = ownLabels(d.labels);
    cur = { labels: own.labels, labelText: own.labelText, slots: new Float64Array(d.slots.length), sumNs: 0, count: 0 };
    fam.set(key, cur);
  }
  const { slots } = cur;
  if (slots.length !== d.slots.length) throw new Error(`${d.family}: bucket grid changed (${slots.length} -> ${d.slots.length} slots)`);
  // summed in a local: one store to the total's count per histogram, not one per slot
  let n = 0;
  for (let i = 0; i < slots.length; i++) { const v = d.slots[i]!; slots[i] += v; n += v; }
  cur.count += n;
  cur.sumNs = addExact(cur.sumNs, d.sumNs);
}

export class SeriesStore {
  private readonly zones = new Map<string, ZoneSeries>();

  apply(deltas: readonly Delta[]): void {
    for (const d of deltas) {
      let z = this.zones.get(d.zone);
      if (!z) { z = { histograms: new Map(), counters: new Map() }; this.zones.set(detach(d.zone), z); }
      if (d.kind === 'counter') addCounter(z, d);
      else addHistogram(z, d);
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

  hasFamily(zone: string, family: Family): boolean {
    const z = this.zones.get(zone);
    return !!z && ((z.histograms.get(family as HistogramFamily)?.size ?? 0) > 0 || (z.counters.get(family as CounterFamily)?.size ?? 0) > 0);
  }
}
