export const ACTION_KINDS = [
  'create', 'start', 'stop', 'reboot', 'update', 'delete', 'create-snapshot', 'rollback-snapshot', 'delete-snapshot',
] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

/** Calls that change a zone: never killed mid-flight. */
export const MUTATING: ReadonlySet<ActionKind> = new Set(ACTION_KINDS);

/** A validated request. `uuid` is the zone (for create: the uuid the new zone gets). */
export interface ActionRequest {
  id: string;
  action: ActionKind;
  uuid: string;
  payload: Record<string, unknown>;
  /** unix ms: "do not start after" */
  deadline?: number;
}

export type ActionStatus = 'succeeded' | 'failed' | 'unknown' | 'interrupted' | 'rejected';

export interface ActionResult {
  id: string;
  action: ActionKind | string;
  uuid: string;
  status: ActionStatus;
  /** vmadm's own message on success/failure, or why it was rejected/interrupted/unknown */
  message: string;
  /** for rejected requests: the offending field, e.g. `payload.alias` */
  field?: string;
  /** the zone's state as the inventory saw it when the result was made ("absent" once deleted) */
  state?: string;
  startedAt?: string;
  finishedAt: string;
  /** true when the result comes from watching the zone settle, not from vmadm's exit */
  observed?: boolean;
}

export type ProgressPhase =
  | 'queued' | 'running' | 'zone-state' | 'outcome-unknown' | 'succeeded' | 'failed' | 'interrupted' | 'rejected' | 'unknown';

export interface ActionProgress {
  id: string;
  action: string;
  uuid: string;
  phase: ProgressPhase;
  time: string;
  state?: string;
  message?: string;
}
