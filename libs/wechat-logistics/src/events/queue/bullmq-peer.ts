import { InvalidWechatLogisticsOptionsError } from '../../core/options/invalid-options.error';
import { requireOptionalPeer } from '../../core/optional-peer';

/** `@nestjs/bullmq` or `bullmq`, optional peers only durable delivery needs: missing, the option is refused. */
export function requireBullmqPeer<T>(name: string): T {
  const peer = requireOptionalPeer<T>(name);
  if (!peer)
    throw new InvalidWechatLogisticsOptionsError(
      'pushDelivery',
      `needs ${name}: npm install @nestjs/bullmq bullmq`,
    );
  return peer;
}
