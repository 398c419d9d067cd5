import { parseFields } from '../push/push-body';
import { PushCipher } from '../push/push-cipher';
import { PushMessageDecoder } from '../push/push-message-decoder';
import { computeMsgSignature } from '../push/push-signature';
import { typedEventNamed } from './wechat-event-map';

const TOKEN = 'testtoken';
const AES_KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
const APP_ID = 'wx0123456789abcdef';
const NOW = 1700000101;

/** local-delivery.md §5.2's JSON push, and §5.4's replies to it, verbatim. */
const PUSH =
  '{"ToUserName":"gh_0123456789ab","FromUserName":"oWxTeamFixedOpenId0000000000","CreateTime":1700000100,"MsgType":"event","Event":"update_waybill_status","shopid":"test_shop_id","shop_order_id":"ORD0001","shop_no":"","waybill_id":"ORD0001_waybillid","action_time":1700000100,"order_status":102,"action_msg":"","agent":{"name":"张三","phone":"13712345678"}}';
const JSON_REPLY =
  '{"ToUserName":"oWxTeamFixedOpenId0000000000","FromUserName":"gh_0123456789ab","CreateTime":1700000101,"MsgType":"event","Event":"update_waybill_status","resultcode":0,"resultmsg":"ok"}';
const XML_REPLY =
  '<xml><ToUserName><![CDATA[oWxTeamFixedOpenId0000000000]]></ToUserName><FromUserName><![CDATA[gh_0123456789ab]]></FromUserName><CreateTime>1700000101</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[update_waybill_status]]></Event><resultcode>0</resultcode><resultmsg><![CDATA[ok]]></resultmsg></xml>';

const decoder = new PushMessageDecoder({
  token: TOKEN,
  encodingAesKey: AES_KEY,
  appId: APP_ID,
  now: () => NOW * 1000,
});
const definition = typedEventNamed('update_waybill_status')!;
const replyFields = definition.reply!(
  definition.map(parseFields(PUSH, 'json')),
  NOW,
);

describe("update_waybill_status's required reply (local-delivery.md §5.4)", () => {
  it("echoes the reference's JSON reply to a JSON push, user names swapped", () => {
    expect(
      decoder.reply({ mode: 'plain', format: 'json' }, replyFields),
    ).toEqual({
      body: JSON_REPLY,
      contentType: 'application/json; charset=utf-8',
    });
  });

  it("echoes the reference's XML reply to an XML push (compatible mode answers in the clear too)", () => {
    expect(
      decoder.reply({ mode: 'compatible', format: 'xml' }, replyFields),
    ).toEqual({ body: XML_REPLY, contentType: 'text/xml; charset=utf-8' });
  });

  it.each(['json', 'xml'] as const)(
    'seals it in safe mode (%s) as a passive reply: it opens with our key to the same message, MsgSignature holds',
    (format) => {
      const reply = decoder.reply({ mode: 'safe', format }, replyFields);
      const envelope = parseFields(reply.body, format);
      expect(Object.keys(envelope)).toEqual([
        'Encrypt',
        'MsgSignature',
        'TimeStamp',
        'Nonce',
      ]);
      const { Encrypt, MsgSignature, TimeStamp, Nonce } = envelope as Record<
        string,
        string
      >;
      expect(MsgSignature).toBe(
        computeMsgSignature(TOKEN, TimeStamp, Nonce, Encrypt),
      );
      expect(TimeStamp).toBe(String(NOW));
      expect(new PushCipher(AES_KEY, APP_ID).decrypt(Encrypt)).toBe(
        format === 'json' ? JSON_REPLY : XML_REPLY,
      );
    },
  );

  it('keeps a value holding "]]>" inside its CDATA section', () => {
    const reply = decoder.reply(
      { mode: 'plain', format: 'xml' },
      { ...replyFields, resultmsg: 'a]]>b' },
    );
    expect(parseFields(reply.body, 'xml')['resultmsg']).toBe('a]]>b');
  });
});
