import {
  type UploadShippingInfoDto,
  type WechatLogisticsModuleOptions,
  WechatShippingService,
} from 'nestjs-wechat-logistics';
import {
  type EmulatedPayment,
  WechatEmulator,
} from 'nestjs-wechat-logistics/testing';
import { CONTRACT_TIMEOUT_MS, SECOND_APP } from './contract-harness';
import { clearEmulatorKeepingTokens } from './emulator-state';
import {
  type LibraryApp,
  emulatorOptions,
  startLibraryApp,
} from './library-app';

export { SECOND_APP };

export interface ShippingE2e {
  readonly wechat: WechatEmulator;
  readonly lib: LibraryApp;
  /** The default app's `WechatShippingService`: no canned reply, the emulator's own handlers answer. */
  readonly shipping: WechatShippingService;
}

/**
 * One emulator (the default app and SECOND_APP) and one bare library app for
 * the file, both apps' shipping state, faults and logs fresh for each test
 * (tokens kept). Every answer is the emulator's shipping family's own.
 */
export function useShippingE2e(
  extra: Partial<WechatLogisticsModuleOptions> = {},
): ShippingE2e {
  const h = {} as { wechat: WechatEmulator; lib: LibraryApp };
  beforeAll(async () => {
    h.wechat = await WechatEmulator.start({ apps: [SECOND_APP] });
    h.lib = await startLibraryApp(
      emulatorOptions(h.wechat, {
        timeoutMs: CONTRACT_TIMEOUT_MS,
        apps: [SECOND_APP],
        ...extra,
      }),
    );
  });
  afterAll(async () => {
    await h.lib?.app.close();
    await h.wechat?.stop();
  });
  beforeEach(() => {
    clearEmulatorKeepingTokens(h.wechat);
    h.wechat.pushes.clear();
    for (const appId of h.wechat.appIds) h.wechat.app(appId).shipping.reset();
  });
  return {
    get wechat() {
      return h.wechat;
    },
    get lib() {
      return h.lib;
    },
    get shipping() {
      return h.lib.app.get(WechatShippingService);
    },
  };
}

export const PAYER = 'oTestPayer0001';

/** An upload time `minutes` after 2023-11-15T10:00:00+08:00, so each upload is later than the last. */
export function uploadTime(minutes: number): string {
  const ms = Date.parse('2023-11-15T10:00:00+08:00') + minutes * 60_000;
  return new Date(ms + 8 * 3_600_000)
    .toISOString()
    .replace(/\.\d{3}Z$/, '+08:00');
}

/** A unified express upload of one YTO package for `payment`, by transaction id. */
export function expressUpload(
  payment: EmulatedPayment,
  minutes = 0,
  trackingNo = 'YT0000000000001',
): UploadShippingInfoDto {
  return {
    orderKey: { orderNumberType: 2, transactionId: payment.transactionId },
    logisticsType: 1,
    deliveryMode: 1,
    shippingList: [{ trackingNo, expressCompany: 'YTO', itemDesc: '保温杯*1' }],
    uploadTime: uploadTime(minutes),
    payer: { openid: payment.payerOpenid },
  };
}

/** The rejection of `promise` (fails the test when it resolves). */
export async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  const outcome = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!(outcome instanceof Error)) {
    throw new Error(`expected a rejection, got ${String(outcome)}`);
  }
  return outcome;
}
