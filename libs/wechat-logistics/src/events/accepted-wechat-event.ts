import { type PushMode } from '../push/decoded-push';
import { PATH_UPDATE_EVENT } from '../push/path-update-event';
import { type PushFormat } from '../push/push-body';
import { type TypedWechatEvent } from './typed-wechat-event';
import {
  typedEventNamed,
  type WechatTypedEvent,
  type WechatTypedEventName,
} from './wechat-event-map';

/** A typed event ready for its handlers, as inline delivery and the queue's worker both hold it. */
export interface AcceptedWechatEvent {
  /** The app's own AppID (undefined only for a default app configured without one). */
  readonly appId: string | undefined;
  /** The typed event's name; absent on path updates queued before other events were typed. */
  readonly name?: WechatTypedEventName;
  readonly event: WechatTypedEvent;
  readonly mode: PushMode;
  readonly format: PushFormat;
}

/** What became of an accepted event: its handlers ran, or the ledger already had it. */
export type HandledWechatEvent =
  | {
      readonly status: 'processed';
      readonly event: WechatTypedEvent;
      readonly stale: boolean;
    }
  | { readonly status: 'duplicate'; readonly event: WechatTypedEvent };

export type AnyTypedEvent = TypedWechatEvent<
  WechatTypedEventName,
  WechatTypedEvent
>;

/** The definition of an accepted event (a job queued before the upgrade carries no name: a path update). */
export function definitionOf(accepted: AcceptedWechatEvent): AnyTypedEvent {
  const definition = typedEventNamed(accepted.name ?? PATH_UPDATE_EVENT);
  if (!definition)
    throw new Error(`no typed push event is named ${accepted.name}`);
  return definition;
}
