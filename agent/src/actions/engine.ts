/**
 * ActionEngine: runs validated lifecycle requests against vmadm, once each, one at a time per zone.
 *
 * Theory of operation
 * - submit() validates first (shape, then zone/brand against the inventory); a bad request gets a `rejected`
 *   result naming the field and nothing else happens: no journal line, no process.
 * - Idempotency by request id: a recorded result (journal) is returned as is; a request with the same id still
 *   queued or running shares the first one's promise. Nothing runs twice.
 * - Each accepted request waits in its zone's queue (ZoneQueue: one per zone, maxConcurrent global slots). Its
 *   `start` record is fsync'd to the journal before vmadm runs; its result is fsync'd before submit() resolves.
 * - vmadm mutating calls are never killed. When an action outlives its kind's timeout we report
 *   `outcome-unknown` ("outcome unknown, reconciling"), give the global slot back, and take whichever comes first
 *   as the final result: vmadm's own exit, or the inventory seeing the zone settle where the action leads
 *   (settle.ts). The zone stays locked until vmadm exits, so no later action overlaps it.
 * - At open(), actions with a start record and no result were in flight when the agent died: they get an
 *   `interrupted` result with the zone's observed state and are not re-run.
 * - A journal that cannot be written (disk full) never stops the engine: an action whose start cannot be recorded
 *   fails with that reason and does not run; a result that cannot be recorded is logged and still returned.
 * - The engine holds the journal lock (journal-lock.ts) from construction to close(): a second engine on the same
 *   stateDir (another process, or this one) fails at construction, naming the holder.
 */
import { EventEmitter } from 'node:events';
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { Exec } from '../platform/exec.js';
import { imageInstalled, Vmadm, VmadmError, type MutationResult } from '../platform/vmadm.js';
import type { ZoneInventory } from '../inventory/inventory.js';
import { silentLogger, type ComponentLogger } from '../inventory/inventory.js';
import { ActionJournal } from './journal.js';
import { JournalLock } from './journal-lock.js';
import { ZoneQueue, type TaskContext } from './queue.js';
import { settledTarget } from './settle.js';
import { ACTION_KINDS, type ActionKind, type ActionProgress, type ActionRequest, type ActionResult, type ProgressPhase } from './types.js';
import { createImage, validateForZone, validateRequest, ValidationError } from './validate.js';

export interface ActionEngineOptions {
  vmadm: Vmadm;
  /** for `imgadm get` before create */
  exec: Exec;
  inventory: Pick<ZoneInventory, 'get' | 'subscribe' | 'ready' | 'waitFor'>;
  stateDir: string;
  maxConcurrent: number;
  /** per action kind; missing kinds use DEFAULT_TIMEOUT_SECONDS */
  timeoutSeconds?: Partial<Record<ActionKind, number>>;
  allowFromHub?: readonly string[];
  /** how long results stay in the journal (default 7 days) */
  resultRetentionSeconds?: number;
  /** after "outcome unknown": how long to wait for vmadm or the zone before giving up with `unknown` (default 1 h) */
  settleTimeoutSeconds?: number;
  imgadmTimeoutSeconds?: number;
  registry?: Registry;
  logger?: ComponentLogger;
}

export interface SubmitOptions { origin?: 'hub' | 'local' }

export type ActionState =
  | ActionResult
  | { id: string; action: ActionKind; uuid: string; status: 'queued' | 'running' | 'reconciling'; startedAt?: string };

export const DEFAULT_TIMEOUT_SECONDS: Record<ActionKind, number> = {
  create: 900, start: 120, stop: 300, reboot: 420, update: 120, delete: 300,
  'create-snapshot': 300, 'rollback-snapshot': 300, 'delete-snapshot': 300,
};

/** After vmadm reports success, wait this long for the inventory to show the end state we report. */
const STATE_CATCHUP_MS = 2_000;
const FINAL: ReadonlySet<ProgressPhase> = new Set(['succeeded', 'failed', 'interrupted', 'rejected', 'unknown']);

export class ActionEngine {
  private readonly emitter = new EventEmitter();
  private readonly queue: ZoneQueue;
  private readonly journal: ActionJournal;
  private readonly lock: JournalLock;
  private readonly pending = new Map<string, Promise<ActionResult>>();
  private readonly live = new Map<string, Exclude<ActionState, ActionResult>>();
  private readonly log: ComponentLogger;
  private readonly opened: Promise<void>;
  private readonly m: { total?: Counter<'action' | 'result'>; duration?: Histogram<'action'>; inFlight?: Gauge };

