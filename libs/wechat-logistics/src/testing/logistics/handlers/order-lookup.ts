import { type SeededOrder } from '../state/emulated-order';
import { type EmulatorState } from '../../http/emulator-route';
import { type PrintType } from '../../../logistics/enums/print-type.enum';
import { renderPrintHtml } from '../state/order-label';

/** The ids a request names an order by; `waybillId` is optional for getOrder. */
export interface OrderReference {
  readonly orderId: string;
  readonly deliveryId: string;
  readonly waybillId?: string;
}

/**
 * The order a request names, or the errcode for the first thing that does not
 * exist: the carrier (9300503), the order under that carrier (930563), then
 * the waybill (40199) — the same order cancelOrder checks in.
 */
export function lookUpOrder(
  { orderId, deliveryId, waybillId }: OrderReference,
  { carriers, orders }: EmulatorState,
): SeededOrder | number {
  if (!carriers.has(deliveryId)) return 9300503;
  const order = orders.get(orderId);
  if (!order || order.deliveryId !== deliveryId) return 930563;
  if (waybillId !== undefined && order.waybillId !== waybillId) return 40199;
  return order;
}

/** The order fields getOrder and each batchGetOrder item answer with. */
export function orderFields(
  order: SeededOrder,
  { carriers }: EmulatorState,
  printType: PrintType,
): Record<string, unknown> {
  const carrier = carriers.get(order.deliveryId);
  return {
    print_html: renderPrintHtml(order, carrier, printType),
    waybill_data: order.waybillData,
    order_id: order.orderId,
    delivery_id: order.deliveryId,
    waybill_id: order.waybillId,
    order_status: order.status === 'cancelled' ? 1 : 0,
  };
}
