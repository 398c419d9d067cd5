/** 同城配送's request enums (intracity.md §3.2, §3.3). */

/** `cargo_type` (§3.2): what the parcel holds; carriers price and accept by it. */
export enum IntracityCargoType {
  /** 快餐 */
  FastFood = 1,
  /** 药品 */
  Medicine = 2,
  /** 百货 */
  GeneralGoods = 3,
  /** 生鲜 */
  FreshFood = 6,
  /** 酒品 */
  Alcohol = 8,
  /** 文件 */
  Documents = 12,
  /** 蛋糕 */
  Cake = 13,
  /** 鲜花 */
  Flowers = 14,
  /** 数码 */
  Electronics = 15,
  /** 服装 */
  Clothing = 16,
  /** 汽配 */
  AutoParts = 17,
  /** 珠宝 */
  Jewellery = 18,
  /** 饮料 */
  Drinks = 32,
  /** 证照 */
  Certificates = 36,
  /** 宠物用品 */
  PetSupplies = 55,
  /** 母婴用品 */
  BabyProducts = 56,
  /** 美妆用品 */
  Cosmetics = 57,
  /** 家居建材 */
  HomeAndBuilding = 58,
  /** 其他 */
  Other = 99,
}

/** The words of each cargo type, for pages and OpenAPI. */
export const INTRACITY_CARGO_TYPE_WORDS: Readonly<
  Record<IntracityCargoType, { readonly zh: string; readonly en: string }>
> = {
  1: { zh: '快餐', en: 'fast food' },
  2: { zh: '药品', en: 'medicine' },
  3: { zh: '百货', en: 'general goods' },
  6: { zh: '生鲜', en: 'fresh food' },
  8: { zh: '酒品', en: 'alcohol' },
  12: { zh: '文件', en: 'documents' },
  13: { zh: '蛋糕', en: 'cake' },
  14: { zh: '鲜花', en: 'flowers' },
  15: { zh: '数码', en: 'electronics' },
  16: { zh: '服装', en: 'clothing' },
  17: { zh: '汽配', en: 'auto parts' },
  18: { zh: '珠宝', en: 'jewellery' },
  32: { zh: '饮料', en: 'drinks' },
  36: { zh: '证照', en: 'certificates' },
  55: { zh: '宠物用品', en: 'pet supplies' },
  56: { zh: '母婴用品', en: 'baby products' },
  57: { zh: '美妆用品', en: 'cosmetics' },
  58: { zh: '家居建材', en: 'home and building materials' },
  99: { zh: '其他', en: 'other' },
};

/** `service_trans_id` / `service_trans_prefer`: the only two carriers listed anywhere (§1). */
export enum IntracityCarrierId {
  /** 达达 */
  Dada = 'DADA',
  /** 顺丰同城 */
  Sftc = 'SFTC',
}

/** `order_pattern` (§3.3): how the store picks a carrier. */
export enum IntracityOrderPattern {
  /** 价格优先: the cheapest carrier (WeChat's default). */
  PriceFirst = 1,
  /** 运力优先: the carrier named in `serviceTransPrefer`. */
  CarrierFirst = 2,
}

/** `pay_mode` (§3.3): whose balance pays; money at APP or COMPONENT level serves every store below it. */
export enum IntracityPayer {
  /** 门店: each store's own balance (WeChat's default). */
  Store = 'PAY_MODE_STORE',
  /** The mini program (brand level). */
  App = 'PAY_MODE_APP',
  /** The third-party platform (服务商). */
  Component = 'PAY_MODE_COMPONENT',
}

/** `verify_code_type` (§3.3): which codes the courier must check. */
export enum IntracityVerifyCodeType {
  None = 0,
  /** 取货码: the merchant checks the courier's pickup code. */
  PickupCode = 1,
  /** 收货码: the recipient gives a receipt code. */
  ReceiptCode = 2,
  Both = 3,
}

/** `cancel_reason_id` (§3.3). */
export enum IntracityCancelReason {
  NotNeeded = 1,
  WrongInformation = 2,
  NobodyAccepted = 3,
  Other = 99,
}

/** `flow_type` (§3.3; OFF-IC's numbering — WXJ swaps 2 and 3, §11). */
export enum IntracityFlowType {
  /** 充值 */
  Charge = 1,
  /** 消费 */
  Consume = 2,
  /** 退款 */
  Refund = 3,
}
