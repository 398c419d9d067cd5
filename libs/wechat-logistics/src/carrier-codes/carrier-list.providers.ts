/**
 * Where 物流服务's carrier list (`get_delivery_list`) comes from, for
 * `WechatCarrierCodeService`. The family's client (`WechatWaybillTrackingService
 * .getDeliveryList()`) owns that endpoint; until it is wired here the loader
 * refuses with an error saying so. Wiring (one provider, nothing else changes):
 *
 *   useFactory: (tracking: WechatWaybillTrackingService): TrackingCarrierListLoader =>
 *     async (appId) =>
 *       (await (appId === undefined ? tracking : tracking.forApp(appId)).getDeliveryList())
 *         .<the result's list, as { deliveryId, deliveryName }[]>,
 *   inject: [WechatWaybillTrackingService],
 */
import { type Provider } from '@nestjs/common';
import { type TrackingCarrierListLoader } from './carrier-list-entry';

/** Injection token of the {@link TrackingCarrierListLoader}. */
export const TRACKING_CARRIER_LIST_LOADER = Symbol(
  'TRACKING_CARRIER_LIST_LOADER',
);

export const carrierListProviders: Provider[] = [
  {
    provide: TRACKING_CARRIER_LIST_LOADER,
    useFactory: (): TrackingCarrierListLoader => () =>
      Promise.reject(
        new Error(
          "物流服务's carrier list (get_delivery_list) is not wired to its client yet: see carrier-list.providers.ts",
        ),
      ),
  },
];
