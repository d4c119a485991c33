// A body's chunks are reused for later bodies only once nothing holds it: not the cache, not a response still being
// sent to a slow client, not a gzip reading it. Real BodyCache and BodyWriter; a real MetricsServer on loopback with
// a client that stops reading mid-body while newer bodies are rendered.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request, type IncomingMessage } from 'node:http';
import { Registry } from 'prom-client';
import { BodyCache } from '../../agent/src/metrics/body-cache.js';
import { BodyWriter, POOL_IDLE_TRIMS, trimBodyPool } from '../../agent/src/metrics/body-writer.js';
import { CollectorRegistry } from '../../agent/src/metrics/registry.js';
import { MetricsServer } from '../../agent/src/metrics/http.js';
import { fixtureSources } from './helpers.js';

/** `lines` sample lines whose value is `version`, as one body. */
function render(version: number, lines: number) {
  return () => {
    const w = new BodyWriter();
    for (let i = 0; i < lines; i++) w.write(`test_big{i="${i}"} ${version}\n`);
    return w.finish();
  };
}

test('a body held by its reader is never written over by later renders; once released its chunks are reused', () => {
  const cache = new BodyCache();
  const held = cache.body('all', 1, render(1, 20_000)); // a response still sending version 1
  const text = held.toString();
  cache.prepare('all', 2, render(2, 20_000)); // the next cycle replaces it in the cache
  cache.dropStale(() => false);
  for (let v = 3; v < 6; v++) cache.body('all', v, render(v, 20_000)).release(); // more renders, from the pool
  assert.equal(held.toString(), text, 'the held body is intact');

  const chunksOfHeld = new Set(held.chunks.map((c) => c.buffer));
  cache.dropStale(() => false);
  held.release();
  const next = cache.body('all', 9, render(9, 20_000));
  assert.ok(next.chunks.some((c) => chunksOfHeld.has(c.buffer)), 'released, its chunks are written again');
  assert.match(next.toString(), /^test_big\{i="19999"\} 9$/m);
});

test('a scrape whose client reads slowly gets its whole body intact while newer bodies are rendered and sent', async (t) => {
  const sources = fixtureSources();
  const reg = new CollectorRegistry({ sources, selfRegistry: new Registry() });
  await reg.collectOnce();
  const LINES = 700_000; // about 16 MB: more than loopback's socket buffers take, so most of it waits in the server
  let version = 1;
  const provider = { version: () => version, body: () => render(version, LINES)(), zoneBody: () => '' };
  const server = new MetricsServer({ snapshot: reg.snapshot, selfRegistry: new Registry(), listen: '127.0.0.1:0', providers: [provider] });
  const { port } = await server.start();
  t.after(() => server.close());

  const get = (onResponse?: (res: IncomingMessage) => void) => new Promise<string>((resolve, reject) => {
    request({ host: '127.0.0.1', port, path: '/metrics' }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks).toString()));
      onResponse?.(res);
    }).on('error', reject).end();
  });

  let slow!: IncomingMessage;
  const first = get((res) => { slow = res; res.pause(); });
  while (!slow) await new Promise((r) => setTimeout(r, 10));
  await new Promise((r) => setTimeout(r, 200)); // the server has written what the sockets take
  for (version = 2; version <= 4; version++) {
    const text = await get(); // renders version N: the cache lets version N-1 go
    assert.match(text, new RegExp(`^test_big\\{i="${LINES - 1}"\\} ${version}$`, 'm'));
  }
  slow.resume();
  const text = await first;
  const values = new Map<string, number>();
  for (const m of text.matchAll(/^test_big\{i="\d+"\} (\d+)$/gm)) values.set(m[1]!, (values.get(m[1]!) ?? 0) + 1);
  assert.deepEqual([...values], [['1', LINES]], 'every line of the slow scrape is from the body it started with');
});

test('the pooled chunks are let go once no body has been written for POOL_IDLE_TRIMS collector runs', () => {
  const chunksOf = (b: { chunks: readonly Buffer[] }) => new Set(b.chunks.map((c) => c.buffer));
  const first = render(1, 20_000)();
  const firstChunks = chunksOf(first);
  first.release();
  for (let i = 0; i < POOL_IDLE_TRIMS - 1; i++) trimBodyPool();
  const second = render(2, 20_000)(); // written before the pool was let go: reuses it
  assert.ok(second.chunks.some((c) => firstChunks.has(c.buffer)));
  second.release();
  for (let i = 0; i <= POOL_IDLE_TRIMS; i++) trimBodyPool(); // the first call only notes the write above
  assert.ok(!render(3, 20_000)().chunks.some((c) => firstChunks.has(c.buffer)), 'after idle runs the pool is empty');
});
