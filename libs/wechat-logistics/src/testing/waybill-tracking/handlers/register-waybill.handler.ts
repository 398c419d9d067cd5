import { type RouteHandler } from '../../http/emulator-route';
import { isNonEmptyString, isOptionalString } from '../../http/json-values';
import { okReply } from '../../http/wechat-reply';
import { trackingError } from '../tracking-errmsgs';
import { type TrackingComponent } from '../state/tracking-records';
import { readGoods } from './goods-info';
import { componentRefusal, openidRefusal } from './tracking-caller';

/**
 * POST …/open_msg/trace_waybill (`query`) and follow_waybill (`msg`),
 * reference §4.1, §4.5, §7.2. In WeChat's order as far as it shows: the
 * component, the openid (40003, 9300534), the body's shape (9300507 for an
 * incomplete one, -1 for > 10 goods, 9300561 for an image URL), the daily
 * quotas (9300513), the waybill (931023), the buyer's 100 followed waybills
 * (9300513); then a new token — a waybill registered again keeps its first
 * buyer and goods.
 */
export function registerWaybillHandler(
  component: TrackingComponent,
): RouteHandler {
  return ({ body }, state) => {
    const { tracking } = state;
    const refusal =
      componentRefusal(state, component) ??
      openidRefusal(state, body['openid'], true);
    if (refusal !== undefined) return trackingError(refusal);
    const openid = body['openid'] as string;
    const { waybill_id: waybillId, delivery_id: deliveryId } = body;
    if (
      !isNonEmptyString(waybillId) ||
      !isNonEmptyString(body['receiver_phone']) ||
      !isOptionalString(deliveryId) ||
      !isOptionalString(body['sender_phone']) ||
      !isOptionalString(body['trans_id']) ||
      !isOptionalString(body['order_detail_path'])
    )
      return trackingError(9300507);
    const goods = readGoods(body['goods_info']);
    if (typeof goods === 'number') return trackingError(goods);
    if (!tracking.takeCall(component, openid)) return trackingError(9300513);
    const named = isNonEmptyString(deliveryId) ? deliveryId : undefined;
    const notFound = tracking.lookUp(waybillId, named);
    if (notFound !== undefined) return trackingError(notFound);
    if (component === 'msg' && tracking.followWouldExceed(openid, waybillId))
      return trackingError(9300513);
    const token = tracking.register(component, {
      waybillId,
      openid,
      deliveryId: named,
      goods,
    });
    return okReply({ waybill_token: token });
  };
}
