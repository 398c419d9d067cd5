import { Injectable, Logger } from '@nestjs/common';
import {
  OnWechatEvent,
  type OrderSettlementEvent,
  type RemindAccessApiEvent,
  type RemindShippingEvent,
  type WechatEventContext,
  WechatLogisticsService,
  WechatShippingService,
} from 'nestjs-wechat-logistics';
import { DemoRedis } from '../config/demo-redis';
import { TrackingFeed } from '../tracking/tracking-feed';
import {
  type WaybillShipping,
  toWaybillShipping,
  waybillShippingIdentity,
} from '../tracking/waybill-shipping';
import { type EventLog, MemoryEventLog, MAX_ORDERS } from './event-log';
import {
  type ReceivedShippingEvent,
  shippingEventIdentity,
} from './received-shipping-event';
import { RedisEventLog } from './redis-event-log';

/**
 * The demo's 发货信息管理 push handlers: keeps the settlement pushes and
 * shipping reminders per (app, payment) for
 * `GET /shipping/orders/:transactionId/events`, and per waybill the payment's
 * latest settlement for the tracking page — in Redis with `REDIS_URL`, else
 * in memory, bounded like the path updates. Idempotent: a re-sent push is
 * kept once and shown once.
 */
@Injectable()
export class ShippingEventsStore {
  private readonly logger = new Logger('Shipping');
  private readonly byPayment: EventLog<ReceivedShippingEvent>;
  private readonly byWaybill: EventLog<WaybillShipping>;

  constructor(
    private readonly logistics: WechatLogisticsService,
    private readonly shipping: WechatShippingService,
    private readonly feed: TrackingFeed,
    redis: DemoRedis,
  ) {
    const client = redis.client;
    this.byPayment = client
      ? new RedisEventLog(
          client,
          MAX_ORDERS,
          {
            prefix: 'wechat-logistics-demo:shipping-events:',
            recentKey: 'wechat-logistics-demo:shipping-events-recent',
          },
          shippingEventIdentity,
        )
      : new MemoryEventLog(MAX_ORDERS, shippingEventIdentity);
    this.byWaybill = client
      ? new RedisEventLog(
          client,
          MAX_ORDERS,
          {
            prefix: 'wechat-logistics-demo:waybill-shipping:',
            recentKey: 'wechat-logistics-demo:waybill-shipping-recent',
          },
          waybillShippingIdentity,
        )
      : new MemoryEventLog(MAX_ORDERS, waybillShippingIdentity);
  }

  /**
   * "Will settle" (shipping completed) and "settled": kept per payment, and
   * shown beside each waybill the payment's shipping info names. The push
   * names no waybill, so the payment's uploaded shipping list is read back
   * (getOrder): `trackingNo` is the waybill, with its state now. A failed
   * read fails the handler, so WeChat re-sends the push.
   */
  @OnWechatEvent('trade_manage_order_settlement')
  async recordSettlement(
    event: OrderSettlementEvent,
    context: WechatEventContext,
  ): Promise<void> {
    const receivedAt = new Date().toISOString();
    await this.byPayment.append(
      paymentKey(context.appId, event.transactionId),
      {
        ...event,
        appId: context.appId,
        receivedAt,
      },
    );
    const client =
      context.appId === undefined ||
      context.appId === this.logistics.defaultAppId
        ? this.shipping
        : this.shipping.forApp(context.appId);
    const { order } = await client.getOrder({
      transactionId: event.transactionId,
    });
    for (const item of order.shipping?.shippingList ?? []) {
      if (!item.trackingNo) continue; // not an express package: no track to show it beside
      const shipping = toWaybillShipping(event, {
        appId: context.appId,
        waybillId: item.trackingNo,
        expressCompany: item.expressCompany,
        orderState: order.orderState,
        receivedAt,
      });
      const kept = await this.byWaybill.append(
        waybillKey(context.appId, item.trackingNo),
        shipping,
      );
      if (kept) this.feed.publishShipping(shipping);
    }
  }

  /** "This order is unshipped": kept per payment; a real app would ship it or tell someone. */
  @OnWechatEvent('trade_manage_remind_shipping')
  async recordShippingReminder(
    event: RemindShippingEvent,
    context: WechatEventContext,
  ): Promise<void> {
    await this.byPayment.append(
      paymentKey(context.appId, event.transactionId),
      {
        ...event,
        appId: context.appId,
        receivedAt: new Date().toISOString(),
      },
    );
  }

  /** "Please integrate the shipping API": about no payment, so a log line for whoever runs the demo. */
  @OnWechatEvent('trade_manage_remind_access_api')
  remindedToIntegrate(
    event: RemindAccessApiEvent,
    context: WechatEventContext,
  ): void {
    this.logger.warn(
      // Quoted: WeChat's text is not ours, and a line break in it must not start a forged log line.
      `WeChat asks mini program ${context.appId ?? 'default'} to integrate the shipping info API: ${JSON.stringify(event.msg)}`,
    );
  }

  /** `appId` undefined: the default app's. Oldest first. */
  forPayment(
    transactionId: string,
    appId?: string,
  ): Promise<ReceivedShippingEvent[]> {
    return this.byPayment.list(
      paymentKey(appId ?? this.logistics.defaultAppId, transactionId),
    );
  }

  /** The latest settlement push for a waybill's payment, if one arrived. */
  async forWaybill(
    appId: string | undefined,
    waybillId: string,
  ): Promise<WaybillShipping | undefined> {
    const list = await this.byWaybill.list(waybillKey(appId, waybillId));
    return list.at(-1);
  }
}

function paymentKey(appId: string | undefined, transactionId: string): string {
  return `${appId ?? 'default'}:${transactionId}`;
}

function waybillKey(appId: string | undefined, waybillId: string): string {
  return `${appId ?? 'default'}:${waybillId}`;
}
