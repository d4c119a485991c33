// A loopback TCP proxy that counts the bytes each way: what the agent's hub link really puts on the wire.
import { connect, createServer, type AddressInfo, type Server, type Socket } from 'node:net';

export class ByteProxy {
  upBytes = 0; // client -> server (agent -> hub)
  downBytes = 0;
  private server: Server;
  private sockets = new Set<Socket>();

  constructor(private readonly targetPort: number) {
    this.server = createServer((client) => {
      const upstream = connect(this.targetPort, '127.0.0.1');
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => { client.destroy(); upstream.destroy(); });
      }
      client.on('data', (d: Buffer) => { this.upBytes += d.length; });
      upstream.on('data', (d: Buffer) => { this.downBytes += d.length; });
      client.pipe(upstream);
      upstream.pipe(client);
    });
  }

  async listen(): Promise<number> {
    await new Promise<void>((res) => this.server.listen(0, '127.0.0.1', () => res()));
    return (this.server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((res) => this.server.close(() => res()));
  }
}
