import { type IntracityCarrier } from './intracity-carriers';
import { type IntracityDraw } from './intracity-ledger';

/** `order_status` (intracity.md §3.1). */
export const INTRACITY_STATUS = {
  created: 10000,
  cancelledByMerchant: 20000,
  cancelledByCarrier: 20001,
  accepted: 30000,
  arrivedAtStore: 40000,
  delivering: 50000,
  courierWithdrew: 60000,
  delivered: 70000,
  exception: 90000,
} as const;
export const INTRACITY_STATUSES: readonly number[] =
  Object.values(INTRACITY_STATUS);
export const isIntracityStatus = (value: unknown): value is number =>
  INTRACITY_STATUSES.includes(value as number);

/** Statuses after which nothing moves: cancelled either way, delivered (inference). */
export const FINAL_STATUSES: readonly number[] = [20000, 20001, 70000];
/**
 * An order "in 10000–60000" (§10): waiting, accepted, at the store,
 * delivering or withdrawn (waiting for another courier). Its money is in
 * play, so storerefund refuses (934006). Cancelled ones are not in flight.
 */
export const IN_FLIGHT_STATUSES: readonly number[] = [
  10000, 30000, 40000, 50000, 60000,
];

export interface IntracityCourier {
  readonly transporterName: string;
  readonly transporterPhone: string;
}

/** The courier a move to 30000 assigns when the test names none (our stand-in). */
export const DEFAULT_COURIER: IntracityCourier = {
  transporterName: '李骑手',
  transporterPhone: '13800001234',
};

export interface IntracityReceiver {
  readonly name: string;
  readonly address: string;
  readonly phone: string;
  readonly lng: number;
  readonly lat: number;
}

export interface IntracityCargoItem {
  readonly itemName: string;
  readonly itemPicUrl: string;
  readonly count: number;
}

export interface IntracityCargo {
  readonly cargoName: string;
  readonly cargoWeight: number;
  readonly cargoPrice: number;
  readonly cargoType: number;
  readonly cargoNum: number;
  readonly itemList: readonly IntracityCargoItem[];
}

/** One delivery order (addorder), as it is now. */
export interface IntracityOrder {
  readonly wxOrderId: string;
  readonly storeOrderId: string;
  readonly wxStoreId: string;
  readonly appid: string;
  readonly userOpenid: string;
  readonly serviceTransId: IntracityCarrier;
  /** The carrier's order id (`trans_order_id`, `delivery_no`, `bill_id`). */
  readonly transOrderId: string;
  /** The carrier's waybill number: SFTC gives one, DADA none (inference). */
  readonly waybillId?: string;
  readonly distance: number;
  /** What the order costs (`fee`, `actualfee`), fen. */
  readonly fee: number;
  /** Penalty kept on cancellation (`deductfee`), fen. */
  readonly deductfee: number;
  readonly status: number;
  /** A `use_sandbox: 1` order: no money, only mocknotify moves it. */
  readonly sandbox: boolean;
  readonly createTime: number;
  readonly statusChangeTime: number;
  readonly acceptTime: number;
  readonly fetchTime: number;
  readonly finishTime: number;
  readonly cancelTime: number;
  readonly expectedFinishTime: number;
  readonly fetchCode: string;
  readonly recvCode: string;
  readonly orderSeq: string;
  readonly verifyCodeType: number;
  readonly orderDetailPath: string;
  readonly callbackUrl?: string;
  readonly receiver: IntracityReceiver;
  readonly cargo?: IntracityCargo;
  readonly courier?: IntracityCourier;
  /** The balance the fee came from (`store:<id>`, `app`, `component`); none for sandbox orders. */
  readonly payer?: string;
  readonly draws: readonly IntracityDraw[];
}

/** The order after a status change at `now`: the timestamp each status stands for is set. */
export function withStatus(
  order: IntracityOrder,
  status: number,
  now: number,
  courier?: IntracityCourier,
): IntracityOrder {
  const stamp = (field: keyof IntracityOrder, when: number[]) =>
    when.includes(status) ? now : (order[field] as number);
  return {
    ...order,
    status,
    statusChangeTime: now,
    acceptTime: stamp('acceptTime', [30000]),
    fetchTime: stamp('fetchTime', [50000]),
    finishTime: stamp('finishTime', [70000]),
    cancelTime: stamp('cancelTime', [20000, 20001]),
    courier:
      status === 30000
        ? (courier ?? order.courier ?? DEFAULT_COURIER)
        : order.courier,
  };
}

/**
 * Moves a carrier makes (the `advance` control): WeChat lists no transition
 * rules (§3.1, not found), so the emulator allows the happy path 10000 →
 * 30000 → 40000 → 50000 → 70000, a withdrawal (60000) and an exception
 * (90000) once a courier has it, a new courier after a withdrawal, and a
 * carrier cancellation (20001) before delivery. Nothing leaves a final status.
 */
const CARRIER_MOVES: Readonly<Record<number, readonly number[]>> = {
  10000: [30000, 20001],
  30000: [40000, 60000, 90000, 20001],
  40000: [50000, 60000, 90000, 20001],
  50000: [70000, 90000, 20001],
  60000: [30000, 20001],
  90000: [50000, 70000, 20001],
};

export function carrierMayMove(from: number, to: number): boolean {
  return CARRIER_MOVES[from]?.includes(to) ?? false;
}
