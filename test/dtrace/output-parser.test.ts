// The dtrace output parser on every real sample in ../shared/fixtures/smartos/dtrace. Expected keys, values and
// buckets are typed by hand from the samples (and, for the illumos goldens, from what the test programs aggregate).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DtraceOutputParser, parseDtraceOutput, type DtraceEvent } from '../../agent/src/dtrace/output-parser.js';
import { SHARED } from '../helpers/fixtures.js';

const FIX = SHARED + 'fixtures/smartos/dtrace/';
const sample = (name: string) => parseDtraceOutput(readFileSync(join(FIX, name), 'utf8'));

type Rows = Array<[string, number]>;
const hists = (ev: DtraceEvent[]) => ev.flatMap((e) => (e.type === 'histogram'
  ? [{ keys: e.keys, rows: e.rows.toArray().map((r) => [r.label, Number(r.count)] as [string, number]) }] : []));
const records = (ev: DtraceEvent[]) => ev.flatMap((e) => (e.type === 'record' ? [[e.keys.join(' '), Number(e.value)] as [string, number]] : []));

test('aggs-tst.quantize.d.out: @[i] = quantize(i) for i = 0..900 step 100, power-of-two rows with -1/0', () => {
  const ev = sample('illumos-dtrace-tests/aggs-tst.quantize.d.out');
  const bucket: Record<string, [string, string, string]> = {
    0: ['-1', '0', '1'], 100: ['32', '64', '128'], 200: ['64', '128', '256'], 300: ['128', '256', '512'],
    400: ['128', '256', '512'], 500: ['128', '256', '512'], 600: ['256', '512', '1024'], 700: ['256', '512', '1024'],
    800: ['256', '512', '1024'], 900: ['256', '512', '1024'],
  };
  const expected = Object.entries(bucket).map(([k, [a, b, c]]) => ({ keys: [k], rows: [[a, 0], [b, 1], [c, 0]] as Rows }));
  assert.deepEqual(hists(ev), expected);
  assert.equal(ev.filter((e) => e.type === 'unparsed').length, 0);
});

test('aggs-tst.lquantize.d.out: steps of 100, the row under 0 is the plain bucket -100', () => {
  const ev = sample('illumos-dtrace-tests/aggs-tst.lquantize.d.out');
  const expected = [0, 100, 200, 300, 400, 500, 600, 700, 800, 900].map((k) => ({
    keys: [String(k)], rows: [[String(k - 100), 0], [String(k), 1], [String(k + 100), 0]] as Rows,
  }));
  assert.deepEqual(hists(ev), expected);
  const first = ev.find((e) => e.type === 'histogram');
  assert.ok(first && first.type === 'histogram');
  assert.equal(first.rows.at(0).bound, -100n);
  assert.equal(first.rows.at(0).kind, 'value');
});

