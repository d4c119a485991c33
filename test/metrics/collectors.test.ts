// The collectors over fixed kstat/zfs/zpool/directory data: golden exposition, every real kstat sample, reboot,
// delete, uncapped zones, staleness, and one kstat call per cycle.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Registry } from 'prom-client';
import { CollectorRegistry } from '../../agent/src/metrics/registry.js';
import { comparable, fixture, fixtureSources, promtool, SMARTOS_KSTAT } from './helpers.js';

const A = '4e3c2a1e-7f0b-4d9e-9b1a-2c3d4e5f6a7b';
const B = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const C = 'c0ffee00-0000-4000-8000-000000000001';
const NOW = 1_700_000_000_500;

async function collect(sources = fixtureSources(), now = () => NOW) {
  const reg = new CollectorRegistry({ sources, now, selfRegistry: new Registry() });
  await reg.collectOnce();
  return { reg, text: reg.snapshot.body('all', 'prometheus').toString() };
}

test('golden: the exposition of a two-zone host (one capped, one rebooted and uncapped, one stopped)', async () => {
  const { text } = await collect();
  assert.deepEqual(comparable(text), comparable(fixture('two-zones-reboot.expected.prom')));
});

// promtool reads the Prometheus text format only; the OpenMetrics body is parsed by a real Prometheus in e2e.test.ts
test('promtool check metrics passes on the exposition (no lint problems at all)', async () => {
  const { reg } = await collect();
  const r = promtool(reg.snapshot.body('all', 'prometheus').toString());
  assert.equal(r.status, 0, r.output);
  assert.equal(r.output.trim(), '', r.output);
});

test('one kstat call per cycle, whatever the number of zones', async () => {
  const sources = fixtureSources();
  const reg = new CollectorRegistry({ sources, now: () => NOW });
  await reg.collectOnce();
  await reg.collectOnce();
  assert.equal(sources.kstatCalls.length, 2);
});

// Each real sample (OmniOS, derived kstat -p rendering) through every collector; values from the sample files.
const REAL: Record<string, string[]> = {
  'zones--5--cube-ws.kstat-p.txt': [
    'smartos_zone_cpu_seconds_total{zone="cube-ws",mode="user"} 227321.585182107',
    'smartos_zone_cpu_seconds_total{zone="cube-ws",mode="system"} 1971.77243736',
    'smartos_zone_cpu_wait_seconds_total{zone="cube-ws"} 125888.182634147',
    'smartos_zone_load1{zone="cube-ws"} 5.953125',
    'smartos_zone_load5{zone="cube-ws"} 5.97265625',
    'smartos_zone_load15{zone="cube-ws"} 5.8359375',
    'smartos_zone_forks_failed_total{zone="cube-ws",reason="cap"} 0',
    'smartos_zone_forks_failed_total{zone="cube-ws",reason="noproc"} 0',
    'smartos_zone_forks_failed_total{zone="cube-ws",reason="nomem"} 0',
    'smartos_zone_forks_failed_total{zone="cube-ws",reason="misc"} 0',
    'smartos_zone_boot_time_seconds{zone="cube-ws"} 1620126456',
  ],
  // physcap 17592186040320 (0xFFFFFFFF000) and swapcap UINT64_MAX: both uncapped, so no cap series
  'memory_cap--7--serv-wf.kstat-p.txt': [
    'smartos_zone_memory_rss_bytes{zone="serv-wf"} 388493312',
    'smartos_zone_swap_bytes{zone="serv-wf"} 454160384',
    'smartos_zone_memory_cap_exceeded_total{zone="serv-wf"} 0',
    'smartos_zone_memory_paged_out_bytes_total{zone="serv-wf"} 0',
    'smartos_zone_anon_alloc_failures_total{zone="serv-wf"} 0',
  ],
  'cpu--3--sys.kstat-p.txt': [
    'smartos_host_cpu_seconds_total{cpu="3",mode="idle"} 595093.047840217',
    'smartos_host_cpu_seconds_total{cpu="3",mode="user"} 105926.508484786',
    'smartos_host_cpu_seconds_total{cpu="3",mode="system"} 31203.774025847',
  ],
  'zfs--0--arcstats.kstat-p.txt': [
    'smartos_host_arc_size_bytes 6288831664',
    'smartos_host_arc_target_size_bytes 6753403688',
    'smartos_host_arc_max_size_bytes 15694307328',
    'smartos_host_arc_hits_total 13655303985',
    'smartos_host_arc_misses_total 1777681565',
  ],
  // OmniOS links carry no zonename statistic: nothing can say which zone owns them, so no series
  'link--0--dns_net0.kstat-p.txt': [],
};

