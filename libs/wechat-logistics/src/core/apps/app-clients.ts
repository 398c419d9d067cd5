import { type UpstreamReply } from '../http/wechat-http.client';
import { type EndpointDefinition } from '../caller/endpoint-definition';
import { type UpstreamCall } from '../caller/upstream-call';
import { type WechatApiCaller } from '../caller/wechat-api.caller';
import { WechatUnknownAppError } from '../errors';
import { type AppRuntime } from './app-runtime';
import { type WechatAppRegistry } from './wechat-app-registry';

/**
 * One API family's client per mini program: what every family service's
 * `forApp(appId)` returns. Never throws: an appId the module does not know
 * makes each call reject with `WechatUnknownAppError` before anything is sent;
 * a tenant is looked up through `resolveApp` on its first call.
 */
export class AppClients<C extends object> {
  /** One client per app at hand, so `forApp(id).method(…)` per request allocates nothing. */
  private readonly clients = new WeakMap<AppRuntime, C>();
  /** Calls for the module's default app (a rejection naming no app when there is none). */
  readonly defaultUpstream: UpstreamCall;

  constructor(
    private readonly registry: WechatAppRegistry,
    private readonly caller: WechatApiCaller,
    /** `appId` is the app `forApp` named (the default app's client is the caller's to build). */
    private readonly create: (upstream: UpstreamCall, appId: string) => C,
  ) {
    const defaultApp = registry.defaultApp;
    this.defaultUpstream = defaultApp
      ? (spec, body) =>
          caller.call(defaultApp.credential, spec, body, defaultApp.security)
      : () => Promise.reject(new WechatUnknownAppError(undefined));
  }

  forApp(appId: string): C {
    const runtime = this.registry.peek(appId);
    if (!runtime) return this.clientFor(appId);
    let client = this.clients.get(runtime);
    if (!client) {
      client = this.clientFor(appId);
      this.clients.set(runtime, client);
    }
    return client;
  }

  private clientFor(appId: string): C {
    return this.create((spec, body) => this.callFor(appId, spec, body), appId);
  }

  /** The app is looked up on every call: a tenant dropped from the cache meanwhile is rebuilt. */
  private callFor(
    appId: string,
    spec: EndpointDefinition,
    body: unknown,
  ): Promise<UpstreamReply> {
    const runtime = this.registry.peek(appId);
    return runtime
      ? this.caller.call(runtime.credential, spec, body, runtime.security)
      : this.registry
          .get(appId)
          .then((found) =>
            this.caller.call(found.credential, spec, body, found.security),
          );
  }
}
