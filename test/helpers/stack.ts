/**
 * End-to-end harness: a simulated SmartOS host, the real agent daemon and the reference hub as real processes on
 * loopback, plus /proc helpers to check that nothing outlives what it should.
 *
 *   const host = await startSimHost({ zones: 3 });                  // zonelet-sim init in a temp dir
 *   const hub = await startHub({ agents: [host.serverUuid] });      // node hub/bin/zonelet-hub.js
 *   const cfg = await agentConfig(host, { hub: hub.agentLink(host.serverUuid) });
 *   const agent = await startAgent(cfg);          // node agent/bin/zonelet.js run; resolves on 'zonelet running'
 *   ... finally: await agent.stop(); await hub.remove(); host.stop(); cfg.remove();
 *
 * startProxiedStack() does the first three steps with a FaultProxy between agent and hub.
 *
 * Ground truth comes from outside the agent: the sim's vms/ and log/*.jsonl (host.changes(), host.invocations()),
 * the hub's HTTP API and /proc. Everything needs `npm run build` first (the bins run dist/).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { FaultProxy } from './fault-proxy.js';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));
export const SIM_BIN = join(REPO, 'sim', 'bin');
export const AGENT_BIN = join(REPO, 'agent', 'bin', 'zonelet.js');
/**
 * The node options the SMF manifest runs the agent with (V8's GC settings), so that tests and benches measure the
 * agent as a host runs it. --abort-on-uncaught-exception is left out: a crash in a test should exit, not dump core.
 */
export const AGENT_NODE_OPTIONS: readonly string[] = (() => {
  const manifest = readFileSync(join(REPO, 'packaging', 'smf', 'zonelet.xml'), 'utf8');
  const m = /ctrun [^"]*?@@NODE@@ ((?:--[a-z-]+(?:=\S+)? )*)@@PREFIX@@\/agent\/bin\/zonelet\.js run /.exec(manifest);
  if (!m) throw new Error('packaging/smf/zonelet.xml: no `ctrun ... @@NODE@@ [options] .../zonelet.js run` start method');
  return m[1]!.split(' ').filter((o) => o !== '' && o !== '--abort-on-uncaught-exception');
})();
export const HUB_BIN = join(REPO, 'hub', 'bin', 'zonelet-hub.js');
const SIM_CLI = join(SIM_BIN, 'zonelet-sim.js');
const TOOLS = ['vmadm', 'kstat', 'dtrace', 'sysinfo', 'zfs', 'zpool', 'zoneadm', 'imgadm'] as const;

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** A free TCP port on 127.0.0.1 (bound then released: fine on a test machine, not a security boundary). */
export async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((res, rej) => { srv.once('error', rej); srv.listen(0, '127.0.0.1', () => res()); });
  const { port } = srv.address() as AddressInfo;
  await new Promise<void>((res) => srv.close(() => res()));
  return port;
}

/**
 * Retries `fn` every 50 ms until it returns a truthy value (returned) or `ms` pass; a throw counts as "not yet".
 * On timeout the error names `what` and the last value or error seen.
 */
export type Truthy<T> = Exclude<T, false | null | undefined | 0 | ''>;

export async function eventually<T>(fn: () => T | Promise<T>, ms: number, what: string): Promise<Truthy<T>> {
  const end = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v as Truthy<T>;
      last = v;
    } catch (err) {
      last = err;
    }
    if (Date.now() > end) {
      const detail = last instanceof Error ? last.message : JSON.stringify(last);
      throw new Error(`timed out after ${ms} ms waiting for ${what} (last: ${detail})`);
    }
    await sleep(50);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The simulated host

export interface ChangeRecord { seq: number; time: string; type: 'create' | 'modify' | 'delete'; uuid: string; by: string; vm?: Record<string, unknown>; changes?: Array<{ prettyPath: string; action: string; oldValue?: unknown; newValue?: unknown }> }
export interface InvocationRecord { time: string; pid: number; command: string; argv: string[]; phase: 'start' | 'end'; exitCode?: number }
export interface ToolRun { code: number; stdout: string; stderr: string }

