// A body is kept and sent as the chunks it was written in, never joined into one multi-megabyte Buffer (see
// body-writer.ts for why), and reads back exactly, multi-byte characters included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import { Body, BodyWriter, gzipBody } from '../../agent/src/metrics/body-writer.js';

test('a 2.5 MB body stays in chunks of at most 256 KiB, plain and gzipped, and reads back exactly', async () => {
  const w = new BodyWriter();
  const lines: string[] = [];
  for (let i = 0; i < 40_000; i++) {
    const line = `smartos_zone_info{zone="${i}",alias="zoné-€-${i % 97}"} 1\n`;
    lines.push(line);
    w.write(line);
  }
  const long = 'x'.repeat(300 * 1024) + '\n'; // longer than a chunk: a chunk of its own
  lines.push(long);
  w.write(long);
  const text = lines.join('');
  const body = w.finish();
  assert.equal(body.length, Buffer.byteLength(text));
  assert.ok(body.chunks.length >= 10, `${body.chunks.length} chunks`);
  assert.ok(body.chunks.slice(0, -1).every((c) => c.length <= 256 * 1024), 'written chunks hold at most 256 KiB');
  assert.equal(body.toString(), text);

  const gz = await gzipBody(body);
  assert.ok(gz.chunks.length > 1 && gz.chunks.every((c) => c.length <= 256 * 1024), `gzip in ${gz.chunks.length} chunks`);
  assert.equal(gunzipSync(Buffer.concat(gz.chunks)).toString(), text);
  assert.equal(gz.length, gz.chunks.reduce((n, c) => n + c.length, 0));
});

test('Body.toString decodes a character split between two chunks', () => {
  const bytes = Buffer.from('a€b');
  assert.equal(new Body([bytes.subarray(0, 2), bytes.subarray(2)]).toString(), 'a€b');
  assert.equal(Body.of('é').toString(), 'é');
});
