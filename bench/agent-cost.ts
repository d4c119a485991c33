/**
 * What zonelet costs a host, against the zone count: a synthetic sim host, the reference hub as a real process, and a
 * real `zonelet run` agent with every collector and DTrace script on and the hub link up.
 *
 * Theory of operation: every figure comes from outside the agent. CPU is read from /proc/<pid>/stat once per
 * collection interval, so each interval (one kstat cycle, one DTrace interval, one hub batch) is one run:
 *   - agent CPU = the agent's own utime+stime;
 *   - sim CPU = the simulated host's tools the agent runs: short-lived ones (kstat, zfs, ...) arrive in the agent's
 *     cutime+cstime when reaped, long-lived ones (dtrace x5, vmadm events) are read live. A real host's kstat and
 *     DTrace cost differ, so these are labelled sim-measured and never added to the agent's figure;
 *   - spawns per cycle from the sim's own log/invocations.jsonl; RSS from /proc; event-loop delay p99 from the
 *     agent's nodejs_eventloop_lag_p99_seconds (prom-client resets its histogram on each read, so one read before and
 *     one after the window give the p99 over the window);
 *   - hub wire bytes through a counting TCP proxy between agent and hub; keyframe vs delta batch sizes from the hub's
 *     own frames table.
 * With `scrapeEverySeconds`, a second window of as many intervals follows with a scraper that asks for /metrics as
 * Prometheus does (OpenMetrics, gzip) every N seconds: the agent's cost when scraped, and each scrape's latency.
 * With `churnSeconds`, zones are then created and deleted continuously through sim/bin/vmadm while RSS is sampled
 * (flat or not: start, end, least-squares slope), and each create/delete is timed from the sim's change log to the
 * hub's event stream (zone change to hub latency).
 *   npm run build && node --import tsx bench/agent-cost.ts [--zones 1000] [--interval 10] [--cycles 6] [--scrape-every 15]
 *     [--churn 300]
 */
