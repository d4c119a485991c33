// Scrape cost at 1000 zones, side by side in one run: zonelet's metrics server, prometheus-node-exporter's textfile
// collector serving the same exposition, and a static file server serving the same bytes (the floor).
//   npm run build && node --import tsx bench/scrape.ts [--zones 1000] [--scrapes 200]
// Load is generated from a worker thread, so the client does not share the agent's event loop.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';

const { values } = parseArgs({ options: { zones: { type: 'string', default: '1000' }, scrapes: { type: 'string', default: '200' } } });
const ZONES = Number(values.zones);
const SCRAPES = Number(values.scrapes);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SIM = join(ROOT, 'sim/bin');

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
interface Cycle { cpu: number; wall: number }
function load(url: string, n: number, headers: Record<string, string> = {}): Promise<Sample[]> {
  return new Promise((resolve, reject) => {
    const w = new Worker(LOADER, { eval: true, workerData: { url, n, headers, warmup: 5 } });
    w.once('message', (m: Sample[]) => { void w.terminate(); resolve(m); });
    w.once('error', reject);
  });
}
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'zonelet-bench-'));
  const root = join(dir, 'host');
  process.env.SMARTOS_SIM_ROOT = root;
  execFileSync(process.execPath, [join(SIM, 'zonelet-sim.js'), 'init', '--root', root, '--zones', String(ZONES), '--synthetic', '--seed', '5']);
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
  const port = info.port;
  const invocations = () => readFileSync(join(root, 'log/invocations.jsonl'), 'utf8').split('\n').filter((l) => l.includes('"start"'));
  const before = invocations().length;
  await new Promise((r) => setTimeout(r, 10_500)); // one scheduled 10 s cycle
  const spawnsPer10s = invocations().length - before;
  const exposition = Buffer.from(await (await fetch(`http://127.0.0.1:${port}/metrics`)).arrayBuffer());
  const series = exposition.toString().split('\n').filter((l) => l && !l.startsWith('#')).length;
  const uuid = /smartos_zone_cpu_seconds_total\{zone="([^"]+)"/.exec(exposition.toString())![1]!;

  // the floor: a static file server (reads the file per request) serving the same bytes
  const file = join(dir, 'same.prom');
  writeFileSync(file, exposition);
  const floor = createServer((_req, res) => {
    void readFile(file).then((b) => res.writeHead(200, { 'Content-Type': 'text/plain; version=0.0.4', 'Content-Length': b.length }).end(b));
  }).listen(0, '127.0.0.1');
  await new Promise((r) => floor.once('listening', r));
  const floorPort = (floor.address() as { port: number }).port;

  // node_exporter: textfile collector only, same exposition (without the agent's own process metrics, which it adds itself)
  const tf = join(dir, 'textfile');
  mkdirSync(tf);
  writeFileSync(join(tf, 'zonelet.prom'), exposition.toString().split('\n').filter((l) => !/^(# (HELP|TYPE) )?(process_|nodejs_)/.test(l)).join('\n'));
  const nePort = port + 1;
  const ne = spawn('/usr/bin/prometheus-node-exporter', [
    '--collector.disable-defaults', '--collector.textfile', `--collector.textfile.directory=${tf}`,
    `--web.listen-address=127.0.0.1:${nePort}`,
  ], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 1000));

  const rows: Array<[string, Sample[]]> = [];
  rows.push(['static file (floor)', await load(`http://127.0.0.1:${floorPort}/`, SCRAPES)]);
  rows.push(['zonelet /metrics', await load(`http://127.0.0.1:${port}/metrics`, SCRAPES)]);
  rows.push(['zonelet /metrics gzip', await load(`http://127.0.0.1:${port}/metrics`, SCRAPES, { 'Accept-Encoding': 'gzip' })]);
  rows.push(['zonelet /metrics OpenMetrics', await load(`http://127.0.0.1:${port}/metrics`, SCRAPES, { Accept: 'application/openmetrics-text;version=1.0.0' })]);
  rows.push([`zonelet /v1/<uuid>/metrics`, await load(`http://127.0.0.1:${port}/v1/${uuid}/metrics`, SCRAPES)]);
  rows.push(['node_exporter textfile', await load(`http://127.0.0.1:${nePort}/metrics`, Math.min(SCRAPES, 50))]);
  const rss = Number(/^process_resident_memory_bytes (\d+)/m.exec(await (await fetch(`http://127.0.0.1:${port}/v1/gz/metrics`)).text())![1]);

  const floorP50 = pct(rows[0]![1].map((s) => s.ms), 0.5);
  const floorP99 = pct(rows[0]![1].map((s) => s.ms), 0.99);
  console.log(`\n${info.zones} zones (${info.running} running), ${series} series, ${(exposition.length / 1e6).toFixed(2)} MB exposition\n`);
  console.log('| server | p50 ms | p99 ms | bytes | p50 / floor | p99 / floor |');
  console.log('|---|---|---|---|---|---|');
  for (const [name, s] of rows) {
    const ms = s.map((x) => x.ms);
    const bad = s.filter((x) => x.status !== 200).length;
    console.log(`| ${name}${bad ? ` (${bad} non-200)` : ''} | ${pct(ms, 0.5).toFixed(2)} | ${pct(ms, 0.99).toFixed(2)} | ${s[0]!.bytes} | ${(pct(ms, 0.5) / floorP50).toFixed(2)} | ${(pct(ms, 0.99) / floorP99).toFixed(2)} |`);
  }
  const med = (xs: number[]) => pct(xs, 0.5);
  console.log('\n| collection cycle | agent CPU ms median | max | wall ms median (incl. children) |');
  console.log('|---|---|---|---|');
  for (const [name, cyc] of [['every 10 s: kstat collectors + zone_info', info.kstatCycles], ['all collectors (zfs, zpool, sysinfo too)', info.cycles]] as const) {
    console.log(`| ${name} | ${med(cyc.map((c) => c.cpu)).toFixed(1)} | ${Math.max(...cyc.map((c) => c.cpu)).toFixed(1)} | ${med(cyc.map((c) => c.wall)).toFixed(1)} |`);
  }
  console.log(`\nprocess spawns in one scheduled 10 s cycle: ${spawnsPer10s} (kstat: 1 per cycle at any zone count)`);
  console.log(`agent RSS (process_resident_memory_bytes, after the scrapes): ${(rss / 1048576).toFixed(1)} MB`);
  console.log('targets: p99 <= 3x floor and < 50 ms; cycle CPU < 100 ms; RSS < 100 MB; spawns independent of zone count');

  ne.kill('SIGTERM');
  floor.close();
  agent.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}

await main();
