/** Which path issued a return id: `/no_worry_return/add` or the legacy `/return/add`. */
export type ReturnPathKind = 'current' | 'legacy';

/** The return waybill once the buyer booked a pick-up or typed a self-ship waybill. */
export interface ReturnWaybill {
  readonly waybillId: string;
  readonly deliveryId: string;
  readonly deliveryName: string;
}

/** One return id as the emulator keeps it; replaced, never mutated, so what `find()` returned stays as it was. */
export interface EmulatedReturn {
  readonly returnId: string;
  readonly shopOrderId: string;
  readonly issuedBy: ReturnPathKind;
  /** Only for ids the current add issued. */
  readonly wxPayId?: string;
  readonly openid: string;
  /** 0 nothing chosen, 1 pick-up booked, 2 self-shipped (reference §3.8). */
  readonly status: 0 | 1 | 2;
  readonly waybill?: ReturnWaybill;
  /** The return waybill's state (§3.8); set with the waybill. */
  readonly orderStatus?: number;
  /**
   * The buyer typed a waybill the carrier does not know: get answers 931023,
   * and keeps doing so even after a corrected one (COMM report, §5.2).
   */
  readonly waybillUnknown: boolean;
  /** Released by unbind: get and unbind answer 931023 from then on. */
  readonly unbound: boolean;
}
