/** Result of `logistics.getQuota`. */
export interface GetQuotaResult {
  /** Remaining e-waybills of the account. */
  quotaNum: number;
}
