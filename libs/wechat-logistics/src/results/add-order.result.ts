import { type WaybillDataItem } from './waybill-data-item';

/** Result of `logistics.addOrder`: the waybill WeChat created (or had already created for this order id). */
export interface AddOrderResult {
  orderId: string;
  waybillId: string;
  /** Carrier data for rendering the label. */
  waybillData: WaybillDataItem[];
  /** The carrier's result code, when WeChat passed one on. */
  deliveryResultcode?: number;
  /** The carrier's message, when WeChat passed one on. */
  deliveryResultmsg?: string;
}
