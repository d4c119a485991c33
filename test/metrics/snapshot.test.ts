// The snapshot keeps each family's zone samples in one flat array, a zone's in a row. What a scrape and the hub see
// must not depend on that: a zone whose samples came in two runs (a kstat printed twice, another zone's in between)
// reads as one zone, and a deleted zone's samples go at once, every other zone's staying whole.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Snapshot } from '../../agent/src/metrics/snapshot.js';
import { Output } from '../../agent/src/metrics/collectors/table.js';
import { family } from '../../agent/src/metrics/exposition.js';

const reads = family('smartos_zone_vfs_reads_total', 'counter', 'VFS read operations of the zone.');
const slow = family('smartos_zone_vfs_slow_operations_total', 'counter', 'VFS operations of the zone slower than the threshold.');
const A = '11111111-1111-4111-8111-111111111111', B = '22222222-2222-4222-8222-222222222222', C = '33333333-3333-4333-8333-333333333333';

function snapshotWith(emit: (out: Output) => void): Snapshot {
  const snap = new Snapshot(() => 1_000_000);
  snap.declare('zone_vfs', [reads, slow], 10_000);
  const out = new Output();
  emit(out);
  snap.set('zone_vfs', out, 1_000_000);
  return snap;
}

const samples = (body: string) => body.split('\n').filter((l) => l && !l.startsWith('#'));

test("a zone whose samples came in two runs is one zone's run in the body, the hub walk and its own scrape", () => {
  const snap = snapshotWith((out) => {
    out.zone(reads, A, '', '5');
    out.zone(slow, A, 'threshold="10ms"', '1');
    out.zone(reads, B, '', '7');
    out.zone(slow, B, 'threshold="10ms"', '2');
    out.zone(slow, A, 'threshold="100ms"', '0'); // A again, after B
    out.zone(reads, C, '', '9');
  });
  assert.deepEqual(samples(snap.body('all', 'prometheus').toString()), [
    `smartos_zone_vfs_reads_total{zone="${A}"} 5`,
    `smartos_zone_vfs_reads_total{zone="${B}"} 7`,
    `smartos_zone_vfs_reads_total{zone="${C}"} 9`,
    `smartos_zone_vfs_slow_operations_total{zone="${A}",threshold="10ms"} 1`,
    `smartos_zone_vfs_slow_operations_total{zone="${A}",threshold="100ms"} 0`,
    `smartos_zone_vfs_slow_operations_total{zone="${B}",threshold="10ms"} 2`,
  ]);
  assert.deepEqual(samples(snap.zoneBody(A, 'prometheus')), [
    `smartos_zone_vfs_reads_total{zone="${A}"} 5`,
    `smartos_zone_vfs_slow_operations_total{zone="${A}",threshold="10ms"} 1`,
    `smartos_zone_vfs_slow_operations_total{zone="${A}",threshold="100ms"} 0`,
  ]);
  const walked: string[] = [];
  snap.forEachSeries((name, zone, labels, value) => walked.push(`${name} ${zone.slice(0, 1)} ${labels} ${value}`));
  assert.deepEqual(walked, [
    'smartos_zone_vfs_reads_total 1  5', 'smartos_zone_vfs_reads_total 2  7', 'smartos_zone_vfs_reads_total 3  9',
    'smartos_zone_vfs_slow_operations_total 1 threshold="10ms" 1', 'smartos_zone_vfs_slow_operations_total 1 threshold="100ms" 0',
    'smartos_zone_vfs_slow_operations_total 2 threshold="10ms" 2',
  ]);
  assert.deepEqual([...snap.zones()].sort(), [A, B, C]);
});

test("a deleted zone's samples leave every family at once; the other zones' stay whole", () => {
  const snap = snapshotWith((out) => {
    for (const [z, n] of [[A, '1'], [B, '2'], [C, '3']] as const) {
      out.zone(reads, z, '', n);
      out.zone(slow, z, 'threshold="10ms"', n);
      out.zone(slow, z, 'threshold="1s"', '0');
    }
  });
  snap.removeZone(B);
  const body = samples(snap.body('all', 'prometheus').toString());
  assert.deepEqual(body, [
    `smartos_zone_vfs_reads_total{zone="${A}"} 1`,
    `smartos_zone_vfs_reads_total{zone="${C}"} 3`,
    `smartos_zone_vfs_slow_operations_total{zone="${A}",threshold="10ms"} 1`,
    `smartos_zone_vfs_slow_operations_total{zone="${A}",threshold="1s"} 0`,
    `smartos_zone_vfs_slow_operations_total{zone="${C}",threshold="10ms"} 3`,
    `smartos_zone_vfs_slow_operations_total{zone="${C}",threshold="1s"} 0`,
  ]);
  assert.equal(snap.zoneBody(B, 'prometheus'), '');
  assert.deepEqual(samples(snap.zoneBody(C, 'prometheus')), body.filter((l) => l.includes(C)));
  assert.deepEqual([...snap.zones()].sort(), [A, C]);
});
