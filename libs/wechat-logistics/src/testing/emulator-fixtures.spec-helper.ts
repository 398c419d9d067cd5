// Request bodies shared by the emulator's specs (`-spec.ts`: excluded from the build).

/** A complete, valid addOrder body on the sandbox carrier; `change` overrides top-level fields. */
export function addOrderBody(
  change: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    add_source: 0,
    order_id: 'order-1',
    openid: 'oUser0001',
    delivery_id: 'TEST',
    biz_id: 'test_biz_id',
    custom_remark: '易碎物品',
    sender: person({ name: '张三', mobile: '13800138000' }),
    receiver: person({ name: '李四', tel: '020-88888888', city: '深圳市' }),
    cargo: {
      count: 1,
      weight: 1.2,
      space_x: 30.5,
      space_y: 20,
      space_z: 10,
      detail_list: [{ name: '茶叶', count: 2 }],
    },
    shop: {
      wxa_path: '/pages/order/index?id=1',
      img_url: 'https://example.com/tea.png',
      goods_name: '茶叶',
      goods_count: 2,
    },
    insured: { use_insured: 0, insured_value: 0 },
    service: { service_type: 1, service_name: 'test_service_name' },
    ...change,
  };
}

/** A sender/receiver with every required field; `change` overrides fields. */
export function person(
  change: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    name: '王五',
    mobile: '13900139000',
    province: '广东省',
    city: '广州市',
    area: '海珠区',
    address: '新港中路 397 号',
    ...change,
  };
}

/** The addOrder body with one field of `sender` replaced (undefined removes it). */
export function withSender(
  change: Record<string, unknown>,
): Record<string, unknown> {
  const body = addOrderBody();
  return { ...body, sender: { ...(body['sender'] as object), ...change } };
}

/** An addOrder body on a franchise carrier (YTO): needs a bound account, quota and a service type 0. */
export const YTO_ORDER = addOrderBody({
  delivery_id: 'YTO',
  biz_id: 'yto-1',
  service: { service_type: 0, service_name: '普通快递' },
});

/** A second mini program of the emulator, for the multi-app specs. */
export const SHOP_B = {
  appId: 'wx00000000000shopb',
  appSecret: 'shop-b-secret',
};

/** One seeded TEST order, and the cancelOrder body that names it. */
export const ORDER = { orderId: 'o-1', deliveryId: 'TEST', waybillId: 'W1' };
export const CANCEL_BODY = {
  order_id: ORDER.orderId,
  delivery_id: ORDER.deliveryId,
  waybill_id: ORDER.waybillId,
};
