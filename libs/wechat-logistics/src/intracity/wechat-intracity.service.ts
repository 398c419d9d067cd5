import { Inject, Injectable, Logger } from '@nestjs/common';
import { AppClients } from '../core/apps/app-clients';
import { type AppRuntime } from '../core/apps/app-runtime';
import { WechatAppRegistry } from '../core/apps/wechat-app-registry';
import { WechatApiCaller } from '../core/caller/wechat-api.caller';
import { logFields } from '../core/logging/log-fields';
import { type WechatTelemetry } from '../core/telemetry/wechat-telemetry.interface';
import { WechatPushError } from '../push/wechat-push.error';
import { WECHAT_TELEMETRY } from '../wechat-logistics.constants';
import {
  type IntracityCallbackOutcome,
  parseIntracityCallback,
} from './callback/intracity-status-callback';
import { verifyIntracityCallback } from './callback/verify-intracity-callback';
import { WechatIntracityClient } from './wechat-intracity.client';

/** Which app a callback is for: `appId` when the callback URL names one, else the module's default app. */
export interface IntracityCallbackOptions {
  readonly appId?: string;
}

/**
 * 同城配送 (intracity delivery) for the module's default mini program — its
 * 16 methods are {@link WechatIntracityClient}'s — and `forApp(appId)` for
 * any other; plus {@link receiveCallback} for the status callbacks WeChat
 * posts to an order's `callbackUrl`. Same options, tokens, retries, errors
 * and telemetry as `WechatLogisticsService`; each app's `apiSecurity`
 * encrypts and signs its calls.
 */
@Injectable()
export class WechatIntracityService extends WechatIntracityClient {
  private readonly logger = new Logger('WechatLogistics');
  private readonly apps: AppClients<WechatIntracityClient>;

  constructor(
    private readonly registry: WechatAppRegistry,
    caller: WechatApiCaller,
    @Inject(WECHAT_TELEMETRY) telemetry: WechatTelemetry,
  ) {
    const apps = new AppClients(
      registry,
      caller,
      (upstream, appId) =>
        new WechatIntracityClient(upstream, telemetry, () =>
          Promise.resolve(appId),
        ),
    );
    // No default app: requireDefault rejects the call (the same error the default upstream gives).
    super(apps.defaultUpstream, telemetry, () =>
      Promise.resolve(registry.requireDefault().app.appId),
    );
    this.apps = apps;
  }

  /**
   * The same 16 methods, validation and errors for another mini program.
   * Never throws: an appId the module does not know makes each call reject
   * with `WechatUnknownAppError` before anything is sent.
   */
  forApp(appId: string): WechatIntracityClient {
    return this.apps.forApp(appId);
  }

  /**
   * Receives one status callback (intracity.md §5) as posted to the order's
   * `callbackUrl` — the parsed JSON body, or its raw text — and resolves to
   * what to believe: `verifiedBy: 'sign'` when its MD5 sign checks out with
   * the app's `pushToken` (the message-push Token, which signs it), else
   * `'query'` when queryOrder shows the order in that very state (WeChat
   * was seen sending no sign in 2023). Answer `outcome.reply` as JSON; act
   * once per `outcome.dedupeKey` (WeChat re-sends until it gets the reply).
   *
   * Rejects with `WechatPushError` (its `httpStatus` is the answer):
   * `malformed` 400, `appid-mismatch` 401 (another app's callback),
   * `bad-signature` 401 (a sign that does not check out: never confirmed by
   * a query instead), `unconfirmed` 401 (unsigned, and WeChat's order is
   * not in that state). A failed query rejects with its own error (5xx):
   * WeChat then tries again later.
   */
  async receiveCallback(
    body: unknown,
    options: IntracityCallbackOptions = {},
  ): Promise<IntracityCallbackOutcome> {
    const runtime: AppRuntime =
      options.appId === undefined
        ? this.registry.requireDefault()
        : await this.registry.get(options.appId);
    const client =
      options.appId === undefined ? this : this.forApp(options.appId);
    const parsed = parseIntracityCallback(body);
    try {
      return await verifyIntracityCallback(parsed, {
        appId: runtime.app.appId,
        token: runtime.app.push?.token,
        queryOrder: (input) => client.queryOrder(input),
      });
    } catch (error) {
      if (error instanceof WechatPushError)
        this.logger.warn(
          `同城配送 callback refused (${error.reason}) ${logFields({
            appId: runtime.app.appId,
            wxOrderId: parsed.callback.wxOrderId,
            orderStatus: parsed.callback.orderStatus,
          })}`,
        );
      throw error;
    }
  }
}
