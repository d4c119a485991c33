/**
 * `npm run bench`: the whole benchmark suite in one run (under 15 minutes on 2 cores), written to BENCHMARKS.md,
 * bench/results.json (raw figures) and bench/cost-curve.svg.
 *   npm run bench                 5 minutes of zone churn at 1000 zones
 *   npm run bench -- --long       30 minutes of churn
 *   npm run bench -- --quick      a smoke run of the whole pipeline (short windows; figures not for publishing)
 *   node --import tsx bench/run.ts --report-only   rewrites BENCHMARKS.md and the SVG from bench/results.json
 *                                                  (after editing bench/lib/analysis.md), measuring nothing
 * Every comparison is a ratio measured side by side in the same run; every figure a median of several runs with its
 * min and max. See BENCHMARKS.md "Method" for what each figure is.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { costTable, measureCost, type CostResult } from './agent-cost.js';
import { dtraceParseBench, type DtraceParseResult } from './dtrace-parse.js';
import { compareScrape, scrapeTable, type ScrapeResult } from './scrape.js';
import { costCurveSvg } from './lib/cost-curve.js';
import { kstatParseBench, type KstatParseResult } from './lib/parse-throughput.js';
import { fmt } from './lib/stats.js';
import { TICK_MS } from './lib/procstat.js';
import { AGENT_NODE_OPTIONS, SIM_BIN } from '../test/helpers/stack.js';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = parseArgs({ options: { long: { type: 'boolean' }, quick: { type: 'boolean' }, 'report-only': { type: 'boolean' } } });
const RESULTS = join(REPO, 'bench/results.json');
const CHURN_S = args.quick ? 30 : args.long ? 1800 : 300;
/** at 1000 zones, a second window with /metrics scraped as Prometheus does, at a common scrape_interval */
const SCRAPE_EVERY_S = 15;
const t0 = Date.now();
const log = (m: string) => console.error(`[bench ${((Date.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${m}`);

/** Zone counts, all at the deployed 10 s interval; fewer cycles at 2000 zones to fit the run. */
const PLAN = [
  { zones: 10, intervalSeconds: 10, cycles: args.quick ? 2 : 4, warmupCycles: 1 },
  { zones: 100, intervalSeconds: 10, cycles: args.quick ? 2 : 4, warmupCycles: 1 },
  { zones: 1000, intervalSeconds: 10, cycles: args.quick ? 3 : 6, warmupCycles: 2 },
  { zones: 2000, intervalSeconds: 10, cycles: args.quick ? 2 : 3, warmupCycles: 2 },
];

let machine = {
  date: new Date().toISOString(),
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? 'unknown',
  node: process.version,
  /** the agent's node options, as the SMF manifest starts it */
  agentNodeOptions: AGENT_NODE_OPTIONS.join(' ') as string | undefined,
  commit: (() => {
    try {
      const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO, encoding: 'utf8' }).trim();
      const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: REPO, encoding: 'utf8' }).trim() !== '';
      return dirty ? `${head} + uncommitted changes` : head;
    } catch { return 'unknown'; }
  })(),
  loadAvgStart: loadavg().map((x) => +x.toFixed(2)),
  loadAvgEnd: [] as number[],
  mode: args.quick ? 'quick' : args.long ? 'long' : 'default',
  runMinutes: 0,
};
let churnSeconds = CHURN_S;
let dtrace!: DtraceParseResult; // set by measureAll() or read from results.json
let cost: CostResult[] = [];
let scrape: ScrapeResult | undefined;
let kstat: KstatParseResult | undefined;

if (args['report-only']) {
  const saved = JSON.parse(readFileSync(RESULTS, 'utf8')) as { machine: typeof machine; churnSeconds: number; cost: CostResult[]; scrape?: ScrapeResult; kstat?: KstatParseResult; dtrace: DtraceParseResult };
  ({ machine, churnSeconds, cost, scrape, kstat, dtrace } = saved);
} else {
  await measureAll();
}

