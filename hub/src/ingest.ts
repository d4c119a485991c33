/**
 * Agent ingest over WebSocket.
 *
 * Theory of operation: the HTTP upgrade is authenticated first (a verified client certificate whose CN is a
 * configured host UUID, or a bearer token matching a configured host's token file); the AgentHello must then name
 * that same host. Sequenced messages with seq <= the last one queued are duplicates (a resend after reconnect) and
 * are only acked. New ones are queued and committed in one SQLite transaction per event-loop turn (group commit);
 * only after the commit does the hub ack, so an ack always means "stored". Any undecodable, truncated, oversized or
 * out-of-place frame gets an Error and closes that one connection.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { TLSSocket } from 'node:tls';
import { WebSocketServer, WebSocket } from 'ws';
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import { zonelet } from '../../proto/gen/zonelet.js';
import type { HubConfig } from './config.js';
import type { CommandRow, Fleet, FleetEvent } from './fleet.js';

const Envelope = zonelet.v1.Envelope;
const Code = zonelet.v1.Error.Code;
export const HUB_PROTOCOL_VERSIONS = [1];
export const AGENT_PATH = '/v1/agent';

/** One structured log line (the hub writes JSON lines like its cli's "listening" line). */
export type HubLog = (line: { level: 'info' | 'warn' | 'error'; msg: string } & Record<string, unknown>) => void;
const stderrLog: HubLog = (line) => { process.stderr.write(`${JSON.stringify({ ...line, time: new Date().toISOString() })}\n`); };

interface Session { ws: WebSocket; host: string; helloDone: boolean; queuedSeq: number; ackedSeq: number; alive: boolean; closed: boolean }
interface Pending { s: Session; env: zonelet.v1.Envelope; raw: Uint8Array }

export class Ingest {
  private readonly wss: WebSocketServer;
  private readonly sessions = new Map<string, Session>();
  private queue: Pending[] = [];
  private flushScheduled = false;
  private pinger: NodeJS.Timeout;
  private readonly m;

