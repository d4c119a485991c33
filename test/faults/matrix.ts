/**
 * The fault matrix: one case = set up a fault, drive load, clear the fault, check invariants; each case yields one row
 * of figures for FAULTS.md (report.ts).
 *
 * Theory of operation
 * - A FaultStack is the whole system as an operator runs it: a sim host (synthetic zones), the reference hub behind a
 *   FaultProxy, and the real `zonelet run` (optionally PID 1 of its own namespace, as SMF's contract would kill its
 *   children). Cases run one after another over one stack; a case may restart the agent.
 * - During a case the load is real: `vmadm update alias=...` through the sim (one distinct zone per step, so no change
 *   can be legitimately collapsed into a later one), a hub command (reboot) per case, and /metrics scraped every
 *   250 ms with a 5 s deadline.
 * - Ground truth is outside the agent: the sim's log/changes.jsonl and log/invocations.jsonl, the hub's HTTP API,
 *   and /proc. A change is lost if the hub holds neither a change row with that alias nor that alias as the zone's
 *   current state; a batch is lost if its number is missing from its epoch at the hub and no Gap reported it; an
 *   action ran twice if the sim logged more than one `vmadm reboot <uuid>` for one hub command (each case sends at
 *   most one command per zone).
 */
import { test } from 'node:test';
import { execFile } from 'node:child_process';
import assert from 'node:assert/strict';
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { FaultProxy } from '../helpers/fault-proxy.js';
import {
  REPO, SIM_BIN, agentConfig, descendants, eventually, listProcesses, pidNamespaceOf, processesUnder, sleep, startAgent, startHub, startSimHost,
  type AgentConfigFile, type AgentProcess, type HubProcess, type ProcEntry, type SimHost,
} from '../helpers/stack.js';

export const LONG = process.env.ZONELET_FAULTS_LONG === '1';
/** Bytes a `huge` fault prints: 100 MB in the long form; 10 MB in CI (still beyond any real output). */
export const HUGE_BYTES = LONG ? 100 * 1000 * 1000 : 10 * 1000 * 1000;
/**
 * A scrape slower than this counts as failed: Prometheus's default scrape_timeout, the deadline a real scraper gives
 * the agent. (5 s was too tight on a shared 2-core machine: with two matrices at once, each spawning sim tools every
 * second, every scrape of a case took 2-5 s, so one in fifteen crossed 5 s whatever the fault.)
 */
export const SCRAPE_DEADLINE_MS = 10_000;
/** How long a fault holds while load runs (short form: long enough for a 1 s collection cycle to meet the fault). */
export const HOLD_MS = LONG ? 10_000 : 2_000;
/** Synthetic zones on the sim host: enough that an alias change every 300 ms revisits a zone only every few seconds. */
const ZONES = LONG ? 24 : 16;
/** dtrace scripts the agent runs by default, and one `vmadm events -rj`: the steady set of long-running children. */
const STEADY = { events: 1, dtrace: 5 };
/** Commands the agent runs with a collector's deadline (interval 1 s here: timeout 0.8 s, SIGKILL 0.8 s later). */
const SHORT_DEADLINE = new Set(['kstat', 'zfs', 'zpool', 'sysinfo']);

export interface Row {
  group: string;
  name: string;
  /** how the fault was made, in an operator's words */
  fault: string;
  durationS: number;
  scrapes: number;
  scrapesFailed: number;
  maxScrapeMs: number;
  /** collectors/scripts seen reporting 0 during the case (zonelet_collector_success / zonelet_dtrace_up) */
  staleSeen: string[];
  childrenLeft: number;
  leftDetail: string[];
  zoneChanges: number;
  changesLost: number;
  batches: number;
  batchesLost: number;
  batchesReportedAsGap: number;
  actions: number;
  actionsTwice: number;
  actionsUnfinished: number;
  agentRestarts: number;
  maxRssMiB: number;
  notes: string[];
  pass: boolean;
  failures: string[];
}

export interface StackOptions {
  pidNamespace?: boolean;
  zones?: number;
  /** called with the agent's stateDir before the agent first starts (mount a small filesystem there) */
  prepareStateDir?: (dir: string) => void;
  /** called once the agent has stopped, before its directory is removed (unmount) */
  releaseStateDir?: (dir: string) => void;
}

