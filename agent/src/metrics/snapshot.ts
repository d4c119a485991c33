/**
 * The latest collected series, and the exposition bodies built from them.
 *
 * Theory of operation: collectors write into the snapshot on their own schedules; scrapes only read it. Each
 * collector's output is kept as (labels, value) text per family and per zone; a body is written from them straight
 * into buffers (body-writer.ts), at most once per change (a collector run, a deleted zone, or a collector going
 * stale) and then served as the same chunks (and the same gzip) to every scrape until the next change. After a
 * collector run, prerender() builds ahead of the next scrape the bodies regular scrapers ask for, in the form they
 * ask for (Prometheus itself asks for OpenMetrics, gzipped), so a scrape costs about what serving a file does. Only
 * when that scrape is due before the next run's body would be ready: scrapers come at a fixed interval (the gap
 * between a form's last two requests), and a body built every 10 s for a scrape every 15 or 60 s was mostly thrown
 * away (at 1000 zones a render and gzip cost more than the rest of the cycle). A body nobody scrapes (a host scraped
 * only per zone, or not at all) is never built ahead, and a body an older run made stale is dropped (12 MB at 1000
 * zones, kept until the next request otherwise). A collector
 * whose last success is older than 3 of its intervals is left out (INTERFACES.md "Stale"): Prometheus then marks its
 * series stale. A failed run keeps the previous output until then.
 */
import { BodyCache } from './body-cache.js';
import { BodyWriter, trimBodyPool, type Body } from './body-writer.js';
import { familyHeader, type Family, type Format } from './exposition.js';
import { zoneLabelOpen, type Output } from './collectors/table.js';

export const STALE_INTERVALS = 3;
/**
 * A scraper not heard from for two of its intervals, and at least this long, has gone: its form is forgotten. The
 * floor keeps a scraper that comes in bursts (a bench, a person re-running curl) from counting as gone between them.
 */
export const SCRAPER_GONE_MIN_MS = 30_000;
/** A form asked for once is kept this long, to learn its scraper's interval: longer than any sensible one. */
export const SCRAPE_INTERVAL_MAX_MS = 5 * 60_000;

export type Scope = 'all' | 'host';

interface Slot {
  readonly name: string;
  readonly families: readonly Family[];
  intervalMs: number;
  output?: Output;
  lastSuccessMs?: number;
}

export class Snapshot {
  private readonly slots: Slot[] = [];
  private readonly byName = new Map<string, Slot>();
  private generation = 0;
  private readonly cache = new BodyCache();
  private readonly headers = new Map<string, string>();
  /** body forms scrapes asked for ("scope:format:gzip"): when last, and the gap to the request before (0: none) */
  private readonly demand = new Map<string, { scope: Scope; format: Format; gzip: boolean; atMs: number; everyMs: number }>();
  private renders = 0;

  constructor(private readonly now: () => number = Date.now) {}

  /** Declares a collector; the order of declaration is the order of families in the exposition. */
  declare(name: string, families: readonly Family[], intervalMs: number): void {
    if (this.byName.has(name)) throw new Error(`collector ${name} declared twice`);
    const slot: Slot = { name, families, intervalMs };
    this.slots.push(slot);
    this.byName.set(name, slot);
    for (const f of families) {
      for (const fmt of ['prometheus', 'openmetrics'] as const) this.headers.set(`${fmt}:${f.name}`, familyHeader(f, fmt));
    }
  }

  /** A collector's successful run replaces its output. */
  set(name: string, output: Output, atMs = this.now()): void {
    const slot = this.slot(name);
    output.finish();
    slot.output = output;
    slot.lastSuccessMs = atMs;
    this.generation++;
  }

  lastSuccessMs(name: string): number | undefined {
    return this.slot(name).lastSuccessMs;
  }

  /** Drops a deleted zone from every collector's output now, not after the next cycles. */
  removeZone(uuid: string): void {
    let changed = false;
    for (const s of this.slots) {
      for (const fl of s.output?.families.values() ?? []) changed = fl.remove(uuid) || changed;
    }
    if (changed) this.generation++;
  }

  /** Zones with any series from a fresh collector. */
  zones(nowMs = this.now()): Set<string> {
    const out = new Set<string>();
    for (const s of this.fresh(nowMs)) for (const fl of s.output!.families.values()) for (const z of fl.zones) out.add(z);
    return out;
  }

  private slot(name: string): Slot {
    const s = this.byName.get(name);
    if (!s) throw new Error(`unknown collector ${name}`);
    return s;
  }

  private fresh(nowMs: number): Slot[] {
    return this.slots.filter(
      (s) => s.output && s.lastSuccessMs !== undefined && nowMs - s.lastSuccessMs <= STALE_INTERVALS * s.intervalMs,
    );
  }

  /** The cache slot, version (versionOf) and renderer of a body. */
  private bodyKey(scope: Scope, format: Format, nowMs: number): { slot: string; version: string; render: () => Body } {
    const fresh = this.fresh(nowMs);
    return { slot: `${scope}:${format}`, version: versionOf(this.generation, fresh), render: () => this.render(fresh, scope, format) };
  }