import { execFile } from 'node:child_process';
import { closeSync, openSync, readSync, statSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import Database from 'better-sqlite3';
import { expositionSamples } from '../test/helpers/exposition-samples.js';
import {
  agentConfig, eventually, sampleValue, sleep, startAgent, startHub, startSimHost, SIM_BIN,
  type AgentProcess, type HubProcess, type SimHost,
} from '../test/helpers/stack.js';
import { PROMETHEUS_SCRAPE_HEADERS } from '../test/helpers/prometheus-headers.js';
import { ByteProxy } from './lib/byte-proxy.js';
import { readProc, readTree, TICK_MS, treeDelta } from './lib/procstat.js';
import { fmt, percentile, slope, summarize, type Summary } from './lib/stats.js';

const run = promisify(execFile);
const MB = 1048576;

export interface CostOptions {
  zones: number;
  intervalSeconds: number;
  /** measured intervals */
  cycles: number;
  /** intervals to let pass after the agent is up and linked, before measuring */
  warmupCycles?: number;
  /** extra work on the same stack once the cost window is measured (scrape comparison, kstat text, ...) */
  extra?: (s: CostStack) => Promise<void>;
  churnSeconds?: number;
  /** then as many intervals again with a Prometheus-like scraper of /metrics every N seconds */
  scrapeEverySeconds?: number;
  /** node/V8 options for the agent process (A/B runs of runtime settings) */
  nodeArgs?: string[];
  log?: (msg: string) => void;
}

export interface CostStack { host: SimHost; hub: HubProcess; agent: AgentProcess; metricsUrl: string }

export interface HubBytes {
  /** agent -> hub bytes on the wire per interval, per zone (WebSocket frames over TCP: deltas, pings, status) */
  wirePerZone: Summary;
  /** the hub's stored batches: median delta and keyframe payload sizes, per zone */
  deltaBatchPerZone: number;
  keyframeBatchPerZone: number;
  /** a full JSON snapshot of the same series and the zone list, per zone (what an agent without the protocol sends) */
  jsonSnapshotPerZone: number;
  /** (29 deltas + 1 keyframe) / 30, against the JSON snapshot */
  amortizedVsJson: number;
  wireVsJson: number;
  series: number;
}

export interface ChurnResult {
  seconds: number;
  creates: number;
  deletes: number;
  rssStartMB: number;
  rssEndMB: number;
  rssMaxMB: number;
  rssSlopeMBPerMin: number;
  /** median RSS of the first and of the last third of the samples: robust to the GC sawtooth */
  rssFirstThirdMB: number;
  rssLastThirdMB: number;
  rssSamples: Array<[number, number]>;
  /** zone change (sim change log time) to the hub's event stream */
  latencyMs: { n: number; p50: number; p99: number; max: number };
  agentCpuPctOfCore: number;
}

export interface CostResult {
  zones: number;
  running: number;
  intervalSeconds: number;
  cycles: number;
  agentCpuMsPerCycle: Summary;
  /** agent CPU per cycle as % of one core at a 10 s interval */
  agentCpuPctAt10s: Summary;
  simCpuMsPerCycle: Summary;
  simCpuPctAt10s: Summary;
  hubCpuMsPerCycle: Summary;
  /** median of one RSS sample per measured interval (a single sample swings with the GC's phase) */
  rssWarmMB: number;
  rssCyclesMB: Summary;
  spawnsPerCycle: Summary;
  spawnsByCommand: Record<string, number>;
  eventLoopP99Ms: number;
  /** the longest single event-loop delay in the window: one long block is 1 sample among thousands in the p99 */
  eventLoopMaxMs: number;
  exposition: { series: number; bytes: number };
  hubBytes?: HubBytes;
  /** the same number of intervals with /metrics scraped as Prometheus scrapes it */
  scraped?: ScrapedWindow;
  churn?: ChurnResult;
  collectorErrors: string[];
  /** hub link closes the agent logged during the whole run (reconnects re-send a snapshot and the dictionary) */
  hubLinkDrops: { closed: number; peerSilent: number };
}

export interface ScrapedWindow {
  everySeconds: number;
  agentCpuMsPerCycle: Summary;
  agentCpuPctAt10s: Summary;
  rssWarmMB: number;
  /** each scrape's time to the last byte, as the scraper saw it, for the scrapes within the window */
  scrapeMs: { n: number; p50: number; p99: number; max: number; non200: number };
}

/** Lines appended to a file since `offset` */
function tail(file: string, offset: number): { lines: string[]; offset: number } {
  const size = statSync(file).size;
  if (size <= offset) return { lines: [], offset };
  const fd = openSync(file, 'r');
  const buf = Buffer.alloc(size - offset);
  readSync(fd, buf, 0, buf.length, offset);
  closeSync(fd);
  const text = buf.toString('utf8');
  const end = text.lastIndexOf('\n') + 1;
  return { lines: text.slice(0, end).split('\n').filter(Boolean), offset: offset + Buffer.byteLength(text.slice(0, end)) };
}

async function gzMetrics(url: string): Promise<string> {
  return (await fetch(`${url}/v1/gz/metrics`)).text();
}

/** Hub events (server-sent) of type zone, with their arrival time */
function watchHub(apiUrl: string): { events: Array<{ zone: string; change: string; t: number }>; close(): void } {
  const events: Array<{ zone: string; change: string; t: number }> = [];
  let buf = '';
  const req = get(`${apiUrl}/api/events`, (res) => {
    res.setEncoding('utf8');
    res.on('data', (d: string) => {
      const t = Date.now();
      buf += d;
      let i;
      while ((i = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, i);
        buf = buf.slice(i + 1);
        if (!line.startsWith('data: ')) continue;
        const e = JSON.parse(line.slice(6)) as { type: string; zone?: string; data?: { change?: string } };
        if (e.type === 'zone' && e.zone && e.data?.change) events.push({ zone: e.zone, change: e.data.change, t });
      }
    });
  });
  req.on('error', () => {});
  return { events, close: () => req.destroy() };
}

async function hubBytes(s: CostStack, wireUpPerCycle: number[], zones: number): Promise<HubBytes> {
  const db = new Database(s.hub.dbFile, { readonly: true, fileMustExist: true });
  const rows = db.prepare('SELECT keyframe, length(data) AS n FROM frames WHERE host_uuid = ? ORDER BY id').all(s.host.serverUuid) as Array<{ keyframe: number; n: number }>;
  db.close();
  const delta = summarize(rows.filter((r) => !r.keyframe).map((r) => r.n)).median;
  const key = summarize(rows.filter((r) => r.keyframe).map((r) => r.n)).median;
  // the series a batch carries: what /metrics shows, less the agent's own (zonelet_, process_, nodejs_)
  const text = await (await fetch(`${s.metricsUrl}/metrics`)).text();
  const samples = expositionSamples(text).filter((x) => !/^(zonelet_|process_|nodejs_)/.test(x.name));
  const vms = JSON.parse((await run(join(SIM_BIN, 'vmadm'), ['lookup', '-j'], { env: s.host.env, maxBuffer: 1 << 30 })).stdout) as unknown[];
  const json = JSON.stringify({ time: Date.now(), zones: vms, samples: samples.map((x) => ({ ...x, value: String(x.value) })) });
  const jsonPerZone = Buffer.byteLength(json) / zones;
  const amortized = ((29 * delta + key) / 30) / zones;
  const wire = summarize(wireUpPerCycle.map((b) => b / zones));
  return {
    wirePerZone: wire, deltaBatchPerZone: delta / zones, keyframeBatchPerZone: key / zones, jsonSnapshotPerZone: jsonPerZone,
    amortizedVsJson: amortized / jsonPerZone, wireVsJson: wire.median / jsonPerZone, series: samples.length,
  };
}

async function churn(s: CostStack, seconds: number, log: (m: string) => void): Promise<ChurnResult> {
  const hubEvents = watchHub(s.hub.apiUrl);
  const images = JSON.parse((await run(join(SIM_BIN, 'imgadm'), ['list', '-j'], { env: s.host.env })).stdout) as Array<{ manifest: { uuid: string; type: string } }>;
  const image = images.find((i) => i.manifest.type === 'zone-dataset')?.manifest.uuid;
  if (!image) throw new Error('churn: the sim host has no zone-dataset image to create zones from');
  const payload = join(s.host.root, 'churn-payload.json');
  const created: string[] = [];
  const mine = new Set<string>();
  let creates = 0, deletes = 0;
  const rss: Array<[number, number]> = [];
  const t0 = Date.now();
  const cpu0 = readProc(s.agent.pid)!.selfMs;
  const sample = () => rss.push([(Date.now() - t0) / 60_000, readProc(s.agent.pid)!.rssBytes / MB]);
  sample();
  const timer = setInterval(sample, 10_000);
  const vmadm = join(SIM_BIN, 'vmadm');
  try {
    while (Date.now() - t0 < seconds * 1000) {
      writeFileSync(payload, JSON.stringify({ brand: 'joyent', image_uuid: image, alias: `churn-${creates}`, max_physical_memory: 256, quota: 10 }));
      const r = await run(vmadm, ['create', '-f', payload], { env: s.host.env });
      const uuid = /Successfully created VM ([0-9a-f-]{36})/.exec(r.stderr)?.[1];
      if (!uuid) throw new Error(`churn: vmadm create printed no uuid: ${r.stderr}`);
      created.push(uuid); mine.add(uuid); creates++;
      if (created.length > 3) { await run(vmadm, ['delete', created.shift()!], { env: s.host.env }); deletes++; }
      await sleep(500);
    }
    for (const u of created) { await run(vmadm, ['delete', u], { env: s.host.env }); deletes++; }
    await sleep(2000); // the last events reach the hub
  } finally {
    clearInterval(timer);
    hubEvents.close();
  }
  sample();
  const cpuMs = readProc(s.agent.pid)!.selfMs - cpu0;
  // sim ground truth: the first create and the delete record of each churned zone
  const simTime = new Map<string, number>();
  for (const c of s.host.changes()) {
    if (!mine.has(c.uuid) || c.type === 'modify') continue;
    const k = `${c.uuid}/${c.type}`;
    if (!simTime.has(k)) simTime.set(k, Date.parse(c.time));
  }
  const seen = new Map<string, number>();
  for (const e of hubEvents.events) { const k = `${e.zone}/${e.change}`; if (!seen.has(k)) seen.set(k, e.t); }
  const lat = [...simTime].filter(([k]) => seen.has(k)).map(([k, t]) => seen.get(k)! - t);
  const missing = simTime.size - lat.length;
  if (missing) log(`churn: ${missing} of ${simTime.size} zone changes never reached the hub's event stream`);
  const rssMB = rss.map(([, m]) => m);
  const third = Math.max(1, Math.floor(rssMB.length / 3));
  return {
    rssFirstThirdMB: summarize(rssMB.slice(0, third)).median, rssLastThirdMB: summarize(rssMB.slice(-third)).median,
    seconds, creates, deletes, rssSamples: rss,
    rssStartMB: rssMB[0]!, rssEndMB: rssMB.at(-1)!, rssMaxMB: Math.max(...rssMB), rssSlopeMBPerMin: slope(rss),
    latencyMs: { n: lat.length, p50: percentile(lat, 0.5), p99: percentile(lat, 0.99), max: Math.max(...lat) },
    agentCpuPctOfCore: (cpuMs / (Date.now() - t0)) * 100,
  };
}

/** GETs `url` with Prometheus's scrape headers every `everyMs`, timing each to its last byte. */
function prometheusLikeScraper(url: string, everyMs: number): { readonly ms: number[]; readonly non200: number; stop(): Promise<void> } {
  const out = { ms: [] as number[], non200: 0 };
  let inFlight: Promise<void>;
  const once = () => new Promise<void>((resolve) => {
    const t = performance.now();
    const req = get(url, { headers: PROMETHEUS_SCRAPE_HEADERS }, (res) => {
      res.resume();
      res.on('end', () => { out.ms.push(performance.now() - t); if (res.statusCode !== 200) out.non200++; resolve(); });
    });
    req.on('error', () => { out.non200++; resolve(); });
  });
  inFlight = once();
  const timer = setInterval(() => { inFlight = once(); }, everyMs);
  return { ms: out.ms, get non200() { return out.non200; }, stop: async () => { clearInterval(timer); await inFlight; } };
}

/** One zone count: builds the stack, warms up, measures `cycles` intervals, then optional extras and churn. */
export async function measureCost(o: CostOptions): Promise<CostResult> {
  const log = o.log ?? ((m: string) => console.error(m));
  const tStart = Date.now();
  const since = () => `${((Date.now() - tStart) / 1000).toFixed(0)} s`;
  const host = await startSimHost({ zones: o.zones, synthetic: true, seed: 5, timeScale: 0.01 });
  let hub: HubProcess | undefined, agent: AgentProcess | undefined, proxy: ByteProxy | undefined;
  try {
    hub = await startHub({ agents: [host.serverUuid], pingIntervalSeconds: 5 });
    proxy = new ByteProxy(hub.port);
    const proxyPort = await proxy.listen();
    const cfg = await agentConfig(host, {
      hub: hub.agentLink(host.serverUuid, `ws://127.0.0.1:${proxyPort}/v1/agent`),
      collection: { intervalSeconds: o.intervalSeconds },
      dtrace: { enabled: true, intervalSeconds: o.intervalSeconds },
    });
    log(`  ${o.zones} zones: sim host and hub up after ${since()}`);
    agent = await startAgent(cfg, o.nodeArgs ? { nodeArgs: o.nodeArgs } : {});
    const metricsUrl = `http://127.0.0.1:${cfg.metricsPort}`;
    const stack: CostStack = { host, hub, agent, metricsUrl };
    await eventually(async () => sampleValue(await gzMetrics(metricsUrl), 'zonelet_hub_connected') === 1, 60_000, 'the hub link');
    log(`  ${o.zones} zones: agent up and linked after ${since()}`);
    const I = o.intervalSeconds * 1000;
    await sleep(I * (o.warmupCycles ?? 2));

    const invFile = join(host.root, 'log', 'invocations.jsonl');
    const hubPid = hub.proc.pid;
    /** `cycles` intervals: per interval the agent's and the sim's CPU, the hub's, RSS, spawns and hub wire bytes */
    const measureWindow = async (cycles: number) => {
      let inv = tail(invFile, 0).offset;
      let tree = readTree(agent!.pid);
      let hubMs = readProc(hubPid)!.selfMs;
      let up = proxy!.upBytes;
      const w = { rssMB: [] as number[], agentMs: [] as number[], simMs: [] as number[], hubCpu: [] as number[], spawns: [] as number[], wire: [] as number[], byCommand: {} as Record<string, number> };
      for (let c = 0; c < cycles; c++) {
        await sleep(I);
        const t = readTree(agent!.pid);
        const d = treeDelta(tree, t);
        w.agentMs.push(d.agentMs); w.simMs.push(d.simMs);
        w.rssMB.push(readProc(agent!.pid)!.rssBytes / MB);
        const h = readProc(hubPid)!.selfMs;
        w.hubCpu.push(h - hubMs);
        const got = tail(invFile, inv);
        const starts = got.lines.map((l) => JSON.parse(l) as { command: string; phase: string }).filter((r) => r.phase === 'start');
        w.spawns.push(starts.length);
        for (const r of starts) w.byCommand[r.command] = (w.byCommand[r.command] ?? 0) + 1 / cycles;
        w.wire.push(proxy!.upBytes - up);
        tree = t; hubMs = h; inv = got.offset; up = proxy!.upBytes;
      }
      return w;
    };
    await gzMetrics(metricsUrl); // resets the event-loop delay histogram
    log(`  ${o.zones} zones: measuring ${o.cycles} intervals of ${o.intervalSeconds} s`);
    const { rssMB, agentMs, simMs, hubCpu, spawns, wire, byCommand } = await measureWindow(o.cycles);
    const gz = await gzMetrics(metricsUrl);
    const rssCyclesMB = summarize(rssMB);
    const text = await (await fetch(`${metricsUrl}/metrics`)).text();
    const series = text.split('\n').filter((l) => l && !l.startsWith('#')).length;
    const pct = (ms: number[]) => summarize(ms.map((m) => m / 100)); // ms per cycle -> % of one core at 10 s
    // one line per collector and kind of error (numbers stripped), so the report stays readable
    const collectorErrors = agent.logs.filter((l) => l.msg === 'collector failed').map((l) => `${String(l.collector)}: ${String(l.err).replace(/-?\d+/g, 'N')}`);
    const result: CostResult = {
      zones: o.zones, running: host.zones.filter((u) => host.vm(u).state === 'running').length,
      intervalSeconds: o.intervalSeconds, cycles: o.cycles,
      agentCpuMsPerCycle: summarize(agentMs), agentCpuPctAt10s: pct(agentMs),
      simCpuMsPerCycle: summarize(simMs), simCpuPctAt10s: pct(simMs), hubCpuMsPerCycle: summarize(hubCpu),
      rssWarmMB: rssCyclesMB.median, rssCyclesMB, spawnsPerCycle: summarize(spawns), spawnsByCommand: byCommand,
      eventLoopP99Ms: (sampleValue(gz, 'nodejs_eventloop_lag_p99_seconds') ?? NaN) * 1000,
      eventLoopMaxMs: (sampleValue(gz, 'nodejs_eventloop_lag_max_seconds') ?? NaN) * 1000,
      exposition: { series, bytes: Buffer.byteLength(text) },
      collectorErrors: [...new Set(collectorErrors)],
      hubLinkDrops: { closed: 0, peerSilent: 0 },
    };
    if (o.scrapeEverySeconds) {
      log(`  ${o.zones} zones: ${o.cycles} intervals more, /metrics scraped as Prometheus does every ${o.scrapeEverySeconds} s`);
      const scraper = prometheusLikeScraper(`${metricsUrl}/metrics`, o.scrapeEverySeconds * 1000);
      // a scraper's first two scrapes tell the agent which body it asks for and how often; the window starts after
      await sleep(Math.max(I, o.scrapeEverySeconds * 1000 + 1000));
      const first = scraper.ms.length;
      const w = await measureWindow(o.cycles);
      await scraper.stop();
      const ms = scraper.ms.slice(first);
      result.scraped = {
        everySeconds: o.scrapeEverySeconds, agentCpuMsPerCycle: summarize(w.agentMs), agentCpuPctAt10s: pct(w.agentMs),
        rssWarmMB: summarize(w.rssMB).median,
        scrapeMs: { n: ms.length, p50: percentile(ms, 0.5), p99: percentile(ms, 0.99), max: Math.max(...ms), non200: scraper.non200 },
      };
    }
    if (o.extra || o.churnSeconds) result.hubBytes = await hubBytes(stack, wire, o.zones);
    if (o.extra) await o.extra(stack);
    if (o.churnSeconds) {
      log(`  ${o.zones} zones: churning zones for ${o.churnSeconds} s`);
      result.churn = await churn(stack, o.churnSeconds, log);
    }
    result.hubLinkDrops = {
      closed: agent.logs.filter((l) => l.msg === 'hub: link closed').length,
      peerSilent: agent.logs.filter((l) => l.msg === 'hub: peer silent; terminating link').length,
    };
    log(`  ${o.zones} zones: done after ${since()}`);
    return result;
  } finally {
    await agent?.stop().catch(() => agent?.kill());
    log(`  agent stopped ${since()}`);
    await proxy?.close();
    await hub?.remove();
    log(`  hub stopped ${since()}`);
    agent?.config.remove();
    host.stop();
    log(`  host stopped ${since()}`);
  }
}

export function costTable(rs: CostResult[]): string {
  const lines = [
    '| zones (running) | interval s | cycles | agent CPU ms/cycle | agent % of one core at 10 s | sim CPU ms/cycle (sim-measured) | hub CPU ms/cycle | RSS MB after warm-up | spawns/cycle (mean) | event-loop delay p99 / max ms | series | exposition MB |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of rs) {
    lines.push(`| ${r.zones} (${r.running}) | ${r.intervalSeconds} | ${r.cycles} | ${fmt(r.agentCpuMsPerCycle, 0)} | ${fmt(r.agentCpuPctAt10s, 2)} | ${fmt(r.simCpuMsPerCycle, 0)} | ${fmt(r.hubCpuMsPerCycle, 0)} | ${r.rssWarmMB.toFixed(0)} | ${Object.values(r.spawnsByCommand).reduce((a, b) => a + b, 0).toFixed(2)} | ${r.eventLoopP99Ms.toFixed(0)} / ${r.eventLoopMaxMs.toFixed(0)} | ${r.exposition.series} | ${(r.exposition.bytes / 1e6).toFixed(1)} |`);
  }
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { zones: { type: 'string', default: '1000' }, interval: { type: 'string', default: '10' }, cycles: { type: 'string', default: '6' }, churn: { type: 'string', default: '0' }, 'scrape-every': { type: 'string', default: '0' }, 'node-options': { type: 'string', default: '' } } });
  const nodeArgs = values['node-options'].split(' ').filter(Boolean);
  const r = await measureCost({ zones: Number(values.zones), intervalSeconds: Number(values.interval), cycles: Number(values.cycles), churnSeconds: Number(values.churn) || undefined, scrapeEverySeconds: Number(values['scrape-every']) || undefined, nodeArgs });
  console.log(costTable([r]));
  console.log(`RSS per interval MB: median ${r.rssCyclesMB.median.toFixed(0)} (${r.rssCyclesMB.min.toFixed(0)}-${r.rssCyclesMB.max.toFixed(0)})`);
  console.log(`CPU resolution ${TICK_MS} ms; spawns by command per cycle: ${JSON.stringify(r.spawnsByCommand)}`);
  if (r.scraped) console.log(`scraped as Prometheus does every ${r.scraped.everySeconds} s: agent ${fmt(r.scraped.agentCpuPctAt10s, 2)} % of one core, RSS ${r.scraped.rssWarmMB.toFixed(0)} MB; scrape ms ${JSON.stringify(r.scraped.scrapeMs)}`);
  if (r.hubBytes) console.log(`hub: ${JSON.stringify(r.hubBytes)}`);
  if (r.churn) console.log(`churn: ${JSON.stringify({ ...r.churn, rssSamples: undefined })}`);
  if (r.collectorErrors.length) console.log(`collector errors: ${r.collectorErrors.join('; ')}`);
}
