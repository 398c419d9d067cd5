import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type IntracityCallbackOutcome,
  intracityStatusInfo,
} from 'nestjs-wechat-logistics';
import { type EventIdentity } from '../events/event-log';

/** A 同城配送 status callback as the demo keeps it, once believed. */
export interface ReceivedIntracityStatus {
  readonly appId: string;
  readonly wxStoreId: string;
  readonly wxOrderId: string;
  readonly storeOrderId: string;
  readonly serviceTransId: string;
  readonly orderStatus: number;
  readonly statusChangeTime: number;
  /** How it was believed: its MD5 sign checked out, or queryOrder showed that very state. */
  readonly verifiedBy: 'sign' | 'query';
  /** The courier queryOrder named, when the callback was confirmed by a query. */
  readonly courier?: { readonly name: string; readonly phone: string };
  readonly receivedAt: string;
}

/** One callback per (order, status, change time): WeChat re-sends until answered (the library's dedupe key). */
export const intracityStatusIdentity: EventIdentity<ReceivedIntracityStatus> = (
  status,
) => ({
  wxOrderId: status.wxOrderId,
  orderStatus: status.orderStatus,
  statusChangeTime: status.statusChangeTime,
});

/** The callback a believed outcome carried, as the demo keeps it. */
export function receivedIntracityStatus(
  outcome: IntracityCallbackOutcome,
): ReceivedIntracityStatus {
  const { callback, order, verifiedBy } = outcome;
  const courier = order?.transporterInfo;
  return {
    appId: callback.appid,
    wxStoreId: callback.wxStoreId,
    wxOrderId: callback.wxOrderId,
    storeOrderId: callback.storeOrderId,
    serviceTransId: callback.serviceTransId,
    orderStatus: callback.orderStatus,
    statusChangeTime: callback.statusChangeTime,
    verifiedBy,
    ...(courier &&
      (courier.transporterName || courier.transporterPhone) && {
        courier: {
          name: courier.transporterName,
          phone: courier.transporterPhone,
        },
      }),
    receivedAt: new Date().toISOString(),
  };
}

export class IntracityCourier {
  @ApiProperty({ example: '李师傅' })
  name!: string;

  @ApiProperty({ example: '13800000000' })
  phone!: string;
}

export class IntracityOrderStep {
  @ApiProperty({ example: 50000 })
  orderStatus!: number;

  @ApiProperty({ example: '配送中 · delivering' })
  state!: string;

  @ApiProperty({
    description: "The callback's status_change_time (ISO 8601, UTC)",
    example: '2025-11-26T07:20:00.000Z',
  })
  time!: string;

  @ApiProperty({
    enum: ['sign', 'query'],
    description:
      'How the demo believed it: its MD5 sign checked out with the message-push Token, or queryOrder showed that very state',
  })
  verifiedBy!: 'sign' | 'query';
}

/**
 * A 同城配送 order as the tracking page shows it: its latest status in
 * words, whether that status is final, the courier when known, and every
 * status the believed callbacks reported, oldest first.
 */
export class TrackedIntracityOrder {
  @ApiProperty({ example: 'wx0000000000emulator' })
  appId!: string;

  @ApiProperty({ example: '4000000000000042001' })
  wxStoreId!: string;

  @ApiProperty({ example: '4018734875633256960' })
  wxOrderId!: string;

  @ApiProperty({ example: 'ORD-20261126-0001' })
  storeOrderId!: string;

  @ApiProperty({ description: 'The carrier', example: 'DADA' })
  serviceTransId!: string;

  @ApiProperty({
    description: 'The latest order_status (§3.1)',
    example: 50000,
  })
  orderStatus!: number;

  @ApiProperty({
    description: "WeChat's words, then English",
    example: '配送中 · delivering',
  })
  state!: string;

  @ApiPropertyOptional({
    enum: ['success', 'fail'],
    description:
      'Set once the order can no longer move: success (70000 delivered) or fail (20000, 20001 cancelled)',
  })
  final?: 'success' | 'fail';

  @ApiProperty({
    enum: ['sign', 'query'],
    description: 'How the latest status was believed',
  })
  verifiedBy!: 'sign' | 'query';

  @ApiPropertyOptional({
    type: IntracityCourier,
    description:
      'The courier, when a callback confirmed by queryOrder named one (signed callbacks carry none)',
  })
  courier?: IntracityCourier;

  @ApiProperty({ example: '2025-11-26T07:20:01.000Z' })
  receivedAt!: string;

  @ApiProperty({ type: [IntracityOrderStep], description: 'Oldest first' })
  steps!: IntracityOrderStep[];
}

/** `配送中 · delivering`; an undocumented value by its number. */
export function intracityStatusInWords(status: number): string {
  const info = intracityStatusInfo(status);
  return info ? `${info.zh} · ${info.en}` : `order_status ${status}`;
}

const iso = (unixSeconds: number) => new Date(unixSeconds * 1000).toISOString();

/**
 * An order's believed callbacks (any order) as the page shows it: the latest
 * by status_change_time is the order's state (a late callback does not move
 * it back); the courier is the latest that named one.
 */
export function toTrackedIntracityOrder(
  statuses: readonly ReceivedIntracityStatus[],
): TrackedIntracityOrder {
  // Stable: two changes in the same second keep their arrival order.
  const ordered = [...statuses].sort(
    (a, b) => a.statusChangeTime - b.statusChangeTime,
  );
  const latest = ordered.at(-1)!;
  const courier = [...ordered].reverse().find((s) => s.courier)?.courier;
  const final = intracityStatusInfo(latest.orderStatus)?.final;
  return {
    appId: latest.appId,
    wxStoreId: latest.wxStoreId,
    wxOrderId: latest.wxOrderId,
    storeOrderId: latest.storeOrderId,
    serviceTransId: latest.serviceTransId,
    orderStatus: latest.orderStatus,
    state: intracityStatusInWords(latest.orderStatus),
    ...(final && { final }),
    verifiedBy: latest.verifiedBy,
    ...(courier && { courier: { ...courier } }),
    receivedAt: statuses.reduce(
      (last, s) => (s.receivedAt > last ? s.receivedAt : last),
      '',
    ),
    steps: ordered.map((s) => ({
      orderStatus: s.orderStatus,
      state: intracityStatusInWords(s.orderStatus),
      time: iso(s.statusChangeTime),
      verifiedBy: s.verifiedBy,
    })),
  };
}
