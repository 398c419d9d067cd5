import { createServer, type RequestListener, type Server } from 'node:http';
import { type AddressInfo, type Socket } from 'node:net';

/**
 * The emulator's node:http server: listens, counts and tracks connections,
 * and closes without waiting for idle keep-alive sockets or hung requests
 * (which it destroys), so a test run can always exit.
 */
export class LoopbackServer {
  readonly url: string;
  private readonly sockets = new Set<Socket>();
  private connections = 0;

  private constructor(private readonly server: Server) {
    server.on('connection', (socket: Socket) => this.track(socket));
    const { address, port } = server.address() as AddressInfo;
    const host = address.includes(':') ? `[${address}]` : address;
    this.url = `http://${host}:${port}`;
  }

  /** Resolves once listening (port 0 = a free one); requests wait for `serve()`. */
  static async listen(host: string, port: number): Promise<LoopbackServer> {
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    return new LoopbackServer(server);
  }

  serve(listener: RequestListener): void {
    this.server.on('request', listener);
  }

  /** TCP connections accepted since start: equal to the request count means no reuse. */
  get connectionCount(): number {
    return this.connections;
  }

  close(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.server.close((error) => (error ? reject(error) : resolve()));
      this.sockets.forEach((socket) => socket.destroy());
    });
  }

  private track(socket: Socket): void {
    this.connections += 1;
    this.sockets.add(socket);
    socket.once('close', () => this.sockets.delete(socket));
  }
}