test('every real kstat sample goes through the collectors', async (t) => {
  const files = readdirSync(join(SMARTOS_KSTAT, 'derived')).filter((f) => f.endsWith('.kstat-p.txt'));
  const manPages = readdirSync(SMARTOS_KSTAT).filter((f) => f.endsWith('-p.txt')).map((f) => join('..', f));
  assert.ok(files.length >= 13);
  for (const f of [...files, ...manPages]) {
    await t.test(f, async () => {
      const sources = fixtureSources(readFileSync(join(SMARTOS_KSTAT, 'derived', f), 'utf8'));
      sources.directory.zones = [];
      const reg = new CollectorRegistry({ sources, now: () => NOW, collectors: undefined });
      await reg.collectOnce();
      const samples = reg.snapshot
        .body('all', 'prometheus')
        .toString()
        .split('\n')
        .filter((l) => l.startsWith('smartos_') && !/^smartos_host_(info|zpool_|load|boot|memory)|^smartos_zone_filesystem/.test(l));
      const expected = REAL[f] ?? [];
      if (f.includes('system_misc') || f.includes('avenrun')) return; // man-page samples: host load, checked below
      assert.deepEqual(samples, expected);
    });
  }
});

test('man-page avenrun sample: host load = avenrun / 256', async () => {
  const sources = fixtureSources(readFileSync(join(SMARTOS_KSTAT, 'illumos-kstat.8-example1-avenrun-p.txt'), 'utf8'));
  const { text } = await collect(sources);
  assert.match(text, /^smartos_host_load1 0\.015625$/m); // 4 / 256
  assert.match(text, /^smartos_host_load5 0\.0078125$/m); // 2 / 256
  assert.match(text, /^smartos_host_load15 0\.01171875$/m); // 3 / 256
});

test('a VNIC is named zone-side: z5_net0 -> nic="net0"', async () => {
  const real = readFileSync(join(SMARTOS_KSTAT, 'derived', 'link--0--dns_net0.kstat-p.txt'), 'utf8');
  const smartos = `${real.replaceAll('link:0:dns_net0:', 'link:0:z5_net0:')}link:0:z5_net0:zonename\tcube-ws\n` +
    readFileSync(join(SMARTOS_KSTAT, 'derived', 'zones--5--cube-ws.kstat-p.txt'), 'utf8');
  const { text } = await collect(fixtureSources(smartos));
  assert.match(text, /^smartos_zone_network_receive_bytes_total\{zone="cube-ws",nic="net0"\} 1518773044$/m);
  assert.match(text, /^smartos_zone_network_transmit_packets_total\{zone="cube-ws",nic="net0"\} 687231$/m);
});

