/**
 * Rebuilds series values from a stream's SeriesDictionary and MetricsBatch messages (the inverse of the agent's
 * metrics-encoder.ts). Must see the stream's messages in order; a delta batch arriving without its keyframe (which a
 * correct agent never sends) is reported undecodable rather than guessed at.
 */
import type { zonelet } from '../../proto/gen/zonelet.js';

export interface SeriesInfo { zone: string; name: string; labels: Record<string, string>; int: boolean }
type Wire64 = number | { low: number; high: number };

/** A sint64 off the wire (number or Long) as a BigInt. */
export function wireToBigInt(v: Wire64): bigint {
  if (typeof v === 'number') return BigInt(v);
  return BigInt.asIntN(64, (BigInt(v.high >>> 0) << 32n) | BigInt(v.low >>> 0));
}

export class MetricsDecoder {
  epoch = 0;
  readonly defs = new Map<number, SeriesInfo>();
  readonly values = new Map<number, bigint | number>();
  readonly byZone = new Map<string, Set<number>>();
  private haveKeyframe = false;

  applyDictionary(d: zonelet.v1.ISeriesDictionary): void {
    if (d.reset) {
      this.defs.clear(); this.values.clear(); this.byZone.clear();
      this.haveKeyframe = false;
    }
    this.epoch = d.epoch ?? 0;
    for (const def of d.defs ?? []) {
      const labels: Record<string, string> = {};
      for (const l of def.labels ?? []) labels[l.name ?? ''] = l.value ?? '';
      const info: SeriesInfo = { zone: def.zone ?? '', name: def.name ?? '', labels, int: def.kind !== 2 };
      this.defs.set(def.id ?? 0, info);
      let z = this.byZone.get(info.zone);
      if (!z) this.byZone.set(info.zone, (z = new Set()));
      z.add(def.id ?? 0);
    }
    for (const id of d.retired ?? []) {
      const info = this.defs.get(id);
      if (info) this.byZone.get(info.zone)?.delete(id);
      this.defs.delete(id);
      this.values.delete(id);
    }
  }

  /** Applies a batch; returns the ids it set, or throws when the batch cannot be decoded. */
  applyBatch(b: zonelet.v1.IMetricsBatch): number[] {
    if ((b.epoch ?? 0) !== this.epoch) throw new Error(`batch ${b.batch} is of dictionary epoch ${b.epoch}, stream is at ${this.epoch}`);
    if (b.keyframe) this.haveKeyframe = true;
    else if (!this.haveKeyframe) throw new Error(`delta batch ${b.batch} without a keyframe before it`);
    const touched: number[] = [];
    const intIds = b.intIds ?? [], intValues = (b.intValues ?? []) as Wire64[];
    let id = 0;
    for (let i = 0; i < intIds.length; i++) {
      id += intIds[i];
      const prev = b.keyframe ? 0n : ((this.values.get(id) as bigint | undefined) ?? 0n);
      if (!this.defs.has(id)) continue; // retired since (replay)
      this.values.set(id, BigInt.asUintN(64, prev + wireToBigInt(intValues[i])));
      touched.push(id);
    }
    id = 0;
    const floatIds = b.floatIds ?? [], floatValues = b.floatValues ?? [];
    for (let i = 0; i < floatIds.length; i++) {
      id += floatIds[i];
      if (!this.defs.has(id)) continue;
      this.values.set(id, floatValues[i]);
      touched.push(id);
    }
    return touched;
  }

  /** The zone's current series with values (JSON-safe: integers beyond 2^53 as strings). */
  zoneSeries(zone: string): Array<{ name: string; labels: Record<string, string>; value: number | string }> {
    const out: Array<{ name: string; labels: Record<string, string>; value: number | string }> = [];
    for (const id of this.byZone.get(zone) ?? []) {
      const v = this.values.get(id);
      const d = this.defs.get(id);
      if (v === undefined || !d) continue;
      out.push({ name: d.name, labels: d.labels, value: jsonValue(v) });
    }
    return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }
}

export function jsonValue(v: bigint | number): number | string {
  if (typeof v === 'number') return v;
  return v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v.toString();
}