  constructor(private readonly o: ActionEngineOptions) {
    this.log = o.logger ?? silentLogger;
    this.queue = new ZoneQueue(o.maxConcurrent);
    this.lock = JournalLock.acquire(o.stateDir);
    try {
      this.journal = new ActionJournal(o.stateDir, (o.resultRetentionSeconds ?? 7 * 86_400) * 1000);
    } catch (e) {
      this.lock.release();
      throw e;
    }
    this.emitter.setMaxListeners(0);
    this.m = {};
    if (o.registry) {
      const registers = [o.registry];
      this.m.total = new Counter({ name: 'zonelet_actions_total', help: 'Actions finished, by action and result.', labelNames: ['action', 'result'], registers });
      this.m.duration = new Histogram({
        name: 'zonelet_action_duration_seconds', help: 'Time from start to final result of an action.', labelNames: ['action'],
        buckets: [0.1, 0.5, 1, 5, 10, 30, 60, 120, 300, 600, 1800], registers,
      });
      this.m.inFlight = new Gauge({ name: 'zonelet_actions_in_flight', help: 'vmadm calls of actions currently running.', registers });
    }
    this.opened = this.recoverInterrupted();
  }

  /** Resolves once actions left in flight by a previous agent have been reported as interrupted. */
  open(): Promise<void> {
    return this.opened;
  }

  close(): void {
    this.journal.close();
    this.lock.release();
  }

  /** Progress of every action; returns an unsubscribe function. */
  subscribe(fn: (p: ActionProgress) => void): () => void {
    this.emitter.on('progress', fn);
    return () => { this.emitter.off('progress', fn); };
  }

  get(id: string): ActionState | undefined {
    return this.live.get(id) ?? this.journal.result(id);
  }

  /** Every result the journal still holds (finished and interrupted). */
  results(): ActionResult[] {
    return this.journal.results();
  }

  /** Validates and runs a request; resolves with its final result (never rejects for a bad request). */
  submit(raw: unknown, opts: SubmitOptions = {}): Promise<ActionResult> {
    let req: ActionRequest;
    try {
      req = validateRequest(raw);
    } catch (e) {
      return Promise.resolve(this.reject(raw, e));
    }
    const recorded = this.journal.result(req.id);
    if (recorded) return Promise.resolve(recorded);
    const same = this.pending.get(req.id);
    if (same) return same;
    if (opts.origin === 'hub' && !(this.o.allowFromHub ?? []).includes(req.action))
      return Promise.resolve(this.reject(raw, new ValidationError('action', `"${req.action}" is not in actions.allowFromHub on this host`)));
    const p = this.admit(req);
    this.pending.set(req.id, p);
    void p.finally(() => this.pending.delete(req.id));
    return p;
  }

  private async admit(req: ActionRequest): Promise<ActionResult> {
    await this.opened;
    await this.o.inventory.ready;
    try {
      validateForZone(req, this.o.inventory.get(req.uuid));
    } catch (e) {
      return this.reject(req, e);
    }
    this.live.set(req.id, { id: req.id, action: req.action, uuid: req.uuid, status: 'queued' });
    this.progress(req, 'queued');
    let deliver!: (r: ActionResult) => void;
    const result = new Promise<ActionResult>((r) => { deliver = r; });
    this.queue
      .run(req.uuid, (ctx) => this.execute(req, ctx, deliver))
      .catch((e) => deliver(this.finish(req, 'failed', `internal error: ${(e as Error).message}`)));
    return result;
  }

  private reject(raw: unknown, e: unknown): ActionResult {
    if (!(e instanceof ValidationError)) throw e;
    const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const short = (v: unknown) => (typeof v === 'string' ? v.slice(0, 128) : '');
    const action = (ACTION_KINDS as readonly string[]).includes(r.action as string) ? (r.action as string) : 'invalid';
    const result: ActionResult = {
      id: short(r.id), action, uuid: short(r.uuid), status: 'rejected', message: e.message, field: e.field,
      finishedAt: new Date().toISOString(),
    };
    this.m.total?.inc({ action, result: 'rejected' });
    this.emit({ id: result.id, action, uuid: result.uuid, phase: 'rejected', message: e.message });
    return result;
  }

