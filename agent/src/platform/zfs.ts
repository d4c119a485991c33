// `zfs list -Hp` and `zpool list -Hp`: tab-separated, exact byte counts (-p), no header (-H).
import type { Exec } from './exec.js';

export interface ZfsDataset {
  name: string;
  used: bigint;
  /** undefined where zfs prints '-' */
  avail?: bigint;
  /** 0n = no quota (what -p prints for "none") */
  quota: bigint;
  refer: bigint;
}

export interface Zpool { name: string; size: bigint; alloc: bigint; free: bigint; health: string }

export const ZFS_LIST_ARGS = ['list', '-Hp', '-o', 'name,used,avail,quota,refer', '-t', 'filesystem'] as const;
export const ZPOOL_LIST_ARGS = ['list', '-Hp', '-o', 'name,size,alloc,free,health'] as const;

export class ZfsParseError extends Error {
  constructor(what: string, line: number, message: string) {
    super(`${what} line ${line}: ${message}`);
    this.name = 'ZfsParseError';
  }
}

function rows(text: string, what: string, columns: number): { cols: string[]; line: number }[] {
  const out: { cols: string[]; line: number }[] = [];
  text.split('\n').forEach((raw, i) => {
    if (raw === '') return;
    const cols = raw.split('\t');
    if (cols.length !== columns) throw new ZfsParseError(what, i + 1, `expected ${columns} tab-separated columns, got ${cols.length}: ${JSON.stringify(raw)}`);
    out.push({ cols, line: i + 1 });
  });
  return out;
}

function bytes(v: string, what: string, line: number, column: string): bigint {
  if (!/^\d+$/.test(v)) throw new ZfsParseError(what, line, `${column}: expected a byte count, got ${JSON.stringify(v)}`);
  return BigInt(v);
}

export function parseZfsList(text: string): ZfsDataset[] {
  return rows(text, 'zfs list', 5).map(({ cols: [name, used, avail, quota, refer], line }) => {
    const ds: ZfsDataset = {
      name,
      used: bytes(used, 'zfs list', line, 'used'),
      quota: quota === '-' ? 0n : bytes(quota, 'zfs list', line, 'quota'),
      refer: bytes(refer, 'zfs list', line, 'refer'),
    };
    if (avail !== '-') ds.avail = bytes(avail, 'zfs list', line, 'avail');
    return ds;
  });
}

export function parseZpoolList(text: string): Zpool[] {
  return rows(text, 'zpool list', 5).map(({ cols: [name, size, alloc, free, health], line }) => ({
    name,
    size: bytes(size, 'zpool list', line, 'size'),
    alloc: bytes(alloc, 'zpool list', line, 'alloc'),
    free: bytes(free, 'zpool list', line, 'free'),
    health,
  }));
}

export class Zfs {
  constructor(private readonly exec: Exec) {}

  /** Every filesystem dataset (zones/<uuid> and their children included). */
  async listFilesystems(opts: { timeoutMs?: number } = {}): Promise<ZfsDataset[]> {
    const { stdout } = await this.exec.run('zfs', [...ZFS_LIST_ARGS], { timeoutMs: opts.timeoutMs ?? 60_000 });
    return parseZfsList(stdout);
  }

  async listPools(opts: { timeoutMs?: number } = {}): Promise<Zpool[]> {
    const { stdout } = await this.exec.run('zpool', [...ZPOOL_LIST_ARGS], { timeoutMs: opts.timeoutMs ?? 30_000 });
    return parseZpoolList(stdout);
  }
}
