/**
 * The daemon: wiring only. Builds every part from the config, starts them, and handles SIGHUP and SIGTERM.
 *
 *   Exec (platform) -> Vmadm -> ZoneInventory -> ActionEngine
 *                   -> CollectorRegistry (kstat, zfs, zpool, sysinfo) -> Snapshot -+
 *                   -> DtraceTelemetry (shipped scripts only) -------------------+-> MetricsServer (/metrics, /v1/...)
 *                                                                                +-> HubClient (spooled stream)
 *   HubClient commands -> ActionEngine (origin 'hub': allowFromHub applies)
 *   ControlServer (<stateDir>/zonelet.sock, `zonelet action`) -> ActionEngine (origin 'local')
 *
 * SIGHUP re-reads the config and applies what can change without a restart: the log level, collector enablement and
 * intervals, the scrape target's TLS material and its operator and tenant tokens. It logs what it changed and which
 * changed keys need a restart. The hub link and its spool are never touched by a reload. A config that no longer
 * loads is logged and ignored: the running agent keeps its config.
 */
import { join, dirname } from 'node:path';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { loadConfig, resolveMetricsListen, type AgentConfig } from './config/index.js';
import type { Logger } from './log.js';
import { Exec, execMetrics } from './platform/exec.js';
import { Sysinfo, type HostSysinfo } from './platform/sysinfo.js';
import { Vmadm } from './platform/vmadm.js';
import { ZoneInventory } from './inventory/index.js';
import type { ZoneChange } from './inventory/diff.js';
import { ActionEngine } from './actions/index.js';
import type { ActionStatus } from './actions/types.js';
import {
  CollectorRegistry, collectorRegistryFromConfig, loadAuth, loadTls, metricsServerFromConfig, platformSources,
  type MetricsServer,
} from './metrics/index.js';
import { defaultDtraceDir, dtraceExpositionProvider, DtraceTelemetry, runnerStarter } from './dtrace/index.js';
import { DtraceRunner } from './platform/dtrace-runner.js';
import { ControlServer } from './control/server.js';
import { controlSocketPath } from './control/protocol.js';
import { HubClient, type HubClientOptions } from './hub/client.js';
import type { HubActionSink, HubCommandStatus, HubMetricsCycle, HubSources, HubZoneChange, SeriesVisitor } from './hub/sources.js';

export const AGENT_VERSION = readAgentVersion();

/** Config sections a reload cannot apply: the agent keeps running with the old values and says so. */
const RESTART_SECTIONS = ['commands', 'stateDir', 'inventory', 'actions', 'dtrace', 'hub'] as const;
/** How often a hub link whose spool could not open (disk full) tries again. */
const HUB_OPEN_RETRY_MS = 10_000;
/** metrics keys that need a restart: a new listener, or TLS switched on or off (new certificates apply live) */
const metricsRestartKeys = (m: AgentConfig['metrics']) => ({ listen: m.listen, maxConcurrentScrapes: m.maxConcurrentScrapes, tls: Boolean(m.tls) });

export interface Daemon {
  /** where the scrape target listens */
  readonly metricsAddress: { address: string; port: number };
  reload(): Promise<void>;
  stop(): Promise<void>;
}