  private render(fresh: Slot[], scope: Scope, format: Format): Body {
    this.renders++;
    const out = new BodyWriter();
    const zoneLabels = new Map<string, string>();
    for (const s of fresh) {
      for (const f of s.families) {
        const fl = s.output!.families.get(f.name);
        if (!fl || (fl.host === '' && (scope === 'host' || fl.zoneCount === 0))) continue;
        out.write(this.headers.get(`${format}:${f.name}`)!);
        out.write(fl.host);
        if (scope !== 'all') continue;
        for (let k = 0; k < fl.zones.length; k++) {
          const zone = fl.zones[k]!;
          let zl = zoneLabels.get(zone);
          if (zl === undefined) zoneLabels.set(zone, (zl = zoneLabelOpen(zone)));
          out.write(fl.zoneText(k, zl));
        }
      }
    }
    return out.finish();
  }

  /**
   * Every series a scrape of /metrics would see now (fresh collectors only), as (name, zone, label text, value text)
   * straight from the collectors' output: nothing is rendered or parsed. Host series have zone ''.
   */
  forEachSeries(visit: (name: string, zone: string, labels: string, value: string) => void, nowMs = this.now()): void {
    for (const s of this.fresh(nowMs)) {
      for (const f of s.families) {
        const fl = s.output!.families.get(f.name);
        if (!fl) continue;
        const host = fl.hostSamples;
        for (let i = 0; i < host.length; i += 2) visit(f.name, '', host[i]!, host[i + 1]!);
        for (let k = 0; k < fl.zones.length; k++) visitSamples(f.name, fl.zones[k]!, fl.samples, fl.starts[k]!, fl.starts[k + 1]!, visit);
      }
    }
  }

  /**
   * Host and zone series (scope 'all', for /metrics) or host series only ('host', for /v1/gz/metrics), held for the
   * caller: release() it once sent, so its chunks can be reused (Body).
   */
  body(scope: Scope, format: Format, nowMs = this.now()): Body {
    this.asked(scope, format, false, nowMs);
    const v = this.bodyKey(scope, format, nowMs);
    return this.cache.body(v.slot, v.version, v.render);
  }

  /** The same body gzipped, computed once per body (off the event loop, in the zlib thread pool). */
  gzipBody(scope: Scope, format: Format, nowMs = this.now()): Promise<Body> {
    this.asked(scope, format, true, nowMs);
    const v = this.bodyKey(scope, format, nowMs);
    return this.cache.gzip(v.slot, v.version, v.render);
  }

  private asked(scope: Scope, format: Format, gzip: boolean, atMs: number): void {
    const key = `${scope}:${format}:${gzip}`;
    const d = this.demand.get(key);
    if (!d) this.demand.set(key, { scope, format, gzip, atMs, everyMs: 0 });
    else if (atMs > d.atMs) { d.everyMs = atMs - d.atMs; d.atMs = atMs; }
  }

  /**
   * After a collector run: builds (and gzips, in the zlib pool) each body form a regular scraper asks for (asked at
   * least twice, so its interval is known; a one-off curl builds nothing ahead) whose next scrape is due before
   * `nextRunMs`, when the next run's body would be ready. That scrape is then served as is. The forms of scrapers
   * that have gone (SCRAPER_GONE_MIN_MS, SCRAPE_INTERVAL_MAX_MS) are forgotten.
   */
  prerender(nextRunMs: number, nowMs = this.now()): void {
    for (const [key, d] of this.demand) {
      if (nowMs - d.atMs > (d.everyMs === 0 ? SCRAPE_INTERVAL_MAX_MS : Math.max(2 * d.everyMs, SCRAPER_GONE_MIN_MS))) {
        this.demand.delete(key);
        continue;
      }
      if (d.everyMs === 0 || d.atMs + d.everyMs > nextRunMs) continue;
      const v = this.bodyKey(d.scope, d.format, nowMs);
      if (d.gzip) this.cache.gzip(v.slot, v.version, v.render).catch(() => {}); // a scrape awaiting it sees any error
      else this.cache.prepare(v.slot, v.version, v.render);
    }
    // a body of an older run is never served again: not kept between scrapes that come less often than runs
    const current = versionOf(this.generation, this.fresh(nowMs));
    this.cache.dropStale((_slot, version) => version === current);
    trimBodyPool();
  }

  /** Bytes of exposition bodies held between scrapes (for tests and benches). */
  get heldBytes(): number { return this.cache.bytes; }

  /** Bodies rendered so far (for tests and benches: a scrape of a pre-rendered body renders nothing). */
  get renderCount(): number { return this.renders; }

  /** One zone's series; `families` limits them (a stopped zone gets only its info and state). */
  zoneBody(uuid: string, format: Format, families?: ReadonlySet<string>, nowMs = this.now()): string {
    const parts: string[] = [];
    const zl = zoneLabelOpen(uuid);
    for (const s of this.fresh(nowMs)) {
      for (const f of s.families) {
        if (families && !families.has(f.name)) continue;
        const fl = s.output!.families.get(f.name);
        const k = fl?.indexOf(uuid);
        if (k === undefined) continue;
        parts.push(this.headers.get(`${format}:${f.name}`)!, fl!.zoneText(k, zl));
      }
    }
    return parts.join('');
  }
}

/** Every body's version, whatever its scope and format: it changes with every collector run and whenever a collector goes stale. */
function versionOf(generation: number, fresh: readonly Slot[]): string {
  return `${generation}:${fresh.map((s) => s.name).join(',')}`;
}

/** One zone's samples [from, to) of a family (a function of its own, so its optimized code outlives a cycle's full GCs). */
function visitSamples(name: string, zone: string, samples: readonly string[], from: number, to: number, visit: (name: string, zone: string, labels: string, value: string) => void): void {
  for (let i = from; i < to; i += 2) visit(name, zone, samples[i]!, samples[i + 1]!);
}