export interface SimHost {
  root: string;
  serverUuid: string;
  hostname: string;
  /** env for anything that runs sim tools: SMARTOS_SIM_ROOT=root */
  env: NodeJS.ProcessEnv;
  /** zone uuids at init, sorted */
  zones: string[];
  vm(uuid: string): Record<string, unknown> & { uuid: string; state: string };
  /** the sim's ground truth: every VM change it made, and every command it served */
  changes(): ChangeRecord[];
  invocations(): InvocationRecord[];
  /** runs sim/bin/<tool> as a separate process (an operator at the shell); never throws on a non-zero exit */
  tool(name: (typeof TOOLS)[number], args: string[]): ToolRun;
  /** `zonelet-sim <sub> --root root ...args` (fault, workload, status) */
  sim(sub: string, args?: string[]): ToolRun;
  /** zonelet-sim stop-all, then removes the directory */
  stop(): void;
}

export interface SimHostOptions { zones: number; noisy?: number; synthetic?: boolean; timeScale?: number; seed?: number }

function runSync(file: string, args: string[], env?: NodeJS.ProcessEnv): ToolRun {
  const r = spawnSync(file, args, { env: env ?? process.env, encoding: 'utf8', timeout: 60_000 });
  if (r.error) throw new Error(`${file} ${args.join(' ')}: ${r.error.message}`);
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function readJsonl<T>(file: string): T[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as T);
}

