/** addOrder `add_source`: where the order was placed. */
export enum AddSource {
  /** Placed in the mini program; the user gets WeChat's logistics notifications. */
  MiniProgram = 0,
  /** Placed in an App or H5 page (`wxAppid` required); no notification is sent. */
  AppOrH5 = 2,
}
