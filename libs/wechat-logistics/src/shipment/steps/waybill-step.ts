import { WechatApiError } from '../../core/errors';
import {
  isLiveWaybill,
  ORDER_NOT_FOUND_ERRCODES,
} from '../../logistics/add-order-reconciler';
import { type WechatLogisticsClient } from '../../logistics/wechat-logistics.client';
import { type ShipmentPlan } from '../shipment-plan';
import { type ShipmentStepResults } from '../shipment-state';

/**
 * Books the waybill. addOrder is reconciled by the logistics client (an
 * unknown outcome or "order id taken" becomes the existing waybill, found
 * with getOrder). A re-run — a run that started before and crashed, or
 * failed — asks getOrder first: a waybill WeChat already has is taken as it
 * is, so no second parcel is ever booked, whatever addOrder's answer would be.
 */
export async function runWaybillStep(
  logistics: WechatLogisticsClient,
  plan: ShipmentPlan,
  rerun: boolean,
): Promise<ShipmentStepResults['waybill']> {
  const order = plan.addOrder();
  const { deliveryId } = order;
  if (rerun) {
    const existing = await existingWaybill(logistics, plan);
    if (existing !== undefined) return { deliveryId, waybillId: existing };
  }
  const created = await logistics.addOrder(order);
  return { deliveryId, waybillId: created.waybillId };
}

/** The live waybill WeChat holds for the order id, or undefined when it has none (getOrder's "no such order"). */
async function existingWaybill(
  logistics: WechatLogisticsClient,
  plan: ShipmentPlan,
): Promise<string | undefined> {
  const { orderId, deliveryId, openid } = plan.addOrder();
  try {
    const order = await logistics.getOrder({ orderId, deliveryId, openid });
    return isLiveWaybill(order) ? order.waybillId : undefined;
  } catch (error) {
    if (
      error instanceof WechatApiError &&
      ORDER_NOT_FOUND_ERRCODES.has(error.errcode)
    )
      return undefined;
    throw error; // unknown: better fail this run than risk a second waybill
  }
}
