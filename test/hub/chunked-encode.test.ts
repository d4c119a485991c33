/**
 * A 1000-zone metrics cycle (~126,000 series) is encoded in steps with the event loop free in between, so a zone
 * change arriving meanwhile is spooled at once instead of waiting behind the whole encode. The stream must stay what
 * it was: the batch's contents as one-shot encoding gives them, dictionary and batch back to back, sequence numbers
 * without gaps, and the hub's decoder rebuilding every value.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { zonelet } from '../../proto/gen/zonelet.js';
import { DICTIONARY_PIECE_DEFS, dictionaryPieces, HubClient } from '../../agent/src/hub/client.js';
import { captureCycle, MetricsEncoder, type EncodedCycle } from '../../agent/src/hub/metrics-encoder.js';
import { RecordKind, type Spool } from '../../agent/src/hub/spool.js';
import type { SeriesVisitor } from '../../agent/src/hub/sources.js';
import { MetricsDecoder } from '../../hub/src/metrics-decoder.js';
import { FakeAgentSide, tempDir, zone } from './harness.js';

const Envelope = zonelet.v1.Envelope;

/** `zones` zones of 100 series each, shaped like the agent's (histogram buckets as bigint, counters as text). */
function walk(zones: number, round: number): (v: SeriesVisitor) => void {
  return (visit) => {
    visit('smartos_host_load1', '', '', `${round}.5`);
    for (let z = 0; z < zones; z++) {
      const uuid = zone(z).uuid;
      for (let b = 0; b < 90; b++) visit('zonelet_zone_runq_latency_seconds_bucket', uuid, `le="${b}"`, BigInt(z * 1000 + b + (b % 7 === 0 ? round : 0)));
      for (let m = 0; m < 10; m++) visit('smartos_zone_cpu_seconds_total', uuid, `mode="m${m}"`, String(z + m + (m === 0 ? round : 0)));
    }
  };
}

/** What a hub would get: every spooled record in seq order, decoded. */
function spooled(spool: Spool): Array<{ seq: number; kind: string; env: zonelet.v1.Envelope }> {
  const out = [];
  for (let r = spool.next(0); r; r = spool.next(r.seq)) out.push({ seq: r.seq, kind: RecordKind[r.kind]!, env: Envelope.decode(r.envelope) });
  return out;
}

