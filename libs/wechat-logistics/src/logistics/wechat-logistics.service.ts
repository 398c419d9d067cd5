import { Inject, Injectable } from '@nestjs/common';
import { type EndpointDefinition } from '../core/caller/endpoint-definition';
import { WechatApiCaller } from '../core/caller/wechat-api.caller';
import { type AppRuntime } from '../core/apps/app-runtime';
import { WechatAppRegistry } from '../core/apps/wechat-app-registry';
import { WechatUnknownAppError } from '../core/errors';
import { type UpstreamReply } from '../core/http/wechat-http.client';
import { type WechatTelemetry } from '../core/telemetry/wechat-telemetry.interface';
import { WECHAT_TELEMETRY } from '../wechat-logistics.constants';
import { WechatLogisticsClient } from './wechat-logistics.client';

/**
 * The logistics assistant API for the module's default mini program (its
 * twelve methods are {@link WechatLogisticsClient}'s), and `forApp(appId)`
 * for any other: the apps in `apps`, or tenants `resolveApp` knows.
 */
@Injectable()
export class WechatLogisticsService extends WechatLogisticsClient {
  /** One client per app at hand, so `forApp(id).cancelOrder(…)` per request allocates nothing. */
  private readonly clients = new WeakMap<AppRuntime, WechatLogisticsClient>();

  constructor(
    private readonly registry: WechatAppRegistry,
    private readonly caller: WechatApiCaller,
    @Inject(WECHAT_TELEMETRY) private readonly wechatTelemetry: WechatTelemetry,
  ) {
    const defaultApp = registry.defaultApp;
    super(
      defaultApp
        ? (spec, body) => caller.call(defaultApp.credential, spec, body)
        : () => Promise.reject(new WechatUnknownAppError(undefined)),
      wechatTelemetry,
    );
  }

  /** The default mini program's AppID (`undefined` without one, or for a provider-only or Cloud Hosting default). */
  get defaultAppId(): string | undefined {
    return this.registry.defaultApp?.app.appId;
  }

  /**
   * The same twelve methods, validation and errors for another mini program.
   * Never throws: an appId the module does not know makes each call reject
   * with `WechatUnknownAppError` (the filter answers 404 naming it) before
   * anything is sent; a tenant is looked up through `resolveApp` on its first
   * call. Cheap enough to call per request.
   */
  forApp(appId: string): WechatLogisticsClient {
    const runtime = this.registry.peek(appId);
    if (!runtime) return this.clientFor(appId);
    let client = this.clients.get(runtime);
    if (!client) {
      client = this.clientFor(appId);
      this.clients.set(runtime, client);
    }
    return client;
  }

  private clientFor(appId: string): WechatLogisticsClient {
    return new WechatLogisticsClient(
      (spec, body) => this.callFor(appId, spec, body),
      this.wechatTelemetry,
    );
  }

  /** The app is looked up on every call: a tenant dropped from the cache meanwhile is rebuilt. */
  private callFor(
    appId: string,
    spec: EndpointDefinition,
    body: unknown,
  ): Promise<UpstreamReply> {
    const runtime = this.registry.peek(appId);
    return runtime
      ? this.caller.call(runtime.credential, spec, body)
      : this.registry
          .get(appId)
          .then((found) => this.caller.call(found.credential, spec, body));
  }
}
