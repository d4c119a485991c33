// Exposition bodies kept per slot (scope, format, provider) until their version changes, so a scrape with nothing new
// serves the same chunks and the same gzip as the one before: no copy, no compression on the request path.
import { Body, gzipBody } from './body-writer.js';

interface Entry { version: string | number; body: Body; gzip?: Promise<Body> }

export class BodyCache {
  private readonly entries = new Map<string, Entry>();

  private entry(slot: string, version: string | number, render: () => string | Body): Entry {
    let e = this.entries.get(slot);
    if (!e || e.version !== version) {
      e = { version, body: Body.of(render()) };
      this.entries.set(slot, e);
    }
    return e;
  }

  /** The body of `slot` at `version`; `render` runs only when the version differs from the cached one. */
  body(slot: string, version: string | number, render: () => string | Body): Body {
    return this.entry(slot, version, render).body;
  }

  /** Drops the bodies `current` says are out of date: they would never be served again, and can be megabytes. */
  dropStale(current: (slot: string, version: string | number) => boolean): void {
    for (const [slot, e] of this.entries) if (!current(slot, e.version)) this.entries.delete(slot);
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
