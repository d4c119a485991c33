/**
 * A small deterministic mutation fuzzer for the parsers and handlers that read text or bytes from outside the agent.
 *
 * Theory of operation
 * - Inputs come from a corpus of real captured outputs (the shared SmartOS fixtures and test/fixtures), mutated by a
 *   seeded PRNG: bit flips, byte insert/delete, splices of two corpus inputs, truncation, random bytes, huge numbers,
 *   long lines, unicode (including lone surrogates and bidi controls). The same seed gives the same inputs, so a
 *   failure names its iteration and seed and the exact input is written next to the report for a regression test.
 * - Every input runs under a watchdog: its wall time is measured and anything above ZONELET_FUZZ_SLOW_MS (default
 *   2000 ms: generous, so a loaded 2-core CI box does not flake, but a catastrophic regex or an endless loop on
 *   one input is caught) fails. A truly endless synchronous loop cannot be interrupted from JS; the node:test
 *   timeout of the calling test catches that.
 * - Memory: heapUsed is sampled before and after (after a GC when --expose-gc is on); growth beyond a bound fails,
 *   which catches parsers that retain state across inputs.
 * - Throwing the parser's documented typed error is fine; any other throw, or an unhandled rejection during the run,
 *   is a finding.
 *
 * Iterations: ZONELET_FUZZ_ITERATIONS (default set by each target, a few thousand for CI); `npm run test:faults`
 * runs the long form with 100000.
 */
import { readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { SHARED } from '../helpers/fixtures.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SMARTOS_FIXTURES = SHARED + 'fixtures/smartos/';

/** Iterations for a target: the env override, else the CI default. */
export function iterations(ciDefault = 3000): number {
  const v = Number(process.env.ZONELET_FUZZ_ITERATIONS);
  return Number.isInteger(v) && v > 0 ? v : ciDefault;
}

export const SEED = Number(process.env.ZONELET_FUZZ_SEED ?? 0x5eed) >>> 0;
const SLOW_MS = Number(process.env.ZONELET_FUZZ_SLOW_MS ?? 2000);

/** mulberry32: tiny, fast, good enough to drive mutations; deterministic per seed. */
export class Rng {
  private s: number;
  constructor(seed: number) { this.s = seed >>> 0 || 1; }
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number { return Math.floor(this.next() * n); }
  pick<T>(xs: readonly T[]): T { return xs[this.int(xs.length)]!; }
  bool(p = 0.5): boolean { return this.next() < p; }
}

/** Files under a folder (recursively), read as UTF-8, filtered by a name test. */
export function corpusFrom(dir: string, accept: (name: string) => boolean = () => true): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (accept(name) && !name.endsWith('.md')) out.push(readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  if (out.length === 0) throw new Error(`empty corpus under ${dir}`);
  return out;
}

const HUGE = ['18446744073709551615', '18446744073709551616', '-9223372036854775809', '1e309', '-0', 'NaN', 'Infinity',
  '0x7fffffff', '9'.repeat(400), '0.' + '0'.repeat(300) + '1', '1' + '0'.repeat(30), '4294967295', '-1', '2.5e-324'];
const UNICODE = ['é', 'ß', '€', '𝔘', '\u{1F600}', '\u202e', '\u200b', '\ufeff', '\ud800', '\udfff', '\u0000', '\u2028', '\u0085', 'Ω'.repeat(50)];
const META = ['"', "'", '\\', '\n', '\r', '\t', ';', '|', '&', '$(', '`', '>', '<', '{', '}', '[', ']', ':', '#', ' ', '%', '@@', '--', '-f', '*', '?', '\u0000'];

/** One mutation of `input`; `other` is another corpus entry for splices. */
export function mutate(rng: Rng, input: string, other: string): string {
  const pos = () => rng.int(input.length + 1);
  switch (rng.int(12)) {
    case 0: { // bit flip in one UTF-16 unit (stays a string; lone surrogates are fine inputs)
      if (!input) return input;
      const i = rng.int(input.length);
      return input.slice(0, i) + String.fromCharCode(input.charCodeAt(i) ^ (1 << rng.int(8))) + input.slice(i + 1);
    }
    case 1: { const i = pos(); return input.slice(0, i) + String.fromCharCode(rng.int(256)) + input.slice(i); }
    case 2: { const i = pos(); return input.slice(0, i) + input.slice(i + 1 + rng.int(16)); }
    case 3: { const i = pos(); const j = rng.int(other.length + 1); return input.slice(0, i) + other.slice(j); }
    case 4: return input.slice(0, pos());
    case 5: { // random bytes
      const n = 1 + rng.int(64);
      let s = '';
      for (let k = 0; k < n; k++) s += String.fromCharCode(rng.int(256));
      const i = pos();
      return input.slice(0, i) + s + input.slice(i);
    }
    case 6: { // a number replaced by a huge or odd one
      const m = [...input.matchAll(/-?\d+(\.\d+)?/g)];
      if (m.length === 0) return input + rng.pick(HUGE);
      const x = rng.pick(m);
      return input.slice(0, x.index) + rng.pick(HUGE) + input.slice(x.index! + x[0].length);
    }
    case 7: { // a long line
      const i = pos();
      return input.slice(0, i) + rng.pick(['a', ':', '\t', ' ', '@', '0', '|', '"']).repeat(1000 + rng.int(100_000)) + input.slice(i);
    }
    case 8: { const i = pos(); return input.slice(0, i) + rng.pick(UNICODE) + input.slice(i); }
    case 9: { const i = pos(); return input.slice(0, i) + rng.pick(META) + input.slice(i); }
    case 10: { // duplicate a slice (repeated lines, deep nesting)
      const i = pos(); const j = Math.min(input.length, i + 1 + rng.int(200));
      return input.slice(0, j) + input.slice(i, j).repeat(1 + rng.int(20)) + input.slice(j);
    }
    default: { // line shuffle: swap two lines
      const lines = input.split('\n');
      if (lines.length < 2) return input;
      const a = rng.int(lines.length), b = rng.int(lines.length);
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      return lines.join('\n');
    }
  }
}

/** A corpus entry mutated 1..4 times (stacked mutations reach deeper). */
export function generate(rng: Rng, corpus: readonly string[]): string {
  let s = rng.pick(corpus);
  const n = 1 + rng.int(4);
  for (let k = 0; k < n; k++) s = mutate(rng, s, rng.pick(corpus));
  return s;
}

/** A random JSON value: objects, arrays, odd numbers, strings with metacharacters, deep nesting. */
export function randomJson(rng: Rng, depth = 0): unknown {
  const r = rng.int(depth > 4 ? 6 : 9);
  switch (r) {
    case 0: return null;
    case 1: return rng.bool();
    case 2: return rng.pick([0, -1, 1, 1.5, 2 ** 53 + 2, -(2 ** 63), 1e308, Number.MIN_VALUE, 65535, 65536, 3600, 10]);
    case 3: return rng.pick(['', 'x', '0', '-f', '--', '127.0.0.1:9170', '/etc/passwd', '*/5 * * * *', '$(id)', 'a\nb', '\u0000', 'é'.repeat(3), 'x'.repeat(5000)]);
    case 4: return rng.pick(META) + rng.pick(UNICODE);
    case 5: return String(rng.int(1e6));
    case 6: case 7: {
      const o: Record<string, unknown> = {};
      const n = rng.int(5);
      for (let k = 0; k < n; k++) o[rng.pick(['__proto__', 'constructor', 'enabled', 'listen', 'x', 'tokenFile', ''])] = randomJson(rng, depth + 1);
      return o;
    }
    default: return Array.from({ length: rng.int(4) }, () => randomJson(rng, depth + 1));
  }
}

/** Replaces one value somewhere in a JSON tree (in place on a copy) with a random one; keeps the shape mostly valid. */
export function mutateJson(rng: Rng, value: unknown): unknown {
  const copy = structuredClone(value);
  const paths: Array<[Record<string, unknown> | unknown[], string | number]> = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach((x, i) => { paths.push([v, i]); walk(x); });
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { paths.push([v as Record<string, unknown>, k]); walk(x); }
  };
  walk(copy);
  if (paths.length === 0 || rng.bool(0.05)) return randomJson(rng);
  const n = 1 + rng.int(3);
  for (let k = 0; k < n; k++) {
    const [parent, key] = rng.pick(paths);
    const op = rng.int(4);
    if (op === 0 && !Array.isArray(parent)) delete (parent as Record<string, unknown>)[key as string];
    else if (op === 1 && !Array.isArray(parent)) (parent as Record<string, unknown>)[rng.pick(['extra', '__proto__', 'x'])] = randomJson(rng);
    else (parent as Record<string | number, unknown>)[key] = randomJson(rng);
  }
  return copy;
}

export interface Finding { iteration: number; kind: 'throw' | 'slow' | 'rejection'; message: string; input: unknown; file?: string }

