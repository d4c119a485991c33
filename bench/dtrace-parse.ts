// Benchmark (not a test): DTrace output handling at 1000 zones, measured side by side in one run.
//   1. parse throughput of histogram output (runq-latency + fs-latency intervals) in MB/s, against a plain line split
//      of the same text (the floor: what reading the lines costs at all);
//   2. agent CPU per interval with every script's output synthesised for 1000 zones: parse + interpret + accumulate,
//      and one full exposition render (what a scrape costs).
// Run: npx tsx bench/dtrace-parse.ts [zones]; bench/run.ts calls dtraceParseBench().
import { pathToFileURL } from 'node:url';
import { DtraceOutputParser } from '../agent/src/dtrace/output-parser.js';
import { IntervalAssembler, type Interval } from '../agent/src/dtrace/interval.js';
import { interpretInterval } from '../agent/src/dtrace/interpret.js';
import { llquantizeGrid } from '../agent/src/dtrace/bucket-grid.js';
import { SeriesStore } from '../agent/src/dtrace/series-store.js';
import { writeZoneFamilies } from '../agent/src/dtrace/exposition.js';
import { BodyWriter } from '../agent/src/metrics/body-writer.js';
import { LATENCY_GRID_PARAMS } from '../agent/src/dtrace/telemetry.js';
import type { ScriptName } from '../agent/src/dtrace/scripts.js';

import { lineSplit } from './lib/parse-throughput.js';
import { summarize, type Summary } from './lib/stats.js';

