import type { Zone } from '../inventory/zone.js';

/**
 * The narrow interfaces the hub client consumes. The daemon wires them to the inventory (ZoneView), the metrics
 * collectors and the action engine; tests pass small in-memory implementations.
 */

/** The zone fields the hub stream exports: the inventory's Zone (nics optional, so tests can pass bare zones). */
export type HubZone = Omit<Zone, 'nics' | 'docker'> & { nics?: Zone['nics'] };

export type HubZoneChange =
  | { type: 'create'; zone: HubZone }
  | { type: 'modify'; zone: HubZone; fields: string[] }
  | { type: 'delete'; uuid: string };

export interface HubZoneSource {
  all(): HubZone[];
  subscribe(fn: (c: HubZoneChange) => void): () => void;
}

/** One sample of one series. Integers (counters, histogram buckets) as bigint keep 64-bit precision. */
export interface HubSample {
  zone: string; // zone UUID, '' for host series
  name: string;
  labels?: Readonly<Record<string, string>>;
  value: bigint | number; // an integral number starts an integer series too (see SeriesValue)
}

/**
 * A series value: decimal text as the exposition writes it ('+Inf', 'NaN' allowed), a bigint, or a number. A series
 * whose first value is an integer (digits-only text, a bigint, an integral number) travels as an integer series
 * (exact 64-bit deltas); if a later value is not an integer it becomes a float series under a new id, so a gauge
 * first seen at "0" is never truncated.
 */
export type SeriesValue = string | bigint | number;

/**
 * Receives one series of the current cycle. `name` is the sample name (`..._bucket` for a histogram bucket), `zone`
 * the zone UUID ('' for host series), `labels` the label text after zone= as the exposition writes it
 * (`mode="user",le="0.5"`, values escaped; '' for none). The same series must come with the same label text each
 * cycle: it is the series' identity, so no key is built per series per cycle.
 */
export type SeriesVisitor = (name: string, zone: string, labels: string, value: SeriesValue) => void;

/**
 * A whole collection cycle: every series that exists now (absent series are retired). Sources walk their current
 * series with `forEachSeries` (nothing rendered or parsed); `samples` is the same as objects (tests, small sources).
 */
export interface HubMetricsCycle {
  timeMs: number;
  samples?: HubSample[];
  forEachSeries?: (visit: SeriesVisitor) => void;
}

export interface HubMetricsSource {
  onCycle(fn: (cycle: HubMetricsCycle) => void): () => void;
}

export interface HubCommand {
  id: string;
  action: string;
  zoneUuid?: string;
  payload?: unknown; // parsed payload_json
  deadlineMs?: number; // do not start after (unix ms)
}

export type HubCommandStatus = 'ok' | 'failed' | 'refused' | 'expired' | 'unknown';
export interface HubCommandResult {
  id: string;
  status: HubCommandStatus;
  message: string;
  zoneUuid?: string;
  detail?: unknown;
}
export interface HubCommandProgress { id: string; phase: string; message: string }

/**
 * The action engine as the hub sees it. submit() must be idempotent by command id (a command re-sent after a
 * reconnect returns the first run's outcome, never runs twice); it resolves with the final result.
 */
export interface HubActionSink {
  submit(cmd: HubCommand, onProgress: (p: HubCommandProgress) => void): Promise<HubCommandResult>;
}

export interface HubIdentity {
  hostUuid: string;
  hostname: string;
  platform?: string;
  agentVersion: string;
}

export interface HubSources {
  identity: HubIdentity;
  zones: HubZoneSource;
  metrics?: HubMetricsSource;
  actions?: HubActionSink;
}
