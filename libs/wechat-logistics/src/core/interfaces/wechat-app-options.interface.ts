import {
  type AccessTokenProvider,
  type WechatPushOptions,
} from './wechat-logistics-module-options.interface';
import { type WechatApiSecurityOptions } from './wechat-api-security-options.interface';
import { type WechatLocalDeliveryOptions } from './wechat-local-delivery-options.interface';

/**
 * One mini program beside the default one: its credentials and its push
 * settings (each mini program's console has its own Token and EncodingAESKey).
 * Given at boot (`apps`) or found at run time (`resolveApp`).
 */
export interface WechatAppOptions {
  /** The mini program's AppID: what `forApp(appId)` and push routes name. */
  appId: string;
  /** Its AppSecret. Not needed with an `accessTokenProvider` (its own or the module's) or `cloudHosting`. Never logged. */
  appSecret?: string;
  /**
   * Tokens for this app come from elsewhere; it receives the appId. Without it (and
   * without `appSecret`) the module-level `accessTokenProvider` serves this app too,
   * which is how a third-party platform (第三方平台) calls for its merchants.
   */
  accessTokenProvider?: AccessTokenProvider;
  /** The Token of this mini program's message push settings; enables its pushes. Never logged. */
  pushToken?: string;
  /** Its EncodingAESKey (43 letters or digits), for safe and compatible mode. Never logged. */
  encodingAesKey?: string;
  /** Expectations about its push settings; see {@link WechatPushOptions}. */
  push?: WechatPushOptions;
  /**
   * Carrier codes for this app, over the module's `carrierCodes` (this app's
   * entry wins per key); see {@link WechatLogisticsModuleOptions.carrierCodes}.
   */
  carrierCodes?: Record<string, string>;
  /**
   * This app's 即时配送 shop secrets, asked before the module's
   * `localDelivery`; see {@link WechatLocalDeliveryOptions}.
   */
  localDelivery?: WechatLocalDeliveryOptions;
  /**
   * This app's keys for WeChat's server API security (its own: the module's
   * are the default app's); see {@link WechatApiSecurityOptions}.
   */
  apiSecurity?: WechatApiSecurityOptions;
}

/**
 * Finds a tenant's mini program at run time (a SaaS vendor's merchants):
 * called once per appId and cached; `undefined` means there is no such app
 * (the call is refused, nothing is sent). A rejection is not cached: the
 * next call for that appId asks again.
 */
export type WechatAppResolver = (
  appId: string,
) => Promise<WechatAppOptions | undefined>;
