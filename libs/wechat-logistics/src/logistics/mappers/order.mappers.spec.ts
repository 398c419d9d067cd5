import {
  toAddOrderResult,
  toBatchGetOrderResult,
  toGetOrderResult,
} from './order.mappers';

describe('order reply mappers', () => {
  it('maps an addOrder reply field by field, without carrier fields it did not get', () => {
    expect(
      toAddOrderResult({
        order_id: 'O',
        waybill_id: 'WB',
        waybill_data: [{ key: 'SF_bagAddr', value: '广州', extra: 1 }],
        unexpected: true,
      }),
    ).toEqual({
      orderId: 'O',
      waybillId: 'WB',
      waybillData: [{ key: 'SF_bagAddr', value: '广州' }],
    });
  });

  it('keeps the carrier result when WeChat passes one on', () => {
    expect(
      toAddOrderResult({
        order_id: 'O',
        waybill_id: 'WB',
        delivery_resultcode: 0,
        delivery_resultmsg: '',
      }),
    ).toMatchObject({ deliveryResultcode: 0, deliveryResultmsg: '' });
  });

  it('reads missing or malformed fields as empty, never as undefined', () => {
    expect(
      toGetOrderResult({ waybill_data: 'nonsense', order_status: '1' }),
    ).toEqual({
      printHtml: '',
      waybillData: [],
      orderId: '',
      deliveryId: '',
      waybillId: '',
      orderStatus: 1,
    });
  });

  it('puts per-order errors beside found orders, counting a missing errcode as 0', () => {
    expect(
      toBatchGetOrderResult({
        errcode: 0,
        order_list: [
          {
            order_id: 'O1',
            delivery_id: 'TEST',
            waybill_id: 'WB1',
            print_html: 'PGh0bWw+',
            waybill_data: [],
            order_status: 0,
          },
          {
            errcode: 930563,
            errmsg: 'order not found',
            order_id: 'O2',
            delivery_id: 'TEST',
          },
          'not an order',
        ],
      }),
    ).toEqual({
      orderList: [
        {
          ok: true,
          orderId: 'O1',
          deliveryId: 'TEST',
          waybillId: 'WB1',
          printHtml: 'PGh0bWw+',
          waybillData: [],
          orderStatus: 0,
        },
        {
          ok: false,
          orderId: 'O2',
          deliveryId: 'TEST',
          errcode: 930563,
          errmsg: 'order not found',
        },
      ],
    });
  });

  it('reads a batch reply without order_list as an empty list', () => {
    expect(toBatchGetOrderResult({})).toEqual({ orderList: [] });
  });
});
