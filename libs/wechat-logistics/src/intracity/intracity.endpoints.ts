import { type EndpointDefinition } from '../core/caller/endpoint-definition';

const BASE = '/cgi-bin/express/intracity';

/**
 * Every call but `apply` is encrypted and signed: WeChat answers a plain one
 * 934011 (intracity.md §1), so an app without `apiSecurity` fails before
 * anything is sent.
 */
const SECURED = { apiSecurity: 'required' } as const;

/** A read: repeated after -1, a timeout or a reset; it changes nothing. */
const READ = { ...SECURED, safeToRepeat: true } as const;

/**
 * Sent once, never repeated, not even after -1 (WeChat may act before it
 * answers -1 or 934999), because a repeat cannot say what the first did:
 * - addorder: the same `store_order_id` answers 934002 ("already exists")
 *   without the fee, the carrier or `wx_order_id`, and a 934002 cannot tell
 *   our lost attempt from an earlier order that reused the id; queryorder
 *   with wxStoreId + storeOrderId tells (the advice says so, §6, §8);
 * - createstore: a repeat answers 934010 without `wx_store_id`; querystore
 *   with the outStoreId tells;
 * - storerefund: a repeat refunds the (now empty) balance and reports 0;
 *   balancequery / queryflow tell;
 * - cancelorder: a repeat answers 934018 without the `deductfee` the first
 *   charged; queryorder tells.
 */
const SENT_ONCE = {
  ...SECURED,
  safeToRepeat: false,
  retryBusy: false,
} as const;

/**
 * Every endpoint of 同城配送 (intracity.md §2), keyed by the method name. All
 * POST with a JSON body (`{}` for the bodiless ones).
 */
export const INTRACITY_ENDPOINTS = {
  // Opens the store feature; documented plain, signed by SKIT and refused
  // plain for one user (§1, conflict): signed when the app has apiSecurity.
  // Retried after -1 only: opening twice leaves it open.
  apply: {
    api: 'intracity.apply',
    method: 'POST',
    path: `${BASE}/apply`,
    apiSecurity: 'supported',
    safeToRepeat: false,
  },
  createStore: {
    api: 'intracity.createStore',
    method: 'POST',
    path: `${BASE}/createstore`,
    ...SENT_ONCE,
  },
  queryStore: {
    api: 'intracity.queryStore',
    method: 'POST',
    path: `${BASE}/querystore`,
    ...READ,
  },
  // Sets the given fields to the given values. Retried after -1 only: a
  // timeout is not repeated blindly, where a later update may have landed.
  updateStore: {
    api: 'intracity.updateStore',
    method: 'POST',
    path: `${BASE}/updatestore`,
    ...SECURED,
    safeToRepeat: false,
  },
  // Issues a 服务市场 payment page; no money moves until the merchant pays
  // there. A repeat only issues another page: repeated like a read.
  storeCharge: {
    api: 'intracity.storeCharge',
    method: 'POST',
    path: `${BASE}/storecharge`,
    ...READ,
  },
  storeRefund: {
    api: 'intracity.storeRefund',
    method: 'POST',
    path: `${BASE}/storerefund`,
    ...SENT_ONCE,
  },
  queryFlow: {
    api: 'intracity.queryFlow',
    method: 'POST',
    path: `${BASE}/queryflow`,
    ...READ,
  },
  balanceQuery: {
    api: 'intracity.balanceQuery',
    method: 'POST',
    path: `${BASE}/balancequery`,
    ...READ,
  },
  // Starts a change the admin confirms (a template message). Retried after
  // -1 only: a repeat that lands sends the admin the message again, harmless.
  setPayMode: {
    api: 'intracity.setPayMode',
    method: 'POST',
    path: `${BASE}/setpaymode`,
    ...SECURED,
    safeToRepeat: false,
  },
  getPayMode: {
    api: 'intracity.getPayMode',
    method: 'POST',
    path: `${BASE}/getpaymode`,
    ...READ,
  },
  getCity: {
    api: 'intracity.getCity',
    method: 'POST',
    path: `${BASE}/getcity`,
    ...READ,
  },
  // A quote: places nothing.
  preAddOrder: {
    api: 'intracity.preAddOrder',
    method: 'POST',
    path: `${BASE}/preaddorder`,
    ...READ,
  },
  addOrder: {
    api: 'intracity.addOrder',
    method: 'POST',
    path: `${BASE}/addorder`,
    ...SENT_ONCE,
  },
  queryOrder: {
    api: 'intracity.queryOrder',
    method: 'POST',
    path: `${BASE}/queryorder`,
    ...READ,
  },
  cancelOrder: {
    api: 'intracity.cancelOrder',
    method: 'POST',
    path: `${BASE}/cancelorder`,
    ...SENT_ONCE,
  },
  // Sandbox: sets a test order's status and makes WeChat call back. Retried
  // after -1 only: a repeat sets the same status; the callback it causes
  // carries the same (wx_order_id, order_status) and is told apart by the
  // receiver's dedupe key.
  mockNotify: {
    api: 'intracity.mockNotify',
    method: 'POST',
    path: `${BASE}/mocknotify`,
    ...SECURED,
    safeToRepeat: false,
  },
} as const satisfies Record<string, EndpointDefinition>;
