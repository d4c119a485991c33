/**
 * Builds a multi-megabyte exposition body from many small strings without ever holding it as one string or one
 * Buffer. At 1000 zones /metrics is 12 MB: built as a string it was a rope of ~200k pieces flattened into the
 * large-object heap, and joined into one Buffer it was a 4-8 MB malloc per body. Such a malloc made glibc raise
 * its mmap threshold to that size for good, so every later buffer below it came from the brk heap, which fragmented
 * and was never given back: scraped every 15 s, the malloc heap of an agent at 1000 zones grew to 96 MB. So a body
 * is the chunks it was written in, each CHUNK bytes: above glibc's default threshold (128 KiB), so each is mapped
 * and unmapped on its own, and the threshold never climbs past it.
 */
import { createGzip, constants as zlibConstants } from 'node:zlib';
import { StringDecoder } from 'node:string_decoder';
import { keepShape } from '../util/shapes.js';

const CHUNK = 256 * 1024;

/** An exposition body (or its gzip) as a list of chunks, sent one after the other. */
export class Body {
  readonly length: number;

  constructor(readonly chunks: readonly Buffer[]) {
    let n = 0;
    for (const c of chunks) n += c.length;
    this.length = n;
  }

  static of(b: string | Buffer | Body): Body {
    return b instanceof Body ? b : new Body([typeof b === 'string' ? Buffer.from(b) : b]);
  }

  /** The text (tests, the CLI): decoded across chunk edges. */
  toString(): string {
    const d = new StringDecoder('utf8');
    let s = '';
    for (const c of this.chunks) s += d.write(c);
    return s + d.end();
  }
}

export class BodyWriter {
  private readonly chunks: Buffer[] = [];
  private cur = Buffer.allocUnsafe(CHUNK);
  private pos = 0;

  write(s: string): void {
    // at most 3 bytes per UTF-16 unit: a string that may not fit closes the chunk
    if (this.pos + s.length * 3 > CHUNK) {
      this.close();
      if (s.length * 3 > CHUNK) { this.chunks.push(Buffer.from(s)); return; }
    }
    this.pos += this.cur.write(s, this.pos);
  }

  private close(): void {
    if (this.pos === 0) return;
    this.chunks.push(this.cur.subarray(0, this.pos));
    this.cur = Buffer.allocUnsafe(CHUNK);
    this.pos = 0;
  }

  /** The whole body; the writer is spent. */
  finish(): Body {
    this.close();
    return new Body(this.chunks);
  }
}

keepShape(new BodyWriter());

/**
 * A body gzipped at the fastest level in the zlib thread pool (never on the event loop: a body can be megabytes),
 * chunk by chunk into chunks of the same size: zlib.gzip() would join its output into one Buffer.
 */
export function gzipBody(body: Body): Promise<Body> {
  return new Promise((resolve, reject) => {
    const z = createGzip({ level: zlibConstants.Z_BEST_SPEED, chunkSize: CHUNK });
    const out: Buffer[] = [];
    z.on('data', (c: Buffer) => out.push(c));
    z.once('end', () => resolve(new Body(out)));
    z.once('error', reject);
    for (const c of body.chunks) z.write(c);
    z.end();
  });
}
