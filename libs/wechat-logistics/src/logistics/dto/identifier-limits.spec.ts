import { type ClassConstructor } from 'class-transformer';
import { IDENTIFIER_MAX_BYTES } from '../../core/validation/identifier-limits';
import { AddOrderDto } from './add-order.dto';
import { BatchGetOrderDto } from './batch-get-order.dto';
import { BindAccountDto } from './bind-account.dto';
import { CancelOrderDto } from './cancel-order.dto';
import { GetOrderDto } from './get-order.dto';
import { GetPathDto } from './get-path.dto';
import { GetQuotaDto } from './get-quota.dto';
import { TestUpdateOrderDto } from './test-update-order.dto';
import { UpdatePrinterDto } from './update-printer.dto';
import { messagesFor, validAddOrder } from './support.spec-helper';

const ORDER = { orderId: 'O', deliveryId: 'TEST', waybillId: 'W' };
const SANDBOX = {
  ...ORDER,
  bizId: 'test_biz_id',
  actionTime: 1764140400,
  actionType: 100001,
  actionMsg: '揽件成功',
};

/** Each DTO, a valid input, and where in it each identifier sits. */
const IDENTIFIERS: [
  ClassConstructor<object>,
  () => Record<string, unknown>,
  string[],
][] = [
  [
    AddOrderDto,
    () => ({ ...validAddOrder(), addSource: 2, wxAppid: 'wx1' }),
    ['wxAppid', 'openid', 'deliveryId', 'bizId'],
  ],
  [
    CancelOrderDto,
    () => ({ ...ORDER, openid: 'o' }),
    ['deliveryId', 'waybillId', 'openid'],
  ],
  [
    GetOrderDto,
    () => ({ ...ORDER, openid: 'o' }),
    ['openid', 'deliveryId', 'waybillId'],
  ],
  [
    GetPathDto,
    () => ({ ...ORDER, openid: 'o' }),
    ['openid', 'deliveryId', 'waybillId'],
  ],
  [
    GetQuotaDto,
    () => ({ deliveryId: 'YTO', bizId: 'B' }),
    ['deliveryId', 'bizId'],
  ],
  [
    BindAccountDto,
    () => ({ type: 'bind', bizId: 'B', deliveryId: 'SF' }),
    ['bizId', 'deliveryId'],
  ],
  [
    TestUpdateOrderDto,
    () => ({ ...SANDBOX }),
    ['deliveryId', 'waybillId', 'bizId'],
  ],
  [UpdatePrinterDto, () => ({ openid: 'o', updateType: 'bind' }), ['openid']],
];

const cases = IDENTIFIERS.flatMap(([type, valid, fields]) =>
  fields.map((field) => [type.name, field, type, valid] as const),
);

describe('identifier byte bounds', () => {
  it.each(cases)(
    '%s refuses a 10,000-character %s, naming it and the limit',
    (_name, field, type, valid) => {
      expect(messagesFor(type, valid())).toEqual([]);
      expect(
        messagesFor(type, { ...valid(), [field]: 'x'.repeat(10_000) }),
      ).toContain(
        `${field} must be at most ${IDENTIFIER_MAX_BYTES} bytes in UTF-8 (a Chinese character is 3 bytes)`,
      );
    },
  );

  it.each(cases)(
    '%s accepts %s at exactly the limit',
    (_name, field, type, valid) => {
      const atLimit = { ...valid(), [field]: 'x'.repeat(IDENTIFIER_MAX_BYTES) };
      expect(
        messagesFor(type, atLimit).filter((m) =>
          m.startsWith(`${field} must be at most`),
        ),
      ).toEqual([]);
    },
  );

  it("bounds each of batchGetOrder's orders too", () => {
    const item = {
      orderId: 'O',
      deliveryId: 'TEST',
      waybillId: 'x'.repeat(10_000),
    };
    expect(messagesFor(BatchGetOrderDto, { orderList: [item] })).toContain(
      `orderList.0.waybillId must be at most ${IDENTIFIER_MAX_BYTES} bytes in UTF-8 (a Chinese character is 3 bytes)`,
    );
    expect(
      messagesFor(BatchGetOrderDto, {
        orderList: [{ ...item, deliveryId: 'd'.repeat(129), waybillId: 'W' }],
      }),
    ).toEqual([
      `orderList.0.deliveryId must be at most ${IDENTIFIER_MAX_BYTES} bytes in UTF-8 (a Chinese character is 3 bytes)`,
    ]);
  });

  it('keeps orderId at the 512 bytes WeChat states', () => {
    expect(
      messagesFor(CancelOrderDto, { ...ORDER, orderId: 'x'.repeat(513) }),
    ).toEqual([
      'orderId must be at most 512 bytes in UTF-8 (a Chinese character is 3 bytes)',
    ]);
  });
});
