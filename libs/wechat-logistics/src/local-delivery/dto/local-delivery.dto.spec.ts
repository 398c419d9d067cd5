import { messagesFor } from '../../core/validation/messages-for.spec-helper';
import {
  LocalAddOrderDto,
  LocalCancelOrderDto,
  LocalGetOrderDto,
  LocalMockUpdateOrderDto,
  LocalPreCancelOrderDto,
} from '.';
import { person, validAdd } from './local-delivery.spec-helper';

const withCargo = (cargo: Record<string, unknown>) => ({
  ...validAdd(),
  cargo: { ...(validAdd().cargo as object), ...cargo },
});

describe('即时配送 DTOs', () => {
  it('accept the reference shape', () => {
    expect(messagesFor(LocalAddOrderDto, validAdd())).toEqual([]);
  });

  it('take money in yuan with at most 2 decimals, naming the field', () => {
    expect(
      messagesFor(LocalAddOrderDto, withCargo({ goodsValue: 12.345 })),
    ).toEqual([
      'cargo.goodsValue must be in yuan with at most 2 decimals (got 12.345)',
    ]);
    expect(
      messagesFor(LocalAddOrderDto, withCargo({ goodsValue: 0.1 + 0.2 })),
    ).toEqual([]);
    expect(
      messagesFor(LocalAddOrderDto, withCargo({ goodsValue: '38.5' })),
    ).toEqual([
      'cargo.goodsValue must be a number in yuan (got the string "38.5")',
    ]);
  });

  it.each([
    [
      { goodsValue: 0 },
      'cargo.goodsValue must be more than 0 and at most 5000 yuan (got 0)',
    ],
    [
      { goodsValue: 5000.01 },
      'cargo.goodsValue must be more than 0 and at most 5000 yuan (got 5000.01)',
    ],
    [
      { goodsWeight: 50.5 },
      'cargo.goodsWeight must be more than 0 and at most 50 kg (got 50.5)',
    ],
    [
      { goodsHeight: 46 },
      'cargo.goodsHeight must be more than 0 and at most 45 cm (got 46)',
    ],
    [
      { goodsLength: 66 },
      'cargo.goodsLength must be more than 0 and at most 65 cm (got 66)',
    ],
    [
      { goodsWidth: 0 },
      'cargo.goodsWidth must be more than 0 and at most 50 cm (got 0)',
    ],
    [
      { goodsPickupInfo: '取'.repeat(101) },
      'cargo.goodsPickupInfo must be at most 100 characters',
    ],
  ])('bound the cargo: %j', (cargo, message) => {
    expect(messagesFor(LocalAddOrderDto, withCargo(cargo))).toEqual([message]);
  });

  it('bound goods_detail by its size as sent', () => {
    const goods = Array.from({ length: 200 }, () => ({
      goodCount: 1,
      goodName: '很长的商品名'.repeat(3),
      goodPrice: 9.9,
    }));
    const [message] = messagesFor(
      LocalAddOrderDto,
      withCargo({ goodsDetail: { goods } }),
    );
    expect(message).toMatch(
      /^cargo\.goodsDetail must be at most 10240 characters as sent \(got \d+\)$/,
    );
  });

  it('check coordinates: range, 6 decimals, and the coordinate type', () => {
    const receiver = (extra: object) => ({
      ...validAdd(),
      receiver: { ...person('张三'), ...extra },
    });
    expect(messagesFor(LocalAddOrderDto, receiver({ lng: 181 }))).toEqual([
      'receiver.lng must be from -180 to 180 degrees (got 181)',
    ]);
    expect(messagesFor(LocalAddOrderDto, receiver({ lat: -90.5 }))).toEqual([
      'receiver.lat must be from -90 to 90 degrees (got -90.5)',
    ]);
    expect(
      messagesFor(LocalAddOrderDto, receiver({ lat: 23.0975351 })),
    ).toEqual([
      'receiver.lat must be in degrees with at most 6 decimals (got 23.0975351)',
    ]);
    expect(
      messagesFor(LocalAddOrderDto, receiver({ coordinateType: 1 })),
    ).toEqual([]);
    expect(
      messagesFor(LocalAddOrderDto, receiver({ coordinateType: 2 })),
    ).toEqual(['receiver.coordinateType must be one of 0 (Gcj02), 1 (Bd09)']);
  });

  it('check the documented string limits', () => {
    expect(
      messagesFor(LocalAddOrderDto, {
        ...validAdd(),
        shopOrderId: '单'.repeat(43),
      }),
    ).toEqual([
      'shopOrderId must be at most 128 bytes in UTF-8 (a Chinese character is 3 bytes)',
    ]);
    expect(
      messagesFor(LocalAddOrderDto, {
        ...validAdd(),
        receiver: { ...person('张'.repeat(257)) },
      }),
    ).toEqual(['receiver.name must be at most 256 characters']);
    expect(
      messagesFor(LocalAddOrderDto, {
        ...validAdd(),
        receiver: { ...person('张三'), phone: '1'.repeat(65) },
      }),
    ).toEqual(['receiver.phone must be at most 64 characters']);
    expect(
      messagesFor(LocalAddOrderDto, {
        ...validAdd(),
        orderInfo: { poiSeq: '1'.repeat(33), note: 'n'.repeat(201) },
      }),
    ).toEqual([
      'orderInfo.poiSeq must be at most 32 characters',
      'orderInfo.note must be at most 200 characters',
    ]);
  });

  it('need a time for a scheduled order, and times in seconds', () => {
    expect(
      messagesFor(LocalAddOrderDto, {
        ...validAdd(),
        orderInfo: { orderType: 1 },
      }),
    ).toEqual([
      'orderInfo.orderType 1 (scheduled) needs one of expectedDeliveryTime, expectedFinishTime, expectedPickTime',
    ]);
    expect(
      messagesFor(LocalAddOrderDto, {
        ...validAdd(),
        orderInfo: { orderType: 1, expectedFinishTime: 1764140400 },
      }),
    ).toEqual([]);
    expect(
      messagesFor(LocalAddOrderDto, {
        ...validAdd(),
        orderInfo: { orderTime: 1764140400000 },
      }),
    ).toEqual([
      'orderInfo.orderTime must be Unix seconds, but 1764140400000 looks like milliseconds (divide it by 1000)',
    ]);
  });

  it('refuse a delivery_sign from the caller: the library computes it', () => {
    expect(
      messagesFor(LocalGetOrderDto, {
        shopId: 's',
        shopOrderId: 'o',
        deliverySign: 'x',
      }),
    ).toEqual([expect.stringMatching(/^deliverySign is not a known field/)]);
    expect(
      messagesFor(LocalGetOrderDto, {
        shopId: 's',
        shopOrderId: 'o',
        delivery_sign: 'x',
      }),
    ).toEqual([expect.stringMatching(/^delivery_sign is not a known field/)]);
  });

  it('want the reason in words with cancel reason 6 only, and a reason id 1–6', () => {
    const cancel = {
      shopId: 's',
      shopOrderId: 'o',
      deliveryId: 'TEST',
      cancelReasonId: 1,
    };
    expect(messagesFor(LocalCancelOrderDto, cancel)).toEqual([]);
    expect(
      messagesFor(LocalCancelOrderDto, { ...cancel, cancelReasonId: 6 }),
    ).toEqual(['cancelReason is required when cancelReasonId is 6 (other)']);
    expect(
      messagesFor(LocalCancelOrderDto, {
        ...cancel,
        cancelReasonId: 6,
        cancelReason: '顾客改约',
      }),
    ).toEqual([]);
    expect(
      messagesFor(LocalCancelOrderDto, { ...cancel, cancelReasonId: 7 }),
    ).toEqual([
      expect.stringMatching(
        /^cancelReasonId must be one of 1 \(NoLongerNeeded\)/,
      ),
    ]);
    expect(
      messagesFor(LocalCancelOrderDto, {
        ...cancel,
        cancelReasonId: undefined,
      }),
    ).toEqual([expect.stringMatching(/^cancelReasonId must be one of/)]);
    expect(
      messagesFor(LocalPreCancelOrderDto, {
        ...cancel,
        waybillId: 'w',
        cancelReasonId: 6,
      }),
    ).toEqual(['cancelReason is required when cancelReasonId is 6 (other)']);
  });

  it("want SFTC's cancel to name the waybill (its documented rule)", () => {
    expect(
      messagesFor(LocalCancelOrderDto, {
        shopId: 's',
        shopOrderId: 'o',
        deliveryId: 'SFTC',
        cancelReasonId: 1,
      }),
    ).toEqual([
      'waybillId is required for SFTC (its cancel needs the waybill)',
    ]);
  });

  it('let mockUpdateOrder move sandbox orders only, with a documented status', () => {
    const mock = {
      shopId: 'test_shop_id',
      shopOrderId: 'o',
      orderStatus: 102,
      actionTime: 1764140400,
    };
    expect(messagesFor(LocalMockUpdateOrderDto, mock)).toEqual([]);
    expect(
      messagesFor(LocalMockUpdateOrderDto, { ...mock, shopId: 'real' }),
    ).toEqual([
      expect.stringMatching(
        /^shopId must be "test_shop_id": mockUpdateOrder only moves sandbox orders/,
      ),
    ]);
    expect(
      messagesFor(LocalMockUpdateOrderDto, { ...mock, orderStatus: 106 }),
    ).toEqual([
      expect.stringMatching(
        /^orderStatus must be one of 101 \(AwaitingRider\)/,
      ),
    ]);
  });
});