export class FaultStack {
  host!: SimHost;
  hub!: HubProcess;
  proxy!: FaultProxy;
  cfg!: AgentConfigFile;
  agent!: AgentProcess;
  restarts = 0;
  /** true while the case itself has the agent dead (killed, restarting): scrapes then cannot count against it */
  agentDown = false;
  private aliasN = 0;
  private zoneCursor = 0;
  private rebootCursor = 0;

  constructor(readonly opts: StackOptions = {}) {}

  async start(): Promise<void> {
    this.host = await startSimHost({ zones: this.opts.zones ?? ZONES, synthetic: true, timeScale: 0.005 });
    this.hub = await startHub({ agents: [this.host.serverUuid] });
    this.proxy = new FaultProxy(this.hub.port);
    await this.proxy.listen();
    this.cfg = await agentConfig(this.host, {
      hub: { ...this.hub.agentLink(this.host.serverUuid, `ws://127.0.0.1:${this.proxy.port}/v1/agent`), reconnect: { minSeconds: 0.2, maxSeconds: 1 } },
      // reconcile every 2 s: the inventory's repair path when the event stream is down is part of what is tested
      inventory: { reconcileSchedule: '*/2 * * * * *' },
      collection: { intervalSeconds: 1, collectors: { zfs: { intervalSeconds: 1 }, zpool: { intervalSeconds: 1 }, host_info: { intervalSeconds: 1 } } },
      actions: { allowFromHub: ['start', 'stop', 'reboot'] },
    });
    this.opts.prepareStateDir?.(this.cfg.stateDir);
    await this.startAgent();
    await eventually(async () => (await this.agent.metricValue('zonelet_hub_connected')) === 1, 20_000, 'hub link up');
  }

  async startAgent(): Promise<void> {
    try {
      this.agent = await startAgent(this.cfg, { host: this.host, pidNamespace: this.opts.pidNamespace });
    } catch (err) {
      // an agent that did not come up in time is still running: it must not outlive the test
      for (const p of listProcesses()) if (p.cmdline.includes(this.cfg.file)) try { process.kill(p.pid, 'SIGKILL'); } catch { /* gone */ }
      throw err;
    }
  }

  async stop(): Promise<void> {
    // every step runs even if one before it failed: nothing of the stack may outlive the test
    const steps: Array<() => unknown> = [
      () => this.agent?.stop().catch(() => this.agent.kill()),
      () => this.cfg && listProcesses().filter((p) => p.cmdline.includes(this.cfg.file)).forEach((p) => process.kill(p.pid, 'SIGKILL')),
      () => this.proxy?.close(),
      () => this.hub?.remove(),
      () => this.host?.stop(),
      () => this.cfg && this.opts.releaseStateDir?.(this.cfg.stateDir),
      () => this.cfg?.remove(),
    ];
    for (const step of steps) await Promise.resolve().then(step).catch(() => undefined);
  }

  get running(): string[] { return this.host.zones.filter((u) => this.host.vm(u).state === 'running'); }

  /**
   * One alias change on the next zone in rotation, as an operator would make it; returns what the sim did. Async (not
   * host.tool's spawnSync): a blocked event loop here would show up as slow scrapes of the agent.
   */
  async changeAlias(): Promise<{ uuid: string; alias: string } | null> {
    const uuid = this.host.zones[this.zoneCursor++ % this.host.zones.length];
    const alias = `fm-${++this.aliasN}`;
    const ok = await new Promise<boolean>((res) => {
      execFile(join(SIM_BIN, 'vmadm'), ['update', uuid, `alias=${alias}`], { env: this.host.env, timeout: 30_000 }, (err) => res(!err));
    });
    return ok ? { uuid, alias } : null;
  }

