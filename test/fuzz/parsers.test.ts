// Mutation fuzzing of every parser that reads text the global zone's commands print (kstat, sysinfo, zfs, zpool,
// vmadm events and lookup, dtrace) and of the config and action-request validators. Each input may only produce the
// parser's documented result or its typed error; see fuzz.ts for the watchdog and memory bound.
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertClean, corpusFrom, fuzz, generate, iterations, mutateJson, randomJson, Rng, ROOT, SMARTOS_FIXTURES } from './fuzz.js';
import { parseKstatP } from '../../agent/src/platform/kstat.js';
import { parseSysinfo, SysinfoError } from '../../agent/src/platform/sysinfo.js';
import { parseZfsList, parseZpoolList, ZfsParseError } from '../../agent/src/platform/zfs.js';
import { parseEventLine, stripLookupFakes, Vmadm, VmadmError, VmadmParseError, type VmObject } from '../../agent/src/platform/vmadm.js';
import type { Exec } from '../../agent/src/platform/exec.js';
import { parseConfig, ConfigError } from '../../agent/src/config/index.js';
import { toZone, changedFields } from '../../agent/src/inventory/zone.js';
import { validateRequest, ValidationError } from '../../agent/src/actions/validate.js';
import { DtraceOutputParser } from '../../agent/src/dtrace/output-parser.js';
import { IntervalAssembler, type Interval } from '../../agent/src/dtrace/interval.js';
import { interpretInterval, IntervalError } from '../../agent/src/dtrace/interpret.js';
import { llquantizeGrid } from '../../agent/src/dtrace/bucket-grid.js';
import { LATENCY_GRID_PARAMS } from '../../agent/src/dtrace/telemetry.js';
import { SCRIPT_NAMES } from '../../agent/src/dtrace/scripts.js';

const N = iterations(3000);
const TIMEOUT = { timeout: 600_000 };
const VMADM = join(SMARTOS_FIXTURES, 'vmadm');
const kstatCorpus = [
  ...corpusFrom(join(SMARTOS_FIXTURES, 'kstat'), (n) => n.endsWith('.txt')),
  ...corpusFrom(join(ROOT, 'test/fixtures/metrics'), (n) => n.endsWith('kstat-p.txt')),
];

test('fuzz parseKstatP: never throws, every instance well-formed', TIMEOUT, async () => {
  assertClean(await fuzz({
    name: 'parseKstatP', iterations: N,
    input: (rng) => generate(rng, kstatCorpus),
    run(text) {
      const out = parseKstatP(text);
      for (const k of out) {
        if (!Number.isSafeInteger(k.instance) || k.instance < 0) throw new Error(`instance ${k.instance}`);
        if (!k.module || k.module.includes(':')) throw new Error(`module ${JSON.stringify(k.module)}`);
      }
    },
  }));
});

test('fuzz parseSysinfo on mutated sysinfo JSON text and shapes: SysinfoError or typed fields', TIMEOUT, async () => {
  const texts = corpusFrom(VMADM, (n) => n.startsWith('sysinfo-2023'));
  const objects = texts.map((t) => JSON.parse(t) as unknown);
  assertClean(await fuzz({
    name: 'parseSysinfo', iterations: N,
    input: (rng) => (rng.bool() ? generate(rng, texts) : mutateJson(rng, rng.pick(objects))),
    run(input) {
      let v: unknown = input;
      if (typeof input === 'string') { try { v = JSON.parse(input); } catch { return; } }
      const s = parseSysinfo(v);
      if (typeof s.uuid !== 'string' || !Number.isFinite(s.cpuCount) || !Number.isFinite(s.memoryMiB)) throw new Error(`untyped result ${JSON.stringify(s)}`);
    },
    expected: (e) => e instanceof SysinfoError,
  }));
});

test('fuzz parseZfsList / parseZpoolList: ZfsParseError or exact bigints', TIMEOUT, async () => {
  const corpus = [readFileSync(join(ROOT, 'test/fixtures/metrics/zfs-list.txt'), 'utf8'), readFileSync(join(ROOT, 'test/fixtures/metrics/zpool-list.txt'), 'utf8')];
  assertClean(await fuzz({
    name: 'parseZfsList+parseZpoolList', iterations: N,
    input: (rng) => generate(rng, corpus),
    run(text) {
      for (const d of parseZfsList(text)) if (d.used < 0n || typeof d.name !== 'string') throw new Error('bad dataset');
      for (const p of parseZpoolList(text)) if (p.size < 0n) throw new Error('bad pool');
    },
    expected: (e) => e instanceof ZfsParseError,
  }));
});