export async function startSimHost(opts: SimHostOptions): Promise<SimHost> {
  const dir = mkdtempSync(join(tmpdir(), 'zonelet-e2e-sim-'));
  const root = join(dir, 'host');
  const args = ['init', '--root', root, '--zones', String(opts.zones), '--time-scale', String(opts.timeScale ?? 0.01)];
  if (opts.noisy) args.push('--noisy', String(opts.noisy));
  if (opts.synthetic) args.push('--synthetic');
  if (opts.seed !== undefined) args.push('--seed', String(opts.seed));
  const init = runSync(process.execPath, [SIM_CLI, ...args]);
  if (init.code !== 0) throw new Error(`zonelet-sim init failed (${init.code}): ${init.stderr}`);
  const hostJson = JSON.parse(readFileSync(join(root, 'host.json'), 'utf8')) as { serverUuid: string; hostname: string };
  const env = { ...process.env, SMARTOS_SIM_ROOT: root };
  const sim = (sub: string, rest: string[] = []) => runSync(process.execPath, [SIM_CLI, sub, '--root', root, ...rest]);
  let stopped = false;
  return {
    root,
    serverUuid: hostJson.serverUuid,
    hostname: hostJson.hostname,
    env,
    zones: readdirSync(join(root, 'vms')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort(),
    vm: (uuid) => JSON.parse(readFileSync(join(root, 'vms', `${uuid}.json`), 'utf8')),
    changes: () => readJsonl<ChangeRecord>(join(root, 'log', 'changes.jsonl')),
    invocations: () => readJsonl<InvocationRecord>(join(root, 'log', 'invocations.jsonl')),
    tool: (name, toolArgs) => runSync(join(SIM_BIN, name), toolArgs, env),
    sim,
    stop() {
      if (stopped) return;
      stopped = true;
      sim('stop-all');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Agent configuration

/** A raw (pre-validation) agent config, as written to disk. Loosely typed on purpose: tests also write bad ones. */
export type RawConfig = Record<string, any>;

export interface AgentConfigFile {
  file: string;
  /** the sim host this config is for: startAgent sets SMARTOS_SIM_ROOT to it */
  simRoot: string;
  /** a temp dir of its own (config, token files); stateDir lives under it */
  dir: string;
  stateDir: string;
  metricsPort: number;
  /** what was written last */
  json: RawConfig;
  /** the operator bearer token, if the test set metrics.bearerTokenFile: AgentProcess.metrics() sends it by default */
  operatorToken?: string;
  /** deep-merges `overrides` into the current JSON and rewrites the file (then SIGHUP the agent to reload) */
  update(overrides: RawConfig): void;
  /** writes a secret file under dir (mode 0600) and returns its path: for tenant and bearer tokens */
  secret(name: string, value: string): string;
  remove(): void;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Objects merge key by key; arrays and scalars replace; `undefined` deletes the key. */
export function deepMerge(base: RawConfig, over: RawConfig): RawConfig {
  const out: RawConfig = { ...base };
  for (const [k, v] of Object.entries(over)) {
    if (v === undefined) delete out[k];
    else out[k] = isPlainObject(v) && isPlainObject(out[k]) ? deepMerge(out[k], v) : v;
  }
  return out;
}

/**
 * Writes an agent config for `host`: commands pointing at sim/bin, a fresh stateDir, metrics on a free loopback port,
 * short intervals (collection 2 s, DTrace 2 s: kstat gets 80% of the interval, and a loaded 2-core CI box needs
 * more than 0.8 s for a sim kstat; override for faster), log level info. `overrides` deep-merge on top;
 * for a hub link pass `{ hub: hub.agentLink(host.serverUuid) }`.
 */
export async function agentConfig(host: Pick<SimHost, 'root'>, overrides: RawConfig = {}): Promise<AgentConfigFile> {
  const dir = mkdtempSync(join(tmpdir(), 'zonelet-e2e-agent-'));
  const stateDir = join(dir, 'state');
  mkdirSync(stateDir);
  const metricsPort = await freePort();
  const base: RawConfig = {
    commands: Object.fromEntries(TOOLS.map((t) => [t, join(SIM_BIN, t)])),
    stateDir,
    metrics: { listen: `127.0.0.1:${metricsPort}`, tenants: [] },
    collection: { intervalSeconds: 2, collectors: {} },
    dtrace: { enabled: true, intervalSeconds: 2 },
    inventory: { reconcileSchedule: '*/5 * * * *' },
    log: { level: 'info' },
  };
  const cfg: AgentConfigFile = {
    file: join(dir, 'config.json'),
    simRoot: host.root,
    dir,
    stateDir,
    metricsPort,
    json: {},
    update(over) {
      cfg.json = deepMerge(cfg.json, over);
      writeFileSync(cfg.file, `${JSON.stringify(cfg.json, null, 2)}\n`);
    },
    secret(name, value) {
      const p = join(dir, name);
      writeFileSync(p, `${value}\n`, { mode: 0o600 });
      return p;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
  cfg.json = base;
  cfg.update(overrides);
  return cfg;
}

// ---------------------------------------------------------------------------------------------------------------
// Processes: shared plumbing for the hub and the agent

export interface LogLine { msg?: string; level?: number; [k: string]: unknown }

/** A spawned node process whose stdout is JSON log lines. */
class LoggedProcess {
  readonly logs: LogLine[] = [];
  /** stdout lines that were not JSON, and all of stderr */
  readonly otherOutput: string[] = [];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  exitStatus: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  private waiters = new Set<() => void>();

  constructor(readonly child: ChildProcess, readonly what: string) {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      try {
        this.logs.push(JSON.parse(line) as LogLine);
      } catch {
        this.otherOutput.push(line);
      }
      for (const w of this.waiters) w();
    });
    createInterface({ input: child.stderr! }).on('line', (line) => { this.otherOutput.push(line); });
    this.exited = new Promise((res) => child.once('exit', (code, signal) => {
      this.exitStatus = { code, signal };
      for (const w of this.waiters) w();
      res(this.exitStatus);
    }));
  }

  get pid(): number { return this.child.pid!; }

  /** Resolves with the first log line (already seen or future) matching `pred`; rejects on timeout or exit. */
  waitForLog(pred: (l: LogLine) => boolean, ms = 15_000): Promise<LogLine> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const hit = this.logs.find(pred);
        if (hit) { done(); resolve(hit); } else if (this.exitStatus) {
          done();
          reject(new Error(`${this.what} exited (${JSON.stringify(this.exitStatus)}) before the expected log line; output: ${this.tail()}`));
        }
      };
      const timer = setTimeout(() => { done(); reject(new Error(`${this.what}: no matching log line within ${ms} ms; output: ${this.tail()}`)); }, ms);
      const done = () => { clearTimeout(timer); this.waiters.delete(check); };
      this.waiters.add(check);
      check();
    });
  }

  tail(n = 15): string {
    return [...this.logs.slice(-n).map((l) => JSON.stringify(l)), ...this.otherOutput.slice(-n)].join('\n');
  }

}

// ---------------------------------------------------------------------------------------------------------------
// The hub

export interface HubAgentSpec { hostUuid: string; token?: string }

export interface HubOptions {
  /** host uuids (a token is made up for each) or {hostUuid, token} */
  agents: Array<string | HubAgentSpec>;
  pingIntervalSeconds?: number;
  metricsWindowSeconds?: number;
}

export interface HubProcess {
  port: number;
  /** ws://127.0.0.1:port/v1/agent */
  url: string;
  /** http://127.0.0.1:port */
  apiUrl: string;
  dir: string;
  dbFile: string;
  tokens: Map<string, string>;
  proc: LoggedProcess;
  /** the `hub` section of an agent config for this host: {url, tokenFile} (token file written here) */
  agentLink(hostUuid: string, url?: string): { url: string; tokenFile: string };
  get<T = any>(path: string): Promise<T>;
  post<T = any>(path: string, body: unknown): Promise<{ status: number; body: T }>;
  /** SIGTERM and wait; the temp dir stays until remove() (a restart reuses the db) */
  stop(): Promise<void>;
  /** SIGKILL and wait */
  kill(): Promise<void>;
  /** starts the hub again on the same port and database (after stop or kill) */
  restart(): Promise<void>;
  /** stop (if running) and remove the temp dir */
  remove(): Promise<void>;
}

export async function startHub(opts: HubOptions): Promise<HubProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'zonelet-e2e-hub-'));
  const port = await freePort();
  const tokens = new Map<string, string>();
  const agents = opts.agents.map((a, i) => {
    const spec = typeof a === 'string' ? { hostUuid: a } : a;
    const token = spec.token ?? `e2e-agent-token-${i}-${Math.random().toString(36).slice(2)}`;
    tokens.set(spec.hostUuid, token);
    const tokenFile = join(dir, `agent-${i}.token`);
    writeFileSync(tokenFile, `${token}\n`, { mode: 0o600 });
    return { hostUuid: spec.hostUuid, tokenFile };
  });
  const dbFile = join(dir, 'hub.db');
  const configFile = join(dir, 'hub.json');
  writeFileSync(configFile, JSON.stringify({
    listen: `127.0.0.1:${port}`, agents, dbFile,
    pingIntervalSeconds: opts.pingIntervalSeconds ?? 1, metricsWindowSeconds: opts.metricsWindowSeconds ?? 3600,
  }, null, 2));
  const apiUrl = `http://127.0.0.1:${port}`;

  const launch = async (): Promise<LoggedProcess> => {
    const p = new LoggedProcess(spawn(process.execPath, [HUB_BIN, '--config', configFile], { stdio: ['ignore', 'pipe', 'pipe'] }), 'zonelet-hub');
    await p.waitForLog((l) => l.msg === 'zonelet-hub listening');
    return p;
  };
  class Hub implements HubProcess {
    port = port; url = `ws://127.0.0.1:${port}/v1/agent`; apiUrl = apiUrl; dir = dir; dbFile = dbFile; tokens = tokens;
    constructor(public proc: LoggedProcess) {}
    agentLink(hostUuid: string, url = this.url) {
      const token = tokens.get(hostUuid);
      if (!token) throw new Error(`hub has no agent ${hostUuid}`);
      const tokenFile = join(dir, `to-hub-${hostUuid}.token`);
      writeFileSync(tokenFile, `${token}\n`, { mode: 0o600 });
      return { url, tokenFile };
    }
    async get<T>(path: string): Promise<T> {
      const r = await fetch(`${apiUrl}${path}`);
      if (!r.ok) throw new Error(`GET ${path}: HTTP ${r.status} ${await r.text()}`);
      return (await r.json()) as T;
    }
    async post<T>(path: string, body: unknown) {
      const r = await fetch(`${apiUrl}${path}`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
      const text = await r.text();
      let parsed: unknown = text;
      try { parsed = JSON.parse(text); } catch { /* not JSON: keep the text */ }
      return { status: r.status, body: parsed as T };
    }
    async stop() { await stopProc(this.proc, 'SIGTERM'); }
    async kill() { await stopProc(this.proc, 'SIGKILL'); }
    async restart() {
      if (!this.proc.exitStatus) throw new Error('hub restart(): stop() or kill() it first');
      this.proc = await launch();
    }
    async remove() { await this.stop(); rmSync(dir, { recursive: true, force: true }); }
  }
  return new Hub(await launch());
}

