import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { WechatEmulator } from 'nestjs-wechat-logistics/testing';

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
   * Points the emulator's add_express_path pushes at the demo itself, in safe mode
   * and XML like a production console, once the demo knows its own URL
   * (`baseUrl/logistics/events`; the second app's to its own multi-app route).
   */
  connectPush(baseUrl: string): void {
    const emulator = this.emulator;
    if (!emulator) return;
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
    new Logger('Sandbox').log(
      `Sandbox mode (WECHAT_APP_ID is not set): WeChat emulator on ${emulator.url} with two mini programs (the default one and ${appId}), demo order ${SANDBOX_DEMO_ORDER.orderId} / waybill ${SANDBOX_DEMO_ORDER.waybillId} on carrier ${SANDBOX_DEMO_ORDER.deliveryId} and its payment ${SANDBOX_DEMO_PAYMENT.transactionId} (待发货, for the shipping routes) in each`,
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
