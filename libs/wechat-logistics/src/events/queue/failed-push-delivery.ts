import {
  type WechatEventMap,
  type WechatTypedEventName,
} from '../wechat-event-map';

/**
 * A typed event whose handlers failed on every attempt: kept until the app
 * replays it. `FailedPushDelivery` alone is a path update's (what
 * `failedDeliveries()` lists); `FailedPushDelivery<'*'>` any typed event's,
 * told apart by `name`.
 */
export type FailedPushDelivery<
  Name extends WechatTypedEventName | '*' = 'add_express_path',
> = FailedDeliveryOf<Name extends '*' ? WechatTypedEventName : Name>;

type FailedDeliveryOf<Name extends WechatTypedEventName> =
  Name extends WechatTypedEventName
    ? {
        /** The queue's job id (stable per app and event): pass it to `replayFailedDeliveries`. */
        readonly id: string;
        readonly appId: string | undefined;
        readonly name: Name;
        readonly event: WechatEventMap[Name];
        /** Runs of the handlers so far. */
        readonly attempts: number;
        /** The last failure: which handlers failed and why. */
        readonly reason: string;
        readonly failedAt: Date | undefined;
      }
    : never;
