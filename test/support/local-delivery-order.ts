/** The buyer every local-delivery order in the e2e suites is for (any openid passes the emulator's sandbox by default). */
export const LOCAL_BUYER = 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o';

/**
 * A valid 即时配送 order for preAddOrder / addOrder / reOrder, in the
 * library's camelCase input: the sandbox shop and carrier unless told,
 * two points ~1.1 km apart in Guangzhou, the official example's category pair.
 */
export function localOrder(
  shopOrderId: string,
  shopId = 'test_shop_id',
  deliveryId = 'TEST',
) {
  const person = (name: string, lat: number) => ({
    name,
    city: '广州市',
    address: '体育西路',
    addressDetail: '2栋101',
    phone: '13800138000',
    lng: 113.324,
    lat,
  });
  return {
    shopId,
    shopOrderId,
    deliveryId,
    openid: LOCAL_BUYER,
    sender: person('商家', 23.125),
    receiver: person('张三', 23.135),
    cargo: {
      goodsValue: 38.5,
      goodsWeight: 1.2,
      cargoFirstClass: '美食夜宵',
      cargoSecondClass: '零食小吃',
    },
    orderInfo: { orderType: 0 },
    shop: {
      wxaPath: 'pages/order?id=1',
      imgUrl: 'https://example.com/a.png',
      goodsName: '鸡翅',
      goodsCount: 1,
    },
  };
}
