// The AgentConfig schema (INTERFACES.md "Config") as a table of nodes, and loadConfig().
import { readFile } from 'node:fs/promises';
import { isIP } from 'node:net';
import cron from 'node-cron';
import { COMMAND_NAMES, type Commands } from '../platform/exec.js';
import { DEFAULT_COMMANDS, DEFAULTS } from './defaults.js';
import {
  absolutePath, array, boolean, number, object, oneOf, optional, record, section, string, union, withDefault, type Node,
} from './schema.js';
import {
  ACTION_KINDS, type ActionKind, type AgentConfig, type ConfigProblem, type DtraceOptionValue, type LogLevel,
} from './types.js';

/** SMF_EXIT_ERR_CONFIG: SMF puts the service in maintenance instead of restarting it in a loop. */
export const EXIT_CONFIG = 96;

export class ConfigError extends Error {
  constructor(readonly file: string, readonly problems: ConfigProblem[]) {
    super(`invalid config ${file}:\n${problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NAME = /^[a-z][a-z0-9_]*$/;

export function isHostPort(s: string): boolean {
  const m = /^\[([^\]]+)\]:(\d{1,5})$/.exec(s) ?? /^([A-Za-z0-9.-]+):(\d{1,5})$/.exec(s);
  if (!m) return false;
  const port = Number(m[2]);
  const bracketed = s.startsWith('[');
  return port >= 1 && port <= 65535 && (bracketed ? isIP(m[1]) === 6 : true);
}

const isWebSocketUrl = (s: string): boolean => {
  try { return ['ws:', 'wss:'].includes(new URL(s).protocol); } catch { return false; }
};

const seconds = (def: number) => withDefault(number({ min: 0.001 }), def);

const commandsNode = section<Commands>(
  Object.fromEntries(COMMAND_NAMES.map((c) => [c, withDefault(absolutePath(), DEFAULT_COMMANDS[c])])) as {
    [K in keyof Commands]: Node<string>
  },
);

const dtraceOption: Node<DtraceOptionValue> = union(
  number({ min: 0, integer: true }),
  string('', (s) => /^[A-Za-z0-9.]+$/.test(s)),
  'a D option value (an integer or a word such as 4m or 10hz)',
);

const schema = object<AgentConfig>({
  commands: commandsNode,
  stateDir: withDefault(absolutePath(), DEFAULTS.stateDir),
  metrics: section({
    listen: optional(string('host:port', isHostPort)),
    tls: optional(object({ certFile: absolutePath(), keyFile: absolutePath(), clientCaFile: optional(absolutePath()) })),
    bearerTokenFile: optional(absolutePath()),
    tenants: withDefault(array(object({
      ownerUuid: string('a UUID', (s) => UUID.test(s)),
      tokenFile: absolutePath(),
    })), []),
    maxConcurrentScrapes: withDefault(number({ min: 1, integer: true }), DEFAULTS.metrics.maxConcurrentScrapes),
  }),
  collection: section({
    intervalSeconds: seconds(DEFAULTS.collection.intervalSeconds),
    collectors: record(NAME, 'a collector name ([a-z][a-z0-9_]*)', section({
      enabled: withDefault(boolean(), DEFAULTS.collection.collectorEnabled),
      intervalSeconds: optional(number({ min: 0.001 })),
      timeoutSeconds: optional(number({ min: 0.001 })),
    })),
  }),
  dtrace: section({
    enabled: withDefault(boolean(), DEFAULTS.dtrace.enabled),
    intervalSeconds: seconds(DEFAULTS.dtrace.intervalSeconds),
    scripts: record(/^[a-z][a-z0-9_-]*$/, 'a script name from dtrace/', section({
      enabled: withDefault(boolean(), DEFAULTS.dtrace.scriptEnabled),
      options: record(NAME, 'a D option name', dtraceOption),
    })),
    syscallAllowlist: withDefault(array(string('a syscall name', (s) => /^[a-z_][a-z0-9_]*$/.test(s))), []),
  }),
  inventory: section({
    reconcileSchedule: withDefault(string('a cron expression', (s) => cron.validate(s)), DEFAULTS.inventory.reconcileSchedule),
    pollIntervalSeconds: seconds(DEFAULTS.inventory.pollIntervalSeconds),
    exportMetadataKeys: section({
      customer: withDefault(array(string()), []),
      internal: withDefault(array(string()), []),
      tags: withDefault(array(string()), []),
    }),
  }),
  actions: section({
    maxConcurrent: withDefault(number({ min: 1, integer: true }), DEFAULTS.actions.maxConcurrent),
    allowFromHub: withDefault(array(oneOf<ActionKind>(ACTION_KINDS)), [...DEFAULTS.actions.allowFromHub]),
    timeoutSeconds: section(
      Object.fromEntries(ACTION_KINDS.map((a) => [a, seconds(DEFAULTS.actions.timeoutSeconds[a])])) as {
        [K in ActionKind]: Node<number>
      },
    ),
    resultRetentionSeconds: seconds(DEFAULTS.actions.resultRetentionSeconds),
    settleTimeoutSeconds: seconds(DEFAULTS.actions.settleTimeoutSeconds),
  }),
  hub: optional(object({
    url: string('a ws:// or wss:// URL', isWebSocketUrl),
    tokenFile: optional(absolutePath()),
    caFile: optional(absolutePath()),
    certFile: optional(absolutePath()),
    keyFile: optional(absolutePath()),
    spool: section({ maxBytes: withDefault(number({ min: 1, integer: true }), DEFAULTS.hub.spoolMaxBytes) }),
    reconnect: section({
      minSeconds: seconds(DEFAULTS.hub.reconnectMinSeconds),
      maxSeconds: seconds(DEFAULTS.hub.reconnectMaxSeconds),
    }, (v, path, problems) => {
      if (v.minSeconds > v.maxSeconds) problems.push({ path: `${path}.minSeconds`, message: 'must not exceed maxSeconds' });
    }),
  }, (v, path, problems) => {
    if ((v.certFile === undefined) !== (v.keyFile === undefined)) {
      problems.push({ path: `${path}.${v.certFile ? 'keyFile' : 'certFile'}`, message: 'certFile and keyFile go together' });
    }
  })),
  log: section({ level: withDefault(oneOf<LogLevel>(['fatal', 'error', 'warn', 'info', 'debug', 'trace']), DEFAULTS.log.level) }),
});

function deepFreeze<T>(v: T): T {
  if (typeof v === 'object' && v !== null && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const child of Object.values(v)) deepFreeze(child);
  }
  return v;
}

/** Validates a parsed JSON value; `file` only names the source in the error. Pure: reads nothing, spawns nothing. */
export function parseConfig(value: unknown, file = '<config>'): AgentConfig {
  const problems: ConfigProblem[] = [];
  const config = schema.check(value, '', problems);
  if (problems.length || config === undefined) throw new ConfigError(file, problems);
  return deepFreeze(config);
}

export async function loadConfig(file: string): Promise<AgentConfig> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new ConfigError(file, [{ path: file, message: `cannot read: ${(err as Error).message}` }]);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new ConfigError(file, [{ path: file, message: `not valid JSON: ${(err as Error).message}` }]);
  }
  return parseConfig(value, file);
}
