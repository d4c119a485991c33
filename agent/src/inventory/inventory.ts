/**
 * ZoneInventory: the host's zones, kept current from `vmadm events -rj`.
 *
 * Theory of operation
 * - Baseline: the first line of `vmadm events -rj` is `ready`, carrying every VM. That map is the view; every
 *   later create/modify/delete line updates it. Zones are compared only on the exported Zone fields (toZone), so
 *   the many modify lines that touch only last_modified, pid, transition_* and the like reach no subscriber, and
 *   lookup's fake `type`/`ram` are stripped before anything is compared.
 * - Restart: if the child exits, prints a line we cannot parse, or no `ready` comes in time, it is stopped (the
 *   whole process group) and started again after an exponential backoff (reset once a stream has stayed up).
 *   The new `ready` map is diffed against the view we held, and only that diff is emitted: consumers see each
 *   real change exactly once, including what happened while no stream was running (sdc-vm-agent's approach,
 *   TRITON-628 lesson).
 * - Fallback: a platform without vminfod answers `Invalid command: "events"`; then we poll `vmadm lookup -j`
 *   every pollIntervalMs and diff each answer against the view.
 * - Reconcile: a node-cron job (inventory.reconcileSchedule, noOverlap) runs `vmadm lookup -j` and repairs any
 *   drift, counting the repairs. A lookup answer can be older than an event that arrived while it ran, so a zone
 *   touched by the stream after the lookup started is left to the stream (per-zone generation numbers).
 * - Subscribers are called synchronously, in order, after the view has changed; one that throws is logged and
 *   does not stop the others. `ready` resolves at the first baseline (events or poll) and never rejects.
 */
import cron, { type ScheduledTask } from 'node-cron';
import { Counter, type Registry } from 'prom-client';
import { Vmadm, VmadmError, type VmadmEvent, type VmadmEventStream, type VmObject } from '../platform/vmadm.js';
import { diffZones, zoneChange, type ZoneChange } from './diff.js';
import { NO_METADATA, toZone, type ExportMetadataKeys, type Zone } from './zone.js';

export interface ZoneView {
  get(uuid: string): Zone | undefined;
  all(): Zone[];
  subscribe(fn: (c: ZoneChange) => void): () => void;
  ready: Promise<void>;
}

/** The part of a pino logger we use; pino's Logger satisfies it. */
export interface ComponentLogger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}
export const silentLogger: ComponentLogger = { debug() {}, info() {}, warn() {}, error() {} };

export interface InventoryOptions {
  vmadm: Vmadm;
  exportMetadataKeys?: ExportMetadataKeys;
  /** cron expression for the full reconcile; null disables it */
  reconcileSchedule?: string | null;
  pollIntervalMs?: number;
  backoff?: { minMs: number; maxMs: number };
  /** a stream that gives no `ready` within this is restarted */
  readyTimeoutMs?: number;
  lookupTimeoutMs?: number;
  registry?: Registry;
  logger?: ComponentLogger;
}

export interface InventoryStats {
  mode: 'events' | 'polling';
  streamRestarts: number;
  reconciles: number;
  repairs: number;
}

const STAY_UP_MS = 10_000;

export class ZoneInventory implements ZoneView {
  readonly ready: Promise<void>;
  private resolveReady!: () => void;
  private baselined = false;
  private zones = new Map<string, Zone>();
  private readonly subscribers = new Set<(c: ZoneChange) => void>();
  private gen = 0;
  private readonly touched = new Map<string, number>();
  private stopped = false;
  private started = false;
  private stream: VmadmEventStream | undefined;
  private cronTask: ScheduledTask | undefined;
  private wake: (() => void) | undefined;
  private loop: Promise<void> | undefined;
  private readonly keys: ExportMetadataKeys;
  private readonly log: ComponentLogger;
  private readonly opts: Required<Pick<InventoryOptions, 'pollIntervalMs' | 'backoff' | 'readyTimeoutMs' | 'lookupTimeoutMs'>>;
  readonly stats: InventoryStats = { mode: 'events', streamRestarts: 0, reconciles: 0, repairs: 0 };
  private readonly metrics: { restarts?: Counter<string>; repairs?: Counter<string> } = {};

