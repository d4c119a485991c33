/**
 * dtrace(1M) output text, byte for byte as libdtrace dt_consume.c prints it:
 *  - printa(@) with no format: "\n", then per entry (ascending by value) the keys (string `  %-50s`, 64-bit ` %16lld`,
 *    32-bit ` %8d`, 16-bit ` %5d`, 8-bit ` %3d`), the value (` %16lld`, or a histogram block), then "\n";
 *  - histograms (dt_print_quantize/lquantize/llquantize): header "\n%16s %41s %-9s\n", rows "%16s |" + bar + " %-9lld\n",
 *    bar depth (uint)(|v|*40/total + 0.5), one zero row kept on each side of the data, centred bars with negatives;
 *  - printa("fmt", @a, @b ...): one formatted line per entry, key conversions take the keys in order and %@ ones the
 *    aggregation values (a histogram's %@d is its whole block);
 *  - at exit: "\n", then every aggregation not yet printed, in the default layout.
 */
import { Aggregation, QUANTIZE_ZEROBUCKET, quantizeBucketValue, type Entry, type KeyType, type KeyValue } from './aggregation.js';

const ATS = '@'.repeat(40);
const SPACES = ' '.repeat(40);

const padL = (s: string, w: number) => (s.length >= w ? s : ' '.repeat(w - s.length) + s);
const padR = (s: string, w: number) => (s.length >= w ? s : s + ' '.repeat(w - s.length));

function quantline(val: bigint, total: number, positives: boolean, negatives: boolean): string {
  const v = Number(val);
  const count = padR(val.toString(), 9);
  if (!negatives) {
    const depth = positives ? Math.floor((Math.abs(v) * 40) / total + 0.5) : 0;
    return `|${ATS.slice(40 - depth)}${SPACES.slice(depth)} ${count}\n`;
  }
  if (!positives) {
    const depth = Math.floor((Math.abs(v) * 40) / total + 0.5);
    return `${SPACES.slice(depth)}${ATS.slice(40 - depth)}| ${count}\n`;
  }
  const depth = Math.floor((Math.abs(v) * 20) / total + 0.5);
  if (v <= 0) return `${SPACES.slice(20 + depth)}${ATS.slice(40 - depth)}|${' '.repeat(20)} ${count}\n`;
  return `${' '.repeat(20)}|${ATS.slice(40 - depth)}${SPACES.slice(20 + depth)} ${count}\n`;
}

/** The trimmed bucket range [first, last] and its totals, as dt_print_*quantize compute them. */
function range(data: bigint[], emptyFirst: number, emptyLast: number): { first: number; last: number; total: number; pos: boolean; neg: boolean } {
  const n = data.length;
  let first = 0;
  while (first < n && data[first] === 0n) first++;
  let last = n - 1;
  if (first === n) {
    first = emptyFirst;
    last = emptyLast;
  } else {
    if (first > 0) first--;
    while (last > 0 && data[last] === 0n) last--;
    if (last < n - 1) last++;
  }
  let total = 0, pos = false, neg = false;
  for (let i = first; i <= last; i++) {
    total += Math.abs(Number(data[i]));
    pos ||= data[i] > 0n;
    neg ||= data[i] < 0n;
  }
  return { first, last, total, pos, neg };
}

const HEADER = `\n${padL('value', 16)} ${padL('------------- Distribution -------------', 41)} ${padR('count', 9)}\n`;

export function histogram(agg: Aggregation, data: bigint[]): string {
  const f = agg.func;
  let out = HEADER;
  if (f.fn === 'quantize') {
    // An all-zero quantize (cleared) prints the three buckets around 0.
    const r = range(data, QUANTIZE_ZEROBUCKET - 1, QUANTIZE_ZEROBUCKET + 1);
    for (let i = r.first; i <= r.last; i++) out += `${padL(quantizeBucketValue(i).toString(), 16)} ${quantline(data[i], r.total, r.pos, r.neg)}`;
    return out;
  }
  if (f.fn === 'lquantize') {
    const levels = data.length - 2;
    const r = range(data, 0, 2);
    for (let i = r.first; i <= r.last; i++) {
      const label = i === 0 ? `< ${f.base}` : i === levels + 1 ? `>= ${f.base + levels * f.step}` : String(f.base + (i - 1) * f.step);
      out += `${padL(label, 16)} ${quantline(data[i], r.total, r.pos, r.neg)}`;
    }
    return out;
  }
  if (f.fn === 'llquantize') {
    const bounds = agg.llquantizeBounds!;
    const r = range(data, 0, 1);
    if (r.first === 0) out += `${padL(`< ${bounds[0]}`, 16)} ${quantline(data[0], r.total, r.pos, r.neg)}`;
    const overflow = data.length - 1;
    for (let bin = 1; bin < overflow; bin++) {
      if (bin >= r.first && bin <= r.last) out += `${padL(bounds[bin - 1].toString(), 16)} ${quantline(data[bin], r.total, r.pos, r.neg)}`;
    }
    if (r.last >= overflow) out += `${padL(`>= ${bounds[bounds.length - 1]}`, 16)} ${quantline(data[overflow], r.total, r.pos, r.neg)}`;
    return out;
  }
  throw new Error(`@${agg.name} is not a histogram aggregation`);
}

