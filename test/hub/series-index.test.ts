// The encoder's (name, zone, labels) -> id index keeps a (name, zone)'s series in a block of flat arrays that moves
// when it fills and is packed when freed slots pile up. Whatever it does inside, it must answer like a plain map:
// checked against one over random cycles of zones coming and going and series sets growing and shrinking.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SeriesIndex } from '../../agent/src/hub/series-index.js';

/** A small deterministic PRNG (mulberry32), so a failure replays. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test('the series index answers like a map through growth, retirement, reuse of freed blocks and packing', () => {
  const random = rng(7);
  const index = new SeriesIndex(16); // packs often
  let packs = 0;
  const pack = (index as unknown as { pack(): void }).pack.bind(index);
  (index as unknown as { pack(): void }).pack = () => { packs++; pack(); };
  const model = new Map<string, number>(); // "name|zone|labels" -> id
  let nextId = 1;
  const names = ['cpu', 'vfs_bucket', 'rss', 'nic_bytes'];
  for (let cycle = 0; cycle < 60; cycle++) {
    // this cycle's series: a random subset of zones, each with a random number of label sets per name
    const seen = new Set<number>();
    const zones = 5 + Math.floor(random() * 40);
    for (let z = 0; z < zones; z++) {
      const zone = `zone-${Math.floor(random() * 60)}`;
      for (const name of names) {
        const n = 1 + Math.floor(random() * (name === 'vfs_bucket' ? 30 : 3));
        const b = index.block(name, zone, true);
        for (let l = 0; l < n; l++) {
          const labels = `le="${l}"`;
          const key = `${name}|${zone}|${labels}`;
          let id = index.find(b, labels);
          assert.equal(id, model.get(key), `cycle ${cycle}: ${key}`);
          if (id === undefined) {
            id = nextId++;
            index.add(b, labels, id);
            model.set(key, id);
          }
          seen.add(id);
        }
      }
    }
    // now and then a series changes id (an integer series that turned out to be a float)
    const some = [...model.entries()].find(([, id]) => seen.has(id) && random() < 0.5);
    if (some) {
      const [key, oldId] = some;
      const [name, zone] = key.split('|');
      const id = nextId++;
      index.rename(index.block(name!, zone!, false), oldId, id);
      model.set(key, id);
      seen.delete(oldId); seen.add(id);
    }
    const retired: number[] = [];
    index.retire((id) => seen.has(id), retired);
    const expected = [...model.entries()].filter(([, id]) => !seen.has(id));
    assert.deepEqual(retired.sort((a, b) => a - b), expected.map(([, id]) => id).sort((a, b) => a - b), `cycle ${cycle}: retired`);
    for (const [key] of expected) model.delete(key);
    // every live series is still found, and nothing else is
    for (const [key, id] of model) {
      const [name, zone, labels] = key.split('|');
      assert.equal(index.find(index.block(name!, zone!, false), labels!), id, `cycle ${cycle}: ${key} after retire`);
    }
    const modelZones = new Set([...model.keys()].map((k) => k.split('|')[1]));
    assert.deepEqual([...index.zones()].sort(), [...modelZones].sort(), `cycle ${cycle}: zones`);
    for (const name of names) assert.equal(index.block(name, 'zone-never', false), -1);
  }
  assert.ok(packs >= 3, `packed ${packs} times`);
});
