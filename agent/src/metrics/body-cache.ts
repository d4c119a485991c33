// Exposition bodies kept per slot (scope, format, provider) until their version changes, so a scrape with nothing new
// serves the same chunks and the same gzip as the one before: no copy, no compression on the request path. The cache
// holds each body it keeps (Body.acquire/release), so that its chunks are reused once it and every response sending
// it are done.
import { Body, gzipBody } from './body-writer.js';

interface Entry { version: string | number; body: Body; gzip?: Promise<Body> }

export class BodyCache {
  private readonly entries = new Map<string, Entry>();

  private entry(slot: string, version: string | number, render: () => string | Body): Entry {
    let e = this.entries.get(slot);
    if (!e || e.version !== version) {
      // the old body goes first, so the new one can be written into its chunks; and out of the cache, so a render
      // that throws leaves no released body behind to be served
      if (e) { this.entries.delete(slot); e.body.release(); }
      e = { version, body: Body.of(render()) };
      this.entries.set(slot, e);
    }
    return e;
  }

  /** Renders the body of `slot` at `version` ahead of a scrape, unless it is already there. */
  prepare(slot: string, version: string | number, render: () => string | Body): void {
    this.entry(slot, version, render);
  }

  /**
   * The body of `slot` at `version`, held for the caller, who releases it when done (a response: once sent);
   * `render` runs only when the version differs from the cached one.
   */
  body(slot: string, version: string | number, render: () => string | Body): Body {
    return this.entry(slot, version, render).body.acquire();
  }

  /** Drops the bodies `current` says are out of date: they would never be served again, and can be megabytes. */
  dropStale(current: (slot: string, version: string | number) => boolean): void {
    for (const [slot, e] of this.entries) {
      if (current(slot, e.version)) continue;
      this.entries.delete(slot);
      e.body.release();
    }
  }

  /** Bytes of the bodies held (gzips not counted), for tests and benches. */
  get bytes(): number {
    let n = 0;
    for (const e of this.entries.values()) n += e.body.length;
    return n;
  }

  /** The same body gzipped, compressed once per version. */
  gzip(slot: string, version: string | number, render: () => string | Body): Promise<Body> {
    const e = this.entry(slot, version, render);
    return (e.gzip ??= gzipBody(e.body));
  }
}
