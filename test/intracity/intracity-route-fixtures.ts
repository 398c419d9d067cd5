import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type WechatEmulator } from 'nestjs-wechat-logistics/testing';
import { type FamilyRouteCall } from '../support/family-routes';
import {
  gzStore,
  makeSecurityKeys,
  quoteOf,
  sandboxOrder,
  secureBothSides,
} from '../support/intracity-harness';

const INTRACITY = '/cgi-bin/express/intracity';

/** What one app holds on the emulator before the routes run: every route has something real to act on. */
export interface IntracityAppState {
  readonly wxStoreId: string;
  /** A sandbox order left as placed: read and moved. */
  readonly readOrderId: string;
  /** A sandbox order the cancel route cancels. */
  readonly cancelOrderId: string;
}

/**
 * One 同城配送 route call, made from an app's state: the demo route, the
 * status it answers, the WeChat path it must seal one request to, the
 * business fields WeChat must decrypt (a subset) and what the demo answers.
 */
export interface IntracityRouteCall extends Pick<
  FamilyRouteCall,
  | 'method'
  | 'http'
  | 'path'
  | 'documentedPath'
  | 'body'
  | 'status'
  | 'wechatPath'
> {
  /** The business fields WeChat must find in the sealed request, once opened (a subset). */
  readonly opened: Record<string, unknown>;
  /** The demo's body, from the app's state (ids the emulator made). */
  readonly answer: (state: IntracityAppState, appId: string) => unknown;
}

const ORDER_PATH = '/orders/{wxOrderId}';
/** `expect.objectContaining`, typed for these fixtures. */
const containing = (fields: Record<string, unknown>): unknown =>
  expect.objectContaining(fields) as unknown;