test('a reboot restarts the zone\'s counters from 0 under the same series; a deleted zone is gone at once', async () => {
  const sources = fixtureSources();
  let now = NOW;
  const reg = new CollectorRegistry({ sources, now: () => now });
  await reg.collectOnce();
  const before = reg.snapshot.body('all', 'prometheus').toString();
  assert.match(before, new RegExp(`^smartos_zone_cpu_seconds_total\\{zone="${A}",mode="user"\\} 227321.585182107$`, 'm'));
  // zone A reboots: new zone id 12, new crtime, counters from zero; the old boot's kstats linger in the same read
  const rebooted = sources.kstatText
    .split('\n')
    .filter((l) => l.includes(`:${A}`) || l.includes(A.slice(0, 30)) || l.startsWith('tcp:5:') || l.startsWith('link:0:z5_'))
    .map((l) => l.replace(/^(\w+):5:/, '$1:12:').replace(/_zone_5:/, '_zone_12:').replace('z5_net0', 'z12_net0')
      .replace(/crtime\t.*/, 'crtime\t900000.5').replace(/(nsec_user|nsec_sys|rbytes64|nread)\t\d+/, '$1\t1000000'))
    .join('\n');
  sources.kstatText += `${rebooted}\n`;
  now += 10_000;
  await reg.collectOnce();
  const after = reg.snapshot.body('all', 'prometheus').toString();
  assert.match(after, new RegExp(`^smartos_zone_cpu_seconds_total\\{zone="${A}",mode="user"\\} 0.001$`, 'm'));
  assert.match(after, new RegExp(`^smartos_zone_network_receive_bytes_total\\{zone="${A}",nic="net0"\\} 1000000$`, 'm'));
  assert.equal(after.split('\n').filter((l) => l.startsWith(`smartos_zone_cpu_seconds_total{zone="${A}",mode="user"}`)).length, 1);
  // delete: the directory says so, kstat has not caught up yet -> series gone without waiting for a cycle
  reg.start();
  sources.directory.delete(B);
  const deleted = reg.snapshot.body('all', 'prometheus').toString();
  assert.doesNotMatch(deleted, new RegExp(B));
  await reg.stop();
});

test('stale rule: a collector whose last success is older than 3 intervals has its series dropped', async () => {
  const sources = fixtureSources();
  let now = NOW;
  const reg = new CollectorRegistry({ sources, now: () => now, collection: { intervalSeconds: 10 } });
  await reg.collectOnce();
  sources.kstat = async () => {
    throw new Error('kstat: hang');
  };
  now += 25_000; // within 3 intervals: last good values stay
  await reg.collectOnce();
  assert.match(reg.snapshot.body('all', 'prometheus').toString(), /^smartos_zone_load1\{/m);
  now += 10_000; // 35 s > 30 s
  const text = reg.snapshot.body('all', 'prometheus').toString();
  assert.doesNotMatch(text, /smartos_zone_load1|smartos_host_cpu_seconds_total/);
  assert.match(text, /^smartos_zone_filesystem_used_bytes\{/m); // zfs runs every 60 s and is still fresh
});

test('a hanging collector is abandoned at its deadline and does not hold up the others', async () => {
  const sources = fixtureSources();
  sources.zfsDatasets = () => new Promise(() => {}); // never settles
  const self = new Registry();
  const reg = new CollectorRegistry({
    sources, now: () => NOW, selfRegistry: self,
    collection: { collectors: { zfs: { timeoutSeconds: 0.2 } } },
  });
  const t0 = Date.now();
  await reg.collectOnce();
  assert.ok(Date.now() - t0 < 2000);
  const text = reg.snapshot.body('all', 'prometheus').toString();
  assert.match(text, /^smartos_zone_load1\{/m);
  assert.doesNotMatch(text, /smartos_zone_filesystem/);
  const own = await self.metrics();
  assert.match(own, /^zonelet_collector_success\{collector="zfs"\} 0$/m);
  assert.match(own, /^zonelet_collector_success\{collector="zone_misc"\} 1$/m);
  assert.match(own, /^zonelet_collector_last_success_timestamp_seconds\{collector="zfs"\} 0$/m);
});

test('collectors can be switched off in config; unknown names are an error', async () => {
  const sources = fixtureSources();
  const reg = new CollectorRegistry({ sources, now: () => NOW, collection: { collectors: { tcp: { enabled: false }, zfs: { enabled: false } } } });
  await reg.collectOnce();
  const text = reg.snapshot.body('all', 'prometheus').toString();
  assert.doesNotMatch(text, /smartos_zone_tcp_|smartos_zone_filesystem/);
  assert.throws(() => new CollectorRegistry({ sources, collection: { collectors: { nope: { enabled: false } } } }), /collection\.collectors\.nope: unknown collector/);
});
