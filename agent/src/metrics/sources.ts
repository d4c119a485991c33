/**
 * What the collectors read, as narrow interfaces: the daemon passes adapters over the platform layer (the only code
 * that spawns processes), tests pass fixture data. ZoneDirectory is satisfied structurally by the inventory's
 * ZoneView.
 */
import type { Exec } from '../platform/exec.js';
import { Kstat, type KstatInstance } from '../platform/kstat.js';
import { Sysinfo } from '../platform/sysinfo.js';
import { Zfs, type ZfsDataset, type Zpool } from '../platform/zfs.js';

export interface ZoneIdentity {
  uuid: string;
  alias?: string;
  brand: string;
  state: string;
  owner_uuid?: string;
  image_uuid?: string;
  create_timestamp?: string;
  boot_timestamp?: string;
}

export interface ZoneDirectoryChange {
  type: string;
  uuid?: string;
  zone?: { uuid: string };
}

export interface ZoneDirectory {
  all(): ZoneIdentity[];
  get(uuid: string): ZoneIdentity | undefined;
  subscribe?(fn: (c: ZoneDirectoryChange) => void): () => void;
  /** resolves once the directory holds its first full view (the inventory's baseline) */
  ready?: Promise<void>;
}

export interface HostIdentity {
  hostname: string;
  server_uuid: string;
  platform: string;
}

export interface Sources {
  /** one `kstat -p` call with these operands; resolves [] when nothing matched. Integers may be bigints or decimal text. */
  kstat(selectors: readonly string[], timeoutMs: number): Promise<KstatInstance[]>;
  zfsDatasets?(timeoutMs: number): Promise<ZfsDataset[]>;
  zpools?(timeoutMs: number): Promise<Zpool[]>;
  hostIdentity?(timeoutMs: number): Promise<HostIdentity>;
  directory?: ZoneDirectory;
}

/** Sources over the platform adapters: the daemon's and `zonelet scrape`'s wiring. */
export function platformSources(exec: Exec, directory?: ZoneDirectory): Sources {
  const kstat = new Kstat(exec);
  const zfs = new Zfs(exec);
  const sysinfo = new Sysinfo(exec);
  return {
    kstat: (selectors, timeoutMs) => kstat.read([...selectors], { timeoutMs, integers: 'text' }),
    zfsDatasets: (timeoutMs) => zfs.listFilesystems({ timeoutMs }),
    zpools: (timeoutMs) => zfs.listPools({ timeoutMs }),
    async hostIdentity(timeoutMs) {
      const s = await sysinfo.read({ timeoutMs });
      return { hostname: s.hostname, server_uuid: s.uuid, platform: s.liveImage };
    },
    ...(directory ? { directory } : {}),
  };
}
