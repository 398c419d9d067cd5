/**
 * Why a call that must be encrypted and signed could not be, before
 * anything was sent:
 * - `not-configured`: the API requires WeChat's API security (同城配送, or
 *   `apiSecurity.apis`) and the app has no `apiSecurity` — this server's
 *   configuration (the filter answers 500 and logs the fix);
 * - `keys-failed`: the `apiSecurity.keys` provider rejected, or answered
 *   keys that do not load; the filter answers 503, try again later.
 */
export type ApiSecurityFailure = 'not-configured' | 'keys-failed';

/**
 * A call WeChat's API security stopped before it was sent. The message
 * names the app, the API and the option to fix, never a key (nor a
 * provider's own error text, which may quote anything: only its class or
 * the field that did not load).
 */
export class WechatApiSecurityError extends Error {
  override readonly name = 'WechatApiSecurityError';

  constructor(
    readonly api: string,
    readonly failure: ApiSecurityFailure,
    readonly appId: string | undefined,
    detail?: string,
  ) {
    const app =
      appId === undefined ? 'the default app' : `mini program "${appId}"`;
    super(
      failure === 'not-configured'
        ? `${api}: WeChat requires API security (encrypted and signed calls) for this API, and ${app} has no apiSecurity keys: set apiSecurity (aesKey, aesSn, privateKey, platformCertificates) on its entry. Nothing was sent.`
        : `${api}: the apiSecurity keys of ${app} could not be read (${detail ?? 'error'}); nothing was sent, try again later.`,
    );
  }
}