const grid = llquantizeGrid(LATENCY_GRID_PARAMS);
const uuid = (i: number) => `${i.toString(16).padStart(8, '0')}-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
let zones: string[] = [];

// ---- synthetic output in the exact default printa() text (see agent/src/dtrace/output-parser.ts) ----
const key = (s: string) => `  ${s.padEnd(50)}`;
const num = (n: number | bigint) => ` ${String(n).padStart(16)}`;
const HEADER = `${'value'.padStart(16)} ${'------------- Distribution -------------'.padStart(41)} ${'count'.padEnd(9)}\n`;

/** a histogram over slots [from, to] of the latency grid with a bell of counts; returns text, sum, count */
function hist(seed: number): { text: string; sum: bigint; count: number } {
  const from = 2 + (seed % 7);
  const to = from + 9;
  let total = 0;
  const counts = new Map<number, number>();
  for (let s = from + 1; s < to; s++) { const c = 1 + ((seed * 31 + s * 17) % 400); counts.set(s, c); total += c; }
  let text = `\n${HEADER}`;
  let sum = 0n;
  for (let s = from; s <= to; s++) {
    const c = counts.get(s) ?? 0;
    const d = Math.floor((c * 40) / total + 0.5);
    text += `${grid.labels[s]!.padStart(16)} |${'@'.repeat(d)}${' '.repeat(40 - d)} ${String(c).padEnd(9)}\n`;
    if (c) sum += BigInt(c) * (BigInt(grid.labels[s]!) + 1n);
  }
  return { text: `${text}\n`, sum, count: total };
}

function records(rows: Array<[string, number | bigint]>): string {
  return `\n${rows.map(([k, v]) => `${k}${num(v)}\n`).join('')}`;
}

function latencyInterval(kind: 'runq' | 'vfs', seed: number): string {
  const hs: string[] = [];
  const sums: Array<[string, bigint]> = [];
  const counts: Array<[string, number]> = [];
  zones.forEach((z, i) => {
    for (const op of kind === 'runq' ? [''] : ['read', 'write']) {
      const k = key(z) + (op ? key(op) : '');
      const h = hist(seed + i * 3 + op.length);
      hs.push(k + h.text);
      sums.push([k, h.sum]);
      counts.push([k, h.count]);
    }
  });
  return `@@T 1700000000\n@@A ${kind}\n\n${hs.join('')}@@A ${kind}_sum\n${records(sums)}@@A ${kind}_count\n${records(counts)}@@E\n`;
}

/** `text` as a pipe delivers dtrace's stdout to the agent: 64 KiB pieces, each decoded into a string of its own */
function pipeChunks(text: string): string[] {
  const bytes = Buffer.from(text);
  const out: string[] = [];
  for (let i = 0; i < bytes.length; i += 65536) out.push(bytes.toString('latin1', i, Math.min(bytes.length, i + 65536)));
  return out;
}

function parseAll(chunks: string[], onInterval: (iv: Interval) => void): number {
  let n = 0;
  const asm = new IntervalAssembler({ interval: (iv) => { n++; onInterval(iv); }, unparsed: (r, l) => { throw new Error(`${r}: ${l}`); } });
  const p = new DtraceOutputParser(asm.onEvent);
  for (const chunk of chunks) p.write(chunk);
  p.end();
  return n;
}

export interface DtraceParseResult {
  zones: number;
  runs: number;
  histogramMB: number;
  parseMBps: Summary;
  splitMBps: Summary;
  /** parse time / line-split time, per run */
  parseVsSplit: Summary;
  allScriptsMB: number;
  cpuMsPerInterval: Summary;
  renderMB: number;
  renderCpuMs: Summary;
}

/** Parse throughput against the line-split floor, and agent CPU per interval with every script's output. */
export function dtraceParseBench(zoneCount = 1000, runs = 9): DtraceParseResult {
  zones = Array.from({ length: zoneCount }, (_, i) => uuid(i + 1));
  const counterIntervals: Record<string, string> = {
    syscalls: `@@T 1700000000\n@@A syscalls\n${records(zones.map((z, i) => [key(z), 1000 + i]))}@@A syscalls_by_name\n`
      + `${records(zones.flatMap((z, i) => ['read', 'write', 'ioctl', 'lwp_park'].map((s, j): [string, number] => [key(z) + key(s), i + j])))}@@E\n`,
    execs: `@@T 1700000000\n@@A execs\n${records(zones.map((z, i) => [key(z), i % 7]))}@@E\n`,
    'tcp-connections': `@@T 1700000000\n@@A tcp\n${records(zones.flatMap((_, i) => [[` ${String(i + 1).padStart(8)}${key('inbound')}`, 3], [` ${String(i + 1).padStart(8)}${key('outbound')}`, 1]] as Array<[string, number]>))}@@E\n`,
  };
  const histText = latencyInterval('runq', 1) + latencyInterval('vfs', 2);
  const histChunks = pipeChunks(histText);
  const all: Array<[ScriptName, string]> = [
    ['runq-latency', latencyInterval('runq', 3)], ['fs-latency', latencyInterval('vfs', 4)],
    ['syscalls', counterIntervals.syscalls!], ['execs', counterIntervals.execs!], ['tcp-connections', counterIntervals['tcp-connections']!],
  ];
  const allChunks = all.map(([name, text]) => [name, pipeChunks(text)] as const);

  // ---- 1. throughput, interleaved run by run with the floor ----
  const mb = Buffer.byteLength(histText) / 1e6;
  const parse: number[] = [], split: number[] = [], ratio: number[] = [];
  for (let r = 0; r < runs; r++) {
    let t = performance.now(); lineSplit(histText); const ts = performance.now() - t;
    t = performance.now(); parseAll(histChunks, () => {}); const tp = performance.now() - t;
    parse.push(mb / (tp / 1000)); split.push(mb / (ts / 1000)); ratio.push(tp / ts);
  }

  // ---- 2. agent CPU per interval, all scripts, and one scrape render ----
  const store = new SeriesStore();
  const grids = new Map<ScriptName, typeof grid>([['runq-latency', grid], ['fs-latency', grid]]);
  const zoneById = (id: number) => zones[id - 1];
  const cpuInterval: number[] = [];
  const cpuRender: number[] = [];
  let bytes = 0;
  for (let r = 0; r < runs; r++) {
    let c = process.cpuUsage();
    for (const [name, chunks] of allChunks) parseAll(chunks, (iv) => store.apply(interpretInterval(name, iv, { grid, zoneById })));
    let d = process.cpuUsage(c);
    cpuInterval.push((d.user + d.system) / 1000);
    c = process.cpuUsage();
    // as /metrics builds it (DtraceTelemetry.exposition): written into buffers, never one big string
    const writer = new BodyWriter();
    writeZoneFamilies({ store, grids, fresh: () => true, zones: store.zoneNames(), format: 'prometheus' }, writer);
    const out = writer.finish();
    d = process.cpuUsage(c);
    cpuRender.push((d.user + d.system) / 1000);
    bytes = out.length;
  }
  return {
    zones: zoneCount, runs, histogramMB: mb, parseMBps: summarize(parse), splitMBps: summarize(split), parseVsSplit: summarize(ratio),
    allScriptsMB: all.reduce((a, [, t]) => a + Buffer.byteLength(t), 0) / 1e6,
    cpuMsPerInterval: summarize(cpuInterval), renderMB: bytes / 1e6, renderCpuMs: summarize(cpuRender),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = dtraceParseBench(Number(process.argv[2] ?? 1000));
  const m = (s: Summary) => s.median.toFixed(1);
  console.log(`zones: ${r.zones}; histogram text (runq + vfs, one interval): ${r.histogramMB.toFixed(2)} MB; medians of ${r.runs} runs`);
  console.log(`parse:      ${m(r.parseMBps)} MB/s`);
  console.log(`line split: ${m(r.splitMBps)} MB/s (floor)`);
  console.log(`parse / split time ratio: ${m(r.parseVsSplit)}x`);
  console.log(`all 5 scripts, one interval: ${r.allScriptsMB.toFixed(2)} MB of dtrace output`);
  console.log(`agent CPU per interval (parse + interpret + accumulate): median ${m(r.cpuMsPerInterval)} ms`);
  console.log(`  = ${(r.cpuMsPerInterval.median / 100).toFixed(2)} % of one core at a 10 s interval`);
  console.log(`exposition render (all DTrace families, ${r.renderMB.toFixed(1)} MB): median ${m(r.renderCpuMs)} ms CPU`);
}