test('llquantize-tst.bases.d.out: nine keyless llquantize blocks with "< 1" and ">= N" rows', () => {
  const ev = sample('illumos-dtrace-tests/llquantize-tst.bases.d.out');
  const h = hists(ev);
  assert.equal(h.length, 9);
  for (const x of h) assert.deepEqual(x.keys, []);
  const ones = (from: number, to: number): Rows => Array.from({ length: to - from + 1 }, (_, i) => [String(from + i), 1]);
  assert.deepEqual(h[0]!.rows, [['< 1', 0], ['1', 1], ['2', 2], ['4', 4], ['8', 8], ['16', 16], ['32', 32], ['64', 38], ['>= 128', 0]]);
  assert.deepEqual(h[1]!.rows, [['< 1', 0], ...ones(1, 8), ['>= 9', 93]]);
  assert.deepEqual(h[2]!.rows, [['< 1', 0], ...ones(1, 3), ['4', 4], ['8', 4], ['12', 4], ['>= 16', 86]]);
  assert.deepEqual(h[3]!.rows, [['< 1', 0], ...ones(1, 24), ['>= 25', 77]]);
  assert.deepEqual(h[4]!.rows, [['< 1', 0], ...ones(1, 5),
    ['6', 3], ['9', 3], ['12', 3], ['15', 3], ['18', 3], ['21', 3], ['24', 3], ['27', 3], ['30', 3], ['33', 3],
    ['36', 18], ['54', 18], ['72', 18], ['90', 12], ['108', 0]]);
  assert.deepEqual(h[5]!.rows, [['< 1', 0], ...ones(1, 6), ['7', 7], ['14', 7], ['21', 7], ['28', 7], ['35', 7], ['42', 7], ['>= 49', 53]]);
  assert.deepEqual(h[6]!.rows, [['< 1', 0], ...ones(1, 7),
    ...[8, 12, 16, 20, 24, 28, 32, 36, 40, 44, 48, 52, 56, 60].map((v) => [String(v), 4] as [string, number]), ['>= 64', 38]]);
  assert.deepEqual(h[7]!.rows, [['< 1', 0], ...ones(1, 8), ...[9, 18, 27, 36, 45, 54, 63, 72].map((v) => [String(v), 9] as [string, number]), ['>= 81', 21]]);
  assert.deepEqual(h[8]!.rows, [['< 1', 0], ...ones(1, 9), ...[10, 20, 30, 40, 50, 60, 70, 80, 90].map((v) => [String(v), 10] as [string, number]), ['>= 100', 2]]);
  // every block counts the same 101 values
  for (const x of h) assert.equal(x.rows.reduce((a, [, c]) => a + c, 0), 101);
  const under = ev.find((e) => e.type === 'histogram');
  assert.ok(under && under.type === 'histogram');
  assert.deepEqual([under.rows.at(0).kind, under.rows.at(0).bound, under.rows.at(8).kind, under.rows.at(8).bound], ['underflow', 1n, 'overflow', 128n]);
});

test('aggs-tst.clear.d.out: sum() by int key, clear() keeps the keys with 0', () => {
  const ev = sample('illumos-dtrace-tests/aggs-tst.clear.d.out');
  assert.deepEqual(records(ev), [
    ['0', 500], ['1', 700], ['2', 900], ['3', 1100], ['4', 1300],
    ['0', 0], ['1', 0], ['2', 0], ['3', 0], ['4', 0],
    ['0', 1500], ['1', 2700], ['2', 2900], ['3', 3100], ['4', 3300],
  ]);
  // the three printf() headings are not printa output
  assert.deepEqual(ev.filter((e) => e.type === 'unparsed').map((e) => e.type === 'unparsed' && e.line),
    ['Aggregation data before clear():', 'Aggregation data after clear():', 'Final aggregation data:']);
});

test('aggs-tst.trunc.d.out: trunc(@, 10) keeps the ten largest, ascending', () => {
  const ev = sample('illumos-dtrace-tests/aggs-tst.trunc.d.out');
  assert.deepEqual(records(ev), [90, 91, 92, 93, 94, 95, 96, 97, 98, 99].map((v) => [String(v), v]));
});

test('go_funccounts: 69-column "  %-50s %16lld" records', () => {
  // the sample's first line is the shell prompt "# ./go_funccounts.d -p 40148", not dtrace output
  const r = records(sample('dtrace-cloud-tools-go_funccounts.txt')).filter(([k]) => !k.startsWith('#'));
  assert.equal(r.length, 52);
  assert.deepEqual(r[0], ['main.processreq', 215]);
  assert.deepEqual(r[6], ['runtime.sysvicall6', 472]);
  assert.deepEqual(r[9], ['fmt.(*fmt).clearflags', 10741]);
  assert.deepEqual(r[51], ['sync/atomic.CompareAndSwapUint32', 21484]);
});

