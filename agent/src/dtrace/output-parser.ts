/**
 * Streaming parser for `dtrace -q` stdout: default-format printa() records and quantize/lquantize/llquantize blocks,
 * in the exact text libdtrace (dt_consume.c) prints, plus the interval framing our scripts add with printf().
 *
 * Theory of operation
 * - Lines arrive one at a time (a dtrace child streams forever); the parser keeps O(1 histogram) state.
 * - A default printa() entry is its keys (strings as "  %-50s", ints as " %8d"/" %16lld") followed either by the value
 *   (" %16lld") on the same line, or, for a histogram, by a header line that begins with its own "\n" — so a histogram's
 *   key line is simply the line before the "value ---- Distribution ---- count" header. A line that could be either
 *   (e.g. "        0") is therefore held one line: it becomes histogram keys if the header follows, else a record.
 * - Histogram rows are "%16s |<bar> %-9lld": label (a number, "< N" underflow or ">= N" overflow), a 40-column bar of
 *   '@' (centred around a second '|' when counts are negative), the count, trailing blanks. The block ends at the first
 *   line that is not a row (normally the blank line dt_print_aggs prints after it). Numbers are printed with %lld, so
 *   a number with a leading zero or a "-0" is not a row. A block's rows are packed into one array of numbers
 *   (HistogramRows): they are most of what dtrace prints, and an object with two BigInts per row was most of the
 *   DTrace path's CPU and garbage. Bounds and counts must be exact as doubles (|n| <= 2^53); no script prints more
 *   (bounds are nanosecond grid edges or powers of two, counts one interval's events). A row beyond that is not a
 *   row: it ends the block, and the histogram's count() then disagrees with its buckets, so interpret.ts rejects
 *   the interval. Never rounded. Record values are exact integers too (ExactInt: a bigint only past 2^53).
 * - Keys are split on whitespace: our scripts key by zonename, zone id, op and syscall names, none of which has blanks.
 * - Framing lines our scripts print: "@@T <walltime>" starts an interval, "@@A <aggregation>" starts one aggregation's
 *   printa(), "@@E" ends the interval. Anything unrecognised is reported as `unparsed`, never thrown.
 */
import { parseExactInt, type ExactInt } from '../util/exact-int.js';
import { keepShape } from '../util/shapes.js';
import { detach } from '../util/strings.js';

export type BucketKind = 'value' | 'underflow' | 'overflow';

/** BucketKind as stored in HistogramRows */
export const VALUE = 0, UNDERFLOW = 1, OVERFLOW = 2;
const KINDS: readonly BucketKind[] = ['value', 'underflow', 'overflow'];

export interface HistogramRow {
  /** the label as printed, trimmed: "1024", "< 1000", ">= 10000000000" */
  label: string;
  kind: BucketKind;
  /** the number in the label: a bucket's lower bound, the underflow bound (exclusive) or the overflow bound (inclusive) */
  bound: bigint;
  count: bigint;
}

/** One histogram block's rows as (kind code, bound, count) triples, in printed order. */
export class HistogramRows {
  constructor(private readonly data: Float64Array) {}
  get length(): number { return this.data.length / 3; }
  /** VALUE, UNDERFLOW or OVERFLOW */
  kind(i: number): number { return this.data[3 * i]!; }
  bound(i: number): number { return this.data[3 * i + 1]!; }
  count(i: number): number { return this.data[3 * i + 2]!; }
  /** Row i as printed (label text, BigInt figures): for messages and tests. */
  at(i: number): HistogramRow {
    const kind = KINDS[this.kind(i)]!;
    const bound = BigInt(this.bound(i));
    const label = kind === 'value' ? String(bound) : `${kind === 'underflow' ? '<' : '>='} ${bound}`;
    return { label, kind, bound, count: BigInt(this.count(i)) };
  }
  toArray(): HistogramRow[] { return Array.from({ length: this.length }, (_, i) => this.at(i)); }
}
// an interval's rows all die once it is applied, and with their shape went the code that reads them (util/shapes.ts)
keepShape(new HistogramRows(new Float64Array(0)));

export type DtraceEvent =
  | { type: 'interval-start'; walltime: number }
  | { type: 'aggregation'; name: string }
  | { type: 'record'; keys: string[]; value: ExactInt }
  | { type: 'histogram'; keys: string[]; rows: HistogramRows }
  | { type: 'interval-end' }
  | { type: 'unparsed'; line: string; reason: string };

const HEADER = /^\s*value\s+-+ Distribution -+\s+count\s*$/;
const INTEGER = /^-?\d+$/;
const MARK_START = /^@@T (-?\d+)\s*$/;
const MARK_AGG = /^@@A ([A-Za-z_][A-Za-z0-9_]*)\s*$/;
const MARK_END = /^@@E\s*$/;

