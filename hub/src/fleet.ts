/**
 * The fleet view: applies agents' sequenced messages to SQLite and keeps the per-host metrics decoders.
 * apply() runs inside the caller's transaction; an in-memory decoder touched by a failed transaction is discarded
 * (rebuilt from the stored dictionary and frames on next use), so memory never runs ahead of the database.
 */
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { zonelet } from '../../proto/gen/zonelet.js';
import type { Db } from './db.js';
import { jsonValue, MetricsDecoder } from './metrics-decoder.js';

const Envelope = zonelet.v1.Envelope;
const toJson = (m: object | null | undefined) => (m ? (m as { toJSON(): object }).toJSON() : null);
/** A zone as the zones table stores it (every field, defaults included): equal text means nothing changed. */
const zoneJson = (z: zonelet.v1.IZone) => JSON.stringify(zonelet.v1.Zone.toObject(zonelet.v1.Zone.fromObject(z), { longs: Number, defaults: true }));

/** A proto3 enum value's name in lower case; proto3 enums are open (any number decodes), so an unknown one is refused. */
function enumName(values: Record<number, string>, v: number, what: string): string {
  const name = values[v];
  if (name === undefined) throw new Error(`undecodable message: unknown ${what} ${v}`);
  return name.toLowerCase();
}

function changedFields(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k])).sort();
}

export interface FleetEvent { type: 'host' | 'zone' | 'metrics' | 'command' | 'gap' | 'violation'; host?: string; zone?: string; id?: string; data?: unknown }

export interface HostRow {
  uuid: string; hostname: string; agent_version: string; platform: string; boot_id: string; stream_id: string;
  last_seq: number; epoch: number; last_seen_ms: number; status_json: string | null; dropped_batches: number; gaps: number;
}
export interface CommandRow {
  id: string; host_uuid: string; zone_uuid: string | null; action: string; payload_json: string | null; deadline_ms: number;
  created_ms: number; status: string; message: string | null; result_json: string | null; updated_ms: number;
}

export class Fleet {
  readonly bus = new EventEmitter();
  private decoders = new Map<string, MetricsDecoder>();
  private readonly st;

