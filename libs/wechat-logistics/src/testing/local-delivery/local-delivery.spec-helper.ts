// Shared fixtures of the 即时配送 emulator specs. Named `-spec.ts` on purpose:
// the library build skips it and Jest does not run it.
import { createHash } from 'node:crypto';
import { businessApi } from '../emulator-http.spec-helper';
import { type WechatEmulator } from '../wechat-emulator';
import { LOCAL_DELIVERY_PATHS } from './local-delivery.routes';

export const SANDBOX = { shopid: 'test_shop_id', secret: 'test_app_secrect' };
export const BUYER = 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o';

/** Computed here, not with the emulator's helper, so the specs check its sign independently. */
export const sha1 = (text: string) =>
  createHash('sha1').update(text, 'utf8').digest('hex');

export type LocalPath = keyof typeof LOCAL_DELIVERY_PATHS;

export interface LocalApi {
  post(path: LocalPath, body: unknown): Promise<Record<string, unknown>>;
}

/** Calls 即时配送 paths with the app's own stable token. */
export async function localApi(wechat: WechatEmulator): Promise<LocalApi> {
  const api = await businessApi(wechat);
  return { post: (path, body) => api.post(LOCAL_DELIVERY_PATHS[path], body) };
}

const STORE = { lng: 113.324, lat: 23.125 };

/** A point `dLat` degrees north of the store: on one meridian, 1° = 111 194.9 m. */
export const northOfStore = (dLat: number) => ({
  name: '张三',
  city: '广州市',
  address: '体育西路',
  address_detail: '2栋101',
  phone: '13800138000',
  lng: STORE.lng,
  lat: STORE.lat + dLat,
});

export interface OrderFixture {
  readonly shopid?: string;
  readonly secret?: string;
  readonly delivery_id?: string;
  readonly [field: string]: unknown;
}

/** A valid pre_add / add / readd body for the sandbox (or the shop given), signed. */
export function orderBody(
  shopOrderId: string,
  {
    shopid = SANDBOX.shopid,
    secret = SANDBOX.secret,
    delivery_id = 'TEST',
    ...rest
  }: OrderFixture = {},
): Record<string, unknown> {
  return {
    shopid,
    shop_order_id: shopOrderId,
    delivery_id,
    openid: BUYER,
    delivery_sign: sha1(`${shopid}${shopOrderId}${secret}`),
    shop_no: '',
    sender: {
      name: '门店',
      city: '广州市',
      address: '天河路1号',
      address_detail: '1楼',
      phone: '020-12345678',
      ...STORE,
    },
    receiver: northOfStore(0.02),
    cargo: {
      goods_value: 50,
      goods_weight: 1,
      cargo_first_class: '美食夜宵',
      cargo_second_class: '零食小吃',
    },
    order_info: { order_type: 0, tips: 0 },
    shop: {
      wxa_path: '/pages/order/index',
      img_url: 'https://img.example.com/tea.jpg',
      goods_name: '奶茶',
      goods_count: 2,
    },
    ...rest,
  };
}

/** shopid, shop_order_id and a sign: the key every order call after add sends. */
export function orderKey(
  shopOrderId: string,
  { shopid = SANDBOX.shopid, secret = SANDBOX.secret } = {},
): Record<string, unknown> {
  return {
    shopid,
    shop_order_id: shopOrderId,
    delivery_sign: sha1(`${shopid}${shopOrderId}${secret}`),
  };
}
