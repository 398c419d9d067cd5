import { Injectable } from '@nestjs/common';
import { DurableShipmentQueue } from './durable-shipment-queue';
import { ShipmentRunner } from './shipment-runner';
import { WechatShipmentClient } from './wechat-shipment.client';

/**
 * Shipping an order across families (waybill → shipping info → buyer
 * tracking, exactly once per merchant order id) for the module's default
 * mini program — see {@link WechatShipmentClient} — and `forApp(appId)` for
 * any other. Records live in the module's store (the app's cache: Redis in a
 * cluster); the claim that makes concurrent calls share one run is the
 * module's `pushClaim` (`RedisPushClaim` in a cluster).
 */
@Injectable()
export class WechatShipmentService extends WechatShipmentClient {
  constructor(
    private readonly shipmentRunner: ShipmentRunner,
    private readonly shipmentQueue: DurableShipmentQueue,
  ) {
    super(shipmentRunner, shipmentQueue, undefined);
  }

  /**
   * The same methods for another mini program. Never throws: an appId the
   * module does not know makes `ship` reject with `WechatUnknownAppError`
   * before anything is sent.
   */
  forApp(appId: string): WechatShipmentClient {
    return new WechatShipmentClient(
      this.shipmentRunner,
      this.shipmentQueue,
      appId,
    );
  }
}
