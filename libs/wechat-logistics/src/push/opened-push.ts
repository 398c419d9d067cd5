import { type PushEnvelope } from './decoded-push';

/**
 * A verified, decrypted push before any family reads it: the protocol's whole
 * answer. `name` is what the push is routed by: the `Event` of an event
 * message (`add_express_path`, `trade_manage_order_settlement`, …), else the
 * message's `MsgType` (`text`, `image`, …). `fields` are the message's
 * top-level fields, keys as WeChat sent them (XML values are strings).
 */
export interface OpenedPush extends PushEnvelope {
  readonly msgType: string;
  readonly name: string;
  readonly fields: Record<string, unknown>;
}
