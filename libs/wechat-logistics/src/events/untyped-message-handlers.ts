import { type Logger } from '@nestjs/common';
import { type OpenedPush } from '../push/opened-push';
import { type AppPush } from './app-push';
import { reportFailures } from './handler-failure-report';
import { startHandlers } from './running-handlers';
import { type WechatMessageContext } from './wechat-event-context';
import { type WechatEventHandlerRegistry } from './wechat-event-handler-registry';

/**
 * Hands a push without a type of its own (a user's message, an event no
 * family types) to the `@OnWechatEvent(itsName)` and `@OnWechatEvent('*')`
 * handlers, within the answer budget. Once per receive: nothing tells a
 * re-send of such a message from a new one, so there is no ledger or claim,
 * and a re-send after a failure runs every handler again. Resolves to
 * whether any handler took it; throws `PushHandlerFailedError` when one
 * failed or overran (500: WeChat re-sends).
 */
export async function runUntypedHandlers(
  logger: Logger,
  registry: WechatEventHandlerRegistry,
  untyped: {
    readonly appId: string | undefined;
    readonly push: AppPush;
    readonly opened: OpenedPush;
    readonly deadline: number;
  },
): Promise<boolean> {
  const { appId, push, opened, deadline } = untyped;
  const handlers = registry.untyped(opened.name);
  if (handlers.length === 0) return false;
  const context: WechatMessageContext = {
    appId,
    name: opened.name,
    msgType: opened.msgType,
    mode: opened.mode,
    format: opened.format,
  };
  const running = startHandlers(handlers, { ...opened.fields }, context);
  const outcomes = await running.within(
    Math.min(Date.now() + push.options.handlerTimeoutMs, deadline),
  );
  reportFailures(logger, {
    event: opened.fields,
    about: {
      api: `push.${opened.name}`,
      title: `Message ${opened.name}`,
      handlerTitle: `Handler of ${opened.name}`,
      subject: `the ${opened.name} message`,
      reference: `msgType ${opened.msgType}`,
      keys: { name: opened.name },
    },
    appId,
    handlers,
    outcomes,
    lastAttempt: true,
  });
  return true;
}
