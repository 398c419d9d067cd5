import { type PathUpdateEvent } from '../push/path-update-event';
import {
  OnWechatEvent,
  OnWechatEventMetadata,
} from './on-wechat-event.decorator';
import { type PathUpdateContext } from './path-update-context';
import {
  type WechatEventContext,
  type WechatMessage,
  type WechatMessageContext,
} from './wechat-event-context';
import { type WechatEventMap } from './wechat-event-map';

/* The decorator's typing is checked by the compiler (ts-jest type-checks this file): each method
 * below compiles only when its parameters fit the event named, and each `@ts-expect-error` line
 * fails the compile if the wrong type were accepted. */
class Handlers {
  @OnWechatEvent('trade_manage_order_settlement')
  settled(
    event: WechatEventMap['trade_manage_order_settlement'],
    context: WechatEventContext,
  ): string {
    return `${event.stage}@${context.appId}`;
  }

  @OnWechatEvent('add_express_path')
  track(event: PathUpdateEvent, context: PathUpdateContext): number {
    return context.stale ? -1 : event.version;
  }

  @OnWechatEvent('update_waybill_status')
  status(event: WechatEventMap['update_waybill_status']): number {
    return event.orderStatus;
  }

  @OnWechatEvent('*')
  anything(message: WechatMessage, context: WechatMessageContext): string {
    return `${context.name}:${String(message['Content'])}`;
  }

  @OnWechatEvent('text')
  text(message: WechatMessage): unknown {
    return message['Content'];
  }

  // @ts-expect-error a path update is not a settlement event
  @OnWechatEvent('trade_manage_order_settlement')
  wrongEvent(event: PathUpdateEvent): number {
    return event.version;
  }

  // @ts-expect-error an untyped message is a plain object, not a typed event
  @OnWechatEvent('text')
  wrongMessage(event: WechatEventMap['update_waybill_status']): number {
    return event.orderStatus;
  }
}

describe('@OnWechatEvent', () => {
  it('marks each method with the name it handles, for the registry to find', () => {
    const names = (
      ['settled', 'track', 'status', 'anything', 'text'] as const
    ).map(
      (method) =>
        Reflect.getMetadata(
          OnWechatEventMetadata.KEY,
          Handlers.prototype[method],
        ) as unknown,
    );
    expect(names).toEqual([
      'trade_manage_order_settlement',
      'add_express_path',
      'update_waybill_status',
      '*',
      'text',
    ]);
  });
});
