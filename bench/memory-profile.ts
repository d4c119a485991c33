/**
 * Where the agent's memory and CPU go at N zones, for finding the cause of a missed cost target (the tables in
 * BENCHMARKS.md say how much; this says where). A synthetic sim host, the hub and a real `zonelet run` agent (every
 * collector and DTrace script on, 10 s interval); every 5 s the agent's RSS from /proc next to the V8 heap figures of
 * its own /v1/gz/metrics; then optionally, through the agent's inspector or V8's own flags: --heap-snapshot (what is
 * live, by constructor, the largest strings and what holds the largest), --allocations (what each function allocated over 30 s, garbage
 * included), --promoted (the same for only what outlived the young generation: the old-space garbage that major GCs
 * mark and sweep), --cpu (a 60 s CPU profile of the steady state), --deopts (what V8 optimized and deoptimized over
 * 60 s; with --node-options=--trace-gc also major GCs and GC pause time by kind), --cpu-prof DIR (V8's whole-run
 * profile, startup included). --no-hub / --no-dtrace switch parts off;
 * --node-options (after the SMF manifest's own) and --env try V8 or malloc settings.
 *   npm run build && node --import tsx bench/memory-profile.ts [--zones 1000] [--wait 60] [--heap-snapshot]
 *     [--allocations | --promoted] [--cpu] [--deopts] [--cpu-prof DIR] [--no-hub] [--no-dtrace]
 *     [--node-options '--max-semi-space-size=2'] [--env MALLOC_ARENA_MAX=2]
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { WebSocket } from 'ws';
import { agentConfig, eventually, sleep, startAgent, startHub, startSimHost } from '../test/helpers/stack.js';

const { values: args } = parseArgs({
  options: {
    zones: { type: 'string', default: '1000' }, wait: { type: 'string', default: '60' }, 'heap-snapshot': { type: 'boolean', default: false },
    'node-options': { type: 'string', default: '' }, env: { type: 'string', multiple: true, default: [] },
    'cpu-prof': { type: 'string' }, allocations: { type: 'boolean', default: false }, cpu: { type: 'boolean', default: false },
    'no-hub': { type: 'boolean', default: false }, 'no-dtrace': { type: 'boolean', default: false },
    promoted: { type: 'boolean', default: false }, deopts: { type: 'boolean', default: false },
  },
});
const MB = 1048576;
const INSPECT_PORT = 9339;

interface SamplingNode { callFrame: { functionName: string; url: string; lineNumber: number }; selfSize: number; children: SamplingNode[] }

interface CpuNode { id: number; callFrame: SamplingNode['callFrame']; children?: number[] }

/** A session on the agent's inspector (started with --inspect): `call` sends one protocol command. */
async function inspector(): Promise<{ call: (method: string, params?: object) => Promise<any>; close: () => void }> {
  const [target] = (await (await fetch(`http://127.0.0.1:${INSPECT_PORT}/json/list`)).json()) as Array<{ webSocketDebuggerUrl: string }>;
  const ws = new WebSocket(target!.webSocketDebuggerUrl);
  await new Promise((r, j) => { ws.once('open', r); ws.once('error', j); });
  let next = 1;
  const pending = new Map<number, (v: unknown) => void>();
  ws.on('message', (m) => { const d = JSON.parse(String(m)) as { id?: number; result?: unknown }; if (d.id) pending.get(d.id)?.(d.result); });
  const call = (method: string, params: object = {}) => new Promise<any>((r) => { const id = next++; pending.set(id, r); ws.send(JSON.stringify({ id, method, params })); });
  return { call, close: () => ws.close() };
}

