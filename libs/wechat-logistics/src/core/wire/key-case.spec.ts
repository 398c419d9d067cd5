import { toCamelKeys, toSnakeKeys } from './key-case';

describe('key case conversion', () => {
  it("turns the cloud-call names into WeChat's wire names, deeply, leaving values alone", () => {
    expect(
      toSnakeKeys({
        orderId: 'o1',
        wxAppid: 'wxa',
        cargo: { spaceX: 1, detailList: [{ name: 'SF_bagAddr' }] },
        tagidList: '1,2',
        openid: undefined,
      }),
    ).toEqual({
      order_id: 'o1',
      wx_appid: 'wxa',
      cargo: { space_x: 1, detail_list: [{ name: 'SF_bagAddr' }] },
      tagid_list: '1,2',
    });
  });

  it('turns wire replies into camelCase, keeping waybill_data keys and values as sent', () => {
    expect(
      toCamelKeys({
        delivery_resultcode: 0,
        waybill_data: [{ key: 'SF_bagAddr', value: '广州' }],
        path_item_list: [{ action_time: 1 }],
      }),
    ).toEqual({
      deliveryResultcode: 0,
      waybillData: [{ key: 'SF_bagAddr', value: '广州' }],
      pathItemList: [{ actionTime: 1 }],
    });
  });

  it.each([
    ['addSource', 'add_source'],
    ['wxAppid', 'wx_appid'],
    ['orderId', 'order_id'],
    ['openid', 'openid'],
    ['deliveryId', 'delivery_id'],
    ['waybillId', 'waybill_id'],
    ['bizId', 'biz_id'],
    ['customRemark', 'custom_remark'],
    ['tagid', 'tagid'],
    ['expectTime', 'expect_time'],
    ['takeMode', 'take_mode'],
    ['postCode', 'post_code'],
    ['spaceX', 'space_x'],
    ['spaceY', 'space_y'],
    ['spaceZ', 'space_z'],
    ['detailList', 'detail_list'],
    ['wxaPath', 'wxa_path'],
    ['imgUrl', 'img_url'],
    ['goodsName', 'goods_name'],
    ['goodsCount', 'goods_count'],
    ['goodsImgUrl', 'goods_img_url'],
    ['goodsDesc', 'goods_desc'],
    ['useInsured', 'use_insured'],
    ['insuredValue', 'insured_value'],
    ['serviceType', 'service_type'],
    ['serviceName', 'service_name'],
    ['printType', 'print_type'],
    ['orderList', 'order_list'],
    ['updateType', 'update_type'],
    ['tagidList', 'tagid_list'],
    ['remarkContent', 'remark_content'],
    ['actionTime', 'action_time'],
    ['actionType', 'action_type'],
    ['actionMsg', 'action_msg'],
  ])('sends input key %s as %s', (camel, snake) => {
    expect(toSnakeKeys({ [camel]: 1 })).toEqual({ [snake]: 1 });
  });

  it('does not let a hostile __proto__ key change the prototype', () => {
    const converted = toCamelKeys(
      JSON.parse('{"__proto__":{"polluted":true},"a_b":1}'),
    ) as Record<string, unknown>;
    expect(converted).toEqual({ aB: 1 });
    expect(Object.getPrototypeOf(converted)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
