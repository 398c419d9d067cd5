import { Inject, Injectable } from '@nestjs/common';
import { AppClients } from '../core/apps/app-clients';
import { WechatAppRegistry } from '../core/apps/wechat-app-registry';
import { WechatApiCaller } from '../core/caller/wechat-api.caller';
import { type WechatTelemetry } from '../core/telemetry/wechat-telemetry.interface';
import { WECHAT_TELEMETRY } from '../wechat-logistics.constants';
import { WechatWaybillTrackingClient } from './wechat-waybill-tracking.client';

/**
 * 物流服务 waybill tracking (query and message components) for the module's
 * default mini program — its nine methods are {@link WechatWaybillTrackingClient}'s — and
 * `forApp(appId)` for any other: the apps in `apps`, or tenants `resolveApp`
 * knows. Same options, tokens, retries, errors and telemetry as
 * `WechatLogisticsService`. A third-party platform's `accessTokenProvider`
 * supplies the authorizer token per app, which the apply calls require.
 */
@Injectable()
export class WechatWaybillTrackingService extends WechatWaybillTrackingClient {
  private readonly apps: AppClients<WechatWaybillTrackingClient>;

  constructor(
    registry: WechatAppRegistry,
    caller: WechatApiCaller,
    @Inject(WECHAT_TELEMETRY) telemetry: WechatTelemetry,
  ) {
    const apps = new AppClients(
      registry,
      caller,
      (upstream) => new WechatWaybillTrackingClient(upstream, telemetry),
    );
    super(apps.defaultUpstream, telemetry);
    this.apps = apps;
  }

  /**
   * The same nine methods, validation and errors for another mini program.
   * Never throws: an appId the module does not know makes each call reject
   * with `WechatUnknownAppError` (the filter answers 404 naming it) before
   * anything is sent. Cheap enough to call per request.
   */
  forApp(appId: string): WechatWaybillTrackingClient {
    return this.apps.forApp(appId);
  }
}
