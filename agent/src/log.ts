// pino logger writing bunyan-compatible JSON lines (v: 0, name, hostname, pid, numeric level, ISO time, msg) to stdout.
import { hostname } from 'node:os';
import { pino, type Logger, type DestinationStream } from 'pino';
import type { LogLevel } from './config/types.js';

export type { Logger };

/** Secret-bearing keys wherever they appear one or two levels down (config sections, request headers). */
export const REDACT_PATHS = [
  'token', 'password', 'secret', 'authorization',
  '*.token', '*.password', '*.secret', '*.authorization', '*.bearerToken',
  '*.headers.authorization', '*.headers.cookie', 'req.headers.authorization',
];

export function createLogger(opts: { level?: LogLevel; name?: string; destination?: DestinationStream } = {}): Logger {
  return pino(
    {
      name: opts.name ?? 'zonelet',
      level: opts.level ?? 'info',
      base: { v: 0, pid: process.pid, hostname: hostname() },
      // bunyan's time is an ISO string under "time"
      timestamp: () => `,"time":"${new Date().toISOString()}"`,
      messageKey: 'msg',
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    },
    opts.destination ?? pino.destination({ dest: 1, sync: true }),
  );
}
