import { type INestApplication } from '@nestjs/common';
import { WechatEmulator } from 'nestjs-wechat-logistics/testing';
import { EVERY_EVENT_PUSHES, TEXT_MESSAGE } from './support/every-event-pushes';
import { emulatorEnv, startDemoApp } from './support/demo-app';
import { PLATFORMS } from './support/platforms';
import {
  type Format,
  type PushSettings,
  buildPush,
  postPush,
} from './support/push-request';

const ENCODING_AES_KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
const WAYBILL_STATUS = EVERY_EVENT_PUSHES.find(
  (push) => push.fields['Event'] === 'update_waybill_status',
)!;

/**
 * The demo's push URL sends the reply the library chose: `success` for most
 * pushes, the echoed message `update_waybill_status` requires (in the push's
 * format), on Express and Fastify alike.
 */
describe.each(PLATFORMS)(
  'POST /logistics/events sends outcome.reply — on %s',
  (platform) => {
    let wechat: WechatEmulator;
    let settings: PushSettings;
    let app: INestApplication;

    beforeAll(async () => {
      wechat = await WechatEmulator.start();
      settings = {
        token: 'pushtoken123',
        encodingAesKey: ENCODING_AES_KEY,
        appId: wechat.appId,
      };
      app = await startDemoApp(
        emulatorEnv(wechat, {
          WECHAT_PUSH_TOKEN: settings.token,
          WECHAT_PUSH_AES_KEY: ENCODING_AES_KEY,
        }),
        false,
        platform,
      );
    });
    afterAll(async () => {
      await app?.close();
      await wechat?.stop();
    });

    it.each<[Format, string, RegExp]>([
      [
        'json',
        '{"ToUserName":"oWxTeamFixedOpenId0000000000","FromUserName":"gh_0123456789ab","CreateTime":%NOW%,"MsgType":"event","Event":"update_waybill_status","resultcode":0,"resultmsg":"ok"}',
        /^application\/json/,
      ],
      [
        'xml',
        '<xml><ToUserName><![CDATA[oWxTeamFixedOpenId0000000000]]></ToUserName><FromUserName><![CDATA[gh_0123456789ab]]></FromUserName><CreateTime>%NOW%</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[update_waybill_status]]></Event><resultcode>0</resultcode><resultmsg><![CDATA[ok]]></resultmsg></xml>',
        /^text\/xml/,
      ],
    ])(
      'update_waybill_status (%s, compatible mode): the echoed result, user names swapped, in the push format',
      async (format, expected, contentType) => {
        const response = await postPush(
          app,
          buildPush(settings, WAYBILL_STATUS.fields, 'compatible', format),
        ).expect(200);
        expect(response.headers['content-type']).toMatch(contentType);
        const createTime = /"CreateTime":(\d+)|<CreateTime>(\d+)</.exec(
          response.text,
        );
        const now = createTime?.[1] ?? createTime?.[2] ?? '';
        expect(response.text).toBe(expected.replace('%NOW%', now));
      },
    );

    it.each([
      // The demo's shipping handlers answer like any other (the settlement's reads the payment back)
      ['a shipping reminder the demo keeps', EVERY_EVENT_PUSHES[2]],
      ["a user's text message", TEXT_MESSAGE],
    ])('%s: success, text/plain', async (_what, push) => {
      const response = await postPush(
        app,
        buildPush(settings, push.fields, 'safe', push.format),
      ).expect(200, 'success');
      expect(response.headers['content-type']).toMatch(/^text\/plain/);
    });
  },
);
