import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import {
  WechatLogisticsService,
  WechatShipmentService,
} from 'nestjs-wechat-logistics';
import { DemoRedis } from '../config/demo-redis';
import { type EventLog, MAX_ORDERS, MemoryEventLog } from '../events/event-log';
import { RedisEventLog } from '../events/redis-event-log';
import { ShipmentWatch } from './shipment-watch';
import {
  type ShipmentStateSource,
  type TrackedShipment,
  toTrackedShipment,
} from './tracked-shipment';
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
   * `call` is `ship` for the order: the order joins the page's list, and its
   * record is followed while the call runs and after it, until it finishes.
   */
  async follow(
    appId: string | undefined,
    orderId: string,
    call: Promise<unknown>,
  ): Promise<void> {
    const resolved = this.appIdOf(appId);
    // First, before anything is awaited: the watch takes the call's outcome
    // (a call refused at once must not go unhandled meanwhile).
    void this.watch.follow(
      this.key(resolved, orderId),
      () => this.stateOf(resolved, orderId),
      call,
    );
    try {
      await this.shipped.append(this.key(resolved, orderId), {
        appId: resolved,
        orderId,
        at: new Date().toISOString(),
      });
    } catch (error) {
      this.logger.warn(
        `The tracking page will not list shipment ${JSON.stringify(orderId.slice(0, 64))}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
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
      .filter((state): state is ShipmentStateSource => state !== undefined)
      .map(toTrackedShipment);
  }

  onApplicationShutdown(): void {
    this.watch.stop();
  }

  private stateOf(
    appId: string | undefined,
    orderId: string,
  ): Promise<ShipmentStateSource | undefined> {
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
