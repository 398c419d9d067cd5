/**
 * `resolveApp` could not say whether an app exists: it threw, or answered
 * options that do not validate (`reason` names the field, never a value).
 * Not cached: the next call for that appId asks again. The filter answers
 * 503 for a failed lookup (try again) and 500 for an invalid answer.
 */
export class WechatAppResolutionError extends Error {
  override readonly name = 'WechatAppResolutionError';

  constructor(
    readonly appId: string,
    readonly failure: 'lookup-failed' | 'invalid-options',
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(`resolveApp("${appId}") ${detail}`, options);
  }
}
