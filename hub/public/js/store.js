// The page's model of the fleet: hosts, zones (one mutable object each, updated in place) and commands.
// apply* methods report what changed so the view re-filters only when membership may have changed.

const TERMINAL = new Set(['ok', 'failed', 'refused', 'expired', 'unknown', 'error']);
export const isTerminal = (status) => TERMINAL.has(status);

export class FleetStore {
  constructor() {
    this.hosts = new Map();
    this.zones = new Map();
    this.commands = new Map(); // id -> { id, zone, action, status, message, started, ended }
    this.changed = new Set(); // zone uuids touched since the last render
    this.membership = true; // zones added/removed or a filtered field changed
    this.hostsChanged = true;
  }

  applySnapshot(s) {
    this.hosts.clear();
    for (const h of s.hosts) this.hosts.set(h.uuid, h);
    const seen = new Set();
    for (const row of s.zones) seen.add(this.upsertZone(row));
    for (const uuid of this.zones.keys()) if (!seen.has(uuid)) this.zones.delete(uuid);
    for (const m of s.metrics) this.applyMetricRow(m);
    this.membership = true;
    this.hostsChanged = true;
  }

  /** [uuid, host, alias, brand, state, owner, cpu_cap, max_physical_memory] */
  upsertZone(row) {
    const [uuid, host, alias, brand, state, owner, cpuCapPct, ramMiB] = row;
    let z = this.zones.get(uuid);
    if (!z) {
      z = { uuid, host, alias, brand, state, owner, cpuCapPct, ramMiB, cpu: null, cpuCap: null, rss: null, memCap: null, runqP99: null, fsP99: null, t: 0 };
      this.zones.set(uuid, z);
      this.membership = true;
      this.hostsChanged = true;
    } else {
      if (z.state !== state || z.owner !== owner || z.host !== host || z.alias !== alias) { this.membership = true; this.hostsChanged = true; }
      Object.assign(z, { host, alias, brand, state, owner, cpuCapPct, ramMiB });
    }
    this.changed.add(uuid);
    return uuid;
  }

  applyZones({ host, replace, rows }) {
    const seen = new Set(rows.map((r) => this.upsertZone(r)));
    if (replace) for (const [uuid, z] of this.zones) if (z.host === host && !seen.has(uuid)) this.removeZone(uuid);
  }

  removeZone(uuid) {
    if (this.zones.delete(uuid)) { this.membership = true; this.hostsChanged = true; }
  }

  /** [uuid, t, cpu, cpuCap, rss, memCap, runqP99, fsP99] */
  applyMetricRow(m) {
    const z = this.zones.get(m[0]);
    if (!z) return;
    z.t = m[1]; z.cpu = m[2]; z.cpuCap = m[3]; z.rss = m[4]; z.memCap = m[5]; z.runqP99 = m[6]; z.fsP99 = m[7];
    this.changed.add(z.uuid);
  }

  applyHost(h) {
    this.hosts.set(h.uuid, h);
    this.hostsChanged = true;
  }

  /** Merges a command's news (SSE event or GET /api/commands/<id>); returns the command. */
  applyCommand(c) {
    let cmd = this.commands.get(c.id);
    if (!cmd) {
      cmd = { id: c.id, zone: c.zone ?? c.zone_uuid ?? null, action: c.action ?? null, status: 'pending', message: '', started: Date.now(), ended: null };
      this.commands.set(c.id, cmd);
    }
    if (c.zone ?? c.zone_uuid) cmd.zone = c.zone ?? c.zone_uuid;
    if (c.action) cmd.action = c.action;
    if (c.message) cmd.message = c.message;
    if (c.phase && !isTerminal(cmd.status)) cmd.message = c.message ? `${c.phase}: ${c.message}` : c.phase;
    if (c.status && !isTerminal(cmd.status)) cmd.status = c.status;
    if (isTerminal(cmd.status) && !cmd.ended) cmd.ended = Date.now();
    if (cmd.zone) this.changed.add(cmd.zone);
    return cmd;
  }

  /** The newest unfinished command on a zone, if any. */
  inFlight(zone) {
    let found = null;
    for (const c of this.commands.values()) if (c.zone === zone && !isTerminal(c.status)) found = c;
    return found;
  }
}
