import {
  type PushDelivery,
  type WechatEmulator as Emulator,
  WechatEmulator,
} from 'nestjs-wechat-logistics/testing';
import { PushCipher } from '../../libs/wechat-logistics/src/push/push-cipher';
import { parseFields } from '../../libs/wechat-logistics/src/push/push-body';
import { readReplyMessage } from '../../libs/wechat-logistics/src/testing/push/push-reply-reading';
import { localOrder } from '../support/local-delivery-order';
import { PLATFORMS } from '../support/platforms';
import {
  type Format,
  type Mode,
  type PushSettings,
  buildPush,
} from '../support/push-request';
import {
  type LocalDeliveryPushApp,
  startLocalDeliveryPushApp,
} from './support/local-delivery-push-app';

const PUSH_TOKEN = 'local-push-token';
const AES_KEY = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
/** The mini program's original id, set in the emulator's push settings. */
const GH_ID = 'gh_0123456789ab';
const SANDBOX_SHOP = 'test_shop_id';
const REAL_SHOP = { shopId: 'dada_shop_1', secret: 'Dada-Secret-7f6e5d4c' };

/** local-delivery.md §5.3, written out here (not read from the library): the words and the final flag. */
const STATUSES: readonly [number, string, 'success' | 'fail' | undefined][] = [
  [101, '分配骑手', undefined],
  [102, '分配骑手成功', undefined],
  [103, '商家取消', 'fail'],
  [201, '配送员到店', undefined],
  [202, '配送员取货完成', undefined],
  [203, '取货失败，商家取消', 'fail'],
  [204, '取货失败，配送员因自身原因取消', 'fail'],
  [205, '取货失败，配送员因商家原因取消', 'fail'],
  [301, '配送中', undefined],
  [302, '配送成功', 'success'],
  [303, '商家取消，配送员返回商家中', undefined],
  [304, '无法联系收货人，配送员返回商家中', undefined],
  [305, '收货人拒收，配送员返回商家中', undefined],
  [401, '配送员已返回商家', 'fail'],
  [501, '系统取消（运力系统原因）', 'fail'],
  [502, '系统取消（不可抗力）', 'fail'],
];
/** Statuses whose push names the rider (the emulator's reading of §5.1: from 102 while they hold the goods). */
const WITH_RIDER = [102, 201, 202, 301, 303, 304, 305];

const COMBINATIONS: readonly [Format, Mode][] = [
  ['json', 'plain'],
  ['json', 'compatible'],
  ['json', 'safe'],
  ['xml', 'plain'],
  ['xml', 'compatible'],
  ['xml', 'safe'],
];

const SEALED_KEYS = ['Encrypt', 'MsgSignature', 'TimeStamp', 'Nonce'];

/**
 * What WeChat requires back (§5.4), judged on what the emulator received and
 * decoded: the push's own format, sealed in safe mode and in the clear
 * otherwise, the user names swapped, resultcode 0, `ok`, Event, CreateTime.
 */
function expectRequiredReply(
  body: string,
  reply: Readonly<Record<string, unknown>> | undefined,
  push: Readonly<Record<string, unknown>>,
  format: Format,
  mode: Mode,
): void {
  expect(body.startsWith(format === 'json' ? '{' : '<xml>')).toBe(true);
  const outer = parseFields(body, format);
  if (mode === 'safe') expect(Object.keys(outer)).toEqual(SEALED_KEYS);
  else expect(outer).toEqual(reply);
  // XML carries numbers as text.
  const number = (n: number) => (format === 'json' ? n : String(n));
  expect({ ...reply, CreateTime: undefined }).toEqual({
    ToUserName: push['FromUserName'],
    FromUserName: GH_ID,
    CreateTime: undefined,
    MsgType: 'event',
    Event: 'update_waybill_status',
    resultcode: number(0),
    resultmsg: 'ok',
  });
  expect(Number(reply?.['CreateTime'])).toBeGreaterThanOrEqual(
    Number(push['CreateTime']),
  );
}

/** Every delivery went out once and was answered with the required reply. */
function expectDeliveredWithReply(
  deliveries: readonly PushDelivery[],
  format: Format,
  mode: Mode,
): void {
  for (const delivery of deliveries) {
    expect(delivery).toMatchObject({ delivered: true, format, mode });
    expect(delivery.attempts).toHaveLength(1);
    const [attempt] = delivery.attempts;
    expect(attempt.status).toBe(200);
    expectRequiredReply(
      attempt.body ?? '',
      attempt.reply,
      delivery.event,
      format,
      mode,
    );
  }
}

const runKey = (e: {
  shopId: string;
  shopOrderId: string;
  orderStatus: number;
  actionTime: number;
}) => `${e.shopId}/${e.shopOrderId}/${e.orderStatus}@${e.actionTime}`;

