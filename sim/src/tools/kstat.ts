/**
 * Simulated illumos `kstat` (usr/src/cmd/stat/kstat/kstat.c): same options, selectors, output formats, exit codes
 * (0 matched, 1 nothing matched, 2 usage) and usage text, over the simulated host in $SMARTOS_SIM_ROOT.
 */
import { simRoot } from '../host/state.js';
import { printSnapshot, type Format } from '../kstat/print.js';
import { fromOptions, matcher, parseOperand, SelectorError, type Matcher, type Selector } from '../kstat/selector.js';
import { takeSnapshot } from '../kstat/snapshot.js';
import { runTool } from './run-tool.js';

const USAGE = `Usage:
kstat [ -Cjlpq ] [ -T d|u ] [ -c class ]
      [ -m module ] [ -i instance ] [ -n name ] [ -s statistic ]
      [ interval [ count ] ]
kstat [ -Cjlpq ] [ -T d|u ] [ -c class ]
      [ module[:instance[:name[:statistic]]] ... ]
      [ interval [ count ] ]
`;

class UsageError extends Error {}

interface Options {
  format: Format;
  quiet: boolean;
  timestamp?: 'd' | 'u';
  klass?: string;
  m?: string;
  i?: string;
  n?: string;
  s?: string;
  operands: string[];
}

/** POSIX getopt over "h?CqjlpT:m:i:n:s:c:": options stop at the first operand or `--`. */
function getopt(argv: string[]): Options | 'help' {
  const o: Options = { format: 'human', quiet: false, operands: [] };
  let p = false, l = false, C = false, q = false, j = false;
  let k = 0;
  for (; k < argv.length; k++) {
    const a = argv[k];
    if (a === '--') {
      k++;
      break;
    }
    if (!a.startsWith('-') || a === '-') break;
    for (let c = 1; c < a.length; c++) {
      const ch = a[c];
      if ('mincsT'.includes(ch)) {
        const val = c + 1 < a.length ? a.slice(c + 1) : argv[++k];
        if (val === undefined) throw new UsageError(`kstat: option requires an argument -- ${ch}\n`);
        if (ch === 'T') {
          if (val !== 'd' && val !== 'u') throw new UsageError('');
          o.timestamp = val;
        } else if (ch === 'c') o.klass = val;
        else o[ch as 'm' | 'i' | 'n' | 's'] = val;
        break;
      }
      if (ch === 'h' || ch === '?') return 'help';
      else if (ch === 'p') p = true;
      else if (ch === 'l') l = true;
      else if (ch === 'C') C = p = true;
      else if (ch === 'q') q = true;
      else if (ch === 'j') j = true;
      else throw new UsageError(`kstat: illegal option -- ${ch}\n`);
    }
  }
  o.operands = argv.slice(k);
  if (q && (l || p || j)) throw new UsageError('-q and -lpj are mutually exclusive\n');
  if (j) throw new UsageError('kstat: -j is not simulated; use -p\n');
  o.quiet = q;
  o.format = q ? 'quiet' : l ? 'list' : C ? 'colon' : p ? 'parsable' : 'human';
  return o;
}

function ctimeLike(d: Date): string {
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const two = (n: number) => String(n).padStart(2, '0');
  return `${days[d.getDay()]} ${months[d.getMonth()]} ${String(d.getDate()).padStart(2, ' ')} ` +
    `${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())} ${d.getFullYear()}`;
}

function writeOut(text: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(text)) resolve();
    else process.stdout.once('drain', resolve);
  });
}

export async function kstatMain(argv: string[]): Promise<number> {
  let opts: Options;
  const selectors: Selector[] = [];
  let interval: number | undefined;
  let klass: Matcher;
  let count: number | undefined;
  try {
    const r = getopt(argv);
    if (r === 'help') {
      process.stderr.write(USAGE);
      return 0;
    }
    opts = r;
    const numbers: string[] = [];
    for (const op of opts.operands) {
      if (/^\d+$/.test(op)) numbers.push(op);
      else {
        if (opts.m !== undefined || opts.i !== undefined || opts.n !== undefined || opts.s !== undefined) {
          throw new UsageError('[module[:instance[:name[:statistic]]]] and -m -i -n -s are mutually exclusive');
        }
        const sel = parseOperand(op);
        if (!sel) throw new UsageError('');
        selectors.push(sel);
      }
    }
    if (numbers.length > 2) throw new UsageError('');
    if (numbers.length >= 1) {
      interval = Number(numbers[0]);
      if (interval < 1) throw new UsageError('Interval must be an integer >= 1');
    }
    if (numbers.length === 2) {
      count = Number(numbers[1]);
      if (count < 1) throw new UsageError('Count must be an integer >= 1');
    }
    if (selectors.length === 0) selectors.push(fromOptions(opts));
    klass = matcher(opts.klass);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(e.message + USAGE);
      return 2;
    }
    if (e instanceof SelectorError) {
      process.stderr.write(`kstat: ${e.message}\n${USAGE}`);
      return 2;
    }
    throw e;
  }

  const root = simRoot();
  let matched = false;
  for (let iter = 0; ; iter++) {
    if (iter > 0) await writeOut('\n');
    const now = Date.now();
    if (opts.timestamp === 'u') await writeOut(`${Math.floor(now / 1000)}\n`);
    else if (opts.timestamp === 'd') await writeOut(`${ctimeLike(new Date(now))}\n`);
    const snap = takeSnapshot(root, now);
    const r = printSnapshot(snap.kstats, snap.snaptime, selectors, klass, opts.format);
    matched ||= r.matched;
    if (r.text) await writeOut(r.text);
    if (interval === undefined || (count !== undefined && iter + 1 >= count)) break;
    await new Promise((res) => setTimeout(res, interval! * 1000));
  }
  return matched ? 0 : 1;
}

// Run only as the `kstat` executable, not when a test imports kstatMain.
if (process.argv[1] && /[\\/]kstat(\.js)?$/.test(process.argv[1])) void runTool('kstat', kstatMain);
