/**
 * An `@OnWechatEvent()` handler (`@OnPathUpdate()` is one) threw or ran out of
 * time. The push is answered as failed (HTTP 500) so that WeChat re-sends it;
 * a typed event is not recorded as processed.
 */
export class PushHandlerFailedError extends Error {
  override readonly name = 'PushHandlerFailedError';

  constructor(
    /** The event's api and keys, e.g. `logistics.onPathUpdate order O waybill W version V` or `push.text msgType text`: no token, key or body. */
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
