/**
 * The fleet page's data feed: GET /api/fleet/events (server-sent events) and GET /api/fleet/zones/<uuid>/heatmap.
 *
 * Theory of operation: the hub's own events (fleet.bus) say *that* something changed, not what; this module turns
 * each into the compact rows the page renders. A new client first gets one `snapshot` (every host, zone and latest
 * zone figures), then deltas on the same stream, so nothing can slip between a snapshot and its first delta.
 * Zone events re-read the zone rows from SQLite (an agent's snapshot re-sends the host's whole zone set). Metrics
 * events read the host's live decoder right after the commit: CPU and memory against caps, and the p99 of run-queue
 * and filesystem latency over the last interval, from the deltas of the cumulative `_bucket` counters since the
 * previous batch (kept here per zone). Each event is serialised once and written to every client; a client whose
 * socket buffer passes a bound is skipped until it drains and then gets a fresh snapshot, so a slow browser never
 * grows the hub's memory. Heatmaps: the first request for a zone replays the hub's stored window (fleet.history);
 * while the page keeps asking, new intervals are appended from the live decoder instead of replaying again.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { apiAuthorized } from './api.js';
import type { HubConfig } from './config.js';
import type { Fleet, FleetEvent } from './fleet.js';
import type { Ingest } from './ingest.js';
import type { MetricsDecoder } from './metrics-decoder.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SERIES = {
  runq: 'smartos_zone_run_queue_latency_seconds_bucket',
  vfs: 'smartos_zone_vfs_latency_seconds_bucket',
  cpuUsage: 'smartos_zone_cpu_cap_usage_cpus',
  cpuCap: 'smartos_zone_cpu_cap_cpus',
  cpuSeconds: 'smartos_zone_cpu_seconds_total',
  rss: 'smartos_zone_memory_rss_bytes',
  memCap: 'smartos_zone_memory_cap_bytes',
} as const;
export type HeatmapFamily = 'runq' | 'fs_read' | 'fs_write';
const FAMILIES: HeatmapFamily[] = ['runq', 'fs_read', 'fs_write'];

/** [uuid, host, alias, brand, state, owner, cpu_cap (percent of a CPU), max_physical_memory (MiB)] */
export type ZoneRow = [string, string, string, string, string, string, number | null, number | null];
/** [uuid, timeMs, cpu (CPUs), cpuCap (CPUs), rss (bytes), memCap (bytes), runq p99 (s), fs p99 (s)] */
export type MetricRow = [string, number, number | null, number | null, number | null, number | null, number | null, number | null];
export interface HostInfo { uuid: string; hostname: string; connected: boolean; lastSeenMs: number | null; platform: string; agentVersion: string; status: unknown }
export interface HeatmapSeries { le: Array<number | null>; t: number[]; counts: number[][] }
export interface Heatmap { zone: string; host: string; families: Partial<Record<HeatmapFamily, HeatmapSeries>> }

export interface FleetApiOptions {
  /** a client is skipped (then resynced) while its unsent SSE data is over this many bytes */
  maxClientBufferBytes?: number;
  /** intervals kept per heatmap */
  heatmapColumns?: number;
  /** a heatmap not requested for this long stops being maintained */
  watchIdleMs?: number;
}

/** Cumulative histogram of one zone: ascending `le` (Infinity for +Inf) and counts. */
interface Cum { le: number[]; cum: number[] }
interface ZoneReading { cpuUsage?: number; cpuCap?: number; cpuSeconds?: number; rss?: number; memCap?: number; hist: Partial<Record<HeatmapFamily, Cum>> }
interface Prev { t: number; cpuSeconds?: number; runq?: Cum; fs?: Cum }
interface Watch { host: string; lastAccess: number; last: Partial<Record<HeatmapFamily, Cum>>; families: Partial<Record<HeatmapFamily, HeatmapSeries>> }
interface Client { res: ServerResponse; stale: boolean }

class HttpError extends Error { constructor(readonly status: number, message: string) { super(message); } }

const num = (v: bigint | number | undefined) => (v === undefined ? undefined : Number(v));
const round = (v: number | undefined, digits: number) => (v === undefined || !Number.isFinite(v) ? null : Number(v.toFixed(digits)));

