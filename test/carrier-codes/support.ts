import { CacheModule } from '@nestjs/cache-manager';
import { type INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import {
  type CarrierListEntry,
  TRACKING_CARRIER_LIST_LOADER,
  type TrackingCarrierListLoader,
  WechatCarrierCodeService,
  type WechatLogisticsModuleOptions,
  WechatLogisticsModule,
} from 'nestjs-wechat-logistics';
import { type WechatEmulator } from 'nestjs-wechat-logistics/testing';
import { type CapturingLogger } from '../support/capturing-logger';
import { TRACKING_CARRIER_LIST } from '../support/tracking-carrier-list';

/**
 * 物流服务's list as the module reads it, from the real entries of
 * test/support/tracking-carrier-list.ts. It stands in for the family's client
 * (not on this branch): the one provider `carrier-list.providers.ts` leaves
 * to be wired. `calls` are the appIds it was asked with; `fail` makes the
 * next reads reject.
 */
export class TrackingListFixture {
  readonly calls: (string | undefined)[] = [];
  fail: Error | undefined;

  readonly loader: TrackingCarrierListLoader = (appId) => {
    this.calls.push(appId);
    if (this.fail) return Promise.reject(this.fail);
    return Promise.resolve(
      TRACKING_CARRIER_LIST.map(
        ({ deliveryId, deliveryName }): CarrierListEntry => ({
          deliveryId,
          deliveryName,
        }),
      ),
    );
  };
}

export interface CarrierCodeApp {
  app: INestApplicationContext;
  codes: WechatCarrierCodeService;
  tracking: TrackingListFixture;
}

/** The real module against the emulator; only the tracking list's loader is the fixture. */
export async function startCarrierCodeApp(
  wechat: WechatEmulator,
  options: Partial<WechatLogisticsModuleOptions> = {},
  logger?: CapturingLogger,
): Promise<CarrierCodeApp> {
  const tracking = new TrackingListFixture();
  const builder = Test.createTestingModule({
    imports: [
      CacheModule.register({ isGlobal: true }),
      WechatLogisticsModule.forRoot({
        appId: wechat.appId,
        appSecret: wechat.appSecret,
        apiBaseUrl: wechat.url,
        timeoutMs: 2000,
        ...options,
      }),
    ],
  })
    .overrideProvider(TRACKING_CARRIER_LIST_LOADER)
    .useValue(tracking.loader);
  const moduleRef = await (
    logger ? builder.setLogger(logger) : builder
  ).compile();
  const app = await moduleRef.init();
  return { app, codes: app.get(WechatCarrierCodeService), tracking };
}
