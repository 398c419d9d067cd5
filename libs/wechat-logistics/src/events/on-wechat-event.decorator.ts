import { DiscoveryService } from '@nestjs/core';
import { type WechatEventHandler } from './wechat-event-context';
import { type WechatTypedEventName } from './wechat-event-map';

/** The name the registry finds a handler by; `'*'` for every push without a type of its own. */
export const OnWechatEventMetadata = DiscoveryService.createDecorator<string>();

/**
 * Marks a provider (or controller) method as a handler of one push event of
 * the mini program's push URL, discovered at startup like `@OnEvent()`:
 *
 *   @OnWechatEvent('trade_manage_order_settlement')
 *   settled(event: WechatEventMap['trade_manage_order_settlement'], context: WechatEventContext) { … }
 *
 * A typed name (a key of `WechatEventMap`) hands the method the camelCase
 * event, exactly once across the cluster (the ledger, claims, answer budget
 * and durable delivery as for path updates); a method whose first parameter
 * is another type does not compile. Any other name (`'text'`,
 * `'wxa_trade_controlled'`) or `'*'` (every push without a type of its own)
 * hands it the message as WeChat sent it, once per receive: without a key
 * to tell a re-send from a new message, such a message is not deduplicated.
 * If a handler throws, the push is answered as failed so WeChat re-sends it.
 */
export function OnWechatEvent<
  Name extends WechatTypedEventName | '*' | (string & {}),
>(
  name: Name,
): <Method extends WechatEventHandler<Name>>(
  target: object,
  method: string | symbol,
  descriptor: TypedPropertyDescriptor<Method>,
) => void {
  const mark = OnWechatEventMetadata(name);
  return (target, method, descriptor) => mark(target, method, descriptor);
}
