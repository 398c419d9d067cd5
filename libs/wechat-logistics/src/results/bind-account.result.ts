/** Result of `logistics.bindAccount`. */
export interface BindAccountResult {
  /**
   * `true` when WeChat answered 9300532 ("binding submitted, under review"):
   * the request was accepted and the carrier reviews it (EMS does); getAllAccount
   * shows the outcome in `statusCode`. `false` when the (un)binding took effect.
   */
  underReview: boolean;
}
