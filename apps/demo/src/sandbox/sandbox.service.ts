import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { type WechatApiSecurityKeys } from 'nestjs-wechat-logistics';
import {
  OFFICIAL_EXAMPLE_KEYS,
  WechatEmulator,
} from 'nestjs-wechat-logistics/testing';

/** The order the sandbox seeds, so the README's first curl has something to cancel. */
export const SANDBOX_DEMO_ORDER = {
  orderId: 'DEMO-ORDER-1',
  deliveryId: 'TEST',
  waybillId: 'DEMO-WAYBILL-1',
  bizId: 'test_biz_id',
} as const;

/**
 * The WeChat Pay payment the sandbox seeds for the demo order (待发货), so
 * the shipping routes have something to upload against; paid by the demo
 * order's buyer (docs/examples/add-order.json's openid).
 */
export const SANDBOX_DEMO_PAYMENT = {
  transactionId: 'DEMO-TRANSACTION-1',
  outTradeNo: SANDBOX_DEMO_ORDER.orderId,
  payerOpenid: 'oSandboxUser0000000000000001',
  description: '咖啡豆',
} as const;

/**
 * The second mini program the sandbox emulates, for the multi-app routes
 * (`/logistics/apps/wx0000000000sandbox2/…`); it has the same demo order.
 */
export const SANDBOX_SECOND_APP_ID = 'wx0000000000sandbox2';

/**
 * Sandbox mode: with no WECHAT_APP_ID the demo runs against the library's
 * emulator on a loopback port, so it works with no credentials at all.
 */
export class SandboxService implements OnApplicationShutdown {
  /** Push settings the sandbox's emulator and the demo share (generated: there is no console). */
  readonly pushToken = randomBytes(12).toString('hex');
  readonly encodingAesKey = randomEncodingAesKey();

  /** The demo's own URL once it listens (connectPush): where sandbox 同城配送 orders call back. */
  private baseUrl: string | undefined;

  private constructor(
    readonly emulator: WechatEmulator | undefined,
    /** The second app: its own secret and push settings, as its own console would have. */
    readonly secondApp = {
      appId: SANDBOX_SECOND_APP_ID,
      appSecret: randomBytes(12).toString('hex'),
      pushToken: randomBytes(12).toString('hex'),
      encodingAesKey: randomEncodingAesKey(),
    },
  ) {}

  static disabled(): SandboxService {
    return new SandboxService(undefined);
  }

  /**
   * API security both sides agree on in the sandbox, which 同城配送 needs:
   * the emulator's console holds WeChat's published example keys (public
   * test values, securing nothing) and the demo trusts the emulator's
   * platform certificate. `undefined` outside sandbox mode.
   */
  get apiSecurity(): WechatApiSecurityKeys | undefined {
    const emulator = this.emulator;
    if (!emulator) return undefined;
    const platform = emulator.apiSecurity.platform;
    return {
      aesKey: OFFICIAL_EXAMPLE_KEYS.aesKey,
      aesSn: OFFICIAL_EXAMPLE_KEYS.aesSn,
      privateKey: OFFICIAL_EXAMPLE_KEYS.privateKeyPem,
      rsaSn: OFFICIAL_EXAMPLE_KEYS.rsaSn,
      platformCertificates: { [platform.sn]: platform.certificatePem },
    };
  }

  /**
   * Where a sandbox 同城配送 order of `appId` (undefined: the default app)
   * calls back when addOrder names no callbackUrl: the demo's own callback
   * route. `undefined` outside sandbox mode or before the demo listens.
   */
  intracityCallbackUrl(appId: string | undefined): string | undefined {
    if (!this.emulator || this.baseUrl === undefined) return undefined;
    return appId === undefined
      ? `${this.baseUrl}/intracity/callback`
      : `${this.baseUrl}/intracity/apps/${encodeURIComponent(appId)}/callback`;
  }

  /**
   * Points the emulator's add_express_path pushes at the demo itself, in safe mode
   * and XML like a production console, once the demo knows its own URL
   * (`baseUrl/logistics/events`; the second app's to its own multi-app route).
   */
  connectPush(baseUrl: string): void {
    const emulator = this.emulator;
    if (!emulator) return;
    this.baseUrl = baseUrl;
    emulator.configurePush({
      url: `${baseUrl}/logistics/events`,
      token: this.pushToken,
      encodingAesKey: this.encodingAesKey,
      mode: 'safe',
      format: 'xml',
    });
    emulator.app(SANDBOX_SECOND_APP_ID).configurePush({
      url: `${baseUrl}/logistics/apps/${SANDBOX_SECOND_APP_ID}/events`,
      token: this.secondApp.pushToken,
      encodingAesKey: this.secondApp.encodingAesKey,
      mode: 'safe',
      format: 'xml',
    });
  }

  static async start(): Promise<SandboxService> {
    const secondApp = new SandboxService(undefined).secondApp;
    const { appId, appSecret } = secondApp;
    const emulator = await WechatEmulator.start({
      apps: [{ appId, appSecret }],
    });
    emulator.orders.seed({ ...SANDBOX_DEMO_ORDER });
    emulator.app(appId).orders.seed({ ...SANDBOX_DEMO_ORDER });
    emulator.shipping.seedPayment({ ...SANDBOX_DEMO_PAYMENT });
    emulator.app(appId).shipping.seedPayment({ ...SANDBOX_DEMO_PAYMENT });
    // The console's API安全 page of both apps: the keys the demo signs with (see apiSecurity).
    const consoleKeys = {
      aesKey: OFFICIAL_EXAMPLE_KEYS.aesKey,
      aesSn: OFFICIAL_EXAMPLE_KEYS.aesSn,
      appPublicKey: OFFICIAL_EXAMPLE_KEYS.publicKeyPem,
      rsaSn: OFFICIAL_EXAMPLE_KEYS.rsaSn,
    };
    emulator.apiSecurity.configure(consoleKeys);
    emulator.app(appId).apiSecurity.configure(consoleKeys);
    new Logger('Sandbox').log(
      `Sandbox mode (WECHAT_APP_ID is not set): WeChat emulator on ${emulator.url} with two mini programs (the default one and ${appId}), demo order ${SANDBOX_DEMO_ORDER.orderId} / waybill ${SANDBOX_DEMO_ORDER.waybillId} on carrier ${SANDBOX_DEMO_ORDER.deliveryId} and its payment ${SANDBOX_DEMO_PAYMENT.transactionId} (待发货, for the shipping routes) in each; API security set up on both sides (同城配送 works)`,
    );
    return new SandboxService(emulator, secondApp);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.emulator?.stop();
  }
}

/** 43 Base64 characters without `+` or `/`, as the console generates: Base64(32 random bytes) minus its `=`. */
function randomEncodingAesKey(): string {
  for (;;) {
    const key = randomBytes(32).toString('base64').slice(0, 43);
    if (/^[A-Za-z0-9]{43}$/.test(key)) return key;
  }
}
