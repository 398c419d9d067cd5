import { type PushMode } from '../push/decoded-push';
import { type PushFormat } from '../push/push-body';
import { type PathUpdateContext } from './path-update-context';
import {
  type WechatEventMap,
  type WechatTypedEventName,
} from './wechat-event-map';

/** What a handler of a typed event is told besides the event itself. */
export interface WechatEventContext {
  /** The mini program the push was for (`receive({ appId })`, else the default app's AppID). */
  readonly appId: string | undefined;
  readonly mode: PushMode;
  readonly format: PushFormat;
}

/** The context of an event or message that has no type of its own (`@OnWechatEvent('*')`). */
export interface WechatMessageContext extends WechatEventContext {
  /** What it was routed by: the `Event` of an event message, else its `MsgType` (`text`, `image`, …). */
  readonly name: string;
  readonly msgType: string;
}

/** A push without a type of its own: its fields as WeChat sent them (XML values are strings). */
export type WechatMessage = Readonly<Record<string, unknown>>;

/** What `@OnWechatEvent(name)` hands its method: the typed event for a typed name, else the plain message. */
export type WechatEventOf<Name extends string> =
  Name extends WechatTypedEventName ? WechatEventMap[Name] : WechatMessage;

/** The context `@OnWechatEvent(name)` hands its method. */
export type WechatEventContextOf<Name extends string> =
  Name extends 'add_express_path'
    ? PathUpdateContext
    : Name extends WechatTypedEventName
      ? WechatEventContext
      : WechatMessageContext;

/** The signature of an `@OnWechatEvent(name)` method. */
export type WechatEventHandler<Name extends string> = (
  event: WechatEventOf<Name>,
  context: WechatEventContextOf<Name>,
) => unknown;
