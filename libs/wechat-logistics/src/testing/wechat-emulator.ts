import {
  type ResolvedEmulatorOptions,
  resolveEmulatorOptions,
  type WechatEmulatorOptions,
} from './emulator-options';
import { ApiSecurityGate } from './api-security/api-security-gate';
import { EmulatorApiSecurity } from './api-security/emulator-api-security';
import { createRequestListener } from './http/emulator-request-listener';
import { EmulatorRouter } from './http/emulator-router';
import { apiPaths, createRouteTable } from './http/emulator-routes';
import { FaultInjector } from './http/fault-injector';
import { LoopbackServer } from './http/loopback-server';
import { OpenApiPermissions } from './http/open-api-permissions';
import { RequestLog } from './http/request-log';
import { type EmulatorPushOptions } from './push/emulator-push-options';
import { type EmulatedPathUpdateListener } from './logistics/push/path-update-notifier';
import { type PushDelivery, PushLog } from './push/push-log';
import { type AccountBook } from './logistics/state/account-book';
import { AppRegistry } from './state/app-registry';
import { CarrierRegistry } from './logistics/state/carrier-registry';
import { type EmulatedApp } from './state/emulated-app';
import {
  type EmulatedAppOptions,
  resolveAppOptions,
} from './state/emulated-app-options';
import { EmulatorClock } from './state/emulator-clock';
import { type MiniProgram } from './state/mini-program';
import { type OrderBook } from './logistics/state/order-book';
import { type PrinterBook } from './logistics/state/printer-book';
import { type SandboxQuota } from './logistics/state/sandbox-quota';
import { type TokenAuthority } from './state/token-authority';
import { defineFamilyGetters, type FamilyStates } from './state/family-states';

