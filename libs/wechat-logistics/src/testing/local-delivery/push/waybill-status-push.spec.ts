import { WAYBILL_STATUS_UPDATE_EVENT } from '../../../local-delivery/local-delivery.events';
import { PushMessageDecoder } from '../../../push';
import {
  PushReceiver,
  type ReplyPlan,
} from '../../push/push-receiver.spec-helper';
import { pushFields } from '../../shipping/shipping.spec-helper';
import { WechatEmulator } from '../../wechat-emulator';
import {
  type LocalApi,
  localApi,
  orderBody,
  orderKey,
} from '../local-delivery.spec-helper';

const KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
const TOKEN = 'push-token';

describe.each([
  { mode: 'safe', format: 'xml' },
  { mode: 'plain', format: 'json' },
] as const)(
  'update_waybill_status pushes ($mode mode, $format)',
  ({ mode, format }) => {
    let wechat: WechatEmulator;
    let receiver: PushReceiver;
    let api: LocalApi;
    let decoder: PushMessageDecoder;

    /** What the library's handler answers: the required reply message, sealed in safe mode. */
    const libraryReply: ReplyPlan = (_, push) => {
      const event = WAYBILL_STATUS_UPDATE_EVENT.map(
        pushFields(push, KEY, wechat.appId),
      );
      return {
        body: decoder.reply(
          { mode, format },
          WAYBILL_STATUS_UPDATE_EVENT.reply!(event, wechat.clock.nowSeconds()),
        ).body,
      };
    };
    /** The n-th push as the library reads it. */
    const event = (index: number) =>
      WAYBILL_STATUS_UPDATE_EVENT.map(
        pushFields(receiver.received[index], KEY, wechat.appId),
      );

    beforeAll(async () => {
      wechat = await WechatEmulator.start();
      const options = {
        token: TOKEN,
        ...(mode === 'safe'
          ? { encodingAesKey: KEY, appId: wechat.appId }
          : {}),
        now: () => wechat.clock.now(),
      };
      receiver = await PushReceiver.start(options);
      decoder = new PushMessageDecoder(options);
      wechat.configurePush({
        url: receiver.url,
        token: TOKEN,
        mode,
        format,
        retryDelayMs: 0,
        ...(mode === 'safe' ? { encodingAesKey: KEY } : {}),
      });
      api = await localApi(wechat);
    });
    afterAll(async () => {
      await wechat.stop();
      await receiver.close();
    });
    beforeEach(() => {
      wechat.localDelivery.reset();
      receiver.received.length = 0;
      receiver.plan = libraryReply;
    });

    it('pushes every transition — add, the advance control, the mock, cancel, confirm_return — and records the decoded reply', async () => {
      await api.post('localAddOrder', orderBody('p1'));
      wechat.localDelivery.advance('p1', 102, {
        agent: { name: '李四', phone: '13900000000' },
      });
      await api.post('localMockUpdateOrder', {
        shopid: 'test_shop_id',
        shop_order_id: 'p1',
        order_status: 201,
        action_time: 1700000123,
      });
      wechat.localDelivery.advance('p1', 202);
      wechat.localDelivery.advance('p1', 301, { reachInSeconds: 900 });
      const reachAt = wechat.localDelivery.order('p1')!.reachAt;
      await api.post('localCancelOrder', {
        ...orderKey('p1'),
        delivery_id: 'TEST',
        cancel_reason_id: 1,
      });
      await api.post('localAbnormalConfirm', {
        ...orderKey('p1'),
        waybill_id: 'p1_waybillid',
      });

      const pushes = await wechat.localDelivery.pushes('p1');
      expect(pushes.map((push) => push.event['order_status'])).toEqual([
        101, 102, 201, 202, 301, 303, 401,
      ]);
      expect(
        pushes.every((push) => push.delivered && push.attempts.length === 1),
      ).toBe(true);
      expect(pushes[0].attempts[0].reply).toMatchObject({
        MsgType: 'event',
        Event: 'update_waybill_status',
        FromUserName: pushes[0].event.ToUserName,
      });
      expect(Number(pushes[0].attempts[0].reply?.['resultcode'])).toBe(0);

      expect(event(0)).toMatchObject({
        shopId: 'test_shop_id',
        shopOrderId: 'p1',
        waybillId: 'p1_waybillid',
        orderStatus: 101,
        agent: undefined,
      });
      expect(event(1).agent).toEqual({
        name: '李四',
        phone: '13900000000',
        reachTime: undefined,
      });
      expect(event(2)).toMatchObject({
        orderStatus: 201,
        actionTime: 1700000123,
      });
      expect(event(4).agent).toEqual({
        name: '李四',
        phone: '13900000000',
        reachTime: reachAt,
      });
    });

    it('accepts success or an empty body with a note, and retries a resultcode ≠ 0 or an unreadable reply', async () => {
      const bodies = [
        'success',
        '',
        'not a message',
        JSON.stringify({ resultcode: 1, resultmsg: 'busy' }),
        JSON.stringify({ resultcode: 0, resultmsg: 'ok' }),
      ];
      receiver.plan = (index) => ({ body: bodies[index] });
      await api.post('localAddOrder', orderBody('p2'));
      wechat.localDelivery.advance('p2', 102);
      wechat.localDelivery.advance('p2', 201);
      const [first, second, third] = await wechat.localDelivery.pushes('p2');
      expect(first.attempts).toEqual([
        expect.objectContaining({ replyNote: 'no reply message: success' }),
      ]);
      expect(second.attempts).toEqual([
        expect.objectContaining({
          replyNote: 'no reply message: an empty body',
        }),
      ]);
      expect(third.delivered).toBe(true);
      expect(third.attempts.map((attempt) => attempt.replyNote)).toEqual([
        expect.stringContaining('unreadable reply'),
        'resultcode 1',
        undefined,
      ]);
      expect(third.attempts[1].reply).toEqual({
        resultcode: 1,
        resultmsg: 'busy',
      });
    });

    it('sandboxWaybillQuirk: TEST pushes carry test_waybill_id_<shop_order_id>, add still answers <shop_order_id>_waybillid', async () => {
      wechat.localDelivery.sandboxWaybillQuirk();
      expect(await api.post('localAddOrder', orderBody('p3'))).toMatchObject({
        waybill_id: 'p3_waybillid',
      });
      const [push] = await wechat.localDelivery.pushes('p3');
      expect(push.event['waybill_id']).toBe('test_waybill_id_p3');
    });
  },
);