/** Reads one zone's figures from a host's live decoder. */
function readZone(dec: MetricsDecoder, zone: string): ZoneReading {
  const r: ZoneReading = { hist: {} };
  const buckets: Partial<Record<HeatmapFamily, Array<[number, number]>>> = {};
  for (const id of dec.byZone.get(zone) ?? []) {
    const d = dec.defs.get(id);
    const v = num(dec.values.get(id));
    if (!d || v === undefined) continue;
    switch (d.name) {
      case SERIES.cpuUsage: r.cpuUsage = v; break;
      case SERIES.cpuCap: r.cpuCap = v; break;
      case SERIES.cpuSeconds: r.cpuSeconds = (r.cpuSeconds ?? 0) + v; break; // summed over any mode labels
      case SERIES.rss: r.rss = v; break;
      case SERIES.memCap: r.memCap = v; break;
      case SERIES.runq: case SERIES.vfs: {
        const fam: HeatmapFamily | null = d.name === SERIES.runq ? 'runq' : d.labels.op === 'read' ? 'fs_read' : d.labels.op === 'write' ? 'fs_write' : null;
        const le = d.labels.le === '+Inf' ? Infinity : Number(d.labels.le);
        if (fam && !Number.isNaN(le)) (buckets[fam] ??= []).push([le, v]);
        break;
      }
    }
  }
  for (const fam of FAMILIES) {
    const b = buckets[fam];
    if (!b) continue;
    b.sort((x, y) => x[0] - y[0]);
    r.hist[fam] = { le: b.map((x) => x[0]), cum: b.map((x) => x[1]) };
  }
  return r;
}

/** read + write as one cumulative histogram (same grid), for the list's "FS p99". */
function sumCum(a?: Cum, b?: Cum): Cum | undefined {
  if (!a || !b) return a ?? b;
  if (a.le.length !== b.le.length || a.le.some((x, i) => x !== b.le[i])) return a;
  return { le: a.le, cum: a.cum.map((x, i) => x + b.cum[i]) };
}

/** Per-bucket counts of the interval between two cumulative readings; a counter reset (zone reboot) counts from 0. */
export function intervalCounts(prev: Cum | undefined, cur: Cum): number[] {
  const sameGrid = prev !== undefined && prev.le.length === cur.le.length && prev.le.every((x, i) => x === cur.le[i]);
  let dcum = cur.cum.map((c, i) => c - (sameGrid ? prev!.cum[i] : 0));
  if (!sameGrid || dcum.some((d) => d < 0)) dcum = cur.cum.slice();
  return dcum.map((d, i) => Math.max(0, d - (i > 0 ? dcum[i - 1] : 0)));
}

/** Upper bound (s) of the bucket holding the q-quantile; the last finite bound for the +Inf bucket; null when empty. */
export function quantile(le: number[], counts: number[], q: number): number | null {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total <= 0) return null;
  let acc = 0;
  for (let i = 0; i < counts.length; i++) {
    acc += counts[i];
    if (acc >= q * total) return Number.isFinite(le[i]) ? le[i] : (le[i - 1] ?? null);
  }
  return null;
}

export interface FleetApi {
  /** Handles /api/fleet/*; returns false (touching nothing) for any other request. */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
  /** Ends every event stream and stops listening to the fleet. */
  close(): void;
}

