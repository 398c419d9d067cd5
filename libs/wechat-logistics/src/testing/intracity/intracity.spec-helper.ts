// Shared fixtures of the 同城配送 emulator specs. Named `-spec-helper.ts`:
// the library build skips it and Jest does not run it.
import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import {
  APP_KEYS,
  CONSOLE_KEYS,
  trustCurrent,
} from '../api-security/secured-call.spec-helper';
import { securedRequest } from '../api-security/secured-request';
import { stableToken, tokenValue } from '../emulator-http.spec-helper';
import { type WechatEmulator } from '../wechat-emulator';
import { INTRACITY_PATHS } from './intracity.routes';

export type IntracityPath = keyof typeof INTRACITY_PATHS;

export interface IntracityApi {
  post(path: IntracityPath, body?: unknown): Promise<Record<string, unknown>>;
}

/**
 * Calls 同城配送 paths as WeChat requires (encrypted and signed with the
 * app's keys, which this configures in the emulator's console), with the
 * app's stable token, and answers the verified, decrypted result — or the
 * plain body of a security-layer refusal.
 */
export async function intracityApi(
  wechat: WechatEmulator,
  app: { appId: string; appSecret: string } = wechat,
): Promise<IntracityApi> {
  wechat.app(app.appId).apiSecurity.configure(CONSOLE_KEYS);
  const token = await tokenValue(
    stableToken(wechat, { appid: app.appId, secret: app.appSecret }),
  );
  return {
    post: async (path, body = {}) => {
      const { reply } = await securedRequest({
        baseUrl: wechat.url,
        path: INTRACITY_PATHS[path],
        query: { access_token: token },
        keys: { ...APP_KEYS, appId: app.appId },
        payload: body as Record<string, unknown>,
        timestamp: wechat.clock.nowSeconds(),
        trusted: trustCurrent(wechat),
      });
      if (reply.kind === 'refused')
        throw new Error(
          `the emulator's reply failed verification: ${reply.reason}`,
        );
      return reply.result as Record<string, unknown>;
    },
  };
}

/** A store in 广州 (both carriers serve it). */
export const GZ = { lat: 23.125, lng: 113.324 };

export function storeBody(
  outStoreId: string,
  change: Record<string, unknown> = {},
  address: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    out_store_id: outStoreId,
    store_name: '天河店',
    order_pattern: 1,
    address_info: {
      province: '广东省',
      city: '广州市',
      area: '天河区',
      street: '天河路',
      house: '1号',
      ...GZ,
      phone: '020-8080880',
      ...address,
    },
    ...change,
  };
}

/** Creates a store and answers its wx_store_id. */
export async function createStore(
  api: IntracityApi,
  outStoreId: string,
  change: Record<string, unknown> = {},
  address: Record<string, unknown> = {},
): Promise<string> {
  const reply = await api.post(
    'intracityCreateStore',
    storeBody(outStoreId, change, address),
  );
  expect(reply).toMatchObject({ errcode: 0 });
  return reply['wx_store_id'] as string;
}

/** `dLat` degrees north of the store: 1° = 111 194.9 m on one meridian. */
export const northOfStore = (dLat: number) => ({
  user_lat: GZ.lat + dLat,
  user_lng: GZ.lng,
});

export const CARGO = {
  cargo_name: '蛋糕',
  cargo_weight: 1500,
  cargo_price: 19900,
  cargo_type: 13,
  cargo_num: 1,
};

/** A valid addorder body for `wxStoreId`, recipient ~2.2 km north. */
export function orderBody(
  wxStoreId: string,
  storeOrderId: string,
  change: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    wx_store_id: wxStoreId,
    store_order_id: storeOrderId,
    user_openid: 'oUser0001',
    user_name: '张三',
    user_phone: '13800138000',
    user_address: '广州市天河区体育西路2号',
    ...northOfStore(0.02),
    order_detail_path: '/pages/order/detail?id=1',
    cargo: {
      ...CARGO,
      item_list: [
        {
          item_name: '蛋糕',
          item_pic_url: 'https://img.example.com/c.png',
          count: 1,
        },
      ],
    },
    ...change,
  };
}

/** What the callback receiver got, and how it answers the n-th request. */
export interface ReceivedCallback {
  readonly body: Record<string, unknown>;
  readonly contentType: string | undefined;
}

/** A developer server on 127.0.0.1:0 that records status callbacks and answers per `plan`. */
export class CallbackReceiver {
  readonly received: ReceivedCallback[] = [];
  plan: (index: number) => { status: number; body: string } = () => ({
    status: 200,
    body: '{"return_code":0,"return_msg":"OK"}',
  });

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {
    server.on('request', (request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const index = this.received.length;
        this.received.push({
          body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<
            string,
            unknown
          >,
          contentType: request.headers['content-type'],
        });
        const { status, body } = this.plan(index);
        response.writeHead(status, { 'Content-Type': 'application/json' });
        response.end(body);
      });
    });
  }

  static async start(): Promise<CallbackReceiver> {
    const server = createServer();
    await new Promise<void>((resolve) =>
      server.listen(0, '127.0.0.1', resolve),
    );
    const { port } = server.address() as AddressInfo;
    return new CallbackReceiver(
      server,
      `http://127.0.0.1:${port}/intracity/callback`,
    );
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
