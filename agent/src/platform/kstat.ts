/**
 * `kstat -p` parsing.
 *
 * Theory of operation
 * - Each line is `module:instance:name:statistic<TAB>value` (kstat.c `-p` format). The key ends at the first TAB; a
 *   line with no TAB is a man-page paste whose tabs were expanded to spaces, so the key ends at the first space and
 *   the spaces after it are dropped. Everything after the separator is the value, spaces included (STRING stats).
 * - The name may itself hold ':' (the statistic never does), so the key splits at the first two and the last ':'.
 * - Values: an optional '-' and digits is an integer, kept exact as a bigint (UINT64 needs 64 bits); digits with a
 *   '.' is an HRTIME printed `%.9f` (crtime, snaptime), a number; anything else a string. A zero HRTIME prints as a
 *   bare `0`, and a STRING that happens to be all digits reads as a bigint: `-p` output carries no types.
 * - Consecutive lines with the same module:instance:name form one instance. A kstat printed twice (two selectors
 *   matching it, or several intervals) yields two instances, in output order; blank lines and `-T` timestamp lines
 *   end a group.
 * - Malformed lines are skipped and counted, not thrown: a 2000-zone host prints ~200k lines per scrape, and one odd
 *   line (a -T stamp, a truncated write, a name we do not expect) must not cost every zone its metrics. The count
 *   and the first bad line are returned so the caller can log and export them.
 * - Speed: indexOf/slice per line, no regex, no split of the whole text into an array.
 * - `integers: 'text'` keeps each integer as its decimal text (a string) instead of a bigint: a consumer that prints
 *   values (the metrics collectors) then allocates no bigint per value, which at 1000 zones (~60k values a cycle) is
 *   most of its garbage. Such a consumer must check the digits itself, since a STRING stat is a string too.
 */
import { keepShape } from '../util/shapes.js';
import { detach } from '../util/strings.js';
import { ExecError, type Exec } from './exec.js';

export type KstatScalar = bigint | number | string;
export interface KstatInstance { module: string; instance: number; name: string; stats: KstatStats }

/**
 * An instance's statistics, read like a Map (a later line for the same statistic replaces the earlier one), held as
 * one [name, value, name, value, ...] array. A Map per instance (5,000 at 1000 zones, each with its hash table) was
 * the parse's largest allocation, and the parse lives long enough through a cycle to be promoted: old-space garbage
 * every cycle. The agent's selectors keep instances to a few statistics, which a scan finds as fast as a hash.
 */
export class KstatStats implements ReadonlyMap<string, KstatScalar> {
  constructor(private readonly kv: Array<string | KstatScalar> = []) {}

  set(name: string, value: KstatScalar): void {
    const kv = this.kv;
    for (let i = 0; i < kv.length; i += 2) if (kv[i] === name) { kv[i + 1] = value; return; }
    kv.push(name, value);
  }

  get(name: string): KstatScalar | undefined {
    const kv = this.kv;
    for (let i = 0; i < kv.length; i += 2) if (kv[i] === name) return kv[i + 1];
    return undefined;
  }

  has(name: string): boolean { return this.get(name) !== undefined; }
  get size(): number { return this.kv.length / 2; }
  *entries(): MapIterator<[string, KstatScalar]> { for (let i = 0; i < this.kv.length; i += 2) yield [this.kv[i] as string, this.kv[i + 1]!]; }
  *keys(): MapIterator<string> { for (let i = 0; i < this.kv.length; i += 2) yield this.kv[i] as string; }
  *values(): MapIterator<KstatScalar> { for (let i = 1; i < this.kv.length; i += 2) yield this.kv[i]!; }
  [Symbol.iterator](): MapIterator<[string, KstatScalar]> { return this.entries(); }
  forEach(fn: (value: KstatScalar, name: string, map: ReadonlyMap<string, KstatScalar>) => void): void {
    for (let i = 0; i < this.kv.length; i += 2) fn(this.kv[i + 1]!, this.kv[i] as string, this);
  }
}

