import { CACHE_MANAGER } from '@nestjs/cache-manager';
import { type Cache } from 'cache-manager';
import {
  type ShipOrderInput,
  type ShipmentState,
  WechatShipmentService,
} from 'nestjs-wechat-logistics';
import { WechatEmulator } from 'nestjs-wechat-logistics/testing';
import {
  emulatorOptions,
  type LibraryApp,
  startLibraryApp,
} from '../support/library-app';

export const PATHS = {
  addOrder: '/cgi-bin/express/business/order/add',
  getOrder: '/cgi-bin/express/business/order/get',
  upload: '/wxa/sec/order/upload_shipping_info',
  shippingOrder: '/wxa/sec/order/get_order',
  trace: '/cgi-bin/express/delivery/open_msg/trace_waybill',
  follow: '/cgi-bin/express/delivery/open_msg/follow_waybill',
} as const;

const PERSON = {
  name: '张三',
  mobile: '13800138000',
  province: '广东省',
  city: '广州市',
  area: '海珠区',
  address: 'TIT创意园1栋',
};

/** A sandbox shipment (carrier TEST) of `orderId` releasing `transactionId`, paid by `payer`. */
export function shipInput(
  orderId: string,
  transactionId: string,
  payer: string,
  tracking: ShipOrderInput['tracking'] | null = {
    mode: 'trace',
    receiverPhone: '13800138000',
    goods: [{ name: '咖啡豆', imageUrl: 'https://example.com/a.png' }],
  },
): ShipOrderInput {
  return {
    orderId,
    waybill: {
      addSource: 0,
      openid: payer,
      deliveryId: 'TEST',
      bizId: 'test_biz_id',
      sender: PERSON,
      receiver: { ...PERSON, name: '李四' },
      cargo: {
        count: 1,
        weight: 1.2,
        spaceX: 30.5,
        spaceY: 20,
        spaceZ: 15,
        detailList: [{ name: '咖啡豆', count: 2 }],
      },
      shop: {
        wxaPath: '/pages/order',
        imgUrl: 'https://example.com/a.png',
        goodsName: '咖啡豆',
        goodsCount: 2,
      },
      insured: { useInsured: 0, insuredValue: 0 },
      service: { serviceType: 1, serviceName: 'test_service_name' },
    },
    payment: { transactionId },
    payerOpenid: payer,
    itemDesc: '咖啡豆*2',
    ...(tracking ? { tracking } : {}),
  };
}

export interface ShipmentHarness {
  wechat: WechatEmulator;
  lib: LibraryApp;
  shipments: WechatShipmentService;
  cache: Cache;
  /** A payment seeded for `payer`, and a fresh order id. */
  newOrder(): { orderId: string; transactionId: string; payer: string };
  /** Requests to `path` since the test began. */
  count(path: string): number;
  /** Overwrites the record (a crash's leftovers). */
  editRecord(
    orderId: string,
    edit: (state: ShipmentState) => ShipmentState,
  ): Promise<void>;
}

let counter = 0;

/**
 * One emulator and one library app (memory cache-manager store, in-memory claim), `carrierCodes: { TEST: 'TEST' }`.
 * `timeoutMs` is each call's whole budget: roomy enough for a cold token fetch on a loaded machine (300 ms was not),
 * and a fault's delay twice it, so a delayed answer is lost for sure.
 */
export function useShipmentHarness(timeoutMs = 1500): ShipmentHarness {
  const h = {} as ShipmentHarness;
  beforeAll(async () => {
    h.wechat = await WechatEmulator.start();
    h.lib = await startLibraryApp(
      emulatorOptions(h.wechat, {
        timeoutMs,
        carrierCodes: { TEST: 'TEST' },
      }),
    );
    h.shipments = h.lib.app.get(WechatShipmentService);
    h.cache = h.lib.app.get<Cache>(CACHE_MANAGER);
  });
  afterAll(async () => {
    await h.lib?.app.close();
    await h.wechat?.stop();
  });
  beforeEach(() => {
    h.wechat.faults.clear();
    h.wechat.requests.clear();
  });
  h.newOrder = () => {
    counter += 1;
    const payer = `oPayer${counter}`;
    const { transactionId } = h.wechat.shipping.seedPayment({
      payerOpenid: payer,
    });
    return { orderId: `SHIP-${process.pid}-${counter}`, transactionId, payer };
  };
  h.count = (path) => h.wechat.requests.count(path);
  h.editRecord = async (orderId, edit) => {
    const key = `wechat-logistics:shipment:${encodeURIComponent(h.wechat.appId)}:${encodeURIComponent(orderId)}`;
    const state = await h.cache.get<ShipmentState>(key);
    if (!state) throw new Error(`no record for ${orderId}`);
    await h.cache.set(key, edit(state));
  };
  return h;
}