  /** The queue task: holds the zone until vmadm exits; hands the result to `deliver` as soon as it is known. */
  private async execute(req: ActionRequest, ctx: TaskContext, deliver: (r: ActionResult) => void): Promise<void> {
    if (req.deadline !== undefined && Date.now() > req.deadline) {
      deliver(this.finish(req, 'failed', `deadline ${new Date(req.deadline).toISOString()} passed before the action could start; not run`));
      return;
    }
    const before = this.o.inventory.get(req.uuid);
    try {
      validateForZone(req, before); // the zone may have changed while this request waited
    } catch (e) {
      deliver(this.finish(req, 'failed', (e as Error).message));
      return;
    }
    if (req.action === 'create') {
      const image = createImage(req.payload);
      try {
        const img = await imageInstalled(this.o.exec, image, (this.o.imgadmTimeoutSeconds ?? 30) * 1000);
        if (!img.installed) {
          deliver(this.finish(req, 'failed', `image ${image} is not installed on this host (imgadm get: ${img.message}); import it with imgadm first`));
          return;
        }
      } catch (e) {
        deliver(this.finish(req, 'failed', `could not check image ${image}: ${(e as Error).message}`));
        return;
      }
    }

    const startedAt = new Date().toISOString();
    try {
      this.journal.recordStart(req, startedAt);
    } catch (e) {
      // no vmadm call without a start record: a crash could not tell this action from one never run
      this.log.error({ id: req.id, action: req.action, uuid: req.uuid, err: (e as Error).message }, 'action not run: its start cannot be journalled');
      deliver(this.finish(req, 'failed', `not run: the action journal cannot record its start (${(e as Error).message})`));
      return;
    }
    this.live.set(req.id, { id: req.id, action: req.action, uuid: req.uuid, status: 'running', startedAt });
    this.progress(req, 'running');
    this.m.inFlight?.inc();
    let lastState = before?.state;
    const unwatch = this.o.inventory.subscribe((c) => {
      const uuid = c.type === 'delete' ? c.uuid : c.zone.uuid;
      if (uuid !== req.uuid) return;
      const state = c.type === 'delete' ? 'absent' : c.zone.state;
      if (state !== lastState) {
        lastState = state;
        this.progress(req, 'zone-state', { state });
      }
    });

    const call = this.call(req).then(
      (ok) => ({ ok: true as const, message: ok.message }),
      (err) => ({ ok: false as const, message: err instanceof VmadmError ? err.vmadmMessage || err.message : (err as Error).message }),
    );
    const timeoutMs = (this.o.timeoutSeconds?.[req.action] ?? DEFAULT_TIMEOUT_SECONDS[req.action]) * 1000;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'timeout'>((r) => { timer = setTimeout(() => r('timeout'), timeoutMs); });
    const target = settledTarget(req, before);
    try {
      const first = await Promise.race([call, timedOut]);
      clearTimeout(timer);
      if (first !== 'timeout') {
        deliver(await this.fromVmadm(req, startedAt, first, target));
        return;
      }
      const msg = `outcome unknown, reconciling: vmadm ${req.action} still running after ${timeoutMs / 1000} s (not killed: that can wedge a zone)`;
      this.live.set(req.id, { id: req.id, action: req.action, uuid: req.uuid, status: 'reconciling', startedAt });
      this.progress(req, 'outcome-unknown', { message: msg });
      ctx.releaseSlot();
      const settleMs = (this.o.settleTimeoutSeconds ?? 3600) * 1000;
      const observed = target
        ? this.o.inventory.waitFor(req.uuid, (z) => target(z) !== undefined, settleMs).then(
            (z) => ({ observed: true as const, zone: z }),
            () => 'gave-up' as const,
          )
        : new Promise<'gave-up'>((r) => setTimeout(() => r('gave-up'), settleMs).unref());
      const outcome = await Promise.race([call, observed]);
      if (outcome === 'gave-up') {
        deliver(this.finish(req, 'unknown', `vmadm did not finish and the zone did not settle within ${settleMs / 1000} s`, startedAt));
      } else if ('observed' in outcome) {
        const verdict = target!(outcome.zone)!;
        const state = outcome.zone?.state ?? 'absent';
        deliver(this.finish(req, verdict, `vmadm still running; the inventory saw the zone settle in state "${state}"`, startedAt, true));
      } else {
        deliver(await this.fromVmadm(req, startedAt, outcome, target));
      }
      const late = await call; // the zone stays ours until vmadm exits
      this.log.info({ id: req.id, ok: late.ok, message: late.message }, 'vmadm exited after the action outcome was reported');
    } finally {
      clearTimeout(timer);
      unwatch();
      this.m.inFlight?.dec();
    }
  }

