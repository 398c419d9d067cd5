import { type EndpointDefinition } from '../core/caller/endpoint-definition';

const OPEN_MSG = '/cgi-bin/express/delivery/open_msg';

/**
 * Every endpoint of 物流服务 (the query and message components, reference
 * §2), keyed by the method name. All POST with a JSON body.
 *
 * Reads and registrations are `safeToRepeat`; goods updates are never
 * repeated; the apply calls are repeated when a repeat can only confirm
 * them. Each for its reason below.
 */
export const WAYBILL_TRACKING_ENDPOINTS = {
  // Registering a waybill that is already registered answers a NEW token and
  // keeps what the first registration stored (its goods, its buyer; §4.1).
  // So a repeat after a timeout or -1 can only hand the caller a second token
  // for the same waybill — every token stays usable (staff: tokens are stored
  // and reused) — at the cost of one call of the buyer's daily quota.
  // Failing the call instead would leave the merchant with no token at all.
  traceWaybill: {
    api: 'tracking.traceWaybill',
    method: 'POST',
    path: `${OPEN_MSG}/trace_waybill`,
    safeToRepeat: true,
  },
  queryTrace: {
    api: 'tracking.queryTrace',
    method: 'POST',
    path: `${OPEN_MSG}/query_trace`,
    safeToRepeat: true,
  },
  // Never repeated, not even after -1: every update counts toward WeChat's
  // cap on goods changes (9300560, value undocumented), so a repeat of an
  // update that did land burns one more. The client says so in the error:
  // read the goods back with queryTrace before updating again.
  updateWaybillGoods: {
    api: 'tracking.updateWaybillGoods',
    method: 'POST',
    path: `${OPEN_MSG}/update_waybill_goods`,
    safeToRepeat: false,
    retryBusy: false,
  },
  // A read, shared by both components; `{}` is sent (WXJ's empty string was a bug, §4.4).
  getDeliveryList: {
    api: 'tracking.getDeliveryList',
    method: 'POST',
    path: `${OPEN_MSG}/get_delivery_list`,
    safeToRepeat: true,
  },
  // As traceWaybill: a repeat registers the same waybill for the same buyer
  // again. WeChat notifies per waybill transition (inference: nothing says a
  // second registration doubles the messages).
  followWaybill: {
    api: 'tracking.followWaybill',
    method: 'POST',
    path: `${OPEN_MSG}/follow_waybill`,
    safeToRepeat: true,
  },
  queryFollowTrace: {
    api: 'tracking.queryFollowTrace',
    method: 'POST',
    path: `${OPEN_MSG}/query_follow_trace`,
    safeToRepeat: true,
  },
  // As updateWaybillGoods: the same 9300560 cap.
  updateFollowWaybillGoods: {
    api: 'tracking.updateFollowWaybillGoods',
    method: 'POST',
    path: `${OPEN_MSG}/update_follow_waybill_goods`,
    safeToRepeat: false,
    retryBusy: false,
  },
  // Third-party platforms only (authorizer token). One application per
  // component: if the attempt whose outcome is unknown did apply, the repeat
  // answers 933003 ("already enabled"), which is what the caller asked for,
  // so that is success; a repeat of one that did not land simply applies.
  applyMsgPlugin: {
    api: 'tracking.applyMsgPlugin',
    method: 'POST',
    path: `${OPEN_MSG}/open_openmsg`,
    safeToRepeat: true,
    doneOnRetryErrcodes: new Set([933003]),
  },
  applyQueryPlugin: {
    api: 'tracking.applyQueryPlugin',
    method: 'POST',
    path: `${OPEN_MSG}/open_query_plugin`,
    safeToRepeat: true,
    doneOnRetryErrcodes: new Set([933003]),
  },
} as const satisfies Record<string, EndpointDefinition>;
