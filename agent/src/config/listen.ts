// metrics.listen defaults to "<admin IP>:9170"; resolved at startup because loading a config must not spawn.
import type { HostSysinfo } from '../platform/sysinfo.js';
import { DEFAULTS } from './defaults.js';
import type { AgentConfig } from './types.js';

/** The address to serve metrics on: metrics.listen, else the admin IP from sysinfo with port 9170. */
export async function resolveMetricsListen(
  config: Pick<AgentConfig, 'metrics'>,
  readSysinfo: () => Promise<Pick<HostSysinfo, 'adminIp'>>,
): Promise<string> {
  if (config.metrics.listen) return config.metrics.listen;
  const { adminIp } = await readSysinfo();
  if (!adminIp) {
    throw new Error('metrics.listen is not set and sysinfo reports no admin IP; set metrics.listen in the config');
  }
  return `${adminIp.includes(':') ? `[${adminIp}]` : adminIp}:${DEFAULTS.metrics.port}`;
}
