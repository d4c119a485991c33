// Numbers at the edge of a double: the DTrace path keeps rows and totals as doubles (no BigInt per row or per
// interval), so what a double cannot hold exactly must be refused (rows) or carried on as a bigint (totals).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDtraceOutput } from '../../agent/src/dtrace/output-parser.js';
import { SeriesStore } from '../../agent/src/dtrace/series-store.js';
import { renderZoneFamilies } from '../../agent/src/dtrace/exposition.js';
import { llquantizeGrid } from '../../agent/src/dtrace/bucket-grid.js';
import { LATENCY_GRID_PARAMS } from '../../agent/src/dtrace/telemetry.js';

const Z = '0f3c2a1e-7f0b-4d9e-9b1a-2c3d4e5f6a7b';
const HEADER = '           value  ------------- Distribution ------------- count    ';
const row = (label: string, count: string) => `${label.padStart(16)} |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@ ${count}`;
const block = (...rows: string[]) => parseDtraceOutput(['  k', HEADER, ...rows, ''].join('\n'));

test('a row beyond 2^53 is parsed only when a double holds it exactly (powers of two), never rounded', () => {
  const [h] = block(row('4611686018427387904', '3'), row('>= 9223372036854775807', '0'));
  assert.ok(h?.type === 'histogram');
  assert.equal(h.rows.length, 1, 'the 2^63 - 1 overflow bound is no double: the block ends before it');
  assert.deepEqual(h.rows.at(0), { label: '4611686018427387904', kind: 'value', bound: 2n ** 62n, count: 3n });

  for (const bad of [row('12345678901234567', '1'), row('1000', '9007199254740993'), row('007', '1'), row('-0', '1'), row('1000', '01')]) {
    const ev = block(row('10', '1'), bad);
    // the block ends there; what the line then is (a record-like line) is not a bucket, and the histogram's count()
    // no longer matches its buckets, so interpret rejects the interval (interpret.ts)
    const hists = ev.filter((e) => e.type === 'histogram');
    assert.equal(hists.length, 1);
    assert.ok(hists[0]?.type === 'histogram' && hists[0].rows.length === 1, `only the row before ${JSON.stringify(bad)}`);
  }
});

test('counter and nanosecond-sum totals stay exact past 2^53 (a bigint from there on)', () => {
  const grid = llquantizeGrid(LATENCY_GRID_PARAMS);
  const store = new SeriesStore();
  const slots = new Float64Array(grid.labels.length);
  slots[5] = 1;
  const max = Number.MAX_SAFE_INTEGER; // 2^53 - 1
  for (const v of [max, 2, 2]) {
    store.apply([
      { kind: 'counter', family: 'smartos_zone_syscalls_total', zone: Z, labels: {}, value: v },
      { kind: 'histogram', family: 'smartos_zone_run_queue_latency_seconds', zone: Z, labels: {}, slots, sumNs: v },
    ]);
  }
  assert.equal([...store.counters(Z, 'smartos_zone_syscalls_total')][0]!.value, 2n ** 53n + 3n);
  const text = renderZoneFamilies({ store, grids: new Map([['runq-latency', grid]]), fresh: () => true, zones: [Z], format: 'prometheus' });
  assert.match(text, new RegExp(`^smartos_zone_run_queue_latency_seconds_sum\\{zone="${Z}"\\} 9007199\\.254740995$`, 'm'));
  assert.match(text, new RegExp(`^smartos_zone_run_queue_latency_seconds_count\\{zone="${Z}"\\} 3$`, 'm'));
});
