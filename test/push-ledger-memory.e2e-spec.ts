import { Injectable, type INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { type Cache } from 'cache-manager';
import {
  OnPathUpdate,
  WechatLogisticsModule,
  WechatPushService,
} from 'nestjs-wechat-logistics';
import { WECHAT_TOKEN_CACHE } from '../libs/wechat-logistics/src/wechat-logistics.constants';
import { waitFor } from './cluster/support/wait';
import { type PushSettings, sealedPathUpdate } from './support/push-request';

const settings: PushSettings = {
  token: 'memorytoken',
  encodingAesKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
  appId: 'wx0123456789abcdef',
};
/** Enough distinct pushes that entries left behind could not be missed. */
const PUSHES = 10_000;

@Injectable()
class CountingHandler {
  handled = 0;

  @OnPathUpdate()
  handle(): void {
    this.handled += 1;
  }
}

/**
 * The default, single-instance setup: no CacheModule, so the push ledger
 * lives in the module's private memory cache. Its records must go once their
 * TTL passes even though nothing ever reads them again (an old version's
 * record never is).
 */
describe('the push ledger in the private memory cache', () => {
  let app: INestApplicationContext;

  beforeEach(async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [
        WechatLogisticsModule.forRoot({
          appId: settings.appId,
          appSecret: 'unused',
          pushToken: settings.token,
          encodingAesKey: settings.encodingAesKey,
          push: { dedupeTtlSeconds: 1 },
        }),
      ],
      providers: [CountingHandler],
    }).compile();
    app = await moduleRef.init();
  });
  afterEach(() => app.close());

  /** Entries in the store behind the private cache (Keyv's store: a Map, or the library's own). */
  const entries = () =>
    (app.get<Cache>(WECHAT_TOKEN_CACHE).stores[0].store as { size: number })
      .size;

  it(`frees ${PUSHES.toLocaleString('en-US')} distinct pushes' records once their TTL passed, with nothing reading them`, async () => {
    const pushes = app.get(WechatPushService);
    const baseline = entries();
    for (let i = 0; i < PUSHES; i += 1) {
      const built = sealedPathUpdate(
        settings,
        { orderId: `O-${i}`, waybillId: `WB-${i}`, version: 1 },
        'xml',
      );
      await pushes.receive({
        query: built.query,
        body: Buffer.from(built.body),
        contentType: built.contentType,
      });
    }
    expect(app.get(CountingHandler).handled).toBe(PUSHES);
    expect(entries()).toBeGreaterThanOrEqual(baseline + PUSHES); // recorded: the ledger is in use

    await waitFor(
      'the expired records to be freed',
      () => entries() === baseline,
      15_000,
    );
  }, 60_000);
});
