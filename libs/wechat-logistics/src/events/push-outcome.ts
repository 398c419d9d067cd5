import { type PushReply } from '../push/push-reply';
import {
  type WechatEventMap,
  type WechatTypedEventName,
} from './wechat-event-map';

/** A typed event's outcome, `name` telling which event `event` is. */
type TypedOutcome<Status> = {
  [Name in WechatTypedEventName]: {
    readonly status: Status;
    readonly name: Name;
    readonly event: WechatEventMap[Name];
  };
}[WechatTypedEventName];

/**
 * What became of an accepted push, and `reply`: what the controller answers
 * (status 200). `success` for most pushes; the echoed message
 * `update_waybill_status` requires.
 */
export type PushOutcome = (
  | (TypedOutcome<'processed'> & { readonly stale: boolean })
  | TypedOutcome<'duplicate'>
  /** Durable delivery: on the queue, handlers run from there (`pushDelivery`). */
  | TypedOutcome<'queued'>
  /** A push without a type of its own, handed to its `@OnWechatEvent(name)` / `('*')` handlers. */
  | {
      readonly status: 'delivered';
      readonly msgType: string;
      /** The `Event` field; absent for non-event messages. */
      readonly event: string | undefined;
    }
  /** Nobody handles it: acknowledged, nothing done. */
  | {
      readonly status: 'ignored';
      readonly msgType: string;
      /** The `Event` field; absent for non-event messages. */
      readonly event: string | undefined;
    }
) & { readonly reply: PushReply };
