/**
 * The hub's fleet page in headless Chromium (playwright-core, /usr/bin/chromium; no browser download), against a
 * real hub process fed by the synthetic fleet over the real agent protocol:
 *  1. two hosts: the zones appear, "stop" on a zone goes through the hub's command path and the row turns stopped
 *     (checked against the synthetic host's own zone state and the hub's API), heatmaps draw; screenshot saved.
 *  2. 50 hosts x 400 zones: all 20,000 zones load, the DOM keeps a small fixed pool of rows, scrolling to the end
 *     renders the last rows, and live update batches apply quickly (measured and printed).
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { runSyntheticFleet, writeSyntheticHubConfig } from '../../hub/src/synthetic-fleet.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUT = join(ROOT, 'test-output');
const children: ChildProcess[] = [];
const dirs: string[] = [];

after(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function tempDir(tag: string): string {
  const d = mkdtempSync(join(tmpdir(), `zonelet-${tag}-`));
  dirs.push(d);
  return d;
}

function spawnTs(args: string[]): ChildProcess {
  const c = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(c);
  return c;
}

/** Starts the hub (the real zonelet-hub process, built) on a free port; resolves with its port once it prints its listening line. */
async function startHub(dir: string, hosts: number): Promise<{ port: number; proc: ChildProcess }> {
  const config = writeSyntheticHubConfig(dir, { hosts, seed: 7, listen: '127.0.0.1:0' });
  const proc = spawn(process.execPath, [join(ROOT, 'hub/bin/zonelet-hub.js'), '--config', config], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(proc);
  let err = '';
  proc.stderr!.on('data', (b) => { err += b; });
  const port = await new Promise<number>((res, rej) => {
    let out = '';
    const t = setTimeout(() => rej(new Error(`hub did not start: ${err}`)), 20_000);
    proc.stdout!.on('data', (b) => {
      out += b;
      const m = /"port":(\d+)/.exec(out);
      if (m) { clearTimeout(t); res(Number(m[1])); }
    });
    proc.once('exit', (code) => rej(new Error(`hub exited ${code}: ${err}`)));
  });
  return { port, proc };
}

async function stop(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null) return;
  const exited = new Promise((r) => proc.once('exit', r));
  proc.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  if (proc.exitCode === null) proc.kill('SIGKILL');
}

