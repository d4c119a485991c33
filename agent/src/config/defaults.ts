// Every configuration default, in one place. A config naming only `commands` and `stateDir` gets all of these.
import type { Commands } from '../platform/exec.js';
import type { ActionKind, LogLevel } from './types.js';

export const DEFAULT_CONFIG_PATH = '/opt/zonelet/etc/config.json';

/** The SmartOS global-zone paths. */
export const DEFAULT_COMMANDS: Readonly<Commands> = {
  vmadm: '/usr/sbin/vmadm',
  kstat: '/usr/bin/kstat',
  dtrace: '/usr/sbin/dtrace',
  sysinfo: '/usr/bin/sysinfo',
  zfs: '/usr/sbin/zfs',
  zpool: '/usr/sbin/zpool',
  zoneadm: '/usr/sbin/zoneadm',
  imgadm: '/usr/sbin/imgadm',
};

export const DEFAULTS = {
  stateDir: '/var/zonelet',
  metrics: {
    /** used with the admin IP from sysinfo when metrics.listen is not set */
    port: 9170,
    maxConcurrentScrapes: 4,
  },
  collection: {
    intervalSeconds: 10,
    collectorEnabled: true,
  },
  dtrace: {
    enabled: true,
    intervalSeconds: 10,
    scriptEnabled: true,
  },
  inventory: {
    /** full `vmadm lookup -j` reconcile against the event stream */
    reconcileSchedule: '*/5 * * * *',
    /** period of the `vmadm lookup -j` fallback on a platform without `vmadm events` */
    pollIntervalSeconds: 10,
  },
  actions: {
    maxConcurrent: 4,
    /** conservative: destructive or provisioning actions must be allowed explicitly */
    allowFromHub: ['start', 'stop', 'reboot'] as ActionKind[],
    /** how long zonelet waits for an action; real hosts take 60 to 180 s to stop a zone */
    timeoutSeconds: {
      start: 120,
      stop: 300,
      reboot: 420,
      create: 900,
      update: 120,
      delete: 300,
      'create-snapshot': 300,
      'rollback-snapshot': 300,
      'delete-snapshot': 300,
    } satisfies Record<ActionKind, number>,
    /** how long finished results stay in the journal (idempotency window for request ids) */
    resultRetentionSeconds: 7 * 86_400,
    /** after "outcome unknown": how long to wait for vmadm or the zone to settle before reporting `unknown` */
    settleTimeoutSeconds: 3600,
  },
  hub: {
    spoolMaxBytes: 256 * 1024 * 1024,
    reconnectMinSeconds: 1,
    reconnectMaxSeconds: 60,
  },
  log: { level: 'info' as LogLevel },
} as const;
