import { Logger, type OnApplicationShutdown } from '@nestjs/common';
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
  private constructor(readonly emulator: WechatEmulator | undefined) {}

  static disabled(): SandboxService {
    return new SandboxService(undefined);
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
