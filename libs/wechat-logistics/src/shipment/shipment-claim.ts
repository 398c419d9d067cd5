import { Logger } from '@nestjs/common';
import { type WechatPushClaim } from '../core/interfaces';
import { logFields } from '../core/logging/log-fields';
import { withDeadline } from '../core/timing/deadline';

/**
 * How long a claim on an order lives without renewal: a run whose process
 * died is taken over after at most this long. Renewed every third of it
 * while the run is alive, so a slow WeChat call never lets it lapse.
 */
export const SHIPMENT_LEASE_MS = 10_000;
/** A claim store without `extend` cannot renew: its claim must then outlast a whole run. */
const UNRENEWABLE_CLAIM_MS = 5 * 60_000;

/** A held claim on one order's shipment: renewed until released. */
export interface HeldShipmentClaim {
  release(): Promise<void>;
}

/**
 * The cluster-wide claim on an order's shipment: the module's claim store
 * (`pushClaim`: `RedisPushClaim` for a cluster, else this process's memory),
 * the one pushes are claimed in, with a lease renewed while the run is alive
 * (`WechatPushClaim.extend`), so concurrent `ship` calls for one order share
 * one run and a run whose process died is taken over once its lease lapses.
 */
export class ShipmentClaims {
  private readonly logger = new Logger('WechatLogistics');

  constructor(
    private readonly claims: WechatPushClaim,
    private readonly storeTimeoutMs: number,
    private readonly leaseMs = SHIPMENT_LEASE_MS,
  ) {}

  /** The claim, or undefined when another run holds it. Rejects when the claim store does not answer. */
  async tryTake(
    appId: string,
    orderId: string,
  ): Promise<HeldShipmentClaim | undefined> {
    const key = `wechat-logistics:shipment-claim:${encodeURIComponent(appId)}:${encodeURIComponent(orderId)}`;
    const renewable = typeof this.claims.extend === 'function';
    const ttlMs = renewable ? this.leaseMs : UNRENEWABLE_CLAIM_MS;
    const owner = await withDeadline(
      this.claims.tryClaim(key, ttlMs),
      Date.now() + this.storeTimeoutMs,
      () =>
        new Error(
          `the claim store did not answer within ${this.storeTimeoutMs} ms`,
        ),
      // Taken after we gave up on it: free it rather than block the order until it expires.
      (late) => {
        if (late) void this.claims.release(key, late).catch(() => false);
      },
    );
    if (owner === undefined) return undefined;
    const renewal = renewable
      ? setInterval(() => this.renew(key, owner, orderId), this.leaseMs / 3)
      : undefined;
    renewal?.unref();
    return {
      release: async () => {
        clearInterval(renewal);
        await this.claims.release(key, owner).catch(() => false);
      },
    };
  }

  private renew(key: string, owner: string, orderId: string): void {
    this.claims.extend!(key, owner, this.leaseMs).then(
      (kept) => {
        if (!kept)
          this.logger.warn(
            `Shipment claim lost while running (its lease lapsed); another instance may take the order over ${logFields({ orderId })}`,
          );
      },
      () => undefined, // a store hiccup: the next renewal tries again within the lease
    );
  }
}
