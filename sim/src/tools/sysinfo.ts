/** Simulated sysinfo: the GZ JSON of sysinfo(8) (shape of sysinfo-2023-smartos-ui.json), from host.json. */
import { readHost, simRoot } from '../host/state.js';
import { runTool } from './run-tool.js';

export function sysinfo(root: string): Record<string, unknown> {
  const h = readHost(root);
  const mac = '00:15:17:14:04:8c';
  return {
    'Live Image': h.platform,
    'System Type': 'SunOS',
    'Boot Time': String(h.bootTime),
    'SDC Version': '7.0',
    Manufacturer: 'zonelet',
    Product: 'simulated SmartOS host',
    'Serial Number': h.serverUuid.slice(0, 8),
    'SKU Number': 'To Be Filled By O.E.M.',
    'HW Version': 'To Be Filled By O.E.M.',
    'HW Family': 'To Be Filled By O.E.M.',
    Setup: 'false',
    'VM Capable': true,
    'Bhyve Capable': true,
    'Bhyve Max Vcpus': 32,
    'HVM API': true,
    'CPU Type': 'Simulated CPU',
    'CPU Virtualization': 'vmx',
    'CPU Physical Cores': 1,
    'Admin NIC Tag': 'admin',
    'Admin IP': h.adminIp,
    UUID: h.serverUuid,
    Hostname: h.hostname,
    'CPU Total Cores': h.ncpus,
    'CPU Socket Count': 1,
    'CPU Core Count': h.ncpus,
    'CPU Online Count': h.ncpus,
    'CPU Count': h.ncpus,
    'MiB of Memory': String(Math.floor(h.physmemBytes / 1048576)),
    Zpool: 'zones',
    'Zpool Encrypted': false,
    'Zpool Disks': 'c1t0d0',
    'Zpool Profile': 'striped',
    'Zpool Creation': h.bootTime - 86400 * 30,
    'Zpool Size in GiB': 1798,
    Disks: { c1t0d0: { 'Size in GB': 2000 } },
    'Boot Parameters': { console: 'text', boot_args: '', bootargs: '', smt_enabled: 'true' },
    'Network Interfaces': {
      igb0: { 'MAC Address': mac, ip4addr: h.adminIp, 'Link Status': 'up', 'NIC Names': ['admin'] },
    },
    'Virtual Network Interfaces': {},
    'Link Aggregations': {},
  };
}

async function main(argv: string[]): Promise<number> {
  const root = simRoot();
  if (argv.includes('-?')) {
    process.stdout.write('Usage: sysinfo [-f|-p|-u|-?]\n');
    return 0;
  }
  if (argv.includes('-u')) return 0;
  const s = sysinfo(root);
  if (argv.includes('-p')) {
    for (const [k, v] of Object.entries(s)) {
      if (typeof v === 'object') continue;
      process.stdout.write(`${k.replace(/[^A-Za-z0-9]+/g, '_')}='${String(v)}'\n`);
    }
    return 0;
  }
  process.stdout.write(JSON.stringify(s, null, 2) + '\n');
  return 0;
}

await runTool('sysinfo', main);