test('go_mainlatency: per-second quantize keyed by two strings, trailing blanks kept', () => {
  const ev = sample('dtrace-cloud-tools-go_mainlatency.txt');
  const h = hists(ev);
  assert.equal(h.length, 6);
  for (const x of h) assert.deepEqual(x.keys, ['main.processreq', 'ns']);
  assert.deepEqual(h[0]!.rows, [['32768', 0], ['65536', 105], ['131072', 6070], ['262144', 107], ['524288', 2],
    ['1048576', 0], ['2097152', 0], ['4194304', 1], ['8388608', 0]]);
  assert.deepEqual(h[1]!.rows, [['65536', 0], ['131072', 6115], ['262144', 35], ['524288', 4], ['1048576', 0]]);
  assert.deepEqual(h[5]!.rows, [['65536', 0], ['131072', 6313], ['262144', 33], ['524288', 1], ['1048576', 2], ['2097152', 1], ['4194304', 0]]);
  // the printf("%Y:") lines are reported, not mistaken for data
  assert.ok(ev.some((e) => e.type === 'unparsed' && e.line === '2013 Nov 14 23:03:53:'));
});

test('readdist (DTraceToolkit, indented, trailing blanks trimmed): quantize by execname with -1/0 rows', () => {
  const h = hists(sample('dtracetoolkit-readdist_example.txt'));
  assert.deepEqual(h, [
    { keys: ['gnome-terminal'], rows: [['16', 0], ['32', 15], ['64', 1], ['128', 0]] },
    { keys: ['Xorg'], rows: [['-1', 0], ['0', 26], ['1', 0], ['2', 0], ['4', 0], ['8', 6], ['16', 2], ['32', 2], ['64', 0], ['128', 11], ['256', 4], ['512', 0]] },
  ]);
});

test('dispqlen (DTraceToolkit): lquantize by CPU with the "< 0" underflow row', () => {
  const ev = sample('dtracetoolkit-dispqlen_example.txt');
  const h = hists(ev);
  assert.deepEqual(h, [
    { keys: ['CPU', '0'], rows: [['< 0', 0], ['0', 1790], ['1', 160], ['2', 10], ['3', 0]] },
    { keys: ['CPU', '1'], rows: [['< 0', 0], ['0', 1573], ['1', 436], ['2', 4], ['3', 0]] },
    { keys: ['CPU', '4'], rows: [['< 0', 0], ['0', 1100], ['1', 912], ['2', 1], ['3', 0]] },
    { keys: ['CPU', '0'], rows: [['< 0', 0], ['0', 846], ['1', 1167], ['2', 0]] },
    { keys: ['CPU', '5'], rows: [['< 0', 0], ['0', 397], ['1', 1537], ['2', 79], ['3', 0]] },
  ]);
  const first = ev.find((e) => e.type === 'histogram');
  assert.ok(first && first.type === 'histogram');
  assert.deepEqual([first.rows.at(0).kind, first.rows.at(0).bound], ['underflow', 0n]);
});

test('syscallbyproc (DTraceToolkit): count() by execname', () => {
  const r = records(sample('dtracetoolkit-syscallbyproc_example.txt'));
  assert.deepEqual(r, [['snmpd', 1], ['utmpd', 2], ['inetd', 2], ['nscd', 7], ['svc.startd', 11], ['sendmail', 31], ['poold', 133], ['dtrace', 1720]]);
});

test('vopstat (DTraceToolkit): periodic formatted printa columns parse as records', () => {
  const r = records(sample('dtracetoolkit-vopstat_example.txt'));
  assert.deepEqual(r.slice(0, 3), [['fop_getpage', 66], ['fop_readdir', 1], ['fop_read', 2]]);
  assert.ok(r.some(([k, v]) => k === 'fop_getpage' && v === 402));
});