export async function startDaemon(configFile: string, initial: AgentConfig, log: Logger): Promise<Daemon> {
  let config = initial;
  const self = new Registry();
  collectDefaultMetrics({ register: self });
  const exec = new Exec(config.commands, execMetrics(self));
  const host = await new Sysinfo(exec).read().catch((err: Error): HostSysinfo => {
    log.warn({ err: err.message }, 'sysinfo failed; host identity unknown until a restart');
    return { uuid: '', hostname: '', liveImage: '', cpuCount: 0, memoryMiB: 0 };
  });

  const vmadm = new Vmadm(exec);
  const inventory = new ZoneInventory({
    vmadm,
    exportMetadataKeys: config.inventory.exportMetadataKeys,
    reconcileSchedule: config.inventory.reconcileSchedule,
    pollIntervalMs: config.inventory.pollIntervalSeconds * 1000,
    registry: self,
    logger: log.child({ component: 'inventory' }),
  });
  inventory.start();

  const actions = new ActionEngine({
    vmadm, exec, inventory,
    stateDir: config.stateDir,
    maxConcurrent: config.actions.maxConcurrent,
    timeoutSeconds: config.actions.timeoutSeconds,
    allowFromHub: config.actions.allowFromHub,
    resultRetentionSeconds: config.actions.resultRetentionSeconds,
    settleTimeoutSeconds: config.actions.settleTimeoutSeconds,
    registry: self,
    logger: log.child({ component: 'actions' }),
  });
  await actions.open();
  // after the engine: it holds the journal lock, so a socket file already there is a dead daemon's
  const control = new ControlServer({ path: controlSocketPath(config.stateDir), actions, logger: log.child({ component: 'control' }) });
  await control.start();

  const sources = platformSources(exec, inventory);
  const metricsLog = log.child({ component: 'metrics' });
  let collectors: CollectorRegistry = collectorRegistryFromConfig(config, sources, self, metricsLog);
  collectors.start();

  // zone id -> uuid for DTrace rows keyed by zone id: a scan of inventory.all() per row was O(zones^2) per interval
  let zoneIdMap: Map<number, string> | undefined;
  const zoneIds = () => (zoneIdMap ??= new Map(inventory.all().flatMap((z): Array<[number, string]> => (z.zoneid === undefined ? [] : [[z.zoneid, z.uuid]]))));
  inventory.subscribe(() => { zoneIdMap = undefined; });
  void inventory.ready.then(() => { zoneIdMap = undefined; });

  const dtrace = new DtraceTelemetry({
    config: config.dtrace,
    start: runnerStarter(new DtraceRunner(exec, defaultDtraceDir())),
    zoneById: (id) => zoneIds().get(id),
    log: log.child({ component: 'dtrace' }),
  });
  dtrace.start();
  const unsubscribeDeletes = inventory.subscribe((c) => {
    if (c.type === 'delete') dtrace.forgetZone(c.uuid);
  });
  const dtraceProvider = dtraceExpositionProvider(dtrace);

  const listen = await resolveMetricsListen(config, async () => ({ adminIp: host.adminIp }));
  const server: MetricsServer = await metricsServerFromConfig(config, collectors, self, inventory, listen, [dtraceProvider]);
  const address = await server.start();
  log.info({ listen: `${address.address}:${address.port}` }, 'scrape target listening');

  // The hub's first message is a zone snapshot: start the link only once the inventory holds its baseline.
  let stopping = false;
  let hub: { stop(): Promise<void> } | undefined;
  if (config.hub) {
    const linkConfig = config;
    void inventory.ready.then(() => {
      if (!stopping) hub = startHubLink(linkConfig, host, inventory, actions, () => collectors, dtrace, self, log);
    }).catch((err: Error) => log.error({ err: err.message }, 'hub link not started'));
  }

  async function reload(): Promise<void> {
    let next: AgentConfig;
    try {
      next = await loadConfig(configFile);
    } catch (err) {
      log.error({ err: (err as Error).message }, 'reload: config does not load; keeping the running config');
      return;
    }
    const changed: string[] = [];
    if (next.log.level !== config.log.level) {
      log.level = next.log.level;
      changed.push('log.level');
    }
    let collection = config.collection;
    if (!isDeepStrictEqual(next.collection, config.collection)) {
      try {
        collectorRegistryFromConfig(next, sources); // throws on a collector name the registry does not know
        await collectors.dispose();
        collectors = collectorRegistryFromConfig(next, sources, self, metricsLog);
        collectors.start();
        server.setSnapshot(collectors.snapshot, () => collectors.ready);
        collection = next.collection;
        changed.push('collection');
      } catch (err) {
        log.error({ err: (err as Error).message }, 'reload: collection section rejected; collectors unchanged');
      }
    }
    // Token and certificate files are re-read on every reload: a rotated secret keeps its file name.
    server.setAuth(await loadAuth(next.metrics));
    changed.push('metrics tokens');
    const tls = next.metrics.tls && config.metrics.tls ? await loadTls(next.metrics) : undefined;
    if (tls && server.setTls(tls)) changed.push('metrics.tls');

    const needRestart: string[] = RESTART_SECTIONS.filter((k) => !isDeepStrictEqual(next[k], config[k]));
    const before = metricsRestartKeys(config.metrics);
    for (const [k, v] of Object.entries(metricsRestartKeys(next.metrics))) {
      if (before[k as keyof typeof before] !== v) needRestart.push(`metrics.${k}`);
    }
    // What needs a restart keeps its running value, so the next reload reports it again.
    config = {
      ...next,
      ...Object.fromEntries(RESTART_SECTIONS.map((k) => [k, config[k]])),
      collection,
      metrics: { ...next.metrics, listen: config.metrics.listen, maxConcurrentScrapes: config.metrics.maxConcurrentScrapes },
    } as AgentConfig;
    log.info({ changed, needRestart }, needRestart.length ? 'reloaded; some changes need a restart' : 'reloaded');
  }

  async function stop(): Promise<void> {
    log.info('stopping');
    stopping = true;
    unsubscribeDeletes();
    await hub?.stop();
    await control.close();
    await server.close();
    await collectors.stop();
    await dtrace.stop();
    actions.close();
    await inventory.stop();
    log.info('stopped');
  }

  return { metricsAddress: { address: address.address, port: address.port }, reload, stop };
}