export interface FuzzTarget<I> {
  name: string;
  iterations: number;
  /** the i-th input, from the seeded rng */
  input(rng: Rng, i: number): I;
  /** runs one input; may be async; throws only what `expected` accepts */
  run(input: I): unknown;
  /** the parser's documented error(s) */
  expected?(err: unknown): boolean;
  /** heapUsed growth allowed over the run (default 256 MiB) */
  maxHeapGrowthBytes?: number;
}

export interface FuzzReport { name: string; iterations: number; expectedErrors: number; maxMs: number; heapGrowthBytes: number; findings: Finding[] }

const gc = (globalThis as { gc?: () => void }).gc;

/** Writes a finding's exact input where a regression test can be made from it. */
function saveFinding(name: string, f: Finding): string {
  const dir = join(tmpdir(), 'zonelet-fuzz-findings');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name.replace(/\W+/g, '_')}-${SEED}-${f.iteration}.json`);
  writeFileSync(file, JSON.stringify({ target: name, seed: SEED, iteration: f.iteration, kind: f.kind, message: f.message,
    input: typeof f.input === 'string' || f.input instanceof Uint8Array ? { text: typeof f.input === 'string' ? f.input : Buffer.from(f.input).toString('base64') } : f.input }, null, 1));
  return file;
}

/** Runs a target; resolves with the report (findings are listed, not thrown, so one run shows them all). */
export async function fuzz<I>(t: FuzzTarget<I>): Promise<FuzzReport> {
  const rng = new Rng(SEED ^ hash(t.name));
  const findings: Finding[] = [];
  const rejections: unknown[] = [];
  const onRejection = (r: unknown) => rejections.push(r);
  process.on('unhandledRejection', onRejection);
  gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  let expectedErrors = 0;
  let maxMs = 0;
  try {
    for (let i = 0; i < t.iterations; i++) {
      const input = t.input(rng, i);
      const t0 = performance.now();
      try {
        await t.run(input);
      } catch (err) {
        if (t.expected?.(err)) expectedErrors++;
        else if (findings.length < 20) findings.push({ iteration: i, kind: 'throw', message: describe(err), input });
      }
      const ms = performance.now() - t0;
      if (ms > maxMs) maxMs = ms;
      if (ms > SLOW_MS && findings.length < 20) findings.push({ iteration: i, kind: 'slow', message: `${ms.toFixed(0)} ms for one input`, input });
      if (rejections.length && findings.length < 20) findings.push({ iteration: i, kind: 'rejection', message: describe(rejections.splice(0)[0]), input });
    }
    await new Promise((r) => setImmediate(r)); // let late rejections surface
    if (rejections.length) findings.push({ iteration: t.iterations, kind: 'rejection', message: describe(rejections[0]), input: '(after the run)' });
  } finally {
    process.off('unhandledRejection', onRejection);
  }
  gc?.();
  const heapGrowthBytes = process.memoryUsage().heapUsed - heap0;
  for (const f of findings) f.file = saveFinding(t.name, f);
  return { name: t.name, iterations: t.iterations, expectedErrors, maxMs, heapGrowthBytes, findings };
}

/** Fails with every finding (kind, iteration, message, first 300 chars of the input, the saved file). */
export function assertClean(r: FuzzReport, maxHeapGrowthBytes = 256 * 1024 * 1024): void {
  const lines = r.findings.map((f) => `#${f.iteration} ${f.kind}: ${f.message}\n  input: ${preview(f.input)}\n  saved: ${f.file}`);
  if (r.heapGrowthBytes > maxHeapGrowthBytes) lines.push(`heapUsed grew by ${(r.heapGrowthBytes / 1048576).toFixed(1)} MiB over ${r.iterations} inputs`);
  if (lines.length) throw new Error(`fuzz ${r.name} (seed ${SEED}): ${lines.length} finding(s)\n${lines.join('\n')}`);
  if (process.env.ZONELET_FUZZ_VERBOSE) {
    console.log(`fuzz ${r.name}: ${r.iterations} inputs, ${r.expectedErrors} typed errors, slowest ${r.maxMs.toFixed(1)} ms, heap ${(r.heapGrowthBytes / 1048576).toFixed(1)} MiB`);
  }
}

function preview(v: unknown): string {
  const s = typeof v === 'string' ? v : v instanceof Uint8Array ? Buffer.from(v).toString('hex') : JSON.stringify(v) ?? String(v);
  return JSON.stringify(s.length > 300 ? `${s.slice(0, 300)}...(${s.length})` : s);
}

function describe(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message.slice(0, 300)}\n    ${(err.stack ?? '').split('\n').slice(1, 4).join('\n    ')}` : String(err);
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

export const rel = (p: string) => relative(ROOT, p);
