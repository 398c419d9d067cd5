/**
 * Where 物流服务's carrier list (`get_delivery_list`) comes from, for
 * `WechatCarrierCodeService`: the family's own client, which owns that
 * endpoint (its retries, errors and telemetry), with the asking app's
 * credentials. Tests swap the loader with `overrideProvider`.
 */
import { type Provider } from '@nestjs/common';
import { WechatWaybillTrackingService } from '../waybill-tracking/wechat-waybill-tracking.service';
import { type TrackingCarrierListLoader } from './carrier-list-entry';

/** Injection token of the {@link TrackingCarrierListLoader}. */
export const TRACKING_CARRIER_LIST_LOADER = Symbol(
  'TRACKING_CARRIER_LIST_LOADER',
);

export const carrierListProviders: Provider[] = [
  {
    provide: TRACKING_CARRIER_LIST_LOADER,
    useFactory:
      (tracking: WechatWaybillTrackingService): TrackingCarrierListLoader =>
      async (appId) => {
        const client = appId === undefined ? tracking : tracking.forApp(appId);
        return (await client.getDeliveryList()).deliveryList;
      },
    inject: [WechatWaybillTrackingService],
  },
];
