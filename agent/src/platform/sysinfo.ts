// `sysinfo` (global zone JSON) reduced to the typed fields the agent uses.
import type { Exec } from './exec.js';

export interface HostSysinfo {
  uuid: string;
  hostname: string;
  /** platform image stamp, e.g. 20231102T000310Z */
  liveImage: string;
  /** "CPU Total Cores" (older platforms), else "CPU Count" */
  cpuCount: number;
  memoryMiB: number;
  /** IPv4 of the admin NIC, or undefined if it has none */
  adminIp?: string;
  bootTime?: number;
  zpool?: string;
}

export class SysinfoError extends Error {
  constructor(message: string) { super(`sysinfo: ${message}`); this.name = 'SysinfoError'; }
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function str(o: Obj, key: string): string {
  const v = o[key];
  if (typeof v !== 'string' || v === '') throw new SysinfoError(`"${key}" missing or not a string`);
  return v;
}

/**
 * A count or size: sysinfo prints some numbers as strings ("MiB of Memory": "32740"). A negative, fractional or
 * out-of-range value (a 400-digit string is Infinity) counts as missing, never as a number.
 */
function num(o: Obj, key: string): number | undefined {
  const v = o[key];
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : undefined;
  return n !== undefined && Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}

/**
 * The admin IP: "Admin IP" where sysinfo prints it; otherwise the ip4addr of the interface whose "NIC Names"
 * carry the admin tag ("Admin NIC Tag", default "admin"), looking at physical NICs, then aggregations, then vnics.
 */
function adminIp(o: Obj): string | undefined {
  const direct = o['Admin IP'];
  if (typeof direct === 'string' && direct && direct !== 'dhcp') return direct;
  const tag = typeof o['Admin NIC Tag'] === 'string' ? (o['Admin NIC Tag'] as string) : 'admin';
  for (const group of ['Network Interfaces', 'Link Aggregations', 'Virtual Network Interfaces']) {
    const nics = o[group];
    if (!isObj(nics)) continue;
    for (const nic of Object.values(nics)) {
      if (!isObj(nic)) continue;
      const names = nic['NIC Names'];
      const ip = nic['ip4addr'];
      if (Array.isArray(names) && names.includes(tag) && typeof ip === 'string' && ip) return ip;
    }
  }
  return undefined;
}

export function parseSysinfo(value: unknown): HostSysinfo {
  if (!isObj(value)) throw new SysinfoError('expected a JSON object');
  const cpuCount = num(value, 'CPU Total Cores') ?? num(value, 'CPU Count');
  if (cpuCount === undefined) throw new SysinfoError('neither "CPU Total Cores" nor "CPU Count" is a number');
  const memoryMiB = num(value, 'MiB of Memory');
  if (memoryMiB === undefined) throw new SysinfoError('"MiB of Memory" missing or not a number');
  const out: HostSysinfo = {
    uuid: str(value, 'UUID'),
    hostname: str(value, 'Hostname'),
    liveImage: str(value, 'Live Image'),
    cpuCount,
    memoryMiB,
  };
  const ip = adminIp(value);
  if (ip !== undefined) out.adminIp = ip;
  const boot = num(value, 'Boot Time');
  if (boot !== undefined) out.bootTime = boot;
  if (typeof value['Zpool'] === 'string') out.zpool = value['Zpool'];
  return out;
}

export class Sysinfo {
  constructor(private readonly exec: Exec) {}

  async read(opts: { timeoutMs?: number } = {}): Promise<HostSysinfo> {
    const { stdout } = await this.exec.run('sysinfo', [], { timeoutMs: opts.timeoutMs ?? 30_000, maxOutputBytes: 4 * 1024 * 1024 });
    let value: unknown;
    try {
      value = JSON.parse(stdout);
    } catch (err) {
      throw new SysinfoError(`output is not JSON: ${(err as Error).message}`);
    }
    return parseSysinfo(value);
  }
}
