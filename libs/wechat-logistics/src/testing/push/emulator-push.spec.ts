import {
  computeMsgSignature,
  computeSignature,
  toPathUpdateEvent,
} from '../../push';
import { parseFields } from '../../push/push-body';
import { DEFAULT_PUSH_OPENID } from '../logistics/push/add-express-path-message';
import { type BusinessApi, businessApi } from '../emulator-http.spec-helper';
import {
  type EmulatorPushFormat,
  type EmulatorPushMode,
} from './emulator-push-options';
import { WECHAT_PATHS } from '../http/emulator-routes';
import { asDecoded, PushReceiver } from './push-receiver.spec-helper';
import { WechatEmulator } from '../wechat-emulator';

const TOKEN = 'pushtoken';
const KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
const OPENID = 'oUserOpenId000000000000000001';
const PICKED_UP = {
  actionTime: 1700000000,
  actionType: 100001,
  actionMsg: '揽件成功',
};
const IN_TRANSIT = {
  actionTime: 1700003600,
  actionType: 200001,
  actionMsg: '到达 <深圳> & 转运 ]]> 中心',
};

const CASES: [EmulatorPushMode, EmulatorPushFormat][] = [
  ['plain', 'xml'],
  ['plain', 'json'],
  ['compatible', 'xml'],
  ['compatible', 'json'],
  ['safe', 'xml'],
  ['safe', 'json'],
];

