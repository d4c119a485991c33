/**
 * Builds a multi-megabyte exposition body from many small strings without ever holding it as one string or one
 * Buffer, in chunks that are reused from one body to the next.
 *
 * Theory of operation
 * - At 1000 zones /metrics is 12 MB. Built as a string it was a rope of ~200k pieces flattened into the large-object
 *   heap; joined into one Buffer it was a 4-8 MB malloc per body. Any Buffer is malloc'd outside V8's heap, and
 *   glibc's malloc raises its mmap threshold to the size of the largest mapped block freed so far, so after the
 *   first such body every later one came from the brk heap, which fragmented and was never given back: scraped every
 *   15 s as Prometheus does, the malloc heap of an agent at 1000 zones grew to 96 MB (illumos's malloc never gives
 *   freed memory back at all).
 * - So a body is the CHUNK-sized Buffers it was written in (never joined), and a body's chunks go back to a bounded
 *   pool when its last holder lets it go, for the next body to be written into: a regular scraper's bodies then cost
 *   the same chunks every time, not a fresh 12 MB of mallocs.
 * - Holders count: a body is made with one reference (its maker's); acquire() adds one, release() drops one, and the
 *   chunks are reused only once none is left. The cache holds one while it keeps a body, a response while it is being
 *   sent, a gzip while it reads it. A holder that never releases costs nothing but the reuse (the chunks are then
 *   simply garbage-collected); releasing what was not acquired would hand out chunks still being sent, so every
 *   release() pairs with the acquire() or the making of the same holder.
 * - The pool is let go once no body has been written for about a minute (trimBodyPool).
 */
import { createGzip, constants as zlibConstants } from 'node:zlib';
import { StringDecoder } from 'node:string_decoder';
import { keepShape } from '../util/shapes.js';

const CHUNK = 256 * 1024;
/** chunks kept for reuse: one 1000-zone body (4 MB of kstat families and 8 MB of DTrace ones) is 48 */
const POOL_MAX = 64;
/** trimBodyPool() calls (one per collector run: about a minute) with no body written before the pool is let go */
export const POOL_IDLE_TRIMS = 6;
const pool: Buffer[] = [];
let taken = 0;
let idleTrims = 0;

/**
 * Called once per collector run: once no body has been written for POOL_IDLE_TRIMS runs (no scraper left), the pooled
 * chunks are let go, so that an agent nobody scrapes any more does not keep 16 MB for bodies it will not build.
 */
export function trimBodyPool(): void {
  if (taken > 0) { taken = 0; idleTrims = 0; return; }
  if (++idleTrims >= POOL_IDLE_TRIMS) pool.length = 0;
}

/** An exposition body (or its gzip) as a list of chunks, sent one after the other. */
export class Body {
  readonly length: number;
  private refs = 1;

  /** `pooled`: the whole CHUNK-sized Buffers under `chunks`, given back to the pool when the last holder releases. */
  constructor(readonly chunks: readonly Buffer[], private pooled: Buffer[] = []) {
    let n = 0;
    for (const c of chunks) n += c.length;
    this.length = n;
  }

  static of(b: string | Buffer | Body): Body {
    return b instanceof Body ? b : new Body([typeof b === 'string' ? Buffer.from(b) : b]);
  }

  /** One more holder; it calls release() when done. */
  acquire(): this {
    if (this.refs <= 0) throw new Error('exposition body used after its last holder released it');
    this.refs++;
    return this;
  }

  /** Drops one holder; the last one gives the chunks back. A body with no pooled chunks is not counted. */
  release(): void {
    if (this.pooled.length === 0 || --this.refs > 0) return;
    for (const b of this.pooled) if (pool.length < POOL_MAX) pool.push(b);
    this.pooled = [];
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
  private readonly pooled: Buffer[] = [];
  private cur = BodyWriter.chunk();
  private pos = 0;

  private static chunk(): Buffer {
    taken++;
    return pool.pop() ?? Buffer.allocUnsafe(CHUNK);
  }

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
    this.pooled.push(this.cur);
    this.cur = BodyWriter.chunk();
    this.pos = 0;
  }

  /** The whole body, held by the caller (see Body); the writer is spent. */
  finish(): Body {
    this.close();
    if (pool.length < POOL_MAX) pool.push(this.cur); // the unused last chunk
    return new Body(this.chunks, this.pooled);
  }
}

keepShape(new BodyWriter());

/**
 * A body gzipped at the fastest level in the zlib thread pool (never on the event loop: a body can be megabytes),
 * chunk by chunk into chunks of the same size: zlib.gzip() would join its output into one Buffer. The body is held
 * while zlib reads it.
 */
export function gzipBody(body: Body): Promise<Body> {
  body.acquire();
  return new Promise<Body>((resolve, reject) => {
    const z = createGzip({ level: zlibConstants.Z_BEST_SPEED, chunkSize: CHUNK });
    const out: Buffer[] = [];
    z.on('data', (c: Buffer) => out.push(c));
    z.once('end', () => { body.release(); resolve(new Body(out)); });
    z.once('error', reject); // the body is not released: zlib may still be reading it
    for (const c of body.chunks) z.write(c);
    z.end();
  });
}
