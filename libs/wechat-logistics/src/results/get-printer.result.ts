/** Result of `logistics.getPrinter`: the openids allowed to print labels. */
export interface GetPrinterResult {
  count: number;
  openid: string[];
  /** Tag ids (platform mini programs). */
  tagidList: string[];
}