  constructor(readonly db: Db, private readonly windowMs: number) {
    this.bus.setMaxListeners(0);
    this.st = {
      host: db.prepare<[string], HostRow>('SELECT * FROM hosts WHERE uuid = ?'),
      upsertHost: db.prepare(`INSERT INTO hosts (uuid, hostname, agent_version, platform, boot_id, stream_id, last_seq, last_seen_ms)
        VALUES (@uuid, @hostname, @agent_version, @platform, @boot_id, @stream_id, 0, @now)
        ON CONFLICT(uuid) DO UPDATE SET hostname=@hostname, agent_version=@agent_version, platform=@platform, boot_id=@boot_id, last_seen_ms=@now`),
      resetStream: db.prepare('UPDATE hosts SET stream_id = ?, last_seq = 0, epoch = 0 WHERE uuid = ?'),
      setSeq: db.prepare('UPDATE hosts SET last_seq = ?, last_seen_ms = ? WHERE uuid = ?'),
      // a zone never moves to another host on one agent's word: the WHERE makes the update a no-op (changes = 0)
      upsertZone: db.prepare(`INSERT INTO zones (uuid, host_uuid, owner_uuid, state, alias, brand, json, updated_ms)
        VALUES (@uuid, @host, @owner, @state, @alias, @brand, @json, @now)
        ON CONFLICT(uuid) DO UPDATE SET owner_uuid=@owner, state=@state, alias=@alias, brand=@brand, json=@json, updated_ms=@now
        WHERE zones.host_uuid = @host`),
      zoneHost: db.prepare<[string], { host_uuid: string }>('SELECT host_uuid FROM zones WHERE uuid = ?'),
      zoneJson: db.prepare<[string, string], { json: string }>('SELECT json FROM zones WHERE uuid = ? AND host_uuid = ?'),
      deleteZone: db.prepare('DELETE FROM zones WHERE uuid = ? AND host_uuid = ?'),
      hostZones: db.prepare<[string], { uuid: string }>('SELECT uuid FROM zones WHERE host_uuid = ?'),
      change: db.prepare('INSERT INTO zone_changes (host_uuid, seq, time_ms, type, zone_uuid, json) VALUES (?, ?, ?, ?, ?, ?)'),
      clearSeries: db.prepare('DELETE FROM series WHERE host_uuid = ?'),
      addSeries: db.prepare('INSERT OR REPLACE INTO series (host_uuid, id, zone, name, labels_json, int) VALUES (?, ?, ?, ?, ?, ?)'),
      retireSeries: db.prepare('DELETE FROM series WHERE host_uuid = ? AND id = ?'),
      setEpoch: db.prepare('UPDATE hosts SET epoch = ? WHERE uuid = ?'),
      series: db.prepare<[string], { id: number; zone: string; name: string; labels_json: string; int: number }>('SELECT * FROM series WHERE host_uuid = ?'),
      frame: db.prepare('INSERT INTO frames (host_uuid, seq, epoch, batch, keyframe, time_ms, data) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      prune: db.prepare(`DELETE FROM frames WHERE host_uuid = @host AND seq < (SELECT COALESCE(MAX(seq), 0) FROM frames
        WHERE host_uuid = @host AND epoch = @epoch AND keyframe = 1 AND time_ms <= @cut)`),
      framesFromLastKey: db.prepare<[string, number, string, number], { data: Buffer }>(`SELECT data FROM frames WHERE host_uuid = ? AND epoch = ? AND seq >= (SELECT COALESCE(MAX(seq), 0)
        FROM frames WHERE host_uuid = ? AND epoch = ? AND keyframe = 1) ORDER BY seq`),
      framesAll: db.prepare<[string, number], { data: Buffer; time_ms: number }>('SELECT data, time_ms FROM frames WHERE host_uuid = ? AND epoch = ? ORDER BY seq'),
      gap: db.prepare('INSERT INTO gaps (host_uuid, seq, time_ms, json) VALUES (?, ?, ?, ?)'),
      countGap: db.prepare('UPDATE hosts SET gaps = gaps + 1, dropped_batches = dropped_batches + ? WHERE uuid = ?'),
      status: db.prepare('UPDATE hosts SET status_json = ? WHERE uuid = ?'),
      command: db.prepare<[string], CommandRow>('SELECT * FROM commands WHERE id = ?'),
      cmdStatus: db.prepare('UPDATE commands SET status = ?, message = COALESCE(?, message), result_json = COALESCE(?, result_json), updated_ms = ? WHERE id = ? AND host_uuid = ?'),
      cmdEvent: db.prepare('INSERT INTO command_events (command_id, time_ms, phase, message) VALUES (?, ?, ?, ?)'),
      insertCmd: db.prepare(`INSERT INTO commands (id, host_uuid, zone_uuid, action, payload_json, deadline_ms, created_ms, status, updated_ms)
        VALUES (@id, @host, @zone, @action, @payload, @deadline, @now, 'pending', @now)`),
      pending: db.prepare<[string], CommandRow>("SELECT * FROM commands WHERE host_uuid = ? AND status = 'pending' ORDER BY created_ms"),
    };
  }

  host(uuid: string): HostRow | undefined { return this.st.host.get(uuid); }

  /** Records an agent's hello; a new stream id (a new spool) restarts the host's sequence space. Returns acked seq. */
  hello(h: zonelet.v1.IAgentHello): number {
    const uuid = h.hostUuid ?? '';
    return this.db.transaction(() => {
      this.st.upsertHost.run({ uuid, hostname: h.hostname ?? '', agent_version: h.agentVersion ?? '', platform: h.platform ?? '', boot_id: h.bootId ?? '', stream_id: h.streamId ?? '', now: Date.now() });
      const row = this.st.host.get(uuid)!;
      if (row.stream_id !== h.streamId) {
        this.st.resetStream.run(h.streamId ?? '', uuid);
        this.decoders.delete(uuid);
        return 0;
      }
      return row.last_seq;
    })();
  }

  /** Applies one sequenced message (inside the caller's transaction). Returns events to emit after commit. */
  apply(host: string, env: zonelet.v1.Envelope, raw: Uint8Array, out: FleetEvent[]): void {
    const seq = Number(env.seq);
    const now = Date.now();
    switch (env.body) {
      case 'zoneSnapshot': {
        // A snapshot is the agent's resync (start, or zone messages it could not keep): what differs from the view
        // here is recorded as the changes the hub learns by it, so the change log has no hole where the agent was down.
        const s = env.zoneSnapshot as zonelet.v1.ZoneSnapshot;
        const time = Number(s.timeMs);
        const keep: string[] = [];
        for (const z of s.zones) {
          const before = this.st.zoneJson.get(z.uuid ?? '', host)?.json;
          const after = zoneJson(z);
          if (!this.upsertZone(host, z, now, seq, out, after)) continue;
          keep.push(z.uuid ?? '');
          if (before === after) continue;
          const fields = before === undefined ? [] : changedFields(JSON.parse(before) as Record<string, unknown>, JSON.parse(after) as Record<string, unknown>);
          this.st.change.run(host, seq, time, before === undefined ? 'create' : 'modify', z.uuid, JSON.stringify({ fields, zone: toJson(z), resync: true }));
        }
        const kept = new Set(keep);
        for (const { uuid } of this.st.hostZones.all(host)) {
          if (kept.has(uuid)) continue;
          this.st.deleteZone.run(uuid, host);
          this.st.change.run(host, seq, time, 'delete', uuid, JSON.stringify({ fields: [], zone: null, resync: true }));
        }
        this.st.change.run(host, seq, time, 'snapshot', null, JSON.stringify({ zones: keep }));
        out.push({ type: 'zone', host, data: { snapshot: keep.length } });
        break;
      }
      case 'zoneChange': {
        const c = env.zoneChange as zonelet.v1.ZoneChange;
        const type = enumName(zonelet.v1.ZoneChange.Type, c.type, 'zone change type');
        if (c.type === zonelet.v1.ZoneChange.Type.DELETE) this.st.deleteZone.run(c.uuid, host);
        else if (c.zone && !this.upsertZone(host, c.zone, now, seq, out)) break; // refused: acked, not recorded
        this.st.change.run(host, seq, Number(c.timeMs), type, c.uuid, JSON.stringify({ fields: c.fields, zone: toJson(c.zone) }));
        out.push({ type: 'zone', host, zone: c.uuid, data: { change: type, fields: c.fields } });
        break;
      }
      case 'dictionary': {
        const d = env.dictionary as zonelet.v1.SeriesDictionary;
        const dec = this.decoder(host);
        if (d.reset) this.st.clearSeries.run(host);
        for (const def of d.defs) {
          const labels: Record<string, string> = {};
          for (const l of def.labels ?? []) labels[l.name ?? ''] = l.value ?? '';
          this.st.addSeries.run(host, def.id, def.zone, def.name, JSON.stringify(labels), def.kind === zonelet.v1.SeriesDef.Kind.FLOAT ? 0 : 1);
        }
        for (const id of d.retired) this.st.retireSeries.run(host, id);
        this.st.setEpoch.run(d.epoch, host);
        dec.applyDictionary(d);
        break;
      }
      case 'metrics': {
        const b = env.metrics as zonelet.v1.MetricsBatch;
        const dec = this.decoder(host);
        dec.applyBatch(b); // throws on an undecodable batch: the transaction rolls back and the link is closed
        this.st.frame.run(host, seq, b.epoch, Number(b.batch), b.keyframe ? 1 : 0, Number(b.timeMs), raw);
        if (b.keyframe) this.st.prune.run({ host, epoch: b.epoch, cut: Number(b.timeMs) - this.windowMs });
        out.push({ type: 'metrics', host, data: { batch: Number(b.batch), keyframe: b.keyframe, timeMs: Number(b.timeMs) } });
        break;
      }
      case 'gap': {
        const g = env.gap as zonelet.v1.Gap;
        this.st.gap.run(host, seq, now, JSON.stringify(g.toJSON()));
        this.st.countGap.run(Number(g.droppedBatches), host);
        out.push({ type: 'gap', host, data: g.toJSON() });
        break;
      }
      case 'hostStatus': {
        const st = (env.hostStatus as zonelet.v1.HostStatus).toJSON();
        this.st.status.run(JSON.stringify(st), host);
        out.push({ type: 'host', host, data: st });
        break;
      }
      case 'commandProgress': {
        const p = env.commandProgress as zonelet.v1.CommandProgress;
        this.st.cmdEvent.run(p.id, Number(p.timeMs), p.phase, p.message);
        if (p.phase === 'accepted') this.st.cmdStatus.run('accepted', null, null, now, p.id, host);
        else this.st.cmdStatus.run('running', p.message || null, null, now, p.id, host);
        out.push({ type: 'command', host, id: p.id, data: { phase: p.phase, message: p.message } });
        break;
      }
      case 'commandResult': {
        const r = env.commandResult as zonelet.v1.CommandResult;
        const status = enumName(zonelet.v1.CommandResult.Status, r.status, 'command result status');
        this.st.cmdStatus.run(status, r.message, JSON.stringify(r.toJSON()), now, r.id, host);
        this.st.cmdEvent.run(r.id, Number(r.timeMs), status, r.message);
        out.push({ type: 'command', host, id: r.id, data: { status, message: r.message } });
        break;
      }
      default:
        throw new Error(`message type ${env.body ?? '(none)'} cannot carry a sequence number`);
    }
    this.st.setSeq.run(seq, now, host);
  }

  /** Forgets in-memory decoder state (after a failed transaction). */
  dropDecoder(host: string): void { this.decoders.delete(host); }

  decoder(host: string): MetricsDecoder {
    let d = this.decoders.get(host);
    if (d) return d;
    d = new MetricsDecoder();
    const row = this.st.host.get(host);
    const epoch = row?.epoch ?? 0;
    d.applyDictionary({
      epoch, reset: true, retired: [],
      defs: this.st.series.all(host).map((s) => ({
        id: s.id, zone: s.zone, name: s.name, kind: s.int ? 1 : 2,
        labels: Object.entries(JSON.parse(s.labels_json) as Record<string, string>).map(([name, value]) => ({ name, value })),
      })),
    });
    for (const f of this.st.framesFromLastKey.all(host, epoch, host, epoch)) {
      try { d.applyBatch(Envelope.decode(f.data).metrics!); } catch { /* a stored frame before the first keyframe */ }
    }
    this.decoders.set(host, d);
    return d;
  }

  /** Per-series points of one zone over the stored window (the fleet page's heatmaps), by replay. */
  history(host: string, zone: string, namePrefix = ''): Array<{ name: string; labels: Record<string, string>; points: Array<[number, number | string]> }> {
    const live = this.decoder(host);
    const replay = new MetricsDecoder();
    replay.applyDictionary({ epoch: live.epoch, reset: true, defs: [], retired: [] });
    for (const [id, info] of live.defs) {
      if (info.zone !== zone || !info.name.startsWith(namePrefix)) continue;
      replay.applyDictionary({ epoch: live.epoch, defs: [{ id, zone, name: info.name, kind: info.int ? 1 : 2, labels: Object.entries(info.labels).map(([name, value]) => ({ name, value })) }] });
    }
    const points = new Map<number, Array<[number, number | string]>>();
    for (const f of this.st.framesAll.all(host, live.epoch)) {
      let ids: number[];
      try { ids = replay.applyBatch(Envelope.decode(f.data).metrics!); } catch { continue; }
      for (const id of ids) {
        let p = points.get(id);
        if (!p) points.set(id, (p = []));
        p.push([f.time_ms, jsonValue(replay.values.get(id)!)]);
      }
    }
    return [...points].map(([id, p]) => ({ name: replay.defs.get(id)!.name, labels: replay.defs.get(id)!.labels, points: p }));
  }

  createCommand(host: string, zone: string | null, action: string, payload: unknown, deadlineMs: number): CommandRow {
    const id = randomUUID();
    this.st.insertCmd.run({ id, host, zone, action, payload: payload === undefined ? null : JSON.stringify(payload), deadline: deadlineMs, now: Date.now() });
    this.bus.emit('event', { type: 'command', host, id, data: { status: 'pending', action } } satisfies FleetEvent);
    return this.st.command.get(id)!;
  }

  command(id: string): CommandRow | undefined { return this.st.command.get(id); }

  /** Pending commands to (re)send; those past their deadline are marked expired instead. */
  pendingCommands(host: string): CommandRow[] {
    const now = Date.now();
    const out: CommandRow[] = [];
    for (const c of this.st.pending.all(host)) {
      if (c.deadline_ms > 0 && c.deadline_ms < now) this.st.cmdStatus.run('expired', 'deadline passed before the agent took it', null, now, c.id, host);
      else out.push(c);
    }
    return out;
  }

  /** Stores a zone the host reports; false (and a 'violation' event) when the zone belongs to another host. */
  private upsertZone(host: string, z: zonelet.v1.IZone, now: number, seq: number, out: FleetEvent[], json = zoneJson(z)): boolean {
    const { changes } = this.st.upsertZone.run({
      uuid: z.uuid ?? '', host, owner: z.ownerUuid || null, state: z.state ?? '', alias: z.alias ?? '', brand: z.brand ?? '',
      json, now,
    });
    if (changes > 0) return true;
    const owner = this.st.zoneHost.get(z.uuid ?? '')?.host_uuid;
    out.push({ type: 'violation', host, zone: z.uuid ?? '', data: { kind: 'foreign-zone', seq, message: `host ${host} reported zone ${z.uuid} of host ${owner}; not moved` } });
    return false;
  }
}
