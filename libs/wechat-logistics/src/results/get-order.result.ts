import { type OrderStatus } from '../enums';
import { type WaybillDataItem } from './waybill-data-item';

/** Result of `logistics.getOrder`: the waybill and its printable label. */
export interface GetOrderResult {
  /** Base64 of the label's HTML. */
  printHtml: string;
  waybillData: WaybillDataItem[];
  orderId: string;
  deliveryId: string;
  waybillId: string;
  /** 0 normal, 1 cancelled; another value is passed on as it came. */
  orderStatus: OrderStatus | number;
}