export function createFleetApi(cfg: Pick<HubConfig, 'apiTokenFile'>, fleet: Fleet, ingest: Pick<Ingest, 'connectedHosts'>, opts: FleetApiOptions = {}): FleetApi {
  const maxBuffer = opts.maxClientBufferBytes ?? 16 * 1024 * 1024;
  const maxColumns = opts.heatmapColumns ?? 360;
  const watchIdleMs = opts.watchIdleMs ?? 60_000;
  const db = fleet.db;
  const zoneCols = `uuid, host_uuid, alias, brand, state, owner_uuid, json_extract(json, '$.cpuCap') AS cpu_cap,
    json_extract(json, '$.maxPhysicalMemory') AS mpm`;
  type Z = { uuid: string; host_uuid: string; alias: string | null; brand: string | null; state: string | null; owner_uuid: string | null; cpu_cap: number | null; mpm: number | null };
  const q = {
    zones: db.prepare<[], Z>(`SELECT ${zoneCols} FROM zones`),
    hostZones: db.prepare<[string], Z>(`SELECT ${zoneCols} FROM zones WHERE host_uuid = ?`),
    zone: db.prepare<[string], Z>(`SELECT ${zoneCols} FROM zones WHERE uuid = ?`),
    hosts: db.prepare<[], { uuid: string; hostname: string; last_seen_ms: number | null; platform: string; agent_version: string; status_json: string | null }>(
      'SELECT uuid, hostname, last_seen_ms, platform, agent_version, status_json FROM hosts ORDER BY hostname'),
  };
  const zoneRow = (z: Z): ZoneRow => [z.uuid, z.host_uuid, z.alias ?? '', z.brand ?? '', z.state ?? '', z.owner_uuid ?? '', z.cpu_cap || null, z.mpm || null];
  const hostInfo = (connected: Set<string>) => (h: ReturnType<typeof q.hosts.all>[number]): HostInfo => ({
    uuid: h.uuid, hostname: h.hostname, connected: connected.has(h.uuid), lastSeenMs: h.last_seen_ms, platform: h.platform,
    agentVersion: h.agent_version, status: h.status_json ? JSON.parse(h.status_json) : null,
  });

  const clients = new Set<Client>();
  const prev = new Map<string, Prev>();
  const latest = new Map<string, MetricRow>();
  const watches = new Map<string, Watch>();

  function send(c: Client, chunk: string): void {
    if (c.stale) return;
    if (c.res.writableLength > maxBuffer) {
      c.stale = true; // resynced with a fresh snapshot once the browser has caught up
      c.res.once('drain', () => { c.stale = false; send(c, frame('snapshot', snapshot())); });
      return;
    }
    c.res.write(chunk);
  }
  const frame = (type: string, data: unknown) => `event: ${type}\ndata: ${JSON.stringify(data)}\n\n`;
  function broadcast(type: string, data: unknown): void {
    if (clients.size === 0) return;
    const chunk = frame(type, data);
    for (const c of clients) send(c, chunk);
  }

  function snapshot() {
    const connected = ingest.connectedHosts();
    return { t: Date.now(), hosts: q.hosts.all().map(hostInfo(connected)), zones: q.zones.all().map(zoneRow), metrics: [...latest.values()] };
  }

  function onMetrics(host: string, timeMs: number): MetricRow[] {
    const dec = fleet.decoder(host);
    const rows: MetricRow[] = [];
    for (const zone of dec.byZone.keys()) {
      if (!zone) continue; // host series
      const r = readZone(dec, zone);
      const p = prev.get(zone);
      const fs = sumCum(r.hist.fs_read, r.hist.fs_write);
      let cpu = r.cpuUsage;
      if (cpu === undefined && r.cpuSeconds !== undefined && p?.cpuSeconds !== undefined && timeMs > p.t && r.cpuSeconds >= p.cpuSeconds) {
        cpu = (r.cpuSeconds - p.cpuSeconds) / ((timeMs - p.t) / 1000);
      }
      const runqP99 = r.hist.runq ? quantile(r.hist.runq.le, intervalCounts(p?.runq, r.hist.runq), 0.99) : null;
      const fsP99 = fs ? quantile(fs.le, intervalCounts(p?.fs, fs), 0.99) : null;
      prev.set(zone, { t: timeMs, cpuSeconds: r.cpuSeconds, runq: r.hist.runq, fs });
      const row: MetricRow = [zone, timeMs, round(cpu, 3), round(r.cpuCap, 3), round(r.rss, 0), round(r.memCap, 0), runqP99, fsP99];
      latest.set(zone, row);
      rows.push(row);
      const w = watches.get(zone);
      if (w) appendColumn(w, r, timeMs);
    }
    return rows;
  }

  function appendColumn(w: Watch, r: ZoneReading, timeMs: number): void {
    for (const fam of FAMILIES) {
      const cur = r.hist[fam];
      if (!cur) continue;
      const s = (w.families[fam] ??= { le: cur.le.map((x) => (Number.isFinite(x) ? x : null)), t: [], counts: [] });
      s.t.push(timeMs);
      s.counts.push(intervalCounts(w.last[fam], cur));
      if (s.t.length > maxColumns) { s.t.shift(); s.counts.shift(); }
      w.last[fam] = cur;
    }
  }

  /** The zone's heatmaps: replayed from the stored window once, then kept up to date while requested. */
  function heatmap(zone: string): Heatmap {
    const z = q.zone.get(zone);
    if (!z) throw new HttpError(404, `unknown zone ${zone}`);
    const now = Date.now();
    for (const [id, w] of watches) if (now - w.lastAccess > watchIdleMs) watches.delete(id);
    let w = watches.get(zone);
    if (!w || w.host !== z.host_uuid) {
      w = { host: z.host_uuid, lastAccess: now, last: {}, families: {} };
      replayInto(w, zone);
      watches.set(zone, w);
    }
    w.lastAccess = now;
    return { zone, host: w.host, families: w.families };
  }

  function replayInto(w: Watch, zone: string): void {
    const series = fleet.history(w.host, zone, 'smartos_zone_');
    const times = [...new Set(series.flatMap((s) => s.points.map((p) => p[0])))].sort((a, b) => a - b).slice(-maxColumns - 1);
    const perFam = new Map<HeatmapFamily, Array<{ le: number; points: Array<[number, number | string]> }>>();
    for (const s of series) {
      const fam: HeatmapFamily | null = s.name === SERIES.runq ? 'runq' : s.name === SERIES.vfs ? (s.labels.op === 'read' ? 'fs_read' : s.labels.op === 'write' ? 'fs_write' : null) : null;
      if (!fam) continue;
      const list = perFam.get(fam) ?? [];
      perFam.set(fam, list);
      list.push({ le: s.labels.le === '+Inf' ? Infinity : Number(s.labels.le), points: s.points });
    }
    for (const [fam, list] of perFam) {
      list.sort((a, b) => a.le - b.le);
      const le = list.map((x) => x.le);
      // values carry forward: a delta batch lists only the series that changed
      const idx = list.map(() => 0);
      const cum = list.map(() => 0);
      let last: Cum | undefined;
      for (const t of times) {
        list.forEach((x, i) => { while (idx[i] < x.points.length && x.points[idx[i]][0] <= t) cum[i] = Number(x.points[idx[i]++][1]); });
        const cur = { le, cum: cum.slice() };
        if (last) {
          const s = (w.families[fam] ??= { le: le.map((x) => (Number.isFinite(x) ? x : null)), t: [], counts: [] });
          s.t.push(t);
          s.counts.push(intervalCounts(last, cur));
        }
        last = cur;
      }
      if (last) w.last[fam] = last;
    }
  }

  const onEvent = (e: FleetEvent) => {
    try {
      if (e.type === 'metrics' && e.host) {
        const t = Number((e.data as { timeMs?: number } | undefined)?.timeMs) || Date.now();
        const rows = onMetrics(e.host, t);
        broadcast('metrics', { host: e.host, rows });
      } else if (e.type === 'zone' && e.host) {
        if (e.zone) {
          const z = q.zone.get(e.zone);
          if (z) broadcast('zones', { host: e.host, replace: false, rows: [zoneRow(z)] });
          else { prev.delete(e.zone); latest.delete(e.zone); watches.delete(e.zone); broadcast('zone-removed', { uuid: e.zone }); }
        } else {
          broadcast('zones', { host: e.host, replace: true, rows: q.hostZones.all(e.host).map(zoneRow) });
        }
      } else if (e.type === 'host' && e.host) {
        const h = q.hosts.all().find((x) => x.uuid === e.host);
        if (h) broadcast('host', hostInfo(ingest.connectedHosts())(h));
      } else if (e.type === 'command' && e.id) {
        const c = fleet.command(e.id);
        const d = (e.data ?? {}) as { phase?: string; message?: string; status?: string };
        broadcast('command', { id: e.id, host: e.host, zone: c?.zone_uuid ?? null, action: c?.action ?? null, status: c?.status ?? d.status ?? null, phase: d.phase ?? null, message: d.message ?? c?.message ?? null });
      }
    } catch (err) {
      broadcast('hub-error', { message: `fleet feed: ${(err as Error).message}` });
    }
  };
  fleet.bus.on('event', onEvent);

  function events(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', 'x-accel-buffering': 'no' });
    const c: Client = { res, stale: false };
    res.write('retry: 2000\n\n');
    res.write(frame('snapshot', snapshot()));
    clients.add(c);
    const keepalive = setInterval(() => res.write(': keepalive\n\n'), 15_000);
    req.on('close', () => { clients.delete(c); clearInterval(keepalive); });
  }

  function handle(req: IncomingMessage, res: ServerResponse): boolean {
    const path = (req.url ?? '/').split('?')[0];
    if (!path.startsWith('/api/fleet/')) return false;
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(JSON.stringify(body));
    };
    try {
      if (req.method !== 'GET') throw new HttpError(405, `${req.method} not allowed on ${path}`);
      if (!apiAuthorized(cfg, req)) throw new HttpError(401, 'missing or wrong bearer token');
      const p = path.split('/').filter(Boolean); // api fleet ...
      if (p.length === 3 && p[2] === 'events') { events(req, res); return true; }
      if (p.length === 3 && p[2] === 'snapshot') { reply(200, snapshot()); return true; }
      if (p.length === 5 && p[2] === 'zones' && p[4] === 'heatmap') {
        if (!UUID.test(p[3])) throw new HttpError(404, `not a zone UUID: ${p[3]}`);
        reply(200, heatmap(p[3].toLowerCase()));
        return true;
      }
      throw new HttpError(404, `no route GET ${path}`);
    } catch (err) {
      reply(err instanceof HttpError ? err.status : 500, { error: (err as Error).message });
    }
    return true;
  }

  return {
    handle,
    close() {
      fleet.bus.off('event', onEvent);
      for (const c of clients) c.res.end();
      clients.clear();
    },
  };
}
