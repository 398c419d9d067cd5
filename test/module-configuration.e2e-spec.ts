import { CacheModule } from '@nestjs/cache-manager';
import { Injectable, Module, type ModuleMetadata } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import {
  type WechatLogisticsModuleOptions,
  WechatLogisticsModule,
  WechatLogisticsService,
} from 'nestjs-wechat-logistics';
import { WechatEmulator } from 'nestjs-wechat-logistics/testing';

let wechat: WechatEmulator;
const optionsFor = (): WechatLogisticsModuleOptions => ({
  appId: wechat.appId,
  appSecret: wechat.appSecret,
  apiBaseUrl: wechat.url,
  timeoutMs: 1000,
});

@Injectable()
class OptionsFactory {
  createWechatLogisticsOptions(): WechatLogisticsModuleOptions {
    return optionsFor();
  }
}

@Module({ providers: [OptionsFactory], exports: [OptionsFactory] })
class OptionsModule {}

const configurations: [string, () => ModuleMetadata['imports']][] = [
  ['forRoot', () => [WechatLogisticsModule.forRoot(optionsFor())]],
  [
    'forRootAsync with useFactory and inject',
    () => [
      WechatLogisticsModule.forRootAsync({
        imports: [OptionsModule],
        inject: [OptionsFactory],
        useFactory: (f: OptionsFactory) => f.createWechatLogisticsOptions(),
      }),
    ],
  ],
  [
    'forRootAsync with useClass',
    () => [WechatLogisticsModule.forRootAsync({ useClass: OptionsFactory })],
  ],
  [
    'forRootAsync with useExisting',
    () => [
      WechatLogisticsModule.forRootAsync({
        imports: [OptionsModule],
        useExisting: OptionsFactory,
      }),
    ],
  ],
];

beforeAll(async () => {
  wechat = await WechatEmulator.start();
});
afterAll(() => wechat.stop());

describe.each(configurations)('WechatLogisticsModule.%s', (_name, imports) => {
  it('provides a working WechatLogisticsService and fetches no token at boot', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [CacheModule.register({ isGlobal: true }), ...(imports() ?? [])],
    }).compile();
    const app = await moduleRef.init();
    try {
      const fetchesBefore = wechat.tokens.fetchCount;
      const order = wechat.orders.seed({
        orderId: `cfg-${Math.random()}`,
        deliveryId: 'TEST',
      });
      expect(wechat.tokens.fetchCount).toBe(fetchesBefore);
      await expect(
        app.get(WechatLogisticsService).cancelOrder({
          orderId: order.orderId,
          deliveryId: 'TEST',
          waybillId: order.waybillId,
        }),
      ).resolves.toEqual({ deliveryResultcode: 0, deliveryResultmsg: '' });
    } finally {
      await app.close();
    }
  });
});

describe('WechatLogisticsModule bootstrap', () => {
  it('works without a CacheModule, on a private memory cache', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [WechatLogisticsModule.forRoot(optionsFor())],
    }).compile();
    const app = await moduleRef.init();
    const order = wechat.orders.seed({
      orderId: 'no-cache',
      deliveryId: 'TEST',
    });
    await app.get(WechatLogisticsService).cancelOrder({
      orderId: 'no-cache',
      deliveryId: 'TEST',
      waybillId: order.waybillId,
    });
    await app.close();
  });

  it('isGlobal makes the service injectable from any module', async () => {
    @Injectable()
    class Consumer {
      constructor(readonly logistics: WechatLogisticsService) {}
    }
    @Module({ providers: [Consumer], exports: [Consumer] })
    class FeatureModule {}

    const moduleRef = await Test.createTestingModule({
      imports: [
        WechatLogisticsModule.forRootAsync({
          isGlobal: true,
          useFactory: optionsFor,
        }),
        FeatureModule,
      ],
    }).compile();
    expect(moduleRef.get(Consumer).logistics).toBeInstanceOf(
      WechatLogisticsService,
    );
    await moduleRef.close();
  });

  it.each<[string, Partial<WechatLogisticsModuleOptions>]>([
    ['appId', { appId: undefined }],
    ['appSecret', { appSecret: '' }],
    ['apiBaseUrl', { apiBaseUrl: 'api.weixin.qq.com' }],
    ['timeoutMs', { timeoutMs: 0 }],
    [
      'encodingAesKey',
      { pushToken: 'push-token', encodingAesKey: 'too-short' },
    ],
  ])(
    'fails at bootstrap, naming %s, when it is bad (forRoot and forRootAsync)',
    async (field, patch) => {
      const bad = { ...optionsFor(), ...patch };
      await expect(
        Test.createTestingModule({
          imports: [WechatLogisticsModule.forRoot(bad)],
        }).compile(),
      ).rejects.toThrow(`option "${field}"`);
      await expect(
        Test.createTestingModule({
          imports: [
            WechatLogisticsModule.forRootAsync({ useFactory: () => bad }),
          ],
        }).compile(),
      ).rejects.toThrow(`option "${field}"`);
    },
  );

  it('refuses a misspelt option returned by forRootAsync (which TypeScript cannot check through a factory), naming it and the option it meant', async () => {
    // What a config service hands over: a plain object, no excess-property check on the way.
    const fromConfig: object = { ...optionsFor(), timeoutMS: 10 };
    await expect(
      Test.createTestingModule({
        imports: [
          WechatLogisticsModule.forRootAsync({
            useFactory: () => fromConfig as WechatLogisticsModuleOptions,
          }),
        ],
      }).compile(),
    ).rejects.toThrow(
      'WechatLogisticsModule: option "timeoutMS" is unknown (not in WechatLogisticsModuleOptions): did you mean "timeoutMs"?',
    );
  });

  it("forRoot's isGlobal is the module's own extra, not an unknown option", async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [
        WechatLogisticsModule.forRoot({ ...optionsFor(), isGlobal: true }),
      ],
    }).compile();
    expect(moduleRef.get(WechatLogisticsService)).toBeInstanceOf(
      WechatLogisticsService,
    );
    await moduleRef.close();
  });

  it('pushDelivery naming a queue the app never registered fails at bootstrap, saying how to register it', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [
        WechatLogisticsModule.forRoot({
          ...optionsFor(),
          pushDelivery: { queue: 'wechat-pushes' },
        }),
      ],
    }).compile();
    await expect(moduleRef.init()).rejects.toThrow(
      `option "pushDelivery.queue" names no registered BullMQ queue ("wechat-pushes"); add BullModule.registerQueue({ name: 'wechat-pushes' })`,
    );
  });
});
