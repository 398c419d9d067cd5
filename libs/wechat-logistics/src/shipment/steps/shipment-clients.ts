import { type WechatLogisticsClient } from '../../logistics/wechat-logistics.client';
import { type WechatShippingClient } from '../../shipping/wechat-shipping.client';
import { type WechatWaybillTrackingClient } from '../../waybill-tracking/wechat-waybill-tracking.client';

/** One mini program's clients of the three families a shipment calls. */
export interface ShipmentClients {
  readonly logistics: WechatLogisticsClient;
  readonly shipping: WechatShippingClient;
  readonly tracking: WechatWaybillTrackingClient;
}
