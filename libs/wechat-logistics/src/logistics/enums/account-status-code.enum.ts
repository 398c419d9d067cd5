/** getAllAccount `status_code`. Results say `AccountStatusCode | number`: an unknown value is passed on. */
export enum AccountStatusCode {
  Bound = 0,
  UnderReview = 1,
  BindFailed = 2,
  /** Only in later copies of the docs. */
  Unbound = 3,
}
