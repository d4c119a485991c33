// The sim's dtrace output renderer against the illumos DTrace test-suite golden outputs, byte for byte. Each case feeds
// the renderer the values the D test program aggregates (worked out from its source, cited per case) and prints the
// way dtrace(1M) does: printa() where the program calls it, and the exit printout (a newline, then every aggregation
// not yet printed) where it exits.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Aggregation } from '../../sim/src/dtrace/aggregation.js';
import { exitPrint, printaDefault, printaFormat, printf } from '../../sim/src/dtrace/render.js';
import { SHARED } from '../helpers/fixtures.js';

const golden = (name: string) => readFileSync(join(SHARED, 'fixtures/smartos/dtrace/illumos-dtrace-tests', name), 'utf8');

test('tst.quantize.d: @[i] = quantize(i) for i = 0, 100 .. 900, printed at exit', () => {
  const a = new Aggregation('', ['int32'], { fn: 'quantize' });
  for (let i = 0; i < 1000; i += 100) a.add([i], i);
  assert.equal(exitPrint([a]), golden('aggs-tst.quantize.d.out'));
});

test('tst.lquantize.d: @a[i] = lquantize(i, -100, 1100, 100) for i = 0, 100 .. 900, printed at exit', () => {
  const a = new Aggregation('a', ['int32'], { fn: 'lquantize', base: -100, limit: 1100, step: 100 });
  for (let i = 0; i < 1000; i += 100) a.add([i], i);
  assert.equal(exitPrint([a]), golden('aggs-tst.lquantize.d.out'));
});

test('llquantize/tst.bases.d: nine llquantize() of i = 1 .. 101 (predicate i++ <= 100), printed at exit', () => {
  const params: Array<[string, number, number, number, number]> = [
    ['two', 2, 0, 6, 2], ['three', 3, 0, 1, 9], ['four', 4, 0, 1, 4], ['five', 5, 0, 1, 25], ['six', 6, 0, 3, 12],
    ['seven', 7, 0, 1, 7], ['eight', 8, 0, 1, 16], ['nine', 9, 0, 1, 9], ['ten', 10, 0, 1, 10],
  ];
  const aggs = params.map(([n, factor, low, high, nsteps]) => new Aggregation(n, [], { fn: 'llquantize', factor, low, high, nsteps }));
  for (let i = 1; i <= 101; i++) for (const a of aggs) a.add([], i);
  assert.equal(exitPrint(aggs), golden('llquantize-tst.bases.d.out'));
});

test('tst.clear.d: sum() by i%5, printa, clear() keeps the keys at 0, keep aggregating, final printa, exit', () => {
  const f = new Aggregation('func', ['int32'], { fn: 'sum' });
  let out = '';
  let i = 0;
  for (; i < 10; i++) f.add([i % 5], i * 100); // tick-100ms /i < 20/, ten ticks until i == 10
  out += printf('Aggregation data before clear():\n') + printaDefault(f);
  f.clear();
  out += printf('Aggregation data after clear():\n') + printaDefault(f);
  i++; // the /i == 10/ clause increments i
  for (; i < 20; i++) f.add([i % 5], i * 100);
  out += printf('Final aggregation data:\n') + printaDefault(f);
  out += exitPrint([f]);
  assert.equal(out, golden('aggs-tst.clear.d.out'));
});

test('tst.trunc.d: @[i] = sum(i) for 100 keys, trunc(@, 10) keeps the 10 largest, printed at exit', () => {
  const a = new Aggregation('', ['int32'], { fn: 'sum' });
  for (let i = 0; i < 100; i++) a.add([i], i);
  a.trunc(10);
  assert.equal(exitPrint([a]), golden('aggs-tst.trunc.d.out'));
});

test('trunc(@) empties, clear() on a quantize prints the three buckets around 0', () => {
  const a = new Aggregation('q', ['string'], { fn: 'quantize' });
  a.add(['z1'], 1000);
  a.clear();
  const text = printaDefault(a);
  assert.match(text, /^\n  z1 {48}\n {11}value  -{13} Distribution -{13} count    \n {14}-1 \| {40} 0        \n {15}0 \| {40} 0        \n {15}1 \| {40} 0        \n\n$/);
  a.trunc();
  assert.equal(printaDefault(a), '\n');
});

test('printa with a format: string key %-20s, %@d value, several aggregations joined on their keys', () => {
  const c = new Aggregation('c', ['string'], { fn: 'count' });
  const s = new Aggregation('s', ['string'], { fn: 'sum' });
  c.add(['b']); c.add(['b']); c.add(['a']);
  s.add(['b'], 40); s.add(['a'], 7);
  assert.equal(printaFormat('%-4s|%@d|%@8u\n', c, s), 'a   |1|       7\nb   |2|      40\n');
});
