/**
 * The daemon's control socket (protocol.ts): local `zonelet action` requests go to the daemon's own ActionEngine,
 * so one engine, one journal and one queue per zone serve the hub and the operator alike.
 *
 * The socket appears atomically with mode 0600: it is bound under a temporary name, chmod'ed, then renamed into
 * place, so it is never reachable with a looser mode. A socket file left by a SIGKILLed daemon is simply replaced:
 * the daemon holds the journal lock before it starts this server, so no other daemon can be answering on it.
 * close() removes the socket file, if it is still ours.
 */
import { createServer, type Server, type Socket } from 'node:net';
import { chmodSync, renameSync, statSync, unlinkSync } from 'node:fs';
import type { ActionEngine } from '../actions/engine.js';
import { MAX_REQUEST_BYTES } from '../actions/validate.js';
import { silentLogger, type ComponentLogger } from '../inventory/inventory.js';
import { lineSplitter, type ControlReply } from './protocol.js';

export interface ControlServerOptions {
  /** controlSocketPath(stateDir) */
  path: string;
  actions: Pick<ActionEngine, 'submit' | 'subscribe'>;
  logger?: ComponentLogger;
}

const MAX_CONNECTIONS = 32;

export class ControlServer {
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();
  private readonly log: ComponentLogger;
  private inode: number | undefined;

  constructor(private readonly o: ControlServerOptions) {
    this.log = o.logger ?? silentLogger;
    this.server = createServer((s) => this.connection(s));
    this.server.maxConnections = MAX_CONNECTIONS;
  }

  async start(): Promise<void> {
    const tmp = `${this.o.path}.${process.pid}.tmp`;
    try { unlinkSync(tmp); } catch { /* none left over */ }
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(tmp, () => {
        this.server.off('error', reject);
        resolve();
      });
    });
    try {
      chmodSync(tmp, 0o600);
      renameSync(tmp, this.o.path); // replaces a stale socket of a dead daemon
      this.inode = statSync(this.o.path).ino;
    } catch (err) {
      await this.close();
      throw new Error(`control socket ${this.o.path}: ${(err as Error).message}`);
    }
    this.log.info({ path: this.o.path }, 'control socket listening');
  }

  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    for (const s of this.sockets) s.destroy();
    await closed;
    try {
      if (this.inode !== undefined && statSync(this.o.path).ino === this.inode) unlinkSync(this.o.path);
    } catch { /* already gone */ }
    this.inode = undefined;
  }

  private connection(socket: Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => socket.destroy()); // a client that went away: its actions still finish and are journalled
    const send = (reply: ControlReply) => { if (socket.writable) socket.write(JSON.stringify(reply) + '\n'); };
    socket.on('data', lineSplitter(MAX_REQUEST_BYTES, (line) => this.request(line, send), () => {
      send({ type: 'error', message: `request line longer than ${MAX_REQUEST_BYTES} bytes; nothing was run` });
      socket.end();
    }));
  }

  private request(line: string, send: (r: ControlReply) => void): void {
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (err) {
      send({ type: 'error', message: `request is not JSON (${(err as Error).message}); nothing was run` });
      return;
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      send({ type: 'error', message: 'request must be a JSON object {id, action, uuid, payload}; nothing was run' });
      return;
    }
    const id = (raw as { id?: unknown }).id;
    const unsubscribe = this.o.actions.subscribe((p) => { if (p.id === id) send({ type: 'progress', progress: p }); });
    const r = raw as Record<string, unknown>;
    this.log.info({ id: r.id, action: r.action, uuid: r.uuid }, 'control socket request');
    // the engine validates (a bad field: a `rejected` result naming it) and never rejects its promise for bad input
    this.o.actions.submit(raw, { origin: 'local' })
      .then((result) => send({ type: 'result', result }))
      .catch((err: Error) => send({ type: 'error', message: `internal error: ${err.message}` }))
      .finally(unsubscribe);
  }
}
