// parseKstatP on every real kstat sample; expected values copied by hand from the fixture files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseKstatP, checkSelector, Kstat, type KstatInstance } from '../../agent/src/platform/kstat.js';
import { Exec, type Commands } from '../../agent/src/platform/exec.js';
import { SHARED } from '../helpers/fixtures.js';

const dir = SHARED + 'fixtures/smartos/kstat/';
const fixture = (name: string) => readFileSync(dir + name, 'utf8');
const ids = (r: KstatInstance[]) => r.map((i) => `${i.module}:${i.instance}:${i.name}`);

test('man-page example 1 (tabs expanded to spaces): avenrun values', () => {
  const r = parseKstatP(fixture('illumos-kstat.8-example1-avenrun-p.txt'));
  assert.equal(r.malformed, 0);
  assert.deepEqual(ids(r), ['unix:0:system_misc']);
  assert.deepEqual([...r[0].stats], [['avenrun_15min', 3n], ['avenrun_1min', 4n], ['avenrun_5min', 2n]]);
});

test('man-page example 2: four cpu_stat instances in order', () => {
  const r = parseKstatP(fixture('illumos-kstat.8-example2-cpu_stat-intr-p.txt'));
  assert.deepEqual(ids(r), ['cpu_stat:0:cpu_stat0', 'cpu_stat:1:cpu_stat1', 'cpu_stat:2:cpu_stat2', 'cpu_stat:3:cpu_stat3']);
  assert.equal(r[0].stats.get('intr'), 29682330n);
  assert.equal(r[3].stats.get('intrthread'), 59626n);
  assert.equal(r[3].instance, 3);
});

test('man-page example 3: two selectors, groups in output order, string values', () => {
  const r = parseKstatP(fixture('illumos-kstat.8-example3-two-selectors-p.txt'));
  assert.deepEqual(ids(r), ['cpu_info:0:cpu_info0', 'cpu_info:1:cpu_info1', 'cpu_info:2:cpu_info2', 'cpu_info:3:cpu_info3', 'unix:0:system_misc']);
  assert.equal(r[2].stats.get('state'), 'on-line');
  assert.equal(r[4].stats.get('avenrun_1min'), 10n);
});

test('man-page examples 4-6: intervals give one instance per iteration; -T stamps are counted as malformed', () => {
  const r4 = parseKstatP(fixture('illumos-kstat.8-example4-interval-1-count-3-p.txt'));
  assert.equal(r4.length, 3);
  assert.equal(r4.malformed, 0);
  for (const i of r4) assert.deepEqual([...i.stats.values()], [15n, 11n, 21n]);
  const r5 = parseKstatP(fixture('illumos-kstat.8-example5-Td-interval-5-count-2-p.txt'));
  assert.equal(r5.length, 2);
  assert.equal(r5.malformed, 2);
  assert.deepEqual(r5.firstMalformed, { line: 1, text: 'Thu Jul 22 19:39:50 1999' });
  const r6 = parseKstatP(fixture('illumos-kstat.8-example6-Tu-p.txt'));
  assert.equal(r6.malformed, 1);
  assert.equal(r6[0].stats.get('avenrun_5min'), 18n);
});

test('every derived capture parses to one instance named as its file, no malformed line', () => {
  const files = readdirSync(dir + 'derived').filter((f) => f.endsWith('.kstat-p.txt'));
  assert.equal(files.length, 13);
  for (const f of files) {
    const [module, instance, name] = f.replace('.kstat-p.txt', '').split('--');
    const text = fixture(`derived/${f}`);
    const r = parseKstatP(text);
    assert.equal(r.malformed, 0, f);
    assert.deepEqual(ids(r), [`${module}:${instance}:${name}`], f);
    const distinct = new Set(text.trim().split('\n').map((l) => l.slice(0, l.indexOf('\t'))));
    assert.equal(r[0].stats.size, distinct.size, f);
  }
});

