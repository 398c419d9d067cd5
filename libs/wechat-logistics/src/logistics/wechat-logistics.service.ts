import { Inject, Injectable } from '@nestjs/common';
import { AppClients } from '../core/apps/app-clients';
import { WechatApiCaller } from '../core/caller/wechat-api.caller';
import { WechatAppRegistry } from '../core/apps/wechat-app-registry';
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
  private readonly apps: AppClients<WechatLogisticsClient>;
  private readonly registry: WechatAppRegistry;

  constructor(
    registry: WechatAppRegistry,
    caller: WechatApiCaller,
    @Inject(WECHAT_TELEMETRY) telemetry: WechatTelemetry,
  ) {
    const apps = new AppClients(
      registry,
      caller,
      (upstream) => new WechatLogisticsClient(upstream, telemetry),
    );
    super(apps.defaultUpstream, telemetry);
    this.apps = apps;
    this.registry = registry;
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
    return this.apps.forApp(appId);
  }
}
