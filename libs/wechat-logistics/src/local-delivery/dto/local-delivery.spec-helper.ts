// Shared by the family's specs. Named `.spec-helper.ts`: Jest runs only "*.spec.ts".

import { plainToInstance } from 'class-transformer';
import { LocalAddOrderDto } from './local-order.dtos';

/** A valid addOrder input (the sandbox shop). */
export function validAdd(): LocalAddOrderDto {
  return plainToInstance(LocalAddOrderDto, {
    shopId: 'test_shop_id',
    shopOrderId: 'ORD0001',
    deliveryId: 'TEST',
    openid: 'oUser1',
    sender: person('商家'),
    receiver: person('张三'),
    cargo: {
      goodsValue: 38.5,
      goodsWeight: 1.2,
      cargoFirstClass: '美食夜宵',
      cargoSecondClass: '零食小吃',
    },
    orderInfo: { orderType: 0 },
    shop: {
      wxaPath: 'pages/order?id=ORD0001',
      imgUrl: 'https://example.com/a.png',
      goodsName: '鸡翅',
      goodsCount: 1,
    },
  });
}

export function person(name: string): Record<string, unknown> {
  return {
    name,
    city: '广州市',
    address: '新港中路397号',
    addressDetail: '1栋',
    phone: '13712345678',
    lng: 113.323753,
    lat: 23.097535,
  };
}
