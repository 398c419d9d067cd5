import { type WechatPushQueueOptions } from '../interfaces';
import { InvalidWechatLogisticsOptionsError } from './invalid-options.error';
import { knownOptionKeys, refuseUnknownOptionKeys } from './known-option-keys';
import { positiveInteger } from './option-readers';
import { type ResolvedPushQueueOptions } from './resolved-options';

const PUSH_QUEUE_OPTION_KEYS = knownOptionKeys<WechatPushQueueOptions>(
  'WechatPushQueueOptions',
  {
    queue: true,
    attempts: true,
    backoffMs: true,
    concurrency: true,
    lockDurationMs: true,
    worker: true,
    enqueueTimeoutMs: true,
  },
);

/**
 * `pushDelivery`: `'inline'` (or absent) → undefined; a queue's options →
 * every default filled in. `shipments` (durable shipments) takes the same
 * queue options, read the same way under its own name.
 */
export function resolvePushDelivery(
  value: unknown,
  optionName: 'pushDelivery' | 'shipments' = 'pushDelivery',
): ResolvedPushQueueOptions | undefined {
  const PREFIX = `${optionName}.`;
  if (value === undefined || value === 'inline') return undefined;
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new InvalidWechatLogisticsOptionsError(
      optionName,
      `must be 'inline' or { queue: '<name given to BullModule.registerQueue>', … }`,
    );
  const options = value as Record<string, unknown>;
  refuseUnknownOptionKeys(options, PUSH_QUEUE_OPTION_KEYS, PREFIX);
  const { queue, worker } = options;
  if (typeof queue !== 'string' || queue.trim() === '')
    throw new InvalidWechatLogisticsOptionsError(
      `${PREFIX}queue`,
      'must name the BullMQ queue registered with BullModule.registerQueue (e.g. WECHAT_PUSH_QUEUE)',
    );
  if (worker !== undefined && typeof worker !== 'boolean')
    throw new InvalidWechatLogisticsOptionsError(
      `${PREFIX}worker`,
      'must be true or false',
    );
  return {
    queue,
    attempts: positiveInteger(options, 'attempts', 8, PREFIX),
    backoffMs: positiveInteger(options, 'backoffMs', 1000, PREFIX),
    concurrency: positiveInteger(options, 'concurrency', 4, PREFIX),
    lockDurationMs: positiveInteger(options, 'lockDurationMs', 30_000, PREFIX),
    worker: worker ?? true,
    enqueueTimeoutMs: positiveInteger(
      options,
      'enqueueTimeoutMs',
      3000,
      PREFIX,
    ),
  };
}
