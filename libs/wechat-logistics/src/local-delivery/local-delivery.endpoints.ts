import { type EndpointDefinition } from '../core/caller/endpoint-definition';

const BASE = '/cgi-bin/express/local/business';

/** A read: repeated after -1, a timeout or a reset; it changes nothing. */
const READ = { safeToRepeat: true } as const;

/**
 * Sent once, never repeated, not even after -1 (WeChat may answer -1 or
 * 930555 after acting): add and readd would place a second rider request or
 * answer 930562 without the waybill; addtips would be refused by the
 * carrier's "each tip must rise" rule (and SFTC counts calls); cancel would
 * answer 930565 without the deduct fee. After an unknown outcome getOrder
 * tells what happened; the error says so.
 */
const SENT_ONCE = { safeToRepeat: false, retryBusy: false } as const;

/**
 * Every endpoint of 即时配送 (local-delivery.md §2), keyed by the method name.
 * All POST with a JSON body (`{}` for the bodiless ones).
 */
export const LOCAL_DELIVERY_ENDPOINTS = {
  getAllImmeDelivery: {
    api: 'localDelivery.getAllImmeDelivery',
    method: 'POST',
    path: `${BASE}/delivery/getall`,
    ...READ,
  },
  getBindAccount: {
    api: 'localDelivery.getBindAccount',
    method: 'POST',
    path: `${BASE}/shop/get`,
    ...READ,
  },
  // Starts a bind flow (a template message to the admin). Retried after -1
  // only: a repeat that lands sends the admin the message once more, which
  // is harmless. Timeouts are not retried.
  bindAccount: {
    api: 'localDelivery.bindAccount',
    method: 'POST',
    path: `${BASE}/shop/add`,
    safeToRepeat: false,
  },
  // Retried after -1 only: if the attempt that answered -1 did open, the
  // repeat answers 930569 ("already opened"), which is what was asked: success.
  openDelivery: {
    api: 'localDelivery.openDelivery',
    method: 'POST',
    path: `${BASE}/open`,
    safeToRepeat: false,
    doneOnRetryErrcodes: new Set([930569]),
  },
  // A quote: places nothing (a DADA quote's delivery_token is just issued again).
  preAddOrder: {
    api: 'localDelivery.preAddOrder',
    method: 'POST',
    path: `${BASE}/order/pre_add`,
    ...READ,
  },
  addOrder: {
    api: 'localDelivery.addOrder',
    method: 'POST',
    path: `${BASE}/order/add`,
    ...SENT_ONCE,
  },
  reOrder: {
    api: 'localDelivery.reOrder',
    method: 'POST',
    path: `${BASE}/order/readd`,
    ...SENT_ONCE,
  },
  addTip: {
    api: 'localDelivery.addTip',
    method: 'POST',
    path: `${BASE}/order/addtips`,
    ...SENT_ONCE,
  },
  getOrder: {
    api: 'localDelivery.getOrder',
    method: 'POST',
    path: `${BASE}/order/get`,
    ...READ,
  },
  // A preview of the cancel fee: cancels nothing.
  preCancelOrder: {
    api: 'localDelivery.preCancelOrder',
    method: 'POST',
    path: `${BASE}/order/precancel`,
    ...READ,
  },
  cancelOrder: {
    api: 'localDelivery.cancelOrder',
    method: 'POST',
    path: `${BASE}/order/cancel`,
    ...SENT_ONCE,
  },
  // Retried after -1 only: a confirm moves a returning order (303–305) to
  // 401, final; a repeat after one that landed answers 930565 ("order
  // finished"), which then means it was done.
  abnormalConfirm: {
    api: 'localDelivery.abnormalConfirm',
    method: 'POST',
    path: `${BASE}/order/confirm_return`,
    safeToRepeat: false,
    doneOnRetryErrcodes: new Set([930565]),
  },
  // Sandbox moves. Retried after -1 only: a repeat sets the same status with
  // the same action time, and the push it causes has the same dedupe key.
  mockUpdateOrder: {
    api: 'localDelivery.mockUpdateOrder',
    method: 'POST',
    path: `${BASE}/test_update_order`,
    safeToRepeat: false,
  },
  realMockUpdateOrder: {
    api: 'localDelivery.realMockUpdateOrder',
    method: 'POST',
    path: `${BASE}/realmock_update_order`,
    safeToRepeat: false,
  },
} as const satisfies Record<string, EndpointDefinition>;
