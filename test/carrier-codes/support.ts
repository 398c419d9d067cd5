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
import {
  TRACKING_CARRIERS,
  type WechatEmulator,
} from 'nestjs-wechat-logistics/testing';
import { type CapturingLogger } from '../support/capturing-logger';

/**
 * 物流服务's list as the module reads it — the emulator's real entries
 * (TRACKING_CARRIERS) — in place of the family's client, so a test can count
 * the reads per app and make them fail. `calls` are the appIds it was asked
 * with; `fail` makes the next reads reject.
 */
export class TrackingListFixture {
  readonly calls: (string | undefined)[] = [];
  fail: Error | undefined;

  readonly loader: TrackingCarrierListLoader = (appId) => {
    this.calls.push(appId);
    if (this.fail) return Promise.reject(this.fail);
    return Promise.resolve(
      TRACKING_CARRIERS.map(
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

/**
 * The real module against the emulator; the tracking list's loader is the
 * fixture unless `realTrackingList`, where the family's own client reads it.
 */
export async function startCarrierCodeApp(
  wechat: WechatEmulator,
  options: Partial<WechatLogisticsModuleOptions> = {},
  logger?: CapturingLogger,
  { realTrackingList = false } = {},
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
  });
  if (!realTrackingList)
    builder
      .overrideProvider(TRACKING_CARRIER_LIST_LOADER)
      .useValue(tracking.loader);
  const moduleRef = await (
    logger ? builder.setLogger(logger) : builder
  ).compile();
  const app = await moduleRef.init();
  return { app, codes: app.get(WechatCarrierCodeService), tracking };
}
