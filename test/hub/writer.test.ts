// The hub stream's writer writes a small sint64 the cheap way (as a sint32). The hub must read exactly the values
// sent, at every edge of the 32-bit range and beyond it, and the bytes must be the ones protobufjs itself writes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import pb from 'protobufjs/minimal.js';
import { zonelet } from '../../proto/gen/zonelet.js';
import { StreamWriter } from '../../agent/src/hub/writer.js';
import { toWireInt } from '../../agent/src/hub/metrics-encoder.js';

const EDGES = [
  0n, 1n, -1n, 63n, -64n, 64n, -65n, 2n ** 31n - 1n, -(2n ** 31n), 2n ** 31n, -(2n ** 31n) - 1n, 2n ** 32n, -(2n ** 32n),
  2n ** 53n - 1n, -(2n ** 53n - 1n), 2n ** 63n - 1n, -(2n ** 63n),
];

test('a batch of integer deltas written by the stream writer is byte for byte what protobufjs writes, and decodes to the same values', () => {
  const values = [...EDGES.map(toWireInt), 5, -7, 123_456, -2_000_000_000, 0.5 * 2 ** 33];
  const msg: zonelet.v1.IEnvelope = {
    seq: 7,
    metrics: { batch: 3, epoch: 1, keyframe: false, timeMs: 1_796_685_657_000, intIds: values.map((_, i) => i + 1), intValues: values },
  };
  const ours = zonelet.v1.Envelope.encode(msg, new StreamWriter()).finish();
  const theirs = zonelet.v1.Envelope.encode(msg, pb.Writer.create()).finish();
  assert.deepEqual(Buffer.from(ours), Buffer.from(theirs));

  const back = zonelet.v1.Envelope.decode(ours).metrics!.intValues!;
  const asBigInt = (v: number | { toString(): string }) => BigInt(v.toString());
  assert.deepEqual(back.map(asBigInt), values.map(asBigInt));
  assert.deepEqual(back.slice(0, EDGES.length).map(asBigInt), EDGES);
});
