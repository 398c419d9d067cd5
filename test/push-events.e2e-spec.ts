import { PLATFORMS } from './support/platforms';
import { type INestApplication } from '@nestjs/common';
import { WechatEmulator } from 'nestjs-wechat-logistics/testing';
import request from 'supertest';
import { emulatorEnv, startDemoApp } from './support/demo-app';
import {
  type Format,
  type Mode,
  type PushSettings,
  buildPush,
  pathUpdateFields,
  postPush,
} from './support/push-request';

const ENCODING_AES_KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';

describe.each(PLATFORMS)(
  'POST /logistics/events (add_express_path pushes) on the demo — on %s',
  (platform) => {
    let wechat: WechatEmulator;
    let settings: PushSettings;
    const apps: INestApplication[] = [];

    beforeAll(async () => {
      wechat = await WechatEmulator.start();
      settings = {
        token: 'pushtoken123',
        encodingAesKey: ENCODING_AES_KEY,
        appId: wechat.appId,
      };
    });
    afterEach(async () => {
      await Promise.all(apps.splice(0).map((app) => app.close()));
    });
    afterAll(() => wechat.stop());

    async function demo(
      extra: Record<string, string> = {},
    ): Promise<INestApplication> {
      const app = await startDemoApp(
        emulatorEnv(wechat, {
          WECHAT_PUSH_TOKEN: settings.token,
          WECHAT_PUSH_AES_KEY: ENCODING_AES_KEY,
          ...extra,
        }),
        false,
        platform,
      );
      apps.push(app);
      return app;
    }
    const send = (app: INestApplication, push: ReturnType<typeof buildPush>) =>
      postPush(app, push);
    const received = (app: INestApplication, orderId: string) =>
      request(app.getHttpServer())
        .get(`/logistics/orders/${orderId}/events`)
        .expect(200)
        .then((res) => res.body as Record<string, unknown>[]);

    it('answers the URL verification with echostr verbatim, and 401 for a wrong signature', async () => {
      const app = await demo();
      const { query } = buildPush(settings, {}, 'plain', 'xml');
      await request(app.getHttpServer())
        .get('/logistics/events')
        .query({ ...query, echostr: 'echo-123' })
        .expect(200, 'echo-123');
      await request(app.getHttpServer())
        .get('/logistics/events')
        .query({ ...query, signature: '0'.repeat(40), echostr: 'x' })
        .expect(401);
    });

    describe.each<[Mode, Format]>([
      ['safe', 'xml'],
      ['safe', 'json'],
      ['compatible', 'xml'],
      ['compatible', 'json'],
    ])('in %s mode with %s bodies', (mode, format) => {
      it('verifies, decrypts and lists the typed event; a single Actions node is still a list', async () => {
        const app = await demo();
        const orderId = `O-${mode}-${format}`;
        const push = buildPush(
          settings,
          pathUpdateFields({ orderId, waybillId: `WB-${orderId}`, version: 1 }),
          mode,
          format,
        );
        await send(app, push).expect(200, 'success');
        expect(await received(app, orderId)).toEqual([
          expect.objectContaining({
            orderId,
            waybillId: `WB-${orderId}`,
            deliveryId: 'TEST',
            version: 1,
            count: 1,
            stale: false,
            actions: [
              {
                actionTime: 1764140400,
                actionType: 100001,
                actionMsg: '揽件成功',
              },
            ],
          }),
        ]);
      });
    });

    it.each<Format>(['xml', 'json'])(
      'accepts plain %s pushes when the console is in plain mode',
      async (format) => {
        const app = await demo({ WECHAT_PUSH_AES_KEY: '' });
        const push = buildPush(
          settings,
          pathUpdateFields({
            orderId: `P-${format}`,
            waybillId: 'WB-P',
            version: 1,
          }),
          'plain',
          format,
        );
        await send(app, push).expect(200, 'success');
        expect(await received(app, `P-${format}`)).toHaveLength(1);
      },
    );

    describe('refuses bad pushes, and nothing reaches the handler', () => {
      const fields = () =>
        pathUpdateFields({ orderId: 'BAD', waybillId: 'WB-BAD', version: 1 });
      it.each<
        [
          string,
          () => ReturnType<typeof buildPush>,
          number,
          Record<string, string>,
        ]
      >([
        [
          'a wrong signature (plain mode)',
          () =>
            tamper(buildPush(settings, fields(), 'plain', 'xml'), {
              signature: 'f'.repeat(40),
            }),
          401,
          { WECHAT_PUSH_AES_KEY: '' },
        ],
        [
          'a wrong msg_signature (safe XML)',
          () =>
            tamper(buildPush(settings, fields(), 'safe', 'xml'), {
              msg_signature: 'a'.repeat(40),
            }),
          401,
          {},
        ],
        [
          'a wrong msg_signature (safe JSON)',
          () =>
            tamper(buildPush(settings, fields(), 'safe', 'json'), {
              msg_signature: 'b'.repeat(40),
            }),
          401,
          {},
        ],
        [
          'a message sealed for another AppID',
          () =>
            buildPush(settings, fields(), 'safe', 'xml', {
              appId: 'wxffffffffffffffff',
            }),
          401,
          {},
        ],
        [
          'a timestamp outside the window',
          () =>
            buildPush(settings, fields(), 'safe', 'json', {
              timestamp: Math.floor(Date.now() / 1000) - 3600,
            }),
          401,
          {},
        ],
        [
          'a plain push while the console is in safe mode (a downgrade)',
          () => buildPush(settings, fields(), 'plain', 'json'),
          415,
          {},
        ],
      ])('%s', async (_case, build, status, env) => {
        const app = await demo(env);
        await send(app, build()).expect(status);
        expect(await received(app, 'BAD')).toEqual([]);
      });

      it('malformed XML, malformed JSON and bad Base64 → 400', async () => {
        const app = await demo();
        const base = buildPush(settings, fields(), 'safe', 'xml');
        await send(app, { ...base, body: '<xml><ToUserName>gh</xml>' }).expect(
          400,
        );
        await send(app, {
          ...base,
          contentType: 'application/json',
          body: '{"ToUserName":',
        }).expect(400);
        const badBase64 = buildPush(settings, fields(), 'safe', 'json');
        const encrypt = '!!!not-base64!!!';
        const { computeMsgSignature } =
          await import('../libs/wechat-logistics/src/push/push-signature');
        badBase64.query.msg_signature = computeMsgSignature(
          settings.token,
          badBase64.query.timestamp,
          badBase64.query.nonce,
          encrypt,
        );
        await send(app, {
          ...badBase64,
          body: JSON.stringify({ ToUserName: 'gh', Encrypt: encrypt }),
        }).expect(400);
        expect(await received(app, 'BAD')).toEqual([]);
      });

      it('a body over the size limit → 413', async () => {
        const app = await demo();
        const push = buildPush(settings, fields(), 'safe', 'xml');
        await send(app, {
          ...push,
          body: `<xml>${'x'.repeat(200_000)}</xml>`,
        }).expect(413);
      });

      it('acknowledges and ignores an unknown event type', async () => {
        const app = await demo();
        const push = buildPush(
          settings,
          { ...fields(), Event: 'something_else' },
          'safe',
          'json',
        );
        await send(app, push).expect(200, 'success');
        expect(await received(app, 'BAD')).toEqual([]);
      });
    });

    it('drops a duplicate, and reports an out-of-order version as stale', async () => {
      const app = await demo();
      const v = (version: number) =>
        buildPush(
          settings,
          pathUpdateFields({ orderId: 'DUP', waybillId: 'WB-DUP', version }),
          'safe',
          'xml',
        );
      await send(app, v(2)).expect(200, 'success');
      await send(app, v(2)).expect(200, 'success'); // WeChat's re-send
      await send(app, v(1)).expect(200, 'success'); // delivered late
      const events = await received(app, 'DUP');
      expect(events.map((e) => [e.version, e.stale])).toEqual([
        [2, false],
        [1, true],
      ]);
    });
  },
);

function tamper(
  push: ReturnType<typeof buildPush>,
  query: Record<string, string>,
) {
  return { ...push, query: { ...push.query, ...query } };
}
