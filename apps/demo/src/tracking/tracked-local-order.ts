import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type WaybillStatusUpdateEvent,
  localDeliveryStatusInfo,
} from 'nestjs-wechat-logistics';
import { type EventIdentity } from '../events/event-log';

/** An update_waybill_status push as the demo keeps it. */
export interface ReceivedLocalStatus extends WaybillStatusUpdateEvent {
  readonly appId: string | undefined;
  readonly receivedAt: string;
}

/** One push per (shop, order, status, actionTime): a re-sent push is kept once (the library's dedupe key). */
export const localStatusIdentity: EventIdentity<ReceivedLocalStatus> = (
  event,
) => ({
  shopId: event.shopId,
  shopOrderId: event.shopOrderId,
  orderStatus: event.orderStatus,
  actionTime: event.actionTime,
});

export class LocalOrderRider {
  @ApiProperty({
    description: 'As the carrier reports it (often masked: 谢**)',
    example: '我是小哥',
  })
  name!: string;

  @ApiProperty({
    description: 'As the carrier reports it (often masked: 137******2)',
    example: '13712345678',
  })
  phone!: string;
}

export class LocalOrderStep {
  @ApiProperty({ example: 301 })
  orderStatus!: number;

  @ApiProperty({ example: '配送中 · in delivery' })
  state!: string;

  @ApiProperty({
    description: "The push's action_time (ISO 8601, UTC)",
    example: '2025-11-26T07:20:00.000Z',
  })
  time!: string;

  @ApiProperty({ description: "The push's action_msg, often ''", example: '' })
  message!: string;
}

/**
 * A 即时配送 order as the tracking page shows it: its latest status in words,
 * whether that status is final, the rider and the expected arrival, and
 * every status the pushes reported, oldest first.
 */
export class TrackedLocalOrder {
  @ApiPropertyOptional({ example: 'wx0000000000emulator' })
  appId?: string;

  @ApiProperty({ description: 'The carrier appkey', example: 'test_shop_id' })
  shopId!: string;

  @ApiProperty({ example: 'LOCAL-1764140400000-1' })
  shopOrderId!: string;

  @ApiProperty({
    description:
      "The latest push's waybill_id (the sandbox's may differ from addOrder's)",
    example: 'LOCAL-1764140400000-1_waybillid',
  })
  waybillId!: string;

  @ApiProperty({ description: 'The latest order_status (§5.3)', example: 301 })
  orderStatus!: number;

  @ApiProperty({
    description: "WeChat's words, then English",
    example: '配送中 · in delivery',
  })
  state!: string;

  @ApiPropertyOptional({
    enum: ['success', 'fail'],
    description:
      'Set once the order can no longer move: success (302 delivered) or fail (103, 203–205, 401, 501, 502)',
  })
  final?: 'success' | 'fail';

  @ApiPropertyOptional({
    type: LocalOrderRider,
    description: "The latest push's agent, when it named one",
  })
  rider?: LocalOrderRider;

  @ApiPropertyOptional({
    description:
      "Expected arrival: the push's agent.reach_time (a Unix timestamp, sent while delivering) as ISO 8601",
    example: '2025-11-26T07:40:00.000Z',
  })
  expectedArrival?: string;

  @ApiProperty({ example: '2025-11-26T07:20:01.000Z' })
  receivedAt!: string;

  @ApiProperty({ type: [LocalOrderStep], description: 'Oldest first' })
  steps!: LocalOrderStep[];
}

/** `配送中 · in delivery`; an undocumented value by its number. */
export function localStatusInWords(status: number): string {
  const info = localDeliveryStatusInfo(status);
  return info ? `${info.zh} · ${info.en}` : `order_status ${status}`;
}

const iso = (unixSeconds: number) => new Date(unixSeconds * 1000).toISOString();

/**
 * An order's received pushes (any order) as the page shows it: the latest
 * by action_time is the order's state (a push that arrives late does not
 * move it back); its rider and arrival are the latest that named them.
 */
export function toTrackedLocalOrder(
  pushes: readonly ReceivedLocalStatus[],
): TrackedLocalOrder {
  const ordered = [...pushes].sort((a, b) => a.actionTime - b.actionTime);
  const latest = ordered.at(-1)!;
  const agent = [...ordered].reverse().find((push) => push.agent)?.agent;
  const final = latest.orderStatusInfo?.final;
  return {
    appId: latest.appId,
    shopId: latest.shopId,
    shopOrderId: latest.shopOrderId,
    waybillId: latest.waybillId,
    orderStatus: latest.orderStatus,
    state: localStatusInWords(latest.orderStatus),
    ...(final && { final }),
    ...(agent &&
      (agent.name || agent.phone) && {
        rider: { name: agent.name, phone: agent.phone },
      }),
    ...(agent?.reachTime !== undefined &&
      !final && { expectedArrival: iso(agent.reachTime) }),
    receivedAt: pushes.reduce(
      (last, push) => (push.receivedAt > last ? push.receivedAt : last),
      '',
    ),
    steps: ordered.map((push) => ({
      orderStatus: push.orderStatus,
      state: localStatusInWords(push.orderStatus),
      time: iso(push.actionTime),
      message: push.actionMsg,
    })),
  };
}