test('fuzz parseConfig with random JSON shapes and mutated example configs: ConfigError naming a path, or a config', TIMEOUT, async () => {
  const example = JSON.parse(readFileSync(join(ROOT, 'packaging/config.example.json'), 'utf8')) as unknown;
  const minimal = { commands: { vmadm: '/usr/sbin/vmadm' }, stateDir: '/var/zonelet' };
  const full = { ...(example as object), metrics: { listen: '127.0.0.1:9170', bearerTokenFile: '/etc/t', tenants: [{ ownerUuid: '930896af-bf8c-48d4-885c-6573a94b1853', tokenFile: '/etc/t1' }] },
    hub: { url: 'wss://hub:443/v1/agent', tokenFile: '/etc/h', spool: { maxBytes: 1048576 }, reconnect: { minSeconds: 1, maxSeconds: 60 } } };
  assertClean(await fuzz({
    name: 'parseConfig', iterations: N,
    input: (rng) => (rng.bool(0.1) ? randomJson(rng) : mutateJson(rng, rng.pick([example, minimal, full]))),
    run(v) {
      const c = parseConfig(v, 'fuzz.json');
      if (!Object.isFrozen(c)) throw new Error('config not frozen');
    },
    expected: (e) => e instanceof ConfigError && e.problems.length > 0 && e.problems.every((p) => typeof p.path === 'string' && typeof p.message === 'string'),
  }));
});

/** JSON lines `vmadm events -rj` prints, built from the real VM objects of the fixtures. */
function eventCorpus(): { lines: string[]; vms: VmObject[] } {
  const vms = JSON.parse(readFileSync(join(VMADM, 'vminfod-vms-array.json'), 'utf8')) as VmObject[];
  for (const f of ['get-joyent.json', 'get-joyent-2.json', 'get-joyent-lofs-ipv6.json', 'get-joyent-minimal-delegated.json']) vms.push(JSON.parse(readFileSync(join(VMADM, f), 'utf8')) as VmObject);
  const date = '2016-05-31T16:29:09.477Z';
  const lines = [JSON.stringify({ type: 'ready', date, vms: Object.fromEntries(vms.slice(0, 3).map((v) => [v.uuid, v])) })];
  for (const vm of vms) {
    lines.push(JSON.stringify({ type: 'create', date, zonename: vm.uuid, uuid: vm.uuid, vm }));
    lines.push(JSON.stringify({ type: 'modify', date, zonename: vm.uuid, uuid: vm.uuid, vm, changes: [{ prettyPath: 'zone_state', path: ['zone_state'], action: 'changed', oldValue: 'installed', newValue: 'running' }] }));
    lines.push(JSON.stringify({ type: 'delete', date, zonename: vm.uuid, uuid: vm.uuid }));
  }
  return { lines, vms };
}

const METADATA_KEYS = { customer: ['role', 'user-script', 'root_authorized_keys'], internal: ['sdc:operator-script'], tags: ['smartdc_role', 'env'] };

test('fuzz vmadm events line parser, then the zone model on what it accepts: VmadmParseError or a usable Zone', TIMEOUT, async () => {
  const { lines } = eventCorpus();
  assertClean(await fuzz({
    name: 'parseEventLine+toZone', iterations: N,
    input: (rng) => (rng.bool(0.3) ? JSON.stringify(mutateJson(rng, JSON.parse(rng.pick(lines)))) : generate(rng, lines)),
    run(line) {
      const ev = parseEventLine(line);
      const vms = ev.type === 'ready' ? Object.values(ev.vms) : ev.type === 'delete' ? [] : [ev.vm];
      for (const vm of vms) {
        const z = toZone(stripLookupFakes(vm), METADATA_KEYS);
        changedFields(z, toZone(vm));
        JSON.stringify(z);
      }
    },
    expected: (e) => e instanceof VmadmParseError,
  }));
});

test('fuzz vmadm lookup -j output (through Vmadm.lookup with a canned exec): VmadmError or VM objects', TIMEOUT, async () => {
  const array = readFileSync(join(VMADM, 'vminfod-vms-array.json'), 'utf8');
  const parsed = JSON.parse(array) as unknown;
  let stdout = '';
  const exec = { run: async () => ({ stdout, stderr: '', exitCode: 0, durationMs: 1 }) } as unknown as Exec;
  const vmadm = new Vmadm(exec);
  assertClean(await fuzz({
    name: 'Vmadm.lookup', iterations: N,
    input: (rng) => (rng.bool(0.4) ? JSON.stringify(mutateJson(rng, parsed)) : generate(rng, [array])),
    async run(text) {
      stdout = text;
      for (const vm of await vmadm.lookup()) toZone(vm, METADATA_KEYS);
    },
    expected: (e) => e instanceof VmadmError,
  }));
});