test('64-bit values exact; crtime/snaptime as numbers; strings with spaces kept', () => {
  const mc = parseKstatP(fixture('derived/memory_cap--7--serv-wf.kstat-p.txt'))[0];
  assert.equal(mc.stats.get('swapcap'), 18446744073709551615n); // UINT64_MAX: uncapped
  assert.equal(mc.stats.get('physcap'), 17592186040320n); // 0xFFFFFFFF000, OmniOS "uncapped"
  assert.equal(mc.stats.get('rss'), 388493312n);
  assert.equal(mc.stats.get('crtime'), 69.712916099);
  assert.equal(mc.stats.get('zonename'), 'serv-wf');
  assert.equal(mc.stats.get('class'), 'zone_memory_cap');
  const z = parseKstatP(fixture('derived/zones--5--cube-ws.kstat-p.txt'))[0];
  assert.equal(z.instance, 5);
  assert.equal(z.stats.get('nsec_user'), 227321585182107n);
  assert.equal(z.stats.get('snaptime'), 731090.835853093);
  const ci = parseKstatP(fixture('derived/cpu_info--0--cpu_info0.kstat-p.txt'))[0];
  assert.equal(ci.stats.get('brand'), 'Intel(r) Core(tm) i5-6400 CPU @ 2.70GHz');
  assert.equal(ci.stats.get('implementation'), 'x86 (chipid 0x0 GenuineIntel 506E3 family 6 model 94 step 3 clock 2712 MHz)');
  assert.equal(ci.stats.get('current_clock_Hz'), 2701000000n);
  assert.equal(parseKstatP(fixture('derived/link--0--dns_net0.kstat-p.txt'))[0].stats.get('rbytes64'), 1518773044n);
  assert.equal(parseKstatP(fixture('derived/zfs--0--arcstats.kstat-p.txt'))[0].stats.get('c_max'), 15694307328n);
  assert.equal(parseKstatP(fixture('derived/cpu--3--sys.kstat-p.txt'))[0].stats.get('cpu_nsec_user'), 105926508484786n);
});

test('names holding colons, negative ints, CRLF, odd lines', () => {
  const r = parseKstatP('m:0:a:b:c\t-5\r\ngarbage\nm:x:n:s\t1\n:0:n:s\t1\nm:1:n:s\tv with  two spaces \n');
  assert.deepEqual(ids(r), ['m:0:a:b', 'm:1:n']);
  assert.equal(r[0].stats.get('c'), -5n);
  assert.equal(r[1].stats.get('s'), 'v with  two spaces ');
  assert.equal(r.malformed, 3);
});

test('the chain list (module:instance:name, no statistic) is not kstat -p: every line counted malformed', () => {
  const text = fixture('derived/all.kstat-chain-list.txt');
  const r = parseKstatP(text);
  assert.equal(r.length, 0);
  assert.equal(r.malformed, 1566);
});

test('selectors that kstat would read as options or an interval are refused', () => {
  for (const s of ['-m', '5', '', 'a:b:c:d:e']) assert.throws(() => checkSelector(s), /invalid kstat selector/);
  for (const s of ['zones:::', 'caps::/^cpucaps_zone_/:', 'unix:0:system_misc']) checkSelector(s);
});

test('Kstat.read: exit 1 with no output is an empty result; other failures reject', async () => {
  const fail = fileURLToPath(new URL('../fixtures/bin/fail.mjs', import.meta.url));
  const commands = { kstat: fail } as Commands;
  // route to fail.mjs STATUS MESSAGE: "nomatch" exits 1 silently (kstat: no match), "broken" exits 1 with a message,
  // anything else exits 2 (usage)
  const route: Record<string, string[]> = { nomatch: ['1', ''], broken: ['1', 'kstat: cannot open /dev/kstat'] };
  const k = new Kstat({
    run: (_c: string, args: string[]) => new Exec(commands).run('kstat', route[args[1]!] ?? ['2', 'Usage: kstat']),
  } as unknown as Exec);
  const empty = await k.read(['nomatch']);
  assert.equal(empty.length, 0);
  await assert.rejects(k.read(['broken']), /cannot open \/dev\/kstat/);
  await assert.rejects(k.read(['zones:::']), /exited with status 2/);
});