const isHistogram = (agg: Aggregation) => ['quantize', 'lquantize', 'llquantize'].includes(agg.func.fn);

function scalar(agg: Aggregation, e: Entry): bigint {
  return agg.func.fn === 'avg' ? (e.data[0] === 0n ? 0n : e.data[1] / e.data[0]) : e.data[0];
}

const KEY_WIDTH: Record<Exclude<KeyType, 'string'>, number> = { int8: 3, int16: 5, int32: 8, int64: 16 };

function defaultKey(t: KeyType, k: KeyValue): string {
  return t === 'string' ? `  ${padR(String(k), 50)}` : ` ${padL(String(k), KEY_WIDTH[t])}`;
}

/** One entry in the default layout (dt_print_aggs), including its trailing "\n". */
function defaultEntry(agg: Aggregation, e: Entry): string {
  let out = '';
  for (let i = 0; i < e.keys.length; i++) out += defaultKey(agg.keyTypes[i], e.keys[i]);
  out += isHistogram(agg) ? histogram(agg, e.data) : ` ${padL(scalar(agg, e).toString(), 16)}`;
  return out + '\n';
}

/** printa(@agg) without a format. */
export function printaDefault(agg: Aggregation): string {
  agg.printed = true;
  return '\n' + agg.sorted().map((e) => defaultEntry(agg, e)).join('');
}

/** What dtrace prints when it exits (exit(), SIGINT, SIGTERM): a newline, then every aggregation not yet printed. */
export function exitPrint(aggs: Aggregation[]): string {
  let out = '\n';
  for (const a of aggs) if (!a.printed) out += a.sorted().map((e) => defaultEntry(a, e)).join('');
  return out;
}

interface Conv {
  flags: string;
  width?: number;
  agg: boolean; // %@...
  conv: string; // d i u s x
}

function parseFormat(fmt: string): Array<string | Conv> {
  const parts: Array<string | Conv> = [];
  const re = /%(%|([-0 +#@]*)(\d+)?(@)?(?:\.\d+)?(?:ll|l|hh|h)?([diusxXc]))/g;
  let last = 0;
  for (let m = re.exec(fmt); m; m = re.exec(fmt)) {
    if (m.index > last) parts.push(fmt.slice(last, m.index));
    last = re.lastIndex;
    if (m[1] === '%') parts.push('%');
    else parts.push({ flags: m[2] ?? '', width: m[3] ? Number(m[3]) : undefined, agg: m[4] === '@' || (m[2] ?? '').includes('@'), conv: m[5] });
  }
  if (last < fmt.length) parts.push(fmt.slice(last));
  return parts;
}

function formatOne(c: Conv, v: KeyValue): string {
  let s: string;
  if (c.conv === 's' || c.conv === 'c') s = String(v);
  else if (c.conv === 'x' || c.conv === 'X') s = BigInt(v).toString(16)[c.conv === 'X' ? 'toUpperCase' : 'toLowerCase']();
  else s = BigInt(v).toString();
  if (c.width === undefined) return s;
  if (c.flags.includes('-')) return padR(s, c.width);
  if (c.flags.includes('0') && c.conv !== 's') return s.startsWith('-') ? '-' + s.slice(1).padStart(c.width - 1, '0') : s.padStart(c.width, '0');
  return padL(s, c.width);
}

/** printf("fmt", args...) for the conversions the sim's scripts use (%s %d %i %u %x with flags and width). */
export function printf(fmt: string, ...args: KeyValue[]): string {
  let i = 0;
  return parseFormat(fmt)
    .map((p) => (typeof p === 'string' ? p : formatOne(p, args[i++] ?? '')))
    .join('');
}

/**
 * printa("fmt", @a, @b ...): entries of the first aggregation in value order; the others are looked up by the same
 * keys (missing ones print 0, as DTrace does for multi-aggregation printa).
 */
export function printaFormat(fmt: string, ...aggs: Aggregation[]): string {
  const parts = parseFormat(fmt);
  const [first] = aggs;
  let out = '';
  for (const e of first.sorted()) {
    const id = JSON.stringify(e.keys.map(String));
    let k = 0;
    let a = 0;
    for (const p of parts) {
      if (typeof p === 'string') out += p;
      else if (!p.agg) out += formatOne(p, e.keys[k++] ?? '');
      else {
        const agg = aggs[a++] ?? first;
        const entry = agg.entries.get(id);
        if (isHistogram(agg)) out += histogram(agg, entry?.data ?? new Array<bigint>(agg.nbuckets).fill(0n));
        else out += formatOne(p, entry ? scalar(agg, entry) : 0n);
      }
    }
  }
  for (const agg of aggs) agg.printed = true;
  return out;
}