test('zvmstat and go_stat (printf tables, not printa): rows come out as records, headings as unparsed', () => {
  const z = sample('dtracetoolkit-zvmstat_example.txt');
  const zr = records(z).filter(([k]) => k.startsWith('global') || k.startsWith('workzone1'));
  assert.equal(zr.length, 14);
  assert.deepEqual(zr[10], ['global 157 659 1 0 10 0 0 0 0 0 3 2', 1]);
  assert.ok(z.some((e) => e.type === 'unparsed' && e.line.trim().startsWith('ZONE')));
  const g = records(sample('dtrace-cloud-tools-go_stat.txt')).filter(([k]) => !k.startsWith('#'));
  assert.deepEqual(g[0], ['2013 Nov 14 23:51:01 1726 201421', 27]);
  assert.equal(g.length, 13);
});

test('negative counts print centred bars; the parser reads them', () => {
  // dt_print_quantline with both signs: half-width bars around a centre '|'
  const lines = [
    '', '  k',
    '           value  ------------- Distribution ------------- count    ',
    `               0 |${' '.repeat(20)}|${' '.repeat(20)} 0        `,
    `               1 |${' '.repeat(10)}${'@'.repeat(10)}|${' '.repeat(20)} -5       `,
    `               2 |${' '.repeat(20)}|${'@'.repeat(10)}${' '.repeat(10)} 5        `,
    `               4 |${' '.repeat(20)}|${' '.repeat(20)} 0        `, '',
  ];
  const ev = parseDtraceOutput(lines.join('\n'));
  assert.deepEqual(hists(ev), [{ keys: ['k'], rows: [['0', 0], ['1', -5], ['2', 5], ['4', 0]] }]);
});

test('streaming: a key line is held one line, framing markers are recognised, CRs dropped', () => {
  const ev: DtraceEvent[] = [];
  const p = new DtraceOutputParser((e) => ev.push(e));
  for (const l of ['@@T 1700000000', '@@A runq', '', '  zone-a                                            \r',
    '           value  ------------- Distribution ------------- count    ',
    '          < 1000 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@ 2        ',
    '            1000 |                                         0        ', '', '@@A runq_sum', '', '  zone-a       42', '@@E']) p.push(l);
  p.end();
  assert.deepEqual(ev.map((e) => e.type), ['interval-start', 'aggregation', 'histogram', 'aggregation', 'record', 'interval-end']);
  const h = ev[2];
  assert.ok(h && h.type === 'histogram');
  assert.deepEqual(h.keys, ['zone-a']);
  assert.deepEqual(h.rows.toArray().map((r) => [r.label, r.kind, r.bound, r.count]), [['< 1000', 'underflow', 1000n, 2n], ['1000', 'value', 1000n, 0n]]);
});

