import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type OrderSettlementEvent } from 'nestjs-wechat-logistics';
import { type EventIdentity } from '../events/event-log';
import { shippingStateInWords } from './shipping-state-words';

/**
 * A waybill's payment as the tracking page shows it beside the track: the
 * payment whose uploaded shipping info names the waybill (`trackingNo`), its
 * state, and the latest settlement push.
 */
export class WaybillShipping {
  @ApiPropertyOptional({ example: 'wx0000000000emulator' })
  appId?: string;

  @ApiProperty({
    description: "The upload's shippingList[].trackingNo",
    example: 'TEST1764140400123',
  })
  waybillId!: string;

  @ApiProperty({
    description: "The upload's shippingList[].expressCompany",
    example: 'TEST',
  })
  expressCompany!: string;

  @ApiProperty({ example: '4200000000176414040000000003' })
  transactionId!: string;

  @ApiProperty({
    description:
      'order_state when the push arrived: 1 待发货, 2 已发货, 3 确认收货, 4 交易完成, 5 已退款, 6 资金待结算',
    example: 2,
  })
  orderState!: number;

  @ApiProperty({ example: '已发货 · shipped' })
  state!: string;

  @ApiProperty({
    enum: ['shipped', 'settled'],
    description: 'Which settlement push arrived last',
  })
  stage!: 'shipped' | 'settled';

  @ApiProperty({
    description: 'The latest settlement push in words',
    example: 'will settle on 2025-12-06T07:00:00.000Z',
  })
  settlement!: string;

  @ApiProperty({
    description: "WeChat's CreateTime of that push (Unix seconds)",
    example: 1764140400,
  })
  pushedAt!: number;

  @ApiProperty({ example: '2025-11-26T07:00:01.000Z' })
  receivedAt!: string;
}

/** One settlement push for one waybill: the same push received twice is kept once. */
export const waybillShippingIdentity: EventIdentity<WaybillShipping> = (
  shipping,
) => ({
  transactionId: shipping.transactionId,
  stage: shipping.stage,
  pushedAt: shipping.pushedAt,
});

/** The settlement push in words: "will settle on …" or "settled on …". */
export function settlementInWords(event: OrderSettlementEvent): string {
  return event.stage === 'shipped'
    ? `will settle on ${isoTime(event.estimatedSettlementTime)}`
    : `settled on ${isoTime(event.settlementTime)}`;
}

export function toWaybillShipping(
  event: OrderSettlementEvent,
  parts: {
    appId: string | undefined;
    waybillId: string;
    expressCompany: string;
    orderState: number;
    receivedAt: string;
  },
): WaybillShipping {
  return {
    ...parts,
    transactionId: event.transactionId,
    state: shippingStateInWords(parts.orderState),
    stage: event.stage,
    settlement: settlementInWords(event),
    pushedAt: event.createTime,
  };
}

function isoTime(unixSeconds: number): string {
  return new Date(unixSeconds * 1000).toISOString();
}