test('fuzz the action request validator: ValidationError naming a field, or a request whose identifiers are safe', TIMEOUT, async () => {
  const Z = '4e3c2a1e-7f0b-4d9e-9b1a-2c3d4e5f6a7b';
  const IMG = 'ae5d5a1e-52b3-4fd5-b6b1-52a2d2c26d1c';
  const seeds: unknown[] = [
    { id: 'c-1', action: 'start', uuid: Z },
    { id: 'c-2', action: 'stop', uuid: Z, payload: { force: true, timeout: 30 }, deadline: 1_700_000_000_000 },
    { id: 'c-3', action: 'update', uuid: Z, payload: { alias: 'web-1', set_customer_metadata: { role: 'db' }, remove_tags: ['x'] } },
    { id: 'c-4', action: 'create', uuid: Z, payload: { brand: 'joyent', image_uuid: IMG, alias: 'a', nics: [{ nic_tag: 'admin', ip: 'dhcp' }], tags: { env: 'prod', n: 1 } } },
    { id: 'c-5', action: 'create', uuid: Z, payload: { brand: 'bhyve', ram: 1024, vcpus: 2, disks: [{ image_uuid: IMG, boot: true }] } },
    { id: 'c-6', action: 'create-snapshot', uuid: Z, payload: { name: 'snap-1' } },
  ];
  const safe = /^[A-Za-z0-9._:%-]*$/;
  assertClean(await fuzz({
    name: 'validateRequest', iterations: N,
    input: (rng) => mutateJson(rng, rng.pick(seeds)),
    run(raw) {
      const r = validateRequest(raw);
      // what reaches a vmadm argv: the uuid, and for snapshots the name; neither may look like an option or hold a metacharacter
      if (!/^[0-9a-f-]{36}$/.test(r.uuid)) throw new Error(`unsafe uuid ${JSON.stringify(r.uuid)}`);
      const name = r.payload.name;
      if (name !== undefined && (typeof name !== 'string' || !safe.test(name) || name.startsWith('-'))) throw new Error(`unsafe snapshot name ${JSON.stringify(name)}`);
    },
    expected: (e) => e instanceof ValidationError && e.field.length > 0 && !e.message.startsWith(':'), // every error names its field
  }));
});

test('fuzz dtrace output: parser, interval assembler and interpreter never throw anything but IntervalError', TIMEOUT, async () => {
  const corpus = [
    ...corpusFrom(join(SMARTOS_FIXTURES, 'dtrace')),
    // our framing around real aggregation text, so the fuzzer reaches the assembler and interpreter
    '@@T 1700000000\n@@A runq\n\n  b2b5c1e0-0000-4000-8000-00000000000a\n           value  ------------- Distribution ------------- count\n             900 |                                         0\n            1000 |@@@@@@@@@@@@@@@@@@@@                     5\n            2000 |                                         0\n@@A runq_sum\n  b2b5c1e0-0000-4000-8000-00000000000a     4000\n@@E\n',
    '@@T 1700000001\n@@A syscalls\n  12   read      1234\n  12   write     99\n@@A execs\n  12     7\n@@E\n',
  ];
  const grid = llquantizeGrid(LATENCY_GRID_PARAMS);
  const zoneById = (id: number) => (id === 12 ? 'b2b5c1e0-0000-4000-8000-00000000000a' : undefined);
  assertClean(await fuzz({
    name: 'dtrace-output', iterations: N,
    input: (rng) => ({ text: generate(rng, corpus), script: rng.pick(SCRIPT_NAMES) }),
    run({ text, script }) {
      const intervals: Interval[] = [];
      const asm = new IntervalAssembler({ interval: (iv) => intervals.push(iv), unparsed: () => {} });
      const p = new DtraceOutputParser(asm.onEvent);
      for (const line of text.split('\n')) p.push(line);
      p.end();
      for (const iv of intervals) {
        try { interpretInterval(script, iv, { grid, zoneById }); } catch (e) { if (!(e instanceof IntervalError)) throw e; }
      }
    },
  }));
});

test('fuzz helper is deterministic: the same seed gives the same inputs', () => {
  const a = new Rng(7), b = new Rng(7);
  for (let i = 0; i < 50; i++) if (generate(a, kstatCorpus) !== generate(b, kstatCorpus)) throw new Error(`diverged at ${i}`);
});