test('a histogram row is exactly what the row pattern "%16s |<bar> %-9lld" allows, nothing near it', () => {
  // the pattern the hand scanner implements; every line is checked against it, in a histogram block
  // (%lld: no leading zero, no "-0")
  const ROW = /^\s*(<\s?(?!-0\b)-?(?:0|[1-9]\d*)|>=\s?(?!-0\b)-?(?:0|[1-9]\d*)|(?!-0\b)-?(?:0|[1-9]\d*)) ([ @|]*\|[ @|]*) ((?!-0\b)-?(?:0|[1-9]\d*))\s*$/;
  const real = ['           1000 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@ 12       ', '         < 1000 |                                         0',
    '  >= 10000000000 |@@@@                                     3', '             -1 |                    |@@@@@@@@@@@@         -7'];
  const pieces = [' ', '  ', '\t', '<', '>=', '>', '=', '-', '1', '9', '0', '@', '|', 'x', '.', '12'];
  let seed = 7;
  const rnd = (n: number) => { seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff; return seed % n; };
  const lines = [...real];
  const edit = (l: string) => {
    const at = rnd(l.length + 1), kind = rnd(3); // insert, replace, delete one character or piece
    return l.slice(0, at) + (kind === 2 ? '' : pieces[rnd(pieces.length)]) + l.slice(at + (kind === 0 ? 0 : 1));
  };
  for (let n = 0; n < 20_000; n++) {
    const base = real[rnd(real.length)]!;
    lines.push(rnd(4) === 0 ? Array.from({ length: 1 + rnd(12) }, () => pieces[rnd(pieces.length)]).join('')
      : rnd(2) === 0 ? edit(base) : edit(edit(base)));
  }
  // the bar's '|' and the separating spaces, one at a time
  for (const base of real) for (let at = 0; at < base.length; at++) for (const p of ['', ' ', '@', 'x']) lines.push(base.slice(0, at) + p + base.slice(at + 1));
  let rows = 0;
  for (const line of lines) {
    const ev: DtraceEvent[] = [];
    const p = new DtraceOutputParser((e) => ev.push(e));
    p.push('zone');
    p.push('           value  ------------- Distribution ------------- count    ');
    p.push(line);
    p.end();
    const m = ROW.exec(line);
    const h = ev.find((e) => e.type === 'histogram');
    const got = h && h.type === 'histogram' ? h.rows.toArray() : [];
    if (!m) { assert.equal(got.length, 0, `not a row: ${JSON.stringify(line)}`); continue; }
    rows++;
    const label = m[1]!.replace(/\s+/, ' ').replace(/^(<|>=)(?=-?\d)/, '$1 ');
    assert.equal(got.length, 1, `a row: ${JSON.stringify(line)}`);
    assert.equal(got[0]!.label, label, JSON.stringify(line));
    assert.equal(got[0]!.count, BigInt(m[3]!), JSON.stringify(line));
    assert.equal(got[0]!.bound, BigInt(label.replace(/^(<|>=) /, '')), JSON.stringify(line));
  }
  assert.ok(rows > 1000 && rows < lines.length - 1000, `both kinds of line generated (${rows} rows of ${lines.length})`);
});

test('record and key lines split on exactly what /\\s+/ matches (tabs, form feeds, Unicode spaces), nothing else', () => {
  const lines = ['  a\u00a0b\tc\u2003d\fe   42', '  x\u200by 7', '  \u3000lead trail\u3000 9'];
  const ev = parseDtraceOutput(lines.join('\n\n'));
  assert.deepEqual(ev.map((e) => (e.type === 'record' ? [...e.keys, Number(e.value)] : e.type)),
    lines.map((l) => { const t = l.trim().split(/\s+/); return [...t.slice(0, -1), Number(t[t.length - 1])]; }));
  // U+200B (zero width space) is not whitespace: one key
  assert.deepEqual(ev[1], { type: 'record', keys: ['x\u200by'], value: 7 });
});

test('write(): every real sample split into chunks anywhere gives the events of its lines pushed one by one', () => {
  const files = readdirSync(FIX, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(txt|out)$/.test(f));
  assert.ok(files.length >= 10, `samples found: ${files.length}`);
  const collect = (feed: (p: DtraceOutputParser) => void) => { const ev: DtraceEvent[] = []; const p = new DtraceOutputParser((e) => ev.push(e)); feed(p); p.end(); return ev; };
  for (const f of files) {
    const lf = readFileSync(join(FIX, f), 'utf8');
    const lines = lf.split('\n');
    const partial = lines.pop()!; // after the last \n: not a line until its \n comes
    const byLine = collect((p) => { for (const l of lines) p.push(l); });
    // with CRLF line ends the same events: a line's \r is not part of it
    for (const text of [lf, lf.replaceAll('\n', '\r\n')]) {
      for (const size of [1, 7, 80, 4096]) {
        const byChunk = collect((p) => { for (let i = 0; i < text.length; i += size) p.write(text.slice(i, i + size)); });
        assert.deepEqual(byChunk, byLine, `${f}, chunks of ${size}${partial ? ', partial last line dropped' : ''}`);
      }
    }
  }
});
