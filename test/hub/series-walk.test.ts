/**
 * The hub stream walks the collectors' output and the DTrace store instead of parsing the scrape body: the hub must
 * still get exactly the series and values a scrape shows, and zone churn must leave no series state behind.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MetricsEncoder } from '../../agent/src/hub/metrics-encoder.js';
import { expositionSamples } from '../helpers/exposition-samples.js';
import type { HubSample, SeriesVisitor } from '../../agent/src/hub/sources.js';
import { Output } from '../../agent/src/metrics/collectors/table.js';
import { family } from '../../agent/src/metrics/exposition.js';
import { Snapshot } from '../../agent/src/metrics/snapshot.js';
import { llquantizeGrid } from '../../agent/src/dtrace/bucket-grid.js';
import { forEachZoneSeries, renderZoneFamilies } from '../../agent/src/dtrace/exposition.js';
import { SeriesStore } from '../../agent/src/dtrace/series-store.js';
import { LATENCY_GRID_PARAMS } from '../../agent/src/dtrace/telemetry.js';
import { MetricsDecoder } from '../../hub/src/metrics-decoder.js';

const Z1 = '2f4f6a63-0b1e-4a7c-9c89-0e0d2f1a7b11';
const Z2 = '6c1e0d2a-3b4f-4c5d-8e9f-0a1b2c3d4e5f';
const cpu = family('smartos_zone_cpu_seconds_total', 'counter', 'CPU.');
const load = family('smartos_host_load1', 'gauge', 'Load.');

/** The decoder's view: "zone name {sorted labels}" -> value. */
function decoded(dec: MetricsDecoder): Map<string, bigint | number> {
  const out = new Map<string, bigint | number>();
  for (const [id, v] of dec.values) {
    const d = dec.defs.get(id)!;
    out.set(`${d.zone} ${d.name} ${JSON.stringify(Object.entries(d.labels).sort())}`, v);
  }
  return out;
}

/** What a scrape body says, keyed the same way (what the hub used to get by parsing it). */
function scraped(samples: HubSample[]): Map<string, bigint | number> {
  return new Map(samples.map((s) => [`${s.zone} ${s.name} ${JSON.stringify(Object.entries(s.labels ?? {}).sort())}`, s.value]));
}

function roundTrip(enc: MetricsEncoder, dec: MetricsDecoder, walk: (v: SeriesVisitor) => void) {
  const e = enc.encode({ timeMs: 1, forEachSeries: walk });
  if (e.dictionary) dec.applyDictionary(e.dictionary);
  dec.applyBatch(e.batch);
  return e;
}

test('the walked collector output reaches the hub as the scrape shows it (labels unescaped, 64-bit exact, floats)', () => {
  const snap = new Snapshot(() => 1000);
  snap.declare('c', [cpu, load], 10_000);
  const out = new Output();
  out.host(load, '', '0.75');
  out.zone(cpu, Z1, 'mode="user"', '18446744073709551615');
  out.zone(cpu, Z1, 'mode="sys"', '12.5');
  out.zone(cpu, Z2, 'mode="user",note="a \\"q\\" \\\\ b\\nc"', '3');
  snap.set('c', out, 1000);
  const enc = new MetricsEncoder(30), dec = new MetricsDecoder();
  const e = roundTrip(enc, dec, (v) => snap.forEachSeries(v));
  assert.deepEqual(decoded(dec), scraped(expositionSamples(snap.body('all', 'prometheus').toString())));
  const z2 = [...dec.defs.values()].find((d) => d.zone === Z2)!;
  assert.deepEqual(z2.labels, { mode: 'user', note: 'a "q" \\ b\nc' });
  assert.equal(e.dictionary!.defs!.length, 4);

  // the same text next cycle: nothing travels; one changed value: only it
  const again = roundTrip(enc, dec, (v) => snap.forEachSeries(v));
  assert.equal(again.dictionary, null);
  assert.equal(again.batch.intIds!.length + again.batch.floatIds!.length, 0);
  const next = new Output();
  next.host(load, '', '0.75');
  next.zone(cpu, Z1, 'mode="user"', '5'); // a counter reset from 2^64-1
  next.zone(cpu, Z1, 'mode="sys"', '12.5');
  next.zone(cpu, Z2, 'mode="user",note="a \\"q\\" \\\\ b\\nc"', '3');
  snap.set('c', next, 2000);
  const d = roundTrip(enc, dec, (v) => snap.forEachSeries(v, 2000));
  assert.equal(d.batch.intIds!.length + d.batch.floatIds!.length, 1);
  assert.deepEqual(decoded(dec), scraped(expositionSamples(snap.body('all', 'prometheus', 2000).toString())));
});

