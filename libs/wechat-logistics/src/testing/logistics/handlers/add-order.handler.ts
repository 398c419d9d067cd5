import { type EmulatedCarrier } from '../state/carrier-registry';
import { SANDBOX_DELIVERY_ID } from '../../../logistics/enums/sandbox.constants';
import { type CarrierRefusal } from '../state/emulated-order';
import {
  type EmulatorState,
  type RouteHandler,
} from '../../http/emulator-route';
import { errorReply, jsonReply } from '../../http/wechat-reply';
import { exceedsByteLimits } from './add-order-limits';
import { type AddOrderRequest, readAddOrderRequest } from './add-order-shape';
import { isValidShop, WX_APPID_FORMAT } from './add-order-shop';

/** What a carrier answers when the merchant's password is wrong (§6.1's own example). */
export const WRONG_PASSWORD_REFUSAL: CarrierRefusal = {
  resultcode: 10002,
  resultmsg: '客户密码不正确',
};
/** What a carrier answers when the account has no e-waybills left (§6.1 code 20007). */
export const NO_QUOTA_REFUSAL: CarrierRefusal = {
  resultcode: 20007,
  resultmsg: '商家余额不足',
};

/**
 * POST /cgi-bin/express/business/order/add (§6.1). WeChat's own checks run
 * first, from the body's shape to the merchant's state; the carrier is asked
 * only when WeChat has nothing to object to, and its refusal is a 9300501.
 * Success is bare `{order_id, waybill_id, waybill_data}` (no errcode).
 */
export const addOrderHandler: RouteHandler = ({ body }, state) => {
  const request = readAddOrderRequest(body);
  if (!request) return errorReply(930561);
  if (exceedsByteLimits(body)) return errorReply(9300526);
  const carrier = state.carriers.get(request.deliveryId);
  if (!carrier) return errorReply(9300503);
  if (carrier.deliveryId === SANDBOX_DELIVERY_ID && !state.sandbox.take()) {
    return errorReply(930564);
  }
  if (
    !carrier.serviceTypes.some((s) => s.serviceType === request.serviceType)
  ) {
    return errorReply(9300510);
  }
  if (request.addSource === 2 && !WX_APPID_FORMAT.test(request.wxAppid ?? '')) {
    return errorReply(9300536);
  }
  if (!isValidShop(body['shop'])) return errorReply(9300535);
  const cash = carrier.canUseCash && request.bizId === carrier.cashBizId;
  if (!cash && !state.accounts.isBound(carrier.deliveryId, request.bizId)) {
    return errorReply(9300525);
  }
  // WeChat's real code for a reused order_id is not documented (§6.1): WXJ's
  // "order id has been used" fits best, and it applies even to a cancelled
  // order or a retry with the same carrier, so no waybill is ever issued twice.
  if (state.orders.get(request.orderId)) return errorReply(9300508);

  const refusal = carrierRefusal(request, carrier, cash, state);
  if (refusal) {
    return errorReply(9300501, {
      delivery_resultcode: refusal.resultcode,
      delivery_resultmsg: refusal.resultmsg,
    });
  }
  const order = state.orders.seed({
    orderId: request.orderId,
    deliveryId: carrier.deliveryId,
    bizId: request.bizId,
    openid: request.openid,
    requestBody: { ...body },
  });
  return jsonReply({
    order_id: order.orderId,
    waybill_id: order.waybillId,
    waybill_data: order.waybillData,
  });
};

/**
 * The carrier's answer, in the order a carrier would look: a refusal a test
 * queued, the account's password, then its e-waybill balance (used up only
 * on success, and never for cash orders, which have no account).
 */
function carrierRefusal(
  request: AddOrderRequest,
  carrier: EmulatedCarrier,
  cash: boolean,
  { orders, accounts }: EmulatorState,
): CarrierRefusal | undefined {
  const queued = orders.takeAddRefusal();
  if (queued) return queued;
  if (cash) return undefined;
  if (accounts.isPasswordRejected(request.bizId)) return WRONG_PASSWORD_REFUSAL;
  if (!accounts.consumeQuota(carrier.deliveryId, request.bizId)) {
    return NO_QUOTA_REFUSAL;
  }
  return undefined;
}
