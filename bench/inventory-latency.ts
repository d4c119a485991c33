// Change-to-subscriber latency of the inventory: a separate process changes a zone (`vmadm update alias=...`); we
// measure from the time the sim logged the change (log/changes.jsonl) to the moment a subscriber sees it.
// Run: npm run build && node --import tsx bench/inventory-latency.ts [changes=50]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMMAND_NAMES, Exec, type Commands } from '../agent/src/platform/exec.js';
import { Vmadm } from '../agent/src/platform/vmadm.js';
import { ZoneInventory } from '../agent/src/inventory/inventory.js';

const n = Number(process.argv[2] ?? 50);
const bin = (t: string) => fileURLToPath(new URL(`../sim/bin/${t}`, import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'zonelet-bench-'));
execFileSync(process.execPath, [bin('zonelet-sim.js'), 'init', '--root', root, '--zones', '20', '--synthetic', '--time-scale', '0.001']);
process.env.SMARTOS_SIM_ROOT = root;
const inv = new ZoneInventory({ vmadm: new Vmadm(new Exec(Object.fromEntries(COMMAND_NAMES.map((c) => [c, bin(c)])) as Commands)), reconcileSchedule: null });
inv.start();
await inv.ready;
const seenAt = new Map<string, number>();
inv.subscribe((c) => { if (c.type === 'modify' && c.fields.includes('alias')) seenAt.set(c.zone.alias!, Date.now()); });
const uuids = inv.all().map((z) => z.uuid);
for (let i = 0; i < n; i++) {
  const alias = `bench-${i}`;
  execFileSync(bin('vmadm'), ['update', uuids[i % uuids.length], `alias=${alias}`], { stdio: 'ignore' });
  const end = Date.now() + 5000;
  while (!seenAt.has(alias) && Date.now() < end) await new Promise((r) => setTimeout(r, 1));
}
const logged = new Map<string, number>();
for (const line of readFileSync(join(root, 'log', 'changes.jsonl'), 'utf8').split('\n').filter(Boolean)) {
  const rec = JSON.parse(line) as { time: string; vm?: { alias?: string } };
  if (rec.vm?.alias?.startsWith('bench-') && !logged.has(rec.vm.alias)) logged.set(rec.vm.alias, Date.parse(rec.time));
}
const lat = [...logged].filter(([a]) => seenAt.has(a)).map(([a, t]) => seenAt.get(a)! - t).sort((x, y) => x - y);
const q = (p: number) => lat[Math.min(lat.length - 1, Math.floor(p * lat.length))];
console.log(`inventory change-to-subscriber latency over ${lat.length}/${n} changes: p50 ${q(0.5)} ms, p99 ${q(0.99)} ms, max ${lat.at(-1)} ms`);
await inv.stop();
rmSync(root, { recursive: true, force: true });
