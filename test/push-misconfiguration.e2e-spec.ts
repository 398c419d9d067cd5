import { CacheModule } from '@nestjs/cache-manager';
import { type INestApplicationContext, Injectable } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import {
  OnPathUpdate,
  type WechatLogisticsModuleOptions,
  WechatLogisticsModule,
  WechatPushError,
  WechatPushService,
} from 'nestjs-wechat-logistics';
import { CapturingLogger } from './support/capturing-logger';
import {
  type BuiltPush,
  type PushSettings,
  buildPush,
  pathUpdateFields,
  sealedPathUpdate,
} from './support/push-request';

/** What the mini program console holds, and so what WeChat signs and seals with. */
const CONSOLE: PushSettings = {
  token: 'consoleToken42',
  encodingAesKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
  appId: 'wx0123456789abcdef',
};
const OTHER_KEY = 'ZYXWVUTSRQPONMLKJIHGFEDCBA9876543210zyxwvut';
const OTHER_APP = 'wxfedcba9876543210';

@Injectable()
class QuietHandler {
  @OnPathUpdate()
  handle(): void {}
}

/**
 * A push refused because of the app's own configuration is said where the
 * operator looks: one WARN line naming the cause and the fix, once per cause
 * per app per minute, without the body or a secret. What a sender causes (a
 * forged signature) stays at debug: anyone can send it.
 */
describe('a push refused because of the app’s own configuration', () => {
  let logger: CapturingLogger;
  let app: INestApplicationContext | undefined;

  beforeEach(() => {
    logger = new CapturingLogger();
  });
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  async function start(
    options: Partial<WechatLogisticsModuleOptions>,
  ): Promise<WechatPushService> {
    const moduleRef = await Test.createTestingModule({
      imports: [
        CacheModule.register({ isGlobal: true }),
        WechatLogisticsModule.forRoot({
          appId: CONSOLE.appId,
          appSecret: 'unused',
          pushToken: CONSOLE.token,
          encodingAesKey: CONSOLE.encodingAesKey,
          ...options,
        }),
      ],
      providers: [QuietHandler],
    })
      .setLogger(logger)
      .compile();
    app = await moduleRef.init();
    return app.get(WechatPushService);
  }

  const sealed = (version = 1): BuiltPush =>
    sealedPathUpdate(
      CONSOLE,
      { orderId: 'O-CONF', waybillId: 'WB-CONF', version },
      'xml',
    );

  /** Sends `push` `times` times; each must be refused with `status`. */
  async function refused(
    send: () => Promise<unknown>,
    status: number,
    times = 3,
  ): Promise<void> {
    for (let i = 0; i < times; i += 1) {
      const error = await send().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WechatPushError);
      expect((error as WechatPushError).httpStatus).toBe(status);
    }
  }

  const warnings = () => logger.messages('warn', 'WechatLogistics');

  /** Nothing of the push itself, nor a secret, in any line. */
  function expectNothingSecret(push: BuiltPush): void {
    const text = logger.text();
    for (const secret of [
      CONSOLE.token,
      CONSOLE.encodingAesKey,
      OTHER_KEY,
      'otherToken',
      'oUser0001',
      '揽件成功',
      push.body.slice(0, 40),
      push.query.msg_signature,
    ])
      expect(text).not.toContain(secret);
  }

  it('no raw body (no rawBody: true, or no parser for text/xml): one WARN naming rawBody and the parser', async () => {
    const push = await start({});
    const built = sealed();
    await refused(
      () =>
        push.receive({
          query: built.query,
          body: undefined,
          contentType: 'text/xml',
        }),
      415,
    );
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toMatch(/\(no-raw-body\)/);
    expect(warnings()[0]).toContain('rawBody: true');
    expect(warnings()[0]).toContain('text/xml');
    expectNothingSecret(built);
  });

  it('a body of a type WeChat never sends arriving without raw bytes is the sender’s business: debug only', async () => {
    const push = await start({});
    const built = sealed();
    await refused(
      () =>
        push.receive({
          query: built.query,
          body: undefined,
          contentType: 'multipart/form-data; boundary=x',
        }),
      415,
    );
    expect(warnings()).toEqual([]);
    expect(logger.messages('debug', 'WechatLogistics').join('\n')).toContain(
      'reason=unsupported',
    );
  });

  it('a wrong EncodingAESKey (the signature holds, the message does not open): one WARN naming encodingAesKey', async () => {
    const push = await start({ encodingAesKey: OTHER_KEY });
    const built = sealed();
    await refused(() => push.receive(built), 400);
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toMatch(/\(wrong-aes-key\)/);
    expect(warnings()[0]).toContain('set encodingAesKey');
    expectNothingSecret(built);
  });

  it('a wrong Token (the signature fails, yet the message opens with our key and is fresh): one WARN naming pushToken', async () => {
    const push = await start({ pushToken: 'otherToken' });
    const built = sealed();
    await refused(() => push.receive(built), 401);
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toMatch(/\(wrong-token\)/);
    expect(warnings()[0]).toContain('set pushToken');
    expectNothingSecret(built);
  });

  it('another app’s AppID configured (a correctly signed push sealed for another app): one WARN', async () => {
    const push = await start({ appId: OTHER_APP });
    const built = sealed();
    await refused(() => push.receive(built), 401);
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toMatch(/\(foreign-app-id\)/);
    expectNothingSecret(built);
  });

  it('an app without push settings: one WARN per app naming pushToken', async () => {
    const push = await start({
      apps: [{ appId: OTHER_APP, appSecret: 'unused' }],
    });
    const built = sealed();
    await refused(() => push.receive({ ...built, appId: OTHER_APP }), 415);
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toMatch(/\(no-push-settings\)/);
    expect(warnings()[0]).toContain(`appId=${OTHER_APP}`);
    expectNothingSecret(built);
  });

  it('a forged request (wrong msg_signature, a body that does not open) stays at debug', async () => {
    const push = await start({});
    const built = sealed();
    const forged = {
      ...built,
      query: { ...built.query, msg_signature: 'a'.repeat(40) },
      body: built.body.replace(/<Encrypt><!\[CDATA\[[^\]]*\]\]>/, () => {
        const other = buildPush(
          { ...CONSOLE, encodingAesKey: OTHER_KEY },
          pathUpdateFields({ orderId: 'X', waybillId: 'X', version: 1 }),
          'safe',
          'xml',
        ).body;
        return /<Encrypt><!\[CDATA\[[^\]]*\]\]>/.exec(other)?.[0] ?? '';
      }),
    };
    await refused(() => push.receive(forged), 401);
    // A genuine push whose signature was tampered with (a replay with another nonce) is forged too, when old.
    expect(warnings()).toEqual([]);
    expect(logger.messages('debug', 'WechatLogistics').join('\n')).toContain(
      'reason=bad-signature',
    );
  });

  it('a genuine but old push replayed with an altered query does not pass for a wrong Token', async () => {
    const push = await start({});
    const old = buildPush(
      CONSOLE,
      {
        ...pathUpdateFields({ orderId: 'O', waybillId: 'W', version: 1 }),
        CreateTime: Math.floor(Date.now() / 1000) - 3600,
      },
      'safe',
      'xml',
    );
    await refused(
      () => push.receive({ ...old, query: { ...old.query, nonce: '1' } }),
      401,
    );
    expect(warnings()).toEqual([]);
  });
});
