import { CarrierRegistry } from './carrier-registry';
import { OrderBook } from './order-book';

describe('OrderBook', () => {
  let orders: OrderBook;

  beforeEach(() => {
    orders = new OrderBook(new CarrierRegistry());
  });

  it('fills defaults when seeding: generated waybill id, carrier biz id, active, version 0', () => {
    const order = orders.seed({ orderId: 'o-1', deliveryId: 'SF' });

    expect(order).toMatchObject({
      orderId: 'o-1',
      bizId: 'SF_CASH',
      status: 'active',
      version: 0,
    });
    expect(order.waybillId).toMatch(/^SF\d{12}$/);
    expect(orders.seed({ orderId: 'o-2', deliveryId: 'TEST' }).bizId).toBe(
      'test_biz_id',
    );
  });

  it('keeps the given waybill id and path', () => {
    const node = {
      actionTime: 1700000000,
      actionType: 100001,
      actionMsg: 'picked up',
    };
    const order = orders.seed({
      orderId: 'o-1',
      deliveryId: 'ZTO',
      waybillId: 'W1',
      path: [node],
    });

    expect(order).toMatchObject({ waybillId: 'W1', path: [node], version: 1 });
  });

  it('appends track nodes and bumps the version', () => {
    orders.seed({ orderId: 'o-1', deliveryId: 'TEST' });
    orders.addTrack('o-1', {
      actionTime: 1,
      actionType: 100001,
      actionMsg: 'a',
    });
    const order = orders.addTrack('o-1', {
      actionTime: 2,
      actionType: 200001,
      actionMsg: 'b',
    });

    expect(order.version).toBe(2);
    expect(order.path.map((n) => n.actionType)).toEqual([100001, 200001]);
    expect(orders.get('o-1')).toEqual(order);
  });

  it('hands out snapshots, so tests cannot change stored orders by accident', () => {
    const seeded = orders.seed({ orderId: 'o-1', deliveryId: 'TEST' });
    (seeded.path as unknown[]).push({
      actionTime: 1,
      actionType: 1,
      actionMsg: 'x',
    });

    expect(orders.get('o-1')?.path).toEqual([]);
  });

  it('rejects unknown carriers, duplicate order ids and tracks for unknown orders', () => {
    orders.seed({ orderId: 'o-1', deliveryId: 'TEST' });

    expect(() => orders.seed({ orderId: 'o-2', deliveryId: 'NOPE' })).toThrow(
      /Unknown deliveryId/,
    );
    expect(() => orders.seed({ orderId: 'o-1', deliveryId: 'TEST' })).toThrow(
      /already exists/,
    );
    expect(() =>
      orders.addTrack('o-9', { actionTime: 1, actionType: 1, actionMsg: '' }),
    ).toThrow();
  });

  it('generates waybill data from the receiver unless given, and keeps a copy of the request body', () => {
    const requestBody = { receiver: { city: '上海市', area: '浦东新区' } };
    const sf = orders.seed({ orderId: 'o-1', deliveryId: 'SF', requestBody });
    const given = orders.seed({
      orderId: 'o-2',
      deliveryId: 'ZTO',
      waybillData: [{ key: 'k', value: 'v' }],
    });
    requestBody.receiver.city = 'changed';

    expect(sf.waybillData[0]).toEqual({ key: 'SF_bagAddr', value: '上海' });
    expect(orders.get('o-1')?.requestBody).toEqual({
      receiver: { city: '上海市', area: '浦东新区' },
    });
    expect(given.waybillData).toEqual([{ key: 'k', value: 'v' }]);
  });

  it('queues addOrder refusals one per call, in order, and clear() drops them', () => {
    orders.rejectNextAdd({ resultcode: 10001, resultmsg: 'a' });
    orders.rejectNextAdd({ resultcode: 10002, resultmsg: 'b' });

    expect(orders.takeAddRefusal()?.resultcode).toBe(10001);
    orders.clear();
    expect(orders.takeAddRefusal()).toBeUndefined();
  });

  it('lists and clears', () => {
    orders.seed({ orderId: 'o-1', deliveryId: 'TEST' });
    orders.seed({ orderId: 'o-2', deliveryId: 'TEST' });
    expect(orders.list().map((o) => o.orderId)).toEqual(['o-1', 'o-2']);

    orders.clear();
    expect(orders.list()).toEqual([]);
  });
});

describe('CarrierRegistry', () => {
  it('seeds the ten 2019 carriers plus the TEST sandbox carrier', () => {
    const registry = new CarrierRegistry();

    expect(registry.list().map((c) => c.deliveryId)).toEqual([
      'BEST',
      'DB',
      'EMS',
      'OTP',
      'PJ',
      'SF',
      'STO',
      'YTO',
      'YUNDA',
      'ZTO',
      'TEST',
    ]);
    expect(registry.get('TEST')).toMatchObject({
      cashBizId: 'test_biz_id',
      serviceTypes: [{ serviceType: 1, serviceName: 'test_service_name' }],
    });
    expect(registry.get('SF')?.serviceTypes).toHaveLength(4);
  });
});