  private async fromVmadm(req: ActionRequest, startedAt: string, r: { ok: boolean; message: string }, target: ReturnType<typeof settledTarget>): Promise<ActionResult> {
    if (r.ok && target) {
      // vmadm has returned; give the event stream a moment so the state we report is the one vmadm left.
      await this.o.inventory.waitFor(req.uuid, (z) => target(z) !== undefined, STATE_CATCHUP_MS).catch(() => undefined);
    }
    return this.finish(req, r.ok ? 'succeeded' : 'failed', r.message, startedAt);
  }

  private call(req: ActionRequest): Promise<MutationResult> {
    const { vmadm } = this.o;
    const p = req.payload;
    switch (req.action) {
      case 'start': return vmadm.start(req.uuid);
      case 'stop': return vmadm.stop(req.uuid, { force: p.force === true, ...(p.timeout === undefined ? {} : { timeoutSeconds: p.timeout as number }) });
      case 'reboot': return vmadm.reboot(req.uuid, { force: p.force === true });
      case 'delete': return vmadm.delete(req.uuid);
      case 'update': return vmadm.update(req.uuid, p);
      case 'create': return vmadm.create({ ...p, uuid: req.uuid });
      case 'create-snapshot': return vmadm.createSnapshot(req.uuid, p.name as string);
      case 'rollback-snapshot': return vmadm.rollbackSnapshot(req.uuid, p.name as string);
      case 'delete-snapshot': return vmadm.deleteSnapshot(req.uuid, p.name as string);
    }
  }

  /** Records the result (fsync'd), updates metrics and emits the final progress event. */
  private finish(req: ActionRequest, status: ActionResult['status'], message: string, startedAt?: string, observed = false): ActionResult {
    const zone = this.o.inventory.get(req.uuid);
    const result: ActionResult = {
      id: req.id, action: req.action, uuid: req.uuid, status, message, state: zone?.state ?? 'absent',
      finishedAt: new Date().toISOString(),
    };
    if (startedAt) result.startedAt = startedAt;
    if (observed) result.observed = true;
    try {
      this.journal.recordEnd(result);
    } catch (e) {
      // still answered from memory while this process lives; after a restart it reads as interrupted
      this.log.error({ id: req.id, action: req.action, err: (e as Error).message }, 'action result not journalled');
    }
    this.live.delete(req.id);
    this.m.total?.inc({ action: req.action, result: status });
    if (startedAt) this.m.duration?.observe({ action: req.action }, (Date.parse(result.finishedAt) - Date.parse(startedAt)) / 1000);
    this.progress(req, status, { message, state: result.state });
    return result;
  }

  private async recoverInterrupted(): Promise<void> {
    const stale = this.journal.inFlight();
    if (stale.length === 0) return;
    await this.o.inventory.ready;
    for (const { request, startedAt } of stale) {
      const state = this.o.inventory.get(request.uuid)?.state ?? 'absent';
      this.log.warn({ id: request.id, action: request.action, uuid: request.uuid, state }, 'action was in flight when the agent stopped');
      this.finish(request, 'interrupted', `the agent stopped while this action was running; it was not re-run; the zone is now "${state}"`, startedAt);
    }
  }

  private progress(req: ActionRequest, phase: ProgressPhase, extra: { state?: string; message?: string } = {}): void {
    this.emit({ id: req.id, action: req.action, uuid: req.uuid, phase, ...extra });
  }

  private emit(p: Omit<ActionProgress, 'time'>): void {
    const ev: ActionProgress = { ...p, time: new Date().toISOString() };
    if (FINAL.has(p.phase)) this.log.info({ ...ev }, 'action finished');
    this.emitter.emit('progress', ev);
  }
}

