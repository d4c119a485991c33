/**
 * Where each action leads a zone, as the inventory can observe it. Used to finish an action whose vmadm call
 * outlived its timeout: the verdict is 'succeeded' when the zone reaches the target, 'failed' when it settles
 * somewhere else (e.g. `failed`), undefined while it is still moving.
 */
import type { Zone } from '../inventory/zone.js';
import type { ActionRequest } from './types.js';

export type Verdict = 'succeeded' | 'failed';
export type SettleCheck = (z: Zone | undefined) => Verdict | undefined;

/** Fields an update can set that the Zone model exports, so their new values can be seen. */
const OBSERVABLE_UPDATE = ['alias', 'cpu_cap', 'cpu_shares', 'max_physical_memory', 'quota', 'ram'] as const;

const inState = (want: string): SettleCheck => (z) =>
  z === undefined ? 'failed' : z.state === want ? 'succeeded' : z.state === 'failed' ? 'failed' : undefined;

export function settledTarget(req: ActionRequest, before: Zone | undefined): SettleCheck | undefined {
  switch (req.action) {
    case 'start':
      return inState('running');
    case 'stop':
      return inState('stopped');
    case 'reboot':
      // running again, on a new boot (a reboot gives the zone a new zone id and boot timestamp)
      return (z) => {
        if (z === undefined || z.state === 'failed') return 'failed';
        const rebooted = z.boot_timestamp !== before?.boot_timestamp || z.zoneid !== before?.zoneid;
        return z.state === 'running' && rebooted ? 'succeeded' : undefined;
      };
    case 'delete':
      return (z) => (z === undefined ? 'succeeded' : undefined);
    case 'create': {
      const want = req.payload.autoboot === false ? 'stopped' : 'running';
      return (z) => (z === undefined ? undefined : z.state === want ? 'succeeded' : z.state === 'failed' ? 'failed' : undefined);
    }
    case 'update': {
      const keys = OBSERVABLE_UPDATE.filter((k) => k in req.payload);
      if (keys.length === 0) return undefined;
      return (z) => (z === undefined ? 'failed' : keys.every((k) => z[k] === req.payload[k]) ? 'succeeded' : undefined);
    }
    default:
      return undefined; // snapshots leave no trace in the Zone model: wait for vmadm itself
  }
}