  /**
   * A hub reboot command for a running zone that no command of this case has targeted yet (`issued` since the case
   * began), so that two `vmadm reboot` calls for one zone always mean one command ran twice.
   */
  async issueReboot(): Promise<{ id: string; uuid: string } | null> {
    const taken = new Set(this.issued.slice(this.caseStart));
    const running = this.running.filter((u) => !taken.has(u));
    if (running.length === 0) return null;
    const uuid = running[this.rebootCursor++ % running.length]!;
    this.issued.push(uuid);
    const r = await this.hub.post<{ id: string }>(`/api/zones/${uuid}/actions`, { action: 'reboot' }).catch(() => null);
    return r && r.status === 202 ? { id: r.body.id, uuid } : null;
  }

  /** Zones a reboot was asked for (accepted or not), in order; runCase sets caseStart. */
  readonly issued: string[] = [];
  caseStart = 0;

  /** Live children of the agent by kind, and processes of this sim host that are not the agent's (orphans). */
  children(): { all: ProcEntry[]; orphans: ProcEntry[] } {
    const mine = new Set([this.agent.pid, ...descendants(this.agent.pid).map((p) => p.pid)]);
    const wrapper = this.agent.proc.pid;
    const under = processesUnder(this.host.root).filter((p) => p.pid !== wrapper && p.pid !== this.agent.pid);
    return { all: under.filter((p) => mine.has(p.pid)), orphans: under.filter((p) => !mine.has(p.pid)) };
  }

  /** SIGKILLs the agent's live children of one kind (a stream dying): its restart then meets the fault. */
  killChildren(kind: 'events' | 'dtrace'): number {
    const hits = this.children().all.filter((p) => kindOf(p) === kind);
    for (const p of hits) try { process.kill(p.pid, 'SIGKILL'); } catch { /* gone */ }
    return hits.length;
  }

  /** The agent killed without warning, then started again (the SMF restart). */
  async killAndRestartAgent(): Promise<{ left: number; detail: string[] }> {
    this.agentDown = true;
    // What the agent had running, and its namespace: only those can outlive it. The test's own `vmadm update` load runs
    // under the same sim root at the same time and must not be counted.
    const ns = this.opts.pidNamespace ? pidNamespaceOf(this.agent.pid) : null;
    const had = new Set(descendants(this.agent.pid).map((p) => p.pid));
    await this.agent.kill();
    const outlived = () => processesUnder(this.host.root)
      .filter((p) => had.has(p.pid) || (ns !== null && pidNamespaceOf(p.pid) === ns));
    // with the PID namespace, the kernel has killed every child with the agent
    const left = await eventually(() => (outlived().length === 0 ? [] : null), 3000, "the killed agent's processes to be gone").catch(() => outlived());
    await this.startAgent();
    this.agentDown = false;
    this.restarts++;
    return { left: left.length, detail: left.map((p) => `${kindOf(p)} ${p.cmdline.slice(2, 4).join(' ')}`) };
  }

  async hubSide(): Promise<HubView> {
    const h = this.host.serverUuid;
    const [changes, batches, gaps, zones] = await Promise.all([
      this.hub.get<Array<{ type: string; zone_uuid: string | null; zone?: { alias?: string } }>>(`/api/hosts/${h}/changes?limit=100000`),
      this.hub.get<Array<{ epoch: number; batch: number; time_ms: number }>>(`/api/hosts/${h}/batches`),
      this.hub.get<Array<{ droppedBatches?: number | string; reason?: string }>>(`/api/hosts/${h}/gaps`),
      this.hub.get<Array<{ uuid: string; alias?: string; state?: string }>>(`/api/zones?host=${h}`),
    ]);
    return { changes, batches, gaps, zones };
  }
}

interface HubView {
  changes: Array<{ type: string; zone_uuid: string | null; zone?: { alias?: string } }>;
  batches: Array<{ epoch: number; batch: number; time_ms: number }>;
  gaps: Array<{ droppedBatches?: number | string; reason?: string }>;
  zones: Array<{ uuid: string; alias?: string; state?: string }>;
}

export function kindOf(p: ProcEntry): string {
  const tool = (p.cmdline[1] ?? '').split('/').pop() ?? p.comm;
  if (tool === 'vmadm' && p.cmdline[2] === 'events') return 'events';
  return tool;
}