/** The hub link over the inventory, the scrape target's series and the action engine. */
function startHubLink(
  config: AgentConfig, host: HostSysinfo, inventory: ZoneInventory, actions: ActionEngine,
  collectors: () => CollectorRegistry, dtrace: DtraceTelemetry, self: Registry, log: Logger,
): { stop(): Promise<void> } {
  const hubConfig = config.hub!;
  const sink: HubActionSink = {
    async submit(cmd, onProgress) {
      const unsubscribe = actions.subscribe((p) => {
        if (p.id === cmd.id) onProgress({ id: cmd.id, phase: p.phase, message: [p.state ? `state=${p.state}` : '', p.message ?? ''].filter(Boolean).join(' ') });
      });
      try {
        const result = await actions.submit(
          { id: cmd.id, action: cmd.action, uuid: cmd.zoneUuid, payload: cmd.payload ?? {}, ...(cmd.deadlineMs ? { deadline: cmd.deadlineMs } : {}) },
          { origin: 'hub' },
        );
        return { id: cmd.id, status: hubStatus(result.status, result.message), message: result.message, zoneUuid: result.uuid, detail: result };
      } finally {
        unsubscribe();
      }
    },
  };
  const metricsListeners = new Set<(c: HubMetricsCycle) => void>();
  const sources: HubSources = {
    identity: { hostUuid: host.uuid, hostname: host.hostname, platform: host.liveImage, agentVersion: AGENT_VERSION },
    zones: {
      all: () => inventory.all(),
      subscribe: (fn) => inventory.subscribe((c) => fn(hubChange(c))),
    },
    metrics: {
      onCycle(fn) {
        metricsListeners.add(fn);
        return () => metricsListeners.delete(fn);
      },
    },
    actions: sink,
  };
  const clientOptions: HubClientOptions = {
    url: hubConfig.url,
    stateDir: config.stateDir,
    ...(hubConfig.tokenFile ? { tokenFile: hubConfig.tokenFile } : {}),
    ...(hubConfig.caFile ? { caFile: hubConfig.caFile } : {}),
    ...(hubConfig.certFile ? { certFile: hubConfig.certFile } : {}),
    ...(hubConfig.keyFile ? { keyFile: hubConfig.keyFile } : {}),
    spoolMaxBytes: hubConfig.spool.maxBytes,
    reconnectMinMs: hubConfig.reconnect.minSeconds * 1000,
    reconnectMaxMs: hubConfig.reconnect.maxSeconds * 1000,
    registry: self,
    logger: log.child({ component: 'hub' }),
  };
  // The spool lives in stateDir: on a full disk it cannot open (stream identity, epoch). The link then stays down
  // and we retry; the scrape target and everything else keep running.
  let client: HubClient | undefined;
  let retry: NodeJS.Timeout | undefined;
  const open = () => {
    try {
      client = new HubClient(sources, clientOptions);
    } catch (err) {
      log.error({ err: (err as Error).message, stateDir: config.stateDir, retrySeconds: HUB_OPEN_RETRY_MS / 1000 },
        'hub link down: cannot open the hub spool in the state directory; retrying');
      retry = setTimeout(open, HUB_OPEN_RETRY_MS);
      return;
    }
    client.start();
  };
  open();

  // One metrics batch per collection interval: the series a scrape of /metrics would see, DTrace included. One walk
  // function for the daemon's life (see CapturedCycle.visit: per-cycle closures cost recompilation).
  const walkSeries = (visit: SeriesVisitor) => { collectors().snapshot.forEachSeries(visit); dtrace.forEachSeries(visit); };
  let cycleFailing = false;
  const timer = setInterval(() => {
    // a timer callback that throws would kill the process: a failed cycle is logged (once per run of failures)
    try {
      const current = collectors();
      // any collector with data is enough: one collector that never succeeds (a broken zfs) must not stop the stream
      if (metricsListeners.size === 0 || !current.collectorNames.some((n) => current.snapshot.lastSuccessMs(n) !== undefined)) return;
      // walked from the collectors' output and the DTrace store: nothing rendered or parsed for the hub. The client
      // copies the series out in this tick and encodes them in steps, yielding between them (zone changes go first)
      const cycle: HubMetricsCycle = { timeMs: Date.now(), forEachSeries: walkSeries };
      for (const fn of metricsListeners) fn(cycle);
      cycleFailing = false;
    } catch (err) {
      if (!cycleFailing) log.error({ err: (err as Error).message }, 'hub metrics cycle failed; batch not sent');
      cycleFailing = true;
    }
  }, config.collection.intervalSeconds * 1000);
  timer.unref();

  return {
    async stop() {
      clearInterval(timer);
      clearTimeout(retry);
      await client?.stop();
    },
  };
}

function hubChange(c: ZoneChange): HubZoneChange {
  if (c.type === 'delete') return { type: 'delete', uuid: c.uuid };
  if (c.type === 'create') return { type: 'create', zone: c.zone };
  return { type: 'modify', zone: c.zone, fields: c.fields };
}

function hubStatus(status: ActionStatus, message: string): HubCommandStatus {
  switch (status) {
    case 'succeeded': return 'ok';
    case 'rejected': return 'refused';
    case 'unknown': return 'unknown';
    case 'failed': return /deadline .* passed/.test(message) ? 'expired' : 'failed';
    case 'interrupted': return 'failed';
  }
}

function readAgentVersion(): string {
  // dist/agent/src/daemon.js and agent/src/daemon.ts both sit below the package root that holds package.json
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++, dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'zonelet' && pkg.version) return pkg.version;
    } catch {
      /* not here */
    }
  }
  return 'unknown';
}
