/**
 * A fault-injecting TCP proxy on loopback for link tests: pass, cut (destroy live connections), stall (keep sockets
 * open but forward nothing: a half-open link), slow (delay every chunk), refuse (close new connections at once), and
 * flap (cut every N ms).
 */
import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export type ProxyMode = 'pass' | 'stall' | 'slow' | 'refuse';

export class FaultProxy {
  private server: Server;
  private pairs = new Set<[Socket, Socket]>();
  private flapTimer: NodeJS.Timeout | null = null;
  mode: ProxyMode = 'pass';
  slowMs = 200;
  port = 0;
  connections = 0;

  constructor(private targetPort: number, private targetHost = '127.0.0.1') {
    this.server = createServer((client) => this.accept(client));
  }

  async listen(port = 0): Promise<number> {
    await new Promise<void>((res) => this.server.listen(port, '127.0.0.1', () => res()));
    this.port = (this.server.address() as AddressInfo).port;
    return this.port;
  }

  /** Points new connections at another port (a restarted hub). */
  retarget(port: number): void { this.targetPort = port; }

  set(mode: ProxyMode, slowMs?: number): void {
    this.mode = mode;
    if (slowMs !== undefined) this.slowMs = slowMs;
  }

  /** Destroys every live connection (both sides see a reset). */
  cut(): void {
    for (const [a, b] of this.pairs) { a.destroy(); b.destroy(); }
    this.pairs.clear();
  }

  flap(periodMs: number | null): void {
    if (this.flapTimer) clearInterval(this.flapTimer);
    this.flapTimer = periodMs ? setInterval(() => this.cut(), periodMs) : null;
  }

  async close(): Promise<void> {
    this.flap(null);
    this.cut();
    await new Promise<void>((res) => this.server.close(() => res()));
  }

  private accept(client: Socket): void {
    if (this.mode === 'refuse') { client.destroy(); return; }
    this.connections++;
    const upstream = connect(this.targetPort, this.targetHost);
    const pair: [Socket, Socket] = [client, upstream];
    this.pairs.add(pair);
    const pipe = (from: Socket, to: Socket) => {
      from.on('data', (chunk: Buffer) => {
        if (this.mode === 'stall') return; // swallowed: neither side learns anything
        if (this.mode === 'slow') { from.pause(); setTimeout(() => { if (!to.destroyed) to.write(chunk); from.resume(); }, this.slowMs); return; }
        if (!to.destroyed) to.write(chunk);
      });
    };
    pipe(client, upstream);
    pipe(upstream, client);
    const end = () => { client.destroy(); upstream.destroy(); this.pairs.delete(pair); };
    for (const s of pair) { s.on('error', end); s.on('close', end); }
  }
}
