/** The disk spool: survives reopen, truncates a torn tail, drops oldest metrics (through the next keyframe) first. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { RecordKind, Spool } from '../../agent/src/hub/spool.js';
import { MetricsEncoder } from '../../agent/src/hub/metrics-encoder.js';
import { MetricsDecoder } from '../../hub/src/metrics-decoder.js';
import { tempDir } from './harness.js';

const rec = (n: number) => Buffer.alloc(n, 7);
function all(s: Spool) { const out: Array<[number, RecordKind]> = []; let r; let after = 0; while ((r = s.next(after))) { out.push([r.seq, r.kind]); after = r.seq; } return out; }

test('records survive reopen; a torn tail is truncated and appends continue after valid data', async () => {
  const dir = tempDir('spool');
  let s = new Spool({ dir, maxBytes: 1 << 20 });
  for (let i = 0; i < 5; i++) s.append(s.takeSeq(), RecordKind.ZoneChange, rec(100));
  await s.flush();
  s.close();
  const seg = readdirSync(dir).find((f) => f.startsWith('seg-'))!;
  appendFileSync(join(dir, seg), Buffer.from([0, 0, 0, 50, 1, 2, 3])); // half a record
  s = new Spool({ dir, maxBytes: 1 << 20 });
  assert.equal(s.openReport.truncatedBytes, 7);
  assert.deepEqual(all(s).map((r) => r[0]), [1, 2, 3, 4, 5]);
  s.append(s.takeSeq(), RecordKind.ZoneChange, rec(10));
  await s.flush();
  s.ack(3);
  assert.deepEqual(all(s).map((r) => r[0]).filter((q) => q > 3), [4, 5, 6]);
  s.close();
  s = new Spool({ dir, maxBytes: 1 << 20 });
  assert.equal(s.acked, 3);
  assert.equal(s.takeSeq(), 7);
  s.close();
  rmSync(dir, { recursive: true, force: true });
});

test('overflow drops the oldest metric batches through the next keyframe, never zone changes', async () => {
  const dir = tempDir('spool-ovf');
  const s = new Spool({ dir, maxBytes: 64 * 1024, segmentBytes: 8 * 1024 });
  // zone change, then K D D D K D D D ... each metrics record 2 KiB
  s.append(s.takeSeq(), RecordKind.ZoneChange, rec(500));
  for (let i = 0; i < 40; i++) s.append(s.takeSeq(), i % 4 === 0 ? RecordKind.MetricsKeyframe : RecordKind.MetricsDelta, rec(2000));
  await s.flush();
  const kinds = all(s);
  assert.ok(s.bytes <= 64 * 1024);
  assert.equal(kinds[0][1], RecordKind.ZoneChange, 'zone change kept');
  const firstMetrics = kinds.find((k) => k[1] !== RecordKind.ZoneChange)!;
  assert.equal(firstMetrics[1], RecordKind.MetricsKeyframe, 'what remains starts at a keyframe');
  assert.equal(s.droppedBatches % 4, 0, 'whole keyframe groups dropped');
  assert.ok(s.droppedBatches > 0);
  s.close();
  rmSync(dir, { recursive: true, force: true });
});

test('delta encoding round-trips exactly: uint64 extremes, counter reset, retired series, floats', () => {
  const enc = new MetricsEncoder(3);
  const dec = new MetricsDecoder();
  const max = 18446744073709551615n;
  const cycles = [
    [['a', 'c_total', max], ['a', 'g', 0.5], ['b', 'c_total', 10n]],
    [['a', 'c_total', 5n], ['a', 'g', 0.5], ['b', 'c_total', 10n]], // reset of a, unchanged gauge and b
    [['a', 'c_total', 6n], ['a', 'g', 1.25]], // b retired
    [['a', 'c_total', 2n ** 53n + 1n], ['a', 'g', 1.25], ['c', 'c_total', 1n]], // keyframe (every 3)
  ] as const;
  for (const [i, c] of cycles.entries()) {
    const e = enc.encode({ timeMs: i, samples: c.map(([zone, name, value]) => ({ zone, name, value })) });
    if (e.dictionary) dec.applyDictionary(e.dictionary);
    dec.applyBatch(e.batch);
    const want = Object.fromEntries(c.map(([zone, name, value]) => [`${zone}/${name}`, value]));
    const got = Object.fromEntries([...dec.values].map(([id, v]) => [`${dec.defs.get(id)!.zone}/${dec.defs.get(id)!.name}`, v]));
    assert.deepEqual(got, want, `cycle ${i}`);
    if (i === 1) assert.deepEqual(e.batch.intIds!.length, 1, 'only the changed counter travels in a delta');
    if (i === 3) assert.equal(e.keyframe, true);
  }
});

test('series new mid-walk (ids out of order) round-trip exactly, cycle after cycle', () => {
  const enc = new MetricsEncoder(100);
  const dec = new MetricsDecoder();
  // each cycle puts a new zone's series before the existing ones: its ids are the highest, visited first
  let zones: string[] = ['z0', 'z1'];
  for (let cycle = 0; cycle < 6; cycle++) {
    zones = [`n${cycle}`, ...zones.filter((z, k) => k % 4 !== 3)]; // and drops some old ones
    const samples = zones.flatMap((zone, k) => [
      { zone, name: 'c_total', value: BigInt(cycle * 100 + k) },
      { zone, name: 'g', value: cycle + k / 4 + 0.125 },
    ]);
    const e = enc.encode({ timeMs: cycle, samples });
    if (e.dictionary) dec.applyDictionary(e.dictionary);
    dec.applyBatch(e.batch);
    const want = Object.fromEntries(samples.map((x) => [`${x.zone}/${x.name}`, x.value]));
    const got = Object.fromEntries([...dec.values].map(([id, v]) => [`${dec.defs.get(id)!.zone}/${dec.defs.get(id)!.name}`, v]));
    assert.deepEqual(got, want, `cycle ${cycle}`);
  }
});
