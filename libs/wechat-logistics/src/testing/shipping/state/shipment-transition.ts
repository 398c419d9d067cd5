import {
  type EmulatedPackage,
  type EmulatedPayment,
  type EmulatedShipping,
  PAYMENT_STATE,
} from './emulated-payment';

/** Packages a payment may have: 15 (shipping-info.md §3.2, §8 #1). */
export const MAX_PACKAGES = 15;

/** One upload's shipping info for one payment, already validated in shape. */
export interface ShipmentUpload {
  readonly logisticsType: number;
  readonly deliveryMode: number;
  /** Split mode only. */
  readonly isAllDelivered?: boolean;
  readonly packages: readonly EmulatedPackage[];
  readonly uploadTimeMs: number;
}

/** The payment's shipping info after the upload, and whether this upload completed shipping. */
export interface ShipmentOutcome {
  readonly shipping: EmulatedShipping;
  readonly completesShipping: boolean;
}

/**
 * The state machine of one upload (shipping-info.md §4.1, §7.2 steps 7–8):
 * the errcode WeChat refuses it with, or the payment's new shipping info.
 * 待发货 takes packages (split uploads accumulate, de-duplicated by
 * tracking_no) until the unified upload or `is_all_delivered: true`
 * completes shipping; 已发货 takes exactly one re-ship (a changed upload),
 * after which every upload is 10060003.
 */
export function planShipment(
  payment: EmulatedPayment,
  upload: ShipmentUpload,
): ShipmentOutcome | number {
  const previous = payment.shipping;
  if (previous && upload.uploadTimeMs <= previous.lastUploadTimeMs) {
    return 268485216;
  }
  switch (payment.state) {
    case PAYMENT_STATE.refunded:
      return 10060004;
    case PAYMENT_STATE.receiptConfirmed:
    case PAYMENT_STATE.completed:
    case PAYMENT_STATE.settlementPending:
      return 10060002;
    case PAYMENT_STATE.shipped:
      return planReship(previous, upload);
    default:
      return planFirstShipment(previous, upload);
  }
}

function planFirstShipment(
  previous: EmulatedShipping | undefined,
  upload: ShipmentUpload,
): ShipmentOutcome | number {
  const continuesSplit =
    previous !== undefined &&
    upload.deliveryMode === 2 &&
    previous.deliveryMode === 2 &&
    previous.logisticsType === upload.logisticsType;
  const packages = continuesSplit
    ? mergeByTrackingNo(previous.packages, upload.packages)
    : upload.packages;
  if (packages.length > MAX_PACKAGES) return 10060024;
  const completes = upload.deliveryMode === 1 || upload.isAllDelivered === true;
  if (
    previous &&
    !completes &&
    sameShipping(previous, upload.logisticsType, upload.deliveryMode, packages)
  ) {
    return 10060023;
  }
  return {
    shipping: {
      deliveryMode: upload.deliveryMode,
      logisticsType: upload.logisticsType,
      finishShipping: completes,
      finishShippingCount: completes ? 1 : 0,
      packages,
      lastUploadTimeMs: upload.uploadTimeMs,
    },
    completesShipping: completes,
  };
}

/** After shipping completed: one changed upload is the re-ship; identical data changes nothing. */
function planReship(
  previous: EmulatedShipping | undefined,
  upload: ShipmentUpload,
): ShipmentOutcome | number {
  if (!previous || previous.finishShippingCount >= 2) return 10060003;
  if (
    sameShipping(
      previous,
      upload.logisticsType,
      upload.deliveryMode,
      upload.packages,
    )
  ) {
    return 10060023;
  }
  return {
    shipping: {
      deliveryMode: upload.deliveryMode,
      logisticsType: upload.logisticsType,
      finishShipping: true,
      finishShippingCount: 2,
      packages: upload.packages,
      lastUploadTimeMs: upload.uploadTimeMs,
    },
    completesShipping: false,
  };
}

/** Earlier packages, each replaced by a new one with its tracking_no, then the new ones. */
function mergeByTrackingNo(
  earlier: readonly EmulatedPackage[],
  added: readonly EmulatedPackage[],
): EmulatedPackage[] {
  const byTrackingNo = new Map(earlier.map((p) => [p.trackingNo, p]));
  for (const item of added) byTrackingNo.set(item.trackingNo, item);
  return [...byTrackingNo.values()];
}

/** Same info as stored, upload times aside (10060023, "发货信息未更新"). */
function sameShipping(
  stored: EmulatedShipping,
  logisticsType: number,
  deliveryMode: number,
  packages: readonly EmulatedPackage[],
): boolean {
  const content = (list: readonly EmulatedPackage[]) =>
    JSON.stringify(list.map(({ uploadTime: _ignored, ...rest }) => rest));
  return (
    stored.logisticsType === logisticsType &&
    stored.deliveryMode === deliveryMode &&
    content(stored.packages) === content(packages)
  );
}
