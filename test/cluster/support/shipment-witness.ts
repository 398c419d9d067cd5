import {
  WECHAT_PATHS,
  type WechatEmulator,
} from 'nestjs-wechat-logistics/testing';

/** The keys one shipment is known by at WeChat. */
export interface ShippedOrderKeys {
  readonly orderId: string;
  readonly transactionId: string;
}

/** What WeChat (the emulator) received and holds for one shipment: the crash tests' witness. */
export interface ShipmentWitness {
  /** addOrder requests naming the order id (each one an attempt to book a parcel). */
  readonly addOrderRequests: number;
  /** The waybill WeChat holds under the order id, if any (the order id is unique at WeChat). */
  readonly waybillId: string | undefined;
  /** uploadShippingInfo requests naming the payment. */
  readonly uploadRequests: number;
  /** The payment's order_state: 1 待发货, 2 已发货. */
  readonly paymentState: number | undefined;
  /** 1: shipped once, the one re-upload still unspent; 2: the re-upload is gone. */
  readonly finishShippingCount: number;
  /** followWaybill requests naming the waybill. */
  readonly followRequests: number;
  /** Tokens WeChat issued for the waybill's (one) registration with the message component: one per accepted followWaybill. */
  readonly trackingTokens: readonly string[];
  /** The buyer the waybill is registered for. */
  readonly trackedFor: string | undefined;
}

/** Reads the witness from the emulator's request log and its shipping and tracking books. */
export function witness(
  wechat: WechatEmulator,
  keys: ShippedOrderKeys,
): ShipmentWitness {
  const body = (entry: { body: unknown }) =>
    (entry.body ?? {}) as Record<string, unknown>;
  const order = wechat.orders.get(keys.orderId);
  const waybillId = order?.waybillId;
  const payment = wechat.shipping.get({ transactionId: keys.transactionId });
  const registration = wechat.tracking
    .list()
    .find((r) => r.component === 'msg' && r.waybillId === waybillId);
  return {
    addOrderRequests: wechat.requests
      .forPath(WECHAT_PATHS.addOrder)
      .filter((entry) => body(entry)['order_id'] === keys.orderId).length,
    waybillId,
    uploadRequests: wechat.requests
      .forPath(WECHAT_PATHS.uploadShippingInfo)
      .filter(
        (entry) =>
          (body(entry)['order_key'] as Record<string, unknown> | undefined)?.[
            'transaction_id'
          ] === keys.transactionId,
      ).length,
    paymentState: payment?.state,
    finishShippingCount: payment?.shipping?.finishShippingCount ?? 0,
    followRequests:
      waybillId === undefined
        ? 0
        : wechat.requests
            .forPath(WECHAT_PATHS.followWaybill)
            .filter((entry) => body(entry)['waybill_id'] === waybillId).length,
    trackingTokens: registration?.tokens ?? [],
    trackedFor: registration?.openid,
  };
}
