import { type EndpointDefinition } from '../core/caller/endpoint-definition';

const ORDER = '/wxa/sec/order';
const FAMOUS_BRAND = '/wxa/sec/famousbrand';

/**
 * Every endpoint of order shipping info management (发货信息管理, reference §2),
 * in the reference's order, keyed by the method name. All POST with a JSON body.
 *
 * Reads are `safeToRepeat`: after -1 (or 10060012 / 10060019, this family's
 * "system error"), a timeout or a reset they are repeated with backoff within
 * the call budget. Writes are repeated after a busy answer at most, each for
 * its own reason below.
 */
export const SHIPPING_ENDPOINTS = {
  // Never repeated, not even after -1: a payment allows ONE re-upload (重新发货,
  // §4.1), and a repeat after an attempt that landed would spend it — or, if
  // it is already spent, fail with 10060003 while the first one succeeded. The
  // client says so in the error instead: check getOrder before uploading again.
  uploadShippingInfo: {
    api: 'shipping.uploadShippingInfo',
    method: 'POST',
    path: `${ORDER}/upload_shipping_info`,
    safeToRepeat: false,
    retryBusy: false,
  },
  uploadCombinedShippingInfo: {
    api: 'shipping.uploadCombinedShippingInfo',
    method: 'POST',
    path: `${ORDER}/upload_combined_shipping_info`,
    safeToRepeat: false,
    retryBusy: false,
  },
  getOrder: {
    api: 'shipping.getOrder',
    method: 'POST',
    path: `${ORDER}/get_order`,
    safeToRepeat: true,
  },
  getOrderList: {
    api: 'shipping.getOrderList',
    method: 'POST',
    path: `${ORDER}/get_order_list`,
    safeToRepeat: true,
  },
  // Once per payment. Retried after a busy answer only: if the attempt that
  // answered -1 did remind the buyer, the retry answers 10060030 ("reminder
  // already used"), which is what the caller asked for, so that is success.
  notifyConfirmReceive: {
    api: 'shipping.notifyConfirmReceive',
    method: 'POST',
    path: `${ORDER}/notify_confirm_receive`,
    safeToRepeat: false,
    doneOnRetryErrcodes: new Set([10060030]),
  },
  // Sets the app's path: a repeat after a -1 that acted leaves the same path.
  // Timeouts are not retried, as for the logistics assistant's setters.
  setMsgJumpPath: {
    api: 'shipping.setMsgJumpPath',
    method: 'POST',
    path: `${ORDER}/set_msg_jump_path`,
    safeToRepeat: false,
  },
  // Reads for all their POST: they only report the app's enrolment.
  isTradeManaged: {
    api: 'shipping.isTradeManaged',
    method: 'POST',
    path: `${ORDER}/is_trade_managed`,
    safeToRepeat: true,
  },
  isTradeManagementConfirmationCompleted: {
    api: 'shipping.isTradeManagementConfirmationCompleted',
    method: 'POST',
    path: `${ORDER}/is_trade_management_confirmation_completed`,
    safeToRepeat: true,
  },
  // Marks a payment pre-sale or test: a repeat after a -1 that acted marks it
  // the same way. WeChat documents no answer for a second report, so timeouts
  // are not retried.
  opSpecialOrder: {
    api: 'shipping.opSpecialOrder',
    method: 'POST',
    path: `${ORDER}/opspecialorder`,
    safeToRepeat: false,
  },
  // Never repeated: an application is reviewed by people, and what a second
  // one does to the first is not documented (10210002 "state error" at best).
  famousBrandApply: {
    api: 'shipping.famousBrandApply',
    method: 'POST',
    path: `${FAMOUS_BRAND}/apply`,
    safeToRepeat: false,
    retryBusy: false,
  },
  // No body fields; `{}` is sent, as SKIT does (reference §1.1).
  getFamousBrandApplyStatus: {
    api: 'shipping.getFamousBrandApplyStatus',
    method: 'POST',
    path: `${FAMOUS_BRAND}/get_status`,
    safeToRepeat: true,
  },
  // One application per account. Retried after a busy answer only: if the
  // attempt that answered -1 did apply, the retry answers 268486048 ("already
  // applied"), which is the caller's application, so that is success.
  setWxaTradeType: {
    api: 'shipping.setWxaTradeType',
    method: 'POST',
    path: `${ORDER}/setwxatradetypecgi`,
    safeToRepeat: false,
    doneOnRetryErrcodes: new Set([268486048]),
  },
} as const satisfies Record<string, EndpointDefinition>;