async function browser(): Promise<BrowserContext> {
  return chromium.launchPersistentContext(tempDir('chromium'), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1800, height: 1000 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

const fleetStat = <T>(page: Page, expr: string) => page.evaluate(`(() => { const f = window.__fleet; return ${expr}; })()`) as Promise<T>;

test('fleet page: two hosts, stop a zone from the page, heatmaps, screenshot', { timeout: 120_000 }, async () => {
  const dir = tempDir('fleet-page');
  const { port, proc } = await startHub(dir, 2);
  const fleet = await runSyntheticFleet({ hub: `http://127.0.0.1:${port}`, dir, hosts: 2, zones: 12, intervalMs: 1000, seed: 7, buckets: 'full', actionDelayMs: 1500 });
  const ctx = await browser();
  try {
    assert.equal(fleet.hosts.filter((h) => h.connected).length, 2, 'both synthetic hosts connected');
    // the page's files with their content types; nothing outside hub/public
    const get = (p: string) => fetch(`http://127.0.0.1:${port}${p}`);
    assert.match((await get('/static/js/main.js')).headers.get('content-type') ?? '', /^text\/javascript/);
    assert.match((await get('/')).headers.get('content-type') ?? '', /^text\/html/);
    for (const p of ['/static/../package.json', '/static/%2e%2e/src/api.ts', '/static/js/%2e%2e%2f..%2fpackage.json', '/static/..%5cpackage.json', '/static/hub.db']) {
      assert.equal((await get(p)).status, 404, p);
    }
    const page = ctx.pages()[0] ?? await ctx.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => (window as any).__fleet?.store.zones.size === 24, null, { timeout: 15_000 });
    await page.locator('#feed-status.live').waitFor();

    // every zone the hosts reported is a row, by alias
    const synthetic = fleet.hosts.flatMap((h) => [...h.zones.values()]);
    const rows = page.locator('#spacer .row:visible');
    await page.waitForFunction(() => document.querySelectorAll('#spacer .row .name b').length >= 24);
    const aliases = await page.locator('#spacer .row .name b').allTextContents();
    for (const s of synthetic) assert.ok(aliases.includes(s.z.alias!), `row for ${s.z.alias}`);
    assert.equal(await rows.count(), 24);
    assert.match(await page.locator('#counters').innerText(), /24\s*zones/);

    // pick a running zone and stop it with its row's button
    const target = synthetic.find((s) => s.z.state === 'running' && !s.noisy)!;
    const row = page.locator(`#spacer .row[data-uuid="${target.z.uuid}"]`);
    assert.equal(await row.locator('.state').innerText(), 'running');
    await row.locator('button[data-action="stop"]').click();
    await page.locator('#command-list li .what', { hasText: `stop ${target.z.alias}` }).waitFor({ timeout: 5000 });
    await row.locator('.busy', { hasText: 'stop…' }).waitFor({ timeout: 5000 }); // progress shows while in flight
    await page.waitForFunction((u) => document.querySelector(`#spacer .row[data-uuid="${u}"] .state`)?.textContent === 'stopped', target.z.uuid, { timeout: 15_000 });
    await page.locator('#command-list li[data-status="ok"] .what', { hasText: `stop ${target.z.alias}` }).waitFor({ timeout: 10_000 });
    // ground truth outside the page: the host's own zone state, and the hub's record of the zone
    assert.equal(target.z.state, 'stopped');
    const hubZone = await (await fetch(`http://127.0.0.1:${port}/api/zones/${target.z.uuid}`)).json() as { state: string };
    assert.equal(hubZone.state, 'stopped');
    assert.equal(await row.locator('button[data-action="start"]').isEnabled(), true);
    assert.equal(await row.locator('button[data-action="stop"]').isEnabled(), false);

    // owner filter: only that owner's zones remain
    const owner = synthetic[0].z.ownerUuid!;
    await page.selectOption('#f-owner', owner);
    const want = synthetic.filter((s) => s.z.ownerUuid === owner).length;
    await page.waitForFunction((n) => document.querySelectorAll('#spacer .row:not([style*="display: none"]) .name b').length === n && (window as any).__fleet.table.view.length === n, want);
    await page.selectOption('#f-owner', '');

    // the noisy neighbour: sort by run-queue p99, it comes first; its heatmaps draw
    const noisy = synthetic.find((s) => s.noisy)!;
    await page.waitForTimeout(3500); // a few intervals of histogram history
    await page.locator('.thead .col[data-key="runqP99"]').click();
    await page.waitForFunction((u) => (window as any).__fleet.table.view[0]?.uuid === u || (window as any).__fleet.table.view[1]?.uuid === u, noisy.z.uuid, { timeout: 10_000 });
    await page.locator(`#spacer .row[data-uuid="${noisy.z.uuid}"] .name`).click();
    await page.waitForFunction(() => document.querySelector('#d-alias')?.textContent !== '');
    const heat = await page.waitForFunction(() => {
      const c = document.getElementById('hm-runq') as HTMLCanvasElement;
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let lit = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i] + d[i + 1] + d[i + 2] > 200) lit++;
      return lit > 200 ? lit : 0;
    }, null, { timeout: 10_000 });
    assert.ok(Number(await heat.jsonValue()) > 200, 'run-queue heatmap has coloured cells');
    await page.waitForTimeout(300);
    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: join(OUT, 'fleet-page.png') });
    assert.deepEqual(errors, []);
  } finally {
    await ctx.close();
    await fleet.stop();
    await stop(proc);
  }
});

