/** getFamousBrandApplyStatus `status` (reference §3.6). Results say `| number`: another value is passed on. */
export enum FamousBrandApplyStatus {
  UnderReview = 1,
  Rejected = 2,
  Approved = 3,
}