const frameKey = (f: SamplingNode['callFrame']) => `${f.functionName || '(anonymous)'} ${f.url.split('/').slice(-2).join('/')}:${f.lineNumber + 1}`;
const top = (m: Map<string, number>, n: number, fmt: (v: number) => string) =>
  [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${fmt(v)}  ${k.slice(0, 110)}`);

/**
 * Every allocation over `seconds`, garbage included, by allocating function (V8's sampling heap profiler, with the
 * objects later collected by minor and major GCs kept in the profile).
 */
async function allocationsOver(seconds: number, promotedOnly: boolean): Promise<string[]> {
  const { call, close } = await inspector();
  await call('HeapProfiler.enable');
  await call('HeapProfiler.startSampling', { samplingInterval: 16384, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: !promotedOnly });
  await sleep(seconds * 1000);
  const { profile } = (await call('HeapProfiler.stopSampling')) as { profile: { head: SamplingNode } };
  close();
  const self = new Map<string, number>();
  const incl = new Map<string, number>();
  const walk = (n: SamplingNode, stack: string[]): number => {
    const key = frameKey(n.callFrame);
    self.set(key, (self.get(key) ?? 0) + n.selfSize);
    let total = n.selfSize;
    for (const c of n.children) total += walk(c, [...stack, key]);
    if (!stack.includes(key)) incl.set(key, (incl.get(key) ?? 0) + total);
    return total;
  };
  const all = walk(profile.head, []);
  const fmt = (v: number) => `${(v / MB / seconds * 10).toFixed(1).padStart(8)} MB/10s`;
  return [`allocated ${(all / MB / seconds * 10).toFixed(0)} MB per 10 s${promotedOnly ? ' that outlived the young generation (old-space garbage and live data)' : ''}`, '-- by allocating function', ...top(self, 25, fmt), '-- inclusive', ...top(incl, 40, fmt)];
}

/** Where the agent's CPU goes over `seconds` of steady state (V8's CPU profiler), by function, self and inclusive. */
async function cpuOver(seconds: number): Promise<string[]> {
  const { call, close } = await inspector();
  await call('Profiler.enable');
  await call('Profiler.setSamplingInterval', { interval: 500 });
  await call('Profiler.start');
  await sleep(seconds * 1000);
  const { profile } = (await call('Profiler.stop')) as { profile: { nodes: CpuNode[]; samples: number[]; timeDeltas: number[] } };
  close();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>(), incl = new Map<string, number>();
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    const leaf = frameKey(byId.get(id)!.callFrame);
    if (leaf.startsWith('(idle)')) return;
    busy += us;
    self.set(leaf, (self.get(leaf) ?? 0) + us);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const k = frameKey(byId.get(at)!.callFrame);
      if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) ?? 0) + us); }
    }
  });
  const fmt = (us: number) => `${(us / 1000 / seconds * 10).toFixed(0).padStart(6)} ms/10s`;
  return [`busy ${fmt(busy)} (main thread, sampled)`, '-- self', ...top(self, 25, fmt), '-- inclusive', ...top(incl, 45, fmt)];
}

/**
 * What V8's optimizing compiler did over `seconds` of steady state, from the agent's --trace-opt/--trace-deopt
 * output: functions optimized (again) and why optimized code was thrown away. In a steady state both should be near
 * zero; a function optimized every cycle costs compile-thread CPU and runs unoptimized in between.
 */
async function deoptsOver(output: string[], seconds: number): Promise<string[]> {
  const from = output.length;
  await sleep(seconds * 1000);
  const lines = output.slice(from);
  const compileMs = new Map<string, number>(), dropped = new Map<string, number>(), gcWhy = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string, by = 1) => m.set(k, (m.get(k) ?? 0) + by);
  // `<JSFunction name <file> (sfi = ...)>`: name and file are each optional (--trace-file-names)
  const fn = (name: string | undefined, file: string | undefined) => `${name || '(anonymous)'} ${file ? file.split('/').slice(-2).join('/') : ''}`;
  let compiles = 0, majorGcs = 0;
  // GC pause time on the main thread by kind, from --trace-gc lines: "<kind> a (b) -> c (d) MB, <pause> / <external> ms
  // (+ <incremental> ms in N steps ...": a major GC's incremental marking steps count too
  const gcMs = new Map<string, number>();
  for (const l of lines) {
    const g = /: (Scavenge|Mark-Compact|Mark-Compact \(reduce\)|Minor Mark-Compact)\b.*? MB, ([\d.]+) \/ [\d.]+ ms(?: \(\+ ([\d.]+) ms in)?/.exec(l);
    if (g) bump(gcMs, g[1]!, Number(g[2]) + Number(g[3] ?? 0));
    if (/Mark-Compact/.test(l)) { majorGcs++; bump(gcWhy, l.replace(/^.*\d ms\)? ?/, '').slice(0, 100)); continue; } // --node-options --trace-gc
    let m = /^\[completed compiling \S+ <JSFunction ([^ <>(]*) ?(?:<([^>]*)> )?\(sfi.*took ([\d.]+), ([\d.]+), ([\d.]+) ms/.exec(l);
    if (m) { compiles++; bump(compileMs, fn(m[1], m[2]), Number(m[3]) + Number(m[4]) + Number(m[5])); continue; }
    m = /^\[marking dependent code .*?<SharedFunctionInfo ([^>]*)>.*reason: ([^\]]+)\]/.exec(l);
    if (m) { bump(dropped, `${m[1] || '(anonymous)'}: ${m[2]}`); continue; }
    m = /^\[bailout \(kind: [^,]+, reason: ([^)]+)\).*?<JSFunction ([^ <>(]*) ?(?:<([^>]*)> )?\(sfi/.exec(l);
    if (m) bump(dropped, `${fn(m[2], m[3])}: ${m[1]}`);
  }
  const total = (m: Map<string, number>) => [...m.values()].reduce((x, y) => x + y, 0);
  return [`${compiles} optimizing compiles (${total(compileMs).toFixed(0)} ms of compile work) and ${total(dropped)} deoptimizations in ${seconds} s of steady state${majorGcs ? ` (${majorGcs} major GCs)` : ''}`,
    '-- compile ms by function', ...top(compileMs, 15, (v) => v.toFixed(1).padStart(7)), '-- deoptimized', ...top(dropped, 15, (v) => String(v).padStart(5)),
    ...(majorGcs ? ['-- major GCs by reason', ...top(gcWhy, 8, (v) => String(v).padStart(5))] : []),
    ...(gcMs.size ? ['-- GC pause ms on the main thread, by kind', ...top(gcMs, 5, (v) => v.toFixed(0).padStart(7))] : [])];
}

const rssOf = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) * 1024;

interface Snap {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] } };
  nodes: number[]; edges: number[]; strings: string[];
}

/**
 * What keeps node `target` (an index into s.nodes) alive: its first strong retainer, then that one's, up to `depth`
 * steps, as "type name --edge-->" lines.
 */
function retainers(s: Snap, target: number, depth = 10): string[] {
  const m = s.snapshot.meta, n = m.node_fields.length, e = m.edge_fields.length;
  const ti = m.node_fields.indexOf('type'), ni = m.node_fields.indexOf('name'), ci = m.node_fields.indexOf('edge_count');
  const et = m.edge_fields.indexOf('type'), en = m.edge_fields.indexOf('name_or_index'), eto = m.edge_fields.indexOf('to_node');
  const nodeTypes = m.node_types[0], edgeTypes = m.edge_types[0];
  // reverse edges: for every node, one strong retainer (the first found) and the edge's name
  const by = new Map<number, [number, string]>();
  for (let node = 0, edge = 0; node < s.nodes.length; node += n) {
    for (let k = 0; k < s.nodes[node + ci]!; k++, edge += e) {
      const type = edgeTypes[s.edges[edge + et]!]!;
      const to = s.edges[edge + eto]!;
      if (type === 'weak' || type === 'shortcut' || by.has(to)) continue;
      const name = type === 'element' || type === 'hidden' ? `[${s.edges[edge + en]}]` : s.strings[s.edges[edge + en]!]!;
      by.set(to, [node, `${type} ${name}`]);
    }
  }
  const out: string[] = [];
  const seen = new Set<number>();
  for (let at = target, i = 0; i < depth && !seen.has(at); i++) {
    seen.add(at);
    const r = by.get(at);
    if (!r) break;
    const [from, edge] = r;
    out.push(`  <- ${edge.slice(0, 60)} of ${nodeTypes[s.nodes[from + ti]!]} ${String(s.strings[s.nodes[from + ni]!]).slice(0, 60)}`);
    at = from;
  }
  return out;
}

/** Self sizes summed by node type and name (constructor or string kind), largest first. */
function summarise(file: string): string[] {
  const s = JSON.parse(readFileSync(file, 'utf8')) as Snap;
  const f = s.snapshot.meta.node_fields, types = s.snapshot.meta.node_types[0];
  const n = f.length, ti = f.indexOf('type'), ni = f.indexOf('name'), si = f.indexOf('self_size');
  const by = new Map<string, { size: number; count: number }>();
  for (let i = 0; i < s.nodes.length; i += n) {
    const type = types[s.nodes[i + ti]!]!;
    const key = type === 'object' || type === 'closure' ? `${type} ${s.strings[s.nodes[i + ni]!]}` : type;
    const e = by.get(key) ?? { size: 0, count: 0 };
    e.size += s.nodes[i + si]!; e.count++;
    by.set(key, e);
  }
  const strings: Array<[number, string, number]> = [];
  for (let i = 0; i < s.nodes.length; i += n) {
    if (types[s.nodes[i + ti]!] === 'string') strings.push([s.nodes[i + si]!, s.strings[s.nodes[i + ni]!]!, i]);
  }
  strings.sort((a, b) => b[0] - a[0]);
  return [...[...by].sort((a, b) => b[1].size - a[1].size).slice(0, 30)
    .map(([k, v]) => `${(v.size / MB).toFixed(1).padStart(7)} MB ${String(v.count).padStart(9)}  ${k.slice(0, 90)}`),
  '-- largest strings', ...strings.slice(0, 12).map(([size, text]) => `${(size / 1024).toFixed(0).padStart(7)} KB  ${JSON.stringify(text.slice(0, 80))}`),
  '-- what holds the largest', ...retainers(s, strings[0]![2])];
}

const zones = Number(args.zones);
const cwd = mkdtempSync(join(tmpdir(), 'zonelet-heap-'));
const host = await startSimHost({ zones, synthetic: true });
const hub = await startHub({ agents: [host.serverUuid] });
// the production interval (the test harness's default is 2 s)
const cfg = await agentConfig(host, {
  collection: { intervalSeconds: 10 },
  dtrace: { enabled: !args['no-dtrace'], intervalSeconds: 10 },
  ...(args['no-hub'] ? {} : { hub: hub.agentLink(host.serverUuid) }),
});
const extraEnv = Object.fromEntries(args.env.map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]));
const agent = await startAgent(cfg, {
  env: { ...extraEnv, NODE_OPTIONS: `--heapsnapshot-signal=SIGUSR2 --diagnostic-dir=${cwd}` },
  // after the manifest's own options (startAgent), so these override them
  nodeArgs: [
    ...args['node-options'].split(' ').filter(Boolean),
    ...(args['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${args['cpu-prof']}`] : []),
    ...(args.deopts ? ['--trace-opt', '--trace-deopt', '--trace-file-names'] : []),
    ...(args.allocations || args.promoted || args.cpu ? [`--inspect=127.0.0.1:${INSPECT_PORT}`] : []),
  ],
});
const heapFigure = (text: string, name: string) => Number(new RegExp(`^${name} (\\S+)`, 'm').exec(text)?.[1] ?? NaN) / MB;
try {
  // only /v1/gz/metrics is asked for until the profiles are taken: a scraper of /metrics that comes back (a poll
  // loop) would have the agent build that 12 MB body ahead after every cycle for the next 30 s, inside the profiles
  if (!args['no-hub']) await eventually(async () => /^zonelet_hub_connected 1$/m.test((await agent.metrics('/v1/gz/metrics')).text), 60_000, 'the hub link');
  const rows: string[] = [];
  for (let t = 0; t < Number(args.wait); t += 5) {
    await sleep(5000);
    const gz = (await agent.metrics('/v1/gz/metrics')).text;
    rows.push(`  t=${String(t + 5).padStart(3)}s RSS ${(rssOf(agent.pid) / MB).toFixed(0).padStart(4)}  heap total ${heapFigure(gz, 'nodejs_heap_size_total_bytes').toFixed(0).padStart(4)}`
      + `  used ${heapFigure(gz, 'nodejs_heap_size_used_bytes').toFixed(0).padStart(4)}  external ${heapFigure(gz, 'nodejs_external_memory_bytes').toFixed(0).padStart(4)} MB`);
  }
  console.log(rows.join('\n'));
  const gz = (await agent.metrics('/v1/gz/metrics')).text;
  console.log(`zones ${zones}: RSS ${(rssOf(agent.pid) / MB).toFixed(0)} MB`);
  for (const l of gz.split('\n')) {
    if (/^(nodejs_heap_space_size_used_bytes|nodejs_heap_size_(used|total)_bytes|nodejs_external_memory_bytes|process_resident_memory_bytes)/.test(l)) {
      const [k, v] = l.split(' ');
      console.log(`  ${k!.padEnd(70)} ${(Number(v) / MB).toFixed(1)} MB`);
    }
  }
  if (args.deopts) console.log((await deoptsOver(agent.proc.otherOutput, 60)).join('\n'));
  if (args.allocations || args.promoted) console.log((await allocationsOver(30, args.promoted)).join('\n'));
  if (args.cpu) console.log((await cpuOver(60)).join('\n'));
  if (args['heap-snapshot']) {
    process.kill(agent.pid, 'SIGUSR2');
    const file = await eventually(() => readdirSync(cwd).find((f) => f.endsWith('.heapsnapshot')), 120_000, 'the heap snapshot');
    await sleep(5000);
    console.log(summarise(join(cwd, file)).join('\n'));
  }
  const full = (await agent.metrics()).text;
  console.log(`/metrics ${(full.length / MB).toFixed(1)} MB, ${full.split('\n').filter((l) => l && !l.startsWith('#')).length} series`);
} finally {
  await agent.stop(60_000).catch(async (err: Error) => { console.error(`agent stop: ${err.message.slice(0, 300)}`); await agent.kill(); });
  await hub.remove();
  host.stop();
  cfg.remove();
  rmSync(cwd, { recursive: true, force: true }); // heap snapshots are hundreds of MB
}