  constructor(private readonly cfg: HubConfig, private readonly fleet: Fleet, registry: Registry, private readonly log: HubLog = stderrLog) {
    this.wss = new WebSocketServer({ noServer: true, maxPayload: cfg.maxPayloadBytes, perMessageDeflate: false });
    const r = [registry];
    const sessions = this.sessions;
    this.m = {
      received: new Counter({ name: 'zonelet_hub_server_messages_total', help: 'Sequenced agent messages stored, by type', labelNames: ['type'], registers: r }),
      dups: new Counter({ name: 'zonelet_hub_server_duplicates_total', help: 'Agent messages received again after a reconnect (acked, not stored)', registers: r }),
      bad: new Counter({ name: 'zonelet_hub_server_bad_frames_total', help: 'Connections closed for a bad frame or protocol violation', labelNames: ['code'], registers: r }),
      violations: new Counter({ name: 'zonelet_hub_server_protocol_violations_total', help: 'Agent messages refused as not theirs to send or undecodable, by kind', labelNames: ['kind'], registers: r }),
      refused: new Counter({ name: 'zonelet_hub_server_auth_failures_total', help: 'Agent connections refused for bad credentials', registers: r }),
      commit: new Histogram({ name: 'zonelet_hub_server_commit_seconds', help: 'Duration of one group commit', buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1], registers: r }),
      agents: new Gauge({ name: 'zonelet_hub_server_agents_connected', help: 'Agents with a completed handshake', registers: r, collect() { this.set([...sessions.values()].filter((s) => s.helloDone).length); } }),
    };
    this.pinger = setInterval(() => this.pingAll(), cfg.pingIntervalSeconds * 1000);
    this.pinger.unref();
  }

  /** The 'upgrade' handler of the HTTP(S) server. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    socket.on('error', () => {});
    const path = (req.url ?? '').split('?')[0];
    if (path !== AGENT_PATH) { refuse(socket, 404, 'Not Found'); return; }
    const host = this.authenticate(req);
    if (!host) { this.m.refused.inc(); refuse(socket, 401, 'Unauthorized'); return; }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.attach(ws, host));
  }

  /** Sends a command to the host if its agent is connected; true when written. */
  sendCommand(c: CommandRow): boolean {
    const s = this.sessions.get(c.host_uuid);
    if (!s || !s.helloDone || s.ws.readyState !== WebSocket.OPEN) return false;
    s.ws.send(Envelope.encode({
      seq: 0, ack: s.ackedSeq,
      command: { id: c.id, action: c.action, zoneUuid: c.zone_uuid ?? '', payloadJson: c.payload_json ?? '', deadlineMs: c.deadline_ms, issuedMs: c.created_ms },
    }).finish());
    return true;
  }

  connectedHosts(): Set<string> { return new Set([...this.sessions.values()].filter((s) => s.helloDone).map((s) => s.host)); }

  close(): void {
    clearInterval(this.pinger);
    for (const s of this.sessions.values()) s.ws.terminate();
    this.wss.close();
  }

  private authenticate(req: IncomingMessage): string | null {
    const sock = req.socket as TLSSocket;
    if (sock.encrypted && sock.authorized) {
      const cn = sock.getPeerCertificate()?.subject?.CN;
      const name = Array.isArray(cn) ? cn[0] : cn;
      if (name && this.cfg.agents.some((a) => a.hostUuid === name)) return name;
    }
    const m = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    if (!m) return null;
    const given = createHash('sha256').update(m[1]).digest();
    for (const a of this.cfg.agents) {
      if (!a.tokenFile) continue;
      let token: string;
      try { token = readFileSync(a.tokenFile, 'utf8').trim(); } catch { continue; } // read per attempt: rotation
      if (token && timingSafeEqual(given, createHash('sha256').update(token).digest())) return a.hostUuid;
    }
    return null;
  }

  private attach(ws: WebSocket, host: string): void {
    const s: Session = { ws, host, helloDone: false, queuedSeq: 0, ackedSeq: 0, alive: true, closed: false };
    ws.on('pong', () => { s.alive = true; });
    ws.on('error', () => {});
    ws.on('message', (data, isBinary) => {
      s.alive = true;
      try {
        this.onFrame(s, data as Buffer, isBinary);
      } catch (err) {
        this.fail(s, Code.INTERNAL, `hub error: ${(err as Error).message}`);
      }
    });
    ws.on('close', () => {
      s.closed = true;
      if (this.sessions.get(host) === s) {
        this.sessions.delete(host);
        this.fleet.bus.emit('event', { type: 'host', host, data: { connected: false } } satisfies FleetEvent);
      }
    });
  }

  private onFrame(s: Session, data: Buffer, isBinary: boolean): void {
    if (s.closed) return;
    let env: zonelet.v1.Envelope;
    try {
      if (!isBinary) throw new Error('text frame; expected a binary protobuf Envelope');
      env = Envelope.decode(data);
    } catch (err) {
      this.fail(s, Code.BAD_FRAME, `undecodable frame (${data.length} bytes): ${(err as Error).message}`);
      return;
    }
    if (!s.helloDone) {
      if (env.body !== 'hello') { this.fail(s, Code.PROTOCOL, `expected hello first, got ${env.body ?? 'an empty envelope'}`); return; }
      this.onHello(s, env.hello as zonelet.v1.AgentHello);
      return;
    }
    const seq = Number(env.seq);
    if (!(seq > 0)) { this.fail(s, Code.PROTOCOL, `${env.body ?? 'empty'} message without a sequence number`); return; }
    if (seq <= s.queuedSeq) { this.m.dups.inc(); this.scheduleFlush(); return; }
    s.queuedSeq = seq;
    this.queue.push({ s, env, raw: data });
    this.scheduleFlush();
  }

  private onHello(s: Session, h: zonelet.v1.AgentHello): void {
    if (h.hostUuid !== s.host) { this.fail(s, Code.UNAUTHENTICATED, `credentials are for host ${s.host}, hello names ${h.hostUuid}`); return; }
    const version = Math.max(0, ...h.supportedVersions.filter((v) => HUB_PROTOCOL_VERSIONS.includes(v)));
    if (!version) { this.fail(s, Code.UNSUPPORTED_VERSION, `hub speaks protocol ${HUB_PROTOCOL_VERSIONS}, agent offers ${h.supportedVersions}`); return; }
    const old = this.sessions.get(s.host);
    if (old && old !== s) { old.closed = true; old.ws.terminate(); } // a newer link from the same host wins
    this.queue = this.queue.filter((p) => p.s !== old); // never commit for a session whose welcome is superseded
    this.sessions.set(s.host, s);
    const acked = this.fleet.hello(h);
    s.queuedSeq = s.ackedSeq = acked;
    s.helloDone = true;
    s.ws.send(Envelope.encode({ seq: 0, ack: acked, welcome: { version, ackedSeq: acked, hubId: this.cfg.hubId } }).finish());
    this.fleet.bus.emit('event', { type: 'host', host: s.host, data: { connected: true, hostname: h.hostname } } satisfies FleetEvent);
    for (const c of this.fleet.pendingCommands(s.host)) this.sendCommand(c);
  }

  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(() => { this.flushScheduled = false; this.flush(); });
  }

  /**
   * One SQLite transaction per turn (group commit); inside it each session's messages run under their own savepoint,
   * so a message the fleet refuses (or that breaks the handler) closes only the link that sent it: that session's
   * earlier messages of the turn stay stored and acked, its later ones are not applied (order), others are untouched.
   */
  private flush(): void {
    const batch = this.queue;
    this.queue = [];
    const events: FleetEvent[] = [];
    const stored = new Map<Session, number>();
    const refused = new Map<Session, string>();
    const end = this.m.commit.startTimer();
    if (batch.length > 0) {
      try {
        this.fleet.db.transaction(() => {
          for (const p of batch) {
            if (p.s.closed || refused.has(p.s)) continue;
            const mark = events.length;
            try {
              this.fleet.db.transaction(() => this.fleet.apply(p.s.host, p.env, p.raw, events))();
            } catch (err) {
              events.length = mark;
              this.fleet.dropDecoder(p.s.host); // it may have seen the refused message
              refused.set(p.s, `cannot store message ${p.env.seq} (${p.env.body ?? 'empty'}): ${(err as Error).message}`);
              continue;
            }
            stored.set(p.s, Number(p.env.seq));
            this.m.received.inc({ type: p.env.body ?? 'none' });
          }
        })();
      } catch (err) {
        // the commit itself failed (disk, lock): nothing of this turn is stored; drop decoder state, agents resend
        for (const p of batch) { this.fleet.dropDecoder(p.s.host); this.fail(p.s, Code.INTERNAL, `cannot store message ${p.env.seq}: ${(err as Error).message}`); }
        end();
        return;
      }
    }
    end();
    for (const [s, seq] of stored) s.ackedSeq = seq;
    for (const [s, message] of refused) {
      this.violation(s.host, 'refused-message', message);
      this.fail(s, Code.PROTOCOL, message);
    }
    // ack every live session with news (stored now, or duplicates to be acked again)
    for (const s of this.sessions.values()) {
      if (!s.helloDone || s.closed || s.ws.readyState !== WebSocket.OPEN) continue;
      if (stored.has(s) || s.queuedSeq <= s.ackedSeq) s.ws.send(Envelope.encode({ seq: 0, ack: s.ackedSeq, ackMsg: { seq: s.ackedSeq } }).finish());
    }
    for (const e of events) {
      if (e.type === 'violation') {
        const d = e.data as { kind: string; message: string };
        this.violation(e.host ?? '', d.kind, d.message);
      }
      this.fleet.bus.emit('event', e);
    }
  }

  /** A message an agent may not send (another host's zone, an undecodable batch): counted and logged. */
  private violation(host: string, kind: string, message: string): void {
    this.m.violations.inc({ kind });
    this.log({ level: 'warn', msg: 'agent protocol violation', host, kind, detail: message.slice(0, 500) });
  }

  private fail(s: Session, code: zonelet.v1.Error.Code, message: string): void {
    if (s.closed) return;
    s.closed = true;
    this.m.bad.inc({ code: Code[code] });
    if (s.ws.readyState === WebSocket.OPEN) {
      s.ws.send(Envelope.encode({ seq: 0, error: { code, message } }).finish());
      s.ws.close(code === Code.BAD_FRAME ? 1007 : 1008, message.slice(0, 120));
      setTimeout(() => s.ws.terminate(), 1000).unref();
    } else s.ws.terminate();
  }

  private pingAll(): void {
    for (const client of this.wss.clients) {
      const s = [...this.sessions.values()].find((x) => x.ws === client);
      if (s && !s.alive) { client.terminate(); continue; }
      if (s) s.alive = false;
      try { client.ping(); } catch { /* closing */ }
    }
  }
}

function refuse(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}