describe('WechatEmulator message push (add_express_path)', () => {
  let wechat: WechatEmulator;
  let receiver: PushReceiver;
  let api: BusinessApi;

  const update = (node: typeof PICKED_UP, orderId = 'o-1', waybillId = 'W1') =>
    api.post(WECHAT_PATHS.testUpdateOrder, {
      biz_id: 'test_biz_id',
      order_id: orderId,
      delivery_id: 'TEST',
      waybill_id: waybillId,
      action_time: node.actionTime,
      action_type: node.actionType,
      action_msg: node.actionMsg,
    });

  async function setUp(mode: EmulatorPushMode, format: EmulatorPushFormat) {
    const encrypted = mode !== 'plain';
    receiver = await PushReceiver.start({
      token: TOKEN,
      encodingAesKey: encrypted ? KEY : undefined,
      appId: wechat.appId,
      now: () => wechat.clock.now(),
    });
    wechat.configurePush({
      url: receiver.url,
      token: TOKEN,
      encodingAesKey: encrypted ? KEY : undefined,
      mode,
      format,
    });
  }

  beforeEach(async () => {
    wechat = await WechatEmulator.start();
    api = await businessApi(wechat);
    wechat.orders.seed({
      orderId: 'o-1',
      deliveryId: 'TEST',
      waybillId: 'W1',
      openid: OPENID,
    });
  });
  afterEach(async () => {
    await wechat.stop();
    await receiver?.close();
  });

  describe.each(CASES)('in %s mode as %s', (mode, format) => {
    beforeEach(() => setUp(mode, format));

    it('delivers one decodable event per testUpdateOrder with the whole track', async () => {
      const before = wechat.clock.nowSeconds();
      expect((await update(PICKED_UP))['errcode']).toBe(0);
      expect((await update(IN_TRANSIT))['errcode']).toBe(0);
      await wechat.pushes.settled();

      expect(receiver.received.map((push) => push.error)).toEqual([
        undefined,
        undefined,
      ]);
      const [first, second] = receiver.events();
      const common = {
        toUserName: expect.stringMatching(/^gh_[0-9a-f]{12}$/),
        fromUserName: OPENID,
        msgType: 'event',
        event: 'add_express_path',
        deliveryId: 'TEST',
        waybillId: 'W1',
        orderId: 'o-1',
      };
      expect(first).toEqual({
        ...common,
        createTime: expect.any(Number),
        version: 1,
        count: 1,
        actions: [PICKED_UP],
      });
      expect(second).toEqual({
        ...common,
        createTime: expect.any(Number),
        version: 2,
        count: 2,
        actions: [PICKED_UP, IN_TRANSIT],
      });
      expect(first?.createTime).toBeGreaterThanOrEqual(before);
      expect(second?.createTime).toBeLessThanOrEqual(wechat.clock.nowSeconds());
      expect(receiver.received.map((push) => push.decoded?.mode)).toEqual([
        mode,
        mode,
      ]);
      expect(receiver.received.map((push) => push.decoded?.format)).toEqual([
        format,
        format,
      ]);
    });

    it('logs each delivery with the event it sent and one successful attempt', async () => {
      await update(PICKED_UP);
      await wechat.pushes.settled();

      const [delivery] = wechat.pushes.all();
      expect(delivery).toMatchObject({
        id: 1,
        orderId: 'o-1',
        url: receiver.url,
        mode,
        format,
        delivered: true,
        pending: false,
        attempts: [{ status: 200, body: 'success' }],
      });
      expect(delivery?.attempts[0]?.error).toBeUndefined();
      expect(asDecoded(delivery.event)).toEqual(receiver.events()[0]);
    });

    it('signs the query like WeChat and sends the format’s Content-Type', async () => {
      await update(PICKED_UP);
      await wechat.pushes.settled();

      const [push] = receiver.received;
      const { query } = push;
      const encrypted = mode !== 'plain';
      expect(Object.keys(query)).toEqual(
        encrypted
          ? [
              'signature',
              'timestamp',
              'nonce',
              'openid',
              'encrypt_type',
              'msg_signature',
            ]
          : ['signature', 'timestamp', 'nonce', 'openid'],
      );
      expect(push.method).toBe('POST');
      expect(push.path).toBe('/wechat/push');
      expect(push.headers['content-type']).toBe(
        format === 'xml' ? 'text/xml' : 'application/json',
      );
      expect(query['openid']).toBe(OPENID);
      expect(query['nonce']).toMatch(/^\d{9,10}$/);
      expect(Number(query['timestamp'])).toBe(
        wechat.pushes.last()!.event.CreateTime,
      );
      expect(query['signature']).toBe(
        computeSignature(TOKEN, query['timestamp'], query['nonce']),
      );
      expect(wechat.pushes.last()?.attempts[0]?.query).toEqual(query);

      const outer = parseFields(push.rawBody, format);
      if (!encrypted) {
        expect(outer['Encrypt']).toBeUndefined();
        return;
      }
      expect(query['encrypt_type']).toBe('aes');
      expect(query['msg_signature']).toBe(
        computeMsgSignature(
          TOKEN,
          query['timestamp'],
          query['nonce'],
          outer['Encrypt'] as string,
        ),
      );
      if (mode === 'safe') {
        expect(Object.keys(outer)).toEqual(['ToUserName', 'Encrypt']);
        expect(outer['ToUserName']).toBe(receiver.events()[0]?.toUserName);
      } else {
        // Compatible: the plaintext fields travel beside Encrypt, and agree with it.
        expect(Object.keys(outer).at(-1)).toBe('Encrypt');
        const plain = toPathUpdateEvent(outer);
        expect(plain).toEqual({
          kind: 'path-update',
          event: receiver.events()[0],
        });
      }
    });
  });

  it('writes WeChat’s XML: CDATA strings, bare numbers, one <Actions> per node', async () => {
    await setUp('plain', 'xml');
    await update(PICKED_UP);
    await wechat.pushes.settled();

    const { event } = wechat.pushes.last()!;
    expect(receiver.received[0]?.rawBody).toBe(
      `<xml><ToUserName><![CDATA[${event.ToUserName}]]></ToUserName>` +
        `<FromUserName><![CDATA[${OPENID}]]></FromUserName>` +
        `<CreateTime>${event.CreateTime}</CreateTime>` +
        '<MsgType><![CDATA[event]]></MsgType>' +
        '<Event><![CDATA[add_express_path]]></Event>' +
        '<DeliveryID><![CDATA[TEST]]></DeliveryID>' +
        '<WayBillId><![CDATA[W1]]></WayBillId>' +
        '<OrderId><![CDATA[o-1]]></OrderId>' +
        '<Version>1</Version><Count>1</Count>' +
        '<Actions><ActionTime>1700000000</ActionTime><ActionType>100001</ActionType>' +
        '<ActionMsg><![CDATA[揽件成功]]></ActionMsg></Actions></xml>',
    );
  });

  it('writes WeChat’s JSON: same keys, numbers as numbers, Chinese unescaped', async () => {
    await setUp('plain', 'json');
    await update(PICKED_UP);
    await update(IN_TRANSIT);
    await wechat.pushes.settled();

    const { event } = wechat.pushes.last()!;
    expect(receiver.received[1]?.rawBody).toBe(
      JSON.stringify({
        ToUserName: event.ToUserName,
        FromUserName: OPENID,
        CreateTime: event.CreateTime,
        MsgType: 'event',
        Event: 'add_express_path',
        DeliveryID: 'TEST',
        WayBillId: 'W1',
        OrderId: 'o-1',
        Version: 2,
        Count: 2,
        Actions: [
          { ActionTime: 1700000000, ActionType: 100001, ActionMsg: '揽件成功' },
          {
            ActionTime: 1700003600,
            ActionType: 200001,
            ActionMsg: IN_TRANSIT.actionMsg,
          },
        ],
      }),
    );
    expect(receiver.received[1]?.rawBody).toContain('揽件成功');
  });

  it('sends a default openid for orders that have none', async () => {
    await setUp('safe', 'xml');
    wechat.orders.seed({ orderId: 'o-2', deliveryId: 'TEST', waybillId: 'W2' });
    await update(PICKED_UP, 'o-2', 'W2');
    await wechat.pushes.settled();

    expect(receiver.received[0]?.query['openid']).toBe(DEFAULT_PUSH_OPENID);
    expect(receiver.events()[0]?.fromUserName).toBe(DEFAULT_PUSH_OPENID);
  });

  it('keeps a query string already on the push URL', async () => {
    await setUp('plain', 'json');
    wechat.configurePush({ url: `${receiver.url}?tenant=7`, token: TOKEN });
    await update(PICKED_UP);
    await wechat.pushes.settled();

    expect(Object.keys(receiver.received[0].query)).toEqual([
      'tenant',
      'signature',
      'timestamp',
      'nonce',
      'openid',
    ]);
    expect(wechat.pushes.last()?.delivered).toBe(true);
  });

  it('pushPathUpdate re-sends the current track without changing the order', async () => {
    await setUp('safe', 'json');
    await update(PICKED_UP);
    await wechat.pushes.settled();

    const delivery = await wechat.pushPathUpdate('o-1');

    expect(delivery).toMatchObject({ delivered: true, pending: false });
    expect(delivery.event).toMatchObject({ Version: 1, Count: 1 });
    expect(wechat.orders.get('o-1')?.version).toBe(1);
    expect(receiver.events().map((event) => event.version)).toEqual([1, 1]);
    expect(wechat.pushes.all()).toHaveLength(2);
  });

  it('pushPathUpdate sends an order without a track as Count 0 and no Actions', async () => {
    await setUp('plain', 'xml');

    const delivery = await wechat.pushPathUpdate('o-1');

    expect(delivery.delivered).toBe(true);
    expect(receiver.events()[0]).toMatchObject({
      version: 0,
      count: 0,
      actions: [],
    });
    expect(receiver.received[0]?.rawBody).not.toContain('<Actions>');
  });

  it('pushPathUpdate rejects an unknown order', async () => {
    await setUp('plain', 'xml');

    await expect(wechat.pushPathUpdate('o-404')).rejects.toThrow(
      'No order with orderId "o-404"',
    );
  });

  it('follows configurePush at runtime: replaced URL, then disabled', async () => {
    await setUp('plain', 'xml');
    const other = await PushReceiver.start({
      token: 'other',
      now: () => wechat.clock.now(),
    });
    try {
      await update(PICKED_UP);
      wechat.configurePush({ url: other.url, token: 'other', format: 'json' });
      await update(IN_TRANSIT);
      wechat.configurePush(undefined);
      await update(PICKED_UP);
      await wechat.pushes.settled();

      expect(receiver.events().map((e) => e.version)).toEqual([1]);
      expect(other.events().map((e) => e.version)).toEqual([2]);
      expect(other.received[0]?.decoded?.format).toBe('json');
      expect(wechat.pushes.all()).toHaveLength(2);
    } finally {
      await other.close();
    }
  });

  it('reset() clears the push log but keeps the push configuration', async () => {
    await setUp('safe', 'xml');
    await update(PICKED_UP);
    await wechat.pushes.settled();

    wechat.reset();
    expect(wechat.pushes.all()).toEqual([]);

    api = await businessApi(wechat);
    wechat.orders.seed({ orderId: 'o-1', deliveryId: 'TEST', waybillId: 'W1' });
    await update(PICKED_UP);
    await wechat.pushes.settled();
    expect(wechat.pushes.all()).toHaveLength(1);
    expect(wechat.pushes.last()?.id).toBe(2);
    expect(receiver.events()).toHaveLength(2);
  });

  it('takes the push settings from start() options too', async () => {
    receiver = await PushReceiver.start({
      token: TOKEN,
      encodingAesKey: KEY,
      appId: 'wx-start-options',
    });
    const other = await WechatEmulator.start({
      appId: 'wx-start-options',
      push: { url: receiver.url, token: TOKEN, encodingAesKey: KEY },
    });
    try {
      other.orders.seed({ orderId: 'o-9', deliveryId: 'TEST' });
      other.orders.addTrack('o-9', PICKED_UP);
      await other.pushes.settled();

      expect(receiver.received[0]?.decoded).toMatchObject({
        mode: 'safe',
        format: 'xml',
        event: { orderId: 'o-9', version: 1 },
      });
    } finally {
      await other.stop();
    }
  });
});
