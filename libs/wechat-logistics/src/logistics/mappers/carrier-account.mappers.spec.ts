import {
  toGetAllAccountResult,
  toGetAllDeliveryResult,
  toGetQuotaResult,
} from './carrier-account.mappers';
import { toGetPrinterResult } from './printer.mappers';

describe('carrier, account, quota and printer reply mappers', () => {
  it('reads carriers without the newer fields (2019 replies had only id and name)', () => {
    expect(
      toGetAllDeliveryResult({
        data: [{ delivery_id: 'SF', delivery_name: '顺丰速运' }],
      }),
    ).toEqual({
      count: 1,
      data: [
        {
          deliveryId: 'SF',
          deliveryName: '顺丰速运',
          canUseCash: 0,
          canGetQuota: 0,
          cashBizId: '',
          serviceType: [],
        },
      ],
    });
  });

  it('passes an unknown account status on as it came', () => {
    const { list } = toGetAllAccountResult({
      count: 1,
      list: [{ biz_id: 'B', status_code: 7 }],
    });
    expect(list[0].statusCode).toBe(7);
    expect(list[0].serviceType).toEqual([]);
  });

  it('reads an empty account reply as no accounts', () => {
    expect(toGetAllAccountResult({ errcode: 0, errmsg: 'ok' })).toEqual({
      count: 0,
      list: [],
    });
  });

  it('reads printers, dropping entries that are not strings', () => {
    expect(
      toGetPrinterResult({ openid: ['o1', 2, 'o2'], tagid_list: null }),
    ).toEqual({ count: 2, openid: ['o1', 'o2'], tagidList: [] });
  });

  it('reads a quota sent as a string (as some SDKs type it) as a number', () => {
    expect(toGetQuotaResult({ quota_num: '210' })).toEqual({ quotaNum: 210 });
    expect(toGetQuotaResult({})).toEqual({ quotaNum: 0 });
  });
});
