// Scrape cost side by side in one run: zonelet's /metrics, prometheus-node-exporter's textfile collector serving the
// same exposition, and a static file server serving the same bytes (the floor). Rounds are interleaved (floor,
// zonelet, node_exporter, again), so host load hits all alike; each figure is the median over rounds, with min-max.
//   npm run build && node --import tsx bench/scrape.ts [--zones 1000] [--rounds 5] [--scrapes 40]
// Standalone, the agent is bench/scrape-agent.mjs (collectors only, own process); bench/run.ts calls compareScrape()
// against a real `zonelet run`. Load is generated from a worker thread, so the client shares no event loop.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { freePort, sleep } from '../test/helpers/stack.js';
import { PROMETHEUS_SCRAPE_HEADERS } from '../test/helpers/prometheus-headers.js';
import { readProc } from './lib/procstat.js';
import { fmt, percentile, summarize, type Summary } from './lib/stats.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SIM = join(ROOT, 'sim/bin');
export const NODE_EXPORTER = '/usr/bin/prometheus-node-exporter';

const LOADER = `
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
function one(url, headers) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    http.get(url, { agent, headers }, (res) => {
      let n = 0;
      res.on('data', (c) => (n += c.length));
      res.on('end', () => resolve({ ms: Number(process.hrtime.bigint() - t0) / 1e6, bytes: n, status: res.statusCode }));
    }).on('error', reject);
  });
}
(async () => {
  const out = [];
  for (let i = 0; i < workerData.warmup; i++) await one(workerData.url, workerData.headers);
  for (let i = 0; i < workerData.n; i++) out.push(await one(workerData.url, workerData.headers));
  parentPort.postMessage(out);
})();
`;

interface Sample { ms: number; bytes: number; status: number }
function load(url: string, n: number, headers: Record<string, string> = {}, warmup = 2): Promise<Sample[]> {
  return new Promise((resolve, reject) => {
    const w = new Worker(LOADER, { eval: true, workerData: { url, n, headers, warmup } });
    w.once('message', (m: Sample[]) => { void w.terminate(); resolve(m); });
    w.once('error', reject);
  });
}

export interface ScrapeRow { server: string; bytes: number; non200: number; p50: Summary; p99: Summary; p50VsFloor: Summary; p99VsFloor: Summary }
export interface ScrapeResult {
  series: number;
  expositionBytes: number;
  rounds: number;
  scrapesPerRound: Record<string, number>;
  rows: ScrapeRow[];
  /** agent CPU per plain /metrics scrape (from /proc, when the agent pid is given) */
  agentCpuMsPerScrape?: Summary;
  nodeExporter: boolean;
}

export interface ScrapeOptions {
  /** base URL of the agent's scrape target, e.g. http://127.0.0.1:9170 */
  agentUrl: string;
  agentPid?: number;
  rounds?: number;
  scrapes?: number;
  /** node_exporter re-parses the textfile per scrape: fewer scrapes per round */
  nodeExporterScrapes?: number;
}

