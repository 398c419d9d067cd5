import { GetOrderDto } from './get-order.dto';
import { GetPathDto } from './get-path.dto';
import { GetQuotaDto } from './get-quota.dto';
import { messagesFor } from './support.spec-helper';

describe('GetOrderDto', () => {
  it('finds an order by order id and carrier alone (waybillId is optional)', () => {
    expect(
      messagesFor(GetOrderDto, { orderId: 'O', deliveryId: 'TEST' }),
    ).toEqual([]);
  });

  it.each([0, 1])('accepts printType %p', (printType) => {
    expect(
      messagesFor(GetOrderDto, { orderId: 'O', deliveryId: 'TEST', printType }),
    ).toEqual([]);
  });

  it('refuses another printType', () => {
    expect(
      messagesFor(GetOrderDto, {
        orderId: 'O',
        deliveryId: 'TEST',
        printType: 2,
      }),
    ).toEqual(['printType must be one of 0 (TwoPart), 1 (SinglePart)']);
  });
});

describe('GetPathDto', () => {
  it('requires the order id as well as the waybill', () => {
    expect(
      messagesFor(GetPathDto, { deliveryId: 'TEST', waybillId: 'WB' }),
    ).toEqual(['orderId should not be empty', 'orderId must be a string']);
  });
});

describe('GetQuotaDto', () => {
  it('requires the carrier and the account', () => {
    expect(messagesFor(GetQuotaDto, {})).toEqual([
      'deliveryId should not be empty',
      'deliveryId must be a string',
      'bizId should not be empty',
      'bizId must be a string',
    ]);
  });
});
