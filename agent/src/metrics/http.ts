/**
 * The scrape endpoint (node:http, or node:https with optional mTLS).
 *
 * Routes: GET|HEAD /metrics (host, zones, agent), /v1/gz/metrics (host, agent), /v1/<uuid>/metrics (one zone; a known
 * zone that is not running gets its info and state only), /healthz, /readyz. A tenant token reaches only the zone
 * route of zones its owner owns; every other metrics route answers it 404, exactly as for a zone that does not
 * exist, so a tenant cannot learn what else is on the host.
 *
 * A scrape never collects: zone and host series come pre-rendered (and pre-gzipped) from the Snapshot, a provider's
 * series (DTrace) from a cache kept per provider, scope, format and the provider's version(); only the agent's own
 * small prom-client registry is rendered per request. A gzipped body is several gzip members back to back (a valid
 * gzip stream), each compressed in the zlib thread pool, never on the event loop.
 */
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { TLSSocket } from 'node:tls';
import { gzipSync } from 'node:zlib';
import { BodyCache } from './body-cache.js';
import { Body, gzipBody } from './body-writer.js';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';
import { acceptsGzip, CONTENT_TYPE, negotiateFormat, prometheusTextToOpenMetrics, type Format } from './exposition.js';
import { NOT_RUNNING_FAMILIES } from './collectors/zone-info.js';
import type { Snapshot } from './snapshot.js';
import type { ZoneDirectory } from './sources.js';
import { Authenticator, type AuthSettings, type Principal } from './tenants.js';

export interface TlsMaterial {
  cert: string | Buffer;
  key: string | Buffer;
  /** CA for client certificates: when present, clients must present a certificate it signed (mTLS) */
  clientCa?: string | Buffer;
}

export interface MetricsServerOptions {
  snapshot: Snapshot;
  /** the agent's own metrics (process, collectors, exec, ...) */
  selfRegistry: Registry;
  directory?: ZoneDirectory;
  /** "host:port" or "[v6]:port"; port 0 picks a free one */
  listen: string;
  tls?: TlsMaterial;
  auth?: AuthSettings;
  /** scrapes in flight past this get 503 (default 4) */
  maxConcurrentScrapes?: number;
  ready?: () => boolean;
  /** more series served beside the snapshot's (the DTrace telemetry): rendered by their owner, appended as they are */
  providers?: ExpositionProvider[];
}

/** Series kept outside the kstat snapshot. `all` = every zone's and the agent's own; `host` = only what is not a zone's. */
export interface ExpositionProvider {
  body(scope: 'all' | 'host', format: Format): string | Body;
  zoneBody(uuid: string, format: Format): string;
  /**
   * Changes whenever body() would return something else. With it, body() runs once per version, scope and format
   * and every scrape in between is served the cached body and gzip; without it, body() runs on every scrape.
   */
  version?(): number;
}

const ZONE_ROUTE = /^\/v1\/([^/]+)\/metrics$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MAX_URL = 2048;

export function parseListen(listen: string): { host: string; port: number } {
  const m = /^(?:\[([^\]]+)\]|([^:[\]]+)):(\d{1,5})$/.exec(listen);
  const port = m ? Number(m[3]) : NaN;
  if (!m || port > 65535) throw new Error(`metrics.listen: expected host:port, got ${JSON.stringify(listen)}`);
  return { host: (m[1] ?? m[2])!, port };
}

export class MetricsServer {
  private readonly server: Server;
  private auth: Authenticator;
  private inFlight = 0;
  private readonly maxInFlight: number;
  private readonly providers: ExpositionProvider[];
  private readonly providerBodies = new BodyCache();

  constructor(private readonly opts: MetricsServerOptions) {
    this.auth = new Authenticator(opts.auth);
    this.maxInFlight = opts.maxConcurrentScrapes ?? 4;
    this.providers = opts.providers ?? [];
    const handler = (req: IncomingMessage, res: ServerResponse) => {
      this.handle(req, res).catch((err: unknown) => {
        if (!res.headersSent) this.plain(res, 500, `internal error: ${err instanceof Error ? err.message : String(err)}\n`);
        else res.destroy();
      });
    };
    const limits = { maxHeaderSize: 8192, requestTimeout: 10_000, headersTimeout: 5_000, keepAliveTimeout: 5_000 };
    this.server = opts.tls
      ? createHttpsServer({
          ...limits,
          cert: opts.tls.cert,
          key: opts.tls.key,
          ...(opts.tls.clientCa ? { ca: opts.tls.clientCa, requestCert: true, rejectUnauthorized: true } : {}),
        }, handler)
      : createHttpServer(limits, handler);
  }

  /** Serves another collector registry's snapshot from now on (SIGHUP with changed collectors). */
  setSnapshot(snapshot: Snapshot, ready?: () => boolean): void {
    this.opts.snapshot = snapshot;
    this.opts.ready = ready;
  }

  /** New certificate, key or client CA for new connections (SIGHUP); false when the server runs without TLS. */
  setTls(tls: TlsMaterial): boolean {
    if (!this.opts.tls || !('setSecureContext' in this.server)) return false;
    (this.server as import('node:https').Server).setSecureContext({
      cert: tls.cert, key: tls.key, ...(tls.clientCa ? { ca: tls.clientCa } : {}),
    });
    return true;
  }

