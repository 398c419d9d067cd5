/**
 * An `@OnPathUpdate()` handler threw or ran out of time. The push is answered
 * as failed (HTTP 500) so that WeChat re-sends it; nothing is recorded as processed.
 */
export class PushHandlerFailedError extends Error {
  override readonly name = 'PushHandlerFailedError';

  constructor(
    /** `logistics.onPathUpdate waybill W version V`: no token, key or body. */
    readonly subject: string,
    readonly failedHandlers: readonly string[],
    options?: { cause?: unknown },
  ) {
    super(
      `${subject}: handler(s) ${failedHandlers.join(', ')} failed; WeChat will re-send the push`,
      options,
    );
  }
}