  constructor(private readonly o: InventoryOptions) {
    this.ready = new Promise((r) => { this.resolveReady = r; });
    this.keys = o.exportMetadataKeys ?? NO_METADATA;
    this.log = o.logger ?? silentLogger;
    this.opts = {
      pollIntervalMs: o.pollIntervalMs ?? 10_000,
      backoff: o.backoff ?? { minMs: 250, maxMs: 30_000 },
      readyTimeoutMs: o.readyTimeoutMs ?? 60_000,
      lookupTimeoutMs: o.lookupTimeoutMs ?? 60_000,
    };
    if (o.registry) {
      this.metrics.restarts = new Counter({
        name: 'zonelet_inventory_stream_restarts_total',
        help: 'Times the vmadm events stream was restarted after dying or printing an unparsable line.',
        registers: [o.registry],
      });
      this.metrics.repairs = new Counter({
        name: 'zonelet_inventory_reconcile_repairs_total',
        help: 'Zone changes the periodic full reconcile found that the event stream had missed.',
        registers: [o.registry],
      });
    }
  }

  get(uuid: string): Zone | undefined {
    return this.zones.get(uuid);
  }

  all(): Zone[] {
    return [...this.zones.values()];
  }

  subscribe(fn: (c: ZoneChange) => void): () => void {
    this.subscribers.add(fn);
    return () => { this.subscribers.delete(fn); };
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    this.loop = this.runEvents().catch((e) => this.log.error({ err: e }, 'inventory loop failed'));
    const schedule = this.o.reconcileSchedule === undefined ? '*/5 * * * *' : this.o.reconcileSchedule;
    if (schedule !== null) {
      this.cronTask = cron.schedule(schedule, async () => {
        if (!this.baselined || this.stopped) return;
        try {
          await this.reconcile();
        } catch (e) {
          this.log.warn({ err: e }, 'inventory reconcile failed');
        }
      }, { noOverlap: true, name: 'zonelet-inventory-reconcile' });
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.cronTask?.destroy();
    this.wake?.();
    await this.stream?.stop(1000);
    await this.loop;
  }

  /** Full `vmadm lookup -j` against the view; applies and returns the number of repaired zones. */
  async reconcile(): Promise<number> {
    const n = await this.syncFromLookup();
    this.stats.reconciles++;
    this.stats.repairs += n;
    this.metrics.repairs?.inc(n);
    if (n > 0) this.log.warn({ repairs: n }, 'inventory reconcile repaired drift');
    return n;
  }

  /** Resolves with the zone (or undefined if gone) once `pred` holds for it; rejects after timeoutMs. */
  waitFor(uuid: string, pred: (z: Zone | undefined) => boolean, timeoutMs: number): Promise<Zone | undefined> {
    if (pred(this.zones.get(uuid))) return Promise.resolve(this.zones.get(uuid));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => { unsub(); reject(new Error(`zone ${uuid} did not reach the expected state within ${timeoutMs} ms`)); }, timeoutMs);
      const unsub = this.subscribe((c) => {
        const u = c.type === 'delete' ? c.uuid : c.zone.uuid;
        if (u !== uuid) return;
        const z = c.type === 'delete' ? undefined : c.zone;
        if (pred(z)) { clearTimeout(timer); unsub(); resolve(z); }
      });
    });
  }

  private emit(changes: ZoneChange[]): void {
    for (const c of changes) {
      for (const fn of this.subscribers) {
        try {
          fn(c);
        } catch (e) {
          this.log.error({ err: e, change: c.type }, 'inventory subscriber threw');
        }
      }
    }
  }

  private set(uuid: string, zone: Zone | undefined): ZoneChange | undefined {
    const c = zoneChange(uuid, this.zones.get(uuid), zone);
    this.touched.set(uuid, ++this.gen);
    if (zone === undefined) this.zones.delete(uuid); else this.zones.set(uuid, zone);
    return c;
  }

  private applyBaseline(vms: VmObject[]): void {
    const next = new Map(vms.map((vm) => [vm.uuid, toZone(vm, this.keys)] as const));
    if (!this.baselined) {
      this.zones = next;
      this.baselined = true;
      this.resolveReady();
      return;
    }
    const changes = diffZones(this.zones, next);
    for (const c of changes) this.set(c.type === 'delete' ? c.uuid : c.zone.uuid, c.type === 'delete' ? undefined : c.zone);
    if (changes.length) this.log.info({ changes: changes.length }, 'inventory: changes found on stream restart');
    this.emit(changes);
  }

  private applyEvent(ev: Exclude<VmadmEvent, { type: 'ready' }>): void {
    const c = this.set(ev.uuid, ev.type === 'delete' ? undefined : toZone(ev.vm, this.keys));
    if (c) this.emit([c]);
  }

  private async syncFromLookup(): Promise<number> {
    const startGen = this.gen;
    const vms = await this.o.vmadm.lookup({ timeoutMs: this.opts.lookupTimeoutMs });
    if (!this.baselined) {
      this.applyBaseline(vms);
      return 0;
    }
    const seen = new Map(vms.map((vm) => [vm.uuid, toZone(vm, this.keys)] as const));
    const changes: ZoneChange[] = [];
    for (const uuid of new Set([...this.zones.keys(), ...seen.keys()])) {
      if ((this.touched.get(uuid) ?? 0) > startGen) continue; // the stream knows better than this lookup
      const c = this.set(uuid, seen.get(uuid));
      if (c) changes.push(c);
    }
    this.emit(changes);
    return changes.length;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const t = setTimeout(() => { this.wake = undefined; resolve(); }, ms);
      this.wake = () => { clearTimeout(t); this.wake = undefined; resolve(); };
    });
  }

  private async runEvents(): Promise<void> {
    let attempt = 0;
    while (!this.stopped) {
      const stream = this.o.vmadm.events();
      this.stream = stream;
      const startedAt = Date.now();
      let gotReady = false;
      const readyTimer = setTimeout(() => {
        if (!gotReady) {
          this.log.warn({ pid: stream.pid }, 'vmadm events gave no ready line in time; restarting');
          void stream.stop(1000);
        }
      }, this.opts.readyTimeoutMs);
      try {
        for await (const ev of stream.events) {
          if (ev.type === 'ready') {
            if (gotReady) throw new Error('a second ready line on one stream');
            gotReady = true;
            clearTimeout(readyTimer);
            this.applyBaseline(Object.values(ev.vms));
            continue;
          }
          if (!gotReady) throw new Error(`first vmadm events line is "${ev.type}", expected "ready"`);
          this.applyEvent(ev);
        }
        if (!this.stopped) {
          const exit = await stream.exited;
          throw new Error(`vmadm events exited (code ${exit.code}, signal ${exit.signal})${stream.stderr.length ? ': ' + stream.stderr.join(' | ') : ''}`);
        }
      } catch (e) {
        if (e instanceof VmadmError && e.kind === 'unsupported') {
          this.log.info({ message: e.vmadmMessage }, 'vmadm has no events command; polling vmadm lookup -j');
          await stream.stop(1000);
          this.stream = undefined;
          return this.runPolling();
        }
        if (!this.stopped) this.log.warn({ err: e }, 'vmadm events stream failed; restarting');
      } finally {
        clearTimeout(readyTimer);
        await stream.stop(1000);
        this.stream = undefined;
      }
      if (this.stopped) break;
      this.stats.streamRestarts++;
      this.metrics.restarts?.inc();
      if (gotReady && Date.now() - startedAt > STAY_UP_MS) attempt = 0;
      const { minMs, maxMs } = this.opts.backoff;
      await this.sleep(Math.min(maxMs, minMs * 2 ** attempt++));
    }
  }

  private async runPolling(): Promise<void> {
    this.stats.mode = 'polling';
    while (!this.stopped) {
      try {
        await this.syncFromLookup();
      } catch (e) {
        this.log.warn({ err: e }, 'vmadm lookup -j poll failed');
      }
      if (this.stopped) break;
      await this.sleep(this.opts.pollIntervalMs);
    }
  }
}

