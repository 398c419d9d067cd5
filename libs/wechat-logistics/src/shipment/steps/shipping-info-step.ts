import { type WechatShippingClient } from '../../shipping/wechat-shipping.client';
import { WechatShipmentConflictError } from '../../core/errors';
import { type ShipmentPlan } from '../shipment-plan';
import { type ShipmentStepResults } from '../shipment-state';

/**
 * Uploads the shipping info that releases the payment: one express package,
 * unified delivery, the waybill's number and the mapped carrier code.
 *
 * Never a blind retry: a payment allows ONE re-upload, and an upload whose
 * outcome was unknown may have landed. So a re-run (the step started before:
 * a crash, a timeout, any failure) first asks the shipping getOrder what the
 * payment shows: this waybill already there → done without uploading; another
 * shipment there → refused (uploading would spend the re-upload on replacing
 * it); nothing → upload.
 */
export async function runShippingInfoStep(
  shipping: WechatShippingClient,
  plan: ShipmentPlan,
  waybillId: string,
  expressCompany: string,
  rerun: boolean,
): Promise<ShipmentStepResults['shippingInfo']> {
  if (rerun) {
    const { order } = await shipping.getOrder(plan.paymentQuery());
    const packages = order.shipping.shippingList;
    if (
      packages.some(
        (p) =>
          p.trackingNo === waybillId && p.expressCompany === expressCompany,
      )
    )
      return { expressCompany };
    if (packages.length > 0)
      throw new WechatShipmentConflictError(
        plan.orderId,
        'payment-shipped-otherwise',
        `its payment already shows another shipment (${packages.map((p) => `${p.expressCompany} ${p.trackingNo}`).join(', ')}); uploading would spend the payment's one re-upload, so nothing was sent`,
      );
  }
  await shipping.uploadShippingInfo(
    plan.upload(waybillId, expressCompany, new Date()),
  );
  return { expressCompany };
}
