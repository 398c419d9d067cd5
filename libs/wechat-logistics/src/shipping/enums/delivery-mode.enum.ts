/**
 * `delivery_mode` (reference §3.6), sent as the number: the docs' example value
 * `UNIFIED_DELIVERY` is a label, the field is a number (§8 #9).
 */
export enum DeliveryMode {
  /** UNIFIED_DELIVERY: everything in one package (exactly one `shippingList` item). */
  Unified = 1,
  /** SPLIT_DELIVERY: several packages, express only, with `isAllDelivered`. */
  Split = 2,
}
