import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { ZoneQueue } from '../../agent/src/actions/queue.js';

test('one task at a time per zone, at most maxConcurrent overall, FIFO per zone', async () => {
  const q = new ZoneQueue(3);
  const active = new Map<string, number>();
  let global = 0;
  let peak = 0;
  const order: Record<string, number[]> = {};
  const jobs = [];
  for (let i = 0; i < 60; i++) {
    const zone = `z${i % 6}`;
    jobs.push(q.run(zone, async () => {
      assert.equal(active.get(zone) ?? 0, 0, `overlap on ${zone}`);
      active.set(zone, 1);
      peak = Math.max(peak, ++global);
      (order[zone] ??= []).push(i);
      await sleep(1 + (i % 3));
      global--;
      active.set(zone, 0);
      return i;
    }));
  }
  assert.deepEqual(await Promise.all(jobs), [...Array(60).keys()]);
  assert.equal(peak, 3);
  for (const list of Object.values(order)) assert.deepEqual(list, [...list].sort((a, b) => a - b));
  assert.equal(q.busyZones, 0);
});

test('a task that gives back its slot keeps its zone but lets other zones run', async () => {
  const q = new ZoneQueue(1);
  let release!: () => void;
  const hung = new Promise<void>((r) => { release = r; });
  const seen: string[] = [];
  const a = q.run('a', async (ctx) => { ctx.releaseSlot(); await hung; seen.push('a1'); });
  const a2 = q.run('a', async () => { seen.push('a2'); });
  const b = q.run('b', async () => { seen.push('b'); });
  await b;
  assert.deepEqual(seen, ['b']);
  release();
  await Promise.all([a, a2]);
  assert.deepEqual(seen, ['b', 'a1', 'a2']);
});

test('a failing task does not block its zone', async () => {
  const q = new ZoneQueue(2);
  await assert.rejects(q.run('a', async () => { throw new Error('boom'); }), /boom/);
  assert.equal(await q.run('a', async () => 7), 7);
});
