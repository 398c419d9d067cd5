import { type RouteHandler } from '../../http/emulator-route';
import { jsonReply } from '../../http/wechat-reply';
import { TRACKING_CARRIERS } from '../state/tracking-delivery-list';

/**
 * POST …/open_msg/get_delivery_list (reference §4.4): the carrier list, with
 * `count`; like WeChat's example, no `errmsg`. Counted in no quota (it
 * belongs to neither component; the reference names none for it).
 */
export const getDeliveryListHandler: RouteHandler = () =>
  jsonReply({
    errcode: 0,
    delivery_list: TRACKING_CARRIERS.map((carrier) => ({
      delivery_id: carrier.deliveryId,
      delivery_name: carrier.deliveryName,
    })),
    count: TRACKING_CARRIERS.length,
  });