/** The sixteen routes as `(state, run) => call`; `run` keeps created ids unique per request. */
export function intracityRouteCalls(
  state: IntracityAppState,
  run: string,
): IntracityRouteCall[] {
  const { wxStoreId, readOrderId, cancelOrderId } = state;
  const order = sandboxOrder(wxStoreId, `IC-ROUTE-${run}`);
  const anyNumber = expect.any(Number) as unknown as number;
  return [
    {
      method: 'apply',
      http: 'POST',
      path: '/apply',
      status: 200,
      wechatPath: `${INTRACITY}/apply`,
      opened: {},
      answer: () => ({}),
    },
    {
      method: 'createStore',
      http: 'POST',
      path: '/stores',
      body: gzStore(`GZ-ROUTE-${run}`),
      status: 201,
      wechatPath: `${INTRACITY}/createstore`,
      opened: {
        out_store_id: `GZ-ROUTE-${run}`,
        store_name: '天河店',
        address_info: containing({ city: '广州市', lat: 23.125 }),
      },
      answer: (_state, appId) => ({
        wxStoreId: expect.stringMatching(/^\d+$/),
        outStoreId: `GZ-ROUTE-${run}`,
        appid: appId,
      }),
    },
    {
      method: 'queryStore',
      http: 'GET',
      path: `/stores?wxStoreId=${wxStoreId}`,
      documentedPath: '/stores',
      status: 200,
      wechatPath: `${INTRACITY}/querystore`,
      opened: { wx_store_id: wxStoreId },
      answer: () => ({
        storeList: [
          containing({
            wxStoreId,
            outStoreId: expect.any(String),
          }),
        ],
      }),
    },
    {
      method: 'updateStore',
      http: 'PUT',
      path: `/stores/${wxStoreId}`,
      documentedPath: '/stores/{wxStoreId}',
      body: { storeName: `珠江新城店 ${run}` },
      status: 200,
      wechatPath: `${INTRACITY}/updatestore`,
      opened: {
        keys: { wx_store_id: wxStoreId },
        content: { store_name: `珠江新城店 ${run}` },
      },
      answer: () => ({}),
    },
    {
      method: 'storeCharge',
      http: 'POST',
      path: '/balances/charge',
      body: { wxStoreId, serviceTransId: 'DADA', amount: 5000 },
      status: 200,
      wechatPath: `${INTRACITY}/storecharge`,
      opened: {
        wx_store_id: wxStoreId,
        service_trans_id: 'DADA',
        amount: 5000,
      },
      answer: (_state, appId) => ({
        payUrl: expect.stringContaining('/intracity-pay'),
        appid: appId,
        wxStoreId,
      }),
    },
    {
      method: 'storeRefund',
      http: 'POST',
      path: '/balances/refund',
      // SFTC: the sandbox orders are DADA's, so nothing is in flight with it.
      body: { wxStoreId, serviceTransId: 'SFTC' },
      status: 200,
      wechatPath: `${INTRACITY}/storerefund`,
      opened: { wx_store_id: wxStoreId, service_trans_id: 'SFTC' },
      answer: (_state, appId) => ({
        appid: appId,
        wxStoreId,
        refundAmount: SFTC_CREDIT,
      }),
    },
    {
      method: 'queryFlow',
      http: 'GET',
      path: `/flows?wxStoreId=${wxStoreId}&flowType=1&serviceTransId=DADA`,
      documentedPath: '/flows',
      status: 200,
      wechatPath: `${INTRACITY}/queryflow`,
      opened: {
        wx_store_id: wxStoreId,
        flow_type: 1,
        service_trans_id: 'DADA',
      },
      answer: () =>
        containing({
          flowList: expect.arrayContaining([
            containing({
              wxStoreId,
              flowType: 1,
              serviceTransId: 'DADA',
              payAmount: DADA_CREDIT,
            }),
          ]),
          totalPayAmt: anyNumber,
        }),
    },
    {
      method: 'balanceQuery',
      http: 'GET',
      path: `/balances?wxStoreId=${wxStoreId}&serviceTransId=DADA`,
      documentedPath: '/balances',
      status: 200,
      wechatPath: `${INTRACITY}/balancequery`,
      opened: { wx_store_id: wxStoreId, service_trans_id: 'DADA' },
      answer: () => containing({ wxStoreId, allBalance: anyNumber }),
    },
    {
      method: 'getPayMode',
      http: 'GET',
      path: '/pay-mode',
      status: 200,
      wechatPath: `${INTRACITY}/getpaymode`,
      opened: {},
      answer: () => containing({ payMode: 'PAY_MODE_STORE' }),
    },
    {
      method: 'setPayMode',
      http: 'PUT',
      path: '/pay-mode',
      body: { payMode: 'PAY_MODE_STORE' },
      status: 200,
      wechatPath: `${INTRACITY}/setpaymode`,
      opened: { pay_mode: 'PAY_MODE_STORE' },
      answer: () => ({}),
    },
    {
      method: 'getCity',
      http: 'GET',
      path: '/cities?serviceTransId=DADA',
      documentedPath: '/cities',
      status: 200,
      wechatPath: `${INTRACITY}/getcity`,
      opened: { service_trans_id: 'DADA' },
      answer: () =>
        containing({
          supportList: expect.arrayContaining([
            containing({ serviceTransId: 'DADA' }),
          ]),
        }),
    },
    {
      method: 'preAddIntracityOrder',
      http: 'POST',
      path: '/orders/quote',
      body: quoteOf(order),
      status: 200,
      wechatPath: `${INTRACITY}/preaddorder`,
      opened: {
        wx_store_id: wxStoreId,
        user_name: '张三',
        cargo: containing({ cargo_weight: 1500 }),
      },
      answer: () =>
        containing({
          serviceTransId: 'DADA',
          estFee: anyNumber,
        }),
    },
    {
      method: 'addIntracityOrder',
      http: 'POST',
      path: '/orders',
      body: order,
      status: 201,
      wechatPath: `${INTRACITY}/addorder`,
      opened: {
        wx_store_id: wxStoreId,
        store_order_id: `IC-ROUTE-${run}`,
        use_sandbox: 1,
      },
      answer: () =>
        containing({
          wxOrderId: expect.stringMatching(/^\d+$/),
          storeOrderId: `IC-ROUTE-${run}`,
          serviceTransId: 'DADA',
        }),
    },
    {
      method: 'queryOrder',
      http: 'GET',
      path: `/orders/${readOrderId}`,
      documentedPath: ORDER_PATH,
      status: 200,
      wechatPath: `${INTRACITY}/queryorder`,
      opened: { wx_order_id: readOrderId },
      answer: () => containing({ wxOrderId: readOrderId, wxStoreId }),
    },
    {
      method: 'cancelIntracityOrder',
      http: 'POST',
      path: `/orders/${cancelOrderId}/cancel`,
      documentedPath: `${ORDER_PATH}/cancel`,
      body: { cancelReasonId: 1 },
      status: 200,
      wechatPath: `${INTRACITY}/cancelorder`,
      opened: { wx_order_id: cancelOrderId, cancel_reason_id: 1 },
      answer: () => containing({ deductFee: 0 }),
    },
    {
      method: 'mockNotify',
      http: 'POST',
      path: `/test/orders/${readOrderId}/status`,
      documentedPath: '/test/orders/{wxOrderId}/status',
      body: { orderStatus: 30000 },
      status: 200,
      wechatPath: `${INTRACITY}/mocknotify`,
      opened: { wx_order_id: readOrderId, order_status: 30000 },
      answer: () => ({}),
    },
  ];
}

/** The top-ups each app's store starts with (fen). */
export const DADA_CREDIT = 100_000;
export const SFTC_CREDIT = 8_000;

/**
 * Both sides of API security for each app, the demo's half in key files as
 * an operator gives them (WECHAT_API_* for the default app, the extra app's
 * `apiSecurity` in WECHAT_EXTRA_APPS): returns the demo's environment.
 */
export function securedEnv(
  wechat: WechatEmulator,
  extraApp: { appId: string; appSecret: string },
): { env: Record<string, string>; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'intracity-routes-'));
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const main = makeSecurityKeys();
  const extra = makeSecurityKeys();
  secureBothSides(wechat, wechat.appId, main);
  secureBothSides(wechat, extraApp.appId, extra);
  const platform = wechat.apiSecurity.platform;
  return {
    dir,
    env: {
      WECHAT_API_AES_KEY: main.aesKey,
      WECHAT_API_AES_SN: main.aesSn,
      WECHAT_API_PRIVATE_KEY_FILE: file('main.key', main.privateKey),
      WECHAT_API_RSA_SN: main.rsaSn,
      WECHAT_API_PLATFORM_CERTS: `${platform.sn}=${file('platform.pem', platform.certificatePem)}`,
      WECHAT_EXTRA_APPS: JSON.stringify([
        {
          ...extraApp,
          apiSecurity: {
            aesKey: extra.aesKey,
            aesSn: extra.aesSn,
            privateKeyFile: file('extra.key', extra.privateKey),
            rsaSn: extra.rsaSn,
          },
        },
      ]),
    },
  };
}
