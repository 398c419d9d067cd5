/** getOrder `print_type`: the label layout of `printHtml`. */
export enum PrintType {
  /** 二联单, WeChat's default. */
  TwoPart = 0,
  /** 一联单. */
  SinglePart = 1,
}
