import { BatchGetOrderDto } from './batch-get-order.dto';
import { messagesFor } from './support.spec-helper';

const orders = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    orderId: `O-${i}`,
    deliveryId: 'TEST',
  }));

describe('BatchGetOrderDto', () => {
  it.each([1, 100])('accepts %p orders', (count) => {
    expect(messagesFor(BatchGetOrderDto, { orderList: orders(count) })).toEqual(
      [],
    );
  });

  it('refuses an empty list', () => {
    expect(messagesFor(BatchGetOrderDto, { orderList: [] })).toEqual([
      'orderList must have 1 to 100 items (got 0)',
    ]);
  });

  it('refuses more than 100 orders', () => {
    expect(messagesFor(BatchGetOrderDto, { orderList: orders(101) })).toEqual([
      'orderList must have 1 to 100 items (got 101)',
    ]);
  });

  it('requires a list', () => {
    expect(messagesFor(BatchGetOrderDto, {})).toContain(
      'orderList must be an array',
    );
  });

  it('names a bad order by its index', () => {
    expect(
      messagesFor(BatchGetOrderDto, {
        orderList: [...orders(2), { orderId: 'O-2', waybillId: 'WB' }],
      }),
    ).toEqual([
      'orderList.2.deliveryId should not be empty',
      'orderList.2.deliveryId must be a string',
    ]);
  });
});
