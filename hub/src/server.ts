/** Assembles the hub: store, fleet view, WebSocket ingest, HTTP API and the fleet page on one (TLS) listener. */
import { readFileSync } from 'node:fs';
import { createServer as createHttp, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttps } from 'node:https';
import type { AddressInfo } from 'node:net';
import { Registry, collectDefaultMetrics } from 'prom-client';
import { createApi } from './api.js';
import { createFleetApi } from './fleet-api.js';
import { createStaticHandler } from './static.js';
import type { HubConfig } from './config.js';
import { openDb } from './db.js';
import { Fleet } from './fleet.js';
import { Ingest } from './ingest.js';

export interface Hub { fleet: Fleet; ingest: Ingest; server: Server; port: number; close(): Promise<void> }

export async function startHub(cfg: HubConfig): Promise<Hub> {
  const db = openDb(cfg.dbFile);
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const fleet = new Fleet(db, cfg.metricsWindowSeconds * 1000);
  const ingest = new Ingest(cfg, fleet, registry);
  const api = createApi(cfg, fleet, ingest, registry);
  const page = createStaticHandler();
  const fleetApi = createFleetApi(cfg, fleet, ingest);
  // the fleet page's files, then its live feed, then the JSON API
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    if (page(req, res) || fleetApi.handle(req, res)) return;
    void api(req, res);
  };
  const server: Server = cfg.tls
    ? createHttps({
      cert: readFileSync(cfg.tls.certFile), key: readFileSync(cfg.tls.keyFile),
      ...(cfg.tls.clientCaFile ? { ca: readFileSync(cfg.tls.clientCaFile), requestCert: true, rejectUnauthorized: false } : {}),
    }, handle)
    : createHttp(handle);
  server.on('upgrade', (req, socket, head) => ingest.handleUpgrade(req, socket, head));
  const i = cfg.listen.lastIndexOf(':');
  const host = cfg.listen.slice(0, i).replace(/^\[|\]$/g, '');
  await new Promise<void>((res, rej) => { server.once('error', rej); server.listen(Number(cfg.listen.slice(i + 1)), host, () => res()); });
  const port = (server.address() as AddressInfo).port;
  return {
    fleet, ingest, server, port,
    close: async () => {
      fleetApi.close();
      ingest.close();
      server.closeAllConnections();
      await new Promise<void>((res) => server.close(() => res()));
      db.close();
    },
  };
}
