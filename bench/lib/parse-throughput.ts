// Parse throughput against its floor: the cost of merely walking the same text line by line.
import { parseKstatP } from '../../agent/src/platform/kstat.js';
import { summarize, type Summary } from './stats.js';

/** The floor: visits every line of text (slicing each, as any line parser must) and does nothing else. */
export function lineSplit(text: string): number {
  let n = 0;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', start)) { n += text.slice(start, i).length & 1; start = i + 1; }
  return n;
}

export interface KstatParseResult { mb: number; lines: number; runs: number; parseMBps: Summary; splitMBps: Summary; parseVsSplit: Summary }

/** parseKstatP over `kstat -p` text against a plain line split of the same text, interleaved run by run. */
export function kstatParseBench(text: string, runs = 9): KstatParseResult {
  const mb = Buffer.byteLength(text) / 1e6;
  const parse: number[] = [], split: number[] = [], ratio: number[] = [];
  parseKstatP(text); // warm up the JIT on both
  lineSplit(text);
  for (let r = 0; r < runs; r++) {
    let t = performance.now(); lineSplit(text); const ts = performance.now() - t;
    t = performance.now(); parseKstatP(text); const tp = performance.now() - t;
    parse.push(mb / (tp / 1000)); split.push(mb / (ts / 1000)); ratio.push(tp / ts);
  }
  return { mb, lines: text.split('\n').length, runs, parseMBps: summarize(parse), splitMBps: summarize(split), parseVsSplit: summarize(ratio) };
}
