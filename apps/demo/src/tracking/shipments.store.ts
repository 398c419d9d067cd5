import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import {
  type ShipmentState,
  WechatLogisticsService,
  WechatShipmentService,
} from 'nestjs-wechat-logistics';
import { DemoRedis } from '../config/demo-redis';
import { type EventLog, MAX_ORDERS, MemoryEventLog } from '../events/event-log';
import { RedisEventLog } from '../events/redis-event-log';
import { ShipmentWatch } from './shipment-watch';
import { type TrackedShipment, toTrackedShipment } from './tracked-shipment';
import { TrackingFeed } from './tracking-feed';

/** One shipment the demo was asked for: which app's, which order. */
interface ShippedOrder {
  readonly appId: string | undefined;
  readonly orderId: string;
  readonly at: string;
}

/**
 * The shipments the demo's routes started, for the tracking page. Their
 * state is the library's (`shipment(orderId)`, in the module's store: Redis
 * in a cluster); this keeps only which orders were shipped — in Redis with
 * `REDIS_URL`, so every instance lists the same, else in memory, bounded
 * like the pushes — and follows each while it moves, sending every new
 * state to open pages as `event: shipment`. Best effort: the page is not
 * the shipment, so a failed write is logged and the route still answers.
 */
@Injectable()
export class ShipmentsStore implements OnApplicationShutdown {
  private readonly logger = new Logger('Tracking');
  private readonly shipped: EventLog<ShippedOrder>;
  private readonly watch: ShipmentWatch;

  constructor(
    private readonly shipments: WechatShipmentService,
    private readonly logistics: WechatLogisticsService,
    feed: TrackingFeed,
    redis: DemoRedis,
  ) {
    const identity = (order: ShippedOrder) => ({ orderId: order.orderId });
    this.shipped = redis.client
      ? new RedisEventLog(
          redis.client,
          MAX_ORDERS,
          {
            prefix: 'wechat-logistics-demo:shipments:',
            recentKey: 'wechat-logistics-demo:shipments-recent',
          },
          identity,
        )
      : new MemoryEventLog(MAX_ORDERS, identity);
    this.watch = new ShipmentWatch((state) =>
      feed.publishShipment(toTrackedShipment(state)),
    );
  }

  /**
   * `call` is `ship` for the order: its record is followed while the call
   * runs and after it, until it finishes, and the order joins the page's
   * list as soon as it has a record — at the latest when this resolves, once
   * the call returned (a call refused before the first step leaves no
   * record, and no trace here either). Never rejects.
   */
  async follow(
    appId: string | undefined,
    orderId: string,
    call: Promise<unknown>,
  ): Promise<void> {
    const resolved = this.appIdOf(appId);
    const key = this.key(resolved, orderId);
    let listed = false;
    const read = async () => {
      const state = await this.stateOf(resolved, orderId);
      if (state && !listed) listed = await this.list(key, resolved, orderId);
      return state;
    };
    // Before anything is awaited: the watch takes the call's outcome (a call
    // refused at once must not go unhandled).
    void this.watch.follow(key, read, call);
    await call.then(
      () => undefined,
      () => undefined,
    );
    if (!listed) await read().catch(() => undefined);
  }

  /** The tracking page's list: the most recently shipped first. */
  async trackedShipments(limit = 100): Promise<TrackedShipment[]> {
    const keys = await this.shipped.recentKeys(limit);
    const orders = await Promise.all(
      keys.map(async (key) => (await this.shipped.list(key)).at(-1)),
    );
    const states = await Promise.all(
      orders.map((order) =>
        order
          ? this.stateOf(order.appId, order.orderId)
          : Promise.resolve(undefined),
      ),
    );
    return states
      .filter((state): state is ShipmentState => state !== undefined)
      .map(toTrackedShipment);
  }

  /** True once the order is on the page's list; a failed write is logged, and tried again on the next read. */
  private async list(
    key: string,
    appId: string | undefined,
    orderId: string,
  ): Promise<boolean> {
    try {
      await this.shipped.append(key, {
        appId,
        orderId,
        at: new Date().toISOString(),
      });
      return true;
    } catch (error) {
      this.logger.warn(
        `The tracking page does not list shipment ${JSON.stringify(orderId.slice(0, 64))} yet: ${error instanceof Error ? error.message : String(error)}`,
      );
      return false;
    }
  }

  onApplicationShutdown(): void {
    this.watch.stop();
  }

  private stateOf(
    appId: string | undefined,
    orderId: string,
  ): Promise<ShipmentState | undefined> {
    const client =
      appId === undefined || appId === this.logistics.defaultAppId
        ? this.shipments
        : this.shipments.forApp(appId);
    return client.shipment(orderId);
  }

  /** The routes' default app is named by its id, so both routes to it share one key. */
  private appIdOf(appId: string | undefined): string | undefined {
    return appId ?? this.logistics.defaultAppId;
  }

  private key(appId: string | undefined, orderId: string): string {
    // JSON: an order id holding ':' cannot make two shipments share a key.
    return JSON.stringify([appId ?? 'default', orderId]);
  }
}
