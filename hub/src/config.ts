/** The hub's JSON config: validated strictly, every problem named by its key path. */
import { readFileSync } from 'node:fs';

export interface HubConfig {
  listen: string; // host:port
  tls?: { certFile: string; keyFile: string; clientCaFile?: string };
  agents: Array<{ hostUuid: string; tokenFile?: string }>; // tokenFile, or a client certificate whose CN is hostUuid
  dbFile: string;
  apiTokenFile?: string;
  metricsWindowSeconds: number; // how much metrics history (raw batches) the hub keeps per host
  pingIntervalSeconds: number; // agents silent for 2 intervals are dropped
  maxPayloadBytes: number;
  hubId: string;
}

export class HubConfigError extends Error {
  constructor(readonly problems: Array<{ path: string; message: string }>) {
    super(problems.map((p) => `${p.path}: ${p.message}`).join('; '));
  }
}

const KEYS = ['listen', 'tls', 'agents', 'dbFile', 'apiTokenFile', 'metricsWindowSeconds', 'pingIntervalSeconds', 'maxPayloadBytes', 'hubId'];

export function parseHubConfig(raw: unknown): HubConfig {
  const problems: Array<{ path: string; message: string }> = [];
  const bad = (path: string, message: string) => problems.push({ path, message });
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new HubConfigError([{ path: '(root)', message: 'expected an object' }]);
  const c = raw as Record<string, unknown>;
  for (const k of Object.keys(c)) if (!KEYS.includes(k)) bad(k, 'unknown key');
  const str = (path: string, v: unknown, optional = false): string | undefined => {
    if (v === undefined && optional) return undefined;
    if (typeof v !== 'string' || v.length === 0) { bad(path, 'expected a non-empty string'); return undefined; }
    return v;
  };
  const num = (path: string, v: unknown, dflt: number, min: number): number => {
    if (v === undefined) return dflt;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min) { bad(path, `expected a number >= ${min}`); return dflt; }
    return v;
  };
  const listen = str('listen', c.listen) ?? '';
  if (listen && !/^[^\s]+:\d{1,5}$/.test(listen)) bad('listen', 'expected host:port');
  let tls: HubConfig['tls'];
  if (c.tls !== undefined) {
    const t = (typeof c.tls === 'object' && c.tls !== null ? c.tls : {}) as Record<string, unknown>;
    for (const k of Object.keys(t)) if (!['certFile', 'keyFile', 'clientCaFile'].includes(k)) bad(`tls.${k}`, 'unknown key');
    tls = { certFile: str('tls.certFile', t.certFile) ?? '', keyFile: str('tls.keyFile', t.keyFile) ?? '', clientCaFile: str('tls.clientCaFile', t.clientCaFile, true) };
  }
  const agents: HubConfig['agents'] = [];
  if (!Array.isArray(c.agents)) bad('agents', 'expected an array of {hostUuid, tokenFile?}');
  else c.agents.forEach((a, i) => {
    const o = (typeof a === 'object' && a !== null ? a : {}) as Record<string, unknown>;
    for (const k of Object.keys(o)) if (!['hostUuid', 'tokenFile'].includes(k)) bad(`agents[${i}].${k}`, 'unknown key');
    const hostUuid = str(`agents[${i}].hostUuid`, o.hostUuid) ?? '';
    const tokenFile = str(`agents[${i}].tokenFile`, o.tokenFile, true);
    if (!tokenFile && !tls?.clientCaFile) bad(`agents[${i}]`, 'needs tokenFile, or tls.clientCaFile for client certificates');
    agents.push({ hostUuid, tokenFile });
  });
  const cfg: HubConfig = {
    listen, tls, agents, dbFile: str('dbFile', c.dbFile) ?? '', apiTokenFile: str('apiTokenFile', c.apiTokenFile, true),
    metricsWindowSeconds: num('metricsWindowSeconds', c.metricsWindowSeconds, 3600, 60),
    pingIntervalSeconds: num('pingIntervalSeconds', c.pingIntervalSeconds, 5, 0.1),
    maxPayloadBytes: num('maxPayloadBytes', c.maxPayloadBytes, 32 * 1024 * 1024, 1024),
    hubId: str('hubId', c.hubId, true) ?? 'zonelet-hub',
  };
  if (problems.length > 0) throw new HubConfigError(problems);
  return cfg;
}

export function loadHubConfig(file: string): HubConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new HubConfigError([{ path: '(file)', message: `cannot read ${file}: ${(err as Error).message}` }]);
  }
  return parseHubConfig(raw);
}
