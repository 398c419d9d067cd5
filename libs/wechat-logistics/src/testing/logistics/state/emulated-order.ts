import { type WaybillDataItem } from '../../../logistics/results/waybill-data-item';

/** One track node (§2.7), camelCase for tests; `actionTime` is Unix seconds. */
export interface TrackNode {
  readonly actionTime: number;
  readonly actionType: number;
  readonly actionMsg: string;
}

/** What the carrier answers when asked to cancel (errcode 9300501 carries it). */
export interface CarrierRefusal {
  readonly resultcode: number;
  readonly resultmsg: string;
}

export type EmulatedOrderStatus = 'active' | 'cancelled';

/** Input of `OrderBook.seed`: everything but the ids is optional. */
export interface SeedOrderInput {
  orderId: string;
  deliveryId: string;
  /** Generated (carrier prefix + digits) when absent. */
  waybillId?: string;
  /** Defaults to the carrier's cash biz id (`test_biz_id` for TEST). */
  bizId?: string;
  openid?: string;
  /** @default 'active' */
  status?: EmulatedOrderStatus;
  /** Track so far; any node makes the order uncancellable (9300506). */
  path?: TrackNode[];
  /** When set, cancelOrder answers 9300501 with this carrier code and message. */
  cancelRefusal?: CarrierRefusal;
  /** Generated like addOrder's (SF: bag address and sort mark) when absent. */
  waybillData?: WaybillDataItem[];
  /**
   * The addOrder body as sent (snake_case: sender, receiver, cargo…); getOrder
   * renders its label from it. Seeded orders without one print blank parties.
   */
  requestBody?: Record<string, unknown>;
}

/** An order as the emulator stores it; tests receive snapshots. */
export interface SeededOrder {
  readonly orderId: string;
  readonly deliveryId: string;
  readonly waybillId: string;
  readonly bizId: string;
  readonly openid?: string;
  readonly status: EmulatedOrderStatus;
  readonly path: readonly TrackNode[];
  /** Track version as pushed in `add_express_path` events: +1 per track update. */
  readonly version: number;
  readonly cancelRefusal?: CarrierRefusal;
  readonly waybillData: readonly WaybillDataItem[];
  readonly requestBody?: Readonly<Record<string, unknown>>;
}
