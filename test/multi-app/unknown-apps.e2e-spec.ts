import { CacheModule } from '@nestjs/cache-manager';
import { type INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import {
  type WechatAppOptions,
  WechatAppResolutionError,
  type WechatLogisticsModuleOptions,
  WechatLogisticsModule,
  WechatLogisticsService,
  WechatUnknownAppError,
} from 'nestjs-wechat-logistics';
import { UNKNOWN_APP_TTL_MS } from '../../libs/wechat-logistics/src/core/apps/wechat-app-registry';
import { CapturingLogger } from '../support/capturing-logger';

/** What a caller could put in an appId to forge log lines. */
const FORGING_APP_ID = 'wx-evil\nERROR [WechatLogistics] forged\u2028line';

async function outcome(promise: Promise<unknown>): Promise<unknown> {
  try {
    return await promise;
  } catch (error) {
    return error;
  }
}

/**
 * appIds `resolveApp` does not know: remembered for a while (a caller cannot
 * make every request a lookup), a bounded number of them; and whatever an
 * appId holds, the lines logged about it stay one line each.
 */
describe('unknown appIds and resolveApp', () => {
  let app: INestApplicationContext | undefined;
  let logger: CapturingLogger;

  async function start(
    options: Partial<WechatLogisticsModuleOptions>,
  ): Promise<WechatLogisticsService> {
    logger = new CapturingLogger();
    const moduleRef = await Test.createTestingModule({
      imports: [
        CacheModule.register({ isGlobal: true }),
        WechatLogisticsModule.forRoot(options),
      ],
    }).compile();
    moduleRef.useLogger(logger);
    app = await moduleRef.init();
    return app.get(WechatLogisticsService);
  }
  afterEach(async () => {
    jest.restoreAllMocks();
    await app?.close();
    app = undefined;
  });

  const call = (service: WechatLogisticsService, appId: string) =>
    outcome(service.forApp(appId).getAllDelivery());

  it('asks resolveApp once for 100 calls naming the same unknown appId, and again once the TTL passed', async () => {
    const resolveApp = jest.fn(async (): Promise<undefined> => undefined);
    const service = await start({ resolveApp });

    for (let i = 0; i < 50; i += 1)
      expect(await call(service, 'wx-nobody')).toBeInstanceOf(
        WechatUnknownAppError,
      );
    const concurrent = await Promise.all(
      Array.from({ length: 50 }, () => call(service, 'wx-nobody')),
    );
    for (const error of concurrent)
      expect(error).toBeInstanceOf(WechatUnknownAppError);
    expect(resolveApp).toHaveBeenCalledTimes(1);

    const realNow = Date.now;
    jest
      .spyOn(Date, 'now')
      .mockImplementation(() => realNow() + UNKNOWN_APP_TTL_MS);
    expect(await call(service, 'wx-nobody')).toBeInstanceOf(
      WechatUnknownAppError,
    );
    expect(resolveApp).toHaveBeenCalledTimes(2);
  });

  it('remembers a bounded number of unknown appIds (maxResolvedApps), the oldest forgotten first', async () => {
    const resolveApp = jest.fn(async (): Promise<undefined> => undefined);
    const service = await start({ resolveApp, maxResolvedApps: 50 });
    for (let i = 0; i < 500; i += 1) await call(service, `wx-unknown-${i}`);
    expect(resolveApp).toHaveBeenCalledTimes(500);

    await call(service, 'wx-unknown-499'); // among the last 50: still remembered
    expect(resolveApp).toHaveBeenCalledTimes(500);
    await call(service, 'wx-unknown-0'); // pushed out by the bound: asked again
    expect(resolveApp).toHaveBeenCalledTimes(501);
  });

  it('still asks again after a lookup that failed (not an answer)', async () => {
    const resolveApp = jest
      .fn<Promise<WechatAppOptions | undefined>, [string]>()
      .mockRejectedValue(new Error('tenant directory down'));
    const service = await start({ resolveApp });
    for (let i = 0; i < 3; i += 1)
      expect(await call(service, 'wx-tenant')).toBeInstanceOf(
        WechatAppResolutionError,
      );
    expect(resolveApp).toHaveBeenCalledTimes(3);
  });

  it.each([
    [
      'resolveApp throws',
      async (): Promise<WechatAppOptions> => {
        throw new TypeError('lookup failed');
      },
    ],
    [
      'resolveApp answers invalid options',
      async (appId: string): Promise<WechatAppOptions> => ({
        appId,
        appSecret: 's',
        pushToken: 't',
        push: { mode: 'safe' },
      }),
    ],
  ])(
    'an appId holding line breaks cannot forge a log line when %s',
    async (_case, resolveApp) => {
      const service = await start({ resolveApp });
      expect(await call(service, FORGING_APP_ID)).toBeInstanceOf(
        WechatAppResolutionError,
      );
      const about = logger.entries.filter((e) => e.message.includes('wx-evil'));
      expect(about.length).toBeGreaterThan(0);
      for (const { message } of about) {
        expect(message).not.toMatch(/[\n\r\u2028\u2029]/);
        expect(message).toContain('appId="wx-evil\\nERROR');
      }
    },
  );
});
