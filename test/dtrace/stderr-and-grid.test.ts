// Drop/error lines (formats from libdtrace dt_handle.c, one verbatim real line) and the llquantize bucket grid
// (checked against the real illumos tst.bases.d.out rows, and the `le` rule of INTERFACES.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseStderrLine } from '../../agent/src/dtrace/stderr-parser.js';
import { llquantizeGrid } from '../../agent/src/dtrace/bucket-grid.js';
import { parseDtraceOutput, UNDERFLOW, VALUE } from '../../agent/src/dtrace/output-parser.js';
import { LATENCY_GRID_PARAMS } from '../../agent/src/dtrace/telemetry.js';
import { SHARED } from '../helpers/fixtures.js';

const FIX = SHARED + 'fixtures/smartos/dtrace/';

test('the real principal-buffer drop line from ALLjava_notes.txt', () => {
  const line = readFileSync(`${FIX}dtracetoolkit-ALLjava_notes.txt`, 'utf8').split('\n').find((l) => l.includes('drops on CPU'))!;
  assert.deepEqual(parseStderrLine(line.trim()), { type: 'drop', kind: 'principal', count: 2547n, cpu: 0 });
});

test('every documented drop format, singular and plural, with and without a droptag', () => {
  const cases: Array<[string, string, bigint]> = [
    ['dtrace: 1 drop on CPU 3', 'principal', 1n],
    ['dtrace: 3 aggregation drops on CPU 5', 'aggregation', 3n],
    ['dtrace: 1 aggregation drop on CPU 0', 'aggregation', 1n],
    ['dtrace: 12 dynamic variable drops', 'dynamic', 12n],
    ['dtrace: 1 dynamic variable drop with non-empty rinsing list', 'dynamic_rinsing', 1n],
    ['dtrace: 7 dynamic variable drops with non-empty dirty list', 'dynamic_dirty', 7n],
    ['dtrace: 2 speculative drops', 'speculative', 2n],
    ['dtrace: 4 failed speculations (available buffer(s) still busy)', 'speculation_busy', 4n],
    ['dtrace: 1 failed speculation (no speculative buffer available)', 'speculation_unavailable', 1n],
    ['dtrace: 9 jstack()/ustack() string table overflows', 'stack_strtab', 9n],
    ['dtrace: 2 errors in ERROR probe enabling', 'error_probe_enabling', 2n],
    ['dtrace: [runq] 5 dynamic variable drops', 'dynamic', 5n],
    ['dtrace: error on enabled probe ID 161 (ID 896: syscall::thread_selfid:entry): invalid user access in action #2 at DIF offset 0', 'error', 1n],
  ];
  for (const [line, kind, count] of cases) {
    const r = parseStderrLine(line);
    assert.equal(r.type, 'drop', line);
    assert.ok(r.type === 'drop');
    assert.deepEqual([r.kind, r.count], [kind, count], line);
  }
  for (const line of ["dtrace: description 'syscall:::entry ' matched 228 probes",
    'dtrace: failed to initialize dtrace: DTrace requires additional privileges', 'garbage', 'dtrace: 12 drops']) {
    assert.equal(parseStderrLine(line).type, 'other', line);
  }
});

test('llquantizeGrid reproduces the bucket lower bounds dtrace printed in tst.bases.d.out', () => {
  // the nine aggregations of the test program: factor f, low 0, high and nsteps as the rows show
  const params = [
    { factor: 2, low: 0, high: 6, nsteps: 2 }, { factor: 3, low: 0, high: 1, nsteps: 9 }, { factor: 4, low: 0, high: 1, nsteps: 4 },
    { factor: 5, low: 0, high: 1, nsteps: 25 }, { factor: 6, low: 0, high: 2, nsteps: 12 }, { factor: 7, low: 0, high: 1, nsteps: 7 },
    { factor: 8, low: 0, high: 1, nsteps: 16 }, { factor: 9, low: 0, high: 1, nsteps: 9 }, { factor: 10, low: 0, high: 1, nsteps: 10 },
  ];
  const blocks = parseDtraceOutput(readFileSync(`${FIX}illumos-dtrace-tests/llquantize-tst.bases.d.out`, 'utf8'))
    .flatMap((e) => (e.type === 'histogram' ? [e.rows] : []));
  assert.equal(blocks.length, params.length);
  blocks.forEach((block, i) => {
    const grid = llquantizeGrid(params[i]!);
    const rows = block.toArray();
    const slots = rows.map((_, j) => grid.slot(block.kind(j), block.bound(j)));
    assert.ok(slots.every((s) => s !== undefined), `block ${i}: every row is on the grid`);
    // printed rows are consecutive grid slots starting at the underflow bucket
    assert.deepEqual(slots, slots.map((_, j) => j), `block ${i}`);
    assert.deepEqual(rows.map((r) => r.label), grid.labels.slice(0, rows.length));
  });
});

test('latency grid llquantize(ns, 10, 3, 9, 10): labels and le = (next lower bound - 1) ns in seconds', () => {
  const g = llquantizeGrid(LATENCY_GRID_PARAMS);
  assert.equal(g.labels.length, 65); // underflow + 7 decades x 9 + overflow
  assert.deepEqual([g.labels[0], g.labels[1], g.labels[9], g.labels[10], g.labels[63], g.labels[64]],
    ['< 1000', '1000', '9000', '10000', '9000000000', '>= 10000000000']);
  assert.deepEqual([g.le[0], g.le[1], g.le[9], g.le[10], g.le[62], g.le[63], g.le[64]],
    ['0.000000999', '0.000001999', '0.000009999', '0.000019999', '8.999999999', '9.999999999', '+Inf']);
  // exported: the 1-2-5 edges (next lower bound 1, 2 or 5 x 10^k ns) and +Inf, 23 of the 65 slots
  const exported = g.le.filter((_, i) => g.exported[i]);
  assert.equal(exported.length, 23);
  assert.deepEqual(exported.slice(0, 5), ['0.000000999', '0.000001999', '0.000004999', '0.000009999', '0.000019999']);
  assert.deepEqual(exported.slice(-4), ['1.999999999', '4.999999999', '9.999999999', '+Inf']);
  assert.equal(g.slot(UNDERFLOW, 100), undefined); // "< 100": not this grid's underflow bound
  assert.equal(g.slot(VALUE, 1500), undefined); // "1500": not a lower bound of this grid
});
