import { type EndpointDefinition } from '../core/caller/endpoint-definition';

const BUSINESS = '/cgi-bin/express/business';

/**
 * Every merchant endpoint of the logistics assistant, keyed by its cloud-call name.
 *
 * Reads are `safeToRepeat`: after -1, a timeout or a reset they are repeated
 * with backoff within the call budget, since repeating them changes nothing.
 * Writes are repeated after -1 at most, each for its own reason below.
 */
export const ENDPOINTS = {
  // Never repeated, not even after -1: a repeat after WeChat created the order
  // books a second parcel. AddOrderReconciler asks getOrder instead.
  addOrder: {
    api: 'logistics.addOrder',
    method: 'POST',
    path: `${BUSINESS}/order/add`,
    safeToRepeat: false,
    retryBusy: false,
  },
  batchGetOrder: {
    api: 'logistics.batchGetOrder',
    method: 'POST',
    path: `${BUSINESS}/order/batchget`,
    safeToRepeat: true,
  },
  cancelOrder: {
    api: 'logistics.cancelOrder',
    method: 'POST',
    path: `${BUSINESS}/order/cancel`,
    // A cancel is retried after -1 only. If the attempt that answered -1 did
    // cancel the order, the retry answers 9300524 ("already cancelled"): the
    // order is cancelled, which is what the caller asked for, so that is success.
    // Timeouts and resets are not retried: they surface as 504 / 502 and the
    // caller decides (getOrder tells the order's state).
    safeToRepeat: false,
    doneOnRetryErrcodes: new Set([9300524]),
  },
  getOrder: {
    api: 'logistics.getOrder',
    method: 'POST',
    path: `${BUSINESS}/order/get`,
    safeToRepeat: true,
  },
  getPath: {
    api: 'logistics.getPath',
    method: 'POST',
    path: `${BUSINESS}/path/get`,
    safeToRepeat: true,
  },
  // GET, as WeChat's current docs and WxJava, SKIT and MZ do (the 2019 docs and
  // EasyWeChat used POST). Same for getAllAccount and getPrinter.
  // 'supported': the three are marked 支持加密请求 (api-security.md §5), but a
  // GET has no body to seal, so they go plain unless `apiSecurity.apis` makes
  // them 'required' (then sealed and sent as POST).
  getAllDelivery: {
    api: 'logistics.getAllDelivery',
    method: 'GET',
    path: `${BUSINESS}/delivery/getall`,
    safeToRepeat: true,
    apiSecurity: 'supported',
  },
  // `/account/`, as WeChat's docs, WxJava, MZ and SKIT; PowerWeChat's
  // `/accountService/` is found nowhere in WeChat's docs. Same for bindAccount.
  getAllAccount: {
    api: 'logistics.getAllAccount',
    method: 'GET',
    path: `${BUSINESS}/account/getall`,
    safeToRepeat: true,
    apiSecurity: 'supported',
  },
  bindAccount: {
    api: 'logistics.bindAccount',
    method: 'POST',
    path: `${BUSINESS}/account/bind`,
    // Retried after -1 only. If the attempt that answered -1 did (un)bind, the
    // retry answers 9300529 ("already bound") or 9300530 ("nothing to unbind"):
    // the account is in the state the caller asked for, so that is success.
    safeToRepeat: false,
    doneOnRetryErrcodes: new Set([9300529, 9300530]),
  },
  getPrinter: {
    api: 'logistics.getPrinter',
    method: 'GET',
    path: `${BUSINESS}/printer/getall`,
    safeToRepeat: true,
    apiSecurity: 'supported',
  },
  // Retried after -1 only: (un)binding an openid sets a state, so a repeat after
  // a -1 that did act leaves the same state. Timeouts are not retried because
  // WeChat documents no answer for binding an openid twice.
  updatePrinter: {
    api: 'logistics.updatePrinter',
    method: 'POST',
    path: `${BUSINESS}/printer/update`,
    safeToRepeat: false,
  },
  // A read for all its POST: it only reports the account's balance.
  getQuota: {
    api: 'logistics.getQuota',
    method: 'POST',
    path: `${BUSINESS}/quota/get`,
    safeToRepeat: true,
  },
  // Never repeated: each call appends a track node and fires a push, so a repeat
  // after a -1 that did act leaves a duplicate node in the sandbox order. A
  // sandbox test can simply call again.
  testUpdateOrder: {
    api: 'logistics.testUpdateOrder',
    method: 'POST',
    path: `${BUSINESS}/test_update_order`,
    safeToRepeat: false,
    retryBusy: false,
  },
} as const satisfies Record<string, EndpointDefinition>;
