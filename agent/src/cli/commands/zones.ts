// zonelet zones --config FILE [--json]: the host's zones as the agent exports them (one `vmadm lookup -j`).
import { loadConfig } from '../../config/index.js';
import { Exec } from '../../platform/exec.js';
import { Vmadm } from '../../platform/vmadm.js';
import { toZone, type Zone } from '../../inventory/zone.js';
import { parseCommandArgs } from '../args.js';

export const usage = 'zonelet zones [--config FILE] [--json]   the host\'s zones: uuid, alias, brand, state, ram, cpu cap, owner';

const COLUMNS: Array<[string, (z: Zone) => string]> = [
  ['UUID', (z) => z.uuid],
  ['ALIAS', (z) => z.alias ?? '-'],
  ['BRAND', (z) => z.brand],
  ['STATE', (z) => z.state],
  ['RAM', (z) => String(z.ram ?? z.max_physical_memory ?? '-')],
  ['CPU_CAP', (z) => (z.cpu_cap === undefined ? '-' : String(z.cpu_cap))],
  ['OWNER', (z) => z.owner_uuid ?? '-'],
];

export function formatZoneTable(zones: Zone[]): string {
  const rows = [COLUMNS.map(([h]) => h), ...zones.map((z) => COLUMNS.map(([, f]) => f(z)))];
  const widths = COLUMNS.map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd()).join('\n') + '\n';
}

export async function run(argv: string[]): Promise<number> {
  const args = parseCommandArgs(argv, { json: { type: 'boolean' } });
  if (args.help) { process.stdout.write(`usage: ${usage}\n`); return 0; }
  const config = await loadConfig(args.config); // a ConfigError exits 96 (cli/main.ts)
  const vmadm = new Vmadm(new Exec(config.commands));
  const zones = (await vmadm.lookup()).map((vm) => toZone(vm, config.inventory.exportMetadataKeys))
    .sort((a, b) => (a.alias ?? '').localeCompare(b.alias ?? '') || a.uuid.localeCompare(b.uuid));
  process.stdout.write(args.values.json ? JSON.stringify(zones, null, 2) + '\n' : formatZoneTable(zones));
  return 0;
}
