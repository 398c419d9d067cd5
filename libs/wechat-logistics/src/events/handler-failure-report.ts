import { type Logger } from '@nestjs/common';
import { PushHandlerFailedError } from '../core/errors/push-handler-failed.error';
import { logFields } from '../core/logging/log-fields';
import { type EventDescription } from './typed-wechat-event';

/**
 * Logs and throws when a handler failed or overran. The line holds the
 * event's keys, never its content (the buyer's openid, the track's text):
 * the event itself is at debug.
 */
export function reportFailures(
  logger: Logger,
  failure: {
    readonly event: unknown;
    readonly about: EventDescription;
    readonly appId: string | undefined;
    readonly handlers: readonly { readonly name: string }[];
    readonly outcomes: readonly (Error | undefined)[];
    readonly lastAttempt: boolean;
  },
): void {
  const { about, handlers, outcomes } = failure;
  const failed = handlers.filter((_, i) => outcomes[i] !== undefined);
  if (failed.length === 0) return;
  const causes = outcomes.filter((o): o is Error => o !== undefined);
  const fields = {
    api: about.api,
    appId: failure.appId,
    ...about.keys,
    handlers: failed.map((h) => h.name).join(','),
    causes: causes.map((c) => c.message).join('; '),
  };
  if (failure.lastAttempt)
    logger.error(
      `${about.handlerTitle} failed; the event is not retried ${logFields(fields)}`,
    );
  else
    logger.warn(
      `${about.handlerTitle} failed; it will run again ${logFields(fields)}`,
    );
  logger.debug(
    `${about.title} whose handler failed ${logFields({ ...about.keys, event: JSON.stringify(failure.event) })}`,
  );
  throw new PushHandlerFailedError(
    `${about.api} ${about.reference}`,
    failed.map((h) => h.name),
    { cause: causes[0] },
  );
}
