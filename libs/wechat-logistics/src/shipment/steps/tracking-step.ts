import { type WechatWaybillTrackingClient } from '../../waybill-tracking/wechat-waybill-tracking.client';
import { type ShipmentPlan } from '../shipment-plan';
import { type ShipmentStepResults } from '../shipment-state';

/**
 * Registers the waybill for the buyer's tracking (followWaybill or
 * traceWaybill) and returns the token. A re-run registers again: its token
 * is recorded only once WeChat answered, so a run that crashed before that
 * has none, and WeChat cannot be asked for it by waybill. Registering again
 * is harmless (reference §4.1: a new token, the first goods kept); each
 * registration counts toward the daily quota, which one extra call does not strain.
 */
export async function runTrackingStep(
  tracking: WechatWaybillTrackingClient,
  plan: ShipmentPlan,
  waybillId: string,
  trackingCode: string,
): Promise<ShipmentStepResults['tracking']> {
  const input = plan.tracking(waybillId, trackingCode)!;
  const mode = plan.input.tracking!.mode;
  const { waybillToken } =
    mode === 'follow'
      ? await tracking.followWaybill(input)
      : await tracking.traceWaybill(input);
  return { mode, waybillToken };
}