/** Runs the three servers side by side against one agent already serving /metrics. */
export async function compareScrape(o: ScrapeOptions): Promise<ScrapeResult> {
  const rounds = o.rounds ?? 5, scrapes = o.scrapes ?? 40, neScrapes = o.nodeExporterScrapes ?? 4;
  const dir = mkdtempSync(join(tmpdir(), 'zonelet-bench-scrape-'));
  const exposition = Buffer.from(await (await fetch(`${o.agentUrl}/metrics`)).arrayBuffer());
  const series = exposition.toString().split('\n').filter((l) => l && !l.startsWith('#')).length;

  // the floor: a static file server (reads the file per request) serving the same bytes
  const file = join(dir, 'same.prom');
  writeFileSync(file, exposition);
  const floor = createServer((_req, res) => {
    void readFile(file).then((b) => res.writeHead(200, { 'Content-Type': 'text/plain; version=0.0.4', 'Content-Length': b.length }).end(b));
  }).listen(0, '127.0.0.1');
  await new Promise((r) => floor.once('listening', r));
  const floorUrl = `http://127.0.0.1:${(floor.address() as { port: number }).port}/`;

  // node_exporter: textfile collector only, same exposition (without the agent's own process metrics, which it adds itself)
  const tf = join(dir, 'textfile');
  mkdirSync(tf);
  writeFileSync(join(tf, 'zonelet.prom'), exposition.toString().split('\n').filter((l) => !/^(# (HELP|TYPE) )?(process_|nodejs_)/.test(l)).join('\n'));
  let ne: ReturnType<typeof spawn> | undefined;
  let neUrl = '';
  try {
    const nePort = await freePort();
    neUrl = `http://127.0.0.1:${nePort}/metrics`;
    ne = spawn(NODE_EXPORTER, ['--collector.disable-defaults', '--collector.textfile', `--collector.textfile.directory=${tf}`, `--web.listen-address=127.0.0.1:${nePort}`], { stdio: 'ignore' });
    ne.on('error', () => { ne = undefined; });
    for (let i = 0; i < 50 && ne; i++) { if (await fetch(neUrl, { method: 'HEAD' }).then(() => true, () => false)) break; await sleep(100); }
  } catch { ne = undefined; }

  const servers: Array<[string, string, number, Record<string, string>]> = [
    ['static file (floor)', floorUrl, scrapes, {}],
    ['zonelet /metrics', `${o.agentUrl}/metrics`, scrapes, {}],
    ['zonelet /metrics gzip', `${o.agentUrl}/metrics`, scrapes, { 'Accept-Encoding': 'gzip' }],
    ['zonelet /metrics as Prometheus asks (OpenMetrics, gzip)', `${o.agentUrl}/metrics`, scrapes, { ...PROMETHEUS_SCRAPE_HEADERS }],
    ...(ne ? [['node_exporter textfile', neUrl, neScrapes, {}] as [string, string, number, Record<string, string>]] : []),
  ];
  const per = new Map<string, { p50: number[]; p99: number[]; r50: number[]; r99: number[]; bytes: number; non200: number }>();
  const cpuPerScrape: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let f50 = NaN, f99 = NaN;
    for (const [name, url, n, headers] of servers) {
      const c0 = o.agentPid && name === 'zonelet /metrics' ? readProc(o.agentPid) : undefined;
      const s = await load(url, n, headers, r === 0 ? 2 : 0);
      if (c0) cpuPerScrape.push((readProc(o.agentPid!)!.selfMs - c0.selfMs) / n);
      const ms = s.map((x) => x.ms);
      const p50 = percentile(ms, 0.5), p99 = percentile(ms, 0.99);
      if (name.startsWith('static')) { f50 = p50; f99 = p99; }
      const e = per.get(name) ?? { p50: [], p99: [], r50: [], r99: [], bytes: s[0]!.bytes, non200: 0 };
      e.p50.push(p50); e.p99.push(p99); e.r50.push(p50 / f50); e.r99.push(p99 / f99);
      e.non200 += s.filter((x) => x.status !== 200).length;
      per.set(name, e);
    }
  }
  ne?.kill('SIGTERM');
  floor.close();
  rmSync(dir, { recursive: true, force: true });
  return {
    series, expositionBytes: exposition.length, rounds, nodeExporter: Boolean(ne),
    scrapesPerRound: Object.fromEntries(servers.map(([n, , k]) => [n, k])),
    rows: [...per].map(([server, e]) => ({ server, bytes: e.bytes, non200: e.non200, p50: summarize(e.p50), p99: summarize(e.p99), p50VsFloor: summarize(e.r50), p99VsFloor: summarize(e.r99) })),
    ...(cpuPerScrape.length ? { agentCpuMsPerScrape: summarize(cpuPerScrape) } : {}),
  };
}

export function scrapeTable(r: ScrapeResult): string {
  const lines = ['| server | p50 ms | p99 ms | bytes | p50 / floor | p99 / floor |', '|---|---|---|---|---|---|'];
  for (const x of r.rows) lines.push(`| ${x.server}${x.non200 ? ` (${x.non200} non-200)` : ''} | ${fmt(x.p50, 2)} | ${fmt(x.p99, 2)} | ${x.bytes} | ${fmt(x.p50VsFloor, 2)} | ${fmt(x.p99VsFloor, 2)} |`);
  return lines.join('\n');
}

interface Cycle { cpu: number; wall: number }

async function main() {
  const { values } = parseArgs({ options: { zones: { type: 'string', default: '1000' }, scrapes: { type: 'string', default: '40' }, rounds: { type: 'string', default: '5' } } });
  const dir = mkdtempSync(join(tmpdir(), 'zonelet-bench-'));
  const root = join(dir, 'host');
  process.env.SMARTOS_SIM_ROOT = root;
  execFileSync(process.execPath, [join(SIM, 'zonelet-sim.js'), 'init', '--root', root, '--zones', values.zones!, '--synthetic', '--seed', '5']);
  // the agent in its own process (compiled code), so RSS and CPU are the agent's alone
  const agent = spawn(process.execPath, [join(ROOT, 'bench/scrape-agent.mjs'), SIM], { stdio: ['ignore', 'pipe', 'inherit'], env: process.env });
  const ready = await new Promise<string>((resolve, reject) => {
    let buf = '';
    agent.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      if (buf.includes('\n')) resolve(buf.split('\n')[0]!);
    });
    agent.once('exit', (code) => reject(new Error(`bench agent exited ${code}`)));
  });
  const info = JSON.parse(ready) as { port: number; zones: number; running: number; cycles: Cycle[]; kstatCycles: Cycle[] };
  const invocations = () => readFileSync(join(root, 'log/invocations.jsonl'), 'utf8').split('\n').filter((l) => l.includes('"start"'));
  const before = invocations().length;
  await sleep(10_500); // one scheduled 10 s cycle
  const spawnsPer10s = invocations().length - before;
  const r = await compareScrape({ agentUrl: `http://127.0.0.1:${info.port}`, agentPid: agent.pid, rounds: Number(values.rounds), scrapes: Number(values.scrapes) });
  const rss = readProc(agent.pid!)!.rssBytes;

  console.log(`\n${info.zones} zones (${info.running} running), ${r.series} series, ${(r.expositionBytes / 1e6).toFixed(2)} MB exposition; median (min-max) over ${r.rounds} rounds\n`);
  console.log(scrapeTable(r));
  if (r.agentCpuMsPerScrape) console.log(`\nagent CPU per /metrics scrape: ${fmt(r.agentCpuMsPerScrape)} ms`);
  console.log('\n| collection cycle | agent CPU ms median | max | wall ms median (incl. children) |');
  console.log('|---|---|---|---|');
  for (const [name, cyc] of [['every 10 s: kstat collectors + zone_info', info.kstatCycles], ['all collectors (zfs, zpool, sysinfo too)', info.cycles]] as const) {
    console.log(`| ${name} | ${summarize(cyc.map((c) => c.cpu)).median.toFixed(1)} | ${Math.max(...cyc.map((c) => c.cpu)).toFixed(1)} | ${summarize(cyc.map((c) => c.wall)).median.toFixed(1)} |`);
  }
  console.log(`\nprocess spawns in one scheduled 10 s cycle: ${spawnsPer10s} (kstat: 1 per cycle at any zone count)`);
  console.log(`agent RSS (/proc, after the scrapes): ${(rss / 1048576).toFixed(1)} MB`);
  console.log('targets: p99 <= 3x floor and < 50 ms; cycle CPU < 100 ms; RSS < 100 MB; spawns independent of zone count');
  agent.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
