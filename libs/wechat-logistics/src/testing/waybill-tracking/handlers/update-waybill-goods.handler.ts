import { type RouteHandler } from '../../http/emulator-route';
import { okReply } from '../../http/wechat-reply';
import { type TrackingComponent } from '../state/tracking-records';
import { trackingError } from '../tracking-errmsgs';
import { readGoods } from './goods-info';
import {
  componentRefusal,
  openidRefusal,
  registrationOf,
} from './tracking-caller';

/**
 * POST …/open_msg/update_waybill_goods (`query`) and
 * update_follow_waybill_goods (`msg`), reference §4.3, §4.7: replaces the
 * goods of the token's waybill, up to the update limit (9300560); the goods
 * rules are the registration's.
 */
export function updateWaybillGoodsHandler(
  component: TrackingComponent,
): RouteHandler {
  return ({ body }, state) => {
    const { tracking } = state;
    const refusal =
      componentRefusal(state, component) ??
      openidRefusal(state, body['openid'], false);
    if (refusal !== undefined) return trackingError(refusal);
    const registration = registrationOf(
      tracking,
      component,
      body['waybill_token'],
    );
    if (typeof registration === 'number') return trackingError(registration);
    const goods = readGoods(body['goods_info']);
    if (typeof goods === 'number') return trackingError(goods);
    const openid =
      typeof body['openid'] === 'string' ? body['openid'] : registration.openid;
    if (!tracking.takeCall(component, openid)) return trackingError(9300513);
    if (!tracking.updateGoods(registration, goods))
      return trackingError(9300560);
    return okReply();
  };
}