  /** Swaps tokens in place (SIGHUP). */
  setAuth(auth: AuthSettings): void {
    this.auth = new Authenticator(auth);
  }

  async start(): Promise<AddressInfo> {
    const { host, port } = parseListen(this.opts.listen);
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => {
        this.server.off('error', reject);
        resolve();
      });
    });
    return this.server.address() as AddressInfo;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private plain(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(text), ...headers });
    res.end(text);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') return this.plain(res, 405, 'method not allowed\n', { Allow: 'GET, HEAD' });
    if (req.headers['transfer-encoding'] || Number(req.headers['content-length'] ?? 0) > 0) {
      return this.plain(res, 413, 'a scrape request has no body\n', { Connection: 'close' });
    }
    const url = req.url ?? '/';
    if (url.length > MAX_URL) return this.plain(res, 414, 'URI too long\n');
    const path = url.split('?', 1)[0]!;
    if (path === '/healthz') return this.plain(res, 200, 'ok\n');
    if (path === '/readyz') {
      const ready = this.opts.ready?.() ?? true;
      return this.plain(res, ready ? 200 : 503, ready ? 'ready\n' : 'not ready: first collection not done\n');
    }

    const verified = (req.socket as TLSSocket).authorized === true;
    const who = this.auth.identify(req.headers.authorization, verified);
    if (!who) return this.plain(res, 401, 'unauthorized\n', { 'WWW-Authenticate': 'Bearer realm="zonelet"' });

    const zoneMatch = ZONE_ROUTE.exec(path);
    const route = path === '/metrics' ? 'all' : path === '/v1/gz/metrics' ? 'gz' : zoneMatch ? 'zone' : undefined;
    if (!route) return this.notFound(res);
    if (route !== 'zone' && who.kind !== 'operator') return this.notFound(res);
    const zone = zoneMatch ? this.zoneAccess(zoneMatch[1]!, who) : undefined;
    if (route === 'zone' && !zone) return this.notFound(res);

    if (this.inFlight >= this.maxInFlight) {
      return this.plain(res, 503, 'too many concurrent scrapes\n', { 'Retry-After': '1' });
    }
    this.inFlight++;
    res.once('close', () => this.inFlight--);

    const format = negotiateFormat(req.headers.accept);
    const gzip = acceptsGzip(req.headers['accept-encoding']);
    let body: Body[]; // each held for this response (Body): released once it is sent or the client has gone
    if (zone) { // one zone's text is small: rendered per scrape
      const text = this.opts.snapshot.zoneBody(zone.uuid, format, zone.running ? undefined : NOT_RUNNING_FAMILIES)
        + (zone.running ? this.providers.map((p) => p.zoneBody(zone.uuid, format)).join('') : '')
        + (format === 'openmetrics' ? '# EOF\n' : '');
      body = [Body.of(gzip ? gzipSync(text) : text)];
    } else {
      const scope = route === 'all' ? 'all' : 'host';
      const self = Body.of(await this.selfText(format)); // last: it ends an OpenMetrics body with # EOF
      body = await Promise.all([
        gzip ? this.opts.snapshot.gzipBody(scope, format) : this.opts.snapshot.body(scope, format),
        ...this.providers.map((p, i) => this.providerBody(i, p, scope, format, gzip)),
        gzip ? gzipBody(self) : self,
      ]);
    }
    res.once('close', () => { for (const b of body) b.release(); });
    const length = body.reduce((n, b) => n + b.length, 0);
    res.writeHead(200, {
      'Content-Type': CONTENT_TYPE[format],
      'Content-Length': length,
      Vary: 'Accept, Accept-Encoding',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    if (req.method === 'HEAD') return void res.end();
    for (const b of body) for (const c of b.chunks) res.write(c);
    res.end();
  }

  private providerBody(i: number, p: ExpositionProvider, scope: 'all' | 'host', format: Format, gzip: boolean): Body | Promise<Body> {
    const render = () => p.body(scope, format);
    if (!p.version) {
      const b = Body.of(render());
      if (!gzip) return b;
      const gz = gzipBody(b); // holds b while it reads it
      b.release();
      return gz;
    }
    const slot = `${i}:${scope}:${format}`;
    return gzip ? this.providerBodies.gzip(slot, p.version(), render) : this.providerBodies.body(slot, p.version(), render);
  }

  private notFound(res: ServerResponse): void {
    this.plain(res, 404, 'not found\n');
  }

  /** The zone a principal may read, or undefined: unknown, malformed and other owners' zones look the same. */
  private zoneAccess(uuid: string, who: Principal): { uuid: string; running: boolean } | undefined {
    if (!UUID.test(uuid)) return undefined;
    const z = this.opts.directory?.get(uuid);
    if (who.kind === 'tenant') {
      if (!z || z.owner_uuid !== who.ownerUuid) return undefined;
      return { uuid, running: z.state === 'running' };
    }
    if (z) return { uuid, running: z.state === 'running' };
    return this.opts.snapshot.zones().has(uuid) ? { uuid, running: true } : undefined;
  }

  private async selfText(format: Format): Promise<string> {
    const text = await this.opts.selfRegistry.metrics();
    return format === 'openmetrics' ? `${prometheusTextToOpenMetrics(text)}# EOF\n` : text;
  }
}