keepShape(new KstatStats());

/**
 * Statistic and module names, one string each: 50,000 lines at 1000 zones name a few dozen statistics, and a slice
 * per line kept in the parse was promoted with it. Bounded: a host has a fixed set of statistic names, and past the
 * bound a name is simply kept as sliced.
 */
const NAMES = new Map<string, string>();
const NAMES_MAX = 4096;
function named(s: string): string {
  const known = NAMES.get(s);
  if (known !== undefined) return known;
  if (NAMES.size < NAMES_MAX) { const own = detach(s); NAMES.set(own, own); return own; }
  return s;
}

export interface KstatParseOptions {
  /** 'bigint' (default): integers as exact bigints; 'text': integers kept as their decimal text */
  integers?: 'bigint' | 'text';
}

export type KstatParse = KstatInstance[] & {
  /** lines that were neither blank nor a `module:instance:name:statistic value` line */
  malformed: number;
  /** the first such line and its 1-based number, for a log message */
  firstMalformed?: { line: number; text: string };
};

const SPACE = 32, MINUS = 45, DOT = 46, ZERO = 48, NINE = 57;

function scalar(v: string, text: boolean): KstatScalar {
  const n = v.length;
  if (n === 0) return v;
  let i = v.charCodeAt(0) === MINUS ? 1 : 0;
  if (i === n) return v;
  let dot = -1;
  for (; i < n; i++) {
    const c = v.charCodeAt(i);
    if (c >= ZERO && c <= NINE) continue;
    if (c === DOT && dot === -1 && i > 0) { dot = i; continue; }
    return detach(v); // a STRING stat (a zonename) outlives the output it was cut from
  }
  if (dot === -1) return text ? detach(v) : n < 16 ? BigInt(Number(v)) : BigInt(v);
  return dot === n - 1 ? v : Number(v);
}

export function parseKstatP(text: string, opts: KstatParseOptions = {}): KstatParse {
  const st = new ParseState(text, opts.integers === 'text');
  const len = text.length;
  for (let pos = 0; pos < len;) {
    let end = text.indexOf('\n', pos);
    if (end === -1) end = len;
    st.lineNo++;
    parseLine(st, pos, end);
    pos = end + 1;
  }
  return st.out;
}

function newParse(): KstatParse {
  const out = [] as unknown as KstatParse;
  out.malformed = 0;
  return out;
}

/**
 * One parse in progress. The work is per line in parseLine, a function of its own: a loop over 80,000 lines run
 * once per cycle would only ever be optimized on the fly (on-stack replacement), and that code is dropped at the
 * next full GC, so it was recompiled every cycle.
 */
class ParseState {
  readonly out = newParse();
  current: KstatInstance | undefined = undefined;
  /** where the current instance's module:instance:name starts in the text, and its length */
  currentKeyStart = 0;
  currentKeyLen = -1;
  lineNo = 0;
  constructor(readonly text: string, readonly intText: boolean) {}

  bad(line: string): void {
    this.out.malformed++;
    if (!this.out.firstMalformed) this.out.firstMalformed = { line: this.lineNo, text: line.length > 200 ? `${line.slice(0, 200)}...` : line };
  }
}

keepShape(new ParseState('', false)); // see util/shapes.ts (its `out` keeps the parse's array shape too)

/** A parsed instance; one kept alive (util/shapes.ts), so that the code of every reader of instances stays. */
function instanceOf(module: string, instance: number, name: string): KstatInstance {
  return { module, instance, name, stats: new KstatStats() };
}
keepShape(instanceOf('', 0, ''));

