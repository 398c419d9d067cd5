import { Injectable } from '@nestjs/common';
import {
  OnPathUpdate,
  type PathUpdateContext,
  type PathUpdateEvent,
  WechatLogisticsService,
} from 'nestjs-wechat-logistics';

export interface ReceivedPathUpdate extends PathUpdateEvent {
  /** The mini program the push was for. */
  appId: string | undefined;
  /** True when it arrived after a newer version of the same waybill's track. */
  stale: boolean;
  receivedAt: string;
}

/** Most events kept per order and most orders kept: the demo's memory must not grow without bound. */
const MAX_EVENTS_PER_ORDER = 100;
const MAX_ORDERS = 10_000;

/**
 * The demo's `@OnPathUpdate()` handler: keeps what arrived, per order, in memory,
 * for `GET /logistics/orders/:orderId/events`. A real app would update its own
 * order records here (and throw if it cannot, so WeChat re-sends the push).
 */
@Injectable()
export class ReceivedEventsStore {
  private readonly byOrder = new Map<string, ReceivedPathUpdate[]>();

  constructor(private readonly logistics: WechatLogisticsService) {}

  @OnPathUpdate()
  record(event: PathUpdateEvent, context: PathUpdateContext): void {
    // Order ids are the merchant's: two mini programs may both have an "O-1".
    const key = orderKey(context.appId, event.orderId);
    const list = this.byOrder.get(key) ?? [];
    list.push({
      ...event,
      appId: context.appId,
      stale: context.stale,
      receivedAt: new Date().toISOString(),
    });
    if (list.length > MAX_EVENTS_PER_ORDER) list.shift();
    this.byOrder.delete(key); // re-insert: the Map's order doubles as recency
    this.byOrder.set(key, list);
    if (this.byOrder.size > MAX_ORDERS)
      this.byOrder.delete(this.byOrder.keys().next().value as string);
  }

  /** `appId` undefined: the default app's. */
  forOrder(orderId: string, appId?: string): ReceivedPathUpdate[] {
    return [
      ...(this.byOrder.get(
        orderKey(appId ?? this.logistics.defaultAppId, orderId),
      ) ?? []),
    ];
  }
}

function orderKey(appId: string | undefined, orderId: string): string {
  return `${appId ?? ''}\u0000${orderId}`;
}