test('fleet page: 50 hosts x 400 zones stay responsive', { timeout: 240_000 }, async () => {
  const dir = tempDir('fleet-scale');
  const { port, proc } = await startHub(dir, 50);
  const feeder = spawnTs([join(ROOT, 'hub/src/synthetic-fleet.ts'), '--hub', `http://127.0.0.1:${port}`, '--dir', dir, '--hosts', '50', '--zones', '400',
    '--interval', '5', '--seed', '7', '--buckets', 'decade']);
  let ferr = '';
  feeder.stderr!.on('data', (b) => { ferr += b; });
  const ctx = await browser();
  try {
    const page = ctx.pages()[0] ?? await ctx.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    const t0 = Date.now();
    await page.waitForFunction(() => (window as any).__fleet?.store.zones.size === 20_000, null, { timeout: 150_000, polling: 500 });
    console.log(`# 20000 zones on the page ${((Date.now() - t0) / 1000).toFixed(1)} s after load`);
    // let a few rounds of metrics flow, then measure only the live updates
    await page.waitForTimeout(6000);
    await page.evaluate(() => { const s = (window as any).__fleet.stats; s.flushMs = []; s.maxFlushMs = 0; s.events = 0; });
    await page.waitForTimeout(10_000);
    const st = await fleetStat<{ flushMs: number[]; events: number; zones: number; dom: number }>(page,
      '({ flushMs: f.stats.flushMs, events: f.stats.events, zones: f.store.zones.size, dom: f.domRows() })');
    const sorted = [...st.flushMs].sort((a, b) => a - b);
    const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    console.log(`# ${st.events} events in ${sorted.length} frame batches over 10 s; batch apply+render ms: median ${pct(0.5).toFixed(1)}, p95 ${pct(0.95).toFixed(1)}, max ${sorted[sorted.length - 1].toFixed(1)}; DOM rows ${st.dom}`);
    assert.ok(st.events > 50, `metrics events arrived (${st.events})`);
    assert.ok(st.dom < 120, `DOM holds a small row pool, not ${st.dom} rows`);
    assert.ok(pct(0.95) < 200, `p95 batch apply+render ${pct(0.95).toFixed(1)} ms within 200 ms`);

    // scroll to the end: the last zones of the view are rendered, still with a small pool
    const scrolled = await page.evaluate(async () => {
      const f = (window as any).__fleet;
      const sc = document.getElementById('scroller')!;
      const t = performance.now();
      sc.scrollTop = sc.scrollHeight;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const last = f.table.view[f.table.view.length - 1];
      const el = document.querySelector(`#spacer .row[data-uuid="${last.uuid}"]`);
      return { ms: performance.now() - t, found: !!el && el.getBoundingClientRect().bottom <= sc.getBoundingClientRect().bottom + 1, alias: last.alias, dom: f.domRows() };
    });
    console.log(`# scroll to end: last row ${scrolled.alias} rendered within ${scrolled.ms.toFixed(1)} ms (2 frames), DOM rows ${scrolled.dom}`);
    assert.ok(scrolled.found, 'the last zone row is rendered and visible after scrolling to the end');
    assert.ok(scrolled.dom < 120);

    // filtering 20,000 zones by owner is immediate and exact
    const owner = await fleetStat<string>(page, 'f.table.view[0].owner');
    const want = await fleetStat<number>(page, `[...f.store.zones.values()].filter((z) => z.owner === ${JSON.stringify(owner)}).length`);
    await page.selectOption('#f-owner', owner);
    await page.waitForFunction((n) => (window as any).__fleet.table.view.length === n, want);
    assert.ok(want > 500 && want < 20_000);
  } finally {
    await ctx.close();
    await stop(feeder);
    await stop(proc);
    assert.equal(ferr.includes('synthetic host error'), false, ferr.slice(0, 500));
  }
});
