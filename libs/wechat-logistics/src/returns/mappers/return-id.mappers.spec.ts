import { WechatTransportError } from '../../core/errors';
import { ReturnOrderStatus, ReturnStatus } from '../enums';
import { toAddReturnIdResult, toGetReturnIdResult } from './return-id.mappers';

const API = 'returns.addReturnId';

describe('toAddReturnIdResult', () => {
  it('keeps the string id as it came', () => {
    expect(
      toAddReturnIdResult({ return_id: '1935761508265738242' }, API),
    ).toEqual({ returnId: '1935761508265738242' });
  });

  it('converts a safe integer exactly', () => {
    expect(toAddReturnIdResult({ return_id: 12345 }, API)).toEqual({
      returnId: '12345',
    });
  });

  it('refuses a number beyond 2^53 instead of handing back a rounded id', () => {
    const rounded = JSON.parse('{"return_id":1935761508265738242}') as Record<
      string,
      unknown
    >;
    const error = (() => {
      try {
        return toAddReturnIdResult(rounded, API);
      } catch (e) {
        return e;
      }
    })() as WechatTransportError;
    expect(error).toBeInstanceOf(WechatTransportError);
    expect(error.failure).toBe('bad-response');
    expect(error.message).toMatch(/too large to read exactly/);
    expect(error.message).not.toContain('1935761508265738');
  });

  it('refuses an ok reply without a return id', () => {
    expect(() => toAddReturnIdResult({}, API)).toThrow(/no return_id string/);
  });
});

describe('toGetReturnIdResult', () => {
  it('reads the official example (string status, carrier fields)', () => {
    expect(
      toGetReturnIdResult({
        status: '1',
        waybill_id: 'JDxxxxxx',
        order_status: 0,
        delivery_name: '申通快递',
        delivery_id: 'SF',
      }),
    ).toEqual({
      status: ReturnStatus.PickupBooked,
      waybillId: 'JDxxxxxx',
      orderStatus: ReturnOrderStatus.AwaitingPickup,
      deliveryId: 'SF',
      deliveryName: '申通快递',
    });
  });

  it('reads numbers and numeric strings alike, and passes an unknown value on', () => {
    expect(
      toGetReturnIdResult({ status: 2, waybill_id: 'SF1', order_status: '12' }),
    ).toEqual({ status: 2, waybillId: 'SF1', orderStatus: 12 });
  });

  it('leaves the waybill fields empty or out before the buyer chose', () => {
    expect(
      toGetReturnIdResult({ status: 0, waybill_id: '', delivery_id: '' }),
    ).toEqual({ status: 0, waybillId: '' });
  });
});
