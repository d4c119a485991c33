// zonelet scrape --config FILE [--zone UUID] [--openmetrics]: one full collection cycle (every enabled collector,
// zfs included), the exposition on stdout. Zone identity comes from one `vmadm lookup -j`.
import { collectDefaultMetrics, Registry } from 'prom-client';
import { loadConfig } from '../../config/index.js';
import { Exec, execMetrics } from '../../platform/exec.js';
import { Vmadm } from '../../platform/vmadm.js';
import { collectorRegistryFromConfig } from '../../metrics/index.js';
import { platformSources, type ZoneDirectory, type ZoneIdentity } from '../../metrics/sources.js';
import { prometheusTextToOpenMetrics } from '../../metrics/exposition.js';
import { NOT_RUNNING_FAMILIES } from '../../metrics/collectors/zone-info.js';
import { parseCommandArgs, UsageError } from '../args.js';

export const usage = 'zonelet scrape [--config FILE] [--zone UUID] [--openmetrics]   one collection cycle; exposition on stdout';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export async function run(argv: string[]): Promise<number> {
  const args = parseCommandArgs(argv, { zone: { type: 'string' }, openmetrics: { type: 'boolean' } });
  if (args.help) { process.stdout.write(`usage: ${usage}\n`); return 0; }
  const zone = args.values.zone as string | undefined;
  if (zone !== undefined && !UUID.test(zone)) throw new UsageError(`--zone: expected a VM UUID, got ${JSON.stringify(zone)}`);
  const config = await loadConfig(args.config); // a ConfigError exits 96 (cli/main.ts)
  const self = new Registry();
  collectDefaultMetrics({ register: self });
  const exec = new Exec(config.commands, execMetrics(self));
  const zones: ZoneIdentity[] = (await new Vmadm(exec).lookup()).map((vm) => vm as unknown as ZoneIdentity);
  const directory: ZoneDirectory = { all: () => zones, get: (u) => zones.find((z) => z.uuid === u) };
  const registry = collectorRegistryFromConfig(config, platformSources(exec, directory), self);
  await registry.collectOnce();
  const format = args.values.openmetrics ? 'openmetrics' : 'prometheus';
  if (zone !== undefined) {
    const z = directory.get(zone);
    if (!z && !registry.snapshot.zones().has(zone)) {
      process.stderr.write(`zonelet scrape: no zone ${zone} on this host\n`);
      return 1;
    }
    const infoOnly = z && z.state !== 'running' ? NOT_RUNNING_FAMILIES : undefined;
    process.stdout.write(registry.snapshot.zoneBody(zone, format, infoOnly));
  } else {
    for (const chunk of registry.snapshot.body('all', format).chunks) process.stdout.write(chunk);
    const own = await self.metrics();
    process.stdout.write(format === 'openmetrics' ? prometheusTextToOpenMetrics(own) : own);
  }
  if (format === 'openmetrics') process.stdout.write('# EOF\n');
  return 0;
}
