/** famousBrandApply `audit_info.brand_type` (reference §3.6; one source). */
export enum FamousBrandType {
  /** 工信部消费品名单 */
  MiitConsumerGoodsList = 1,
  /** 中国连锁经营协会网络零售 */
  CcfaOnlineRetail = 2,
  /** 中华老字号 */
  ChinaTimeHonoured = 3,
  /** 电商平台旗舰店: `flagshipInWhichEcPlatform` and `ecPlatformProofList` are required. */
  EcPlatformFlagship = 4,
  /** 全球500强企业品牌 */
  Global500 = 5,
  /** 中国500强企业经营品牌 */
  China500 = 6,
  /** 有关部门认定的驰名/著名商标: `authorityCertifiedProofList` is required. */
  CertifiedTrademark = 7,
  /** 工信部消费名品成长企业名单 */
  MiitGrowthList = 8,
}