/** A real row is ~80 columns ("%16s |" + 40-column bar + count); anything much longer is not a row. */
const MAX_ROW = 256;

const SP = 32, TAB = 9, CR = 13, LT = 60, GT = 62, EQ = 61, MINUS = 45, AT = 64, BAR = 124, D0 = 48, D9 = 57;
const blank = (c: number) => c === SP || c === TAB;
const digit = (c: number) => c >= D0 && c <= D9;

/**
 * One histogram row, `^\s*(<\s?|>=\s?)?(-?(0|[1-9]\d*)) ([ @|]*\|[ @|]*) (-?(0|[1-9]\d*))\s*$` without "-0", scanned by
 * hand into `out` at `at` as (kind, bound, count); false when the line is not a row. These are most of the lines
 * dtrace prints (about 70,000 an interval at 1000 zones), so a row is read where it lies, line[start, end) of the
 * stdout chunk it arrived in: charCodeAt on a string of its own per line (a view into the chunk) took twice as long.
 */
function parseRow(line: string, start: number, end: number, out: Float64Array, at: number): boolean {
  if (end - start > MAX_ROW) return false;
  let i = start;
  while (i < end && blank(line.charCodeAt(i))) i++;
  let kind = VALUE;
  if (line.charCodeAt(i) === LT) { kind = UNDERFLOW; i++; }
  else if (line.charCodeAt(i) === GT && line.charCodeAt(i + 1) === EQ) { kind = OVERFLOW; i += 2; }
  if (kind !== VALUE && blank(line.charCodeAt(i))) i++;
  const bound = integerAt(line, i, end);
  if (bound === undefined) return false;
  i = scanEnd;
  if (line.charCodeAt(i) !== SP) return false;
  const numEnd = i;
  // from the end: trailing blanks, the count, the one space before it
  while (end > i && blank(line.charCodeAt(end - 1))) end--;
  let c = end;
  while (c > i && digit(line.charCodeAt(c - 1))) c--;
  if (c === end) return false;
  const countStart = line.charCodeAt(c - 1) === MINUS ? c - 1 : c;
  if (countStart - 1 <= numEnd || line.charCodeAt(countStart - 1) !== SP) return false;
  const count = integerAt(line, countStart, end);
  if (count === undefined || scanEnd !== end) return false;
  // the bar between the two separating spaces: only ' ', '@' and '|', at least one '|'
  let bar = false;
  for (let k = numEnd + 1; k < countStart - 1; k++) {
    const b = line.charCodeAt(k);
    if (b === BAR) bar = true;
    else if (b !== SP && b !== AT) return false;
  }
  if (!bar) return false;
  out[at] = kind; out[at + 1] = bound; out[at + 2] = count;
  return true;
}

/** Where integerAt() stopped (one past the last digit). */
let scanEnd = 0;

/**
 * The %lld integer at `i` (optional '-', no leading zero, no "-0"), exact as a double, or undefined; sets scanEnd.
 * Up to 15 digits are summed exactly; a longer one is taken only if the double holds it exactly (a power of two).
 */
function integerAt(line: string, i: number, end: number): number | undefined {
  const neg = line.charCodeAt(i) === MINUS;
  if (neg) i++;
  const first = i;
  let v = 0;
  while (i < end) {
    const c = line.charCodeAt(i);
    if (!digit(c)) break;
    v = v * 10 + (c - D0);
    i++;
  }
  scanEnd = i;
  const n = i - first;
  if (n === 0 || (n > 1 && line.charCodeAt(first) === D0) || (neg && v === 0)) return undefined;
  if (n > 15) {
    const text = line.slice(first, i);
    v = Number(text);
    if (BigInt(v) !== BigInt(text)) return undefined;
  }
  return neg ? -v : v;
}

/**
 * The line split on whitespace (what /\s+/ matches), scanned by hand: a key or record line is split per record. Each
 * token is a copy (detach): the keys wait in their interval until its end marker, and a zone UUID sliced from a line
 * kept the whole 64 KiB stdout chunk the line came in alive that long, long enough to be promoted (6 MB a cycle at
 * 1000 zones).
 */
function tokens(line: string): string[] {
  const out: string[] = [];
  const n = line.length;
  for (let i = 0; i < n;) {
    while (i < n && space(line, i)) i++;
    if (i === n) break;
    const start = i;
    while (i < n && !space(line, i)) i++;
    out.push(detach(line.slice(start, i)));
  }
  return out;
}

/** Whether line[i] is what \s matches: blank and the ASCII controls \t..\r, or a Unicode space (rare: ask the regex). */
function space(line: string, i: number): boolean {
  const c = line.charCodeAt(i);
  return c === SP || (c >= TAB && c <= 13) || (c > 127 && WS.test(line[i]!));
}