/** Missing batch numbers, per dictionary epoch, between the first and last batch the hub stored. */
export function batchHoles(batches: HubView['batches']): number {
  const byEpoch = new Map<number, number[]>();
  for (const b of batches) (byEpoch.get(b.epoch) ?? byEpoch.set(b.epoch, []).get(b.epoch)!).push(b.batch);
  let holes = 0;
  for (const ns of byEpoch.values()) {
    const uniq = [...new Set(ns)].sort((a, b) => a - b);
    holes += uniq[uniq.length - 1] - uniq[0] + 1 - uniq.length;
  }
  return holes;
}

const reportedDrops = (g: HubView['gaps']) => g.reduce((a, x) => a + (Number(x.droppedBatches ?? 0) || 0), 0);

function rssMiB(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : 0;
  } catch { return 0; }
}

/** Scrapes /metrics every 250 ms until stopped; counts failures and what reported itself unhealthy. */
function scrapeMonitor(stack: FaultStack) {
  const out = { scrapes: 0, failed: 0, whileDown: 0, maxMs: 0, stale: new Set<string>(), maxRss: 0, errors: [] as string[] };
  let on = true;
  const loop = (async () => {
    while (on) {
      const t0 = Date.now();
      try {
        const r = await fetch(`http://127.0.0.1:${stack.cfg.metricsPort}/metrics`, { signal: AbortSignal.timeout(SCRAPE_DEADLINE_MS) });
        const text = await r.text();
        if (r.status !== 200) throw new Error(`HTTP ${r.status}`);
        for (const m of text.matchAll(/^zonelet_(collector_success\{collector|dtrace_up\{script)="([^"]+)"\} 0$/gm)) out.stale.add(m[2]);
      } catch (err) {
        if (stack.agentDown) out.whileDown++;
        else {
          out.failed++;
          if (out.errors.length < 3) out.errors.push((err as Error).message);
        }
      }
      out.scrapes++;
      out.maxMs = Math.max(out.maxMs, Date.now() - t0);
      out.maxRss = Math.max(out.maxRss, rssMiB(stack.agent.pid));
      await sleep(Math.max(0, 250 - (Date.now() - t0)));
    }
  })();
  return { out, stop: async () => { on = false; await loop; } };
}

export interface FaultCase {
  group: string;
  name: string;
  fault: string;
  /** sets the fault up (the load is already running) */
  setup(stack: FaultStack, ctx: CaseContext): Promise<void>;
  /** how long the fault holds with load running (default HOLD_MS) */
  holdMs?: number;
  /** something to do while the fault holds (e.g. SIGKILL the agent at random moments) */
  during?(stack: FaultStack, ctx: CaseContext): Promise<void>;
  clear(stack: FaultStack, ctx: CaseContext): Promise<void>;
  /** the fault destroys data by design (a corrupted spool): losses are reported, not asserted */
  lossExpected?: boolean;
  /** the fault must show as a stale collector or script (one of these names) */
  expectStale?: string[];
}

export interface CaseContext { notes: string[]; childrenLeft: number; leftDetail: string[] }

/** Runs one case and returns its row; `pass` and `failures` say which invariants held. */
export async function runCase(stack: FaultStack, c: FaultCase): Promise<Row> {
  const t0 = Date.now();
  const ctx: CaseContext = { notes: [], childrenLeft: 0, leftDetail: [] };
  stack.caseStart = stack.issued.length;
  const before = await stack.hubSide();
  const invStart = stack.host.invocations().length;
  const restartsBefore = stack.restarts;
  const mon = scrapeMonitor(stack);
  const changes: Array<{ uuid: string; alias: string }> = [];
  const actions: Array<{ id: string; uuid: string }> = [];
  let loadOn = true;
  const load = (async () => {
    while (loadOn) {
      const ch = await stack.changeAlias();
      if (ch) changes.push(ch);
      await sleep(300);
    }
  })();
  const act = async () => { const a = await stack.issueReboot(); if (a) actions.push(a); };
  const failures: string[] = [];
  try {
    await sleep(300);
    await act();
    await c.setup(stack, ctx);
    const hold = sleep(c.holdMs ?? HOLD_MS);
    await Promise.all([hold, c.during?.(stack, ctx), sleep((c.holdMs ?? HOLD_MS) / 2).then(act)]);
    await c.clear(stack, ctx);
    loadOn = false;
    await load;
    await act();
  } finally {
    loadOn = false;
    await load;
  }

  // --- invariants, once the system has had time to converge ---
  const want = new Map<string, Set<string>>();
  for (const ch of changes) (want.get(ch.uuid) ?? want.set(ch.uuid, new Set()).get(ch.uuid)!).add(ch.alias);
  const lostNow = (v: HubView) => {
    const seen = new Set(v.changes.filter((x) => x.zone_uuid && x.zone?.alias).map((x) => `${x.zone_uuid} ${x.zone!.alias}`));
    const current = new Map(v.zones.map((z) => [z.uuid, z.alias]));
    return changes.filter((ch) => !seen.has(`${ch.uuid} ${ch.alias}`) && current.get(ch.uuid) !== ch.alias);
  };
  const converged = await eventually(async () => {
    const v = await stack.hubSide();
    const aliasesMatch = stack.host.zones.every((u) => v.zones.find((z) => z.uuid === u)?.alias === stack.host.vm(u).alias);
    return lostNow(v).length === 0 && aliasesMatch ? v : null;
  }, 30_000, 'the hub to hold every zone change').catch((err: Error) => { ctx.notes.push(err.message.slice(0, 200)); return null; });
  const after = converged ?? (await stack.hubSide());
  const lost = lostNow(after);
  if (!converged && !c.lossExpected) failures.push(`zone changes lost or hub view not converged: ${lost.length} lost`);

  const finals = await Promise.all(actions.map((a) => eventually(async () => {
    const cmd = await stack.hub.get<{ status: string }>(`/api/commands/${a.id}`);
    return ['ok', 'failed', 'refused', 'expired', 'unknown'].includes(cmd.status) ? cmd.status : null;
  }, 30_000, `command ${a.id}`).catch(() => 'unfinished')));
  const inv = stack.host.invocations().slice(invStart).filter((i) => i.command === 'vmadm' && i.phase === 'start' && i.argv[0] === 'reboot');
  // every zone got at most one command in this case (issueReboot), its own or the case's (cases.ts)
  const targeted = [...new Set(stack.issued.slice(stack.caseStart))];
  const twice = targeted.filter((uuid) => inv.filter((i) => i.argv[1] === uuid).length > 1).length;
  if (twice > 0) failures.push(`${twice} action(s) ran twice`);
  const unfinished = finals.filter((s) => s === 'unfinished').length;
  if (unfinished > 0 && !c.lossExpected) failures.push(`${unfinished} hub command(s) got no final result`);

  // children: orphans, one-shot commands that outlive their timeout, more long-running ones than the steady set
  const a = stack.children();
  await sleep(2500);
  const b = stack.children();
  await mon.stop();
  // one-shot commands whose deadline is shorter than the window: the collectors' reads (0.8 s at a 1 s interval, killed
  // by 1.6 s); vmadm reads may take 30 s and mutating vmadm calls are never killed, so only orphans count for them
  const oneShotA = new Set(a.all.filter((p) => SHORT_DEADLINE.has(kindOf(p))).map((p) => p.pid));
  // A slow machine can hold a killed child (or a just-reparented exit) a few seconds past the window: only what is
  // still there 10 s later was really left behind.
  const suspects = new Set([...b.orphans, ...b.all.filter((p) => oneShotA.has(p.pid))].map((p) => p.pid));
  const extraIn = (x: typeof b) => {
    const count = (k: string) => x.all.filter((p) => kindOf(p) === k).length;
    return Math.max(0, count('events') - STEADY.events) + Math.max(0, count('dtrace') - STEADY.dtrace);
  };
  let c2 = b;
  for (const until = Date.now() + 10_000; (suspects.size > 0 || extraIn(c2) > 0) && Date.now() < until;) {
    await sleep(500);
    c2 = stack.children();
    const alive = new Set([...c2.orphans, ...c2.all].map((p) => p.pid));
    for (const pid of suspects) if (!alive.has(pid)) suspects.delete(pid);
  }
  const lingering = c2.all.filter((p) => suspects.has(p.pid));
  const extra = extraIn(c2);
  const left = [...c2.orphans.filter((p) => suspects.has(p.pid)), ...lingering];
  const childrenLeft = ctx.childrenLeft + left.length + extra;
  const leftDetail = [...ctx.leftDetail, ...left.map((p) => `${kindOf(p)} ${p.cmdline.slice(2, 4).join(' ')}`), ...(extra ? [`${extra} extra long-running`] : [])];
  if (childrenLeft > 0) failures.push(`children left behind: ${leftDetail.join('; ')}`);
  if (mon.out.failed > 0) failures.push(`${mon.out.failed} of ${mon.out.scrapes} scrapes failed (${mon.out.errors.join('; ')})`);
  if (c.expectStale && !c.expectStale.some((n) => mon.out.stale.has(n))) failures.push(`fault not visible: none of ${c.expectStale.join(', ')} reported 0`);

  const holesBefore = batchHoles(before.batches), holesAfter = batchHoles(after.batches);
  const gapDrops = reportedDrops(after.gaps) - reportedDrops(before.gaps);
  const batchesLost = Math.max(0, holesAfter - holesBefore - gapDrops);
  if (batchesLost > 0 && !c.lossExpected) failures.push(`${batchesLost} metric batch(es) lost without a reported gap`);
  if (!listProcesses().some((p) => p.pid === stack.agent.pid)) failures.push('the agent is not running');

  return {
    group: c.group, name: c.name, fault: c.fault, durationS: Math.round((Date.now() - t0) / 100) / 10,
    scrapes: mon.out.scrapes, scrapesFailed: mon.out.failed, maxScrapeMs: mon.out.maxMs, staleSeen: [...mon.out.stale].sort(),
    childrenLeft, leftDetail, zoneChanges: changes.length, changesLost: lost.length,
    batches: after.batches.length - before.batches.length, batchesLost, batchesReportedAsGap: gapDrops,
    actions: actions.length, actionsTwice: twice, actionsUnfinished: unfinished, agentRestarts: stack.restarts - restartsBefore,
    maxRssMiB: mon.out.maxRss, notes: mon.out.whileDown ? [...ctx.notes, `${mon.out.whileDown} scrapes refused while the case had the agent dead`] : ctx.notes, pass: failures.length === 0, failures,
  };
}

/** Flips bytes in the middle of a file (a torn or bit-rotted spool segment). */
export function corruptFile(file: string, at: number, n = 16): void {
  const fd = openSync(file, 'r+');
  try { writeSync(fd, Buffer.alloc(n, 0xa5), 0, n, at); } finally { closeSync(fd); }
}

/** Where each matrix file leaves its rows for report.ts. */
export const RESULTS_DIR = join(REPO, 'test-output', 'faults');

/**
 * Registers one node:test test per matrix file: the stack starts once, each case is a subtest asserting its row's
 * invariants, and the rows go to test-output/faults/<name>.json whatever the outcome.
 */
export function matrixTest(name: string, stackOpts: StackOptions, cases: () => FaultCase[]): void {
  test(`fault matrix: ${name} (${LONG ? 'long' : 'short'} form)`, { timeout: LONG ? 1_800_000 : 240_000 }, async (t) => {
    const stack = new FaultStack(stackOpts);
    const rows: Row[] = [];
    const started = Date.now();
    try {
      await stack.start();
      for (const c of cases()) {
        await t.test(c.name, async () => {
          const row = await runCase(stack, c);
          rows.push(row);
          assert.ok(row.pass, `${c.name}: ${row.failures.join('; ')}`);
        });
      }
    } finally {
      await stack.stop();
      mkdirSync(RESULTS_DIR, { recursive: true });
      writeFileSync(join(RESULTS_DIR, `${name}.json`), `${JSON.stringify({
        name, form: LONG ? 'long' : 'short', hugeBytes: HUGE_BYTES, holdMs: HOLD_MS, cpus: cpus().length,
        startedAt: new Date(started).toISOString(), seconds: Math.round((Date.now() - started) / 1000), rows,
      }, null, 2)}\n`);
    }
  });
}