test('a zone change during a 100,000-series metrics encode is spooled before the encode ends, ahead of its batch; seqs gap-free, batch decodable', async () => {
  const dir = tempDir('chunked');
  const side = new FakeAgentSide();
  side.zoneMap.set(zone(0).uuid, zone(0));
  // nothing listens there: the spool is the stream, read back below as the hub would get it
  const client = new HubClient(side, { url: 'ws://127.0.0.1:9/', stateDir: dir, reconnectMinMs: 60_000, statusIntervalMs: 0 });
  client.start();
  try {
    const ZONES = 1000; // 100,001 series
    const created = zone(5000, 'arrives-mid-encode');
    let changeSpooledMs = -1, changeSeq = -1, encodeDone = false;
    const t0 = performance.now();
    const encoded = client.onMetrics({ timeMs: 1, forEachSeries: walk(ZONES, 0) }).then(() => { encodeDone = true; });
    const captureMs = performance.now() - t0;
    assert.equal(client.spool.lastSeq, 1, 'only the zone snapshot: a 100,000-series cycle is not encoded in one synchronous block');
    // submitted from the event loop once the encode has yielded once, as vmadm events output would be
    setImmediate(() => {
      const before = client.spool.lastSeq;
      side.change({ type: 'create', zone: created });
      changeSpooledMs = performance.now() - t0;
      changeSeq = client.spool.lastSeq;
      assert.equal(changeSeq, before + 1, 'the zone change was spooled as soon as it was submitted');
      assert.equal(encodeDone, false);
    });
    await encoded;
    const encodeMs = performance.now() - t0;
    console.log(`# 100,001 series: capture ${captureMs.toFixed(1)} ms (synchronous), whole encode ${encodeMs.toFixed(1)} ms; zone change spooled ${changeSpooledMs.toFixed(1)} ms after the cycle began`);
    assert.ok(changeSpooledMs >= 0 && changeSpooledMs < encodeMs, 'the zone change was not held behind the whole encode');

    // a second cycle (a delta) while another zone change comes in
    const second = client.onMetrics({ timeMs: 2, forEachSeries: walk(ZONES, 1) });
    setImmediate(() => side.change({ type: 'delete', uuid: created.uuid }));
    await second;
    await client.spool.flush();

    const recs = spooled(client.spool);
    assert.deepEqual(recs.map((r) => r.seq), recs.map((_, i) => i + 1), 'sequence numbers 1..n without gaps');
    // the new epoch's 100,001 definitions come in pieces of at most DICTIONARY_PIECE_DEFS, the reset with the first
    const pieces = Math.ceil((1 + ZONES * 100) / DICTIONARY_PIECE_DEFS);
    assert.deepEqual(recs.map((r) => r.kind), ['ZoneSnapshot', 'ZoneChange', ...Array(pieces).fill('Dictionary'), 'MetricsKeyframe', 'ZoneChange', 'MetricsDelta']);
    assert.equal(recs[1]!.seq, changeSeq);
    assert.equal(recs[1]!.env.zoneChange!.uuid, created.uuid);
    const dicts = recs.filter((r) => r.kind === 'Dictionary').map((r) => r.env.dictionary!);
    assert.deepEqual(dicts.map((d) => d.reset), dicts.map((_, i) => i === 0), 'only the first piece resets the hub\'s dictionary');
    assert.ok(dicts.every((d) => d.defs.length <= DICTIONARY_PIECE_DEFS && d.defs.length > 0));

    const dec = new MetricsDecoder();
    for (const d of dicts) dec.applyDictionary(d);
    dec.applyBatch(recs[2 + pieces]!.env.metrics!);
    dec.applyBatch(recs[4 + pieces]!.env.metrics!);
    assert.equal(dec.values.size, 1 + ZONES * 100);
    const byKey = new Map([...dec.values].map(([id, v]) => {
      const d = dec.defs.get(id)!;
      return [`${d.zone} ${d.name} ${JSON.stringify(d.labels)}`, v] as const;
    }));
    const last = zone(ZONES - 1).uuid;
    assert.equal(byKey.get(`${last} zonelet_zone_runq_latency_seconds_bucket {"le":"7"}`), BigInt((ZONES - 1) * 1000 + 7 + 1));
    assert.equal(byKey.get(`${last} zonelet_zone_runq_latency_seconds_bucket {"le":"8"}`), BigInt((ZONES - 1) * 1000 + 8));
    assert.equal(byKey.get(`${last} smartos_zone_cpu_seconds_total {"mode":"m0"}`), BigInt(ZONES - 1 + 1));
    assert.equal(byKey.get(` smartos_host_load1 {}`), 1.5);
  } finally {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Encodes `cycle` in steps of `chunk` series, calling `between` after each unfinished step. */
function stepped(enc: MetricsEncoder, cycle: Parameters<typeof captureCycle>[0], chunk: number, between: (step: number) => void = () => {}): EncodedCycle {
  const job = enc.start(captureCycle(cycle));
  for (let i = 0; !job.step(chunk); i++) between(i);
  return job.result();
}

test('stepped encoding gives exactly the batches one-shot encoding gives (new, changed, retired series, keyframes)', () => {
  const oneShot = new MetricsEncoder(3), chunked = new MetricsEncoder(3);
  const rounds = [walk(30, 0), walk(30, 1), walk(20, 2), walk(25, 3), walk(25, 4)];
  for (const [i, w] of rounds.entries()) {
    const a = oneShot.encode({ timeMs: i, forEachSeries: w });
    const b = stepped(chunked, { timeMs: i, forEachSeries: w }, 97);
    assert.deepEqual(b, a, `cycle ${i}`);
  }
});

test('a reset between steps restarts the job in the new epoch; a keyframe asked for between steps comes next', () => {
  const enc = new MetricsEncoder(30), dec = new MetricsDecoder();
  const apply = (e: EncodedCycle) => { if (e.dictionary) dec.applyDictionary(e.dictionary); dec.applyBatch(e.batch); };
  apply(enc.encode({ timeMs: 0, forEachSeries: walk(10, 0) }));
  const e1 = stepped(enc, { timeMs: 1, forEachSeries: walk(10, 1) }, 100, (i) => { if (i === 3) enc.reset(); });
  assert.equal(e1.dictionary!.reset, true);
  assert.equal(e1.dictionary!.defs!.length, 1 + 10 * 100, 'every series defined again');
  assert.equal(e1.keyframe, true);
  apply(e1);
  const e2 = stepped(enc, { timeMs: 2, forEachSeries: walk(10, 2) }, 100, (i) => { if (i === 2) enc.requestKeyframe(); });
  assert.equal(e2.keyframe, false, 'the job had started as a delta');
  apply(e2);
  const e3 = enc.encode({ timeMs: 3, forEachSeries: walk(10, 3) });
  assert.equal(e3.keyframe, true, 'the request made mid-job is honoured by the next batch');
  apply(e3);
  const want = new MetricsDecoder();
  const fresh = new MetricsEncoder(30).encode({ timeMs: 3, forEachSeries: walk(10, 3) });
  want.applyDictionary(fresh.dictionary!);
  want.applyBatch(fresh.batch);
  assert.deepEqual([...dec.values].sort(), [...want.values].sort());
});

test('a dictionary in pieces: the reset with the first, retired ids with the last, every definition once and in order', () => {
  const defs = Array.from({ length: 10 }, (_, i) => ({ id: i + 1, zone: 'z', name: `n${i}`, kind: 1, labels: [] }));
  const pieces = dictionaryPieces({ epoch: 4, reset: true, defs, retired: [91, 92] }, 4);
  assert.deepEqual(pieces.map((p) => [p.epoch, p.reset, p.defs!.map((d) => d.id), p.retired]), [
    [4, true, [1, 2, 3, 4], []],
    [4, false, [5, 6, 7, 8], []],
    [4, false, [9, 10], [91, 92]],
  ]);
  const small = { epoch: 4, reset: false, defs: defs.slice(0, 3), retired: [7] };
  assert.deepEqual(dictionaryPieces(small, 4), [small], 'one that fits is sent as it is');
});
