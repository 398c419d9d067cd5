import { Inject, Injectable } from '@nestjs/common';
import { AppClients } from '../core/apps/app-clients';
import { WechatAppRegistry } from '../core/apps/wechat-app-registry';
import { WechatApiCaller } from '../core/caller/wechat-api.caller';
import { type WechatTelemetry } from '../core/telemetry/wechat-telemetry.interface';
import { WECHAT_TELEMETRY } from '../wechat-logistics.constants';
import { WechatReturnClient } from './wechat-return.client';

/**
 * 退货组件 / 无忧退货 (returns) for the module's default mini program — its
 * seven methods are {@link WechatReturnClient}'s — and `forApp(appId)` for
 * any other: the apps in `apps`, or tenants `resolveApp` knows. Same options,
 * tokens, retries, errors and telemetry as `WechatLogisticsService`.
 */
@Injectable()
export class WechatReturnService extends WechatReturnClient {
  private readonly apps: AppClients<WechatReturnClient>;

  constructor(
    registry: WechatAppRegistry,
    caller: WechatApiCaller,
    @Inject(WECHAT_TELEMETRY) telemetry: WechatTelemetry,
  ) {
    const apps = new AppClients(
      registry,
      caller,
      (upstream) => new WechatReturnClient(upstream, telemetry),
    );
    super(apps.defaultUpstream, telemetry);
    this.apps = apps;
  }

  /**
   * The same seven methods, validation and errors for another mini program.
   * Never throws: an appId the module does not know makes each call reject
   * with `WechatUnknownAppError` (the filter answers 404 naming it) before
   * anything is sent. Cheap enough to call per request.
   */
  forApp(appId: string): WechatReturnClient {
    return this.apps.forApp(appId);
  }
}
