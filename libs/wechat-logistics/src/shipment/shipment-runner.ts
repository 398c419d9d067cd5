import { Inject, Injectable } from '@nestjs/common';
import { WechatAppRegistry } from '../core/apps/wechat-app-registry';
import { WechatShipmentConflictError } from '../core/errors';
import { WechatPushClaim } from '../core/interfaces';
import { type ResolvedWechatLogisticsOptions } from '../core/options/resolved-options';
import { SharedStore } from '../core/store/shared-store';
import { sleep } from '../core/timing/deadline';
import { WechatCarrierCodeService } from '../carrier-codes/wechat-carrier-code.service';
import { WechatLogisticsService } from '../logistics/wechat-logistics.service';
import { WechatShippingService } from '../shipping/wechat-shipping.service';
import { WechatWaybillTrackingService } from '../waybill-tracking/wechat-waybill-tracking.service';
import { RESOLVED_WECHAT_LOGISTICS_OPTIONS } from '../wechat-logistics.constants';
import { ShipmentClaims, SHIPMENT_LEASE_MS } from './shipment-claim';
import { ShipmentPlan } from './shipment-plan';
import { ShipmentRecords } from './shipment-records';
import { freshShipment, resultOf, ShipmentRun } from './shipment-run';
import { type ShipmentResult, type ShipmentState } from './shipment-state';
import { type ShipmentClients } from './steps/shipment-clients';

/** How often a caller waiting for another's run looks at the record (and tries the claim). */
const WAIT_POLL_MS = 100;

/** A validated shipment, its carrier mapped: ready to run, nothing sent yet (but the carrier lists, maybe). */
export interface PreparedShipment {
  /** The record's app key: the AppID, `''` for a default app without one. */
  readonly appKey: string;
  /** The app `forApp` named; undefined for the default app. */
  readonly appId: string | undefined;
  readonly plan: ShipmentPlan;
  readonly trackingCode: string;
}

/**
 * What every `ship` does, whoever calls it (a caller, or the queue's worker):
 * validate, map the carrier, take the order's claim, run the steps from the
 * record. A caller that does not get the claim waits for the holder's record.
 */
@Injectable()
export class ShipmentRunner {
  readonly records: ShipmentRecords;
  private readonly claims: ShipmentClaims;
  /** How long a caller waits for another caller's run before answering 409. */
  private readonly waitMs: number;

  constructor(
    private readonly registry: WechatAppRegistry,
    private readonly logistics: WechatLogisticsService,
    private readonly shipping: WechatShippingService,
    private readonly tracking: WechatWaybillTrackingService,
    private readonly carrierCodes: WechatCarrierCodeService,
    store: SharedStore,
    @Inject(WechatPushClaim) claim: WechatPushClaim,
    @Inject(RESOLVED_WECHAT_LOGISTICS_OPTIONS)
    options: ResolvedWechatLogisticsOptions,
  ) {
    this.records = new ShipmentRecords(store, options.tokenStoreTimeoutMs);
    this.claims = new ShipmentClaims(claim, options.tokenStoreTimeoutMs);
    // Three calls, each with its budget and a lookup, and a dead holder's lease.
    this.waitMs = SHIPMENT_LEASE_MS + 6 * options.callBudgetMs;
  }

  /** The record's key for `appId` (undefined: the default app's AppID, or '' without one). */
  appKey(appId: string | undefined): string {
    return appId ?? this.registry.requireDefault().app.appId ?? '';
  }

  /** Validates the whole input, then maps the carrier: both before anything is sent for the shipment. */
  async prepare(
    appId: string | undefined,
    input: unknown,
  ): Promise<PreparedShipment> {
    const plan = ShipmentPlan.of(input);
    const appKey = this.appKey(appId);
    const codes =
      appId === undefined ? this.carrierCodes : this.carrierCodes.forApp(appId);
    const trackingCode = await codes.trackingCodeFor(
      plan.input.waybill.deliveryId,
    );
    return { appKey, appId, plan, trackingCode };
  }

  /**
   * Runs the shipment under its claim, or waits for the run holding it (and
   * takes it over if that run's process died). A completed record answers at
   * once, without calling WeChat. `waitForOthers: false` (the queue's worker)
   * refuses at once when another run holds the claim.
   */
  async ship(
    prepared: PreparedShipment,
    waitForOthers = true,
  ): Promise<ShipmentResult> {
    const { appKey, plan } = prepared;
    const until = Date.now() + (waitForOthers ? this.waitMs : 0);
    for (;;) {
      const recorded = await this.records.read(appKey, plan.orderId);
      if (recorded?.status === 'completed') return resultOf(recorded);
      const claim = await this.claims.tryTake(appKey, plan.orderId);
      if (claim) {
        try {
          return await this.runClaimed(prepared);
        } finally {
          await claim.release();
        }
      }
      if (Date.now() >= until)
        throw new WechatShipmentConflictError(
          plan.orderId,
          'in-progress',
          `another caller is running it${recorded ? ` (status ${recorded.status}; steps: ${describeSteps(recorded)})` : ''} and it did not finish within ${waitForOthers ? this.waitMs : 0} ms; read shipment(orderId), or call ship again later`,
        );
      await sleep(WAIT_POLL_MS);
    }
  }

  /** Writes a `queued` record unless one exists; resolves the record as it stands. */
  async recordQueued(prepared: PreparedShipment): Promise<ShipmentState> {
    const { appKey, plan } = prepared;
    const recorded = await this.records.read(appKey, plan.orderId);
    if (recorded && recorded.status !== 'failed') return recorded;
    const queued: ShipmentState = recorded
      ? { ...recorded, status: 'queued', updatedAt: new Date().toISOString() }
      : freshShipment(appKey, plan, 'queued');
    await this.records.write(queued);
    return queued;
  }

  private async runClaimed(
    prepared: PreparedShipment,
  ): Promise<ShipmentResult> {
    const { appKey, appId, plan, trackingCode } = prepared;
    // Read again under the claim: the run before ours may have just finished.
    const recorded =
      (await this.records.read(appKey, plan.orderId)) ??
      freshShipment(appKey, plan, 'running');
    return new ShipmentRun(
      this.records,
      this.clientsFor(appId),
      plan,
      trackingCode,
      recorded,
    ).run();
  }

  private clientsFor(appId: string | undefined): ShipmentClients {
    return appId === undefined
      ? {
          logistics: this.logistics,
          shipping: this.shipping,
          tracking: this.tracking,
        }
      : {
          logistics: this.logistics.forApp(appId),
          shipping: this.shipping.forApp(appId),
          tracking: this.tracking.forApp(appId),
        };
  }
}

function describeSteps(state: ShipmentState): string {
  return Object.entries(state.steps)
    .map(([name, step]) => `${name} ${step.status}`)
    .join(', ');
}
