// The agent side of bench/scrape.ts, alone in its own process (compiled code, as the daemon runs it), so its RSS and
// CPU are the agent's only. Prints {"port", "cycles": [{cpu, wall}], "kstatCycles": [...]} on stdout once ready.
import { collectDefaultMetrics, Registry } from 'prom-client';
import { Exec, execMetrics } from '../dist/agent/src/platform/exec.js';
import { Vmadm } from '../dist/agent/src/platform/vmadm.js';
import { CollectorRegistry, MetricsServer, platformSources } from '../dist/agent/src/metrics/index.js';

const [simBin] = process.argv.slice(2);
const commands = Object.fromEntries(['vmadm', 'kstat', 'dtrace', 'sysinfo', 'zfs', 'zpool', 'zoneadm', 'imgadm'].map((c) => [c, `${simBin}/${c}`]));
const self = new Registry();
collectDefaultMetrics({ register: self });
const exec = new Exec(commands, execMetrics(self));
const zones = await new Vmadm(exec).lookup();
const directory = { all: () => zones, get: (u) => zones.find((z) => z.uuid === u) };
const sources = platformSources(exec, directory);
const collectors = new CollectorRegistry({ sources, selfRegistry: self });
const measure = async (reg) => {
  const out = [];
  for (let i = 0; i < 5; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await reg.collectOnce();
    const c = process.cpuUsage(c0);
    out.push({ cpu: (c.user + c.system) / 1000, wall: performance.now() - t0 });
  }
  return out;
};
await collectors.collectOnce();
const cycles = await measure(collectors);
// the 10 s cycle alone: kstat collectors and zone_info (zfs, zpool and sysinfo run every 60-300 s)
const off = { enabled: false };
const tenSecond = new CollectorRegistry({ sources, collection: { collectors: { zfs: off, zpool: off, host_info: off } } });
await tenSecond.collectOnce();
const kstatCycles = await measure(tenSecond);
const server = new MetricsServer({ snapshot: collectors.snapshot, selfRegistry: self, directory, listen: '127.0.0.1:0', maxConcurrentScrapes: 8 });
const { port } = await server.start();
collectors.start();
process.stdout.write(`${JSON.stringify({ port, cycles, kstatCycles, zones: zones.length, running: zones.filter((z) => z.state === 'running').length })}\n`);
process.on('SIGTERM', () => process.exit(0));
