import { Injectable, Logger } from '@nestjs/common';
import { WechatLogisticsService } from 'nestjs-wechat-logistics';
import { DemoRedis } from '../config/demo-redis';
import { type EventLog, MAX_ORDERS, MemoryEventLog } from '../events/event-log';
import { RedisEventLog } from '../events/redis-event-log';
import { RETURN_WORDS } from './return-state-words';
import { TrackingFeed } from './tracking-feed';
import {
  type WaybillBuyerLinks,
  type WaybillLinkRecord,
  toWaybillBuyerLinks,
  waybillLinkIdentity,
} from './waybill-buyer-links';

/** The return's state as getReturnId answers it, camelCase. */
export interface ReturnState {
  readonly status: number;
  readonly waybillId: string;
  readonly orderStatus?: number;
  readonly deliveryId?: string;
  readonly deliveryName?: string;
}

interface ReturnOfWaybill {
  readonly waybillId: string;
}

/**
 * Links a waybill to its buyer side: the tokens its tracking registrations
 * got, the returns made for its goods and their latest known state. Each
 * fact is kept once per (app, waybill) — in Redis with `REDIS_URL` (every
 * instance shows the same), else in memory, bounded like the pushes — and
 * sent to open tracking pages as `event: buyer`. Best effort: the records
 * only feed the page, so a store that fails is logged and the route still
 * answers what WeChat said (a token WeChat issued is never lost to it).
 */
@Injectable()
export class WaybillLinksStore {
  private readonly logger = new Logger('Tracking');
  private readonly byWaybill: EventLog<WaybillLinkRecord>;
  /** Which waybill a return id belongs to: getReturnId names no waybill. */
  private readonly waybillOfReturn: EventLog<ReturnOfWaybill>;

  constructor(
    private readonly logistics: WechatLogisticsService,
    private readonly feed: TrackingFeed,
    redis: DemoRedis,
  ) {
    const client = redis.client;
    this.byWaybill = client
      ? new RedisEventLog(
          client,
          MAX_ORDERS,
          {
            prefix: 'wechat-logistics-demo:waybill-links:',
            recentKey: 'wechat-logistics-demo:waybill-links-recent',
          },
          waybillLinkIdentity,
        )
      : new MemoryEventLog(MAX_ORDERS, waybillLinkIdentity);
    const byWaybillId = (event: ReturnOfWaybill) => ({
      waybillId: event.waybillId,
    });
    this.waybillOfReturn = client
      ? new RedisEventLog(
          client,
          MAX_ORDERS,
          {
            prefix: 'wechat-logistics-demo:return-waybill:',
            recentKey: 'wechat-logistics-demo:return-waybill-recent',
          },
          byWaybillId,
        )
      : new MemoryEventLog(MAX_ORDERS, byWaybillId);
  }

  /** A token traceWaybill (`trace`) or followWaybill (`follow`) returned for the waybill. */
  recordToken(
    appId: string | undefined,
    waybillId: string,
    kind: 'trace' | 'follow',
    token: string,
  ): Promise<void> {
    return this.record(appId, waybillId, { kind, token, at: now() });
  }

  /** A return created for the waybill's goods (addReturnId, or the legacy call). */
  recordReturn(
    appId: string | undefined,
    waybillId: string,
    created: { returnId: string; legacy: boolean; shopOrderId: string },
  ): Promise<void> {
    return this.bestEffort(async () => {
      await this.waybillOfReturn.append(this.key(appId, created.returnId), {
        waybillId,
      });
      await this.append(appId, waybillId, {
        kind: 'return',
        ...created,
        at: now(),
      });
    });
  }

  /** What getReturnId (or a sandbox control) says of a return; ignored for a return no waybill was named for. */
  recordReturnState(
    appId: string | undefined,
    returnId: string,
    state: ReturnState,
  ): Promise<void> {
    return this.recordOfReturn(appId, returnId, {
      kind: 'return-state',
      returnId,
      status: state.status,
      returnWaybillId: state.waybillId,
      ...(state.orderStatus === undefined
        ? {}
        : { orderStatus: state.orderStatus }),
      ...(state.deliveryId === undefined
        ? {}
        : { deliveryId: state.deliveryId }),
      ...(state.deliveryName === undefined
        ? {}
        : { deliveryName: state.deliveryName }),
      at: now(),
    });
  }

  /** The return was released (unbind). */
  recordUnbound(appId: string | undefined, returnId: string): Promise<void> {
    return this.recordOfReturn(appId, returnId, {
      kind: 'return-unbound',
      returnId,
      at: now(),
    });
  }

  /** `appId` undefined: the default app's. */
  async forWaybill(
    appId: string | undefined,
    waybillId: string,
  ): Promise<WaybillBuyerLinks | undefined> {
    const resolved = this.appIdOf(appId);
    return toWaybillBuyerLinks(
      resolved,
      waybillId,
      await this.byWaybill.list(this.key(resolved, waybillId)),
      RETURN_WORDS,
    );
  }

  private record(
    appId: string | undefined,
    waybillId: string,
    record: WaybillLinkRecord,
  ): Promise<void> {
    return this.bestEffort(() => this.append(appId, waybillId, record));
  }

  /** A fact about a return, kept on the waybill its creation named. */
  private recordOfReturn(
    appId: string | undefined,
    returnId: string,
    record: WaybillLinkRecord,
  ): Promise<void> {
    return this.bestEffort(async () => {
      const waybillId = await this.waybillOf(appId, returnId);
      if (waybillId !== undefined) await this.append(appId, waybillId, record);
    });
  }

  /** Keeps the fact once, and shows the waybill's new buyer side on open pages. */
  private async append(
    appId: string | undefined,
    waybillId: string,
    record: WaybillLinkRecord,
  ): Promise<void> {
    const kept = await this.byWaybill.append(
      this.key(appId, waybillId),
      record,
    );
    if (!kept) return;
    const links = await this.forWaybill(appId, waybillId);
    if (links) this.feed.publishBuyer(links);
  }

  private async bestEffort(write: () => Promise<void>): Promise<void> {
    try {
      await write();
    } catch (error) {
      this.logger.warn(
        `The tracking page will not show a buyer-tracking token or return just recorded: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  private async waybillOf(
    appId: string | undefined,
    returnId: string,
  ): Promise<string | undefined> {
    const list = await this.waybillOfReturn.list(this.key(appId, returnId));
    return list.at(-1)?.waybillId;
  }

  /** The routes' default app is the app the pushes name: one key for both. */
  private appIdOf(appId: string | undefined): string | undefined {
    return appId ?? this.logistics.defaultAppId;
  }

  private key(appId: string | undefined, id: string): string {
    return `${this.appIdOf(appId) ?? 'default'}:${id}`;
  }
}

const now = () => new Date().toISOString();