test('the walked DTrace store reaches the hub as the scrape shows it (buckets, sums, counts, counters)', () => {
  const grid = llquantizeGrid(LATENCY_GRID_PARAMS);
  const store = new SeriesStore();
  const slots = Float64Array.from(grid.le, (_, i) => i % 3);
  store.apply([
    { kind: 'histogram', family: 'smartos_zone_vfs_latency_seconds', zone: Z1, labels: { op: 'read' }, slots, sumNs: 1_500_000_123n },
    { kind: 'histogram', family: 'smartos_zone_run_queue_latency_seconds', zone: Z2, labels: {}, slots, sumNs: 7n },
    { kind: 'counter', family: 'smartos_zone_syscalls_by_name_total', zone: Z2, labels: { syscall: 'read' }, value: 2n ** 63n + 5n },
  ]);
  const input = { store, grids: new Map([['runq-latency', grid], ['fs-latency', grid]] as const), fresh: () => true };
  const enc = new MetricsEncoder(30), dec = new MetricsDecoder();
  roundTrip(enc, dec, (v) => forEachZoneSeries(input, v));
  const text = renderZoneFamilies({ ...input, zones: store.zoneNames(), format: 'prometheus' });
  assert.deepEqual(decoded(dec), scraped(expositionSamples(text)));
  assert.ok(dec.defs.size > 40, `every exported bucket is a series (${dec.defs.size})`);
});

test('zone churn leaves no series state: deleted zones are retired at the hub and dropped from the encoder', () => {
  const snap = new Snapshot(() => 1000);
  snap.declare('c', [cpu], 10_000);
  const enc = new MetricsEncoder(30), dec = new MetricsDecoder();
  const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
  for (let round = 0; round < 300; round++) {
    const out = new Output();
    out.zone(cpu, Z1, 'mode="user"', String(round)); // a zone that stays
    for (let k = round; k < round + 5; k++) out.zone(cpu, uuid(k), 'mode="user"', '1'); // five zones, one replaced per round
    snap.set('c', out, 1000);
    roundTrip(enc, dec, (v) => snap.forEachSeries(v));
  }
  assert.equal(enc.seriesCount, 6);
  assert.equal(enc.zoneCount(), 6);
  assert.equal(dec.defs.size, 6, 'the hub holds only the live series');
  assert.equal(dec.values.get([...dec.defs].find(([, d]) => d.zone === Z1)![0]), 299n);
});

test('a gauge first seen at an integral value is never truncated: it moves to a float series; counters stay exact past 2^53', () => {
  const enc = new MetricsEncoder(30), dec = new MetricsDecoder();
  const cycle = (loadText: string, counter: string | bigint | number) => roundTrip(enc, dec, (v) => {
    v('smartos_zone_load1', Z1, '', loadText);
    v('smartos_zone_cpu_seconds_total', Z1, 'mode="user"', counter);
  });
  const first = cycle('0', 9_007_199_254_740_990); // an integral number: an integer series, like its text
  const ids = new Map(first.dictionary!.defs!.map((d) => [d.name!, d]));
  assert.equal(ids.get('smartos_zone_load1')!.kind, 1, 'first seen as an integer');
  const moved = cycle('0.5', '9007199254740993'); // past 2^53: the counter goes through the BigInt path
  const newLoad = moved.dictionary!.defs!.find((d) => d.name === 'smartos_zone_load1')!;
  assert.equal(newLoad.kind, 2, 'redefined as a float series');
  assert.deepEqual(moved.dictionary!.retired, [ids.get('smartos_zone_load1')!.id], 'under a new id, the old one retired');
  const values = () => [...decoded(dec).values()];
  assert.deepEqual(values().sort(), [0.5, 9_007_199_254_740_993n].sort());
  cycle('1', 18446744073709551615n); // integral again: stays a float; a UINT64 counter
  assert.deepEqual(new Set(values()), new Set([1, 18446744073709551615n]));
  cycle('1.25', 7n); // a counter reset from 2^64-1, back under 2^53
  assert.deepEqual(new Set(values()), new Set([1.25, 7n]));
  assert.equal(enc.seriesCount, 2);
});
