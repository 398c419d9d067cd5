import {
  type RouteDefinition,
  type RouteHandler,
} from '../http/emulator-route';
import { pluginApplyHandler } from '../third-party/plugin-apply.handler';
import { getDeliveryListHandler } from './handlers/get-delivery-list.handler';
import { queryTraceHandler } from './handlers/query-trace.handler';
import { registerWaybillHandler } from './handlers/register-waybill.handler';
import { updateWaybillGoodsHandler } from './handlers/update-waybill-goods.handler';

const OPEN_MSG = '/cgi-bin/express/delivery/open_msg';

/**
 * 物流服务's paths (waybill-tracking-and-returns.md §2), named like the
 * client's methods. `getDeliveryList` is `getTrackingDeliveryList` here:
 * WECHAT_PATHS (which spreads this object) names the logistics assistant's
 * carrier list `getAllDelivery`, and a plain name would read as that one.
 */
export const TRACKING_PATHS = {
  traceWaybill: `${OPEN_MSG}/trace_waybill`,
  queryTrace: `${OPEN_MSG}/query_trace`,
  updateWaybillGoods: `${OPEN_MSG}/update_waybill_goods`,
  getTrackingDeliveryList: `${OPEN_MSG}/get_delivery_list`,
  followWaybill: `${OPEN_MSG}/follow_waybill`,
  queryFollowTrace: `${OPEN_MSG}/query_follow_trace`,
  updateFollowWaybillGoods: `${OPEN_MSG}/update_follow_waybill_goods`,
  applyMsgPlugin: `${OPEN_MSG}/open_openmsg`,
  applyQueryPlugin: `${OPEN_MSG}/open_query_plugin`,
} as const;

const post = (handler: RouteHandler): RouteDefinition => ({
  methods: ['POST'],
  auth: 'access-token',
  body: 'json',
  handler,
});

/**
 * 物流服务's rows of the route table: one per endpoint. The router answers
 * GET with 43002 and an empty or non-JSON body with 44002 / 47001, as for
 * every family (§7.2 suggests 40003 / 40066 for open_msg, after community
 * reports; the library always sends a JSON body, so those never reach it).
 */
export function trackingRoutes(): [string, RouteDefinition][] {
  const P = TRACKING_PATHS;
  return [
    [P.traceWaybill, post(registerWaybillHandler('query'))],
    [P.queryTrace, post(queryTraceHandler('query'))],
    [P.updateWaybillGoods, post(updateWaybillGoodsHandler('query'))],
    [P.getTrackingDeliveryList, post(getDeliveryListHandler)],
    [P.followWaybill, post(registerWaybillHandler('msg'))],
    [P.queryFollowTrace, post(queryTraceHandler('msg'))],
    [P.updateFollowWaybillGoods, post(updateWaybillGoodsHandler('msg'))],
    [P.applyMsgPlugin, post(pluginApplyHandler('msg'))],
    [P.applyQueryPlugin, post(pluginApplyHandler('query'))],
  ];
}
