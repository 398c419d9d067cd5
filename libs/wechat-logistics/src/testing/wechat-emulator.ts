import { createServer, type Server } from 'node:http';
import { type AddressInfo, type Socket } from 'node:net';
import { AccountBook } from './account-book';
import { CarrierRegistry } from './carrier-registry';
import { EmulatorClock } from './emulator-clock';
import {
  type ResolvedEmulatorOptions,
  resolveEmulatorOptions,
  type WechatEmulatorOptions,
} from './emulator-options';
import {
  type EmulatorPushOptions,
  resolveEmulatorPushOptions,
} from './emulator-push-options';
import { createRequestListener } from './emulator-request-listener';
import { EmulatorRouter } from './emulator-router';
import { createRouteTable } from './emulator-routes';
import { FaultInjector } from './fault-injector';
import { OrderBook } from './order-book';
import { type EmulatedPathUpdateListener } from './path-update-notifier';
import { PathUpdatePusher } from './path-update-pusher';
import { PrinterBook } from './printer-book';
import { type PushDelivery, PushLog } from './push-log';
import { RequestLog } from './request-log';
import { SandboxQuota } from './sandbox-quota';
import { TokenAuthority } from './token-authority';

/**
 * A loopback HTTP server that answers like api.weixin.qq.com, for tests and the
 * demo's sandbox mode. Plain Node (no Nest) so any test can start it:
 *
 *   const wechat = await WechatEmulator.start();
 *   // point the client's apiBaseUrl at wechat.url, seed wechat.orders, inject wechat.faults
 *   wechat.configurePush({ url: `${app.url}/wechat/push`, token, encodingAesKey });
 *   // testUpdateOrder now POSTs add_express_path; await wechat.pushes.settled()
 *   await wechat.stop();
 */
export class WechatEmulator {
  readonly url: string;
  readonly appId: string;
  readonly appSecret: string;
  readonly clock = new EmulatorClock();
  readonly carriers = new CarrierRegistry();
  readonly orders = new OrderBook(this.carriers);
  readonly accounts = new AccountBook(this.carriers, this.clock);
  readonly printers = new PrinterBook();
  /** The sandbox's daily test-call quota (930564); off until `setDailyLimit`. */
  readonly sandbox = new SandboxQuota(this.clock);
  readonly tokens: TokenAuthority;
  readonly faults = new FaultInjector();
  readonly requests = new RequestLog();
  /** Every add_express_path push made, with its attempts; `settled()` awaits them. */
  readonly pushes = new PushLog();

  private readonly sockets = new Set<Socket>();
  private readonly lifetime = new AbortController();
  private readonly pusher: PathUpdatePusher;
  private connections = 0;
  private stopping?: Promise<void>;

  private constructor(
    private readonly server: Server,
    options: ResolvedEmulatorOptions,
  ) {
    this.appId = options.appId;
    this.appSecret = options.appSecret;
    this.tokens = new TokenAuthority(this.clock, options.tokenExpiresInSeconds);
    this.pusher = new PathUpdatePusher({
      appId: this.appId,
      clock: this.clock,
      log: this.pushes,
      lifetime: this.lifetime.signal,
    });
    this.pusher.configure(options.push);
    // Not returned to the notifier: push delivery is tracked by `pushes`,
    // so `orders.pathUpdates.settled()` never waits on a slow receiver.
    this.orders.pathUpdates.subscribe(({ order }) => {
      void this.pusher.push(order);
    });
    const router = new EmulatorRouter(createRouteTable(), this);
    const { clock, requests, faults } = this;
    const lifetime = this.lifetime.signal;
    server.on(
      'request',
      createRequestListener({ clock, requests, faults, router, lifetime }),
    );
    server.on('connection', (socket: Socket) => this.track(socket));
    const { address, port } = server.address() as AddressInfo;
    const host = address.includes(':') ? `[${address}]` : address;
    this.url = `http://${host}:${port}`;
  }

  /** Starts listening (on a random free loopback port by default) and resolves once ready. */
  static async start(options?: WechatEmulatorOptions): Promise<WechatEmulator> {
    const resolved = resolveEmulatorOptions(options);
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(resolved.port, resolved.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    return new WechatEmulator(server, resolved);
  }

  /** TCP connections accepted since start: equal to the request count means no reuse. */
  get connectionCount(): number {
    return this.connections;
  }

  /**
   * Closes the server and destroys open sockets, including idle keep-alive ones
   * and hung requests, and aborts pushes in flight (no further retries), so
   * Jest can exit. Safe to call more than once.
   */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      const closed = new Promise<void>((resolve, reject) => {
        this.lifetime.abort();
        this.server.close((error) => (error ? reject(error) : resolve()));
        this.sockets.forEach((socket) => socket.destroy());
      });
      await Promise.all([closed, this.pushes.settled()]);
    })();
    return this.stopping;
  }

  /**
   * Sets, replaces (`options`) or turns off (`undefined`) the message push,
   * like saving the console's message-push page. Validates first and throws
   * naming the field. Pushes already in flight keep their old settings.
   */
  configurePush(options: EmulatorPushOptions | undefined): void {
    this.pusher.configure(
      options === undefined
        ? undefined
        : resolveEmulatorPushOptions(options, this.appId),
    );
  }

  /**
   * Pushes `orderId`'s current track again without changing it (same
   * Version), and resolves once delivered or given up. Rejects when push is
   * not configured or the order does not exist.
   */
  async pushPathUpdate(orderId: string): Promise<PushDelivery> {
    const order = this.orders.get(orderId);
    if (!order) throw new Error(`No order with orderId "${orderId}"`);
    const delivery = this.pusher.push(order);
    if (!delivery) {
      throw new Error(
        'Message push is not configured: call configurePush() or pass options.push to start()',
      );
    }
    return delivery;
  }

  /**
   * Calls `listener` whenever a waybill's track grows (testUpdateOrder, or
   * `orders.addTrack`), after the change and before the API answers: the
   * moment WeChat pushes `add_express_path`. Listener errors never reach the
   * caller (see `orders.pathUpdates.errors()`); `orders.pathUpdates.settled()`
   * waits for async ones. Returns a function that unsubscribes.
   */
  onPathUpdate(listener: EmulatedPathUpdateListener): () => void {
    return this.orders.pathUpdates.subscribe(listener);
  }

  /**
   * Fresh state (orders, accounts, printers, sandbox quota, faults, request
   * and push logs, tokens, carriers) on the same server and port.
   * Path-update listeners and the push configuration stay (they are wiring).
   */
  reset(): void {
    this.orders.clear();
    this.orders.pathUpdates.clearErrors();
    this.accounts.clear();
    this.printers.clear();
    this.sandbox.reset();
    this.faults.clear();
    this.requests.clear();
    this.pushes.clear();
    this.tokens.reset();
    this.carriers.reset();
  }

  private track(socket: Socket): void {
    this.connections += 1;
    this.sockets.add(socket);
    socket.once('close', () => this.sockets.delete(socket));
  }
}
