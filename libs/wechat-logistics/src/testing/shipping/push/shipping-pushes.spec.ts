import { SHOP_B } from '../../emulator-fixtures.spec-helper';
import { businessApi, type BusinessApi } from '../../emulator-http.spec-helper';
import { WECHAT_PATHS } from '../../http/emulator-routes';
import { defaultToUserName } from '../../push/emulator-push-options';
import { PushReceiver } from '../../push/push-receiver.spec-helper';
import { WechatEmulator } from '../../wechat-emulator';
import {
  PAYMENT,
  pushFields,
  upload,
  uploadTimeAfter,
  YTO_PACKAGE,
} from '../shipping.spec-helper';

const KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
const TOKEN = 'push-token';
const TX = PAYMENT.transactionId!;
const DAY = 86_400;
const IDS = {
  transaction_id: TX,
  merchant_id: '1900000109',
  sub_merchant_id: '',
  merchant_trade_no: 'ORD20231115001',
};

describe.each([
  { mode: 'safe', format: 'xml' },
  { mode: 'plain', format: 'json' },
] as const)('shipping pushes ($mode mode, $format)', ({ mode, format }) => {
  let wechat: WechatEmulator;
  let receiver: PushReceiver;
  let api: BusinessApi;
  /** Numbers arrive as text in XML: compare in the wire's own terms. */
  const wire = (value: number) => (format === 'xml' ? String(value) : value);

  /** The n-th push received, after the decoder verified it; its fields and the event name it decoded. */
  const received = async (count: number) => {
    await wechat.pushes.settled();
    await receiver.waitFor(count);
    const push = receiver.received[count - 1];
    expect(push.error).toBeUndefined();
    expect(push.decoded).toMatchObject({ mode, format });
    return {
      event: push.decoded?.kind === 'ignored' ? push.decoded.event : undefined,
      fields: pushFields(push, KEY, wechat.appId),
    };
  };

  beforeEach(async () => {
    wechat = await WechatEmulator.start();
    receiver = await PushReceiver.start({
      token: TOKEN,
      ...(mode === 'safe' ? { encodingAesKey: KEY, appId: wechat.appId } : {}),
      now: () => wechat.clock.now(),
    });
    wechat.configurePush({
      url: receiver.url,
      token: TOKEN,
      mode,
      format,
      ...(mode === 'safe' ? { encodingAesKey: KEY } : {}),
    });
    wechat.shipping.seedPayment(PAYMENT);
    api = await businessApi(wechat);
  });
  afterEach(async () => {
    await wechat.stop();
    await receiver.close();
  });

  it('pushes trade_manage_order_settlement (will settle) when an upload completes shipping', async () => {
    const before = wechat.clock.nowSeconds();
    await api.post(WECHAT_PATHS.uploadShippingInfo, upload());
    const after = wechat.clock.nowSeconds();

    const { event, fields } = await received(1);
    // Shipped at the upload's upload_time (§6.4's example); pushed now.
    const shipped = wechat.shipping.get(TX)!.shippedTime!;
    expect(shipped).toBe(1700013600);
    const createTime = Number(fields['CreateTime']);
    expect(createTime).toBeGreaterThanOrEqual(before);
    expect(createTime).toBeLessThanOrEqual(after);
    expect(event).toBe('trade_manage_order_settlement');
    expect(fields).toEqual({
      ToUserName: defaultToUserName(wechat.appId),
      FromUserName: 'oSystem000000000000000000000',
      CreateTime: wire(createTime),
      MsgType: 'event',
      Event: 'trade_manage_order_settlement',
      ...IDS,
      pay_time: wire(1700000000),
      shipped_time: wire(shipped),
      estimated_settlement_time: wire(shipped + 10 * DAY),
    });
    expect(wechat.pushes.forEvent('trade_manage_order_settlement')).toEqual([
      expect.objectContaining({ orderId: TX, delivered: true }),
    ]);
  });

  it('pushes nothing for a partial split upload, once when shipping completes, and not again for the re-ship', async () => {
    const split = { delivery_mode: 2, shipping_list: [YTO_PACKAGE] };
    await api.post(
      WECHAT_PATHS.uploadShippingInfo,
      upload({ ...split, is_all_delivered: false }),
    );
    await wechat.pushes.settled();
    expect(wechat.pushes.all()).toEqual([]);

    await api.post(
      WECHAT_PATHS.uploadShippingInfo,
      upload({
        ...split,
        is_all_delivered: true,
        upload_time: uploadTimeAfter(1),
      }),
    );
    const reship = await api.post(
      WECHAT_PATHS.uploadShippingInfo,
      upload({ upload_time: uploadTimeAfter(2) }),
    );
    expect(reship['errcode']).toBe(0);
    await wechat.pushes.settled();
    expect(
      wechat.pushes.forEvent('trade_manage_order_settlement'),
    ).toHaveLength(1);
  });

  it('pushes the settled shape on settle(), with confirm_receive_method 2 for a manual confirmation', async () => {
    await api.post(WECHAT_PATHS.uploadShippingInfo, upload());
    wechat.shipping.confirmReceipt(TX);
    const { settlementTime, confirmReceiveTime, shippedTime } =
      wechat.shipping.settle(TX);

    const { fields } = await received(2);
    expect(fields).toEqual({
      ToUserName: defaultToUserName(wechat.appId),
      FromUserName: 'oSystem000000000000000000000',
      CreateTime: wire(settlementTime!),
      MsgType: 'event',
      Event: 'trade_manage_order_settlement',
      ...IDS,
      pay_time: wire(1700000000),
      shipped_time: wire(shippedTime!),
      confirm_receive_method: wire(2),
      confirm_receive_time: wire(confirmReceiveTime!),
      settlement_time: wire(settlementTime!),
    });
  });

  it('sends the configured confirm_receive_method codes (reported reversed in production)', async () => {
    await api.post(WECHAT_PATHS.uploadShippingInfo, upload());
    wechat.shipping.setConfirmReceiveMethodCodes({ automatic: 2, manual: 1 });
    wechat.shipping.settle(TX); // still 已发货: confirmed automatically first

    const { fields } = await received(2);
    expect(fields['confirm_receive_method']).toBe(wire(2));
  });

  it('remindUnshipped() pushes trade_manage_remind_shipping once per payment unshipped for 48 hours', async () => {
    wechat.shipping.seedPayment({
      payerOpenid: 'oFresh',
      payTime: wechat.clock.nowSeconds(),
    });

    const reminded = wechat.shipping.remindUnshipped();
    expect(reminded.map((p) => p.transactionId)).toEqual([TX]);
    expect(wechat.shipping.remindUnshipped()).toEqual([]);

    const { event, fields } = await received(1);
    expect(event).toBe('trade_manage_remind_shipping');
    expect(fields).toEqual({
      ToUserName: defaultToUserName(wechat.appId),
      FromUserName: 'oSystem000000000000000000000',
      CreateTime: expect.anything(),
      MsgType: 'event',
      Event: 'trade_manage_remind_shipping',
      ...IDS,
      pay_time: wire(1700000000),
      msg: 'order unshipped for 48 hours',
    });
  });

  it('remindUnshipped() skips a pre-sale order before its delay_to', async () => {
    const delayTo = wechat.clock.nowSeconds() + 20 * DAY;
    wechat.shipping.seedPayment({
      transactionId: '42presale',
      payerOpenid: 'o',
      payTime: delayTo - 25 * DAY,
    });
    await api.post(WECHAT_PATHS.opSpecialOrder, {
      order_id: '42presale',
      type: 1,
      delay_to: delayTo,
    });

    const reminded = wechat.shipping.remindUnshipped();
    expect(reminded.map((p) => p.transactionId)).toEqual([TX]);
  });

  it('remindAccessApi() pushes trade_manage_remind_access_api with its msg', async () => {
    const delivery = await wechat.shipping.remindAccessApi('接入发货信息管理');

    expect(delivery).toMatchObject({ delivered: true, orderId: '' });
    const { event, fields } = await received(1);
    expect(event).toBe('trade_manage_remind_access_api');
    expect(fields).toEqual({
      ToUserName: defaultToUserName(wechat.appId),
      FromUserName: 'oSystem000000000000000000000',
      CreateTime: expect.anything(),
      MsgType: 'event',
      Event: 'trade_manage_remind_access_api',
      msg: '接入发货信息管理',
    });
  });
});

describe('shipping pushes per app', () => {
  it("go to each app's own URL; remindAccessApi rejects while an app's push is off", async () => {
    const wechat = await WechatEmulator.start({ apps: [SHOP_B] });
    const receiver = await PushReceiver.start({
      token: 'b',
      now: () => wechat.clock.now(),
    });
    try {
      await expect(wechat.shipping.remindAccessApi()).rejects.toThrow(
        `Message push is not configured for app ${wechat.appId}`,
      );
      const shopB = wechat.app(SHOP_B.appId);
      shopB.configurePush({ url: receiver.url, token: 'b' });
      await shopB.shipping.remindAccessApi();

      expect(receiver.received).toHaveLength(1);
      expect(receiver.received[0].decoded).toMatchObject({
        kind: 'ignored',
        event: 'trade_manage_remind_access_api',
      });
      expect(wechat.pushes.last()).toMatchObject({ appId: SHOP_B.appId });
    } finally {
      await wechat.stop();
      await receiver.close();
    }
  });
});
