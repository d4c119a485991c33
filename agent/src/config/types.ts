// The agent's configuration as loaded: every default filled in (see defaults.ts), deep-frozen.
import type { Commands } from '../platform/exec.js';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';

export const ACTION_KINDS = [
  'start', 'stop', 'reboot', 'create', 'update', 'delete',
  'create-snapshot', 'rollback-snapshot', 'delete-snapshot',
] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

export interface TlsConfig { certFile: string; keyFile: string; clientCaFile?: string }
export interface TenantConfig { ownerUuid: string; tokenFile: string }

export interface MetricsConfig {
  /** "host:port"; undefined = "<admin IP from sysinfo>:9170", resolved at startup by resolveMetricsListen() */
  listen?: string;
  tls?: TlsConfig;
  bearerTokenFile?: string;
  tenants: TenantConfig[];
  maxConcurrentScrapes: number;
}

export interface CollectorConfig {
  enabled: boolean;
  /** undefined = collection.intervalSeconds */
  intervalSeconds?: number;
  /** undefined = the collector's own default */
  timeoutSeconds?: number;
}

export interface CollectionConfig { intervalSeconds: number; collectors: Record<string, CollectorConfig> }

/** dtrace -x option values: D option names and plain values only ("4m", "10hz", 1024). */
export type DtraceOptionValue = string | number;
export interface DtraceScriptConfig { enabled: boolean; options: Record<string, DtraceOptionValue> }
export interface DtraceConfig {
  enabled: boolean;
  intervalSeconds: number;
  scripts: Record<string, DtraceScriptConfig>;
  syscallAllowlist: string[];
}

export interface InventoryConfig {
  reconcileSchedule: string;
  /** period of the `vmadm lookup -j` polling fallback (platforms without `vmadm events`) */
  pollIntervalSeconds: number;
  exportMetadataKeys: { customer: string[]; internal: string[]; tags: string[] };
}

export interface ActionsConfig {
  maxConcurrent: number;
  allowFromHub: ActionKind[];
  /** every action kind present: configured value or its default */
  timeoutSeconds: Record<ActionKind, number>;
  /** how long finished results stay in the journal */
  resultRetentionSeconds: number;
  /** after "outcome unknown": how long to wait for vmadm or the zone to settle */
  settleTimeoutSeconds: number;
}

export interface HubConfig {
  url: string;
  tokenFile?: string;
  caFile?: string;
  certFile?: string;
  keyFile?: string;
  spool: { maxBytes: number };
  reconnect: { minSeconds: number; maxSeconds: number };
}

export interface AgentConfig {
  commands: Commands;
  stateDir: string;
  metrics: MetricsConfig;
  collection: CollectionConfig;
  dtrace: DtraceConfig;
  inventory: InventoryConfig;
  actions: ActionsConfig;
  /** absent = no hub link */
  hub?: HubConfig;
  log: { level: LogLevel };
}

export interface ConfigProblem { path: string; message: string }
