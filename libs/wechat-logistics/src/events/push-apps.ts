import { type AppPush } from './app-push';

/**
 * What push handling needs to know about the module's apps, and nothing more:
 * an app's own AppID and its push handling (undefined when it has no
 * `pushToken`). The module binds it to the app registry
 * (wechat-logistics.providers.ts); an appId the registry does not know
 * rejects with its `WechatUnknownAppError`.
 */
export interface PushApps {
  readonly defaultPush: AppPush | undefined;
  find(
    appId: string | undefined,
  ): Promise<{ appId: string | undefined; push: AppPush | undefined }>;
}

/** Injection token of {@link PushApps}. */
export const PushApps = Symbol('PushApps');
