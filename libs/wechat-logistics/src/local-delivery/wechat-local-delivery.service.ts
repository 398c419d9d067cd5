import { Inject, Injectable } from '@nestjs/common';
import { AppClients } from '../core/apps/app-clients';
import { type AppRuntime } from '../core/apps/app-runtime';
import { WechatAppRegistry } from '../core/apps/wechat-app-registry';
import { WechatApiCaller } from '../core/caller/wechat-api.caller';
import { type WechatTelemetry } from '../core/telemetry/wechat-telemetry.interface';
import { WECHAT_TELEMETRY } from '../wechat-logistics.constants';
import { type ShopSecretSource } from './shop-secrets';
import { WechatLocalDeliveryClient } from './wechat-local-delivery.client';

/** What one app signs with: its `localDelivery` levels (its own, then the module's). */
const secretsOf = (runtime: AppRuntime): ShopSecretSource => ({
  appId: runtime.app.appId,
  levels: runtime.app.localDelivery ?? [],
});

/**
 * 即时配送 (local delivery) for the module's default mini program — its 14
 * methods are {@link WechatLocalDeliveryClient}'s — and `forApp(appId)` for
 * any other: the apps in `apps`, or tenants `resolveApp` knows. Same options,
 * tokens, retries, errors and telemetry as `WechatLogisticsService`; each
 * app's `localDelivery` secrets sign its calls.
 */
@Injectable()
export class WechatLocalDeliveryService extends WechatLocalDeliveryClient {
  private readonly apps: AppClients<WechatLocalDeliveryClient>;

  constructor(
    registry: WechatAppRegistry,
    caller: WechatApiCaller,
    @Inject(WECHAT_TELEMETRY) telemetry: WechatTelemetry,
  ) {
    const apps = new AppClients(
      registry,
      caller,
      (upstream, appId) =>
        new WechatLocalDeliveryClient(upstream, telemetry, async () =>
          secretsOf(await registry.get(appId)),
        ),
    );
    // No default app: requireDefault rejects the call (the same error the default upstream gives).
    super(apps.defaultUpstream, telemetry, async () =>
      secretsOf(registry.requireDefault()),
    );
    this.apps = apps;
  }

  /**
   * The same 14 methods, validation, signing and errors for another mini
   * program. Never throws: an appId the module does not know makes each call
   * reject with `WechatUnknownAppError` (the filter answers 404 naming it)
   * before anything is sent. Cheap enough to call per request.
   */
  forApp(appId: string): WechatLocalDeliveryClient {
    return this.apps.forApp(appId);
  }
}
