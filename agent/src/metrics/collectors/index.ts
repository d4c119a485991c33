/** Every collector zonelet ships, in exposition order; names are the keys of config collection.collectors. */
import type { Collector } from './collector.js';
import { arcstats } from './arcstats.js';
import { caps } from './caps.js';
import { hostCpu } from './host-cpu.js';
import { hostInfo } from './host-info.js';
import { hostSystem } from './host-system.js';
import { link } from './link.js';
import { memoryCap } from './memory-cap.js';
import { tcp } from './tcp.js';
import { zfs } from './zfs.js';
import { zoneInfo } from './zone-info.js';
import { zoneMisc } from './zone-misc.js';
import { zoneVfs } from './zone-vfs.js';
import { zoneZfs } from './zone-zfs.js';
import { zpool } from './zpool.js';

export type { Collector, KstatCollector, TaskCollector } from './collector.js';

/**
 * A fresh set (zone_info keeps per-zone state-change times, so each registry gets its own); `nowMs` is the clock
 * zone_info stamps first-seen states with.
 */
export function allCollectors(nowMs: () => number = Date.now): Collector[] {
  return [hostInfo, hostSystem, hostCpu, arcstats, zpool, zoneInfo(() => nowMs() / 1000), zoneMisc, memoryCap, caps, zoneVfs, zoneZfs, link, tcp, zfs];
}

export const COLLECTOR_NAMES: readonly string[] = allCollectors().map((c) => c.name);