const WS = /\s/;

export class DtraceOutputParser {
  /** a line that is either a record or a histogram's key line, decided by the next line */
  private held: string | undefined;
  private hist: { keys: string[] } | undefined;
  /** the open block's rows, 3 numbers each (HistogramRows), copied out at its exact size when it ends */
  private rows = new Float64Array(3 * 64);
  private nRows = 0;
  /** the last line seen, for the no-key histogram (its key line is empty) */
  private previousWasBlank = true;
  /** write(): the text after the last \n so far */
  private partial = '';

  constructor(private readonly emit: (e: DtraceEvent) => void) {}

  /**
   * Stdout text as it arrives, in chunks split anywhere (a line may span chunks). Lines end at \n; the text after the
   * last one waits for the next chunk, and end() drops it (a line cut short when dtrace exited).
   */
  write(text: string): void {
    let start = 0;
    let nl = text.indexOf('\n');
    if (this.partial !== '') {
      if (nl === -1) { this.partial += text; return; }
      const line = this.partial + text.slice(0, nl);
      this.partial = '';
      this.lineAt(line, 0, line.length);
      start = nl + 1;
      nl = text.indexOf('\n', start);
    }
    while (nl !== -1) {
      this.lineAt(text, start, nl);
      start = nl + 1;
      nl = text.indexOf('\n', start);
    }
    if (start < text.length) this.partial = text.slice(start);
  }

  /** One line, without its \n. */
  push(line: string): void {
    this.lineAt(line, 0, line.length);
  }

  /** The line text[start, end). */
  private lineAt(text: string, start: number, end: number): void {
    if (end > start && text.charCodeAt(end - 1) === CR) end--;

    if (this.hist) {
      if (3 * this.nRows + 3 > this.rows.length) { const a = new Float64Array(this.rows.length * 2); a.set(this.rows); this.rows = a; }
      if (parseRow(text, start, end, this.rows, 3 * this.nRows)) { this.nRows++; return; }
      this.endHistogram();
    }
    this.otherLine(start === 0 && end === text.length ? text : text.slice(start, end));
  }

  /** A line that is not a row of an open histogram: a header, keys, a record, framing or blank. */
  private otherLine(line: string): void {
    if (HEADER.test(line)) {
      const keys = this.held !== undefined ? tokens(this.held) : [];
      if (this.held === undefined && !this.previousWasBlank) {
        this.emit({ type: 'unparsed', line, reason: 'histogram header without a key line before it' });
      }
      this.held = undefined;
      this.hist = { keys };
      this.nRows = 0;
      return;
    }

    this.flushHeld();
    this.previousWasBlank = line.trim() === '';
    if (this.previousWasBlank) return;

    let m: RegExpExecArray | null;
    if ((m = MARK_START.exec(line))) { this.emit({ type: 'interval-start', walltime: Number(m[1]) }); return; }
    if ((m = MARK_AGG.exec(line))) { this.emit({ type: 'aggregation', name: m[1]! }); return; }
    if (MARK_END.test(line)) { this.emit({ type: 'interval-end' }); return; }
    this.held = line;
    this.previousWasBlank = false;
  }

  /** End of stream: emits whatever is pending; an unterminated last line written is dropped. */
  end(): void {
    this.partial = '';
    if (this.hist) this.endHistogram();
    this.flushHeld();
  }

  private endHistogram(): void {
    const h = this.hist!;
    this.hist = undefined;
    if (this.nRows === 0) {
      this.emit({ type: 'unparsed', line: h.keys.join(' '), reason: 'histogram header with no rows' });
      return;
    }
    this.emit({ type: 'histogram', keys: h.keys, rows: new HistogramRows(this.rows.slice(0, 3 * this.nRows)) });
  }

  private flushHeld(): void {
    if (this.held === undefined) return;
    const line = this.held;
    this.held = undefined;
    const t = tokens(line);
    const last = t[t.length - 1];
    if (last !== undefined && INTEGER.test(last)) this.emit({ type: 'record', keys: t.slice(0, -1), value: parseExactInt(last) });
    else this.emit({ type: 'unparsed', line, reason: 'not a printa record, histogram or framing line' });
  }
}

/** Parses a whole text (a saved sample); the streaming parser is the same. */
export function parseDtraceOutput(text: string): DtraceEvent[] {
  const events: DtraceEvent[] = [];
  const p = new DtraceOutputParser((e) => events.push(e));
  p.write(text === '' || text.endsWith('\n') ? text : `${text}\n`); // a saved sample's last line may lack its \n
  p.end();
  return events;
}
