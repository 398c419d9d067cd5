import {
  AccountBindType,
  ActionType,
  PrinterUpdateType,
  type WechatLogisticsClient,
} from 'nestjs-wechat-logistics';
import { type EmulatorFault } from 'nestjs-wechat-logistics/testing';
import {
  CONTRACT_CLIENTS,
  PAST_TIMEOUT_MS,
  cannedReply,
  useEmulatorHarness,
} from '../support/contract-harness';

const BUSINESS = '/cgi-bin/express/business';

interface ReadCase {
  readonly path: string;
  readonly call: (service: WechatLogisticsClient) => Promise<unknown>;
  readonly reply: Record<string, unknown>;
  readonly expected: Record<string, unknown>;
}

const READS: Record<string, ReadCase> = {
  getOrder: {
    path: `${BUSINESS}/order/get`,
    call: (s) => s.getOrder({ orderId: 'O', deliveryId: 'TEST' }),
    reply: { order_id: 'O', waybill_id: 'WB' },
    expected: { orderId: 'O', waybillId: 'WB' },
  },
  batchGetOrder: {
    path: `${BUSINESS}/order/batchget`,
    call: (s) =>
      s.batchGetOrder({ orderList: [{ orderId: 'O', deliveryId: 'TEST' }] }),
    reply: { order_list: [{ order_id: 'O', waybill_id: 'WB' }] },
    expected: { orderList: [expect.objectContaining({ ok: true })] },
  },
  getPath: {
    path: `${BUSINESS}/path/get`,
    call: (s) =>
      s.getPath({ orderId: 'O', deliveryId: 'TEST', waybillId: 'WB' }),
    reply: { waybill_id: 'WB', path_item_num: 0 },
    expected: { waybillId: 'WB' },
  },
  getAllDelivery: {
    path: `${BUSINESS}/delivery/getall`,
    call: (s) => s.getAllDelivery(),
    reply: { count: 1, data: [{ delivery_id: 'SF' }] },
    expected: { count: 1 },
  },
  getAllAccount: {
    path: `${BUSINESS}/account/getall`,
    call: (s) => s.getAllAccount(),
    reply: { count: 1, list: [{ biz_id: 'B' }] },
    expected: { count: 1 },
  },
  getPrinter: {
    path: `${BUSINESS}/printer/getall`,
    call: (s) => s.getPrinter(),
    reply: { count: 1, openid: ['o'] },
    expected: { count: 1 },
  },
  getQuota: {
    path: `${BUSINESS}/quota/get`,
    call: (s) => s.getQuota({ deliveryId: 'YTO', bizId: 'B' }),
    reply: { quota_num: 5 },
    expected: { quotaNum: 5 },
  },
};

const FAULTS: Record<string, Omit<EmulatorFault, 'path' | 'times'>> = {
  'system busy (-1)': { errcode: -1 },
  'a timeout': { delayMs: PAST_TIMEOUT_MS },
  'a connection reset': { reset: true },
};

describe.each(CONTRACT_CLIENTS)('retries — over %s', (transport) => {
  const h = useEmulatorHarness({ callBudgetMs: 3000 }, transport);

  describe.each(Object.entries(READS))('the read %s', (_name, read) => {
    it.each(Object.entries(FAULTS))(
      'is repeated after %s, then succeeds',
      async (_fault, fault) => {
        h.wechat.faults.inject({ path: read.path, times: 1, ...fault });
        cannedReply(h.wechat, read.path, read.reply);

        await expect(read.call(h.client)).resolves.toMatchObject(read.expected);
        expect(h.wechat.requests.count(read.path)).toBe(2);
      },
    );
  });

  describe('updatePrinter (sets a state)', () => {
    const PATH = `${BUSINESS}/printer/update`;
    const update = () =>
      h.client.updatePrinter({
        openid: 'o',
        updateType: PrinterUpdateType.Bind,
      });

    it('is repeated after -1', async () => {
      h.wechat.faults.inject({ path: PATH, errcode: -1, times: 1 });
      cannedReply(h.wechat, PATH, {});
      await expect(update()).resolves.toEqual({});
      expect(h.wechat.requests.count(PATH)).toBe(2);
    });

    it('is not repeated after a timeout, whose outcome is unknown', async () => {
      h.wechat.faults.inject({
        path: PATH,
        delayMs: PAST_TIMEOUT_MS,
        times: 1,
      });
      await expect(update()).rejects.toMatchObject({
        name: 'WechatTransportError',
        failure: 'timeout',
      });
      expect(h.wechat.requests.count(PATH)).toBe(1);
    });
  });

  describe('bindAccount', () => {
    const PATH = `${BUSINESS}/account/bind`;
    const bind = () =>
      h.client.bindAccount({
        type: AccountBindType.Bind,
        bizId: 'B',
        deliveryId: 'SF',
      });

    it('counts "already bound" on the retry after -1 as the success it is', async () => {
      h.wechat.faults.inject({ path: PATH, errcode: -1, times: 1 });
      cannedReply(h.wechat, PATH, {}, 9300529);
      await expect(bind()).resolves.toEqual({ underReview: false });
      expect(h.wechat.requests.count(PATH)).toBe(2);
    });

    it('is not repeated after a connection reset', async () => {
      h.wechat.faults.inject({ path: PATH, reset: true, times: 1 });
      await expect(bind()).rejects.toMatchObject({ failure: 'network' });
      expect(h.wechat.requests.count(PATH)).toBe(1);
    });
  });

  it('testUpdateOrder is not repeated even after -1 (a repeat would add a second track node)', async () => {
    const PATH = `${BUSINESS}/test_update_order`;
    h.wechat.faults.inject({ path: PATH, errcode: -1, times: 1 });
    cannedReply(h.wechat, PATH, {});
    await expect(
      h.client.testUpdateOrder({
        bizId: 'test_biz_id',
        orderId: 'O',
        deliveryId: 'TEST',
        waybillId: 'WB',
        actionTime: 1764140400,
        actionType: ActionType.PickedUp,
        actionMsg: '揽件成功',
      }),
    ).rejects.toMatchObject({ name: 'WechatApiError', errcode: -1 });
    expect(h.wechat.requests.count(PATH)).toBe(1);
  });
});
