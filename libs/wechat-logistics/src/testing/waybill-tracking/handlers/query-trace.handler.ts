import { type RouteHandler } from '../../http/emulator-route';
import { okReply } from '../../http/wechat-reply';
import { trackingCarrier } from '../state/tracking-delivery-list';
import { type TrackingComponent } from '../state/tracking-records';
import { trackingError } from '../tracking-errmsgs';
import {
  componentRefusal,
  openidRefusal,
  registrationOf,
} from './tracking-caller';

/**
 * POST …/open_msg/query_trace (`query`) and query_follow_trace (`msg`),
 * reference §4.2, §4.6: the waybill's current status and id (`waybill_id`,
 * never a token, §4.12), the goods as last set, and `delivery_info` once the
 * carrier is known (a seed's code, or the one a registration named).
 */
export function queryTraceHandler(component: TrackingComponent): RouteHandler {
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
    const openid =
      typeof body['openid'] === 'string' ? body['openid'] : registration.openid;
    if (!tracking.takeCall(component, openid)) return trackingError(9300513);
    const deliveryId = tracking.deliveryIdOf(registration.waybillId);
    const carrier =
      deliveryId === undefined ? undefined : trackingCarrier(deliveryId);
    return okReply({
      waybill_info: {
        status: tracking.status(registration.waybillId) ?? 0,
        waybill_id: registration.waybillId,
      },
      shop_info: { goods_info: { detail_list: registration.goods } },
      ...(deliveryId === undefined
        ? {}
        : {
            delivery_info: {
              delivery_id: deliveryId,
              ...(carrier ? { delivery_name: carrier.deliveryName } : {}),
            },
          }),
    });
  };
}
