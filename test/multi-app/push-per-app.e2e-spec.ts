import { Injectable, type INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import {
  OnPathUpdate,
  type PathUpdateContext,
  type PathUpdateEvent,
  WechatPushError,
  WechatPushService,
  WechatLogisticsModule,
  WechatUnknownAppError,
} from 'nestjs-wechat-logistics';
import {
  buildPush,
  pathUpdateFields,
  type PushSettings,
  sealedPathUpdate,
} from '../support/push-request';

/** Each mini program's console has its own Token and EncodingAESKey. */
const DEFAULT_APP: PushSettings = {
  appId: 'wx0123456789abcdef',
  token: 'default-push-token',
  encodingAesKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
};
const SHOP_B: PushSettings = {
  appId: 'wxbbbbbbbbbbbbbbb2',
  token: 'shop-b-push-token',
  encodingAesKey: 'ZYXWVUTSRQPONMLKJIHGFEDCBA9876543210zyxwvut',
};

@Injectable()
class RecordingHandler {
  readonly calls: { appId: string | undefined; version: number }[] = [];

  @OnPathUpdate()
  handle(event: PathUpdateEvent, context: PathUpdateContext): void {
    this.calls.push({ appId: context.appId, version: event.version });
  }
}

const sealedFor = (settings: PushSettings, version: number) =>
  sealedPathUpdate(settings, { orderId: 'O-1', waybillId: 'WB-1', version });

describe('push events for several mini programs', () => {
  let app: INestApplicationContext;
  let push: WechatPushService;
  let handler: RecordingHandler;

  beforeEach(async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [
        WechatLogisticsModule.forRoot({
          appId: DEFAULT_APP.appId,
          appSecret: 'unused',
          pushToken: DEFAULT_APP.token,
          encodingAesKey: DEFAULT_APP.encodingAesKey,
          apps: [
            {
              appId: SHOP_B.appId,
              appSecret: 'unused',
              pushToken: SHOP_B.token,
              encodingAesKey: SHOP_B.encodingAesKey,
            },
            { appId: 'wxnopush', appSecret: 'unused' },
          ],
        }),
      ],
      providers: [RecordingHandler],
    }).compile();
    app = await moduleRef.init();
    push = app.get(WechatPushService);
    handler = app.get(RecordingHandler);
  });
  afterEach(() => app.close());

  it("verifies and decrypts each app's pushes with that app's Token and key, and tells handlers the app", async () => {
    await expect(
      push.receive({ appId: SHOP_B.appId, ...sealedFor(SHOP_B, 1) }),
    ).resolves.toMatchObject({ status: 'processed' });
    await expect(
      push.receive(sealedFor(DEFAULT_APP, 1)),
    ).resolves.toMatchObject({
      status: 'processed',
    });
    expect(handler.calls).toEqual([
      { appId: SHOP_B.appId, version: 1 },
      { appId: DEFAULT_APP.appId, version: 1 },
    ]);
  });

  it('treats the default app named by its AppID as the default app: one claim, so copies on both routes run once', async () => {
    const copy = sealedFor(DEFAULT_APP, 9);
    const outcomes = await Promise.allSettled([
      push.receive(copy),
      push.receive({ appId: DEFAULT_APP.appId, ...copy }),
    ]);
    expect(handler.calls.filter((call) => call.version === 9)).toEqual([
      { appId: DEFAULT_APP.appId, version: 9 },
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
  });

  it("refuses a push sealed with another app's settings (401)", async () => {
    const error = await push
      .receive({ appId: SHOP_B.appId, ...sealedFor(DEFAULT_APP, 1) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WechatPushError);
    expect((error as WechatPushError).httpStatus).toBe(401);
    expect(handler.calls).toEqual([]);
  });

  it('keeps dedupe and ordering per app: the same waybill version for two apps runs twice, a re-send once', async () => {
    await push.receive({ appId: SHOP_B.appId, ...sealedFor(SHOP_B, 3) });
    await push.receive(sealedFor(DEFAULT_APP, 3));
    await expect(
      push.receive({ appId: SHOP_B.appId, ...sealedFor(SHOP_B, 3) }),
    ).resolves.toMatchObject({ status: 'duplicate' });
    // Version 2 after 3 is stale for shop B only.
    await expect(
      push.receive({ appId: SHOP_B.appId, ...sealedFor(SHOP_B, 2) }),
    ).resolves.toMatchObject({ status: 'processed', stale: true });
    expect(handler.calls).toHaveLength(3);
  });

  it('answers URL verification with the named app’s Token', async () => {
    const { query } = buildPush(
      { ...SHOP_B },
      pathUpdateFields({ orderId: 'O', waybillId: 'W', version: 1 }),
      'plain',
      'json',
    );
    await expect(
      push.verifyUrl({ ...query, echostr: 'echo-1' }, SHOP_B.appId),
    ).resolves.toBe('echo-1');
    await expect(
      push.verifyUrl({ ...query, echostr: 'echo-1' }),
    ).rejects.toBeInstanceOf(WechatPushError);
  });

  it('refuses an unknown app (404) and an app without push settings (415)', async () => {
    await expect(
      push.receive({ appId: 'wx-nobody', ...sealedFor(SHOP_B, 1) }),
    ).rejects.toBeInstanceOf(WechatUnknownAppError);
    const error = await push
      .receive({ appId: 'wxnopush', ...sealedFor(SHOP_B, 1) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WechatPushError);
    expect((error as WechatPushError).httpStatus).toBe(415);
    expect((error as Error).message).toContain('wxnopush');
  });
});
