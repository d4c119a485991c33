/** The hub's HTTP JSON API, server-sent events (GET /api/events) and /metrics. */
import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Registry } from 'prom-client';
import type { HubConfig } from './config.js';
import type { Fleet, FleetEvent } from './fleet.js';
import type { Ingest } from './ingest.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ZONE_ACTIONS = ['start', 'stop', 'reboot', 'delete', 'update'];
const MAX_BODY = 1024 * 1024;

const MAX_CHANGES = 100_000;

class HttpError extends Error { constructor(readonly status: number, message: string) { super(message); } }

/** An optional whole-number query parameter in [min, max]; anything else is a 400 naming the parameter. */
function intParam(url: URL, name: string, dflt: number, min: number, max: number): number {
  const raw = url.searchParams.get(name);
  if (raw === null) return dflt;
  const n = /^\d{1,16}$/.test(raw) ? Number(raw) : NaN;
  if (!(n >= min && n <= max)) throw new HttpError(400, `${name}: expected a whole number in ${min}..${max}, got ${JSON.stringify(raw.slice(0, 40))}`);
  return n;
}

export function createApi(cfg: HubConfig, fleet: Fleet, ingest: Ingest, registry: Registry) {
  const db = fleet.db;
  const q = {
    hosts: db.prepare(`SELECT h.uuid, h.hostname, h.agent_version, h.platform, h.last_seq, h.last_seen_ms, h.status_json, h.gaps,
      h.dropped_batches, (SELECT COUNT(*) FROM zones z WHERE z.host_uuid = h.uuid) AS zones FROM hosts h ORDER BY h.hostname`),
    zone: db.prepare<[string], { uuid: string; host_uuid: string; json: string; updated_ms: number }>('SELECT * FROM zones WHERE uuid = ?'),
    changes: db.prepare<[string, number, number], { id: number; seq: number; time_ms: number; type: string; zone_uuid: string | null; json: string }>(
      'SELECT id, seq, time_ms, type, zone_uuid, json FROM zone_changes WHERE host_uuid = ? AND id > ? ORDER BY id LIMIT ?'),
    batches: db.prepare('SELECT seq, epoch, batch, keyframe, time_ms FROM frames WHERE host_uuid = ? ORDER BY id'),
    gaps: db.prepare<[string], { json: string; seq: number; time_ms: number }>('SELECT seq, time_ms, json FROM gaps WHERE host_uuid = ? ORDER BY id'),
    events: db.prepare('SELECT time_ms, phase, message FROM command_events WHERE command_id = ? ORDER BY rowid'),
  };

  async function body(req: IncomingMessage): Promise<Record<string, unknown>> {
    let size = 0;
    const chunks: Buffer[] = [];
    for await (const c of req) {
      size += (c as Buffer).length;
      if (size > MAX_BODY) throw new HttpError(413, `request body over ${MAX_BODY} bytes`);
      chunks.push(c as Buffer);
    }
    if (size === 0) return {};
    let v: unknown;
    try { v = JSON.parse(Buffer.concat(chunks).toString('utf8')); } catch (err) { throw new HttpError(400, `body is not JSON: ${(err as Error).message}`); }
    if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new HttpError(400, 'body must be a JSON object');
    return v as Record<string, unknown>;
  }

  function deadline(b: Record<string, unknown>): number {
    if (b.deadlineSeconds === undefined) return 0;
    if (typeof b.deadlineSeconds !== 'number' || !(b.deadlineSeconds > 0)) throw new HttpError(400, 'deadlineSeconds: expected a positive number');
    return Date.now() + b.deadlineSeconds * 1000;
  }

  function issue(host: string, zone: string | null, action: string, payload: unknown, deadlineMs: number) {
    const c = fleet.createCommand(host, zone, action, payload, deadlineMs);
    const sent = ingest.sendCommand(c);
    return { id: c.id, status: c.status, sent };
  }

  function zoneView(uuid: string) {
    const z = q.zone.get(uuid);
    if (!z) return null;
    return { ...(JSON.parse(z.json) as object), host_uuid: z.host_uuid, updated_ms: z.updated_ms };
  }

  function sse(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    res.write(': zonelet-hub events\n\n');
    const on = (e: FleetEvent) => { res.write(`event: ${e.type}\ndata: ${JSON.stringify(e)}\n\n`); };
    fleet.bus.on('event', on);
    const keepalive = setInterval(() => res.write(': keepalive\n\n'), 15_000);
    req.on('close', () => { fleet.bus.off('event', on); clearInterval(keepalive); });
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<unknown> {
    const url = new URL(`http://hub${req.url ?? '/'}`); // not as a relative ref: '//x' would be read as host x (500)
    const p = url.pathname.split('/').filter(Boolean);
    const method = req.method ?? 'GET';
    if (url.pathname === '/metrics' && method === 'GET') {
      res.writeHead(200, { 'content-type': registry.contentType });
      res.end(await registry.metrics());
      return undefined;
    }
    if (p[0] !== 'api') throw new HttpError(404, `no route ${method} ${url.pathname}`);
    if (!apiAuthorized(cfg, req)) throw new HttpError(401, 'missing or wrong bearer token');
    const id = p[2];
    if (p[1] === 'events' && p.length === 2 && method === 'GET') { sse(req, res); return undefined; }
    if (p[1] === 'hosts' && p.length === 2 && method === 'GET') {
      const connected = ingest.connectedHosts();
      return (q.hosts.all() as Array<Record<string, unknown>>).map((h) => ({
        ...h, status_json: undefined, status: h.status_json ? JSON.parse(h.status_json as string) : null, connected: connected.has(h.uuid as string),
      }));
    }
    if (p[1] === 'hosts' && id && (p[3] === 'changes' || p[3] === 'batches' || p[3] === 'gaps') && p.length === 4 && method === 'GET') {
      if (p[3] === 'batches') return q.batches.all(id);
      if (p[3] === 'gaps') return q.gaps.all(id).map((g) => ({ seq: g.seq, time_ms: g.time_ms, ...(JSON.parse(g.json) as object) }));
      const after = intParam(url, 'after', 0, 0, Number.MAX_SAFE_INTEGER);
      const limit = intParam(url, 'limit', 10_000, 1, MAX_CHANGES); // SQLite reads a negative LIMIT as "no limit"
      return q.changes.all(id, after, limit).map((c) => ({ ...c, json: undefined, ...(JSON.parse(c.json) as object) }));
    }
    if (p[1] === 'hosts' && id && p[3] === 'zones' && p.length === 4 && method === 'POST') {
      if (!fleet.host(id)) throw new HttpError(404, `unknown host ${id}`);
      const b = await body(req);
      if (typeof b.payload !== 'object' || b.payload === null) throw new HttpError(400, 'payload: expected the VM payload object');
      res.statusCode = 202;
      return issue(id, null, 'create', b.payload, deadline(b));
    }
    if (p[1] === 'zones' && p.length === 2 && method === 'GET') {
      const where: string[] = [];
      const args: string[] = [];
      for (const [param, col] of [['host', 'host_uuid'], ['owner', 'owner_uuid'], ['state', 'state']] as const) {
        const v = url.searchParams.get(param);
        if (v !== null) { where.push(`${col} = ?`); args.push(v); }
      }
      const rows = db.prepare(`SELECT uuid FROM zones ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY alias, uuid`).all(...args) as Array<{ uuid: string }>;
      return rows.map((r) => zoneView(r.uuid));
    }
    if (p[1] === 'zones' && id) {
      if (!UUID.test(id)) throw new HttpError(404, `not a zone UUID: ${id}`);
      const z = q.zone.get(id);
      if (!z) throw new HttpError(404, `unknown zone ${id}`);
      if (p.length === 3 && method === 'GET') return { ...zoneView(id), metrics: fleet.decoder(z.host_uuid).zoneSeries(id) };
      if (p[3] === 'history' && p.length === 4 && method === 'GET') return fleet.history(z.host_uuid, id, url.searchParams.get('name') ?? '');
      if (p[3] === 'actions' && p.length === 4 && method === 'POST') {
        const b = await body(req);
        if (typeof b.action !== 'string' || !ZONE_ACTIONS.includes(b.action)) throw new HttpError(400, `action: expected one of ${ZONE_ACTIONS.join(', ')}`);
        const { action, deadlineSeconds: _d, ...rest } = b;
        res.statusCode = 202;
        return issue(z.host_uuid, id, action, Object.keys(rest).length ? rest : undefined, deadline(b));
      }
    }
    if (p[1] === 'commands' && id && p.length === 3 && method === 'GET') {
      const c = fleet.command(id);
      if (!c) throw new HttpError(404, `unknown command ${id}`);
      return { ...c, payload: c.payload_json ? JSON.parse(c.payload_json) : null, result: c.result_json ? JSON.parse(c.result_json) : null, payload_json: undefined, result_json: undefined, events: q.events.all(id) };
    }
    throw new HttpError(404, `no route ${method} ${url.pathname}`);
  }

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      const out = await route(req, res);
      if (out === undefined) return;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(out));
    } catch (err) {
      const status = err instanceof HttpError ? err.status : 500;
      if (!res.headersSent) res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: (err as Error).message }));
    }
  };
}

/** The API's bearer check (apiTokenFile re-read per request, so a rotated token needs no restart; constant time). */
export function apiAuthorized(cfg: Pick<HubConfig, 'apiTokenFile'>, req: IncomingMessage): boolean {
  if (!cfg.apiTokenFile) return true;
  const m = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  if (!m) return false;
  const want = createHash('sha256').update(readFileSync(cfg.apiTokenFile, 'utf8').trim()).digest();
  return timingSafeEqual(want, createHash('sha256').update(m[1]!).digest());
}
