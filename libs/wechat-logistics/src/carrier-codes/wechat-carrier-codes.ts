import { type CarrierCodeMapping } from './carrier-code-match';

/** One mini program's carrier codes: what `WechatCarrierCodeService.forApp(appId)` returns. */
export interface WechatCarrierCodes {
  /**
   * The code 物流服务 and 发货信息管理's `express_company` take for the logistics
   * assistant's `deliveryId` (`YUNDA` → `YD`). Rejects with
   * `WechatCarrierNotMappedError` when there is none — before the caller sends
   * anything for that carrier; an override answers without reading any list.
   */
  trackingCodeFor(deliveryId: string): Promise<string>;
  /** Every logistics-assistant carrier (and overridden id) with its code or why it has none. */
  mapping(): Promise<CarrierCodeMapping>;
}
