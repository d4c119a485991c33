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
      if (this.defs.get(def.id ?? 0)?.int !== info.int) this.values.delete(def.id ?? 0); // a redefined kind starts over
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

  /**
   * Applies a batch; returns the ids it set, or throws an Error naming the batch when it cannot be decoded. The whole
   * batch is checked before any value changes, so a refused batch leaves the decoder as it was.
   */
  applyBatch(b: zonelet.v1.IMetricsBatch): number[] {
    const what = `batch ${b.batch}`;
    if ((b.epoch ?? 0) !== this.epoch) throw new Error(`${what} is of dictionary epoch ${b.epoch}, stream is at ${this.epoch}`);
    if (!b.keyframe && !this.haveKeyframe) throw new Error(`delta ${what} without a keyframe before it`);
    const intIds = b.intIds ?? [], intValues = (b.intValues ?? []) as Wire64[];
    const floatIds = b.floatIds ?? [], floatValues = b.floatValues ?? [];
    if (intIds.length !== intValues.length) throw new Error(`undecodable ${what}: ${intIds.length} int ids for ${intValues.length} values`);
    if (floatIds.length !== floatValues.length) throw new Error(`undecodable ${what}: ${floatIds.length} float ids for ${floatValues.length} values`);
    const ints = new Map<number, bigint>();
    let id = 0;
    for (let i = 0; i < intIds.length; i++) {
      id += intIds[i];
      const def = this.defs.get(id);
      if (!def) continue; // retired since (replay)
      if (!def.int) throw new Error(`undecodable ${what}: int_ids names float series ${id}`);
      const prev = b.keyframe ? 0n : (ints.get(id) ?? (this.values.get(id) as bigint | undefined) ?? 0n);
      ints.set(id, BigInt.asUintN(64, prev + wireToBigInt(intValues[i])));
    }
    const floats = new Map<number, number>();
    id = 0;
    for (let i = 0; i < floatIds.length; i++) {
      id += floatIds[i];
      const def = this.defs.get(id);
      if (!def) continue;
      if (def.int) throw new Error(`undecodable ${what}: float_ids names integer series ${id}`);
      floats.set(id, floatValues[i]);
    }
    if (b.keyframe) this.haveKeyframe = true;
    for (const [k, v] of ints) this.values.set(k, v);
    for (const [k, v] of floats) this.values.set(k, v);
    return [...ints.keys(), ...floats.keys()];
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
