import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import {
  type IntracityCallbackOutcome,
  type WechatIntracityClient,
  WechatPushError,
} from 'nestjs-wechat-logistics';
import { type WechatEmulator } from 'nestjs-wechat-logistics/testing';

/** One app's API-security keys, made for the test: the emulator holds the public half. */
export interface TestSecurityKeys {
  readonly aesKey: string;
  readonly aesSn: string;
  readonly privateKey: string;
  readonly publicKey: string;
  readonly rsaSn: string;
}

export function makeSecurityKeys(): TestSecurityKeys {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  return {
    aesKey: randomBytes(32).toString('base64'),
    aesSn: 'aes-sn-contract',
    privateKey,
    publicKey,
    rsaSn: 'rsa-sn-contract',
  };
}

/**
 * Both sides of API security for `appId`: the emulator's console holds the
 * symmetric key and the app's public key; the library's option the private
 * key and the emulated platform certificate. Returns the library option.
 */
export function secureBothSides(
  wechat: WechatEmulator,
  appId: string,
  keys: TestSecurityKeys,
) {
  wechat.app(appId).apiSecurity.configure({
    aesKey: keys.aesKey,
    aesSn: keys.aesSn,
    appPublicKey: keys.publicKey,
    rsaSn: keys.rsaSn,
  });
  const platform = wechat.apiSecurity.platform;
  return {
    aesKey: keys.aesKey,
    aesSn: keys.aesSn,
    privateKey: keys.privateKey,
    rsaSn: keys.rsaSn,
    platformCertificates: { [platform.sn]: platform.certificatePem },
  };
}

/** What the developer's callback server did with one callback. */
export type ReceivedCallback =
  | { readonly outcome: IntracityCallbackOutcome; readonly status: 200 }
  | { readonly refusal: WechatPushError; readonly status: number };

/**
 * A developer's server on 127.0.0.1:0 receiving 同城配送 status callbacks
 * the way the README says: the raw body to `receiveCallback`, the outcome's
 * reply as JSON, a refusal's `httpStatus` otherwise.
 */
export class IntracityCallbackServer {
  readonly received: ReceivedCallback[] = [];

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(
    receive: (body: string) => Promise<IntracityCallbackOutcome>,
  ): Promise<IntracityCallbackServer> {
    const server = createServer();
    await new Promise<void>((resolve) =>
      server.listen(0, '127.0.0.1', resolve),
    );
    const { port } = server.address() as AddressInfo;
    const self = new IntracityCallbackServer(
      server,
      `http://127.0.0.1:${port}/intracity/callback`,
    );
    server.on('request', (request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        receive(Buffer.concat(chunks).toString('utf8')).then(
          (outcome) => {
            self.received.push({ outcome, status: 200 });
            response.writeHead(200, { 'Content-Type': 'application/json' });
            response.end(JSON.stringify(outcome.reply));
          },
          (error: unknown) => {
            const status =
              error instanceof WechatPushError ? error.httpStatus : 500;
            if (error instanceof WechatPushError)
              self.received.push({ refusal: error, status });
            response.writeHead(status, { 'Content-Type': 'application/json' });
            response.end(JSON.stringify({ return_code: 1 }));
          },
        );
      });
    });
    return self;
  }

  /** The believed callbacks, in arrival order. */
  outcomes(): IntracityCallbackOutcome[] {
    return this.received.flatMap((entry) =>
      'outcome' in entry ? [entry.outcome] : [],
    );
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** A sandbox order of `wxStoreId` (DADA takes any recipient), its callbacks to `callbackUrl`. */
export function sandboxOrder(
  wxStoreId: string,
  storeOrderId: string,
  callbackUrl?: string,
): Parameters<WechatIntracityClient['addOrder']>[0] {
  return {
    wxStoreId,
    storeOrderId,
    userOpenid: 'oUser0001',
    userName: '张三',
    userPhone: '13800138000',
    userAddress: '广州市天河区体育西路2号',
    userLat: 23.145,
    userLng: 113.324,
    orderDetailPath: 'pages/order/detail?id=1',
    useSandbox: true,
    ...(callbackUrl ? { callbackUrl } : {}),
    cargo: {
      cargoName: '蛋糕',
      cargoWeight: 1500,
      cargoPrice: 19900,
      cargoType: 13,
      cargoNum: 1,
      itemList: [
        {
          itemName: '蛋糕',
          itemPicUrl: 'https://img.example.com/c.png',
          count: 1,
        },
      ],
    },
  };
}

/** A store in 广州 (both carriers serve it). */
export function gzStore(outStoreId: string) {
  return {
    outStoreId,
    storeName: '天河店',
    orderPattern: 2,
    serviceTransPrefer: 'DADA',
    addressInfo: {
      province: '广东省',
      city: '广州市',
      area: '天河区',
      street: '天河路',
      house: '1号',
      lat: 23.125,
      lng: 113.324,
      phone: '020-8080880',
    },
  } as Parameters<WechatIntracityClient['createStore']>[0];
}

/** The quote for an order: its recipient and cargo, without the order-only fields. */
export function quoteOf(
  order: Parameters<WechatIntracityClient['addOrder']>[0],
): Parameters<WechatIntracityClient['preAddOrder']>[0] {
  const {
    storeOrderId,
    userOpenid,
    orderDetailPath,
    callbackUrl,
    orderSeq,
    verifyCodeType,
    cargo: { itemList, ...cargo },
    ...recipient
  } = order;
  void [storeOrderId, userOpenid, orderDetailPath, callbackUrl, orderSeq];
  void [verifyCodeType, itemList];
  return { ...recipient, cargo };
}
