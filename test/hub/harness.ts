/** Shared pieces of the hub link tests: temp dirs, hub configs, a fake agent side (zones, metrics, actions). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HubConfig } from '../../hub/src/config.js';
import type { HubActionSink, HubCommand, HubCommandResult, HubMetricsCycle, HubSources, HubZone, HubZoneChange } from '../../agent/src/hub/sources.js';

export const HOST = '44454c4c-3800-1046-8050-b2c04f4a3132';
export const TOKEN = 'agent-token-0123456789abcdef';

export function tempDir(tag: string): string { return mkdtempSync(join(tmpdir(), `zonelet-${tag}-`)); }

export function hubConfig(dir: string, over: Partial<HubConfig> = {}): HubConfig {
  writeFileSync(join(dir, 'agent.token'), `${TOKEN}\n`);
  return {
    listen: '127.0.0.1:0', agents: [{ hostUuid: HOST, tokenFile: join(dir, 'agent.token') }], dbFile: join(dir, 'hub.db'),
    metricsWindowSeconds: 3600, pingIntervalSeconds: 1, maxPayloadBytes: 8 * 1024 * 1024, hubId: 'test-hub', ...over,
  };
}

export function zone(i: number, alias = `zone-${i}`): HubZone {
  return { uuid: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, alias, brand: 'joyent', state: 'running', owner_uuid: '930896af-bf8c-48d4-885c-6573a94b1853', nics: [] };
}

/** Zones, metrics and an action engine under the test's control; runs each command id at most once. */
export class FakeAgentSide implements HubSources {
  identity = { hostUuid: HOST, hostname: 'cn-test', agentVersion: '0.1.0-test' };
  zoneMap = new Map<string, HubZone>();
  private zoneSubs = new Set<(c: HubZoneChange) => void>();
  private metricSubs = new Set<(c: HubMetricsCycle) => void>();
  ran: HubCommand[] = [];
  zones = {
    all: () => [...this.zoneMap.values()],
    subscribe: (fn: (c: HubZoneChange) => void) => { this.zoneSubs.add(fn); return () => this.zoneSubs.delete(fn); },
  };
  metrics = { onCycle: (fn: (c: HubMetricsCycle) => void) => { this.metricSubs.add(fn); return () => this.metricSubs.delete(fn); } };
  actions: HubActionSink = {
    submit: async (cmd: HubCommand, progress): Promise<HubCommandResult> => {
      this.ran.push(cmd);
      progress({ id: cmd.id, phase: 'running', message: `vmadm ${cmd.action}` });
      return { id: cmd.id, status: 'ok', message: `${cmd.action} done`, zoneUuid: cmd.zoneUuid };
    },
  };
  change(c: HubZoneChange): void {
    if (c.type === 'delete') this.zoneMap.delete(c.uuid); else this.zoneMap.set(c.zone.uuid, c.zone);
    for (const f of this.zoneSubs) f(c);
  }
  cycle(c: HubMetricsCycle): void { for (const f of this.metricSubs) f(c); }
}

export async function getJson<T = any>(port: number, path: string): Promise<T> {
  const r = await fetch(`http://127.0.0.1:${port}${path}`);
  if (!r.ok) throw new Error(`${path}: HTTP ${r.status} ${await r.text()}`);
  return (await r.json()) as T;
}

export async function postJson<T = any>(port: number, path: string, body: unknown): Promise<{ status: number; body: T }> {
  const r = await fetch(`http://127.0.0.1:${port}${path}`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
  return { status: r.status, body: (await r.json()) as T };
}

export async function waitFor<T>(what: string, fn: () => T | Promise<T>, timeoutMs = 15_000): Promise<NonNullable<T>> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try { const v = await fn(); if (v) return v as NonNullable<T>; last = v; } catch (err) { last = err; }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
