import {
  toAddOrderResult,
  toBalanceQueryResult,
  toCancelOrderResult,
  toPreAddOrderResult,
  toQueryFlowResult,
  toQueryOrderResult,
} from './intracity.mappers';

// The replies are the reference's samples (intracity.md §4): OFF-IC's, and SKIT's where OFF-IC has none.
describe('同城配送 reply mappers', () => {
  it('read the addorder example (without wx_order_id), money in fen and ids as strings', () => {
    expect(
      toAddOrderResult({
        errcode: 0,
        errmsg: 'ok',
        service_trans_id: 'SFTC',
        wx_store_id: '1000000000000023002',
        store_order_id: 'testorder123',
        distance: 2358,
        fee: 1300,
        trans_order_id: 'JS123143DA',
      }),
    ).toEqual({
      wxStoreId: '1000000000000023002',
      wxOrderId: '',
      storeOrderId: 'testorder123',
      serviceTransId: 'SFTC',
      distance: 2358,
      transOrderId: 'JS123143DA',
      waybillId: undefined,
      fee: 1300,
      fetchCode: undefined,
      orderSeq: undefined,
    });
  });

  it('never rounds an id sent as a number into another one', () => {
    expect(
      toAddOrderResult({ wx_order_id: 4018734875633256960 }).wxOrderId,
    ).toBe('');
    expect(toAddOrderResult({ wx_order_id: 12345 }).wxOrderId).toBe('12345');
  });

  it('reads the SKIT preaddorder sample', () => {
    expect(
      toPreAddOrderResult({
        errcode: 0,
        errmsg: 'OK',
        distance: 1000,
        est_fee: 870,
        service_trans_id: 'SFTC',
        promise_delivery_time: 50,
        expected_finished_time: 1692163151,
      }),
    ).toEqual({
      serviceTransId: 'SFTC',
      distance: 1000,
      estFee: 870,
      expectedFinishedTime: 1692163151,
      promiseDeliveryTime: 50,
    });
  });

  it('gives the cancel status its words and final flag', () => {
    expect(
      toCancelOrderResult({
        errcode: 0,
        errmsg: 'ok',
        wx_order_id: '2000000000000092001',
        store_order_id: 'testorder12345879',
        wx_store_id: '4000000000000042001',
        appid: 'wx539e0b4872f196d1',
        order_status: 20000,
        deductfee: 0,
      }),
    ).toMatchObject({
      orderStatus: 20000,
      statusInfo: { zh: '商家取消订单', final: 'fail' },
      deductFee: 0,
      wxOrderId: '2000000000000092001',
    });
  });

  it('reads item quantities as num or item_num (the table and the example disagree)', () => {
    const order = toQueryOrderResult({
      order_status: 70000,
      actualfee: 1300,
      cargo_info: {
        item_list: [
          { item_name: 'a', num: 2 },
          { item_name: 'b', item_num: 3 },
        ],
      },
    });
    expect(order.cargoInfo.itemList.map((item) => item.count)).toEqual([2, 3]);
    expect(order.statusInfo).toEqual({
      zh: '配送完成',
      en: 'delivered',
      final: 'success',
    });
    expect(order.actualFee).toBe(1300);
  });

  it('reads the SKIT queryflow sample', () => {
    const result = toQueryFlowResult({
      total: 1,
      flow_list: [
        {
          flow_type: 1,
          appid: 'wx539e0b4872f196d1',
          wx_store_id: '4000000000000042002',
          pay_order_id: '2920020938702667776',
          service_trans_id: 'SFTC',
          pay_amount: 1,
          refund_amount: 1,
          create_time: 1683639082,
          pay_time: 1683639151,
          refund_time: 1683653491,
          consume_deadline: 1686231082,
          pay_status: 'SUCCESS',
        },
      ],
      errcode: 0,
      errmsg: 'ok',
      total_pay_amt: 1,
      total_refund_amt: 1,
    });
    expect(result).toMatchObject({
      total: 1,
      totalPayAmt: 1,
      flowList: [
        {
          payOrderId: '2920020938702667776',
          consumeDeadline: 1686231082,
          payStatus: 'SUCCESS',
        },
      ],
    });
  });

  it('reads balance_detail as an array, and a lone object as one entry', () => {
    const carrier = {
      balance: 5000,
      service_trans_id: 'DADA',
      service_trans_name: '达达快送',
      order_list: [
        { payorder_id: '29200', charge_amt: 5000, unused_amt: 5000 },
      ],
    };
    expect(
      toBalanceQueryResult({ all_balance: 5000, balance_detail: [carrier] })
        .balanceDetail,
    ).toEqual(
      toBalanceQueryResult({ all_balance: 5000, balance_detail: carrier })
        .balanceDetail,
    );
    expect(
      toBalanceQueryResult({ balance_detail: [carrier] }).balanceDetail[0],
    ).toMatchObject({
      balance: 5000,
      serviceTransName: '达达快送',
      orderList: [{ payOrderId: '29200', unusedAmt: 5000 }],
    });
  });
});
