import { type GetOrderResult } from './get-order.result';

/** An order of the batch that WeChat found: the same fields as getOrder. */
export interface BatchGetOrderFound extends GetOrderResult {
  ok: true;
}

/** An order of the batch that WeChat could not return; the rest of the batch is unaffected. */
export interface BatchGetOrderFailed {
  ok: false;
  orderId: string;
  deliveryId: string;
  waybillId?: string;
  /** The item's own errcode, e.g. 930563 for an unknown order. */
  errcode: number;
  errmsg: string;
}

/** One order of a batch: check `ok` before reading its fields. */
export type BatchGetOrderItem = BatchGetOrderFound | BatchGetOrderFailed;

/**
 * Result of `logistics.batchGetOrder`, in the order WeChat answered. Per-order
 * errors sit beside the found orders instead of failing the whole batch.
 */
export interface BatchGetOrderResult {
  orderList: BatchGetOrderItem[];
}
