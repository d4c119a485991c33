/**
 * The metrics subsystem's public API. The daemon wires it as:
 *
 *   const self = new Registry(); collectDefaultMetrics({ register: self });
 *   const exec = new Exec(config.commands, execMetrics(self));
 *   const collectors = collectorRegistryFromConfig(config, platformSources(exec, inventory), self, log);
 *   collectors.start();
 *   const server = await metricsServerFromConfig(config, collectors, self, inventory, listen);
 *   await server.start();           // ...on SIGHUP: server.setAuth(await loadAuth(config.metrics))
 */
import type { Registry } from 'prom-client';
import { readFile } from 'node:fs/promises';
import type { AgentConfig, MetricsConfig } from '../config/index.js';
import { readSecret } from '../config/index.js';
import { CollectorRegistry, type MetricsLogger } from './registry.js';
import { MetricsServer, type ExpositionProvider, type TlsMaterial } from './http.js';
import type { AuthSettings } from './tenants.js';
import type { Sources, ZoneDirectory } from './sources.js';

export { CollectorRegistry, type CollectorRegistryOptions, type CollectionSettings, type MetricsLogger } from './registry.js';
export { MetricsServer, parseListen, type ExpositionProvider, type MetricsServerOptions, type TlsMaterial } from './http.js';
export { Snapshot } from './snapshot.js';
export { platformSources, type Sources, type ZoneDirectory, type ZoneIdentity, type HostIdentity } from './sources.js';
export { COLLECTOR_NAMES, allCollectors } from './collectors/index.js';
export type { AuthSettings, Principal } from './tenants.js';

export function collectorRegistryFromConfig(
  config: Pick<AgentConfig, 'collection'>,
  sources: Sources,
  selfRegistry?: Registry,
  log?: MetricsLogger,
): CollectorRegistry {
  return new CollectorRegistry({
    sources,
    collection: config.collection,
    ...(selfRegistry ? { selfRegistry } : {}),
    ...(log ? { log } : {}),
  });
}

/** Tokens from metrics.bearerTokenFile and metrics.tenants[].tokenFile (read now; call again on SIGHUP). */
export async function loadAuth(metrics: MetricsConfig): Promise<AuthSettings> {
  const auth: AuthSettings = {
    tenants: await Promise.all(metrics.tenants.map(async (t) => ({ ownerUuid: t.ownerUuid, token: await readSecret(t.tokenFile) }))),
  };
  if (metrics.bearerTokenFile) auth.operatorToken = await readSecret(metrics.bearerTokenFile);
  return auth;
}

export async function loadTls(metrics: MetricsConfig): Promise<TlsMaterial | undefined> {
  if (!metrics.tls) return undefined;
  const read = (f: string, what: string) =>
    readFile(f).catch((e: NodeJS.ErrnoException) => {
      throw new Error(`metrics.tls.${what}: cannot read ${f} (${e.code ?? e.message})`);
    });
  const tls: TlsMaterial = { cert: await read(metrics.tls.certFile, 'certFile'), key: await read(metrics.tls.keyFile, 'keyFile') };
  if (metrics.tls.clientCaFile) tls.clientCa = await read(metrics.tls.clientCaFile, 'clientCaFile');
  return tls;
}

/** The server for config.metrics; `listen` is metrics.listen resolved (resolveMetricsListen). */
export async function metricsServerFromConfig(
  config: Pick<AgentConfig, 'metrics'>,
  collectors: CollectorRegistry,
  selfRegistry: Registry,
  directory: ZoneDirectory | undefined,
  listen: string,
  providers: ExpositionProvider[] = [],
): Promise<MetricsServer> {
  const tls = await loadTls(config.metrics);
  return new MetricsServer({
    snapshot: collectors.snapshot,
    selfRegistry,
    listen,
    auth: await loadAuth(config.metrics),
    maxConcurrentScrapes: config.metrics.maxConcurrentScrapes,
    ready: () => collectors.ready,
    providers,
    ...(directory ? { directory } : {}),
    ...(tls ? { tls } : {}),
  });
}