/**
 * A loopback HTTP server that answers like api.weixin.qq.com, for tests and the
 * demo's sandbox mode. Plain Node (no Nest) so any test can start it:
 *
 *   const wechat = await WechatEmulator.start();
 *   // point the client's apiBaseUrl at wechat.url, seed wechat.orders, inject wechat.faults
 *   wechat.configurePush({ url: `${app.url}/wechat/push`, token, encodingAesKey });
 *   // testUpdateOrder now POSTs add_express_path; await wechat.pushes.settled()
 *   await wechat.stop();
 *
 * It serves several mini programs at once (`apps`, `addApp()`, `app(appId)`);
 * the top-level `tokens`, `orders`, `shipping`… are the default app's (`appId`).
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class WechatEmulator {
  readonly url: string;
  readonly clock = new EmulatorClock();
  /** WeChat's carrier list: one for every app, as on WeChat. */
  readonly carriers = new CarrierRegistry();
  readonly faults = new FaultInjector();
  /** Every app's requests; `LoggedRequest.appId` says whose each was. */
  readonly requests = new RequestLog();
  /** Every add_express_path push made (every app's), with its attempts; `settled()` awaits them. */
  readonly pushes = new PushLog();
  /** Cloud Hosting mode (`options.cloudHosting`): token-less business calls are accepted. */
  readonly cloudHosting: boolean;
  /** Cloud Hosting's per-path token permissions (微信令牌权限配置): `deny(path)`, `allow(path)`. */
  readonly openApi: OpenApiPermissions;
  /**
   * API security (服务端API安全鉴权), enforced as WeChat does on the routes
   * that take it: the emulated platform certificate to trust (`platform`),
   * the rotation drill, the timestamp window, reply tampers, and the default
   * app's keys (`configure`; other apps: `app(appId).apiSecurity`).
   */
  readonly apiSecurity: EmulatorApiSecurity;

  private readonly apps: AppRegistry;
  private readonly securityGate: ApiSecurityGate;
  private readonly defaultApp: MiniProgram;
  private readonly lifetime = new AbortController();
  private stopping?: Promise<void>;

  private constructor(
    private readonly server: LoopbackServer,
    options: ResolvedEmulatorOptions,
  ) {
    const { clock, carriers, pushes, requests, faults } = this;
    const lifetime = this.lifetime.signal;
    const { tokenExpiresInSeconds } = options;
    this.apps = new AppRegistry({
      clock,
      url: server.url,
      carriers,
      pushes,
      lifetime,
      tokenExpiresInSeconds,
    });
    const { appId, appSecret, push } = options;
    this.defaultApp = this.apps.add({ appId, appSecret, push });
    options.apps.forEach((app) => this.apps.add(app));
    const routes = createRouteTable();
    this.cloudHosting = options.cloudHosting;
    this.openApi = new OpenApiPermissions(new Set(apiPaths(routes)));
    const defaultApp = this.defaultApp;
    this.apiSecurity = new EmulatorApiSecurity(() => defaultApp.apiSecurity);
    this.securityGate = new ApiSecurityGate({
      clock,
      security: this.apiSecurity,
      isKnownApp: (id) => this.apps.find(id) !== undefined,
    });
    const router = new EmulatorRouter(
      routes,
      {
        apps: this.apps,
        defaultApp,
        cloudHosting: this.cloudHosting,
        openApi: this.openApi,
      },
      this.securityGate,
    );
    server.serve(
      createRequestListener({ clock, requests, faults, router, lifetime }),
    );
    this.url = server.url;
  }

  /** Starts listening (on a random free loopback port by default) and resolves once ready. */
  static async start(options?: WechatEmulatorOptions): Promise<WechatEmulator> {
    const resolved = resolveEmulatorOptions(options);
    const server = await LoopbackServer.listen(resolved.host, resolved.port);
    return new WechatEmulator(server, resolved);
  }

  /** One app by AppID; throws naming it when the emulator does not serve it. */
  app(appId: string): EmulatedApp {
    return this.apps.get(appId);
  }

  /**
   * Serves one more mini program from now on (validated like `options.apps`;
   * throws when the AppID exists). Cheap: its books open on first use.
   */
  addApp(options: EmulatedAppOptions): EmulatedApp {
    return this.apps.add(resolveAppOptions(options, 'EmulatedAppOptions'));
  }

  /** Every AppID served, the default one first, then in the order added. */
  get appIds(): readonly string[] {
    return this.apps.ids;
  }

  // The default app's members, so single-app tests never name an app.
  get appId(): string {
    return this.defaultApp.appId;
  }
  get appSecret(): string {
    return this.defaultApp.appSecret;
  }
  get tokens(): TokenAuthority {
    return this.defaultApp.tokens;
  }
  get orders(): OrderBook {
    return this.defaultApp.orders;
  }
  get accounts(): AccountBook {
    return this.defaultApp.accounts;
  }
  get printers(): PrinterBook {
    return this.defaultApp.printers;
  }
  /** The default app's sandbox daily test-call quota (930564); off until `setDailyLimit`. */
  get sandbox(): SandboxQuota {
    return this.defaultApp.sandbox;
  }

  /** TCP connections accepted since start: equal to the request count means no reuse. */
  get connectionCount(): number {
    return this.server.connectionCount;
  }

  /**
   * Closes the server and destroys open sockets, including idle keep-alive ones
   * and hung requests, and aborts pushes in flight (no further retries), so
   * Jest can exit. Safe to call more than once.
   */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      this.lifetime.abort();
      await Promise.all([this.server.close(), this.pushes.settled()]);
    })();
    return this.stopping;
  }

  /**
   * Sets, replaces (`options`) or turns off (`undefined`) the default app's
   * message push, like saving the console's message-push page. Validates
   * first and throws naming the field. Pushes already in flight keep their
   * old settings.
   */
  configurePush(options: EmulatorPushOptions | undefined): void {
    this.defaultApp.configurePush(options);
  }

  /**
   * Pushes `orderId`'s current track again without changing it (same
   * Version), and resolves once delivered or given up. Rejects when push is
   * not configured or the order does not exist. (The default app's.)
   */
  pushPathUpdate(orderId: string): Promise<PushDelivery> {
    return this.defaultApp.pushPathUpdate(orderId);
  }

  /**
   * Calls `listener` whenever a waybill's track grows (testUpdateOrder, or
   * `orders.addTrack`), after the change and before the API answers: the
   * moment WeChat pushes `add_express_path`. Listener errors never reach the
   * caller (see `orders.pathUpdates.errors()`); `orders.pathUpdates.settled()`
   * waits for async ones. Returns a function that unsubscribes. (The default app's.)
   */
  onPathUpdate(listener: EmulatedPathUpdateListener): () => void {
    return this.defaultApp.onPathUpdate(listener);
  }

  /**
   * Fresh state on the same server and port: every app's orders, accounts,
   * printers, sandbox quota, tokens and family state (payments and shipping
   * settings); faults, request and push logs,
   * carriers and Cloud Hosting permissions; queued API-security reply tampers.
   * The apps themselves, their push and API-security settings and
   * path-update listeners stay (they are wiring).
   */
  reset(): void {
    this.apps.reset();
    this.securityGate.reset();
    this.faults.clear();
    this.requests.clear();
    this.pushes.clear();
    this.carriers.reset();
    this.openApi.reset();
  }
}

// The default app's family state (`wechat.shipping`…), one getter per entry
// of FAMILY_STATES, defined on the prototype; this declaration types them.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface WechatEmulator extends FamilyStates {}
defineFamilyGetters(
  WechatEmulator.prototype,
  (wechat, name) => wechat.app(wechat.appId)[name],
);