function parseLine(st: ParseState, lineStart: number, end: number): void {
  const text = st.text;
  let lineEnd = end;
  if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13) lineEnd--; // CRLF from a pasted sample
  if (lineEnd === lineStart) { st.current = undefined; return; }

  let sep = text.indexOf('\t', lineStart);
  let valueStart: number;
  if (sep !== -1 && sep < lineEnd) {
    valueStart = sep + 1;
  } else {
    sep = text.indexOf(' ', lineStart);
    if (sep === -1 || sep >= lineEnd) sep = lineEnd; // `kstat -l` style: a name without a value
    valueStart = sep;
    while (valueStart < lineEnd && text.charCodeAt(valueStart) === SPACE) valueStart++;
  }
  // module:instance:name:statistic, each part non-empty except a statistic (kstat prints empty CHAR names)
  const c1 = text.indexOf(':', lineStart);
  const c2 = c1 === -1 || c1 >= sep ? -1 : text.indexOf(':', c1 + 1);
  const c3 = c2 === -1 || c2 >= sep ? -1 : text.lastIndexOf(':', sep - 1);
  let instance = c1 > lineStart && c2 > c1 + 1 && c3 > c2 + 1 ? 0 : -1;
  for (let i = c1 + 1; instance !== -1 && i < c2; i++) {
    const c = text.charCodeAt(i);
    instance = c >= ZERO && c <= NINE ? instance * 10 + (c - ZERO) : -1;
  }
  if (instance === -1 || instance > 0x7fffffff) { st.bad(text.slice(lineStart, lineEnd)); st.current = undefined; return; } // ks_instance is an int

  // the same module:instance:name as the line before, compared in place (no key string per line)
  let current = st.current;
  const keyLen = c3 - lineStart;
  if (current === undefined || keyLen !== st.currentKeyLen || !sameRange(text, st.currentKeyStart, lineStart, keyLen)) {
    current = instanceOf(named(text.slice(lineStart, c1)), instance, text.slice(c2 + 1, c3));
    st.current = current;
    st.currentKeyStart = lineStart;
    st.currentKeyLen = keyLen;
    st.out.push(current);
  }
  current.stats.set(named(text.slice(c3 + 1, sep)), scalar(text.slice(valueStart, lineEnd), st.intText));
}

// a parse's result array (instances, plus `malformed`) dies with its cycle too, and every reader of it was recompiled
keepShape(parseKstatP('module:0:name:statistic\t1\n'));

/** Whether text[a, a + n) and text[b, b + n) hold the same characters. */
function sameRange(text: string, a: number, b: number, n: number): boolean {
  for (let i = n - 1; i >= 0; i--) if (text.charCodeAt(a + i) !== text.charCodeAt(b + i)) return false;
  return true;
}

/** A glob or /regex/ operand for `kstat -p`; never an option or a bare number (kstat reads those as the interval). */
export function checkSelector(s: string): void {
  if (s === '' || s.startsWith('-') || /^\d+$/.test(s) || s.split(':').length > 4) {
    throw new Error(`invalid kstat selector ${JSON.stringify(s)}: expected module[:instance[:name[:statistic]]]`);
  }
}

export class Kstat {
  constructor(private readonly exec: Exec) {}

  /** One `kstat -p <selectors...>` call. No match (exit 1, no output) is an empty result, as kstat(8) defines it. */
  async read(selectors: string[], opts: { timeoutMs?: number } & KstatParseOptions = {}): Promise<KstatParse> {
    if (selectors.length === 0) throw new Error('kstat read: at least one selector is required');
    selectors.forEach(checkSelector);
    try {
      const { stdout } = await this.exec.run('kstat', ['-p', ...selectors], {
        timeoutMs: opts.timeoutMs ?? 30_000,
        maxOutputBytes: 256 * 1024 * 1024,
      });
      return parseKstatP(stdout, opts);
    } catch (err) {
      // kstat -p exits 1 silently when nothing matched; exit 1 with a message is a failure, not an empty host
      if (err instanceof ExecError && err.kind === 'exit' && err.exitCode === 1 && err.stdout.trim() === '' && err.stderr.trim() === '') {
        return parseKstatP('');
      }
      throw err;
    }
  }
}