async function measureAll(): Promise<void> {
  log('dtrace parse and per-interval CPU (in process, 1000 zones)');
  dtrace = dtraceParseBench(1000, args.quick ? 3 : 7);
  for (const p of PLAN) {
    log(`cost at ${p.zones} zones`);
    const big = p.zones === 1000;
    cost.push(await measureCost({
      ...p, log,
      ...(big ? {
        churnSeconds: CHURN_S,
        scrapeEverySeconds: SCRAPE_EVERY_S,
        extra: async (s) => {
          log('  scrape side by side (zonelet, static floor, node_exporter)');
          scrape = await compareScrape({ agentUrl: s.metricsUrl, agentPid: s.agent.pid, rounds: args.quick ? 2 : 5, scrapes: args.quick ? 10 : 40, nodeExporterScrapes: 2 });
          // the exact kstat call the agent makes each cycle, from the sim's log, run once for the parser bench
          const call = s.host.invocations().filter((r) => r.command === 'kstat' && r.phase === 'start').at(-1);
          if (call) {
            const text = execFileSync(join(SIM_BIN, 'kstat'), call.argv, { env: s.host.env, encoding: 'utf8', maxBuffer: 1 << 30 });
            log(`  kstat parse throughput over ${(text.length / 1e6).toFixed(1)} MB`);
            kstat = kstatParseBench(text, args.quick ? 3 : 9);
          }
        },
      } : {}),
    }));
  }
  machine.loadAvgEnd = loadavg().map((x) => +x.toFixed(2));
  machine.runMinutes = +((Date.now() - t0) / 60000).toFixed(1);
}

// ---- targets ----
const at1000 = cost.find((c) => c.zones === 1000)!;
const zRow = scrape?.rows.find((r) => r.server === 'zonelet /metrics');
// mean, not median: a cycle that straddles a window edge puts two kstat runs in one window and none in the next
const spawnMeans = new Map(cost.map((c) => [c.zones, Object.values(c.spawnsByCommand).reduce((a, b) => a + b, 0)]));
const targets: Array<{ target: string; measured: string; met: boolean | null }> = [
  { target: 'agent CPU at 1000 zones <= 2 % of one core (average)', measured: `${fmt(at1000.agentCpuPctAt10s, 2)} %`, met: at1000.agentCpuPctAt10s.median <= 2 },
  { target: 'agent RSS at 1000 zones <= 100 MB', measured: `${at1000.rssWarmMB.toFixed(0)} MB after warm-up${at1000.churn ? `, ${at1000.churn.rssEndMB.toFixed(0)} MB after churn` : ''}`, met: at1000.rssWarmMB <= 100 && (at1000.churn ? at1000.churn.rssEndMB <= 100 : true) },
  { target: 'RSS flat under zone churn (median of the last third of samples within 10 % of the first third)', measured: at1000.churn ? `${at1000.churn.rssFirstThirdMB.toFixed(0)} -> ${at1000.churn.rssLastThirdMB.toFixed(0)} MB over ${at1000.churn.seconds} s (samples ${Math.min(...at1000.churn.rssSamples.map(([, m]) => m)).toFixed(0)}-${at1000.churn.rssMaxMB.toFixed(0)} MB; slope ${at1000.churn.rssSlopeMBPerMin.toFixed(1)} MB/min)` : 'n/a', met: at1000.churn ? at1000.churn.rssLastThirdMB <= 1.1 * at1000.churn.rssFirstThirdMB : null },
  { target: 'scrape p99 < 50 ms at 1000 zones', measured: zRow ? `${fmt(zRow.p99, 1)} ms` : 'n/a', met: zRow ? zRow.p99.median < 50 : null },
  { target: 'scrape p99 within 3x of the static-file floor', measured: zRow ? `${fmt(zRow.p99VsFloor, 2)}x` : 'n/a', met: zRow ? zRow.p99VsFloor.median <= 3 : null },
  { target: 'process spawns per cycle constant in zone count (mean per cycle; a per-zone spawn would show as hundreds)', measured: cost.map((c) => `${c.zones}: ${spawnMeans.get(c.zones)!.toFixed(2)}`).join(', '), met: Math.max(...spawnMeans.values()) <= 3 },
  { target: 'zone change to hub p99 < 200 ms', measured: at1000.churn ? `p50 ${at1000.churn.latencyMs.p50} ms, p99 ${at1000.churn.latencyMs.p99} ms (n=${at1000.churn.latencyMs.n})` : 'n/a', met: at1000.churn ? at1000.churn.latencyMs.p99 < 200 : null },
  { target: 'hub stream < 10 % of full-snapshot bytes', measured: at1000.hubBytes ? `wire ${(at1000.hubBytes.wireVsJson * 100).toFixed(1)} %, amortized with keyframes ${(at1000.hubBytes.amortizedVsJson * 100).toFixed(1)} %` : 'n/a', met: at1000.hubBytes ? Math.max(at1000.hubBytes.wireVsJson, at1000.hubBytes.amortizedVsJson) < 0.1 : null },
];

