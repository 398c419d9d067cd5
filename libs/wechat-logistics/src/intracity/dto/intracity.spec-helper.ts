// Shared by the family's specs. Named `.spec-helper.ts`: Jest runs only "*.spec.ts".

/** A valid store address (§3.4). */
export function validAddress(): Record<string, unknown> {
  return {
    province: '广东省',
    city: '广州市',
    area: '海珠区',
    street: '新港中路',
    house: '397号',
    lat: 23.097535,
    lng: 113.323753,
    phone: '020-8080880',
  };
}

/** A valid createStore input. */
export function validStore(): Record<string, unknown> {
  return {
    outStoreId: 'store-0001',
    storeName: '海珠旗舰店',
    orderPattern: 1,
    addressInfo: validAddress(),
  };
}

/** A valid preAddOrder input (a sandbox quote). */
export function validQuote(): Record<string, unknown> {
  return {
    wxStoreId: '4000000000000042001',
    userName: '张三',
    userPhone: '13800138000',
    userLng: 113.32,
    userLat: 23.1,
    userAddress: '广东省广州市海珠区新港中路397号',
    useSandbox: true,
    cargo: {
      cargoName: '蛋糕',
      cargoWeight: 1500,
      cargoPrice: 12800,
      cargoType: 13,
      cargoNum: 1,
    },
  };
}

/** A valid addOrder input (a sandbox order). */
export function validOrder(): Record<string, unknown> {
  const quote = validQuote();
  return {
    ...quote,
    storeOrderId: 'ORD-0001',
    userOpenid: 'oUser1',
    orderDetailPath: 'pages/order/detail?id=ORD-0001',
    callbackUrl: 'http://127.0.0.1:3000/intracity/callback',
    cargo: {
      ...(quote.cargo as object),
      itemList: [
        {
          itemName: '生日蛋糕',
          itemPicUrl: 'https://example.com/cake.png',
          count: 1,
        },
      ],
    },
  };
}
