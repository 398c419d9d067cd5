/** famousBrandApply `Application.apply_for` (reference §3.6). */
export enum FamousBrandApplyFor {
  /** 知名品牌: `auditInfo` is required. */
  FamousBrand = 1,
  /** 已接入小店商品组件. */
  ShopGoodsComponent = 2,
}