// ---- outputs ----
const results = { machine, plan: PLAN, churnSeconds, targets, cost, scrape, kstat, dtrace };
if (!args['report-only']) writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(join(REPO, 'bench/cost-curve.svg'), costCurveSvg(
  cost.map((c) => ({ zones: c.zones, agentPct: c.agentCpuPctAt10s, simPct: c.simCpuPctAt10s, rssMB: c.rssWarmMB })),
  `zonelet ${machine.commit}, ${machine.date.slice(0, 10)}, ${machine.cpus} CPUs, Node ${machine.node}; sim-measured tool CPU is not a real host's`,
));
writeFileSync(join(REPO, 'BENCHMARKS.md'), markdown());
log(`done: BENCHMARKS.md, bench/results.json, bench/cost-curve.svg in ${machine.runMinutes} min`);

function markdown(): string {
  const yes = (m: boolean | null) => (m === null ? 'not measured' : m ? '**met**' : '**missed**');
  const c = at1000;
  const hb = c.hubBytes;
  const analysis = (() => { try { return readFileSync(join(REPO, 'bench/lib/analysis.md'), 'utf8').trim(); } catch { return ''; } })();
  return `# zonelet benchmarks

What zonelet costs a host, against the zone count, and side by side against its peers and floors. Written by
\`npm run bench\` (${machine.mode} run); raw figures in [bench/results.json](bench/results.json).

| | |
|---|---|
| reproduce | \`npm run bench\` (\`npm run bench -- --long\` for 30 minutes of zone churn) |
| date | ${machine.date} |
| commit | ${machine.commit} |
| machine | ${machine.cpus} CPUs (${machine.cpuModel}), Linux, Node ${machine.node} |
| agent started as | \`node ${machine.agentNodeOptions ?? '(options not recorded)'} agent/bin/zonelet.js run\` (the SMF manifest's node options) |
| load average (1, 5, 15 min) | start ${machine.loadAvgStart.join(', ')}; end ${machine.loadAvgEnd.join(', ')} (other work was running: read the ratios) |
| run time | ${machine.runMinutes} min |

Figures are **median (min-max)** over the runs named in each table. The host is the simulated SmartOS host (\`sim/\`,
synthetic zones: no processes, modelled counters); what the sim's \`kstat\`, \`dtrace\` and \`vmadm\` cost is
**sim-measured** and reported apart from the agent: a real host's kstat and DTrace cost differ.

## Targets (at 1000 zones)

| target | measured | |
|---|---|---|
${targets.map((t) => `| ${t.target} | ${t.measured} | ${yes(t.met)} |`).join('\n')}

${analysis ? `## Where targets are missed, and why (profiled)\n\n${analysis}\n` : ''}
## 1. Cost against zone count

Real \`zonelet run\` agent, every collector and all five DTrace scripts on, hub link up to a real hub process, on a
synthetic sim host. Each interval is one run (one kstat cycle, one DTrace interval, one hub batch); CPU from
/proc/<pid>/stat (resolution ${TICK_MS} ms). Every row at the deployed 10 s interval; fewer cycles at 2000 zones to
fit the 15-minute run. The % column is CPU per cycle over the 10 s interval. "sim CPU" is the simulated tools the agent runs (kstat, 5 dtrace,
vmadm events, zfs, ...): sim-measured. "hub CPU" is the reference hub ingesting the stream.

${costTable(cost)}

![cost curve](bench/cost-curve.svg)

${c.scraped ? `Scraped, at 1000 zones: ${c.cycles} intervals more on the same stack, with /metrics requested every ${c.scraped.everySeconds} s as Prometheus requests it (OpenMetrics, gzip), from two scrapes before the window (the agent learns a scraper's form and interval from its first two) to its end; scrape times are those within the window: the agent pre-renders after each cycle only the bodies regular scrapers ask for, when their next scrape is due before the next cycle, so this is what an operator's Prometheus adds.

| window | agent CPU ms/cycle | agent % of one core at 10 s | RSS MB | scrapes | scrape p50 / p99 / max ms (to last byte) |
|---|---|---|---|---|---|
| no scraper (row above) | ${fmt(c.agentCpuMsPerCycle, 0)} | ${fmt(c.agentCpuPctAt10s, 2)} | ${c.rssWarmMB.toFixed(0)} | 0 | |
| /metrics every ${c.scraped.everySeconds} s, as Prometheus asks | ${fmt(c.scraped.agentCpuMsPerCycle, 0)} | ${fmt(c.scraped.agentCpuPctAt10s, 2)} | ${c.scraped.rssWarmMB.toFixed(0)} | ${c.scraped.scrapeMs.n}${c.scraped.scrapeMs.non200 ? ` (${c.scraped.scrapeMs.non200} non-200)` : ''} | ${c.scraped.scrapeMs.p50.toFixed(0)} / ${c.scraped.scrapeMs.p99.toFixed(0)} / ${c.scraped.scrapeMs.max.toFixed(0)} |
` : ''}
Process spawns per cycle by command (from the sim's log/invocations.jsonl):

| zones | ${[...new Set(cost.flatMap((r) => Object.keys(r.spawnsByCommand)))].join(' | ')} |
|---|${[...new Set(cost.flatMap((r) => Object.keys(r.spawnsByCommand)))].map(() => '---').join('|')}|
${cost.map((r) => `| ${r.zones} | ${[...new Set(cost.flatMap((x) => Object.keys(x.spawnsByCommand)))].map((k) => (r.spawnsByCommand[k] ?? 0).toFixed(2)).join(' | ')} |`).join('\n')}

Hub link drops logged by the agent over each whole run (each reconnect re-sends a zone snapshot and the series
dictionary): ${cost.map((r) => `${r.zones} zones: ${r.hubLinkDrops.closed} closed (${r.hubLinkDrops.peerSilent} for a silent peer)`).join('; ')}.

The long-running children (five \`dtrace\`, one \`vmadm events -rj\`) start once and are not spawns per cycle; zfs,
zpool and sysinfo run every 60-300 s, so a window of a few cycles may or may not hold one.
${cost.some((r) => r.collectorErrors.length) ? `\nCollector errors seen during the runs (N: a number): ${cost.filter((r) => r.collectorErrors.length).map((r) => `${r.zones} zones: ${r.collectorErrors.map((e) => `\`${e}\``).join('; ')}`).join('. ')}.\n` : ''}
### RSS under zone churn (1000 zones)

${c.churn ? `Zones created and deleted continuously through sim/bin/vmadm for ${c.churn.seconds} s (${c.churn.creates} creates, ${c.churn.deletes} deletes, about 1000 zones throughout); RSS sampled every 10 s from /proc.

| RSS start MB | RSS end MB | median of first third MB | median of last third MB | min-max MB | least-squares slope MB/min | agent CPU during churn, % of one core |
|---|---|---|---|---|---|---|
| ${c.churn.rssStartMB.toFixed(0)} | ${c.churn.rssEndMB.toFixed(0)} | ${c.churn.rssFirstThirdMB.toFixed(0)} | ${c.churn.rssLastThirdMB.toFixed(0)} | ${Math.min(...c.churn.rssSamples.map(([, m]) => m)).toFixed(0)}-${c.churn.rssMaxMB.toFixed(0)} | ${c.churn.rssSlopeMBPerMin.toFixed(1)} | ${c.churn.agentCpuPctOfCore.toFixed(2)} |

RSS samples (minutes, MB): ${c.churn.rssSamples.map(([t, m]) => `${t.toFixed(1)}: ${m.toFixed(0)}`).join(', ')}.
` : 'not run'}
## 2. Side by side, in one run

### /metrics scrape at 1000 zones

${scrape ? `${scrape.series} series, ${(scrape.expositionBytes / 1e6).toFixed(2)} MB of exposition. ${scrape.rounds} interleaved rounds (floor, zonelet, zonelet gzip, zonelet as Prometheus asks, node_exporter); per round ${Object.entries(scrape.scrapesPerRound).map(([k, v]) => `${v} scrapes of ${k}`).join(', ')}; p50 and p99 per round, and the ratio to the floor of the same round. node_exporter is \`/usr/bin/prometheus-node-exporter\` (Debian package) with only its textfile collector, serving the same series; the floor is a static file server (reads the file per request) serving the same bytes.

${scrapeTable(scrape)}
${scrape.agentCpuMsPerScrape ? `\nAgent CPU per /metrics scrape: ${fmt(scrape.agentCpuMsPerScrape, 1)} ms (not included in the cost table above, which has no scraper; see its "Scraped" table).\n` : ''}${scrape.nodeExporter ? '' : '\nprometheus-node-exporter was not found or did not start: its row is missing.\n'}` : 'not run'}
### Parse throughput against a plain line split of the same text (the floor)

| parser | input | runs | parse MB/s | line split MB/s (floor) | parse time / split time |
|---|---|---|---|---|---|
${kstat ? `| kstat -p (parseKstatP) | the agent's own kstat call at 1000 zones, ${kstat.mb.toFixed(1)} MB | ${kstat.runs} | ${fmt(kstat.parseMBps)} | ${fmt(kstat.splitMBps, 0)} | ${fmt(kstat.parseVsSplit)}x |\n` : ''}| DTrace histograms (output parser) | runq + vfs intervals, 1000 zones, ${dtrace.histogramMB.toFixed(1)} MB | ${dtrace.runs} | ${fmt(dtrace.parseMBps)} | ${fmt(dtrace.splitMBps, 0)} | ${fmt(dtrace.parseVsSplit)}x |

DTrace, in process at 1000 zones with all five scripts' output synthesised (${dtrace.allScriptsMB.toFixed(1)} MB per interval): parse + interpret + accumulate ${fmt(dtrace.cpuMsPerInterval)} ms CPU per interval; rendering all DTrace families (${dtrace.renderMB.toFixed(1)} MB) ${fmt(dtrace.renderCpuMs)} ms.

### Hub stream against a full JSON snapshot per interval (1000 zones)

${hb ? `| | bytes per zone per interval | vs full JSON snapshot |
|---|---|---|
| on the wire, agent to hub (TCP through a counting proxy; ${c.cycles} intervals) | ${fmt(hb.wirePerZone)} | ${(hb.wireVsJson * 100).toFixed(1)} % |
| delta batch (hub's stored payload, median) | ${hb.deltaBatchPerZone.toFixed(1)} | |
| keyframe batch (every 30th, and after a gap) | ${hb.keyframeBatchPerZone.toFixed(1)} | |
| amortized: (29 deltas + 1 keyframe) / 30 | ${(((29 * hb.deltaBatchPerZone) + hb.keyframeBatchPerZone) / 30).toFixed(1)} | ${(hb.amortizedVsJson * 100).toFixed(1)} % |
| full JSON snapshot (zone list + every series as {zone, name, labels, value}) | ${hb.jsonSnapshotPerZone.toFixed(0)} | 100 % |

${hb.series} series per interval.` : 'not run'}

### Zone change to hub latency (1000 zones)

${c.churn ? `From the sim's change log timestamp (vmadm create/delete) to the hub's event stream (stored, then published): ${c.churn.latencyMs.n} changes, p50 ${c.churn.latencyMs.p50} ms, p99 ${c.churn.latencyMs.p99} ms, max ${c.churn.latencyMs.max} ms. The path: sim vmadm writes its change log, \`vmadm events -rj\` (sim) prints it, the agent's inventory diffs it, the hub link sends it, the hub stores it (fsync) and publishes it.` : 'not run'}

## Method notes

- Agent CPU is its own utime+stime only. The sim tools it spawns are reaped into its cutime/cstime and counted as sim
  CPU with the long-running children (read live); a dtrace child that restarts inside a window would be counted whole.
- Event-loop delay p99 is prom-client's \`nodejs_eventloop_lag_p99_seconds\` read from /v1/gz/metrics right before
  and right after the window (prom-client resets its histogram on each read), so it covers the window.
- No scraper runs during the cost table's window; at 1000 zones a second window with a Prometheus-like scraper
  follows (the "Scraped" table), and the CPU one scrape costs is the separate "agent CPU per /metrics scrape".
- The bench itself (proxy, samplers) runs in its own process; other engineers' test runs shared the machine.
`;
}