/** How many times the handler ran per (shop, order, status, actionTime). */
function runCounts(user: LocalDeliveryPushApp): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { event } of user.runs.events)
    counts.set(runKey(event), (counts.get(runKey(event)) ?? 0) + 1);
  return counts;
}

/**
 * 即时配送's `update_waybill_status` end to end: the emulator pushes every
 * status to a user-style app on a real port (Express and Fastify), in each
 * format and mode; the `@OnWechatEvent('update_waybill_status')` handler runs
 * once per (shop, shopOrderId, orderStatus, actionTime) with the typed event,
 * and WeChat gets the reply it requires. One emulator and one app per
 * platform; the format and mode are switched in the emulator's push settings.
 */
describe.each(PLATFORMS)(
  'update_waybill_status end to end — on %s',
  (platform) => {
    let wechat: Emulator;
    /** With the EncodingAESKey: takes compatible and safe mode (and refuses plain, as it should). */
    let sealing: LocalDeliveryPushApp;
    /** Without one: a console in plain mode. */
    let plain: LocalDeliveryPushApp;
    let user: LocalDeliveryPushApp;
    const settings = (): PushSettings => ({
      token: PUSH_TOKEN,
      encodingAesKey: AES_KEY,
      appId: wechat.appId,
    });
    const configure = (format: Format, mode: Mode) => {
      user = mode === 'plain' ? plain : sealing;
      wechat.configurePush({
        url: user.pushUrl,
        token: PUSH_TOKEN,
        encodingAesKey: mode === 'plain' ? undefined : AES_KEY,
        mode,
        format,
        toUserName: GH_ID,
        retryDelayMs: 20,
      });
    };

    beforeAll(async () => {
      wechat = await WechatEmulator.start();
      wechat.localDelivery.bindShop({
        shopId: REAL_SHOP.shopId,
        deliveryId: 'DADA',
        secret: REAL_SHOP.secret,
      });
      const start = (encodingAesKey: string | undefined) =>
        startLocalDeliveryPushApp(platform, {
          appId: wechat.appId,
          appSecret: wechat.appSecret,
          apiBaseUrl: wechat.url,
          timeoutMs: 2000,
          pushToken: PUSH_TOKEN,
          encodingAesKey,
          localDelivery: {
            shopSecrets: { [REAL_SHOP.shopId]: REAL_SHOP.secret },
          },
        });
      [sealing, plain] = await Promise.all([start(AES_KEY), start(undefined)]);
    });
    afterAll(async () => {
      await wechat?.pushes.settled();
      await Promise.all([sealing?.app.close(), plain?.app.close()]);
      await wechat?.stop();
    });

    /** A WeChat re-send of `delivery`'s event: the same message, signed (and sealed) afresh. */
    async function resend(
      delivery: PushDelivery,
      format: Format,
      mode: Mode,
    ): Promise<void> {
      const push = buildPush(settings(), delivery.event, mode, format);
      const url = new URL(user.pushUrl);
      for (const [k, v] of Object.entries(push.query))
        url.searchParams.set(k, v);
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': push.contentType },
        body: push.body,
      });
      expect(response.status).toBe(200);
      const body = await response.text();
      const reading = readReplyMessage(body, {
        token: PUSH_TOKEN,
        cipher:
          mode === 'plain' ? undefined : new PushCipher(AES_KEY, wechat.appId),
      });
      expectRequiredReply(body, reading.fields, delivery.event, format, mode);
    }

    describe.each(COMBINATIONS)('%s pushes, %s mode', (format, mode) => {
      beforeAll(() => configure(format, mode));

      it('each of the 16 statuses set by mockUpdateOrder runs the handler once with the typed event, and gets the required reply; a re-send does not run it again, another actionTime does', async () => {
        const id = `M-${format}-${mode}`;
        const base = Math.floor(Date.now() / 1000) - 10_000;
        await user.local.addOrder(localOrder(id)); // pushes 101 at "now"
        for (const [i, [status]] of STATUSES.entries()) {
          await user.local.mockUpdateOrder({
            shopId: SANDBOX_SHOP,
            shopOrderId: id,
            orderStatus: status,
            actionTime: base + i,
          });
        }
        await wechat.pushes.settled();
        const deliveries = await wechat.localDelivery.pushes(id);
        expect(deliveries).toHaveLength(1 + STATUSES.length);
        expectDeliveredWithReply(deliveries, format, mode);

        const runs = user.runs.of(SANDBOX_SHOP, id);
        expect(runs.map(runKey).sort()).toEqual(
          deliveries
            .map((d) =>
              runKey({
                shopId: SANDBOX_SHOP,
                shopOrderId: id,
                orderStatus: Number(d.event['order_status']),
                actionTime: Number(d.event['action_time']),
              }),
            )
            .sort(),
        );
        for (const [i, [status, zh, final]] of STATUSES.entries()) {
          const run = runs.find((e) => e.actionTime === base + i);
          expect(run).toMatchObject({
            event: 'update_waybill_status',
            shopId: SANDBOX_SHOP,
            shopOrderId: id,
            shopNo: '',
            waybillId: `${id}_waybillid`,
            orderStatus: status,
            orderStatusInfo: { zh, final },
          });
          if (!WITH_RIDER.includes(status)) {
            expect(run?.agent).toBeUndefined();
            continue;
          }
          expect(run?.agent).toMatchObject({
            name: '我是小哥',
            phone: '13712345678',
          });
          if (status !== 301) {
            expect(run?.agent?.reachTime).toBeUndefined();
            continue;
          }
          // A Unix timestamp of the expected arrival (the push's reach_time), not a countdown.
          const pushed = deliveries.find(
            (d) => d.event['order_status'] === 301,
          )!.event['agent'] as { reach_time: number };
          expect(run?.agent?.reachTime).toBe(pushed.reach_time);
          expect(pushed.reach_time).toBeGreaterThan(1_600_000_000);
        }

        // WeChat re-sends each push (its reply lost, say): same reply, no second run.
        const before = runCounts(user);
        for (const delivery of deliveries) await resend(delivery, format, mode);
        expect(runCounts(user)).toEqual(before);
        expect([...before.values()].every((count) => count === 1)).toBe(true);

        // The same status again at another time is a new event.
        await user.local.mockUpdateOrder({
          shopId: SANDBOX_SHOP,
          shopOrderId: id,
          orderStatus: 502,
          actionTime: base + 100,
        });
        await wechat.pushes.settled();
        expect(
          user.runs
            .of(SANDBOX_SHOP, id)
            .filter((e) => e.orderStatus === 502)
            .map((e) => e.actionTime),
        ).toEqual([base + STATUSES.length - 1, base + 100]);
      });
    });

    describe('the carrier moving orders (emulator controls), safe-mode JSON as the docs ask', () => {
      beforeAll(() => configure('json', 'safe'));

      it('the main line, a failed delivery back to the shop and a carrier cancel each reach the handler once, with the reply', async () => {
        const paths: Record<string, number[]> = {
          'C-delivered': [102, 201, 202, 301, 302],
          'C-returned': [102, 201, 202, 301, 304, 401],
          'C-cancelled': [102, 501],
        };
        for (const [id, moves] of Object.entries(paths)) {
          await user.local.addOrder(localOrder(id));
          for (const status of moves)
            wechat.localDelivery.advance(id, status, { reachInSeconds: 900 });
        }
        await wechat.pushes.settled();
        for (const [id, moves] of Object.entries(paths)) {
          const deliveries = await wechat.localDelivery.pushes(id);
          expectDeliveredWithReply(deliveries, 'json', 'safe');
          // Order of arrival is not promised: the statuses, once each.
          expect(
            user.runs
              .of(SANDBOX_SHOP, id)
              .map((e) => e.orderStatus)
              .sort(),
          ).toEqual([101, ...moves].sort());
        }
        const delivering = user.runs
          .of(SANDBOX_SHOP, 'C-delivered')
          .find((e) => e.orderStatus === 301)!;
        // reachInSeconds after the move: the push's reach_time is that timestamp.
        expect(delivering.agent?.reachTime).toBe(
          wechat.localDelivery.order('C-delivered')!.reachAt,
        );
        expect(delivering.agent!.reachTime! - delivering.actionTime).toBe(900);
      });

      it('two shops with the same shopOrderId, status and actionTime are two events: both run', async () => {
        await user.local.addOrder(localOrder('TWIN'));
        await user.local.addOrder(localOrder('TWIN', REAL_SHOP.shopId, 'DADA'));
        const at = Math.floor(Date.now() / 1000) + 5_000;
        for (const shopId of [SANDBOX_SHOP, REAL_SHOP.shopId])
          wechat.localDelivery.advance('TWIN', 102, { shopId, actionTime: at });
        await wechat.pushes.settled();
        for (const shopId of [SANDBOX_SHOP, REAL_SHOP.shopId]) {
          expect(
            user.runs
              .of(shopId, 'TWIN')
              .filter((e) => e.orderStatus === 102 && e.actionTime === at),
          ).toHaveLength(1);
          expectDeliveredWithReply(
            await wechat.localDelivery.pushes('TWIN', shopId),
            'json',
            'safe',
          );
        }
      });
    });
  },
);
