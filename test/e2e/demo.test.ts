// `npm run demo` as a newcomer runs it: two simulated hosts, their agents and the hub come up, the hub sees every
// zone, each agent serves per-zone metrics; Ctrl-C stops every process the demo started and removes its files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('../../', import.meta.url)));

/** pids whose command line mentions `needle` (the demo's temp dir is in every config path it hands out) */
function processesMentioning(needle: string): number[] {
  const pids: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (readFileSync(`/proc/${name}/cmdline`, 'utf8').includes(needle)) pids.push(Number(name));
    } catch { /* gone */ }
  }
  return pids;
}

async function eventually<T>(fn: () => Promise<T | undefined>, ms: number, what: string): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn().catch(() => undefined);
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

test('npm run demo starts two hosts, their agents and the hub, and Ctrl-C leaves nothing behind', { timeout: 120_000 }, async () => {
  assert.ok(existsSync(join(ROOT, 'dist/demo/demo.js')), 'build first (npm test does)');
  const demo = spawn(process.execPath, [join(ROOT, 'dist/demo/demo.js'), '--zones', '3', '--hub-port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  demo.stdout.on('data', (b) => { out += b; });
  demo.stderr.on('data', (b) => { out += b; });
  const exited = new Promise<number | null>((res) => demo.once('exit', (code) => res(code)));
  try {
    await eventually(async () => (out.includes('Ctrl-C stops everything') ? true : undefined), 60_000, 'the demo to print its URLs');
    const dir = /in (\/\S+zonelet-demo-\S+)/.exec(out)?.[1];
    const hub = /fleet page\s+(http:\/\/\S+)\//.exec(out)?.[1];
    const agents = [...out.matchAll(/metrics\s+(http:\/\/\S+\/metrics)/g)].map((m) => m[1]!);
    assert.ok(dir && hub, `URLs printed:\n${out}`);
    assert.equal(agents.length, 2);

    const page = await fetch(`${hub}/`);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<html/i);
    const zones = await eventually(async () => {
      const z = (await (await fetch(`${hub}/api/zones`)).json()) as Array<{ uuid: string; host_uuid: string }>;
      return z.length === 6 ? z : undefined;
    }, 60_000, 'the hub to list 2 x 3 zones');
    assert.equal(new Set(zones.map((z) => z.host_uuid)).size, 2);
    for (const url of agents) {
      const text = await eventually(async () => {
        const t = await (await fetch(url)).text();
        return /smartos_zone_cpu_seconds_total\{zone="/.test(t) && /^smartos_zone_info\{/m.test(t) ? t : undefined;
      }, 60_000, `per-zone series at ${url}`);
      assert.match(text, /^smartos_zone_info\{[^}]*\bzone="[0-9a-f-]{36}"/m);
    }

    assert.ok(processesMentioning(dir).length > 0, 'the demo runs processes with its files');
    demo.kill('SIGINT');
    assert.equal(await exited, 0);
    assert.match(out, /zonelet demo: stopped/);
    await eventually(async () => (processesMentioning(dir).length === 0 ? true : undefined), 10_000, 'every demo process to exit');
    assert.ok(!existsSync(dir), 'the demo removed its files');
  } finally {
    // a failed assertion must not leave the demo's zones burning CPU: stop it the way a user would, then force
    if (demo.exitCode === null) {
      demo.kill('SIGINT');
      const timer = setTimeout(() => demo.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    }
  }
});
