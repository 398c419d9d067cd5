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
 * Sandbox mode: with no WECHAT_APP_ID the demo runs against the library's
 * emulator on a loopback port, so it works with no credentials at all.
 */
export class SandboxService implements OnApplicationShutdown {
  /** Push settings the sandbox's emulator and the demo share (generated: there is no console). */
  readonly pushToken = randomBytes(12).toString('hex');
  readonly encodingAesKey = randomEncodingAesKey();

  private constructor(readonly emulator: WechatEmulator | undefined) {}

  static disabled(): SandboxService {
    return new SandboxService(undefined);
  }

  /**
   * Points the emulator's add_express_path pushes at the demo itself, in safe mode
   * and XML like a production console, once the demo knows its own URL.
   */
  connectPush(eventsUrl: string): void {
    this.emulator?.configurePush({
      url: eventsUrl,
      token: this.pushToken,
      encodingAesKey: this.encodingAesKey,
      mode: 'safe',
      format: 'xml',
    });
  }

  static async start(): Promise<SandboxService> {
    const emulator = await WechatEmulator.start();
    emulator.orders.seed({ ...SANDBOX_DEMO_ORDER });
    new Logger('Sandbox').log(
      `Sandbox mode (WECHAT_APP_ID is not set): WeChat emulator on ${emulator.url}, demo order ${SANDBOX_DEMO_ORDER.orderId} / waybill ${SANDBOX_DEMO_ORDER.waybillId} on carrier ${SANDBOX_DEMO_ORDER.deliveryId}`,
    );
    return new SandboxService(emulator);
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
