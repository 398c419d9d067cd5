import {
  type BeforeApplicationShutdown,
  Injectable,
  Logger,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Observable, Subject } from 'rxjs';
import { type DemoEnv } from '../config/demo-env';
import { DemoRedis, type DemoRedisClient } from '../config/demo-redis';
import { DEFAULT_MAX_SUBSCRIBERS, StreamSeats } from './stream-seats';
import { type TrackedIntracityOrder } from './tracked-intracity-order';
import { type TrackedLocalOrder } from './tracked-local-order';
import { type TrackedShipment } from './tracked-shipment';
import { type TrackedWaybill } from './tracked-waybill';
import { type WaybillBuyerLinks } from './waybill-buyer-links';
import { type WaybillShipping } from './waybill-shipping';

/** What the page's stream sends: a waybill's newer track, its payment's newer shipping state, its buyer side (tokens, returns), a 即时配送 order's newer status, a 同城配送 order's, or a shipment's newer state. */
export type TrackingUpdate =
  | { readonly type: 'waybill'; readonly data: TrackedWaybill }
  | { readonly type: 'shipping'; readonly data: WaybillShipping }
  | { readonly type: 'buyer'; readonly data: WaybillBuyerLinks }
  | { readonly type: 'local-order'; readonly data: TrackedLocalOrder }
  | { readonly type: 'shipment'; readonly data: TrackedShipment }
  | { readonly type: 'intracity-order'; readonly data: TrackedIntracityOrder };

const CHANNEL = 'wechat-logistics-demo:tracking';

/**
 * Waybill timelines, their payments' shipping states and their buyer side (tracking tokens, returns) as they change, for the tracking page's live stream.
 * With `REDIS_URL` every update goes through a Redis channel, so a page open
 * on one instance moves when WeChat pushed to another; else it stays in process.
 */
@Injectable()
export class TrackingFeed
  implements OnModuleInit, BeforeApplicationShutdown, OnApplicationShutdown
{
  private readonly logger = new Logger('Tracking');
  private readonly updates = new Subject<TrackingUpdate>();
  private readonly shuttingDown = new Subject<void>();
  private subscriber: DemoRedisClient | undefined;

  /** Open live-tracking streams, capped (`TRACKING_MAX_SUBSCRIBERS`). */
  readonly seats: StreamSeats;

  constructor(
    private readonly redis: DemoRedis,
    config: ConfigService<DemoEnv, true>,
  ) {
    this.seats = new StreamSeats(
      config.get('TRACKING_MAX_SUBSCRIBERS', { infer: true }) ??
        DEFAULT_MAX_SUBSCRIBERS,
    );
  }

  /** Every update from now on, on this instance or (with Redis) any other. */
  get updates$(): Observable<TrackingUpdate> {
    return this.updates.asObservable();
  }

  /** Emits once the app starts shutting down: every open stream ends then. */
  get shuttingDown$(): Observable<void> {
    return this.shuttingDown.asObservable();
  }

  onModuleInit(): void {
    const client = this.redis.client;
    if (!client) return;
    const subscriber = client.duplicate();
    subscriber.on('error', () => undefined); // the client reconnects by itself
    this.subscriber = subscriber;
    // Not awaited: the demo starts while Redis is away, and the page catches up once it is back.
    void subscriber
      .connect()
      .then(() =>
        subscriber.subscribe(CHANNEL, (message) => {
          this.updates.next(JSON.parse(message) as TrackingUpdate);
        }),
      )
      .catch((error: unknown) =>
        this.logger.warn(
          `Live tracking across instances is off (Redis subscription failed: ${error instanceof Error ? error.message : String(error)})`,
        ),
      );
  }

  /** Best effort: a lost update shows on the page's next load, which reads the event log. */
  publish(waybill: TrackedWaybill): void {
    this.send({ type: 'waybill', data: waybill });
  }

  /** A settlement push for a waybill's payment; best effort too. */
  publishShipping(shipping: WaybillShipping): void {
    this.send({ type: 'shipping', data: shipping });
  }

  /** A waybill's buyer side changed (a token registered, a return made or moved); best effort too. */
  publishBuyer(links: WaybillBuyerLinks): void {
    this.send({ type: 'buyer', data: links });
  }

  /** A 即时配送 order moved (an update_waybill_status push); best effort too. */
  publishLocalOrder(order: TrackedLocalOrder): void {
    this.send({ type: 'local-order', data: order });
  }

  /** A shipment's record changed (a step started, ended or failed); best effort too. */
  publishShipment(shipment: TrackedShipment): void {
    this.send({ type: 'shipment', data: shipment });
  }

  /** A 同城配送 order moved (a status callback believed); best effort too. */
  publishIntracityOrder(order: TrackedIntracityOrder): void {
    this.send({ type: 'intracity-order', data: order });
  }

  private send(update: TrackingUpdate): void {
    const client = this.redis.client;
    if (!client) {
      this.updates.next(update);
      return;
    }
    client.publish(CHANNEL, JSON.stringify(update)).catch(() => undefined);
  }

  /**
   * Ends the open streams before the HTTP server closes: the server waits for
   * its connections, and a page left open would hold the shutdown forever.
   */
  beforeApplicationShutdown(): void {
    this.shuttingDown.next();
    this.shuttingDown.complete();
    this.updates.complete();
  }

  onApplicationShutdown(): void {
    if (this.subscriber?.isOpen) this.subscriber.destroy();
  }
}
