import { ORDER, SHOP_B } from '../emulator-fixtures.spec-helper';
import { businessApi } from '../emulator-http.spec-helper';
import { WECHAT_PATHS } from '../http/emulator-routes';
import { WechatEmulator } from '../wechat-emulator';
import { defaultToUserName } from './emulator-push-options';
import { PushReceiver } from './push-receiver.spec-helper';

const KEY_A = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
const KEY_B = 'ZYXWVUTSRQPONMLKJIHGFEDCBA9876543210zyxwvut';
const NODE = { actionTime: 1700000000, actionType: 100001, actionMsg: '揽件' };

describe('message push per app', () => {
  let wechat: WechatEmulator;
  let receiverA: PushReceiver;
  let receiverB: PushReceiver;

  const receiver = (token: string, encodingAesKey: string, appId: string) =>
    PushReceiver.start({
      token,
      encodingAesKey,
      appId,
      now: () => wechat.clock.now(),
    });

  beforeEach(async () => {
    wechat = await WechatEmulator.start({ apps: [SHOP_B] });
    receiverA = await receiver('token-a', KEY_A, wechat.appId);
    receiverB = await receiver('token-b', KEY_B, SHOP_B.appId);
    wechat.configurePush({
      url: receiverA.url,
      token: 'token-a',
      encodingAesKey: KEY_A,
    });
    wechat.app(SHOP_B.appId).configurePush({
      url: receiverB.url,
      token: 'token-b',
      encodingAesKey: KEY_B,
    });
  });
  afterEach(async () => {
    await wechat.stop();
    await Promise.all([receiverA.close(), receiverB.close()]);
  });

  it("sends an app's track update to its own URL, sealed with its Token, key and AppID", async () => {
    const shopB = wechat.app(SHOP_B.appId);
    shopB.orders.seed(ORDER);
    const api = await businessApi(wechat, SHOP_B);

    await api.post(WECHAT_PATHS.testUpdateOrder, {
      biz_id: 'test_biz_id',
      order_id: ORDER.orderId,
      delivery_id: ORDER.deliveryId,
      waybill_id: ORDER.waybillId,
      action_time: NODE.actionTime,
      action_type: NODE.actionType,
      action_msg: NODE.actionMsg,
    });
    await wechat.pushes.settled();

    expect(receiverA.received).toEqual([]);
    expect(receiverB.received.map((push) => push.error)).toEqual([undefined]);
    expect(receiverB.events()).toMatchObject([
      { orderId: 'o-1', toUserName: defaultToUserName(SHOP_B.appId) },
    ]);
    expect(wechat.pushes.last()).toMatchObject({
      appId: SHOP_B.appId,
      url: receiverB.url,
      delivered: true,
    });
  });

  it("is refused by a receiver expecting another AppID: the AppID is inside B's ciphertext", async () => {
    const impostor = await receiver('token-b', KEY_B, wechat.appId);
    try {
      const shopB = wechat.app(SHOP_B.appId);
      shopB.configurePush({
        url: impostor.url,
        token: 'token-b',
        encodingAesKey: KEY_B,
        retries: 0,
      });
      shopB.orders.seed(ORDER);

      const delivery = await shopB.pushPathUpdate(ORDER.orderId);

      expect(impostor.received[0]?.error).toBeDefined();
      expect(delivery).toMatchObject({ appId: SHOP_B.appId, delivered: false });
    } finally {
      await impostor.close();
    }
  });

  it("keeps the default app's pushes on its own settings, in the one shared log", async () => {
    wechat.orders.seed(ORDER);
    wechat.app(SHOP_B.appId).orders.seed(ORDER);

    await wechat.pushPathUpdate(ORDER.orderId);
    await wechat.app(SHOP_B.appId).pushPathUpdate(ORDER.orderId);

    expect(wechat.pushes.all().map((push) => [push.appId, push.url])).toEqual([
      [wechat.appId, receiverA.url],
      [SHOP_B.appId, receiverB.url],
    ]);
    expect(receiverA.events()).toHaveLength(1);
    expect(receiverB.events()).toHaveLength(1);
  });

  it('takes an app push settings from start() options, and reset() keeps them', async () => {
    const other = await WechatEmulator.start({
      apps: [
        {
          ...SHOP_B,
          push: { url: receiverB.url, token: 'token-b', encodingAesKey: KEY_B },
        },
      ],
    });
    try {
      other.reset();
      const shopB = other.app(SHOP_B.appId);
      shopB.orders.seed(ORDER);
      shopB.orders.addTrack(ORDER.orderId, NODE);
      await other.pushes.settled();

      expect(receiverB.events()).toMatchObject([
        { orderId: 'o-1', version: 1 },
      ]);
      await expect(other.pushPathUpdate(ORDER.orderId)).rejects.toThrow(
        /No order/,
      );
    } finally {
      await other.stop();
    }
  });

  it('says which app has no push configured', async () => {
    const shopC = wechat.addApp({ appId: 'wx-shop-c', appSecret: 'c' });
    shopC.orders.seed(ORDER);

    await expect(shopC.pushPathUpdate(ORDER.orderId)).rejects.toThrow(
      /not configured for app wx-shop-c/,
    );
  });
});
