import { type EmulatedCarrier } from '../state/carrier-registry';
import { type RouteHandler } from '../../http/emulator-route';
import { jsonReply } from '../../http/wechat-reply';
import { serviceTypeList } from './service-type-list';

/**
 * GET (or POST, §12.1) /cgi-bin/express/business/delivery/getall (§3). The
 * official example has no errcode on success, so neither does this. The TEST
 * sandbox carrier is listed too, so a sandbox client can discover it.
 */
export const getAllDeliveryHandler: RouteHandler = (_request, { carriers }) => {
  const data = carriers.list().map(deliveryItem);
  return jsonReply({ count: data.length, data });
};

function deliveryItem(carrier: EmulatedCarrier): Record<string, unknown> {
  return {
    delivery_id: carrier.deliveryId,
    delivery_name: carrier.deliveryName,
    can_use_cash: carrier.canUseCash ? 1 : 0,
    can_get_quota: carrier.canGetQuota ? 1 : 0,
    cash_biz_id: carrier.cashBizId,
    service_type: serviceTypeList(carrier.serviceTypes),
  };
}
