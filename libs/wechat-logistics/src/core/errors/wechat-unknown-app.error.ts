/**
 * A call named a mini program the module does not know: not in `apps`, and
 * `resolveApp` (if any) answered `undefined`. Nothing was sent to WeChat.
 * The filter answers 404 with the appId in the body. With `appId` undefined,
 * the call went to `WechatLogisticsService` itself but no default app is
 * configured (a 500: the code should use `forApp`).
 */
export class WechatUnknownAppError extends Error {
  override readonly name = 'WechatUnknownAppError';

  constructor(readonly appId: string | undefined) {
    super(
      appId === undefined
        ? 'No default mini program is configured (no appId, accessTokenProvider or cloudHosting): call forApp(appId)'
        : `No mini program with appId "${appId}" is configured: it is not in apps and resolveApp does not know it`,
    );
  }
}
