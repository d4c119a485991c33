// Contract suite: the platform adapters against the real SmartOS commands. Runs only with ZONELET_TEST_REAL=1 on a
// SmartOS global zone (as root); command paths from ZONELET_CONFIG or the SmartOS defaults.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Exec } from '../../agent/src/platform/exec.js';
import { Kstat } from '../../agent/src/platform/kstat.js';
import { Sysinfo } from '../../agent/src/platform/sysinfo.js';
import { Zfs } from '../../agent/src/platform/zfs.js';
import { Imgadm } from '../../agent/src/platform/imgadm.js';
import { loadConfig, parseConfig } from '../../agent/src/config/index.js';

const real = process.env.ZONELET_TEST_REAL === '1';
const skip = real ? false : 'set ZONELET_TEST_REAL=1 on a SmartOS global zone to run the real-host contract suite';
if (!real) console.log(`# contract suite skipped: ${skip}`);

const setup = async () => {
  const config = process.env.ZONELET_CONFIG ? await loadConfig(process.env.ZONELET_CONFIG) : parseConfig({});
  return new Exec(config.commands);
};

test('kstat -p of the zone modules parses with no malformed line; zonename holds the whole name', { skip }, async () => {
  const k = new Kstat(await setup());
  const r = await k.read(['zones:::', 'memory_cap:::', 'zone_vfs:::', 'unix:0:system_misc']);
  assert.equal(r.malformed, 0, JSON.stringify(r.firstMalformed));
  const global = r.find((i) => i.module === 'zones' && i.instance === 0);
  assert.equal(global?.stats.get('zonename'), 'global');
  for (const i of r.filter((x) => x.module === 'memory_cap')) assert.equal(typeof i.stats.get('rss'), 'bigint');
});

test('kstat with no match is an empty result (exit 1)', { skip }, async () => {
  const r = await new Kstat(await setup()).read(['zonelet_no_such_module:::']);
  assert.equal(r.length, 0);
});

test('sysinfo has the fields the agent uses', { skip }, async () => {
  const s = await new Sysinfo(await setup()).read();
  assert.match(s.uuid, /^[0-9a-f-]{36}$/);
  assert.ok(s.cpuCount > 0 && s.memoryMiB > 0);
  assert.match(s.liveImage, /^\d{8}T\d{6}Z$/);
});

test('zfs and zpool list parse', { skip }, async () => {
  const zfs = new Zfs(await setup());
  const pools = await zfs.listPools();
  assert.ok(pools.some((p) => p.name === 'zones'));
  const datasets = await zfs.listFilesystems();
  assert.ok(datasets.some((d) => d.name === 'zones'));
});

test('imgadm get of an absent image is "not installed"', { skip }, async () => {
  assert.equal(await new Imgadm(await setup()).isInstalled('00000000-0000-0000-0000-00000000dead'), false);
});