async function stopProc(p: LoggedProcess, signal: NodeJS.Signals, ms = 10_000): Promise<void> {
  if (p.exitStatus) return;
  try { process.kill(p.pid, signal); } catch { /* gone */ }
  const r = await Promise.race([p.exited, sleep(ms).then(() => null)]);
  if (!r) {
    try { process.kill(p.pid, 'SIGKILL'); } catch { /* gone */ }
    await p.exited;
    throw new Error(`${p.what} ignored ${signal} for ${ms} ms; killed`);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The agent

export interface AgentOptions {
  env?: NodeJS.ProcessEnv;
  /**
   * Run under `unshare --pid --fork --kill-child`: the agent is PID 1 of a new PID namespace, so when it dies (even by
   * SIGKILL) the kernel kills every process left in the namespace. Models SMF's process contract. Needs root.
   */
  pidNamespace?: boolean;
  /** extra arguments after `run --config FILE` */
  args?: string[];
  /** node's own options after AGENT_NODE_OPTIONS, before the agent's script (profiling: --cpu-prof; A/B runs) */
  nodeArgs?: string[];
}

export interface AgentProcess {
  /** the zonelet process itself (inside the namespace when pidNamespace) */
  pid: number;
  /** the spawned process: unshare when pidNamespace, else the agent */
  proc: LoggedProcess;
  logs: LogLine[];
  config: AgentConfigFile;
  waitForLog(pred: (l: LogLine) => boolean, ms?: number): Promise<LogLine>;
  /** GET http://127.0.0.1:<metricsPort><path> (default /metrics) with a bearer token (default config.operatorToken) */
  metrics(path?: string, token?: string): Promise<{ status: number; text: string }>;
  /** a sample's value from /metrics: `name` plus optional exact labels; undefined when absent */
  metricValue(name: string, labels?: Record<string, string>): Promise<number | undefined>;
  hup(): void;
  /** SIGTERM the agent and wait for it to exit (SIGKILL + throw after ms) */
  stop(ms?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGKILL the agent and wait */
  kill(): Promise<void>;
}

/** Spawns `node agent/bin/zonelet.js run --config FILE` and waits for its 'zonelet running' line. */
export async function startAgent(config: AgentConfigFile, opts: AgentOptions = {}): Promise<AgentProcess> {
  const env = { ...process.env, SMARTOS_SIM_ROOT: config.simRoot, ...opts.env };
  const argv = [...AGENT_NODE_OPTIONS, ...(opts.nodeArgs ?? []), AGENT_BIN, 'run', '--config', config.file, ...(opts.args ?? [])];
  const child = opts.pidNamespace
    ? spawn('unshare', ['--pid', '--fork', '--kill-child', process.execPath, ...argv], { env, stdio: ['ignore', 'pipe', 'pipe'] })
    : spawn(process.execPath, argv, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const proc = new LoggedProcess(child, 'zonelet run');
  let pid = child.pid!;
  try {
    if (opts.pidNamespace) pid = await eventually(() => childrenOf(child.pid!)[0], 5_000, 'the agent under unshare');
    await proc.waitForLog((l) => l.msg === 'zonelet running', 20_000);
  } catch (err) {
    // never leave a half-started agent behind (the caller has no handle on it)
    for (const p of new Set([pid, child.pid!])) { try { process.kill(p, 'SIGKILL'); } catch { /* gone */ } }
    await proc.exited;
    throw err;
  }

  const metrics = async (path = '/metrics', token = config.operatorToken) => {
    const r = await fetch(`http://127.0.0.1:${config.metricsPort}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    return { status: r.status, text: await r.text() };
  };
  const signal = async (sig: NodeJS.Signals, ms: number) => {
    if (proc.exitStatus) return proc.exitStatus;
    try { process.kill(pid, sig); } catch { /* gone */ }
    const r = await Promise.race([proc.exited, sleep(ms).then(() => null)]);
    if (r) return r;
    try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ }
    await proc.exited;
    throw new Error(`agent did not exit within ${ms} ms of ${sig}; killed. Output: ${proc.tail()}`);
  };
  return {
    pid, proc, logs: proc.logs, config,
    waitForLog: (pred, ms) => proc.waitForLog(pred, ms),
    metrics,
    async metricValue(name, labels = {}) {
      const { text } = await metrics();
      return sampleValue(text, name, labels);
    },
    hup: () => process.kill(pid, 'SIGHUP'),
    stop: (ms = 15_000) => signal('SIGTERM', ms),
    async kill() { await signal('SIGKILL', 5_000); },
  };
}

/** The value of the first sample of `name` whose labels include `labels`, from Prometheus text; undefined if none. */
export function sampleValue(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    if (!line.startsWith(name) || line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})?\s+(\S+)/.exec(line);
    if (!m || m[1] !== name) continue;
    const have = new Map([...(m[3] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)].map((x) => [x[1], x[2]]));
    if (Object.entries(labels).every(([k, v]) => have.get(k) === v)) return Number(m[4]);
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// /proc

export interface ProcEntry { pid: number; ppid: number; pgrp: number; state: string; comm: string; cmdline: string[] }

/** Every live (non-zombie) process, from /proc/<pid>/stat and cmdline. */
export function listProcesses(): ProcEntry[] {
  const out: ProcEntry[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const comm = stat.slice(stat.indexOf('(') + 1, close);
      const [state, ppid, pgrp] = stat.slice(close + 2).split(' ');
      if (state === 'Z') continue;
      const cmdline = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').filter(Boolean);
      out.push({ pid: Number(name), ppid: Number(ppid), pgrp: Number(pgrp), state, comm, cmdline });
    } catch {
      // exited while we looked
    }
  }
  return out;
}

export function childrenOf(pid: number): number[] {
  return listProcesses().filter((p) => p.ppid === pid).map((p) => p.pid);
}

/** Live descendants of `pid` (children, grandchildren, ...), not counting pid itself. */
export function descendants(pid: number): ProcEntry[] {
  const all = listProcesses();
  const found: ProcEntry[] = [];
  const frontier = [pid];
  while (frontier.length) {
    const p = frontier.pop()!;
    for (const c of all) if (c.ppid === p) { found.push(c); frontier.push(c.pid); }
  }
  return found;
}

export const countDescendants = (pid: number): number => descendants(pid).length;

/** The PID namespace `pid` lives in (the /proc/<pid>/ns/pid link, e.g. `pid:[4026532301]`); null once it has exited. */
export function pidNamespaceOf(pid: number): string | null {
  try { return readlinkSync(`/proc/${pid}/ns/pid`); } catch { return null; }
}

/**
 * Live processes working for the sim host at `root`: their environment has SMARTOS_SIM_ROOT=root, or their command
 * line names the root. Finds orphans (a `vmadm events` or `dtrace` reparented to init) that descendants() cannot,
 * and also the sim's own zone workload processes: filter on cmdline/comm to tell them apart.
 */
export function processesUnder(root: string): ProcEntry[] {
  const marker = `SMARTOS_SIM_ROOT=${root}`;
  return listProcesses().filter((p) => {
    if (p.pid === process.pid) return false;
    if (p.cmdline.some((a) => a.includes(root))) return true;
    try {
      return readFileSync(`/proc/${p.pid}/environ`, 'utf8').split('\0').includes(marker);
    } catch {
      return false;
    }
  });
}

/** The executable basename and first script argument, for readable assertion messages. */
export function describe(p: ProcEntry): string {
  let exe = p.comm;
  try { exe = readlinkSync(`/proc/${p.pid}/exe`); } catch { /* gone or not ours */ }
  return `${p.pid} ${exe} ${p.cmdline.slice(1, 4).join(' ')}`;
}

// ---------------------------------------------------------------------------------------------------------------
// The usual trio: sim host + hub + an agent config whose hub link goes through a FaultProxy

export interface ProxiedStack {
  host: SimHost;
  hub: HubProcess;
  proxy: FaultProxy;
  cfg: AgentConfigFile;
  /** stops `agent` if given (SIGTERM, else SIGKILL), the proxy, the hub, the sim host, and removes every temp dir */
  stop(agent?: AgentProcess): Promise<void>;
}

/** A sim host, a hub for it, a FaultProxy in front of the hub and an agent config dialing the proxy (not started). */
export async function startProxiedStack(sim: SimHostOptions, overrides: RawConfig = {}): Promise<ProxiedStack> {
  const host = await startSimHost(sim);
  const hub = await startHub({ agents: [host.serverUuid] });
  const proxy = new FaultProxy(hub.port);
  await proxy.listen();
  const cfg = await agentConfig(host, deepMerge({
    hub: { ...hub.agentLink(host.serverUuid, `ws://127.0.0.1:${proxy.port}/v1/agent`), reconnect: { minSeconds: 0.1, maxSeconds: 0.5 } },
  }, overrides));
  return {
    host, hub, proxy, cfg,
    async stop(agent) {
      await agent?.stop().catch(() => agent.kill());
      await proxy.close();
      await hub.remove();
      host.stop();
      cfg.remove();
    },
  };
}
