import {
  type OrderSettlementEvent,
  type RemindShippingEvent,
} from 'nestjs-wechat-logistics';
import { type EventIdentity } from './event-log';

/** A 发货信息管理 push about one payment, as the demo received it. */
export type ReceivedShippingEvent = (
  OrderSettlementEvent | RemindShippingEvent
) & {
  /** The mini program the push was for. */
  readonly appId: string | undefined;
  readonly receivedAt: string;
};

/**
 * The library's own dedupe key for these events: the event, its stage (the
 * two settlement pushes of one payment), and WeChat's CreateTime (a re-send
 * repeats it; a later reminder has a new one). The payment is in the log's key.
 */
export const shippingEventIdentity: EventIdentity<ReceivedShippingEvent> = (
  event,
) => ({
  event: event.event,
  stage: 'stage' in event ? event.stage : '',
  createTime: event.createTime,
});
